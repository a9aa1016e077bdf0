#include "privileges/lineagepanel.h"
#include "modelfixture.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

using namespace roledesk;
using namespace roledesk::testing;

class TestLineagePanel : public QObject {
    Q_OBJECT

    std::shared_ptr<EffectiveRights> m_rights;

    int role(const char *name) const
    {
        const Snapshot &s = m_rights->snapshot();
        for (int i = 0; i < s.roles.size(); ++i)
            if (s.roles.at(i).name == QLatin1String(name))
                return i;
        return -1;
    }

private slots:
    void initTestCase() { m_rights = std::make_shared<EffectiveRights>(makeSnapshot()); }

    void emptyHint()
    {
        LineagePanel panel;
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
    }

    void explains_data()
    {
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<int>("object");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("inherited and direct")
            << QByteArray("alice") << int(OrdersTable)
            << QStringList{QStringLiteral("alice on table sales.orders"),
                           QStringLiteral("through membership alice → analysts → readers, granted to readers by app_owner"),
                           QStringLiteral("direct grant to alice by app_owner — with grant option"),
                           QStringLiteral("✘ INSERT: not held")};
        QTest::newRow("PUBLIC") << QByteArray("bob") << int(TotalsView)
                                << QStringList{QStringLiteral("granted to PUBLIC (every role) by app_owner")};
        QTest::newRow("owner") << QByteArray("app_owner") << int(OrdersTable)
                               << QStringList{QStringLiteral("owner of the object"), QStringLiteral("✔ SELECT: held, grantable")};
        QTest::newRow("superuser") << QByteArray("postgres") << int(EmpTable)
                                   << QStringList{QStringLiteral("postgres is a superuser")};
        QTest::newRow("predefined") << QByteArray("auditor") << int(OrdersTable)
                                    << QStringList{QStringLiteral("through membership auditor → pg_read_all_data (predefined role)")};
        QTest::newRow("nothing") << QByteArray("bob") << int(OrdersTable)
                                 << QStringList{QStringLiteral("bob holds no privilege on this object.")};
        QTest::newRow("column") << QByteArray("alice") << int(EmpIdColumn)
                                << QStringList{QStringLiteral("alice on column hr.emp.id"),
                                               QStringLiteral("direct grant to alice by app_owner")};
    }

    void explains()
    {
        QFETCH(QByteArray, role);
        QFETCH(int, object);
        QFETCH(QStringList, expected);
        LineagePanel panel;
        panel.showCell(m_rights, this->role(role.constData()), object);
        const QString text = panel.plainText();
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(e, text)));
    }

    void keywordsNeverBreak()
    {
        LineagePanel panel;
        panel.resize(90, 400);
        panel.show();
        panel.showCell(m_rights, role("alice"), OrdersTable);
        auto *text = panel.findChild<QTextBrowser *>(QStringLiteral("lineageText"));
        QVERIFY(text);
        QTextDocument *doc = text->document();
        doc->setTextWidth(60); // narrower than "REFERENCES": a cell may wrap its prose, not a keyword
        int keywords = 0;
        for (QTextBlock b = doc->begin(); b != doc->end(); b = b.next()) {
            const QString t = b.text();
            if (t != QLatin1String("TRUNCATE") && t != QLatin1String("REFERENCES"))
                continue;
            ++keywords;
            doc->documentLayout()->blockBoundingRect(b);
            QCOMPARE(b.layout()->lineCount(), 1);
        }
        QVERIFY(keywords > 0);
    }

    void clearAndInvalid()
    {
        LineagePanel panel;
        panel.showCell(m_rights, role("alice"), OrdersTable);
        panel.showCell(m_rights, -1, OrdersTable);
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
        panel.showCell(nullptr, 0, 0);
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
    }
};

QTEST_MAIN(TestLineagePanel)
#include "tst_lineagepanel.moc"
