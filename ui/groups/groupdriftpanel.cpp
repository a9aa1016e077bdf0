#include "groups/groupdriftpanel.h"

#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "models/groupdriftmodel.h"
#include "privileges/effectiverights.h"
#include "window/session.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace roledesk {

GroupDriftPanel::GroupDriftPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new GroupDriftModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_box(new QGroupBox(this))
    , m_contents(new QWidget(m_box))
    , m_note(new QLabel(m_box))
    , m_kind(new QComboBox(m_contents))
    , m_view(new QTableView(m_contents))
    , m_export(new QPushButton(tr("&Export…"), m_contents))
    , m_exported(new QLabel(m_contents))
{
    setObjectName(QStringLiteral("groupDriftPanel"));
    m_box->setObjectName(QStringLiteral("groupDriftBox"));
    m_note->setObjectName(QStringLiteral("groupDriftNote"));
    m_note->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("groupDriftKind"));
    m_export->setObjectName(QStringLiteral("groupDriftExport"));
    m_export->setToolTip(tr("Save the findings shown as CSV or JSON (by the file's extension)"));
    m_exported->setObjectName(QStringLiteral("groupDriftExported"));
    m_exported->setWordWrap(true);

    m_kind->addItem(tr("All kinds"), QString());
    for (GroupDrift::Kind k : {GroupDrift::Kind::NotMigrated, GroupDrift::Kind::UserInNoGroup,
                               GroupDrift::Kind::RightAroundGroups, GroupDrift::Kind::SchemaWithoutGroups,
                               GroupDrift::Kind::OrphanGroup, GroupDrift::Kind::ModelBroken})
        m_kind->addItem(GroupDriftFinder::kindName(k), GroupDriftFinder::kindKey(k));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kind->currentData().toString();
        m_proxy->setFilterRegularExpression(
            key.isEmpty() ? QRegularExpression() : QRegularExpression(u'^' + QRegularExpression::escape(key) + u'$'));
        updateTitle();
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(GroupDriftModel::KindKeyRole);
    m_proxy->setFilterKeyColumn(int(GroupDriftModel::Column::Kind));
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("groupDriftView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(GroupDriftModel::Column::Kind), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_export, &QPushButton::clicked, this, &GroupDriftPanel::exportInteractively);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Kind:"), m_contents));
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(m_export);
    auto *contentsLayout = new QVBoxLayout(m_contents);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addLayout(top);
    contentsLayout->addWidget(m_view, 1);
    contentsLayout->addWidget(m_exported);
    m_exported->hide();
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_note);
    boxLayout->addWidget(m_contents, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_session, &Session::snapshotChanged, this, &GroupDriftPanel::onSnapshot);
    onSnapshot(m_session->rights());
}

void GroupDriftPanel::onSnapshot(const std::shared_ptr<const EffectiveRights> &rights)
{
    const bool enabled = rights && rights->snapshot().groups.enabled();
    if (enabled)
        m_model->setSnapshot(rights->snapshot());
    else
        m_model->setDrift({});
    m_contents->setVisible(enabled);
    m_note->setVisible(!enabled);
    m_note->setText(!rights ? tr("Not connected.")
                            : tr("No schema-group model (SLPM or SPM) is enabled in this database: there is no "
                                 "model to drift from."));
    m_view->resizeColumnsToContents();
    m_exported->hide();
    updateTitle();
    emit driftChanged(int(m_model->drift().size()));
}

void GroupDriftPanel::updateTitle()
{
    const auto rights = m_session->rights();
    if (!rights || !rights->snapshot().groups.enabled()) {
        m_box->setTitle(tr("Drift from the model"));
        return;
    }
    const int all = int(m_model->drift().size());
    const int shown = m_proxy->rowCount();
    m_box->setTitle(shown == all ? tr("Drift from the model (%1)").arg(all)
                                 : tr("Drift from the model (%1 of %2)").arg(shown).arg(all));
    m_export->setEnabled(shown > 0);
}

void GroupDriftPanel::setKindFilter(const QString &key)
{
    const int index = m_kind->findData(key);
    m_kind->setCurrentIndex(index < 0 ? 0 : index);
}

bool GroupDriftPanel::exportTo(const QString &path, QString *error) const
{
    QList<GroupDrift> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_model->at(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? GroupDriftModel::toJson(rows)
                                                                                       : GroupDriftModel::toCsv(rows);
    OutputFile file(path);
    if (!file.open() || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void GroupDriftPanel::exportInteractively()
{
    QString filter;
    const QString path = askSaveFileName(this, tr("Export the drift"), QStringLiteral("schema-group-drift.csv"),
                                         tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportTo(path, &error);
    m_exported->setText(ok ? tr("Saved %n finding(s) to %1.", nullptr, m_proxy->rowCount()).arg(path) : error);
    m_exported->setVisible(true);
}

} // namespace roledesk
