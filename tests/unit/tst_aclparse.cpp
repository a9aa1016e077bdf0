#include "catalog/catalogreader.h"

#include <QTest>

using namespace roledesk;

/// The acl column the catalog queries produce, parsed into entries.
class TstAclParse : public QObject {
    Q_OBJECT
private slots:
    void mergesPerGranteeAndGrantor();
    void publicAndGrantOptions();
    void emptyAndMalformed();
};

void TstAclParse::mergesPerGranteeAndGrantor()
{
    const auto acl = CatalogReader::parseAcl(
        u"10:10:SELECT:false,10:10:INSERT:true,16384:10:SELECT:false,16384:16385:UPDATE:false");
    QCOMPARE(acl.size(), 3);
    QCOMPARE(acl[0].grantee, 10u);
    QCOMPARE(acl[0].privileges, Privileges(Privilege::Select | Privilege::Insert));
    QCOMPARE(acl[0].grantOptions, Privileges(Privilege::Insert));
    QCOMPARE(acl[1].grantee, 16384u);
    QCOMPARE(acl[1].grantor, 10u);
    QCOMPARE(acl[1].privileges, Privileges(Privilege::Select));
    QCOMPARE(acl[2].grantor, 16385u);
    QCOMPARE(acl[2].privileges, Privileges(Privilege::Update));
}

void TstAclParse::publicAndGrantOptions()
{
    const auto acl = CatalogReader::parseAcl(u"0:10:TEMPORARY:false,0:10:CONNECT:false,10:10:CREATE:true");
    QCOMPARE(acl.size(), 2);
    QCOMPARE(acl[0].grantee, PublicOid);
    QCOMPARE(acl[0].privileges, Privileges(Privilege::Temporary | Privilege::Connect));
    QVERIFY(!acl[0].grantOptions);
    QCOMPARE(acl[1].grantOptions, Privileges(Privilege::Create));
}

void TstAclParse::emptyAndMalformed()
{
    QVERIFY(CatalogReader::parseAcl(u"").isEmpty());
    QVERIFY(CatalogReader::parseAcl(u"garbage,1:2:3").isEmpty());
}

QTEST_APPLESS_MAIN(TstAclParse)
#include "tst_aclparse.moc"
