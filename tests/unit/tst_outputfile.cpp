#include "export/outputfile.h"
#include "export/writefailure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <linux/capability.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace roledesk;

namespace {

/// What is at \a path itself (links not followed): "file", "link", "fifo", "char", "folder",
/// "other", or "none".
QString kindOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("none");
    if (S_ISREG(st.st_mode))
        return QStringLiteral("file");
    if (S_ISLNK(st.st_mode))
        return QStringLiteral("link");
    if (S_ISFIFO(st.st_mode))
        return QStringLiteral("fifo");
    if (S_ISCHR(st.st_mode))
        return QStringLiteral("char");
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("folder");
    return QStringLiteral("other");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// More than one pipe buffer (64 KiB), so a FIFO's writer has to wait for its reader.
QByteArray bigContent()
{
    QByteArray data;
    for (int i = 0; data.size() < 200 * 1024; ++i)
        data += "line " + QByteArray::number(i) + ",with some text\r\n";
    return data;
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

bool mkfifoAt(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

/// `cat FIFO > received`, started before the writer opens the FIFO (that open waits for a reader).
class FifoReader {
public:
    FifoReader(const QString &fifo, const QString &received)
    {
        m_cat.setStandardOutputFile(received);
        m_cat.start(QStringLiteral("cat"), {fifo});
    }
    ~FifoReader()
    {
        if (m_cat.state() != QProcess::NotRunning) {
            m_cat.kill();
            m_cat.waitForFinished(5000);
        }
    }
    bool started() { return m_cat.waitForStarted(10000); }
    /// False when cat still waits after 10 s: nobody ever opened the FIFO for writing.
    bool finished() { return m_cat.waitForFinished(10000) && m_cat.exitCode() == 0; }

private:
    QProcess m_cat;
};

/// Root without the right to ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) in this
/// thread while it lives, so that a read-only folder stops root too; nothing for anyone else.
class FileModesRespected {
public:
    FileModesRespected()
    {
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2];
        std::memcpy(reduced, m_saved, sizeof reduced);
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~FileModesRespected()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    FileModesRespected(const FileModesRespected &) = delete;
    FileModesRespected &operator=(const FileModesRespected &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_dropped = false;
};

/// Every name in \a dir: a stray temporary file of QSaveFile shows up here.
QStringList namesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

/// OutputFile against real files, FIFOs, devices and links: the kind of what is at the path never
/// changes, only its content.
class TstOutputFile : public QObject {
    Q_OBJECT
private slots:
    void fifoGetsTheContentAndStaysAFifo();
    void characterDevice_data();
    void characterDevice();
    void symlinkStaysALink_data();
    void symlinkStaysALink();
    void symlinkToAFifo();
    void danglingSymlinkGetsItsTarget();
    void symlinkLoopIsRefused();
    void regularFileIsReplacedWhole();
    void cancelledWriteLeavesTheOldContent();
    void failingWriteLeavesTheOldContent();
    void readOnlyFolderChangesNothing();
    void procChangesNothing();
    void failuresExplained();

private:
    QTemporaryDir m_dir;
};

void TstOutputFile::fifoGetsTheContentAndStaysAFifo()
{
    const QString fifo = m_dir.filePath(QStringLiteral("out.fifo"));
    const QString received = m_dir.filePath(QStringLiteral("fifo.received"));
    QVERIFY(mkfifoAt(fifo));
    FifoReader reader(fifo, received);
    QVERIFY(reader.started());
    const QByteArray data = bigContent();
    OutputFile out(fifo);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QCOMPARE(out.write(data), qint64(data.size()));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QVERIFY2(reader.finished(), "the FIFO's reader got no end of file: the FIFO was never written");
    QCOMPARE(readAll(received), data);
    QCOMPARE(kindOf(fifo), QStringLiteral("fifo"));
    QCOMPARE(namesIn(m_dir.path()).filter(QStringLiteral("out.fifo")), QStringList{QStringLiteral("out.fifo")});
    QVERIFY(out.isInPlace());
}

void TstOutputFile::characterDevice_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<unsigned>("minor");
    QTest::addColumn<bool>("writable");
    QTest::newRow("null") << QStringLiteral("null") << 3u << true;
    QTest::newRow("full, every write refused") << QStringLiteral("full") << 7u << false;
}

void TstOutputFile::characterDevice()
{
    QFETCH(QString, name);
    QFETCH(unsigned, minor);
    QFETCH(bool, writable);
    // Only root could replace a device, and only root can make one: as root the test writes to a
    // node of its own (the same device), so a regression shows here instead of replacing the
    // system's /dev/null. As anyone else it writes to /dev/NAME itself: no file can be made in
    // /dev, so open() succeeding shows the device is written in place.
    QString device = m_dir.filePath(name);
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        device = QStringLiteral("/dev/") + name;
    QCOMPARE(kindOf(device), QStringLiteral("char"));
    OutputFile out(device);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QCOMPARE(out.write(QByteArray("x\n")), qint64(2)); // buffered: /dev/full refuses at commit()
    QCOMPARE(out.commit(), writable);
    if (!writable) // ENOSPC, the system's words
        QVERIFY2(out.errorString().contains(QStringLiteral("space")), qPrintable(out.errorString()));
    QCOMPARE(kindOf(device), QStringLiteral("char"));
    if (device.startsWith(m_dir.path())) // no temporary file of QSaveFile left beside it
        QCOMPARE(namesIn(m_dir.path()).filter(name + u'.'), QStringList());
    QVERIFY(out.isInPlace());
}

void TstOutputFile::symlinkStaysALink_data()
{
    QTest::addColumn<bool>("relative");
    QTest::addColumn<bool>("chain");
    QTest::newRow("absolute") << false << false;
    QTest::newRow("relative") << true << false;
    QTest::newRow("link to a link") << true << true;
}

void TstOutputFile::symlinkStaysALink()
{
    QFETCH(bool, relative);
    QFETCH(bool, chain);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString target = dir.filePath(QStringLiteral("real/audit.csv"));
    QVERIFY(writeFile(target, "old\n"));
    const QString link = dir.filePath(QStringLiteral("audit.csv"));
    const QString first = chain ? dir.filePath(QStringLiteral("middle.csv")) : link;
    QVERIFY(QFile::link(relative ? QStringLiteral("real/audit.csv") : target, first));
    if (chain)
        QVERIFY(QFile::link(QStringLiteral("middle.csv"), link));

    OutputFile out(link);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QVERIFY(!out.isInPlace());
    QCOMPARE(QFileInfo(out.targetPath()).canonicalFilePath(), QFileInfo(target).canonicalFilePath());
    QCOMPARE(out.write(QByteArray("new\n")), qint64(4));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(kindOf(link), QStringLiteral("link"));
    QCOMPARE(kindOf(first), QStringLiteral("link"));
    QCOMPARE(kindOf(target), QStringLiteral("file"));
    QCOMPARE(readAll(target), QByteArray("new\n"));
    QCOMPARE(readAll(link), QByteArray("new\n"));
}

void TstOutputFile::symlinkToAFifo()
{
    const QString fifo = m_dir.filePath(QStringLiteral("linked.fifo"));
    const QString link = m_dir.filePath(QStringLiteral("fifo.link"));
    const QString received = m_dir.filePath(QStringLiteral("linked.received"));
    QVERIFY(mkfifoAt(fifo));
    QVERIFY(QFile::link(fifo, link));
    FifoReader reader(fifo, received);
    QVERIFY(reader.started());
    OutputFile out(link);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QCOMPARE(out.write(QByteArray("through the link\n")), qint64(17));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QVERIFY2(reader.finished(), "the FIFO's reader got no end of file: the FIFO was never written");
    QCOMPARE(readAll(received), QByteArray("through the link\n"));
    QCOMPARE(kindOf(link), QStringLiteral("link"));
    QCOMPARE(kindOf(fifo), QStringLiteral("fifo"));
    QVERIFY(out.isInPlace());
}

void TstOutputFile::danglingSymlinkGetsItsTarget()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("plan.sql"));
    QVERIFY(QFile::link(QStringLiteral("later.sql"), link));
    OutputFile out(link);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QCOMPARE(out.write(QByteArray("BEGIN;\n")), qint64(7));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(kindOf(link), QStringLiteral("link"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("later.sql"))), QByteArray("BEGIN;\n"));
}

void TstOutputFile::symlinkLoopIsRefused()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    OutputFile out(a);
    QVERIFY(!out.open());
    QVERIFY(!out.errorString().isEmpty());
    QCOMPARE(kindOf(a), QStringLiteral("link"));
    QCOMPARE(kindOf(b), QStringLiteral("link"));
    QCOMPARE(namesIn(dir.path()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TstOutputFile::regularFileIsReplacedWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(writeFile(path, "old content that is longer than the new\n"));
    const ino_t before = inodeOf(path);
    OutputFile out(path);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QVERIFY(!out.isInPlace());
    QCOMPARE(out.write(QByteArray("new\n")), qint64(4));
    // Nothing of the new content is in the file before commit().
    QCOMPARE(readAll(path), QByteArray("old content that is longer than the new\n"));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(readAll(path), QByteArray("new\n"));
    QVERIFY(inodeOf(path) != before); // renamed over, not rewritten
    QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("audit.csv")});

    // A new file appears only when complete.
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    OutputFile second(fresh);
    QVERIFY2(second.open(QIODevice::WriteOnly | QIODevice::Text), qPrintable(second.errorString()));
    QCOMPARE(second.write(QByteArray("a\n")), qint64(2));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY2(second.commit(), qPrintable(second.errorString()));
    QCOMPARE(readAll(fresh), QByteArray("a\n"));
}

void TstOutputFile::cancelledWriteLeavesTheOldContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    QVERIFY(writeFile(path, "old\n"));
    {
        OutputFile out(path);
        QVERIFY2(out.open(), qPrintable(out.errorString()));
        QCOMPARE(out.write(QByteArray("half of the ne")), qint64(14));
        out.cancel();
        QVERIFY(!out.commit());
    }
    {
        OutputFile out(path); // destroyed uncommitted, as when a caller returns early
        QVERIFY2(out.open(), qPrintable(out.errorString()));
        QCOMPARE(out.write(QByteArray("half of the ne")), qint64(14));
    }
    QCOMPARE(readAll(path), QByteArray("old\n"));
    QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("policy.yaml")});
}

void TstOutputFile::failingWriteLeavesTheOldContent()
{
    // A real failing write: the file size limit (RLIMIT_FSIZE) makes write() fail with EFBIG
    // (SIGXFSZ ignored) once the temporary file passes 4 KiB.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(writeFile(path, "old\n"));
    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    qint64 written = 0;
    bool committed = true;
    QString why;
    {
        OutputFile out(path);
        const bool opened = out.open();
        if (opened) {
            written = out.write(bigContent());
            committed = out.commit(); // refused: never a truncated file in place of the old one
            why = out.errorString();
        }
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY2(opened, qPrintable(out.errorString()));
    }
    QCOMPARE(written, qint64(-1));
    QVERIFY(!committed);
    QVERIFY2(why.contains(QStringLiteral("too large")), qPrintable(why)); // EFBIG, the system's words
    QCOMPARE(readAll(path), QByteArray("old\n"));
    QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("audit.csv")});
}

void TstOutputFile::readOnlyFolderChangesNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(folder));
    const QString existing = folder + QStringLiteral("/audit.csv");
    QVERIFY(writeFile(existing, "old\n"));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                                          | QFile::WriteUser | QFile::ExeUser);
    });
    const FileModesRespected asAnyone;
    if (::faccessat(AT_FDCWD, QFile::encodeName(folder).constData(), W_OK, AT_EACCESS) == 0)
        QSKIP("this process may write into a read-only folder (procChangesNothing covers a folder that takes no file)");
    for (const QString &path : {existing, folder + QStringLiteral("/new.csv")}) {
        OutputFile out(path);
        QVERIFY2(!out.open(), qPrintable(path));
        QVERIFY(!out.errorString().isEmpty());
        QVERIFY(!out.commit());
    }
    QCOMPARE(readAll(existing), QByteArray("old\n"));
    QCOMPARE(namesIn(folder), QStringList{QStringLiteral("audit.csv")});
}

void TstOutputFile::procChangesNothing()
{
    // /proc takes no new file, even from root: a regular file there cannot be replaced.
    if (kindOf(QStringLiteral("/proc/version")) != u"file")
        QSKIP("no /proc");
    const QByteArray before = readAll(QStringLiteral("/proc/version"));
    for (const QString &path : {QStringLiteral("/proc/version"), QStringLiteral("/proc/roledesk-outputfile.csv")}) {
        OutputFile out(path);
        QVERIFY2(!out.open(), qPrintable(path));
        QVERIFY(!out.errorString().isEmpty());
    }
    QCOMPARE(readAll(QStringLiteral("/proc/version")), before);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/roledesk-outputfile.csv")));
}

// Why an output would not open, as the user reads it: a socket in its own words (not "cannot
// create a file in ..."), a link by its target's folder, a missing folder by name.
void TstOutputFile::failuresExplained()
{
    QTemporaryDir dir;
    const QString socketPath = dir.filePath(QStringLiteral("sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    OutputFile socketOutput(socketPath);
    QVERIFY(!socketOutput.open());
    const QString socketWhy = WriteFailure::reason(socketPath, socketOutput.errorString());
    QCOMPARE(socketWhy, socketOutput.errorString());
    QVERIFY2(!socketWhy.contains(QStringLiteral("cannot create a file")), qPrintable(socketWhy));

    const QString missing = dir.filePath(QStringLiteral("gone/out.csv"));
    QVERIFY2(WriteFailure::reason(missing, QStringLiteral("x")).contains(dir.filePath(QStringLiteral("gone"))),
             qPrintable(WriteFailure::reason(missing, QStringLiteral("x"))));

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString target = dir.filePath(QStringLiteral("real/out.csv"));
    QVERIFY(QFile(target).open(QIODevice::WriteOnly));
    QVERIFY(QFile::setPermissions(target, QFile::ReadOwner));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    if (::geteuid() != 0) // root writes read-only files
        QVERIFY2(WriteFailure::reason(link, QStringLiteral("x")).contains(QStringLiteral("denied")),
                 qPrintable(WriteFailure::reason(link, QStringLiteral("x"))));
    // A link to a file whose folder takes new files: what the open said, of the target's folder.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(WriteFailure::reason(link, QStringLiteral("boom")).contains(dir.filePath(QStringLiteral("real"))),
             qPrintable(WriteFailure::reason(link, QStringLiteral("boom"))));
}

QTEST_GUILESS_MAIN(TstOutputFile)
#include "tst_outputfile.moc"
