#include "privileges/matrixpage.h"

#include "common/matrixdelegate.h"
#include "common/matrixheaderview.h"
#include "common/matrixlegend.h"
#include "models/objectfilterproxymodel.h"
#include "models/privilegematrixmodel.h"
#include "models/rolefilterproxymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace roledesk {

namespace {

// Kind choices of the object filter: a label and the kinds it keeps.
struct KindChoice {
    const char *label;
    QList<ObjectKind> kinds;
};

const QList<KindChoice> &kindChoices()
{
    using K = ObjectKind;
    static const QList<KindChoice> choices = {
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "All objects except columns"),
         {K::Database, K::Schema, K::Table, K::View, K::MaterializedView, K::Sequence, K::ForeignTable,
          K::Function, K::Procedure, K::Type, K::Language}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "All objects"),
         {K::Database, K::Schema, K::Table, K::View, K::MaterializedView, K::Sequence, K::ForeignTable,
          K::Column, K::Function, K::Procedure, K::Type, K::Language}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Tables and views"),
         {K::Table, K::View, K::MaterializedView, K::ForeignTable}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Columns"), {K::Column}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Sequences"), {K::Sequence}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Functions and procedures"), {K::Function, K::Procedure}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Schemas and databases"), {K::Database, K::Schema}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Types"), {K::Type}},
        {QT_TRANSLATE_NOOP("roledesk::MatrixPage", "Procedural languages"), {K::Language}},
    };
    return choices;
}

} // namespace

MatrixPage::MatrixPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PrivilegeMatrixModel(this))
    , m_objects(new ObjectFilterProxyModel(this))
    , m_roles(new RoleFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("matrixPage"));
    m_objects->setSourceModel(m_model);
    m_roles->setSourceModel(m_objects);
    m_objects->setKinds(kindChoices().front().kinds);
    m_model->setShowPublic(true); // PUBLIC is a grantee like any role

    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setHorizontalHeader(new MatrixHeaderView(Qt::Horizontal, m_view));
    m_view->setVerticalHeader(new MatrixHeaderView(Qt::Vertical, m_view));
    m_view->setItemDelegate(new MatrixDelegate(m_view));
    m_view->setModel(m_roles);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setWordWrap(false);
    m_view->setShowGrid(true);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setMaximumWidth(280);
    m_view->setAccessibleName(tr("Privilege matrix"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    m_empty = new QLabel(tr("Connect to a database to see who can do what (Ctrl+O)."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("matrixEmptyHint"));
    auto *stackHolder = new QWidget(this);
    auto *stack = new QStackedLayout(stackHolder);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);

    // How many roles and objects the filters leave: in the matrix's empty top-left corner, not
    // in the filter row, which a narrow window or a longer language leaves no room in.
    m_count = new QLabel(m_view);
    m_count->setObjectName(QStringLiteral("matrixCount"));
    m_count->setWordWrap(true);
    m_count->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_count->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    const auto placeCount = [this] {
        const int frame = m_view->frameWidth();
        m_count->setGeometry(frame + 6, frame + 4, qMax(0, m_view->verticalHeader()->width() - 12),
                             qMax(0, m_view->horizontalHeader()->height() - 8));
        m_count->raise();
    };
    connect(m_view->verticalHeader(), &QHeaderView::geometriesChanged, m_count, placeCount);
    connect(m_view->horizontalHeader(), &QHeaderView::geometriesChanged, m_count, placeCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(buildFilterBar());
    layout->addWidget(stackHolder, 1);
    layout->addWidget(buildLegend());

    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->rights() ? static_cast<QWidget *>(m_view) : m_empty);
    });
}

MatrixPage::~MatrixPage() = default;

QWidget *MatrixPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto *rolesLabel = new QLabel(tr("&Roles:"), bar);
    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("roleScope"));
    m_scope->addItem(tr("All roles"), int(RoleFilterProxyModel::Scope::All));
    m_scope->addItem(tr("Users (can log in)"), int(RoleFilterProxyModel::Scope::Users));
    m_scope->addItem(tr("Groups (no login)"), int(RoleFilterProxyModel::Scope::Groups));
    rolesLabel->setBuddy(m_scope);
    m_predefined = new QCheckBox(tr("&Predefined pg_* roles"), bar);
    m_predefined->setToolTip(tr("Show the built-in pg_* roles too"));
    m_predefined->setObjectName(QStringLiteral("showPredefined"));
    m_roleName = new QLineEdit(bar);
    m_roleName->setObjectName(QStringLiteral("roleFilter"));
    m_roleName->setPlaceholderText(tr("Filter roles by name (Ctrl+F)"));
    m_roleName->setClearButtonEnabled(true);
    m_roleName->setMinimumWidth(150);

    auto *objectsLabel = new QLabel(tr("&Objects:"), bar);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("objectKind"));
    for (const KindChoice &c : kindChoices())
        m_kind->addItem(tr(c.label));
    objectsLabel->setBuddy(m_kind);
    m_schema = new QComboBox(bar);
    m_schema->setObjectName(QStringLiteral("schemaFilter"));
    m_schema->setAccessibleName(tr("Schema"));
    m_schema->addItem(tr("All schemas"), QString());
    m_objectName = new QLineEdit(bar);
    m_objectName->setObjectName(QStringLiteral("objectFilter"));
    m_objectName->setPlaceholderText(tr("Filter objects by name"));
    m_objectName->setClearButtonEnabled(true);
    m_objectName->setMinimumWidth(150);

    row->addWidget(rolesLabel);
    row->addWidget(m_scope);
    row->addWidget(m_roleName, 1);
    row->addWidget(m_predefined);
    row->addSpacing(12);
    row->addWidget(objectsLabel);
    row->addWidget(m_kind);
    row->addWidget(m_schema);
    row->addWidget(m_objectName, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_roles->setScope(RoleFilterProxyModel::Scope(m_scope->currentData().toInt()));
        updateCount();
    });
    connect(m_predefined, &QCheckBox::toggled, this, [this](bool on) {
        m_roles->setShowPredefined(on);
        updateCount();
    });
    connect(m_roleName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_roles->setNameFilter(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < kindChoices().size())
            m_objects->setKinds(kindChoices().at(i).kinds);
        updateCount();
    });
    connect(m_schema, &QComboBox::currentIndexChanged, this, [this] {
        m_objects->setSchema(m_schema->currentData().toString());
        updateCount();
    });
    // Typing in a 25,000-column filter should not refilter on every key.
    auto *objectTimer = new QTimer(this);
    objectTimer->setSingleShot(true);
    objectTimer->setInterval(150);
    connect(m_objectName, &QLineEdit::textChanged, objectTimer, qOverload<>(&QTimer::start));
    connect(objectTimer, &QTimer::timeout, this, [this] {
        m_objects->setNameFilter(m_objectName->text());
        updateCount();
    });
    return bar;
}

QWidget *MatrixPage::buildLegend()
{
    auto *legend = new MatrixLegend(QStringLiteral("matrixLegend"), this);
    const RightSource order[] = {RightSource::Superuser, RightSource::Owner, RightSource::Direct,
                                 RightSource::Inherited, RightSource::Predefined, RightSource::Public};
    for (RightSource src : order)
        legend->add(MatrixDelegate::legendChip(src, PrivilegeMatrixModel::sourceLabel(src), legend));
    legend->addSpacing(8);
    legend->add(new QLabel(tr("<b>*</b> grantable · <b>ALL</b> every privilege · "
                              "● user ◆ group ★ superuser ◇ predefined role"), legend));
    legend->setNote(tr("Letters: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, "
                       "x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, "
                       "c CONNECT, T TEMPORARY"),
                    QStringLiteral("matrixLetters"));
    return legend;
}

void MatrixPage::setRights(std::shared_ptr<const EffectiveRights> rights)
{
    m_model->setRights(std::move(rights));
    reloadSchemas();
    updateCount();
    emit cellSelected(-1, -1);
}

void MatrixPage::reloadSchemas()
{
    const QString previous = m_schema->currentData().toString();
    const QSignalBlocker block(m_schema);
    m_schema->clear();
    m_schema->addItem(tr("All schemas"), QString());
    for (const QString &s : m_objects->schemas())
        m_schema->addItem(s, s);
    const int keep = m_schema->findData(previous);
    m_schema->setCurrentIndex(keep >= 0 ? keep : 0);
    m_objects->setSchema(m_schema->currentData().toString());
}

void MatrixPage::updateCount()
{
    m_count->setText(tr("%1, %2", "role count, object count")
                         .arg(tr("%1 of %n role(s)", nullptr, m_model->rowCount()).arg(m_roles->rowCount()),
                              tr("%1 of %n object(s)", nullptr, m_model->columnCount()).arg(m_roles->columnCount())));
}

void MatrixPage::focusFilter()
{
    m_roleName->setFocus(Qt::ShortcutFocusReason);
    m_roleName->selectAll();
}

MatrixPage::VisibleSet MatrixPage::visibleSet() const
{
    VisibleSet out;
    for (int r = 0; r < m_roles->rowCount(); ++r) {
        const int role = m_roles->headerData(r, Qt::Vertical, PrivilegeMatrixModel::RoleIndexRole).toInt();
        if (role >= 0)
            out.roles << role;
    }
    for (int c = 0; c < m_roles->columnCount(); ++c)
        out.objects << m_roles->headerData(c, Qt::Horizontal, PrivilegeMatrixModel::ObjectIndexRole).toInt();
    return out;
}

bool MatrixPage::selectCell(const QString &roleName, const QString &objectName)
{
    int row = -1;
    for (int r = 0; r < m_roles->rowCount() && row < 0; ++r)
        if (m_roles->headerData(r, Qt::Vertical).toString() == roleName)
            row = r;
    int column = -1;
    for (int c = 0; c < m_roles->columnCount() && column < 0; ++c) {
        if (m_roles->headerData(c, Qt::Horizontal).toString() == objectName
            || m_roles->headerData(c, Qt::Horizontal, PrivilegeMatrixModel::SortKeyRole).toString() == objectName)
            column = c;
    }
    if (row < 0 || column < 0)
        return false;
    const QModelIndex index = m_roles->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MatrixPage::onCurrentChanged(const QModelIndex &current)
{
    m_view->horizontalHeader()->viewport()->update();
    m_view->verticalHeader()->viewport()->update();
    if (!current.isValid()) {
        emit cellSelected(-1, -1);
        return;
    }
    emit cellSelected(current.data(PrivilegeMatrixModel::RoleIndexRole).toInt(),
                      current.data(PrivilegeMatrixModel::ObjectIndexRole).toInt());
}

} // namespace roledesk
