#pragma once

// AuditExporter's walk over one role's cells and rows, shared by its CSV/JSON writer
// (auditexporter.cpp) and its HTML writer (audithtml.cpp). Private to the exporter.

#include "export/auditexporter.h"
#include "privileges/effectiverights.h"
#include "privileges/rolesweep.h"

namespace roledesk {

template<typename Visit>
void AuditExporter::forEachCell(bool grantedOnly, Visit &&visit)
{
    const int role = m_sweep->role();
    if (grantedOnly && !m_options.objects) {
        // Every object in snapshot order: only those the role's grants are on need a look.
        for (int o : m_sweep->candidates()) {
            if (!m_included[size_t(o)])
                continue;
            const CellRights c = m_rights.cell(role, o);
            if (c.granted)
                visit(o, c);
            if (!m_error.isEmpty())
                return;
        }
        return;
    }
    if (grantedOnly)
        m_sweep->candidates();
    for (int o : m_objects) {
        if (grantedOnly && !m_sweep->isCandidate(o))
            continue;
        const CellRights c = m_rights.cell(role, o);
        if (grantedOnly && !c.granted)
            continue;
        visit(o, c);
        if (!m_error.isEmpty())
            return;
    }
}

template<typename Visit>
void AuditExporter::forEachRow(bool grantedOnly, Visit &&visit)
{
    const int role = m_sweep->role();
    forEachCell(grantedOnly, [&](int o, const CellRights &c) {
        for (Privilege p : applicablePrivileges(m_sweep->kind(o))) {
            const bool granted = c.granted.testFlag(p);
            if (grantedOnly && !granted)
                continue;
            visit(Row{role, o, p, granted, c.grantable.testFlag(p), &c});
        }
    });
}

} // namespace roledesk
