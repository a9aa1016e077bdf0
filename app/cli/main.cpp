#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoleDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));
    roledesk::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
