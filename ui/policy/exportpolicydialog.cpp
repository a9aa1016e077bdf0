#include "policy/exportpolicydialog.h"

#include "common/savedialogs.h"

#include "policy/policyfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace roledesk {

namespace {

QStringList checkedItems(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void fill(QListWidget *list, QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    for (const QString &n : names) {
        auto *item = new QListWidgetItem(n.isEmpty() ? QStringLiteral("PUBLIC") : n, list);
        item->setData(Qt::UserRole, n.isEmpty() ? QStringLiteral("PUBLIC") : n);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

} // namespace

ExportPolicyDialog::ExportPolicyDialog(SnapshotPtr snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_allRoles(new QCheckBox(tr("&All roles"), this))
    , m_roles(new QListWidget(this))
    , m_allSchemas(new QCheckBox(tr("All sc&hemas"), this))
    , m_schemas(new QListWidget(this))
    , m_database(new QCheckBox(tr("Include grants on the &database itself"), this))
    , m_format(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportPolicyDialog"));
    setWindowTitle(tr("Export policy"));
    m_roles->setObjectName(QStringLiteral("policyRoles"));
    m_schemas->setObjectName(QStringLiteral("policySchemas"));
    m_allRoles->setObjectName(QStringLiteral("policyAllRoles"));
    m_allSchemas->setObjectName(QStringLiteral("policyAllSchemas"));
    m_format->setObjectName(QStringLiteral("policyFormat"));
    m_roles->setAccessibleName(tr("Roles"));
    m_schemas->setAccessibleName(tr("Schemas"));
    m_format->addItem(tr("YAML"), QStringLiteral("yaml"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_allRoles->setChecked(true);
    m_allSchemas->setChecked(true);
    m_database->setChecked(true);

    QStringList roles{QString()}, schemas;
    if (m_snapshot) {
        for (const Role &r : m_snapshot->roles)
            if (!r.predefined)
                roles << r.name;
        for (const CatalogObject &o : m_snapshot->objects)
            if (o.kind == ObjectKind::Schema)
                schemas << o.name;
    }
    fill(m_roles, roles);
    fill(m_schemas, schemas);
    m_roles->setEnabled(false);
    m_schemas->setEnabled(false);
    connect(m_allRoles, &QCheckBox::toggled, m_roles, [this](bool all) { m_roles->setEnabled(!all); });
    connect(m_allSchemas, &QCheckBox::toggled, m_schemas, [this](bool all) { m_schemas->setEnabled(!all); });

    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *grid = new QGridLayout;
    grid->addWidget(m_allRoles, 0, 0);
    grid->addWidget(m_allSchemas, 0, 1);
    grid->addWidget(m_roles, 1, 0);
    grid->addWidget(m_schemas, 1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_database);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(formatLabel);
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    layout->addLayout(formatRow);
    layout->addWidget(buttons);
    resize(640, 520);
}

PolicyScope ExportPolicyDialog::scope() const
{
    PolicyScope s;
    s.allRoles = m_allRoles->isChecked();
    if (!s.allRoles)
        s.roles = checkedItems(m_roles);
    s.allSchemas = m_allSchemas->isChecked();
    if (!s.allSchemas)
        s.schemas = checkedItems(m_schemas);
    s.database = m_database->isChecked();
    return s;
}

QString ExportPolicyDialog::format() const
{
    return m_format->currentData().toString();
}

QString ExportPolicyDialog::exportTo(const QString &path) const
{
    if (!m_snapshot)
        return tr("Not connected.");
    DesiredState state = DesiredState::fromSnapshot(*m_snapshot, scope());
    state.database = m_snapshot->database;
    return PolicyFile::save(state, path);
}

void ExportPolicyDialog::accept()
{
    const bool yaml = format() == QLatin1String("yaml");
    const QString base = m_snapshot ? m_snapshot->database : QStringLiteral("policy");
    const QString path = askSaveFileName(
        this, tr("Save the policy"), base + (yaml ? QStringLiteral(".yaml") : QStringLiteral(".json")),
        yaml ? tr("YAML files (*.yaml *.yml)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace roledesk
