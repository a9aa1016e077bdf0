#include "privileges/lineagepanel.h"

#include "models/privilegematrixmodel.h"
#include "privileges/pendingrights.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace roledesk {

namespace {

QString pathText(const Snapshot &s, const QList<Oid> &path)
{
    QStringList names;
    for (Oid oid : path)
        names << s.roleName(oid);
    return names.join(QStringLiteral(" → "));
}

QString qualified(const CatalogObject &o)
{
    return o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
}

// Every distinct lineage of privilege p, in words.
QStringList describeAll(const EffectiveRights &rights, int role, int object, Privilege p)
{
    QStringList lines;
    for (const Lineage &l : rights.explain(role, object, p)) {
        const QString line = LineagePanel::describe(rights.snapshot(), l);
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

// What pending change c does to privilege p, in SQL words ("REVOKE SELECT"); empty when nothing.
// SQL is never translated.
QString pendingAction(const Change &c, Privilege p)
{
    const QString keyword = privilegeKeyword(p);
    if (const auto *g = std::get_if<GrantPrivileges>(&c); g && g->privileges.testFlag(p))
        return g->withGrantOption ? QStringLiteral("GRANT %1 WITH GRANT OPTION").arg(keyword)
                                  : QStringLiteral("GRANT %1").arg(keyword);
    if (const auto *r = std::get_if<RevokePrivileges>(&c); r && r->privileges.testFlag(p))
        return r->grantOptionOnly ? QStringLiteral("REVOKE GRANT OPTION FOR %1").arg(keyword)
                                  : QStringLiteral("REVOKE %1").arg(keyword);
    return {};
}

// The "pending" badge.
QString badge()
{
    return QStringLiteral("<span style='background-color:#ffe08a;color:#5c3d00;white-space:nowrap'>&nbsp;%1&nbsp;</span>")
        .arg(LineagePanel::tr("pending").toHtmlEscaped());
}

// A privilege after the plan: held or not, and how (its lineages say whether it is grantable).
QString afterText(bool heldNow, bool heldAfter, const QStringList &lineages)
{
    if (!heldAfter)
        return heldNow ? LineagePanel::tr("will be revoked: not held after the plan")
                       : LineagePanel::tr("still not held after the plan");
    const QString how = lineages.join(QStringLiteral("; "));
    return heldNow ? LineagePanel::tr("still held after the plan: %1").arg(how)
                   : LineagePanel::tr("will be granted: %1").arg(how);
}

} // namespace

LineagePanel::LineagePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("lineagePanel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_text->setObjectName(QStringLiteral("lineageText"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    clear();
}

void LineagePanel::clear()
{
    m_rights.reset();
    m_after.reset();
    m_role = m_object = -1;
    m_title->setText(tr("Why?"));
    m_plain = tr("Select a cell of the privilege matrix to see where each privilege comes from.");
    m_text->setPlainText(m_plain);
}

QString LineagePanel::plainText() const
{
    return m_title->text() + u'\n' + m_plain;
}

QString LineagePanel::describe(const Snapshot &s, const Lineage &l)
{
    const QString grantor = l.grantor ? s.roleName(l.grantor) : QString();
    QString text;
    switch (l.source) {
    case RightSource::Superuser:
        text = tr("%1 is a superuser: every check is bypassed").arg(pathText(s, l.path));
        break;
    case RightSource::Public:
        text = grantor.isEmpty() ? tr("granted to PUBLIC (every role)")
                                 : tr("granted to PUBLIC (every role) by %1").arg(grantor);
        break;
    case RightSource::Direct:
        text = grantor.isEmpty() ? tr("direct grant to %1").arg(pathText(s, l.path))
                                 : tr("direct grant to %1 by %2").arg(pathText(s, l.path), grantor);
        break;
    case RightSource::Inherited:
        text = grantor.isEmpty()
                   ? tr("through membership %1, granted to %2").arg(pathText(s, l.path), s.roleName(l.path.value(l.path.size() - 1)))
                   : tr("through membership %1, granted to %2 by %3")
                         .arg(pathText(s, l.path), s.roleName(l.path.value(l.path.size() - 1)), grantor);
        break;
    case RightSource::Owner:
        text = l.path.size() <= 1 ? tr("owner of the object")
                                  : tr("through membership %1, the object's owner").arg(pathText(s, l.path));
        break;
    case RightSource::Predefined:
        text = l.path.size() <= 1 ? tr("predefined role %1").arg(pathText(s, l.path))
                                  : tr("through membership %1 (predefined role)").arg(pathText(s, l.path));
        break;
    }
    // Under Hologres' schema-group models a right normally comes through a group: say which.
    for (Oid oid : l.path) {
        const SchemaGroup *g = s.groups.groupOfRole(oid);
        if (!g)
            continue;
        const QString level = g->level == GroupLevel::Admin       ? tr("admin")
                              : g->level == GroupLevel::Developer ? tr("developer")
                              : g->level == GroupLevel::Writer    ? tr("writer")
                                                                  : tr("viewer");
        text += g->schema.isEmpty() ? tr(" — schema group %1 (%2 of the database)").arg(g->name, level)
                                    : tr(" — schema group %1 (%2 of schema %3)").arg(g->name, level, g->schema);
        break;
    }
    if (l.grantable)
        text += tr(" — with grant option");
    return text;
}

void LineagePanel::setPendingChanges(const QList<Change> &changes)
{
    m_changes = changes;
    m_after.reset();
    if (m_rights)
        render();
}

std::shared_ptr<const EffectiveRights> LineagePanel::rightsAfter()
{
    if (!m_after)
        m_after = rightsAfterPlan(*m_rights, m_changes);
    return m_after;
}

void LineagePanel::showCell(std::shared_ptr<const EffectiveRights> rights, int role, int object)
{
    if (rights != m_rights)
        m_after.reset();
    m_rights = std::move(rights);
    m_role = role;
    m_object = object;
    if (!m_rights || role < 0 || object < 0) {
        clear();
        return;
    }
    render();
}

void LineagePanel::render()
{
    const Snapshot &s = m_rights->snapshot();
    const Role &r = s.roles.at(m_role);
    const CatalogObject &o = s.objects.at(m_object);
    m_title->setText(tr("%1 on %2 %3").arg(r.name, PrivilegeMatrixModel::kindLabel(o.kind), qualified(o)));

    const CellRights cell = m_rights->cell(m_role, m_object);
    // The plan's own edits of this cell, and the rights after the plan (only when there is one).
    QList<Change> onCell;
    for (const Change &c : std::as_const(m_changes))
        if (changeActsOnCell(c, s, r.name, m_object))
            onCell << c;
    const auto after = m_changes.isEmpty() ? nullptr : rightsAfter();
    const CellRights afterCell = after ? after->cell(m_role, m_object) : cell;

    QStringList plain;
    QString rows;
    int pending = 0;
    for (Privilege p : applicablePrivileges(o.kind)) {
        const bool held = cell.granted.testFlag(p);
        const bool grantable = cell.grantable.testFlag(p);
        const QStringList now = describeAll(*m_rights, m_role, m_object, p);
        const QStringList then = after ? describeAll(*after, m_role, m_object, p) : now;
        QStringList actions; // the plan's statements on this cell for p, as SQL words
        for (const Change &c : std::as_const(onCell))
            if (const QString a = pendingAction(c, p); !a.isEmpty())
                actions << a;
        const bool changes = !actions.isEmpty() || then != now;
        pending += changes ? 1 : 0;

        QString status = held ? tr("held") : tr("not held");
        if (grantable)
            status += tr(", grantable");
        const QString mark = held ? QStringLiteral("<span style='color:#2e7d32'>✔</span>")
                                  : QStringLiteral("<span style='color:#b71c1c'>✘</span>");
        // A keyword never breaks mid-word, even where CJK text beside it allows a break anywhere.
        rows += QStringLiteral("<tr><td>%1</td><td style='white-space:nowrap'><b>%2</b></td><td>%3%4</td></tr>")
                    .arg(mark, privilegeKeyword(p), status.toHtmlEscaped(),
                         changes ? QStringLiteral(" ") + badge() : QString());
        plain << QStringLiteral("%1 %2: %3%4").arg(held ? QStringLiteral("✔") : QStringLiteral("✘"), privilegeKeyword(p),
                                                   status, changes ? QStringLiteral(" [%1]").arg(tr("pending")) : QString());
        for (const QString &line : now) {
            plain << QStringLiteral("    • ") + line;
            rows += QStringLiteral("<tr><td></td><td colspan='2'>• %1</td></tr>").arg(line.toHtmlEscaped());
        }
        if (!changes)
            continue;
        const QString outcome = afterText(held, afterCell.granted.testFlag(p), then);
        if (actions.isEmpty())
            actions << QString();
        for (const QString &a : std::as_const(actions)) {
            // The SQL words stay on one line; the prose after them may wrap.
            const QString head = a.isEmpty() ? tr("after the plan (pending)") : tr("%1 (pending)").arg(a);
            plain << QStringLiteral("    » %1 → %2").arg(head, outcome);
            rows += QStringLiteral("<tr><td></td><td colspan='2' style='color:#8a5a00'>» "
                                   "<span style='white-space:nowrap'><b>%1</b></span> → %2</td></tr>")
                        .arg(head.toHtmlEscaped(), outcome.toHtmlEscaped());
        }
    }

    QString html;
    QStringList head;
    head << tr("Owner: %1").arg(s.roleName(o.owner));
    html += QStringLiteral("<p>%1</p>").arg(head.back().toHtmlEscaped());
    if (pending > 0) {
        head << tr("The pending plan changes %n privilege(s) here.", nullptr, pending);
        html += QStringLiteral("<p>%1 %2</p>").arg(badge(), head.back().toHtmlEscaped());
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>") + rows + QStringLiteral("</table>");
    plain = head + plain;
    if (!cell.granted) {
        plain << tr("%1 holds no privilege on this object.").arg(r.name);
        html += QStringLiteral("<p><i>%1</i></p>").arg(plain.back().toHtmlEscaped());
    }
    m_plain = plain.join(u'\n');
    m_text->setHtml(html);
}

} // namespace roledesk
