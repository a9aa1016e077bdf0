#include "catalog/privilege.h"

#include <QStringList>

#include <array>

namespace roledesk {

QString privilegeKeyword(Privilege p)
{
    switch (p) {
    case Privilege::Select: return QStringLiteral("SELECT");
    case Privilege::Insert: return QStringLiteral("INSERT");
    case Privilege::Update: return QStringLiteral("UPDATE");
    case Privilege::Delete: return QStringLiteral("DELETE");
    case Privilege::Truncate: return QStringLiteral("TRUNCATE");
    case Privilege::References: return QStringLiteral("REFERENCES");
    case Privilege::Trigger: return QStringLiteral("TRIGGER");
    case Privilege::Execute: return QStringLiteral("EXECUTE");
    case Privilege::Usage: return QStringLiteral("USAGE");
    case Privilege::Create: return QStringLiteral("CREATE");
    case Privilege::Connect: return QStringLiteral("CONNECT");
    case Privilege::Temporary: return QStringLiteral("TEMPORARY");
    }
    return {};
}

QChar privilegeLetter(Privilege p)
{
    switch (p) {
    case Privilege::Select: return u'r';
    case Privilege::Insert: return u'a';
    case Privilege::Update: return u'w';
    case Privilege::Delete: return u'd';
    case Privilege::Truncate: return u'D';
    case Privilege::References: return u'x';
    case Privilege::Trigger: return u't';
    case Privilege::Execute: return u'X';
    case Privilege::Usage: return u'U';
    case Privilege::Create: return u'C';
    case Privilege::Connect: return u'c';
    case Privilege::Temporary: return u'T';
    }
    return {};
}

const QList<Privilege> &allPrivileges()
{
    static const QList<Privilege> all = {
        Privilege::Select, Privilege::Insert, Privilege::Update, Privilege::Delete,
        Privilege::Truncate, Privilege::References, Privilege::Trigger, Privilege::Execute,
        Privilege::Usage, Privilege::Create, Privilege::Connect, Privilege::Temporary,
    };
    return all;
}

const QList<Privilege> &applicablePrivileges(ObjectKind kind)
{
    using P = Privilege;
    static const QList<P> relation = {P::Select, P::Insert, P::Update, P::Delete,
                                      P::Truncate, P::References, P::Trigger};
    static const QList<P> sequence = {P::Usage, P::Select, P::Update};
    static const QList<P> column = {P::Select, P::Insert, P::Update, P::References};
    static const QList<P> routine = {P::Execute};
    static const QList<P> usage = {P::Usage};
    static const QList<P> schema = {P::Usage, P::Create};
    static const QList<P> database = {P::Create, P::Connect, P::Temporary};
    switch (kind) {
    case ObjectKind::Database: return database;
    case ObjectKind::Schema: return schema;
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::ForeignTable: return relation;
    case ObjectKind::Sequence: return sequence;
    case ObjectKind::Column: return column;
    case ObjectKind::Function:
    case ObjectKind::Procedure: return routine;
    case ObjectKind::Type:
    case ObjectKind::Language: return usage;
    }
    return usage;
}

QString privilegeLetters(Privileges set)
{
    QString out;
    for (Privilege p : allPrivileges())
        if (set.testFlag(p))
            out += privilegeLetter(p);
    return out;
}

QString privilegeKeywords(Privileges set)
{
    QStringList words;
    for (Privilege p : allPrivileges())
        if (set.testFlag(p))
            words << privilegeKeyword(p);
    return words.join(QStringLiteral(", "));
}

Privileges applicableMask(ObjectKind kind)
{
    static const auto masks = [] {
        std::array<Privileges, ObjectKindCount> m{};
        for (int k = 0; k < ObjectKindCount; ++k)
            for (Privilege p : applicablePrivileges(ObjectKind(k)))
                m[size_t(k)] |= p;
        return m;
    }();
    return masks[size_t(kind)];
}

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return QStringLiteral("database");
    case ObjectKind::Schema: return QStringLiteral("schema");
    case ObjectKind::Table: return QStringLiteral("table");
    case ObjectKind::View: return QStringLiteral("view");
    case ObjectKind::MaterializedView: return QStringLiteral("materialized_view");
    case ObjectKind::Sequence: return QStringLiteral("sequence");
    case ObjectKind::ForeignTable: return QStringLiteral("foreign_table");
    case ObjectKind::Column: return QStringLiteral("column");
    case ObjectKind::Function: return QStringLiteral("function");
    case ObjectKind::Procedure: return QStringLiteral("procedure");
    case ObjectKind::Type: return QStringLiteral("type");
    case ObjectKind::Language: return QStringLiteral("language");
    }
    return {};
}

QString objectKindGrantKeyword(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return QStringLiteral("DATABASE");
    case ObjectKind::Schema: return QStringLiteral("SCHEMA");
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::ForeignTable:
    case ObjectKind::Column: return QStringLiteral("TABLE");
    case ObjectKind::Sequence: return QStringLiteral("SEQUENCE");
    case ObjectKind::Function: return QStringLiteral("FUNCTION");
    case ObjectKind::Procedure: return QStringLiteral("PROCEDURE");
    case ObjectKind::Type: return QStringLiteral("TYPE");
    case ObjectKind::Language: return QStringLiteral("LANGUAGE");
    }
    return {};
}

bool isRelationKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::Sequence:
    case ObjectKind::ForeignTable: return true;
    default: return false;
    }
}

} // namespace roledesk
