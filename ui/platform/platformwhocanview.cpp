#include "platform/platformwhocanview.h"

#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "models/platformgrantmodel.h"
#include "platform/platformwidgets.h"
#include "platform/platformdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace roledesk {

namespace {

const QString AnyProject = QStringLiteral("*");

// A file name from a person's or permission's id, safe on every file system.
QString fileStem(const QString &prefix, const QString &id)
{
    QString stem = id;
    for (QChar &c : stem)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return prefix + stem;
}

} // namespace

PlatformWhoCanView::PlatformWhoCanView(PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_permission(makeSearchableCombo(this))
    , m_project(new QComboBox(this))
    , m_whoSummary(new QLabel(this))
    , m_whoModel(new PlatformGrantModel(this))
    , m_whoExport(new QPushButton(tr("E&xport…"), this))
    , m_person(makeSearchableCombo(this))
    , m_whatSummary(new QLabel(this))
    , m_whatModel(new PlatformGrantModel(this))
    , m_whatExport(new QPushButton(tr("Expo&rt…"), this))
{
    m_permission->setObjectName(QStringLiteral("whoCanPermission"));
    m_project->setObjectName(QStringLiteral("whoCanProject"));
    m_person->setObjectName(QStringLiteral("whatCanPerson"));
    m_whoExport->setObjectName(QStringLiteral("whoCanExport"));
    m_whatExport->setObjectName(QStringLiteral("whatCanExport"));
    m_whoExport->setToolTip(tr("Save this answer as CSV or JSON"));
    m_whatExport->setToolTip(tr("Save this answer as CSV or JSON"));
    m_whoModel->setColumns({PlatformGrantModel::Column::Person, PlatformGrantModel::Column::Scope,
                            PlatformGrantModel::Column::Role, PlatformGrantModel::Column::Source});
    m_whatModel->setColumns({PlatformGrantModel::Column::Permission, PlatformGrantModel::Column::Scope,
                             PlatformGrantModel::Column::Role, PlatformGrantModel::Column::Source});
    m_whoView = makePlatformTable(m_whoModel, QStringLiteral("whoCanResults"), tr("People who hold the permission"), this);
    m_whatView = makePlatformTable(m_whatModel, QStringLiteral("whatCanResults"), tr("Permissions the person holds"), this);

    auto *who = new QGroupBox(tr("Who can…?"), this);
    auto *whoRow = new QHBoxLayout;
    auto *permissionLabel = new QLabel(tr("Per&mission:"), who);
    permissionLabel->setBuddy(m_permission);
    auto *projectLabel = new QLabel(tr("in pro&ject:"), who);
    projectLabel->setBuddy(m_project);
    whoRow->addWidget(permissionLabel);
    whoRow->addWidget(m_permission, 2);
    whoRow->addWidget(projectLabel);
    whoRow->addWidget(m_project, 1);
    whoRow->addWidget(m_whoExport);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addLayout(whoRow);
    whoLayout->addWidget(m_whoSummary);
    whoLayout->addWidget(m_whoView, 1);

    auto *what = new QGroupBox(tr("What can…?"), this);
    auto *whatRow = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("Pe&rson:"), what);
    personLabel->setBuddy(m_person);
    whatRow->addWidget(personLabel);
    whatRow->addWidget(m_person, 1);
    whatRow->addWidget(m_whatExport);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addLayout(whatRow);
    whatLayout->addWidget(m_whatSummary);
    whatLayout->addWidget(m_whatView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(who);
    splitter->addWidget(what);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setTabOrder(m_permission, m_project);
    setTabOrder(m_project, m_whoExport);
    setTabOrder(m_whoExport, m_whoView);
    setTabOrder(m_whoView, m_person);
    setTabOrder(m_person, m_whatExport);
    setTabOrder(m_whatExport, m_whatView);

    connect(m_permission, &QComboBox::activated, this, &PlatformWhoCanView::updateWho);
    connect(m_project, &QComboBox::activated, this, &PlatformWhoCanView::updateWho);
    connect(m_person, &QComboBox::activated, this, &PlatformWhoCanView::updateWhat);
    connect(m_whoExport, &QPushButton::clicked, this, [this] {
        exportAnswer(tr("Export who can"), fileStem(QStringLiteral("who-can-"), m_permission->currentData().toString()),
                     [this](const QString &path, PlatformExport::Format f) { return exportWhoCan(path, f); });
    });
    connect(m_whatExport, &QPushButton::clicked, this, [this] {
        exportAnswer(tr("Export what can"), fileStem(QStringLiteral("what-can-"), m_person->currentData().toString()),
                     [this](const QString &path, PlatformExport::Format f) { return exportWhatCan(path, f); });
    });
    connect(m_document, &PlatformDocument::changed, this, &PlatformWhoCanView::reload);
    reload();
}

void PlatformWhoCanView::reload()
{
    fillPermissionCombo(m_permission, m_document->definition());
    fillScopeCombo(m_project, m_document->file().projects, false, tr("anywhere"));
    fillPersonCombo(m_person, m_document->people());
    updateWho();
    updateWhat();
}

bool PlatformWhoCanView::askWhoCan(const QString &permissionId, const QString &project)
{
    const int permission = m_permission->findData(permissionId);
    const int scope = m_project->findData(project.isEmpty() ? AnyProject : project);
    if (permission < 0 || scope < 0)
        return false;
    m_permission->setCurrentIndex(permission);
    m_project->setCurrentIndex(scope);
    updateWho();
    return true;
}

bool PlatformWhoCanView::askWhatCan(const QString &personId)
{
    const int person = m_person->findData(personId);
    if (person < 0)
        return false;
    m_person->setCurrentIndex(person);
    updateWhat();
    return true;
}

void PlatformWhoCanView::updateWho()
{
    const QString permission = m_permission->currentData().toString();
    QString project = m_project->currentData().toString();
    if (project == AnyProject)
        project.clear();
    const bool ready = m_document->isOpen() && !permission.isEmpty();
    m_whoExport->setEnabled(ready);
    if (!ready) {
        m_whoModel->clear();
        m_whoSummary->setText(m_document->isOpen() ? tr("Choose a permission.") : tr("Open a platform file first."));
        return;
    }
    const QList<PlatformPermissionGrant> grants = m_document->evaluation().whoCan(permission, project);
    m_whoModel->setPermissionGrants(grants, m_document->definition(), m_document->names());
    QSet<QString> people;
    for (const PlatformPermissionGrant &g : grants)
        people.insert(g.person);
    m_whoSummary->setText(project.isEmpty()
                              ? tr("%n person(s) hold “%1” somewhere.", nullptr, int(people.size())).arg(m_permission->currentText())
                              : tr("%n person(s) hold “%1” in %2.", nullptr, int(people.size())).arg(m_permission->currentText(), project));
    m_whoView->resizeColumnsToContents();
}

void PlatformWhoCanView::updateWhat()
{
    const QString person = m_person->currentData().toString();
    const bool ready = m_document->isOpen() && !person.isEmpty();
    m_whatExport->setEnabled(ready);
    if (!ready) {
        m_whatModel->clear();
        m_whatSummary->setText(m_document->isOpen() ? tr("Choose a person.") : tr("Open a platform file first."));
        return;
    }
    const QList<PlatformPermissionGrant> grants = m_document->evaluation().permissionsOf(person);
    m_whatModel->setPermissionGrants(grants, m_document->definition(), m_document->names());
    QSet<QString> permissions;
    for (const PlatformPermissionGrant &g : grants)
        permissions.insert(g.permission);
    m_whatSummary->setText(tr("%n permission(s) for %1.", nullptr, int(permissions.size())).arg(m_person->currentText()));
    m_whatView->resizeColumnsToContents();
}

QString PlatformWhoCanView::exportWhoCan(const QString &path, PlatformExport::Format format)
{
    QString project = m_project->currentData().toString();
    if (project == AnyProject)
        project.clear();
    return writeFile(path, PlatformExport::whoCan(m_document->evaluation(), m_document->file(),
                                                  m_permission->currentData().toString(), project, format,
                                                  m_document->directory()));
}

QString PlatformWhoCanView::exportWhatCan(const QString &path, PlatformExport::Format format)
{
    return writeFile(path, PlatformExport::whatCan(m_document->evaluation(), m_document->file(),
                                                   m_person->currentData().toString(), format, m_document->directory()));
}

QString PlatformWhoCanView::writeFile(const QString &path, const QByteArray &bytes)
{
    OutputFile out(path);
    if (!out.open() || out.write(bytes) < 0 || !out.commit())
        return tr("Could not write %1: %2").arg(path, out.errorString());
    return {};
}

void PlatformWhoCanView::exportAnswer(const QString &title, const QString &suggestedName,
                                      const std::function<QString(const QString &, PlatformExport::Format)> &write)
{
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csv;
    QString path = askSaveFileName(this, title, suggestedName + QStringLiteral(".csv"), csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    // The name's suffix decides; without one, the filter chosen does and names it.
    const QString suffix = QFileInfo(path).suffix().toLower();
    PlatformExport::Format format = PlatformExport::Format::Csv;
    if (suffix == QLatin1String("json") || (suffix != QLatin1String("csv") && filter == json))
        format = PlatformExport::Format::Json;
    if (suffix.isEmpty())
        path += format == PlatformExport::Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (const QString error = write(path, format); !error.isEmpty())
        emit message(MessageBar::Level::Error, error, error);
    else
        emit message(MessageBar::Level::Info, tr("Saved %1.").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace roledesk
