#include "slapdfixture.h"

#include "scratchcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace roledesk::test {

namespace {

const QString kSlapd = QStringLiteral("/usr/sbin/slapd");
const QString kSlapadd = QStringLiteral("/usr/sbin/slapadd");
const QString kSchemaDir = QStringLiteral("/etc/ldap/schema");
const QStringList kSchemas{QStringLiteral("core"), QStringLiteral("cosine"), QStringLiteral("inetorgperson"), QStringLiteral("nis")};

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return false;
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : quint16(0);
}

bool SlapdFixture::usable(QString *why)
{
    for (const QString &program : {kSlapd, kSlapadd}) {
        if (!QFileInfo(program).isExecutable()) {
            *why = program + QStringLiteral(" is missing (Debian: apt-get install slapd)");
            return false;
        }
    }
    for (const QString &schema : kSchemas) {
        if (!QFileInfo::exists(QStringLiteral("%1/%2.schema").arg(kSchemaDir, schema))) {
            *why = QStringLiteral("%1/%2.schema is missing").arg(kSchemaDir, schema);
            return false;
        }
    }
    return true;
}

SlapdFixture::~SlapdFixture()
{
    stop();
}

QString SlapdFixture::url() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString SlapdFixture::ldapsUrl() const
{
    return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort);
}

QString SlapdFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

LdapSettings SlapdFixture::settings() const
{
    LdapSettings s = m_directory.settings(url());
    s.bindDn = readerDn(m_directory.baseDn);
    s.password = m_readerPassword;
    return s;
}

bool SlapdFixture::makeCertificate(QString *error)
{
    // Valid for the names a test connects to, so the client's hostname check passes on its merits.
    return runProgram(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), caFile()},
                      error);
}

bool SlapdFixture::start(const GeneratedDirectory &directory, const Options &options, QString *error)
{
    QByteArray ldif = directory.ldif();
    ldif += "dn: " + readerDn(directory.baseDn).toUtf8() + "\nobjectClass: simpleSecurityObject\nobjectClass: organizationalRole\ncn: reader\n"
            "userPassword: " + readerPassword().toUtf8() + "\n\n";
    if (!start(ldif, directory.baseDn, readerPassword(), options, error))
        return false;
    m_directory = directory;
    return true;
}

bool SlapdFixture::start(const QByteArray &ldif, const QString &baseDn, const QString &readerPassword, const Options &options,
                         QString *error)
{
    m_directory = GeneratedDirectory{};
    m_directory.baseDn = baseDn;
    m_readerPassword = readerPassword;
    if (!usable(error))
        return false;
    if (!m_dir.isValid() || !(m_port = freeLoopbackPort()) || (options.tls && !(m_tlsPort = freeLoopbackPort()))) {
        *error = QStringLiteral("no temporary folder or free port");
        return false;
    }
    if (options.tls && !makeCertificate(error))
        return false;
    const QString &base = baseDn;
    const QString dbDir = m_dir.filePath(QStringLiteral("db"));
    if (!QDir().mkpath(dbDir)) {
        *error = QStringLiteral("cannot create ") + dbDir;
        return false;
    }

    QString conf;
    for (const QString &schema : kSchemas)
        conf += QStringLiteral("include %1/%2.schema\n").arg(kSchemaDir, schema);
    conf += QStringLiteral("modulepath /usr/lib/ldap\nmoduleload back_mdb\npidfile %1\n").arg(m_dir.filePath(QStringLiteral("slapd.pid")));
    // The size limit binds the reader (not the rootdn); prtotal=unlimited lets paged results past
    // it, as on a production server, so only a reader that pages gets everything.
    conf += QStringLiteral("sizelimit size.soft=%1 size.hard=%1 size.prtotal=unlimited\n").arg(options.sizeLimit);
    if (options.tls)
        conf += QStringLiteral("TLSCACertificateFile %1\nTLSCertificateFile %1\nTLSCertificateKeyFile %2\n")
                    .arg(caFile(), m_dir.filePath(QStringLiteral("key.pem")));
    conf += QStringLiteral("database mdb\nmaxsize 1073741824\nsuffix \"%1\"\nrootdn \"%2\"\nrootpw admin-secret\ndirectory %3\n")
                .arg(base, adminDn(base), dbDir);
    // The reader may read everything but passwords; anonymous binds may only authenticate.
    conf += QStringLiteral("access to attrs=userPassword by anonymous auth by * none\n"
                           "access to * by dn.exact=\"%1\" read by * none\n")
                .arg(readerDn(base));
    const QString confFile = m_dir.filePath(QStringLiteral("slapd.conf"));
    const QString ldifFile = m_dir.filePath(QStringLiteral("directory.ldif"));
    if (!writeFile(confFile, conf.toUtf8(), error) || !writeFile(ldifFile, ldif, error))
        return false;
    // Offline load (-q: no consistency checks beyond the schema), far faster than ldapadd.
    if (!runProgram(kSlapadd, {QStringLiteral("-f"), confFile, QStringLiteral("-q"), QStringLiteral("-l"), ldifFile}, error))
        return false;

    QString listeners = url() + u'/';
    if (options.tls)
        listeners += u' ' + ldapsUrl() + u'/';
    m_slapd = std::make_unique<QProcess>();
    m_slapd->setProcessChannelMode(QProcess::MergedChannels);
    // -d 0 keeps slapd in the foreground, owned by this object, instead of a daemon to hunt down.
    m_slapd->start(kSlapd, {QStringLiteral("-f"), confFile, QStringLiteral("-h"), listeners, QStringLiteral("-d"), QStringLiteral("0")});
    if (!m_slapd->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(kSlapd, m_slapd->errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_slapd->waitForFinished(100)) {
            *error = QStringLiteral("slapd exited (%1): %2").arg(m_slapd->exitCode()).arg(QString::fromLocal8Bit(m_slapd->readAll()));
            return false;
        }
    }
    *error = QStringLiteral("slapd does not listen on %1 after 15 s: %2").arg(url(), QString::fromLocal8Bit(m_slapd->readAll()));
    return false;
}

void SlapdFixture::stop()
{
    if (!m_slapd)
        return;
    if (m_slapd->state() != QProcess::NotRunning) {
        m_slapd->terminate(); // SIGTERM: slapd closes the database cleanly
        if (!m_slapd->waitForFinished(10000)) {
            m_slapd->kill();
            m_slapd->waitForFinished(5000);
        }
    }
    m_slapd.reset();
}

} // namespace roledesk::test
