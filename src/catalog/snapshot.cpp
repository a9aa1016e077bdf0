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
}

} // namespace roledesk
