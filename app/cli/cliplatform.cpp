// roledesk-cli platform: the steps its subcommands share. Loading the platform file, reading the
// directory (an import, or LDAP with progress and Ctrl+C), finding permissions and people by what
// a person types, the output.
#include "cliplatform.h"
#include "clioutput.h"

#include "export/outputfile.h"
#include "platform/ldapdirectory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcessEnvironment>

#include <algorithm>
#include <unistd.h>

namespace roledesk {

namespace {

using cli::printTo;
using cli::programName;

const QString kFile = QStringLiteral("file");
const QString kDirectory = QStringLiteral("directory");
const QString kLdap = QStringLiteral("ldap");
const QString kLdapUrl = QStringLiteral("ldap-url");
const QString kBindDn = QStringLiteral("bind-dn");
const QString kBaseDn = QStringLiteral("base-dn");
const QString kCaFile = QStringLiteral("ca-file");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kProvider = QStringLiteral("provider");
const QString kProgress = QStringLiteral("progress");
const QString kNoProgress = QStringLiteral("no-progress");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
/// Where --ldap finds the bind password (never on the command line, where `ps` shows it).
const char *const kPasswordVariable = "ROLEDESK_LDAP_PASSWORD";

/// The LDAP read's progress on stderr: on a terminal one line rewritten in place; elsewhere (with
/// --progress) a line about once a second. The answers on stdout never get any of it.
class ReadProgress {
public:
    explicit ReadProgress(bool enabled) : m_enabled(enabled), m_terminal(::isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }
    void show(qint64 entries, const QString &phase)
    {
        const qint64 now = m_clock.elapsed();
        if (!m_enabled || (m_last >= 0 && now - m_last < 1000))
            return;
        m_last = now;
        const QString line = QLatin1String(programName) + QStringLiteral(": platform: ")
                             + PlatformCommand::tr("%1 (%L2 entries read)").arg(phase).arg(entries);
        if (m_terminal) {
            printTo(stderr, u'\r' + line + QStringLiteral("\x1b[K"));
            m_open = true;
        } else {
            printTo(stderr, line + u'\n');
        }
    }
    void clear()
    {
        if (m_open)
            printTo(stderr, QStringLiteral("\r\x1b[K"));
        m_open = false;
    }

private:
    bool m_enabled;
    bool m_terminal;
    bool m_open = false;
    qint64 m_last = -1;
    QElapsedTimer m_clock;
};

/// The columns \a text takes on a terminal: East Asian wide letters ("山田 太郎") take two, so
/// that the table's columns stay aligned.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                          || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

/// Edit distance of two short strings (names typed by hand): for "did you mean".
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// The bind password for --ldap: ROLEDESK_LDAP_PASSWORD, else --password-file's first line.
/// Empty with \a why set when it cannot be had; empty alone when none was given.
QString ldapPassword(const QCommandLineParser &parser, QString *why)
{
    if (parser.isSet(kPasswordFile)) {
        const QString path = parser.value(kPasswordFile);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *why = PlatformCommand::tr("cannot read the password file %1: %2").arg(cli::absolutePath(path), f.errorString());
            return {};
        }
        QString password = QString::fromUtf8(f.readAll());
        password = password.left(password.indexOf(u'\n') < 0 ? password.size() : password.indexOf(u'\n'));
        if (password.endsWith(u'\r'))
            password.chop(1);
        if (password.isEmpty())
            *why = PlatformCommand::tr("the password file %1 is empty").arg(cli::absolutePath(path));
        return password;
    }
    return QProcessEnvironment::systemEnvironment().value(QLatin1String(kPasswordVariable));
}

} // namespace

QStringList PlatformCommand::subcommands()
{
    return {QStringLiteral("who-can"), QStringLiteral("what-can"), QStringLiteral("evaluate"), QStringLiteral("check"),
            QStringLiteral("roles")};
}

ExitCode CliApp::runPlatform(const QStringList &arguments)
{
    return PlatformCommand::run(arguments);
}

ExitCode PlatformCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(QLatin1String(programName) + QStringLiteral(" platform ") + sub);
    if (sub == u"who-can")
        return whoCan(rest);
    if (sub == u"what-can")
        return whatCan(rest);
    if (sub == u"evaluate")
        return evaluate(rest);
    if (sub == u"check")
        return check(rest);
    if (sub == u"roles")
        return roles(rest);
    if (sub.isEmpty() || sub == u"-h" || sub == u"--help") {
        const QString text = tr(
            "Usage: %1 platform <subcommand> [options]\n"
            "\n"
            "Platform roles (EDB Hybrid Manager): who holds which role and permission, in which scope, and why,\n"
            "from a platform file (YAML: organization, projects, people, manual assignments, role mapping rules)\n"
            "and, optionally, a directory of people and groups (an import file or LDAP).\n"
            "\n"
            "Subcommands (each has its own --help):\n"
            "  who-can PERMISSION   who holds a permission (in --project, or anywhere), with why\n"
            "  what-can PERSON      what a person may do, per scope, with why\n"
            "  evaluate             every role grant: manual assignments and what each rule gives\n"
            "  check                compare with an expectations file; exit 1 on any difference (for CI)\n"
            "  roles                the platform's roles x permissions matrix\n"
            "\n"
            "Examples:\n"
            "  %1 platform who-can \"Assign project roles\" --file acme.yaml --project ml\n"
            "  %1 platform what-can alice --file acme.yaml --directory people.json --format csv\n"
            "  ROLEDESK_LDAP_PASSWORD=secret %1 platform evaluate --file acme.yaml --ldap\n"
            "  %1 platform check --file acme.yaml --expect expect.yaml\n"
            "  %1 platform roles --format json -o matrix.json\n")
                .arg(QLatin1String(programName));
        printTo(sub.isEmpty() ? stderr : stdout, text + u'\n' + CliApp::exitCodesHelp());
        return sub.isEmpty() ? ExitCode::Usage : ExitCode::Success;
    }
    return CliApp::usageError(QStringLiteral("platform"), tr("unknown subcommand \"%1\" (expected one of %2)")
                                                               .arg(sub, subcommands().join(QStringLiteral(", "))));
}

void PlatformCommand::addOptions(QCommandLineParser &parser, bool platformFile, bool answers)
{
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    if (answers) {
        parser.addOption({{QStringLiteral("f"), kFormat}, tr("Output format: text (default), csv or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
        parser.addOption({{QStringLiteral("o"), kOutput},
                          tr("Write to FILE instead of standard output (a regular file is replaced only when complete)."),
                          QStringLiteral("FILE")});
    }
    if (!platformFile)
        return;
    parser.addOption({{kFile, QStringLiteral("platform-file")}, tr("The platform file (YAML): organization, projects, people, assignments, rules."),
                      QStringLiteral("FILE")});
    parser.addOption({kDirectory,
                      tr("Read people and groups from this import file (CSV: id,name,kind,groups; or JSON) instead "
                         "of the directory the platform file names."),
                      QStringLiteral("FILE")});
    parser.addOption({kLdap, tr("Read people and groups from the LDAP directory of the platform file's "
                                "\"directory: ldap:\" section. The bind password comes from the environment "
                                "variable %1 or --password-file, never from the command line.")
                                 .arg(QLatin1String(kPasswordVariable))});
    parser.addOption({kLdapUrl, tr("--ldap: this server instead of the file's (ldap://host:port or ldaps://host:port)."),
                      QStringLiteral("URL")});
    parser.addOption({kBindDn, tr("--ldap: bind as this DN instead of the file's (empty: anonymous)."), QStringLiteral("DN")});
    parser.addOption({kBaseDn, tr("--ldap: search below this DN instead of the file's."), QStringLiteral("DN")});
    parser.addOption({kCaFile, tr("--ldap: CA certificate file for ldaps:// and StartTLS (default: the file's ca_file, else the system's)."),
                      QStringLiteral("FILE")});
    parser.addOption({kPasswordFile, tr("--ldap: read the bind password from the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({kProvider, tr("The identity provider the directory's people sign in through (default: the "
                                    "file's directory provider)."),
                      QStringLiteral("NAME")});
    parser.addOption({kProgress, tr("Show the LDAP read's progress on standard error even when it is not a terminal.")});
    parser.addOption({kNoProgress, tr("Never show progress (by default shown when standard error is a terminal).")});
}

std::optional<ExitCode> PlatformCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                                               const QString &sub, const QString &usage, const QString &examples,
                                               int positional, bool platformFile)
{
    const QString command = QStringLiteral("platform ") + sub;
    if (!parser.parse(arguments))
        return CliApp::usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliApp::printHelp(parser, QLatin1String(programName) + u' ' + command + (usage.isEmpty() ? QString() : u' ' + usage),
                          examples);
        return ExitCode::Success;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < positional)
        return CliApp::usageError(command, tr("missing argument: %1").arg(usage.section(u' ', 0, 0)));
    if (args.size() > positional)
        return CliApp::usageError(command, tr("unexpected argument \"%1\"").arg(args.at(positional)));
    if (!platformFile)
        return std::nullopt;
    if (!parser.isSet(kFile))
        return CliApp::usageError(command, tr("no platform file given (--file FILE)"));
    if (parser.isSet(kDirectory) && parser.isSet(kLdap))
        return CliApp::usageError(command, tr("--directory and --ldap cannot be used together"));
    for (const QString &o : {kLdapUrl, kBindDn, kBaseDn, kCaFile, kPasswordFile}) {
        if (parser.isSet(o) && !parser.isSet(kLdap))
            return CliApp::usageError(command, tr("--%1 needs --ldap").arg(o));
    }
    return std::nullopt;
}

std::optional<ExitCode> PlatformCommand::outputFormat(const QCommandLineParser &parser, const QString &sub,
                                                      QString *format)
{
    *format = parser.value(kFormat).toLower();
    if (*format == u"text" || *format == u"csv" || *format == u"json")
        return std::nullopt;
    return CliApp::usageError(QStringLiteral("platform ") + sub,
                              tr("unknown format \"%1\" (expected text, csv or json)").arg(parser.value(kFormat)));
}

ExitCode PlatformCommand::prepare(const QCommandLineParser &parser, const QString &sub, PlatformRun &run)
{
    const ExitCode loaded = loadFile(parser, run);
    return loaded == ExitCode::Success ? readDirectory(parser, sub, run) : loaded;
}

ExitCode PlatformCommand::loadForCommand(const QCommandLineParser &options, bool needLogins,
                                         std::optional<PlatformRun> &loaded)
{
    if (!options.isSet(QStringLiteral("platform-file")))
        return ExitCode::Success;
    const QString path = options.value(QStringLiteral("platform-file"));
    PlatformRun &run = loaded.emplace();
    // The same steps and messages as `platform ... --file PATH`, without directory options.
    QCommandLineParser parser;
    addOptions(parser, true, false);
    parser.parse({QLatin1String(cli::programName), QStringLiteral("--file"), path});
    if (const ExitCode code = loadFile(parser, run); code != ExitCode::Success)
        return code;
    if (needLogins && run.file.logins.isEmpty())
        CliApp::printError(tr("warning: %1 has no \"logins\" section: no login is anybody's").arg(cli::absolutePath(path)));
    if (run.file.directory.kind != PlatformDirectorySource::Kind::Ldap)
        return readDirectory(parser, QStringLiteral("file"), run);
    // These commands take no LDAP options: never a network read (and a password) unasked.
    CliApp::printError(tr("note: %1 names an LDAP directory, which this command does not read; only the file's "
                          "people are taken into account")
                           .arg(cli::absolutePath(path)));
    run.evaluation = PlatformEvaluation::evaluate(*run.definition, run.file, nullptr);
    return ExitCode::Success;
}

ExitCode PlatformCommand::loadFile(const QCommandLineParser &parser, PlatformRun &run)
{
    run.path = parser.value(kFile);
    const PlatformFileLoad load = PlatformFileFormat::load(run.path);
    if (!load.ok()) {
        CliApp::printError(load.error);
        return ExitCode::PlatformInvalid;
    }
    run.file = load.file;
    for (const QString &w : load.warnings)
        CliApp::printError(tr("warning: %1").arg(cli::oneLine(w)));
    if (!run.file.definitionId.isEmpty() && !PlatformDefinition::builtinIds().contains(run.file.definitionId)) {
        CliApp::printError(tr("%1: unknown platform \"%2\" (known: %3)")
                               .arg(cli::absolutePath(run.path), run.file.definitionId,
                                    PlatformDefinition::builtinIds().join(QStringLiteral(", "))));
        return ExitCode::PlatformInvalid;
    }
    run.definition = &PlatformDefinition::builtin(run.file.definitionId);
    return ExitCode::Success;
}

ExitCode PlatformCommand::readDirectory(const QCommandLineParser &parser, const QString &sub, PlatformRun &run)
{
    const QString command = QStringLiteral("platform ") + sub;
    const PlatformDirectorySource &source = run.file.directory;
    const QString provider = parser.isSet(kProvider) ? parser.value(kProvider) : source.provider;
    DirectoryLoad read;
    if (parser.isSet(kLdap)) {
        LdapSettings settings = LdapSettings::fromSource(source, run.path);
        settings.provider = provider;
        if (parser.isSet(kLdapUrl))
            settings.url = parser.value(kLdapUrl);
        if (parser.isSet(kBindDn))
            settings.bindDn = parser.value(kBindDn);
        if (parser.isSet(kBaseDn))
            settings.baseDn = parser.value(kBaseDn);
        if (parser.isSet(kCaFile))
            settings.caFile = parser.value(kCaFile);
        if (settings.url.isEmpty())
            return CliApp::usageError(command, tr("--ldap: %1 has no \"directory: ldap:\" section; give --ldap-url "
                                                  "and --base-dn")
                                                   .arg(cli::absolutePath(run.path)));
        QString why;
        settings.password = ldapPassword(parser, &why);
        if (!why.isEmpty()) {
            CliApp::printError(why);
            return ExitCode::DirectoryFailed;
        }
        if (!settings.bindDn.isEmpty() && settings.password.isEmpty())
            return CliApp::usageError(command, tr("--ldap: no password to bind as %1: set the environment variable %2 "
                                                  "or give --password-file FILE")
                                                   .arg(settings.bindDn, QLatin1String(kPasswordVariable)));
        const bool showProgress = !parser.isSet(kNoProgress)
                                  && (parser.isSet(kProgress) || ::isatty(STDERR_FILENO) == 1);
        ReadProgress meter(showProgress);
        // Ctrl+C stops the read between pages; nothing has been written yet.
        const cli::InterruptGuard interrupt;
        read = LdapReader::read(settings, [&](qint64 entries, const QString &phase) { meter.show(entries, phase); },
                                &interrupt.flag());
        meter.clear();
        if (read.cancelled || interrupt.raised())
            return interrupt.stop(tr("interrupted while reading the directory; nothing was written"));
    } else if (parser.isSet(kDirectory)) {
        read = DirectoryImport::load(parser.value(kDirectory), provider);
    } else if (source.kind == PlatformDirectorySource::Kind::Ldap) {
        // Never a network read (and a password) unasked; but the answer lacks the directory's people.
        CliApp::printError(tr("note: %1 names an LDAP directory, which is read only with --ldap; the answers "
                              "know only the file's people")
                               .arg(cli::absolutePath(run.path)));
    } else if (source.kind == PlatformDirectorySource::Kind::Import) {
        // The file names its import relative to itself, wherever the command runs.
        const QString path = QFileInfo(source.importPath).isRelative()
                                 ? QFileInfo(run.path).dir().filePath(source.importPath)
                                 : source.importPath;
        read = DirectoryImport::load(path, provider);
    }
    if (parser.isSet(kLdap) || parser.isSet(kDirectory) || source.kind == PlatformDirectorySource::Kind::Import) {
        if (!read.ok()) {
            CliApp::printError(read.error.isEmpty() ? tr("the directory could not be read") : read.error);
            return ExitCode::DirectoryFailed;
        }
        run.directory = read.directory;
        for (const QString &w : std::as_const(run.directory->warnings))
            CliApp::printError(tr("warning: %1").arg(cli::oneLine(w)));
    }
    run.evaluation = PlatformEvaluation::evaluate(*run.definition, run.file, run.directoryOrNull());
    return ExitCode::Success;
}

ExitCode PlatformCommand::write(const QCommandLineParser &parser, const QByteArray &bytes)
{
    const QString path = parser.value(kOutput);
    if (!path.isEmpty() && path != u"-") {
        OutputFile out(path);
        if (!out.open()) {
            CliApp::printError(cli::openFailure(path, out.errorString()));
            return ExitCode::OutputFailed;
        }
        if (out.write(bytes) != bytes.size() || !out.commit()) {
            CliApp::printError(CliApp::tr("could not write %1: %2").arg(cli::absolutePath(path), out.errorString()));
            return ExitCode::OutputFailed;
        }
        return ExitCode::Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        CliApp::printError(CliApp::tr("could not write to standard output: %1").arg(out.errorString()));
        return ExitCode::OutputFailed;
    }
    return ExitCode::Success;
}

void PlatformCommand::printProblems(const PlatformRun &run)
{
    for (const QString &p : run.evaluation.problems())
        CliApp::printError(tr("problem: %1").arg(cli::oneLine(p)));
}

QString PlatformCommand::closeMatches(const QString &key, const QStringList &candidates)
{
    const QString k = key.toLower();
    QList<std::pair<int, QString>> scored;
    for (const QString &c : candidates) {
        const QString l = c.toLower();
        // A part of the name typed ("users") is as close as a typo.
        const int d = l.contains(k) || k.contains(l) ? 0 : distance(k, l);
        if (d <= std::max<qsizetype>(2, k.size() / 4)
            && std::none_of(scored.begin(), scored.end(), [&](const auto &s) { return s.second == c; }))
            scored.append({d, c});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < scored.size() && i < 5; ++i)
        out << u'"' + scored.at(i).second + u'"';
    return out.join(QStringLiteral(", "));
}

const PlatformPermission *PlatformCommand::findPermission(const PlatformDefinition &definition, const QString &key,
                                                          QString *why)
{
    if (const PlatformPermission *p = definition.permission(key))
        return p;
    QStringList names;
    for (const PlatformPermission &p : definition.permissions)
        names << p.name;
    const QString close = closeMatches(key, names);
    *why = close.isEmpty()
               ? tr("unknown permission \"%1\" (run \"%2 platform roles\" to list them)").arg(key, QLatin1String(programName))
               : tr("unknown permission \"%1\"; did you mean %2?").arg(key, close);
    return nullptr;
}

QString PlatformCommand::findPerson(const PlatformRun &run, const QString &key, QString *why)
{
    const QStringList &people = run.evaluation.people();
    if (people.contains(key))
        return key;
    QStringList byId, byName, candidates;
    for (const QString &id : people) {
        const QString name = personName(run, id);
        if (id.compare(key, Qt::CaseInsensitive) == 0)
            byId << id;
        else if (!name.isEmpty() && name.compare(key, Qt::CaseInsensitive) == 0)
            byName << id;
        candidates << id;
        if (!name.isEmpty())
            candidates << name;
    }
    const QStringList found = byId.isEmpty() ? byName : byId;
    if (found.size() == 1)
        return found.front();
    if (found.size() > 1) {
        *why = tr("\"%1\" names %2 people: %3; give the id").arg(key).arg(found.size()).arg(found.join(QStringLiteral(", ")));
        return {};
    }
    const QString close = closeMatches(key, candidates);
    *why = close.isEmpty() ? tr("unknown person \"%1\": not in the platform file nor the directory").arg(key)
                           : tr("unknown person \"%1\"; did you mean %2?").arg(key, close);
    return {};
}

bool PlatformCommand::knownProject(const PlatformFile &file, const QString &project, QString *why)
{
    if (file.projects.contains(project))
        return true;
    const QString close = closeMatches(project, file.projects);
    *why = close.isEmpty() ? tr("unknown project \"%1\" (the file's projects: %2)")
                                 .arg(project, file.projects.join(QStringLiteral(", ")))
                           : tr("unknown project \"%1\"; did you mean %2?").arg(project, close);
    return false;
}

QString PlatformCommand::personName(const PlatformRun &run, const QString &person)
{
    for (const PlatformPerson &p : run.file.people) {
        if (p.id == person && !p.name.isEmpty())
            return p.name;
    }
    if (run.directory) {
        for (const DirectoryPerson &p : run.directory->people) {
            if (p.id == person)
                return p.name;
        }
    }
    return {};
}

QString PlatformCommand::sourceWhy(const PlatformRoleGrant &grant)
{
    if (grant.source == PlatformRoleGrant::Source::Manual)
        return tr("manual");
    if (grant.groupPath.isEmpty())
        return tr("rule \"%1\"").arg(grant.rule);
    return tr("rule \"%1\" via %2").arg(grant.rule, PlatformExport::viaText(grant.groupPath));
}

QString PlatformCommand::grantWhy(const PlatformDefinition &definition, const PlatformRoleGrant &grant)
{
    const PlatformRole *role = definition.role(grant.role);
    const QString name = role ? role->name : grant.role;
    return (grant.project.isEmpty() ? name : tr("%1 of %2").arg(name, grant.project)) + QStringLiteral(" (")
           + sourceWhy(grant) + u')';
}

QString PlatformCommand::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> width(header.size());
    for (qsizetype c = 0; c < header.size(); ++c)
        width[c] = displayWidth(header.at(c));
    for (const QStringList &r : rows) {
        for (qsizetype c = 0; c < r.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], displayWidth(r.at(c)));
    }
    const auto line = [&](const QStringList &r) {
        QString out;
        for (qsizetype c = 0; c < r.size(); ++c)
            out += c + 1 == r.size() ? r.at(c)
                                     : r.at(c) + QString(width[c] - displayWidth(r.at(c)) + 2, u' ');
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(header);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

} // namespace roledesk
