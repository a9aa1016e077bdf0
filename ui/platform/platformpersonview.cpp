#include "platform/platformpersonview.h"

#include "models/platformgrantmodel.h"
#include "models/platformpeoplemodel.h"
#include "platform/platformdocument.h"
#include "platform/platformwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace roledesk {

PlatformPersonView::PlatformPersonView(PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_personCombo(makeSearchableCombo(this))
    , m_summary(new QLabel(this))
    , m_roleModel(new PlatformGrantModel(this))
    , m_permissionModel(new PlatformGrantModel(this))
{
    m_personCombo->setObjectName(QStringLiteral("platformPersonCombo"));
    m_summary->setObjectName(QStringLiteral("platformPersonSummary"));
    m_summary->setWordWrap(true);
    m_roleModel->setColumns({PlatformGrantModel::Column::Scope, PlatformGrantModel::Column::Role,
                             PlatformGrantModel::Column::Source});
    m_permissionModel->setColumns({PlatformGrantModel::Column::Scope, PlatformGrantModel::Column::Permission,
                                   PlatformGrantModel::Column::Role, PlatformGrantModel::Column::Source});
    m_roles = makePlatformTable(m_roleModel, QStringLiteral("platformPersonRoles"), tr("Roles of the person"), this);
    m_permissions = makePlatformTable(m_permissionModel, QStringLiteral("platformPersonPermissions"),
                               tr("Permissions of the person"), this);

    auto *form = new QFormLayout;
    auto *personLabel = new QLabel(tr("P&erson:"), this);
    personLabel->setBuddy(m_personCombo);
    form->addRow(personLabel, m_personCombo);
    auto *rolesLabel = new QLabel(tr("&Roles"), this);
    rolesLabel->setBuddy(m_roles);
    auto *permissionsLabel = new QLabel(tr("Per&missions"), this);
    permissionsLabel->setBuddy(m_permissions);
    for (QLabel *l : {rolesLabel, permissionsLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(rolesLabel);
    topLayout->addWidget(m_roles);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(permissionsLabel);
    bottomLayout->addWidget(m_permissions);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setTabOrder(m_personCombo, m_roles);
    setTabOrder(m_roles, m_permissions);

    connect(m_personCombo, &QComboBox::activated, this, [this](int index) {
        show(m_personCombo->itemData(index).toString());
    });
    connect(m_document, &PlatformDocument::changed, this, &PlatformPersonView::reload);
    reload();
}

bool PlatformPersonView::setPerson(const QString &personId)
{
    if (!m_document->evaluation().people().contains(personId))
        return false;
    show(personId);
    return true;
}

void PlatformPersonView::reload()
{
    fillPersonCombo(m_personCombo, m_document->people());
    if (!m_document->evaluation().people().contains(m_person))
        m_person.clear();
    show(m_person);
}

void PlatformPersonView::show(const QString &personId)
{
    const bool changed = personId != m_person;
    m_person = personId;
    m_personCombo->setCurrentIndex(m_personCombo->findData(personId));
    if (personId.isEmpty()) {
        m_roleModel->clear();
        m_permissionModel->clear();
        m_summary->setText(m_document->isOpen() ? tr("Choose a person to see their roles and permissions.")
                                                : tr("Open a platform file (Ctrl+Shift+O)."));
    } else {
        const PlatformEvaluation &e = m_document->evaluation();
        const QList<PlatformRoleGrant> roles = e.rolesOf(personId);
        m_roleModel->setRoleGrants(roles, m_document->definition(), m_document->names());
        m_permissionModel->setPermissionGrants(e.permissionsOf(personId), m_document->definition(), m_document->names());
        int byRule = 0;
        for (const PlatformRoleGrant &g : roles)
            byRule += g.source == PlatformRoleGrant::Source::Rule;
        m_summary->setText(tr("%n role grant(s), %1 by rule (italic, read-only: change the rule or the group).",
                              nullptr, int(roles.size())).arg(byRule));
        m_roles->resizeColumnsToContents();
        m_permissions->resizeColumnsToContents();
    }
    if (changed)
        emit personChanged(personId);
}

} // namespace roledesk
