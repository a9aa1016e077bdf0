#include "catalog/snapshot.h"

namespace roledesk {

QString Snapshot::roleName(Oid oid) const
{
    if (oid == PublicOid)
        return QStringLiteral("PUBLIC");
    const int i = roleIndex(oid);
    return i >= 0 ? roles.at(i).name : QString::number(oid);
}

void Snapshot::index()
{
    m_roleIndex.clear();
    m_roleIndex.reserve(roles.size());
    for (int i = 0; i < roles.size(); ++i)
        m_roleIndex.insert(roles.at(i).oid, i);

    if (models.models.isEmpty())
        return;
    QHash<Oid, int> byOid;
    QHash<QString, int> byName; // pgx_inference.<name>(text)
    for (int i = 0; i < objects.size(); ++i) {
        const CatalogObject &o = objects.at(i);
        if (o.kind != ObjectKind::Function)
            continue;
        byOid.insert(o.oid, i);
        if (o.schema == u"pgx_inference" && o.arguments == u"text")
            byName.insert(o.baseName, i);
    }
    for (ModelInfo &m : models.models)
        m.functionObject = m.functionOid != 0 ? byOid.value(m.functionOid, -1) : byName.value(m.functionName, -1);
}

} // namespace roledesk
