#pragma once

#include "models/platformgrantmodel.h"
#include "platform/directory.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace roledesk {

/// The platform file the Platform page shows and edits: the file and its path, its definition,
/// the directory loaded for it, the evaluation of both, and the undo history of edits. Edits are
/// whole-file states, checked by PlatformEvaluation::mayChange for the person acted as and
/// validated by PlatformFileFormat before they are taken. Independent of any database.
class PlatformDocument : public QObject {
    Q_OBJECT
public:
    explicit PlatformDocument(QObject *parent = nullptr);
    ~PlatformDocument() override;

    /// Opens \a path. On failure the current file stays and the error (naming file:line) is
    /// returned; empty on success. A directory import the file names is loaded with it.
    QString open(const QString &path);
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    /// Load warnings, directory warnings and the evaluation's problems, translated.
    QStringList warnings() const;

    const PlatformDefinition &definition() const { return *m_definition; }
    const PlatformFile &file() const { return m_file; }
    const PlatformEvaluation &evaluation() const { return m_evaluation; }
    /// The directory loaded (from an import or LDAP), or nullptr.
    const Directory *directory() const { return m_directory ? &*m_directory : nullptr; }
    /// Uses \a directory for people and groups, and evaluates again.
    void setDirectory(const Directory &directory, const QString &description);
    /// Where the directory came from ("people.json", "ldap://..."), or empty.
    QString directoryDescription() const { return m_directoryDescription; }
    /// Reads the import file the platform file names (relative to it); an error, empty on success.
    QString loadDirectoryImport(const QString &path);

    /// Everybody the evaluation knows: the file's people, then the directory's (with their
    /// directory groups added), in PlatformEvaluation::people() order.
    QList<PlatformPerson> people() const;
    /// Display names and project order for grant tables.
    PlatformGrantModel::Names names() const;

    /// The person edits are made as ("Act as…"); empty: the file's administrator, unchecked.
    QString actingPerson() const { return m_actingPerson; }
    void setActingPerson(const QString &id) { m_actingPerson = id; }
    /// Replaces the file with \a after as one undoable step named \a text. Refused when the
    /// person acted as may not make it (the verdict's explanation names the permission) or when
    /// the result is not a valid platform file (explanation: the format's error).
    PlatformVerdict edit(const PlatformFile &after, const QString &text);
    QUndoStack *undoStack() const { return m_undo; }

    /// The file as it would be saved now.
    QByteArray text() const;
    /// What is on disk at \a path now (the document's own path when empty); empty when unreadable.
    QByteArray diskText(const QString &path = {}) const;
    /// Writes the file to \a path (its own path when empty) and marks it unmodified; an error,
    /// empty on success.
    QString save(const QString &path = {});
    /// Edits since the last open or save.
    bool isModified() const;

signals:
    /// Another file was opened.
    void opened();
    /// The file, the directory or the evaluation changed: views read them again.
    void changed();
    /// The modified marker changed.
    void modifiedChanged(bool modified);

private:
    friend class PlatformEditCommand;
    void setFile(const PlatformFile &file);
    void evaluate();

    const PlatformDefinition *m_definition;
    PlatformFile m_file;
    QString m_path;
    QStringList m_loadWarnings;
    std::optional<Directory> m_directory;
    QString m_directoryDescription;
    PlatformEvaluation m_evaluation;
    QString m_actingPerson;
    QUndoStack *m_undo;
};

} // namespace roledesk
