// The Platform page's models under QAbstractItemModelTester, against the shipped definition and
// the demo platform file: every grid cell as the definition says, grants with their why, the
// organization tree, people, assignments and rules.
#include "models/platformassignmentmodel.h"
#include "models/platformgrantmodel.h"
#include "models/platformgridmodel.h"
#include "models/platformorganizationmodel.h"
#include "models/platformpeoplemodel.h"
#include "models/platformrulemodel.h"
#include "platform/platformfile.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;

class TestPlatformModels : public QObject {
    Q_OBJECT
private:
    static QString demoPath()
    {
        return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform/acme.yaml");
    }
    static PlatformRoleGrant grant(const QString &person, const QString &role, const QString &project,
                                   const QString &rule = {}, const QStringList &path = {})
    {
        PlatformRoleGrant g;
        g.person = person;
        g.role = role;
        g.project = project;
        g.source = rule.isEmpty() ? PlatformRoleGrant::Source::Manual : PlatformRoleGrant::Source::Rule;
        g.rule = rule;
        g.groupPath = path;
        return g;
    }

private slots:
    void gridMatchesDefinition()
    {
        const PlatformDefinition &d = PlatformDefinition::builtin();
        PlatformGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDefinition(d);
        QCOMPARE(model.rowCount(), d.permissions.size());
        QCOMPARE(model.columnCount(), d.roles.size());
        // Organization roles first, then project roles: each group contiguous.
        bool seenProject = false;
        for (int c = 0; c < model.columnCount(); ++c) {
            const auto scope = PlatformScope(model.headerData(c, Qt::Horizontal, PlatformGridModel::ScopeRole).toInt());
            if (scope == PlatformScope::Project)
                seenProject = true;
            else
                QVERIFY2(!seenProject, "an organization role after a project role");
            const PlatformRole *r = d.role(model.headerData(c, Qt::Horizontal, PlatformGridModel::RoleIdRole).toString());
            QVERIFY(r);
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), r->abbreviation.isEmpty() ? r->name : r->abbreviation);
            const QString tip = model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(r->name) && tip.contains(PlatformGridModel::scopeText(r->scope)), qPrintable(tip));
        }
        int held = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString permission = model.headerData(row, Qt::Vertical, PlatformGridModel::PermissionIdRole).toString();
            QCOMPARE(permission, d.permissions.at(row).id);
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex cell = model.index(row, c);
                const QString role = cell.data(PlatformGridModel::RoleIdRole).toString();
                const bool holds = d.holds(role, permission);
                QCOMPARE(cell.data(PlatformGridModel::HeldRole).toBool(), holds);
                QCOMPARE(cell.data().toString().isEmpty(), !holds);
                held += holds;
            }
        }
        int expected = 0;
        for (const PlatformPermission &p : d.permissions)
            expected += int(p.holders.size());
        QCOMPARE(held, expected);
        QVERIFY(held > 0);
        QCOMPARE(model.rowOfPermission(d.permissions.last().id), int(d.permissions.size()) - 1);
        QCOMPARE(model.roleAt(model.columnOfRole(d.roles.first().id))->id, d.roles.first().id);
        QCOMPARE(model.columnOfRole(QStringLiteral("no-such-role")), -1);
    }

    void grantsOrderedByScopeWithWhy()
    {
        const PlatformDefinition &d = PlatformDefinition::builtin();
        const QString orgRole = d.roles.first().id;
        QString projectRole;
        for (const PlatformRole &r : d.roles)
            if (r.scope == PlatformScope::Project && projectRole.isEmpty())
                projectRole = r.id;
        PlatformGrantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlatformGrantModel::Names names;
        names.people.insert(QStringLiteral("zoe"), QStringLiteral("Zoë Ångström"));
        names.projects = {QStringLiteral("ml"), QStringLiteral("analytics")};
        model.setRoleGrants({grant(QStringLiteral("zoe"), projectRole, QStringLiteral("analytics"), QStringLiteral("eng view"),
                                   {QStringLiteral("data-eng"), QStringLiteral("engineering")}),
                             grant(QStringLiteral("zoe"), projectRole, QStringLiteral("ml")),
                             grant(QStringLiteral("zoe"), orgRole, {})},
                            d, names);
        QCOMPARE(model.rowCount(), 3);
        const int scope = model.columnOf(PlatformGrantModel::Column::Scope);
        const int why = model.columnOf(PlatformGrantModel::Column::Source);
        const int person = model.columnOf(PlatformGrantModel::Column::Person);
        // Organization, then the projects in the file's order (ml before analytics).
        QCOMPARE(model.index(0, scope).data().toString(), PlatformGrantModel::scopeText({}));
        QCOMPARE(model.index(1, scope).data().toString(), QStringLiteral("ml"));
        QCOMPARE(model.index(2, scope).data().toString(), QStringLiteral("analytics"));
        QCOMPARE(model.index(0, person).data().toString(), QStringLiteral("Zoë Ångström (zoe)"));
        QCOMPARE(model.index(1, why).data().toString(), PlatformGrantModel::tr("manual assignment"));
        const QString ruleWhy = model.index(2, why).data().toString();
        QVERIFY2(ruleWhy.contains(QStringLiteral("eng view")) && ruleWhy.contains(QStringLiteral("data-eng › engineering")),
                 qPrintable(ruleWhy));
        QVERIFY(model.index(2, 0).data(PlatformGrantModel::FromRuleRole).toBool());
        QVERIFY(!model.index(1, 0).data(PlatformGrantModel::FromRuleRole).toBool());
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), PlatformGrantModel::ruleTooltip(QStringLiteral("eng view")));
        QCOMPARE(model.index(2, 0).data(PlatformGrantModel::RuleRole).toString(), QStringLiteral("eng view"));
        QCOMPARE(model.index(0, 0).data(PlatformGrantModel::RoleIdRole).toString(), orgRole);

        // Permission grants take the permission's scope and name.
        PlatformPermissionGrant pg;
        pg.person = QStringLiteral("zoe");
        pg.permission = d.permissions.first().id;
        pg.because = grant(QStringLiteral("zoe"), orgRole, {});
        model.setColumns({PlatformGrantModel::Column::Permission, PlatformGrantModel::Column::Scope});
        model.setPermissionGrants({pg}, d, names);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), d.permissions.first().name);
        QCOMPARE(model.index(0, 0).data(PlatformGrantModel::PermissionIdRole).toString(), pg.permission);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void organizationTree()
    {
        PlatformOrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setOrganization(QStringLiteral("Acme"), {QStringLiteral("analytics"), QStringLiteral("ml")});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex org = model.index(0, 0);
        QCOMPARE(org.data().toString(), QStringLiteral("Acme"));
        QVERIFY(org.data(PlatformOrganizationModel::IsOrganizationRole).toBool());
        QCOMPARE(model.rowCount(org), 2);
        QCOMPARE(model.index(1, 0, org).data(PlatformOrganizationModel::ProjectRole).toString(), QStringLiteral("ml"));
        QCOMPARE(model.indexOfProject(QStringLiteral("ml")), model.index(1, 0, org));
        QCOMPARE(model.indexOfProject({}), org);
        QVERIFY(!model.indexOfProject(QStringLiteral("nope")).isValid());
        QCOMPARE(model.parent(model.index(0, 0, org)), org);
    }

    void demoFileTables()
    {
        const PlatformFileLoad load = PlatformFileFormat::load(demoPath());
        QVERIFY2(load.ok(), qPrintable(load.error));
        const PlatformDefinition &d = PlatformDefinition::builtin(load.file.definitionId);

        PlatformPeopleModel people;
        QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setPeople(load.file.people);
        QCOMPARE(people.rowCount(), load.file.people.size());
        for (int i = 0; i < load.file.people.size(); ++i) {
            const PlatformPerson &p = load.file.people.at(i);
            QCOMPARE(people.rowOf(p.id), i);
            QCOMPARE(people.index(i, 0).data(PlatformPeopleModel::PersonIdRole).toString(), p.id);
            QCOMPARE(people.index(i, 0).data(PlatformPeopleModel::MachineRole).toBool(), p.kind == PlatformPerson::Kind::Machine);
        }

        PlatformAssignmentModel assignments;
        QAbstractItemModelTester assignmentTester(&assignments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        assignments.setFile(load.file, d);
        QCOMPARE(assignments.rowCount(), load.file.assignments.size());
        QVERIFY(assignments.rowCount() > 0);
        for (int i = 0; i < load.file.assignments.size(); ++i) {
            const PlatformAssignment &a = load.file.assignments.at(i);
            QCOMPARE(assignments.index(i, int(PlatformAssignmentModel::Column::Role)).data().toString(), d.role(a.role)->name);
            QCOMPARE(assignments.index(i, int(PlatformAssignmentModel::Column::Scope)).data().toString(),
                     PlatformGrantModel::scopeText(a.project));
            QVERIFY(assignments.index(i, int(PlatformAssignmentModel::Column::Person)).data().toString().contains(a.person));
        }

        PlatformRuleModel rules;
        QAbstractItemModelTester ruleTester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rules.setFile(load.file, d);
        QCOMPARE(rules.rowCount(), load.file.rules.size());
        QVERIFY(rules.rowCount() > 0);
        for (int i = 0; i < load.file.rules.size(); ++i) {
            const PlatformRule &r = load.file.rules.at(i);
            QCOMPARE(rules.index(i, int(PlatformRuleModel::Column::Name)).data().toString(), r.name);
            QCOMPARE(rules.index(i, int(PlatformRuleModel::Column::Conditions)).data().toString(),
                     PlatformRuleModel::conditionsText(r.conditions));
            for (const QString &role : r.roles)
                QVERIFY(rules.index(i, int(PlatformRuleModel::Column::Roles)).data().toString().contains(d.role(role)->name));
        }
        // People the file does not name (a directory's) are shown with the names given.
        const PlatformAssignment &first = load.file.assignments.first();
        QVERIFY(!load.file.person(first.person)); // the demo's first assignment is to a directory person
        QCOMPARE(assignments.index(0, int(PlatformAssignmentModel::Column::Person)).data().toString(), first.person);
        assignments.setFile(load.file, d, {{first.person, QStringLiteral("Ålice Ëxample")}});
        QCOMPARE(assignments.index(0, int(PlatformAssignmentModel::Column::Person)).data().toString(),
                 PlatformAssignmentModel::tr("%1 (%2)").arg(QStringLiteral("Ålice Ëxample"), first.person));
        // Reloading a file with fewer rows resets cleanly.
        PlatformFile smaller = load.file;
        smaller.rules.removeLast();
        smaller.assignments.clear();
        rules.setFile(smaller, d);
        assignments.setFile(smaller, d);
        QCOMPARE(rules.rowCount(), load.file.rules.size() - 1);
        QCOMPARE(assignments.rowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestPlatformModels)
#include "tst_platformmodels.moc"
