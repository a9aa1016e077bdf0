#pragma once

#include "audit/savedaudit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace roledesk {

/// Reads a saved audit that SavedAuditWriter wrote: open() reads the identity and the small
/// sections, then next() hands out the rights one at a time, in the file's order, so that a file
/// of any size is read in constant memory. A file that is not a saved audit, of another format
/// version, damaged or cut short gives an error naming the file and what is wrong; never a crash.
class SavedAuditReader {
    Q_DECLARE_TR_FUNCTIONS(roledesk::SavedAuditReader)
public:
    /// A reader of \a path; nothing is read before open().
    explicit SavedAuditReader(QString path);

    /// Opens the file and reads everything before the rights. False: error() says why.
    bool open();
    /// Where and when the audit was taken.
    const AuditIdentity &identity() const { return m_identity; }
    /// Memberships, schema groups and model roles.
    const AuditSections &sections() const { return m_sections; }
    /// The next right into \a right: true; false at the end of the rights (all read, the file
    /// complete) or on an error (error() not empty).
    bool next(SavedRight *right);
    /// Why open() or next() failed; empty when nothing did.
    QString error() const { return m_error; }
    /// The file as given.
    QString path() const { return m_path; }
    /// Ordering of rights in a saved audit: role, schema, object name, object type, privilege,
    /// each by code point. Negative, zero or positive as strcmp.
    static int compareKeys(const SavedRight &a, const SavedRight &b);

private:
    bool readLine();
    bool fail(const QString &what);
    bool damaged(const QString &what);
    bool parseRow(SavedRight *right);
    /// Decodes the JSON string at \a at into \a out through cache \a slot (-1: none).
    bool field(qsizetype &at, int slot, QString *out);
    bool finish();

    QString m_path;
    QFile m_file;
    QByteArray m_line;
    qint64 m_lineNumber = 0;
    qint64 m_rights = 0;
    bool m_done = false;
    bool m_haveLast = false;
    SavedRight m_last;
    /// Per field of a row, the last raw text and its decoding: consecutive rows mostly repeat the
    /// role, type, schema, privilege and lineage, which then cost a comparison, not a new string.
    struct FieldCache {
        QByteArray raw;
        QString value;
        bool valid = false;
    };
    FieldCache m_cache[6];
    QString m_error;
    AuditIdentity m_identity;
    AuditSections m_sections;
};

} // namespace roledesk
