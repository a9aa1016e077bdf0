#include "models/modelaccesspage.h"

#include "common/matrixdelegate.h"
#include "common/matrixlegend.h"
#include "common/messagebar.h"
#include "models/modelaccessmodel.h"
#include "models/rolefilterproxymodel.h"
#include "window/session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace roledesk {

namespace {

using M = ModelAccessModel;

const QColor kPending(0xe0, 0x6c, 0x00);

/// A model access cell: the privilege matrix's colour for the source, hatched grey when the
/// holders are unknown, dark grey where nothing can be held, an orange corner on pending edits.
class ModelAccessDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        const auto state = M::CellState(index.data(M::CellStateRole).toInt());
        const QVariant source = index.data(M::SourceRole);
        painter->save();
        QColor text = option.palette.color(QPalette::Text);
        if (state == M::CellState::NotApplicable) {
            painter->fillRect(r, option.palette.color(QPalette::Window).darker(108));
            text = option.palette.color(QPalette::PlaceholderText);
        } else if (state == M::CellState::Unknown) {
            painter->fillRect(r, QBrush(QColor(0xc8, 0xc8, 0xc8), Qt::BDiagPattern));
            text = option.palette.color(QPalette::PlaceholderText);
        } else if (source.isValid()) {
            const auto src = RightSource(source.toInt());
            painter->fillRect(r, MatrixDelegate::sourceColor(src));
            text = MatrixDelegate::textColor(src);
        }
        QFont font = option.font;
        font.setItalic(!index.data(M::EditableRole).toBool() && state == M::CellState::Held);
        painter->setFont(font);
        painter->setPen(text);
        const QString label = option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, r.width() - 4);
        painter->drawText(r, Qt::AlignCenter, label);
        if (index.data(M::PendingRole).isValid()) {
            const int size = std::min(10, std::min(r.width(), r.height()) / 2);
            QPainterPath corner;
            corner.moveTo(r.topRight() + QPoint(1, 0));
            corner.lineTo(r.topRight() + QPoint(1 - size, 0));
            corner.lineTo(r.topRight() + QPoint(1, size));
            corner.closeSubpath();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->fillPath(corner, kPending);
            painter->setPen(QPen(kPending, 1, Qt::DashLine));
            painter->drawRect(r.adjusted(0, 0, -1, -1));
        }
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        } else if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
            painter->drawRect(r.adjusted(0, 0, -1, -1));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const int text = fm.horizontalAdvance(index.data().toString());
        return QSize(std::max(text, fm.horizontalAdvance(QStringLiteral("superuser"))) + 16, fm.height() + 8);
    }
};

} // namespace

ModelAccessPage::ModelAccessPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ModelAccessModel(this))
    , m_roles(new RoleFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("modelAccessPage"));
    m_roles->setSourceModel(m_model);
    m_roles->setShowPredefined(true); // which roles are listed is the model's choice ("all roles")

    m_view->setObjectName(QStringLiteral("modelAccessView"));
    m_view->setItemDelegate(new ModelAccessDelegate(m_view));
    m_view->setModel(m_roles);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setAccessibleName(tr("Model access matrix"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->verticalHeader()->setMaximumWidth(280);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) { toggle(index); });

    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("modelAccessNotice"));
    m_notes = new MessageBar(this);
    m_notes->setObjectName(QStringLiteral("modelAccessNotes"));

    m_empty = new QLabel(tr("Connect to a database to see who may use its models (Ctrl+O)."), this);
    m_empty->setObjectName(QStringLiteral("modelAccessEmptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *stackHolder = new QWidget(this);
    auto *stack = new QStackedLayout(stackHolder);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_notice);
    layout->addWidget(buildFilterBar());
    layout->addWidget(stackHolder, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buildLegend());

    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->columnCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
        updateCount();
    });
    if (m_session) {
        connect(m_session, &Session::snapshotChanged, this, [this] { showSnapshot(); });
        connect(m_session, &Session::pendingPlanChanged, this, [this] { showPending(); });
    }
    showSnapshot();
}

ModelAccessPage::~ModelAccessPage() = default;

QWidget *ModelAccessPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Roles:"), bar);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("modelAccessRoleFilter"));
    m_filter->setPlaceholderText(tr("Filter roles by name"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_showAll = new QCheckBox(tr("Show &all roles"), bar);
    m_showAll->setObjectName(QStringLiteral("modelAccessShowAll"));
    m_showAll->setToolTip(tr("Off: roles that can log in, and group roles that hold something here. "
                             "On: every role, the predefined pg_* roles and PUBLIC included."));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("modelAccessCount"));
    row->addWidget(label);
    row->addWidget(m_filter, 1);
    row->addWidget(m_showAll);
    row->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_roles->setNameFilter(text);
        updateCount();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool on) { m_model->setShowAllRoles(on); });
    return bar;
}

QWidget *ModelAccessPage::buildLegend()
{
    auto *legend = new MatrixLegend(QStringLiteral("modelAccessLegend"), this);
    const std::pair<RightSource, QString> sources[] = {
        {RightSource::Superuser, tr("superuser")},
        {RightSource::Owner, tr("owner (of the extension, the model or the schema)")},
        {RightSource::Direct, tr("\u2713 held directly")},
        {RightSource::Inherited, tr("via a role it inherits")},
        {RightSource::Predefined, tr("via a predefined role (pg_read_all_data...)")},
        {RightSource::Public, tr("PUBLIC")},
    };
    for (const auto &[src, text] : sources)
        legend->add(MatrixDelegate::legendChip(src, text, legend));
    legend->add(MatrixDelegate::legendChip(tr("unknown"), QColor(0xee, 0xee, 0xee), palette().color(QPalette::PlaceholderText), legend));
    legend->add(MatrixDelegate::legendChip(tr("pending"), palette().color(QPalette::Base), kPending, legend));
    legend->setNote(tr("Space or double click: grant or revoke the current cell (it joins the pending changes). "
                       "Italic: held as superuser or owner, not revocable here. Hover a column title for "
                       "what its holders may do."),
                    QStringLiteral("modelAccessHelp"));
    return legend;
}

void ModelAccessPage::showSnapshot()
{
    m_model->setRights(m_session ? m_session->rights() : nullptr);
    showPending();
    updateNotice();
}

void ModelAccessPage::showPending()
{
    if (m_session)
        m_model->setPendingChanges(m_session->pendingPlan().changes());
}

void ModelAccessPage::updateNotice()
{
    // No extension: the page says so in place of the table (the models page offers to install it).
    const QString notice = m_model->notice();
    const bool noExtension = m_model->rights() && !m_model->hasExtension();
    m_empty->setText(noExtension ? notice : tr("Connect to a database to see who may use its models (Ctrl+O)."));
    if (notice.isEmpty() || noExtension)
        m_notice->hide();
    else
        m_notice->showMessage(MessageBar::Level::Warning, notice.section(u'\n', 0, 0), notice);
}

void ModelAccessPage::updateCount()
{
    const int models = m_model->rights() ? int(m_model->rights()->snapshot().models.models.size()) : 0;
    m_count->setText(tr("%1, %2", "role count, model count")
                         .arg(tr("%1 of %n role(s)", nullptr, m_model->rowCount()).arg(m_roles->rowCount()),
                              tr("%n model(s)", nullptr, models)));
}

bool ModelAccessPage::selectCell(const QString &role, int column)
{
    const int sourceRow = m_model->rowForRole(role);
    if (sourceRow < 0 || column < 0 || column >= m_model->columnCount())
        return false;
    const QModelIndex index = m_roles->mapFromSource(m_model->index(sourceRow, column));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

int ModelAccessPage::toggleCurrent()
{
    return toggle(m_view->currentIndex());
}

int ModelAccessPage::toggle(const QModelIndex &index)
{
    if (!index.isValid() || !m_session)
        return 0;
    const QModelIndex source = m_roles->mapToSource(index);
    const EditResult result = m_model->toggle(source);
    m_lastNotes = result.notes;
    if (result.notes.isEmpty())
        m_notes->hide();
    else
        m_notes->showMessage(result.changes.isEmpty() ? MessageBar::Level::Warning : MessageBar::Level::Info,
                             result.notes.join(u' '), result.notes.join(u'\n'));
    if (!result.notes.isEmpty())
        emit notesReported(result.notes);
    if (result.changes.isEmpty())
        return 0;
    const QString grantee = source.data(M::GranteeRole).toString();
    const QString column = m_model->headerData(source.column(), Qt::Horizontal).toString();
    return m_session->addChanges(result.changes, tr("%1 for %2").arg(column, grantee.isEmpty() ? QStringLiteral("PUBLIC")
                                                                                                 : grantee));
}

void ModelAccessPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ModelAccessPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace roledesk
