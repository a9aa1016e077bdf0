// roledesk-importbench: how fast ModelImporter imports a model file, next to
// `psql -X -c '\lo_import FILE'` on the same file, in the same database and the same run, and how
// much resident memory the importer grows by while it runs. Three contenders, their order rotated
// run by run (psql, upload, large object; upload, large object, psql; ...): psql; the importer as
// the console runs it (an upload: pgx_upload_write, one binary bytea per chunk, taken by the
// import without a copy); and the importer writing a large object of its own with lo_write (what
// the vendor's pgx_inference takes; pgx_inference_ce copies it on import), which shows what the
// copy costs. The memory sampler runs during every contender's turn, so each pays for it alike.
// Median and range of --repeat runs, and the machine's load. Reports figures; asserts none.

#include "benchutil.h"
#include "pg/connection.h"
#include "pgx/modelimporter.h"
#include "pgx/modeloperations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <thread>

using namespace roledesk;
using bench::err;
using bench::msSince;
using Transfer = ModelTaskRequest::Transfer;

namespace {

constexpr double MiB = 1024.0 * 1024.0;

/// VmRSS in bytes, read without allocating (the sampler thread must not add to what it measures).
qint64 residentBytes()
{
    const int fd = ::open("/proc/self/status", O_RDONLY);
    if (fd < 0)
        return 0;
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    const char *line = std::strstr(buf, "VmRSS:");
    return line ? std::strtoll(line + 6, nullptr, 10) * 1024 : 0;
}

/// Samples VmRSS every millisecond on a thread of its own and keeps the peak.
class RssSampler {
public:
    RssSampler() : m_peak(residentBytes())
    {
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                note();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    ~RssSampler() { stop(); }
    void note()
    {
        const qint64 now = residentBytes();
        qint64 peak = m_peak.load();
        while (now > peak && !m_peak.compare_exchange_weak(peak, now)) {
        }
    }
    qint64 stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
        note();
        return m_peak.load();
    }

private:
    std::atomic<qint64> m_peak;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

/// Pseudo-random contents (xorshift), written in 4 MiB blocks: incompressible, like model weights.
bool writeFile(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    quint32 x = 2463534242u;
    QByteArray block(4 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        auto *words = reinterpret_cast<quint32 *>(block.data());
        for (qsizetype i = 0; i < block.size() / 4; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            words[i] = x;
        }
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

bool run(pg::Connection &conn, const QString &sql, const pg::Params &params = {})
{
    const pg::Result r = conn.exec(sql, params);
    if (!r.ok())
        err() << "importbench: " << r.error().toString() << "\n  in: " << sql << Qt::endl;
    return r.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Model import speed and memory: ModelImporter next to psql \\lo_import."));
    parser.addHelpOption();
    const bench::CommonOptions common(
        parser, bench::CommonSpec()
                    .repeatWords(QStringLiteral("Runs of each (medians count; default %1)."))
                    .dsnWords(QStringLiteral("libpq connection string of a database with pgx_inference_ce (default: PG* environment).")));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("File size in MiB (default 1024)."),
                                        QStringLiteral("MiB"), QStringLiteral("1024"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk"),
                                         QStringLiteral("Importer chunk in KiB (default: ModelImporter::DefaultChunkBytes)."),
                                         QStringLiteral("KiB"), QStringLiteral("0"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the temporary file (default: the system's)."),
                                       QStringLiteral("path"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("psql to compare with."), QStringLiteral("path"));
    parser.addOptions({sizeOption, chunkOption, dirOption, psqlOption});
    parser.process(app);
    const qint64 size = qint64(std::max(1, parser.value(sizeOption).toInt())) << 20;
    const int repeats = common.repeats(parser);
    const qint64 chunk = parser.value(chunkOption).toLongLong() * 1024;

    const pg::ConnectOptions options = common.connectOptions(parser);
    pg::Connection admin;
    if (const pg::Error e = admin.open(options); !e.isNull()) {
        err() << "importbench: cannot connect: " << e.toString() << Qt::endl;
        return 3;
    }
    const pg::Result ext = admin.exec(QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'pgx_import_model'"));
    if (!ext.ok() || ext.rows() == 0) {
        err() << "importbench: database " << admin.database() << " has no pgx_import_model (pgx_inference_ce)" << Qt::endl;
        return 3;
    }
    const QString psql = bench::pgProgram(QStringLiteral("psql"), parser.value(psqlOption));
    if (psql.isEmpty()) {
        err() << "importbench: psql not found (PATH, ROLEDESK_PGBIN or --psql)" << Qt::endl;
        return 3;
    }

    const QString parent = parser.value(dirOption).isEmpty() ? QDir::tempPath() : parser.value(dirOption);
    const QStorageInfo storage(parent);
    if (storage.bytesAvailable() < size + (256 << 20)) {
        err() << "importbench: " << parent << " has " << storage.bytesAvailable() / (1 << 20) << " MiB free, "
              << size / (1 << 20) << " MiB needed (and the database needs as much)" << Qt::endl;
        return 3;
    }
    QTemporaryDir dir(parent + QStringLiteral("/roledesk-importbench-XXXXXX"));
    const QString file = dir.filePath(QStringLiteral("model.onnx"));
    QElapsedTimer t;
    t.start();
    if (!dir.isValid() || !writeFile(file, size)) {
        err() << "importbench: cannot write " << file << Qt::endl;
        return 3;
    }
    const double writeMs = msSince(t);

    // Keeps pg_largeobject from growing run after run (best effort: needs the table's owner).
    const auto reclaim = [&] { admin.exec(QStringLiteral("VACUUM pg_catalog.pg_largeobject")); };
    const QString model = QStringLiteral("roledesk-importbench-%1").arg(QCoreApplication::applicationPid());
    QList<double> psqlMs, uploadMs, largeObjectMs;
    qint64 rssGrowth = 0;
    QString failure;

    const auto runPsql = [&]() -> bool {
        RssSampler sampler; // as during the importer's turns: the sampling costs both the same
        QProcess p;
        QStringList args{QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                         QStringLiteral("-c"), QStringLiteral("\\lo_import '%1'").arg(file)};
        args << common.dbnameArgs(parser);
        QElapsedTimer timer;
        timer.start();
        p.start(psql, args);
        const bool ok = p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        const double ms = msSince(timer);
        sampler.stop();
        const QString output = QString::fromLocal8Bit(p.readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("lo_import (\\d+)")).match(output);
        if (!ok || !m.hasMatch()) {
            failure = QStringLiteral("psql \\lo_import failed: ") + QString::fromLocal8Bit(p.readAllStandardError()) + output;
            return false;
        }
        psqlMs << ms;
        run(admin, QStringLiteral("SELECT lo_unlink($1::oid)"), {m.captured(1)});
        reclaim();
        return true;
    };
    const auto runImporter = [&](Transfer transfer) -> bool {
        RssSampler sampler;
        const qint64 base = residentBytes();
        QElapsedTimer timer;
        timer.start();
        ModelOutcome out;
        {
            // A fresh connection, as psql makes one.
            pg::Connection conn;
            if (const pg::Error e = conn.open(options); !e.isNull()) {
                failure = QStringLiteral("cannot connect: ") + e.toString();
                return false;
            }
            ModelTaskRequest request = ModelTaskRequest::importFile(model, file, QStringLiteral("{\"bench\": true}"));
            request.chunkBytes = chunk;
            request.transfer = transfer;
            out = ModelImporter::import(conn, request, [&](qint64, qint64) { sampler.note(); });
        }
        const double ms = msSince(timer);
        rssGrowth = std::max(rssGrowth, sampler.stop() - base);
        if (!out.ok()) {
            failure = QStringLiteral("import failed: ") + out.message;
            return false;
        }
        (transfer == Transfer::Auto ? uploadMs : largeObjectMs) << ms;
        const ModelOutcome dropped = ModelOperations::drop(admin, model);
        if (!dropped.ok()) {
            failure = QStringLiteral("drop failed: ") + dropped.message;
            return false;
        }
        reclaim();
        return true;
    };
    const pg::Result uploads = admin.exec(QStringLiteral("SELECT pg_catalog.to_regprocedure('pgx_inference.pgx_upload_write(oid,bytea)') IS NOT NULL"));
    const bool canUpload = uploads.ok() && uploads.boolean(0, 0);
    if (!canUpload)
        err() << "importbench: the extension offers no uploads (pgx_upload_write): the importer writes a large object" << Qt::endl;

    const double loadBefore = bench::loadAverage();
    reclaim();
    const std::function<bool()> contenders[] = {runPsql, [&] { return runImporter(Transfer::Auto); },
                                                [&] { return runImporter(Transfer::LargeObject); }};
    const int count = canUpload ? 3 : 2;
    for (int i = 0; i < repeats && failure.isEmpty(); ++i) {
        for (int k = 0; k < count && failure.isEmpty(); ++k) {
            // Rotated: each contender goes first, second and third in turn.
            const int which = (i + k) % count;
            contenders[count == 3 ? which : (which == 1 ? 2 : 0)]();
        }
    }
    const double loadAfter = bench::loadAverage();
    if (!failure.isEmpty()) {
        err() << "importbench: " << failure << Qt::endl;
        return 4;
    }

    const double mib = double(size) / MiB;
    const bench::Spread psqlRun = bench::spread(psqlMs);
    const QList<double> &consoleMs = canUpload ? uploadMs : largeObjectMs; // what the console does here
    const bench::Spread consoleRun = bench::spread(consoleMs);
    const bench::Spread largeObjectRun = bench::spread(largeObjectMs);
    const auto rate = [mib](double ms) { return ms > 0 ? mib / (ms / 1000) : 0; };
    const double ratio = rate(consoleRun.median) / rate(psqlRun.median);
    const double largeObjectRatio = rate(largeObjectRun.median) / rate(psqlRun.median);
    const qint64 chunkUsed = chunk > 0 ? chunk : ModelImporter::DefaultChunkBytes;
    QTextStream out(stdout);
    if (parser.isSet(common.json)) {
        out << QJsonDocument(QJsonObject{
                   {QStringLiteral("size_mib"), mib},
                   {QStringLiteral("repeat"), repeats},
                   {QStringLiteral("chunk_kib"), double(chunkUsed) / 1024},
                   {QStringLiteral("load_before"), loadBefore},
                   {QStringLiteral("load_after"), loadAfter},
                   {QStringLiteral("psql_ms"), psqlRun.median},
                   {QStringLiteral("psql_runs_ms"), bench::toJson(psqlMs)},
                   {QStringLiteral("psql_mib_s"), rate(psqlRun.median)},
                   {QStringLiteral("importer_transfer"), canUpload ? QStringLiteral("upload") : QStringLiteral("large object")},
                   {QStringLiteral("importer_ms"), consoleRun.median},
                   {QStringLiteral("importer_runs_ms"), bench::toJson(consoleMs)},
                   {QStringLiteral("importer_mib_s"), rate(consoleRun.median)},
                   {QStringLiteral("importer_large_object_runs_ms"), bench::toJson(largeObjectMs)},
                   {QStringLiteral("ratio_importer_psql"), ratio},
                   {QStringLiteral("ratio_large_object_psql"), largeObjectRatio},
                   {QStringLiteral("importer_rss_growth_mib"), double(rssGrowth) / MiB},
               }).toJson();
    } else {
        out << QStringLiteral("model import, %1 MiB file (written in %2 s), median (range) of %3, importer chunk %4 KiB, "
                              "load %5 before, %6 after\n")
                   .arg(mib, 0, 'f', 0)
                   .arg(writeMs / 1000, 0, 'f', 1)
                   .arg(repeats)
                   .arg(chunkUsed / 1024)
                   .arg(loadBefore, 0, 'f', 2)
                   .arg(loadAfter, 0, 'f', 2)
            << QStringLiteral("  psql \\lo_import               %1 ms  %2 MiB/s\n").arg(bench::shown(psqlRun), 22).arg(rate(psqlRun.median), 7, 'f', 1);
        if (canUpload)
            out << QStringLiteral("  ModelImporter, upload         %1 ms  %2 MiB/s\n").arg(bench::shown(consoleRun), 22).arg(rate(consoleRun.median), 7, 'f', 1);
        out << QStringLiteral("  ModelImporter, large object   %1 ms  %2 MiB/s\n").arg(bench::shown(largeObjectRun), 22).arg(rate(largeObjectRun.median), 7, 'f', 1)
            << QStringLiteral("  ratio importer/psql           %1 (target >= 1.0)\n").arg(ratio, 0, 'f', 2);
        if (canUpload)
            out << QStringLiteral("  ratio large object/psql       %1 (the vendor's way: copied on import)\n").arg(largeObjectRatio, 0, 'f', 2);
        out << QStringLiteral("  importer RSS growth           %1 MiB (target <= 64)\n").arg(double(rssGrowth) / MiB, 0, 'f', 1);
    }
    return 0;
}
