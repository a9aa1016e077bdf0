#include "privileges/lineagepanel.h"

#include "models/privilegematrixmodel.h"

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
    if (l.grantable)
        text += tr(" — with grant option");
    return text;
}

void LineagePanel::showCell(std::shared_ptr<const EffectiveRights> rights, int role, int object)
{
    m_rights = std::move(rights);
    if (!m_rights || role < 0 || object < 0) {
        clear();
        return;
    }
    const Snapshot &s = m_rights->snapshot();
    const Role &r = s.roles.at(role);
    const CatalogObject &o = s.objects.at(object);
    m_title->setText(tr("%1 on %2 %3").arg(r.name, PrivilegeMatrixModel::kindLabel(o.kind), qualified(o)));

    const CellRights cell = m_rights->cell(role, object);
    QString html;
    QStringList plain;
    plain << tr("Owner: %1").arg(s.roleName(o.owner));
    html += QStringLiteral("<p>%1</p>").arg(plain.back().toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (Privilege p : applicablePrivileges(o.kind)) {
        const bool held = cell.granted.testFlag(p);
        const bool grantable = cell.grantable.testFlag(p);
        QString status = held ? tr("held") : tr("not held");
        if (grantable)
            status += tr(", grantable");
        const QString mark = held ? QStringLiteral("<span style='color:#2e7d32'>✔</span>")
                                  : QStringLiteral("<span style='color:#b71c1c'>✘</span>");
        // A keyword never breaks mid-word, even where CJK text beside it allows a break anywhere.
        html += QStringLiteral("<tr><td>%1</td><td style='white-space:nowrap'><b>%2</b></td><td>%3</td></tr>")
                    .arg(mark, privilegeKeyword(p), status.toHtmlEscaped());
        plain << QStringLiteral("%1 %2: %3").arg(held ? QStringLiteral("✔") : QStringLiteral("✘"), privilegeKeyword(p), status);
        const QList<Lineage> lineages = m_rights->explain(role, object, p);
        QStringList seen;
        for (const Lineage &l : lineages) {
            const QString line = describe(s, l);
            if (seen.contains(line))
                continue;
            seen << line;
            plain << QStringLiteral("    • ") + line;
            html += QStringLiteral("<tr><td></td><td colspan='2'>• %1</td></tr>").arg(line.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</table>");
    if (!cell.granted) {
        plain << tr("%1 holds no privilege on this object.").arg(r.name);
        html += QStringLiteral("<p><i>%1</i></p>").arg(plain.back().toHtmlEscaped());
    }
    m_plain = plain.join(u'\n');
    m_text->setHtml(html);
}

} // namespace roledesk
