#include "platform/ldapdirectory.h"

#include "platform/ldapsession.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <memory>

namespace roledesk {

namespace {

// groupOfUniqueNames lists its members in uniqueMember, whose values may end in an optional
// "#'0101'B" unique identifier; the DN is what comes before it.
const QByteArray kUniqueMember = QByteArrayLiteral("uniqueMember");

QByteArray memberDn(const QByteArray &value, bool unique)
{
    if (!unique)
        return value;
    const qsizetype hash = value.lastIndexOf("#'");
    return hash > 0 && value.endsWith("'B") ? value.left(hash) : value;
}

/// Group entries as read, before their members are matched to people and groups.
struct RawGroup {
    DirectoryGroup group;
    QByteArrayList members;
    QList<bool> unique;    ///< per member: from uniqueMember
};

} // namespace

LdapSettings LdapSettings::fromSource(const PlatformDirectorySource &source, const QString &platformFilePath)
{
    LdapSettings s;
    s.provider = source.provider;
    if (source.kind != PlatformDirectorySource::Kind::Ldap)
        return s;
    s.url = source.url;
    s.startTls = source.startTls;
    s.bindDn = source.bindDn;
    s.baseDn = source.baseDn;
    if (!source.caFile.isEmpty())
        s.caFile = QFileInfo(source.caFile).isRelative() && !platformFilePath.isEmpty()
            ? QDir::cleanPath(QFileInfo(platformFilePath).absoluteDir().absoluteFilePath(source.caFile))
            : source.caFile;
    if (!source.userFilter.isEmpty())
        s.userFilter = source.userFilter;
    if (!source.groupFilter.isEmpty())
        s.groupFilter = source.groupFilter;
    if (!source.memberAttribute.isEmpty())
        s.memberAttribute = source.memberAttribute;
    s.machineFilter = source.machineFilter;
    return s;
}

DirectoryLoad LdapReader::read(const LdapSettings &settings, const Progress &progress, const std::atomic_bool *cancel)
{
    DirectoryLoad load;
    const auto stopped = [&](const ldap::Session &session) {
        DirectoryLoad out; // nothing half-read is returned
        out.cancelled = session.cancelled();
        out.error = session.cancelled() ? QString() : session.error();
        return out;
    };
    ldap::Session session(settings, cancel);
    if (!session.open())
        return stopped(session);
    LDAP *ld = session.handle();

    Directory &dir = load.directory;
    dir.provider = settings.provider;
    qint64 entries = 0;
    QString phase;
    const auto afterPage = [&] {
        if (progress)
            progress(entries, phase);
        return !session.isCancelRequested();
    };

    // People.
    QHash<QByteArray, qsizetype> personByDn;   // normalized DN → index in dir.people
    QHash<QString, QString> dnById;            // id → DN, to name both entries of a duplicate id
    const QByteArray idAttribute = settings.userIdAttribute.toUtf8();
    const QByteArray nameAttribute = settings.userNameAttribute.toUtf8();
    phase = tr("Reading people…");
    const auto onPerson = [&](LDAPMessage *entry) {
        ++entries;
        const ldap::Entry e = ldap::Entry::read(ld, entry);
        DirectoryPerson person;
        person.dn = QString::fromUtf8(e.dn);
        person.id = e.first(idAttribute);
        person.name = e.first(nameAttribute);
        if (person.id.isEmpty()) {
            dir.warnings << tr("%1: no %2 attribute; not read as a person").arg(person.dn, settings.userIdAttribute);
            return;
        }
        if (const auto taken = dnById.constFind(person.id); taken != dnById.cend()) {
            dir.warnings << tr("%1: the id %2 is already %3's; not read as a person").arg(person.dn, person.id, *taken);
            return;
        }
        dnById.insert(person.id, person.dn);
        personByDn.insert(ldap::dnKey(e.dn), dir.people.size());
        dir.people.append(person);
    };
    if (!session.search({settings.userFilter, tr("user filter"), {idAttribute, nameAttribute}, onPerson}, afterPage))
        return stopped(session);

    // Machine users: the server decides which people also match the machine filter.
    if (!settings.machineFilter.isEmpty()) {
        phase = tr("Reading machine users…");
        const auto onMachine = [&](LDAPMessage *entry) {
            ++entries;
            const ldap::String dn(ldap_get_dn(ld, entry));
            if (const auto it = personByDn.constFind(ldap::dnKey(dn.get())); it != personByDn.cend())
                dir.people[*it].machine = true;
        };
        const QString filter = QStringLiteral("(&%1%2)").arg(settings.userFilter, settings.machineFilter);
        // 1.1: no attributes, the DN is enough.
        if (!session.search({filter, tr("machine filter"), {QByteArrayLiteral("1.1")}, onMachine}, afterPage))
            return stopped(session);
    }

    // Groups, with their member DNs as written.
    QList<RawGroup> raw;
    QHash<QByteArray, qsizetype> groupByDn;
    QHash<QString, QString> dnByGroupName;
    const QByteArray groupNameAttribute = settings.groupNameAttribute.toUtf8();
    const QByteArray memberAttribute = settings.memberAttribute.toUtf8();
    QByteArrayList groupAttributes{groupNameAttribute, memberAttribute};
    const bool alsoUnique = memberAttribute.compare(kUniqueMember, Qt::CaseInsensitive) != 0;
    if (alsoUnique) // the default group filter takes groupOfUniqueNames too
        groupAttributes << kUniqueMember;
    phase = tr("Reading groups…");
    const auto onGroup = [&](LDAPMessage *entry) {
        ++entries;
        const ldap::Entry e = ldap::Entry::read(ld, entry);
        RawGroup g;
        g.group.dn = QString::fromUtf8(e.dn);
        g.group.name = e.first(groupNameAttribute);
        if (g.group.name.isEmpty()) {
            dir.warnings << tr("%1: no %2 attribute; not read as a group").arg(g.group.dn, settings.groupNameAttribute);
            return;
        }
        if (const auto taken = dnByGroupName.constFind(g.group.name); taken != dnByGroupName.cend()) {
            dir.warnings << tr("%1: the group name %2 is already %3's; not read as a group").arg(g.group.dn, g.group.name, *taken);
            return;
        }
        dnByGroupName.insert(g.group.name, g.group.dn);
        g.members = e.values(memberAttribute);
        g.unique = QList<bool>(g.members.size(), !alsoUnique);
        if (alsoUnique) {
            const QByteArrayList more = e.values(kUniqueMember);
            g.members += more;
            g.unique += QList<bool>(more.size(), true);
        }
        groupByDn.insert(ldap::dnKey(e.dn), raw.size());
        raw.append(std::move(g));
    };
    if (!session.search({settings.groupFilter, tr("group filter"), groupAttributes, onGroup}, afterPage))
        return stopped(session);

    // Members to people and groups, by normalized DN: a directory may spell a member's DN
    // otherwise than the entry's own (case, spaces, escapes).
    qsizetype outside = 0;
    QString firstOutside;
    QStringList groupNames;
    for (const RawGroup &g : std::as_const(raw))
        groupNames << g.group.name;
    for (RawGroup &g : raw) {
        QSet<QByteArray> seen;
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            const QByteArray dn = memberDn(g.members.at(i), g.unique.at(i));
            const QByteArray key = ldap::dnKey(dn);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (const auto p = personByDn.constFind(key); p != personByDn.cend()) {
                DirectoryPerson &person = dir.people[*p];
                g.group.people << person.id;
                person.groups << g.group.name;
            } else if (const auto sub = groupByDn.constFind(key); sub != groupByDn.cend()) {
                g.group.groups << groupNames.at(*sub);
            } else {
                if (!outside++)
                    firstOutside = QString::fromUtf8(dn);
            }
        }
        dir.groups.append(std::move(g.group));
    }
    if (outside)
        dir.warnings << tr("%n member(s) of groups matched neither the user nor the group filter and were ignored (the first: %1)", nullptr,
                           int(outside))
                            .arg(firstOutside);
    return load;
}

// The worker: one thread per read; a read that start() supersedes or cancel() stops keeps
// running until its next check and its answer is dropped (superseded) or reported cancelled.
struct LdapReadWorker::Private {
    struct Run {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    QMutex mutex;            ///< guards runs: cancel() may come from any thread
    QList<Run> runs;
    quint64 generation = 0;  ///< of the read whose signals are delivered
    bool busy = false;       ///< that read has not delivered its result yet

    void cancelAll()
    {
        const QMutexLocker lock(&mutex);
        for (const Run &run : std::as_const(runs))
            run.cancel->store(true);
    }
};

LdapReadWorker::LdapReadWorker(QObject *parent)
    : QObject(parent), d(new Private)
{
}

LdapReadWorker::~LdapReadWorker()
{
    // Reads check their flag every tenth of a second, so this waits about that long, not a timeout.
    d->cancelAll();
    QMutexLocker lock(&d->mutex);
    for (const Private::Run &run : std::as_const(d->runs)) {
        run.thread->wait();
        delete run.thread;
    }
    lock.unlock();
    delete d;
}

void LdapReadWorker::start(const LdapSettings &settings)
{
    d->cancelAll();
    const quint64 generation = ++d->generation;
    d->busy = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QThread *thread = QThread::create([this, settings, cancel, generation] {
        const auto progress = [this, generation](qint64 entries, const QString &phase) {
            QMetaObject::invokeMethod(
                this, [this, generation, entries, phase] {
                    if (generation == d->generation)
                        emit progressed(entries, phase);
                },
                Qt::QueuedConnection);
        };
        const DirectoryLoad result = LdapReader::read(settings, progress, cancel.get());
        QMetaObject::invokeMethod(
            this, [this, generation, result] {
                if (generation != d->generation)
                    return; // superseded by a later start()
                d->busy = false;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, this, [this, thread] {
        const QMutexLocker lock(&d->mutex);
        d->runs.removeIf([thread](const Private::Run &run) { return run.thread == thread; });
        thread->deleteLater();
    });
    {
        const QMutexLocker lock(&d->mutex);
        d->runs.append({thread, cancel});
    }
    thread->start();
}

void LdapReadWorker::cancel()
{
    d->cancelAll();
}

bool LdapReadWorker::isRunning() const
{
    return d->busy;
}

} // namespace roledesk
