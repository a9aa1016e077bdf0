#include "roledeskapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoleDesk"));
    QApplication::setOrganizationName(QStringLiteral("RoleDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));
    roledesk::RoleDeskApp roledesk(app);
    return roledesk.run();
}
