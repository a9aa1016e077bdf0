#pragma once

// The Schema groups page over real widgets and a live database, one test class in two files:
// tst_schemagroupspage_fixture.cpp (the databases, users and groups; opening a session, applying
// and finding cells) and tst_schemagroupspage.cpp (the test slots).

#include "common/messagebar.h"
#include "groups/groupmembertree.h"
#include "groups/groupdriftpanel.h"
#include "groups/groupoperationsbar.h"
#include "groups/schemagroupspage.h"
#include "models/modelspage.h"
#include "models/schemagroupmatrixmodel.h"
#include "pg/identifier.h"
#include "plan/sqlgenerator.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "slpm/groupoperations.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QTabWidget>
#include <QTimer>
#include <QDropEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace sgpage {

inline const QString kDb = QStringLiteral("sgpage_db");
inline const QString kSpmDb = QStringLiteral("sgpage_spm_db");
inline const QStringList kUsers = {QStringLiteral("sgp_ann"), QStringLiteral("sgp_bob"), QStringLiteral("sgp_cat"),
                                   QStringLiteral("sgp_dan"), QStringLiteral("sgp_newbie")};

inline QString group(const QString &rest)
{
    return kDb + u'.' + rest;
}

} // namespace sgpage

/// The schema groups page on real widgets over sgpage_db with slpm_ce enabled and migrated: the
/// title names SLPM, cells show direct and inherited levels, keys and the level editor put the
/// exact CALL slpm_grant / slpm_revoke statements in the pending plan, applying them shows the new
/// level, a drop on a group adds the users, New user refuses reserved names; a database without
/// slpm_ce shows the standard title.
class TstSchemaGroupsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void titleAndCells();
    void keyGrantsAndApplies();
    void editorChangesWriterToViewer();
    void adminKeyAndWrongColumn();
    void dropOnGroupAddsUsers();
    void newUser();
    void newUserDialog();
    void mainWindowTab();
    void filterUsers();
    void databaseWithoutGroups();
    void spmDatabase();
    void cleanupTestCase();

private:
    void dropFixture();
    bool open(roledesk::Session &session, const QString &database = sgpage::kDb);
    bool applyAndWait(roledesk::Session &session);
    QModelIndex cell(roledesk::SchemaGroupsPage &page, const QString &user, const QString &schema) const;
    int column(roledesk::SchemaGroupsPage &page, const QString &schema) const;

    roledesk::pg::Connection m_root;
    roledesk::pg::Connection m_conn;
    QString m_superuser;
};
