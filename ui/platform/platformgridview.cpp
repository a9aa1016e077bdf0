#include "platform/platformgridview.h"

#include "common/matrixdelegate.h"
#include "common/matrixlegend.h"
#include "models/platformgrantmodel.h"
#include "models/platformgridmodel.h"
#include "platform/platformdocument.h"
#include "platform/platformgridheader.h"
#include "platform/platformwidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace roledesk {

PlatformGridView::PlatformGridView(PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PlatformGridModel(this))
    , m_grid(new QTableView(this))
    , m_holdersTitle(new QLabel(this))
    , m_holderModel(new PlatformGrantModel(this))
    , m_holders(makePlatformTable(m_holderModel, QStringLiteral("platformHolders"), tr("Holders of the selected permission"), this))
{
    m_grid->setObjectName(QStringLiteral("platformGrid"));
    m_grid->setHorizontalHeader(new PlatformGridHeader(m_grid));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new PlatformGridDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setShowGrid(true);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Long permission names are elided (the tooltip has them whole), so the roles stay in view.
    m_grid->verticalHeader()->setMaximumWidth(m_grid->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 42);
    m_grid->setWordWrap(false);
    m_grid->setAccessibleName(tr("Roles and permissions"));

    auto *legend = new MatrixLegend(QStringLiteral("platformGridLegend"), this);
    legend->add(MatrixDelegate::legendChip(tr("organization role"), PlatformGridHeader::scopeColor(PlatformScope::Organization, true),
                                           Qt::black, legend));
    legend->add(MatrixDelegate::legendChip(tr("project role"), PlatformGridHeader::scopeColor(PlatformScope::Project, true),
                                           Qt::black, legend));
    legend->setNote(tr("✓: the role holds the permission. Organization roles hold their permissions in every project. "
                       "Hover a column for the role's full name; select a row to see who holds the permission."),
                    QStringLiteral("platformGridNote"));

    m_holdersTitle->setObjectName(QStringLiteral("platformHoldersTitle"));
    m_holdersTitle->setWordWrap(true);
    m_holderModel->setColumns({PlatformGrantModel::Column::Person, PlatformGrantModel::Column::Scope,
                               PlatformGrantModel::Column::Role, PlatformGrantModel::Column::Source});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_grid, 1);
    leftLayout->addWidget(legend);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *holdersLabel = new QLabel(tr("&Holders"), right);
    holdersLabel->setBuddy(m_holders);
    QFont bold = holdersLabel->font();
    bold.setBold(true);
    holdersLabel->setFont(bold);
    rightLayout->addWidget(holdersLabel);
    rightLayout->addWidget(m_holdersTitle);
    rightLayout->addWidget(m_holders, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *splitter = m_splitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const PlatformPermission *p = m_model->permissionAt(current.row()))
            showHolders(p->id);
    });
    connect(m_document, &PlatformDocument::changed, this, &PlatformGridView::reload);
    connect(m_document, &PlatformDocument::opened, this, [this] {
        m_model->setDefinition(m_document->definition());
        m_grid->resizeColumnsToContents();
        if (isVisible())
            fitGrid();
    });
    m_model->setDefinition(m_document->definition());
    m_grid->resizeColumnsToContents();
    showHolders({});
}

void PlatformGridView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once the window's layout has given the splitter its width.
    QTimer::singleShot(0, this, &PlatformGridView::fitGrid);
}

void PlatformGridView::fitGrid()
{
    const int total = m_splitter->width();
    const QHeaderView *rows = m_grid->verticalHeader();
    const int want = qMin(rows->sizeHint().width(), rows->maximumWidth()) + m_grid->horizontalHeader()->length()
                     + m_grid->verticalScrollBar()->sizeHint().width() + 2 * m_grid->frameWidth() + 2;
    // The holders take what is left (the splitter gives them, not the grid, any later growth),
    // and keep a readable width even when the grid does not fit.
    const int holders = qMax(total - want, m_holders->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_splitter->setSizes({want, holders});
}

bool PlatformGridView::selectPermission(const QString &permissionId)
{
    const int row = m_model->rowOfPermission(permissionId);
    if (row < 0)
        return false;
    const QModelIndex current = m_grid->currentIndex();
    m_grid->setCurrentIndex(m_model->index(row, current.isValid() ? current.column() : 0));
    m_grid->scrollTo(m_grid->currentIndex());
    showHolders(permissionId); // also when the row was current already
    return true;
}

void PlatformGridView::reload()
{
    showHolders(m_permission);
}

void PlatformGridView::showHolders(const QString &permissionId)
{
    m_permission = permissionId;
    const PlatformPermission *p = permissionId.isEmpty() ? nullptr : m_document->definition().permission(permissionId);
    if (!p || !m_document->isOpen()) {
        m_holderModel->clear();
        m_holdersTitle->setText(tr("Select a permission to see who holds it."));
        return;
    }
    const QList<PlatformPermissionGrant> grants = m_document->evaluation().whoCan(p->id);
    m_holderModel->setPermissionGrants(grants, m_document->definition(), m_document->names());
    QSet<QString> people;
    for (const PlatformPermissionGrant &g : grants)
        people.insert(g.person);
    m_holdersTitle->setText(tr("“%1”: %n person(s)", nullptr, int(people.size())).arg(p->name));
    m_holders->resizeColumnsToContents();
}

} // namespace roledesk
