#include "privileges/impactjson.h"

#include "export/auditexporter.h"
#include "privileges/impactpeople.h"

namespace roledesk {

namespace {

QString str(QStringView s) { return AuditExporter::jsonString(s); }

QString strings(const QStringList &list)
{
    QStringList items;
    for (const QString &s : list)
        items << str(s);
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

} // namespace

QString ImpactJson::effectKeyword(ImpactEffect effect)
{
    switch (effect) {
    case ImpactEffect::Gained: return QStringLiteral("gained");
    case ImpactEffect::Lost: return QStringLiteral("lost");
    case ImpactEffect::GrantOptionGained: return QStringLiteral("grant_option_gained");
    case ImpactEffect::GrantOptionLost: return QStringLiteral("grant_option_lost");
    }
    return {};
}

QByteArray ImpactJson::write(const PlanImpact &impact, const QStringList &changeTexts, const QString &database,
                             const ImpactPeople *people)
{
    // Written by hand, one row a line: a membership can open hundreds of thousands of rights, and a
    // QJsonDocument of them would hold every row twice.
    const auto n = [](qint64 v) { return QString::number(v); };
    // One arg() for all: a name holding "%2" is not read as a place marker.
    QString head = QStringLiteral("{\n  \"database\": %1,\n  \"counts\": {\"gained\": %2, \"lost\": %3, "
                                  "\"grant_options_gained\": %4, \"grant_options_lost\": %5, \"roles\": %6, \"objects\": %7")
                       .arg(str(database), n(impact.gained), n(impact.lost), n(impact.grantOptionsGained),
                            n(impact.grantOptionsLost), n(impact.roles), n(impact.objects));
    if (people)
        head += QStringLiteral(", \"people_gaining\": %1, \"people_losing\": %2").arg(n(people->gaining().size()), n(people->losing().size()));
    head += QStringLiteral("},\n");
    if (people)
        head += QStringLiteral("  \"people\": {\"gaining\": %1, \"losing\": %2},\n").arg(strings(people->gaining()), strings(people->losing()));
    head += QStringLiteral("  \"rows\": [");
    QByteArray out = head.toUtf8();
    for (qsizetype i = 0; i < impact.rows.size(); ++i) {
        const ImpactRow &row = impact.rows.at(i);
        QString line = QStringLiteral("%1\n    {\"role\": %2, ").arg(i ? QStringLiteral(",") : QString(), str(impact.roleName(row)));
        if (people)
            line += QStringLiteral("\"people\": %1, ").arg(strings(people->peopleOf(row)));
        line += QStringLiteral("\"object\": %1, \"object_type\": %2, \"privilege\": %3, \"effect\": %4, \"grantable\": %5, \"through\": %6}")
                    .arg(str(impact.objectName(row)), str(objectKindName(impact.before->snapshot().objects.at(row.object).kind)),
                         str(privilegeKeyword(row.privilege)), str(effectKeyword(row.effect)),
                         row.withGrantOption ? QStringLiteral("true") : QStringLiteral("false"), str(impact.through(row)));
        out += line.toUtf8();
    }
    out += impact.rows.isEmpty() ? "],\n  \"notes\": [" : "\n  ],\n  \"notes\": [";
    for (qsizetype i = 0; i < impact.notes.size(); ++i) {
        const ImpactNote &note = impact.notes.at(i);
        out += QStringLiteral("%1\n    {\"change\": %2, \"description\": %3, \"kind\": %4, \"reason\": %5}")
                   .arg(i ? QStringLiteral(",") : QString(), n(note.change + 1), str(changeTexts.value(note.change)),
                        str(note.kind == ImpactNote::Kind::NoEffect ? QStringLiteral("no_effect") : QStringLiteral("not_assessed")),
                        str(note.reason))
                   .toUtf8();
    }
    out += impact.notes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace roledesk
