#include "cliapp.h"

#include "catalogues.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoleDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));
    // The system's language (LANG, LC_ALL); LC_ALL=C reads English, as scripts want.
    roledesk::installCatalogues(QLocale::system(), QStringLiteral(":/i18n"), &app);
    roledesk::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
