#include "catalog/catalogreader.h"

#include "catalog/catalogquery.h"

#include "pg/connection.h"
#include "slpm/schemagroupcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace roledesk {

namespace {

Privilege privilegeFromKeyword(QStringView word)
{
    for (Privilege p : allPrivileges())
        if (privilegeKeyword(p) == word)
            return p;
    return Privilege{};
}

ObjectKind kindFromName(QStringView name)
{
    for (int k = 0; k < ObjectKindCount; ++k)
        if (objectKindName(ObjectKind(k)) == name)
            return ObjectKind(k);
    return ObjectKind::Table;
}

ObjectKind kindFromDefaultAclType(QChar t)
{
    switch (t.unicode()) {
    case 'S': return ObjectKind::Sequence;
    case 'f': return ObjectKind::Function;
    case 'T': return ObjectKind::Type;
    case 'n': return ObjectKind::Schema;
    default: return ObjectKind::Table;
    }
}

struct Part {
    const char *file;
    const char *label;
};

// The object parts, in the order Snapshot::objects keeps them.
constexpr Part objectParts[] = {
    {":/catalog/databases.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "databases")},
    {":/catalog/schemas.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "schemas")},
    {":/catalog/relations.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "tables, views and sequences")},
    {":/catalog/routines.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "functions and procedures")},
    {":/catalog/types.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "types")},
    {":/catalog/languages.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "procedural languages")},
    {":/catalog/columns.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "column privileges")},
};

class Reader {
    // Translations live in the public class's context, where lupdate files them too.
    Q_DECLARE_TR_FUNCTIONS(roledesk::CatalogReader)

public:
    Reader(pg::Connection &conn, const CatalogReader::Progress &progress, const std::atomic_bool *cancelled)
        : m_conn(conn), m_progress(progress), m_cancelled(cancelled) {}

    SnapshotOutcome run();

private:
    // Runs one part inside a savepoint, so that a permission error leaves the transaction usable.
    // Returns false on a fatal error (stored in m_error).
    bool part(const char *file, const char *label, const std::function<void(const pg::Result &)> &consume);
    void step(const char *label);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }

    pg::Connection &m_conn;
    const CatalogReader::Progress &m_progress;
    const std::atomic_bool *m_cancelled;
    std::shared_ptr<Snapshot> m_snap = std::make_shared<Snapshot>();
    pg::Error m_error;
    int m_done = 0;
    static constexpr int m_total = 6 + int(std::size(objectParts));
};

void Reader::step(const char *label)
{
    ++m_done;
    if (m_progress)
        m_progress(m_done, m_total, tr(label));
}

bool Reader::part(const char *file, const char *label, const std::function<void(const pg::Result &)> &consume)
{
    if (cancelled()) {
        m_error = pg::Error::client(tr("Loading was cancelled."));
        m_error.sqlstate = QString::fromLatin1(pg::sqlstate::QueryCanceled);
        return false;
    }
    const pg::Result res = runCatalogQuery(m_conn, QString::fromLatin1(file));
    if (!res.ok()) {
        if (res.error().sqlstate == QLatin1String(pg::sqlstate::InsufficientPrivilege) && !res.error().connectionLost) {
            m_snap->warnings << tr("Could not read %1: %2").arg(tr(label), res.error().message);
            step(label);
            return true;
        }
        m_error = res.error();
        return false;
    }
    consume(res);
    step(label);
    return true;
}

SnapshotOutcome Reader::run()
{
    // A consistent picture: every part sees the same catalog state.
    const pg::Result begin = beginCatalogSnapshot(m_conn);
    if (!begin.ok())
        return {nullptr, begin.error()};

    Snapshot &s = *m_snap;
    bool ok = part(":/catalog/session.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "session"),
                   [&](const pg::Result &r) {
        if (r.rows() == 0)
            return;
        s.currentUser = r.text(0, 0);
        s.database = r.text(0, 1);
        s.databaseOwner = r.oid(0, 2);
        s.serverVersion = r.text(0, 3);
        s.serverVersionNum = int(r.integer(0, 4));
        s.databaseOid = r.oid(0, 5);
        s.systemIdentifier = r.text(0, 6);
    });
    ok = ok && part(":/catalog/roles.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "roles"),
                    [&](const pg::Result &r) {
        s.roles.reserve(r.rows());
        for (int i = 0; i < r.rows(); ++i) {
            Role role;
            role.oid = r.oid(i, 0);
            role.name = r.text(i, 1);
            role.superuser = r.boolean(i, 2);
            role.inherit = r.boolean(i, 3);
            role.createRole = r.boolean(i, 4);
            role.createDb = r.boolean(i, 5);
            role.canLogin = r.boolean(i, 6);
            role.replication = r.boolean(i, 7);
            role.bypassRls = r.boolean(i, 8);
            role.connectionLimit = int(r.integer(i, 9));
            if (!r.isNull(i, 10))
                role.validUntil = QDateTime::fromString(r.text(i, 10), Qt::ISODate);
            const QJsonArray config = QJsonDocument::fromJson(r.bytes(i, 11)).array();
            for (const auto &v : config)
                role.config << v.toString();
            role.comment = r.text(i, 12);
            role.predefined = r.boolean(i, 13);
            s.roles.push_back(std::move(role));
        }
        s.index();
    });
    ok = ok && part(":/catalog/memberships.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "memberships"),
                    [&](const pg::Result &r) {
        s.memberships.reserve(r.rows() + 1);
        for (int i = 0; i < r.rows(); ++i)
            s.memberships.push_back({r.oid(i, 0), r.oid(i, 1), r.oid(i, 2), r.boolean(i, 3), r.boolean(i, 4), false});
    });
    if (ok) {
        // The owner of the current database is implicitly a member of pg_database_owner.
        // Before PostgreSQL 16 a NOINHERIT owner does not get its privileges.
        const int dbo = s.roleIndex(s.databaseOwner);
        for (const Role &r : std::as_const(s.roles)) {
            if (r.predefined && r.name == u"pg_database_owner" && dbo >= 0) {
                const bool inherit = s.serverVersionNum >= 160000 || s.roles.at(dbo).inherit;
                s.memberships.push_back({r.oid, s.databaseOwner, 0, false, inherit, true});
            }
        }
    }
    QHash<Oid, int> relationIndex;
    for (const Part &p : objectParts) {
        ok = ok && part(p.file, p.label, [&](const pg::Result &r) {
            const int cParent = r.column("parent");
            const int cColumn = r.column("column_name");
            const int cBaseName = r.column("base_name");
            const int cArguments = r.column("arguments");
            s.objects.reserve(s.objects.size() + r.rows());
            for (int i = 0; i < r.rows(); ++i) {
                CatalogObject o;
                o.kind = kindFromName(r.text(i, 0));
                o.oid = r.oid(i, 1);
                o.schema = r.text(i, 2);
                o.name = r.text(i, 3);
                o.owner = r.oid(i, 4);
                if (!r.isNull(i, 5))
                    o.acl = CatalogReader::parseAcl(r.text(i, 5));
                o.aclIsDefault = r.boolean(i, 6);
                if (o.kind == ObjectKind::Column) {
                    o.parent = relationIndex.value(r.oid(i, cParent), -1);
                    o.attnum = int(r.integer(i, cParent + 1));
                    o.column = r.text(i, cColumn);
                } else if (isRelationKind(o.kind)) {
                    relationIndex.insert(o.oid, int(s.objects.size()));
                } else if (cBaseName >= 0) {
                    o.baseName = r.text(i, cBaseName);
                    o.arguments = r.text(i, cArguments);
                }
                s.objects.push_back(std::move(o));
            }
        });
    }
    ok = ok && part(":/catalog/default_acls.sql", QT_TRANSLATE_NOOP("roledesk::CatalogReader", "default privileges"),
                    [&](const pg::Result &r) {
        for (int i = 0; i < r.rows(); ++i) {
            DefaultAcl d;
            d.role = r.oid(i, 0);
            d.schema = r.text(i, 1);
            d.kind = kindFromDefaultAclType(r.text(i, 2).at(0));
            if (!r.isNull(i, 3))
                d.acl = CatalogReader::parseAcl(r.text(i, 3));
            s.defaultAcls.push_back(std::move(d));
        }
    });
    if (ok && cancelled()) {
        m_error = pg::Error::client(tr("Loading was cancelled."));
        m_error.sqlstate = QString::fromLatin1(pg::sqlstate::QueryCanceled);
        ok = false;
    }
    if (ok) {
        // The model extension, when there is one, in the same transaction. Its parts are read in
        // savepoints; only a lost connection is fatal, anything else becomes a warning.
        pg::Error modelError;
        s.models = ModelCatalog::readWithin(m_conn, &modelError);
        s.index(); // each model's function among the objects, found once for every view that needs it
        if (modelError.connectionLost) {
            m_error = modelError;
            ok = false;
        } else if (!modelError.isNull()) {
            s.warnings << tr("Could not read %1: %2").arg(tr("in-database models"), modelError.message);
        }
        if (ok)
            step(QT_TRANSLATE_NOOP("roledesk::CatalogReader", "in-database models"));
    }
    if (ok) {
        pg::Error groupError;
        s.groups = SchemaGroupCatalog::readWithin(m_conn, &groupError);
        if (groupError.connectionLost) {
            m_error = groupError;
            ok = false;
        }
        if (ok)
            step(QT_TRANSLATE_NOOP("roledesk::CatalogReader", "schema groups"));
    }
    if (!ok) {
        if (!m_error.connectionLost)
            m_conn.exec(QStringLiteral("ROLLBACK"));
        return {nullptr, m_error};
    }
    m_conn.exec(QStringLiteral("COMMIT"));
    s.takenAt = QDateTime::currentDateTimeUtc();
    return {m_snap, {}};
}

} // namespace

SnapshotOutcome CatalogReader::read(pg::Connection &conn, const Progress &progress, const std::atomic_bool *cancelled)
{
    Reader reader(conn, progress, cancelled);
    return reader.run();
}

QList<AclEntry> CatalogReader::parseAcl(QStringView text)
{
    QList<AclEntry> entries;
    for (QStringView item : text.tokenize(u',', Qt::SkipEmptyParts)) {
        // grantee:grantor:PRIVILEGE:true
        QStringView parts[4];
        int n = 0;
        for (QStringView piece : item.tokenize(u':')) {
            if (n < 4)
                parts[n] = piece;
            ++n;
        }
        if (n != 4)
            continue;
        const Oid grantee = parts[0].toUInt();
        const Oid grantor = parts[1].toUInt();
        const Privilege p = privilegeFromKeyword(parts[2]);
        const bool grantable = parts[3] == u"true";
        auto it = std::find_if(entries.begin(), entries.end(), [&](const AclEntry &e) {
            return e.grantee == grantee && e.grantor == grantor;
        });
        if (it == entries.end()) {
            entries.push_back({grantee, grantor, {}, {}});
            it = entries.end() - 1;
        }
        it->privileges |= p;
        if (grantable)
            it->grantOptions |= p;
    }
    return entries;
}

} // namespace roledesk
