#include "roledeskapp.h"

#include "audit/lintdialog.h"
#include "models/lintviolationmodel.h"
#include "common/windowgeometry.h"
#include "privileges/lineagepanel.h"
#include "window/interfacelanguage.h"
#include "window/mainwindow.h"
#include "privileges/matrixeditactions.h"
#include "privileges/matrixpage.h"
#include "models/inferencepanel.h"
#include "models/modelaccesspage.h"
#include "models/modelspage.h"
#include "platform/platformgridview.h"
#include "platform/platformpage.h"
#include "platform/platformpersonview.h"
#include "people/personpage.h"
#include "common/messagebar.h"
#include "privileges/effectiverights.h"
#include "roles/roledialog.h"
#include "window/session.h"
#include "models/privilegematrixmodel.h"
#include "store/journal.h"
#include "store/passwordvault.h"
#include "store/profilestore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace roledesk {

RoleDeskApp::RoleDeskApp(QApplication &app)
    : m_app(app)
{
}

RoleDeskApp::~RoleDeskApp() = default;

int RoleDeskApp::run()
{
    // The remembered language (the system's by default) before any text is made; --language
    // below may replace it for this run.
    m_language = std::make_unique<InterfaceLanguage>();
    m_language->apply(InterfaceLanguage::saved(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RoleDesk: who can do what in a PostgreSQL database, and why.\n\n"
           "Without options the window opens with the Connect dialog. The window's size and panels "
           "are remembered between runs (not in --screenshot mode); profiles live in the local "
           "workspace (%1).").arg(Workspace::defaultPath()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dsn(QStringLiteral("dsn"),
                                 tr("Connect at start to DSN (a libpq URI or key=value string), without the dialog."),
                                 tr("DSN"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Once the first snapshot is shown, save the window to FILE (PNG) and quit."),
                                        tr("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Select the matrix cell of ROLE and OBJECT (name or schema.name) once loaded."),
                                    tr("ROLE,OBJECT"));
    const QCommandLineOption page(QStringLiteral("page"), tr("Show this page: privileges, memberships, defaults (default privileges), models (the in-database models; "
                                     "--select MODEL selects one), modelaccess (who holds which model role and may use which model), inference (a checked server, test"
                                     " inferences and an access test on --select MODEL[,ROLE...]), groups (the schema groups of SLPM / SPM: users by"
                                     " admin and schema, and each group's members), platform (platform roles of the --platform-file file; --select PERMISSION[,PERSON]"
                                     " shows the permission's holders and the person's roles), person (one person across every layer: --select PERSON[,all], a person of"
                                     " the --platform-file file or, without one, a login; all: every database of the server), lint (Check separation of duties, with the"
                                     " --platform-file file's people; --select LOGIN selects its first violation), or roledialog (the role dialog for the --select role)."),
                                  tr("PAGE"));
    const QCommandLineOption edit(QStringLiteral("edit"),
                                  tr("Once loaded, add a pending edit: grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...] "
                                     "(ROLE PUBLIC for PUBLIC; repeatable), e.g. for screenshots."),
                                  tr("EDIT"));
    const QCommandLineOption saveProfile(QStringLiteral("save-profile"),
                                         tr("Save the --dsn connection as the connection profile NAME (replacing one of that "
                                            "name; the password, if any, is left out) and exit without opening the window."),
                                         tr("NAME"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Use this interface language for this run, without remembering it: en, ja "
                                         "or zh_CN (View ▸ Language changes it for good)."),
                                      tr("LANGUAGE"));
    const QCommandLineOption platform(QStringLiteral("platform-file"),
                                      tr("Open this platform file (YAML) on the Platform page at start; no database needed for it."),
                                      tr("FILE"));
    parser.addOptions({dsn, screenshot, select, page, edit, saveProfile, language, platform});
    parser.process(m_app);
    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        if (code.isEmpty() || !InterfaceLanguage::isKnown(code)) {
            std::fprintf(stderr, "roledesk: %s\n",
                         qPrintable(tr("unknown language \"%1\" for --language; valid languages: en, ja, zh_CN")
                                        .arg(code)));
            return 2;
        }
        m_language->apply(code, false);
    }

    m_screenshot = parser.value(screenshot);
    m_select = parser.value(select).split(u',', Qt::SkipEmptyParts);
    m_page = parser.value(page);
    m_edits = parser.values(edit);

    static const QStringList pages{QStringLiteral("privileges"), QStringLiteral("memberships"),
                                   QStringLiteral("defaults"),   QStringLiteral("models"),
                                   QStringLiteral("modelaccess"), QStringLiteral("inference"),
                                   QStringLiteral("groups"),      QStringLiteral("roledialog"),
                                   QStringLiteral("platform"),   QStringLiteral("person"),
                                   QStringLiteral("lint")};
    if (parser.isSet(page) && !pages.contains(m_page)) {
        std::fprintf(stderr, "roledesk: %s\n",
                     qPrintable(tr("unknown page \"%1\" for --page; valid pages: %2")
                                    .arg(m_page, pages.join(QStringLiteral(", ")))));
        return 2;
    }
    if (parser.isSet(saveProfile))
        return saveProfileAndExit(parser.value(saveProfile), parser.isSet(dsn) ? parser.value(dsn) : QString());

    m_workspace = std::make_unique<Workspace>();
    const StoreError opened = m_workspace->open();
    if (opened.message.isEmpty())
        m_store = std::make_unique<ProfileStore>(m_workspace.get());
    else
        std::fprintf(stderr, "roledesk: %s\n", qPrintable(opened.message));
    m_vault = std::make_unique<PasswordVault>();

    m_window = std::make_unique<MainWindow>(m_store.get(), m_vault.get());
    m_window->setInterfaceLanguage(m_language.get());
    connect(m_language.get(), &InterfaceLanguage::languageChanged, this, &RoleDeskApp::rebuildWindow,
            Qt::QueuedConnection); // after the menu that chose it has closed
    if (opened.message.isEmpty()) {
        m_journal = std::make_unique<Journal>(m_workspace.get());
        m_window->session()->setJournal(m_journal.get());
    }
    connect(m_window.get(), &MainWindow::snapshotShown, this, &RoleDeskApp::onSnapshotShown);
    if (m_page == QLatin1String("memberships"))
        m_window->showPage(MainWindow::Page::Memberships);
    if (parser.isSet(platform))
        m_window->platformPage()->openFile(parser.value(platform), false);
    // Screenshots for the documentation keep the fitted first size, whatever the last run left.
    const bool keepLayout = m_screenshot.isEmpty();
    if (keepLayout) {
        QSettings settings;
        restoreWindowLayout(m_window.get(), settings);
    }
    m_window->show();

    if (!m_screenshot.isEmpty()) {
        // A failed load still yields a picture (of the message bar) and a non-zero exit.
        connect(m_window->session(), &Session::loadFailed, this, [this](const pg::Error &e) {
            std::fprintf(stderr, "roledesk: %s\n", qPrintable(e.toString()));
            QTimer::singleShot(300, this, [this] {
                grabAndQuit();
                m_app.exit(1);
            });
        });
        QTimer::singleShot(120000, this, [this] {
            std::fprintf(stderr, "roledesk: no snapshot after two minutes\n");
            m_app.exit(2);
        });
    }

    if (parser.isSet(dsn))
        m_window->connectTo({{QStringLiteral("dbname"), parser.value(dsn)}});
    else if (m_screenshot.isEmpty())
        QTimer::singleShot(0, m_window.get(), &MainWindow::showConnectDialog);

    const int code = m_app.exec();
    if (keepLayout) {
        QSettings settings;
        saveWindowLayout(m_window.get(), settings);
    }
    m_window.reset(); // stops the loader thread before the workspace goes
    return code;
}

void RoleDeskApp::rebuildWindow()
{
    // Running work (a load, an apply, a model task, an inference) is not cut short: the new
    // language shows once it has ended.
    if (m_window->isBusy()) {
        if (std::exchange(m_rebuildWaiting, true))
            return; // already waiting
        m_window->statusBar()->showMessage(tr("The language changes when the running task ends."), 5000);
        QTimer::singleShot(500, this, [this] {
            m_rebuildWaiting = false;
            rebuildWindow();
        });
        return;
    }
    std::unique_ptr<MainWindow> old = std::move(m_window);
    m_window = old->rebuilt();
    m_window->show();
    old.reset();
}

int RoleDeskApp::saveProfileAndExit(const QString &name, const QString &dsn)
{
    if (dsn.isEmpty()) {
        std::fprintf(stderr, "roledesk: %s\n", qPrintable(tr("--save-profile needs --dsn")));
        return 2;
    }
    Workspace workspace;
    StoreError error = workspace.open();
    if (error.message.isEmpty()) {
        ConnectionProfile profile = ConnectionProfile::fromConnectOptions({{QStringLiteral("dbname"), dsn}});
        profile.name = name;
        error = ProfileStore(&workspace).save(profile);
        if (error.message.isEmpty()) {
            std::printf("%s\n", qPrintable(tr("Saved the connection profile \"%1\" (%2) in %3.")
                                                .arg(name, profile.summary(), workspace.path())));
            return 0;
        }
    }
    std::fprintf(stderr, "roledesk: %s\n", qPrintable(error.message));
    return 1;
}

void RoleDeskApp::onSnapshotShown()
{
    const QStringList edits = std::exchange(m_edits, {}); // once: applying refreshes the snapshot
    for (const QString &e : edits) {
        const qsizetype colon = e.indexOf(u':');
        const QStringList parts = e.mid(colon + 1).split(u',');
        Privileges privileges;
        if (parts.size() == 3)
            for (const QString &word : parts.at(2).split(u'+'))
                for (Privilege p : allPrivileges())
                    if (privilegeKeyword(p).compare(word.trimmed(), Qt::CaseInsensitive) == 0)
                        privileges |= p;
        MatrixPage *matrix = m_window->matrixPage();
        if (colon < 0 || parts.size() != 3 || !privileges || !matrix->selectCell(parts.at(0), parts.at(1))) {
            std::fprintf(stderr, "roledesk: --edit: cannot apply %s\n", qPrintable(e));
            continue;
        }
        const QModelIndex cell = matrix->view()->currentIndex();
        const EditTarget target{cell.data(PrivilegeMatrixModel::GranteeRole).toString(),
                                cell.data(PrivilegeMatrixModel::ObjectIndexRole).toInt()};
        const bool grant = e.startsWith(QLatin1String("grant"));
        m_window->matrixEditActions()->perform(grant ? MatrixEditActions::Operation::Grant
                                                     : MatrixEditActions::Operation::Revoke,
                                               {target}, privileges);
    }
    const bool modelPage = m_page == QLatin1String("models") || m_page == QLatin1String("inference")
                           || m_page == QLatin1String("modelaccess") || m_page == QLatin1String("groups")
                           || m_page == QLatin1String("platform") || m_page == QLatin1String("person")
                           || m_page == QLatin1String("lint");
    if (!modelPage && m_select.size() == 2 && !m_window->matrixPage()->selectCell(m_select.at(0).trimmed(), m_select.at(1).trimmed()))
        std::fprintf(stderr, "roledesk: --select: no cell for %s\n", qPrintable(m_select.join(u',')));
    if (m_page == QLatin1String("memberships"))
        m_window->showPage(MainWindow::Page::Memberships);
    if (m_page == QLatin1String("defaults"))
        m_window->showPage(MainWindow::Page::DefaultPrivileges);
    if (m_page == QLatin1String("groups"))
        m_window->showPage(MainWindow::Page::Groups);
    if (m_page == QLatin1String("platform")) {
        m_window->showPage(MainWindow::Page::Platform);
        PlatformPage *platform = m_window->platformPage();
        if (!m_select.isEmpty() && !platform->gridView()->selectPermission(m_select.at(0).trimmed()))
            std::fprintf(stderr, "roledesk: --select: no permission %s\n", qPrintable(m_select.at(0)));
        if (m_select.size() > 1 && !platform->personView()->setPerson(m_select.at(1).trimmed()))
            std::fprintf(stderr, "roledesk: --select: no person %s\n", qPrintable(m_select.at(1)));
    }
    if (m_page == QLatin1String("person")) {
        // The picture waits for the person's profile (and, with "all", for every database).
        m_window->showPage(MainWindow::Page::Person);
        PersonPage *page = m_window->personPage();
        const bool all = m_select.value(1).trimmed() == QLatin1String("all");
        const auto grab = [this] {
            if (!m_screenshot.isEmpty())
                QTimer::singleShot(300, this, [this] {
                    grabAndQuit();
                    m_app.quit();
                });
        };
        if (all) // the profile of every database is worked out once the sweep has ended
            connect(page, &PersonPage::sweepFinished, this, [this, page, grab] {
                connect(page, &PersonPage::profileShown, this, grab, Qt::SingleShotConnection);
            }, Qt::SingleShotConnection);
        else
            connect(page, &PersonPage::profileShown, this, grab, Qt::SingleShotConnection);
        // The page takes the snapshot after this slot (its people may be the snapshot's logins).
        QTimer::singleShot(0, this, [this, page, all] {
            if (!page->setPerson(m_select.value(0).trimmed()))
                std::fprintf(stderr, "roledesk: --select: no person %s\n", qPrintable(m_select.value(0)));
            if (all)
                page->readEveryDatabase();
        });
        return;
    }
    if (m_page == QLatin1String("lint")) {
        // Database ▸ Check separation of duties…: the picture of the dialog once its check has ended.
        auto *dialog = new LintDialog(m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resize(1200, 640);
        dialog->show();
        m_shotTarget = dialog;
        const QString login = m_select.value(0).trimmed();
        connect(dialog, &LintDialog::finished, this, [this, dialog, login] {
            QAbstractItemModel *rows = dialog->table()->model();
            for (int row = 0; row < rows->rowCount() && !login.isEmpty(); ++row)
                if (rows->index(row, LintViolationModel::LoginColumn).data().toString() == login) {
                    dialog->table()->setCurrentIndex(rows->index(row, 0));
                    break;
                }
            if (!m_screenshot.isEmpty())
                QTimer::singleShot(300, this, [this] {
                    grabAndQuit();
                    m_app.quit();
                });
        }, Qt::SingleShotConnection);
        dialog->check(m_window->session()->rights(), m_window->platformPage()->document());
        return;
    }
    if (m_page == QLatin1String("models") || m_page == QLatin1String("inference")) {
        m_window->showPage(MainWindow::Page::Models);
        // The page takes the snapshot after this slot: select once it has.
        const QString model = m_select.value(0).trimmed();
        QTimer::singleShot(0, this, [this, model] {
            if (!model.isEmpty())
                m_window->modelsPage()->selectModel(model);
        });
    }
    if (m_page == QLatin1String("modelaccess")) {
        m_window->showPage(MainWindow::Page::Models);
        m_window->modelsPage()->showSubPage(m_window->modelAccessPage());
    }
    if (m_page == QLatin1String("inference")) {
        // Show a checked server, a run of test inferences and an access test, then the picture.
        InferencePanel *panel = m_window->inferencePanel();
        m_window->modelsPage()->showSubPage(panel);
        const QString model = m_select.value(0).trimmed();
        auto pending = std::make_shared<int>(3);
        const auto done = [this, pending] {
            if (--*pending == 0 && !m_screenshot.isEmpty())
                QTimer::singleShot(300, this, [this] {
                    grabAndQuit();
                    m_app.quit();
                });
        };
        connect(panel, &InferencePanel::serverChecked, this, done, Qt::SingleShotConnection);
        connect(panel, &InferencePanel::inferenceFinished, this, done, Qt::SingleShotConnection);
        connect(panel, &InferencePanel::accessTested, this, done, Qt::SingleShotConnection);
        QTimer::singleShot(0, this, [panel, model] {
            panel->selectModel(model);
            panel->checkServer();
            panel->runInference(InferencePanel::Route::Database, QStringLiteral("Who may use this model?"), {}, 25);
        });
        const QStringList roles = m_select.mid(1); // --select MODEL,ROLE,...: the roles of the access test
        connect(panel, &InferencePanel::inferenceFinished, panel, [panel, roles] { panel->testAccess(roles); },
                Qt::SingleShotConnection);
        return;
    }
    if (m_page == QLatin1String("roledialog") && !m_shotTarget) {
        const SnapshotPtr snapshot = m_window->session()->rights()->snapshotPtr();
        int role = -1;
        for (int i = 0; i < snapshot->roles.size() && !m_select.isEmpty(); ++i)
            if (snapshot->roles.at(i).name == m_select.constFirst().trimmed())
                role = i;
        auto *dialog = new RoleDialog(snapshot, role, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setConnectOptions(m_window->session()->options());
        dialog->show();
        m_shotTarget = dialog;
    }
    if (!m_screenshot.isEmpty())
        QTimer::singleShot(500, this, [this] {
            grabAndQuit();
            m_app.quit();
        });
}

void RoleDeskApp::grabAndQuit()
{
    if (m_grabbed)
        return;
    m_grabbed = true;
    const QPixmap shot = m_shotTarget ? m_shotTarget->grab() : m_window->grab();
    if (!shot.save(m_screenshot, "PNG"))
        std::fprintf(stderr, "roledesk: could not write %s\n", qPrintable(m_screenshot));
}

} // namespace roledesk
