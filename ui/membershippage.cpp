#include "membershippage.h"

#include "models/membershipmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace roledesk {

MembershipPage::MembershipPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MembershipModel(this))
    , m_view(new QTreeView(this))
    , m_direction(new QComboBox(this))
    , m_predefined(new QCheckBox(tr("Show &predefined pg_* roles"), this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("membershipPage"));
    m_direction->setObjectName(QStringLiteral("membershipDirection"));
    m_direction->addItem(tr("Each role → the roles it is a member of"), int(MembershipModel::Direction::MemberOf));
    m_direction->addItem(tr("Each role → its members"), int(MembershipModel::Direction::Members));
    m_name->setObjectName(QStringLiteral("membershipFilter"));
    m_name->setPlaceholderText(tr("Filter roles by name (Ctrl+F)"));
    m_name->setClearButtonEnabled(true);
    m_predefined->setObjectName(QStringLiteral("membershipPredefined"));

    m_view->setObjectName(QStringLiteral("membershipView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Role memberships"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setDefaultSectionSize(92);
    m_view->setColumnWidth(int(MembershipModel::Column::Role), 260);
    m_view->setColumnWidth(int(MembershipModel::Column::Membership), 300);
    m_view->setColumnWidth(int(MembershipModel::Column::ConnectionLimit), 130);

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_direction);
    bar->addWidget(showLabel);
    bar->addWidget(m_direction);
    bar->addWidget(m_name, 1);
    bar->addWidget(m_predefined);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDirection(MembershipModel::Direction(m_direction->currentData().toInt()));
        m_view->expandToDepth(0);
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setNameFilter(text);
        m_view->expandToDepth(0);
    });
    connect(m_predefined, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowPredefined(on);
        m_view->expandToDepth(0);
    });
}

void MembershipPage::setSnapshot(SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    m_view->expandToDepth(0);
}

void MembershipPage::focusFilter()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

} // namespace roledesk
