#pragma once

#include "catalog/privilege.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace roledesk {

class EffectiveRights;
class RoleSweep;
struct CellRights;

/// The file formats of the audit export.
enum class AuditFormat {
    Csv,
    Json,
    Html,
};

/// What the audit export contains and how it is labelled.
struct AuditOptions {
    AuditFormat format = AuditFormat::Csv;
    bool includePredefined = true; ///< include the built-in pg_* roles
    bool grantedOnly = false;      ///< CSV/JSON: only rows whose privilege is granted (HTML always is)
    QString generator = QStringLiteral("roledesk-cli"); ///< the metadata's "generator"
    /// Only these roles (indexes into Snapshot::roles), in this order; nothing: every role.
    /// The GUI passes the rows its filters leave visible.
    std::optional<QList<int>> roles;
    /// Only these objects (indexes into Snapshot::objects), in this order; nothing: every object.
    std::optional<QList<int>> objects;
};

/// Counts of what an export wrote, for callers that report them; while it runs, what it has
/// written so far.
struct AuditStats {
    qint64 rows = 0;     ///< rows written (CSV/JSON) or granted rights listed (HTML)
    qint64 granted = 0;  ///< of those, rows with the privilege granted
    int roles = 0;       ///< roles included (so far: done)
    int rolesTotal = 0;  ///< roles the export covers
    qint64 bytes = 0;    ///< bytes handed to the device
};

/// Writes the effective-rights matrix of every role on every object (or of the roles and objects
/// AuditOptions names) as an audit report (CSV, JSON or HTML), streamed to a device: each row is
/// written as it is computed, in pieces of a few hundred kilobytes, so that memory stays the same
/// whether the report has a thousand rows or billions (beyond the snapshot, a few bytes per object
/// and per role). With grantedOnly, only the objects a role's grants (and its inherited roles',
/// and PUBLIC's) are on are visited, not every cell.
class AuditExporter {
public:
    /// The header line of the CSV format, without the line break.
    static constexpr const char *csvHeader =
        "role,object_type,object_schema,object_name,privilege,granted,grantable,via";

    /// An exporter over \a rights, which must outlive it.
    AuditExporter(const EffectiveRights &rights, AuditOptions options = {});
    ~AuditExporter();

    /// Writes the whole report to \a device (opened for writing). Returns false when the device
    /// refused a write or the cancel flag was raised; errorString() then names the cause.
    bool write(QIODevice *device);
    /// Why the last write() failed.
    QString errorString() const { return m_error; }
    /// What the last write() produced.
    AuditStats stats() const { return m_stats; }

    /// Called with the counts so far when the export starts, after each role and after each
    /// piece handed to the device (every few hundred kilobytes): cheap callers only, which decide
    /// themselves how often to show anything.
    using Progress = std::function<void(const AuditStats &soFar)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Polled with the progress: once it holds true, write() stops and returns false, cancelled()
    /// is true, and what was written is incomplete. Null: never cancelled.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelFlag = cancelled; }
    /// True when the last write() stopped because the cancel flag was raised.
    bool cancelled() const { return m_cancelled; }

    /// "csv", "json" or "html" (case-insensitive) as a format; nothing for anything else.
    static std::optional<AuditFormat> formatFromName(QStringView name);
    /// One CSV field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF,
    /// with embedded quotes doubled.
    static QString csvField(QStringView value);
    /// One CSV record: \a fields each through csvField(), comma-separated, ended by CRLF.
    static QString csvRecord(const QStringList &fields);
    /// A JSON string literal, quotes included, with the escapes RFC 8259 requires.
    static QString jsonString(QStringView value);

private:
    /// One (role, object, privilege) row, handed to the format writers.
    struct Row {
        int role = 0;
        int object = 0;
        Privilege privilege = Privilege::Select;
        bool granted = false;
        bool grantable = false;
        const CellRights *cell = nullptr;
    };

    /// Fills m_roles, m_objects and m_included from the snapshot and the options.
    void selectRolesAndObjects();
    bool restricted() const { return m_options.roles || m_options.objects; }
    /// Calls \a visit(object, cell) for every object of m_objects in order on which the current
    /// role (RoleSweep::setRole) holds something, or on every object when \a grantedOnly is false.
    template<typename Visit> void forEachCell(bool grantedOnly, Visit &&visit);
    /// Calls \a visit for every row of the current role in object order, honouring grantedOnly.
    template<typename Visit> void forEachRow(bool grantedOnly, Visit &&visit);
    /// Moves the sweep to \a role; false when the export is to stop.
    bool startRole(int role);
    /// The via text of \a row, as EffectiveRights::viaText() writes it.
    QString via(const Row &row);
    /// The via field of \a row encoded by \a encode (a CSV field, a JSON string), as UTF-8;
    /// one lineage's encoding is made once per role.
    template<typename Encode> QByteArrayView viaBytes(const Row &row, Encode &&encode);

    void writeCsv();
    void writeJson();
    void writeHtml();
    void writeHtmlHead();
    void writeHtmlRole(int role, qint64 count);
    /// Writes the rows of every role: \a rolePart encodes a role's name, \a row appends one row
    /// (the encoded role, the row) to the buffer.
    template<typename RolePart, typename WriteRow>
    void writeRows(RolePart &&rolePart, WriteRow &&row);
    /// Fills m_objectParts: \a objectPart encodes one object's middle part of a row.
    template<typename ObjectPart> void encodeObjects(ObjectPart &&objectPart);

    /// Appends to the pending buffer, flushing it to the device when it grows large.
    void put(QStringView text);
    void put(const char *latin1);
    void putBytes(QByteArrayView bytes)
    {
        // By hand: QByteArray::append() costs more than the row it appends.
        const size_t n = size_t(bytes.size());
        if (m_used + n > m_buffer.size())
            m_buffer.resize(std::max(2 * m_buffer.size(), m_used + n));
        std::memcpy(m_buffer.data() + m_used, bytes.data(), n);
        m_used += n;
    }
    void rowDone(const Row &row);
    bool flush();
    /// Reports progress and, with \a poll, polls the cancel flag; false when the export is to stop.
    bool report(bool poll = true);

    const EffectiveRights &m_rights;
    AuditOptions m_options;
    QIODevice *m_device = nullptr;
    std::vector<char> m_buffer; // pending bytes: the first m_used
    size_t m_used = 0;
    std::vector<int> m_roles;      // the roles written, in order
    std::vector<int> m_objects;    // the objects written, in order
    std::vector<char> m_included;  // per object of the snapshot: among m_objects
    // Per object, its encoded part of a row: bytes m_objectStart[o] to m_objectStart[o + 1] of
    // m_objectParts, side by side so that a role's walk reads them in order.
    QByteArray m_objectParts;
    std::vector<qsizetype> m_objectStart;
    QByteArrayView objectPart(int object) const
    {
        const qsizetype from = m_objectStart[size_t(object)];
        return QByteArrayView(m_objectParts.constData() + from, m_objectStart[size_t(object) + 1] - from);
    }
    std::unique_ptr<RoleSweep> m_sweep;
    std::vector<QByteArray> m_viaCache;    // per lineage: its encoding, for the current role
    std::vector<char> m_viaMade;
    QByteArray m_viaEmpty;   // the encoding of no lineage
    QByteArray m_viaJoined;  // the encoding of several, made for each row that has them
    QString m_error;
    AuditStats m_stats;
    Progress m_progress;
    const std::atomic_bool *m_cancelFlag = nullptr;
    bool m_cancelled = false;
};

} // namespace roledesk
