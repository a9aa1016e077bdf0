#include "cliapp.h"

#include "catalogues.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `report` writes PDF, whose fonts need a QGuiApplication; on the offscreen platform unless
    // told otherwise, so that it runs on machines without a display. Every other command keeps
    // a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A headless account (cron, CI, root) often has no XDG_RUNTIME_DIR; Qt then says so while
        // starting, which is noise on a command's stderr: that one message is dropped.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("XDG_RUNTIME_DIR")))
                previous(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoleDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));
    // The system's language (LANG, LC_ALL); LC_ALL=C reads English, as scripts want.
    roledesk::installCatalogues(QLocale::system(), QStringLiteral(":/i18n"), app.get());
    roledesk::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
