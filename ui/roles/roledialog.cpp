#include "roles/roledialog.h"
#include "ui_roledialog.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

namespace {

enum GroupColumn { GroupNameColumn, GroupAdminColumn };

struct Encrypted {
    QString verifier;
    pg::Error error;
};

// On a worker thread: a short-lived connection only asks the server for password_encryption.
Encrypted encryptPassword(const pg::ConnectOptions &options, const QString &user, const QString &password)
{
    Encrypted out;
    pg::Connection conn;
    out.error = conn.open(options);
    if (out.error.isNull())
        out.verifier = conn.encryptPassword(user, password, &out.error);
    return out;
}

} // namespace

RoleDialog::RoleDialog(SnapshotPtr snapshot, int roleIndex, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoleDialog>())
    , m_snapshot(std::move(snapshot))
    , m_role(m_snapshot && roleIndex >= 0 && roleIndex < m_snapshot->roles.size() ? roleIndex : -1)
    , m_groups(new QStandardItemModel(0, 2, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("roleDialog"));
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Admin option")});
    m_ui->memberOfView->setModel(m_groups);
    m_ui->memberOfView->header()->setStretchLastSection(false);
    m_ui->memberOfView->header()->setSectionResizeMode(GroupNameColumn, QHeaderView::Stretch);
    m_ui->memberOfView->setAccessibleName(tr("Groups the role is a member of"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->validUntilEdit->setDateTime(QDateTime::currentDateTime().addYears(1));

    load();

    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &RoleDialog::addGroup);
    connect(m_ui->removeGroupButton, &QPushButton::clicked, this, &RoleDialog::removeGroup);
    connect(m_ui->toggleAdminButton, &QPushButton::clicked, this, &RoleDialog::toggleAdmin);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_ui->neverCheck), static_cast<QAbstractButton *>(m_ui->keepPasswordRadio),
                               static_cast<QAbstractButton *>(m_ui->setPasswordRadio), static_cast<QAbstractButton *>(m_ui->removePasswordRadio)})
        connect(b, &QAbstractButton::toggled, this, &RoleDialog::updateState);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] { showError({}); });
    connect(m_ui->memberOfView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoleDialog::updateState);
    updateState();
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::setConnectOptions(const pg::ConnectOptions &options)
{
    m_options = options;
}

void RoleDialog::load()
{
    QStringList candidates;
    QString self;
    if (m_snapshot) {
        if (m_role >= 0)
            self = m_snapshot->roles.at(m_role).name;
        for (const Role &r : m_snapshot->roles)
            if (r.name != self)
                candidates << r.name;
        candidates.sort(Qt::CaseInsensitive);
    }
    m_ui->addGroupCombo->addItems(candidates);
    m_ui->addGroupCombo->setCurrentIndex(-1);

    if (isCreate()) {
        setWindowTitle(tr("Create role"));
        m_ui->inheritCheck->setChecked(true);
        m_ui->neverCheck->setChecked(true);
        m_ui->keepPasswordRadio->setText(tr("N&o password"));
        m_ui->removePasswordRadio->hide();
        return;
    }
    const Role &r = m_snapshot->roles.at(m_role);
    setWindowTitle(tr("Alter role %1").arg(r.name));
    m_ui->nameEdit->setText(r.name);
    m_ui->loginCheck->setChecked(r.canLogin);
    m_ui->superuserCheck->setChecked(r.superuser);
    m_ui->createDbCheck->setChecked(r.createDb);
    m_ui->createRoleCheck->setChecked(r.createRole);
    m_ui->inheritCheck->setChecked(r.inherit);
    m_ui->replicationCheck->setChecked(r.replication);
    m_ui->bypassRlsCheck->setChecked(r.bypassRls);
    m_ui->connectionLimitSpin->setValue(r.connectionLimit);
    m_ui->neverCheck->setChecked(!r.validUntil.isValid());
    if (r.validUntil.isValid())
        m_ui->validUntilEdit->setDateTime(r.validUntil.toLocalTime());
    m_initialValidUntil = m_ui->validUntilEdit->dateTime();

    for (const Membership &m : m_snapshot->memberships) {
        if (m.implicit || m.member != r.oid)
            continue;
        const QString group = m_snapshot->roleName(m.group);
        m_initialGroups.insert(group, m_initialGroups.value(group) || m.adminOption);
    }
    QStringList names = m_initialGroups.keys();
    names.sort(Qt::CaseInsensitive);
    for (const QString &g : names) {
        auto *name = new QStandardItem(g);
        name->setEditable(false);
        auto *admin = new QStandardItem;
        admin->setCheckable(true);
        admin->setEditable(false);
        admin->setCheckState(m_initialGroups.value(g) ? Qt::Checked : Qt::Unchecked);
        m_groups->appendRow({name, admin});
    }
}

void RoleDialog::updateState()
{
    m_ui->validUntilEdit->setEnabled(!m_ui->neverCheck->isChecked());
    const bool setting = m_ui->setPasswordRadio->isChecked();
    m_ui->passwordEdit->setEnabled(setting);
    m_ui->confirmEdit->setEnabled(setting);
    const bool selected = m_ui->memberOfView->selectionModel()->hasSelection();
    m_ui->removeGroupButton->setEnabled(selected);
    m_ui->toggleAdminButton->setEnabled(selected);
}

QHash<QString, bool> RoleDialog::groups() const
{
    QHash<QString, bool> out;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        out.insert(m_groups->item(row, GroupNameColumn)->text(),
                   m_groups->item(row, GroupAdminColumn)->checkState() == Qt::Checked);
    return out;
}

void RoleDialog::addGroup()
{
    const QString group = m_ui->addGroupCombo->currentText().trimmed();
    if (group.isEmpty())
        return;
    const bool known = m_snapshot && std::any_of(m_snapshot->roles.cbegin(), m_snapshot->roles.cend(),
                                                 [&](const Role &r) { return r.name == group; });
    if (!known) {
        showError(tr("There is no role named “%1”.").arg(group));
        return;
    }
    if (group == m_ui->nameEdit->text()) {
        showError(tr("A role cannot be a member of itself."));
        return;
    }
    const QList<QStandardItem *> found = m_groups->findItems(group, Qt::MatchExactly, GroupNameColumn);
    const Qt::CheckState admin = m_ui->addAdminCheck->isChecked() ? Qt::Checked : Qt::Unchecked;
    if (!found.isEmpty()) {
        m_groups->item(found.first()->row(), GroupAdminColumn)->setCheckState(admin);
    } else {
        auto *name = new QStandardItem(group);
        name->setEditable(false);
        auto *check = new QStandardItem;
        check->setCheckable(true);
        check->setEditable(false);
        check->setCheckState(admin);
        m_groups->appendRow({name, check});
    }
    m_ui->addGroupCombo->setCurrentIndex(-1);
    m_ui->addGroupCombo->clearEditText();
    showError({});
}

void RoleDialog::removeGroup()
{
    const QModelIndexList rows = m_ui->memberOfView->selectionModel()->selectedRows();
    QList<int> sorted;
    for (const QModelIndex &i : rows)
        sorted << i.row();
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    for (int row : sorted)
        m_groups->removeRow(row);
    updateState();
}

void RoleDialog::toggleAdmin()
{
    for (const QModelIndex &i : m_ui->memberOfView->selectionModel()->selectedRows()) {
        QStandardItem *admin = m_groups->item(i.row(), GroupAdminColumn);
        admin->setCheckState(admin->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
}

QString RoleDialog::nameError(const QString &name, const Snapshot *snapshot, const QString &currentName)
{
    if (name.isEmpty())
        return tr("Enter a name for the role.");
    if (name.toUtf8().size() > 63)
        return tr("A role name holds at most 63 bytes in UTF-8; “%1” has %2.").arg(name).arg(name.toUtf8().size());
    if (name.startsWith(QLatin1String("pg_")))
        return tr("Names starting with “pg_” are reserved for PostgreSQL's own roles.");
    if (name == QLatin1String("public") || name == QLatin1String("none"))
        return tr("“%1” is a reserved name.").arg(name);
    if (snapshot && name != currentName)
        for (const Role &r : snapshot->roles)
            if (r.name == name)
                return tr("A role named “%1” already exists.").arg(name);
    return {};
}

QString RoleDialog::validationError() const
{
    const QString current = isCreate() ? QString() : m_snapshot->roles.at(m_role).name;
    QString error = nameError(finalName(), m_snapshot.get(), current);
    if (!error.isEmpty())
        return error;
    if (m_ui->setPasswordRadio->isChecked()) {
        if (m_ui->passwordEdit->text().isEmpty())
            return tr("Enter the new password, or choose to keep it.");
        if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
            return tr("The password and its confirmation differ.");
    }
    return {};
}

QString RoleDialog::finalName() const
{
    return m_ui->nameEdit->text();
}

void RoleDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void RoleDialog::accept()
{
    if (m_busy)
        return;
    const QString error = validationError();
    if (!error.isEmpty()) {
        showError(error);
        m_ui->nameEdit->setFocus();
        return;
    }
    if (!m_ui->setPasswordRadio->isChecked()) {
        finishAccept({});
        return;
    }
    if (m_options.isEmpty()) {
        showError(tr("A password can be set only while connected: the verifier is computed with the server's settings."));
        return;
    }
    m_busy = true;
    m_ui->buttonBox->setEnabled(false);
    showError({});
    m_ui->errorLabel->setText(tr("Computing the password verifier…"));
    m_ui->errorLabel->setStyleSheet({});
    m_ui->errorLabel->show();
    auto *watcher = new QFutureWatcher<Encrypted>(this);
    connect(watcher, &QFutureWatcher<Encrypted>::finished, this, [this, watcher] {
        const Encrypted result = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        m_ui->buttonBox->setEnabled(true);
        m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        if (!result.error.isNull() || result.verifier.isEmpty()) {
            showError(tr("Could not compute the password verifier: %1").arg(result.error.message));
            return;
        }
        finishAccept(result.verifier);
    });
    watcher->setFuture(QtConcurrent::run(encryptPassword, m_options, finalName(), m_ui->passwordEdit->text()));
}

void RoleDialog::finishAccept(const QString &verifier)
{
    m_changes.clear();
    const QString name = finalName();
    const RoleAttributes attrs = attributes(verifier);
    if (isCreate()) {
        m_changes << CreateRole{name, attrs};
    } else {
        const QString old = m_snapshot->roles.at(m_role).name;
        AlterRole alter{old, attrs, name != old ? name : QString()};
        if (!attrs.isEmpty() || !alter.newName.isEmpty())
            m_changes << alter;
    }
    m_changes << membershipChanges(name);
    // The plain password is not kept once its verifier exists.
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    QDialog::accept();
}

RoleAttributes RoleDialog::attributes(const QString &verifier) const
{
    RoleAttributes a;
    // Create: only what differs from PostgreSQL's defaults. Alter: only what differs from now.
    const Role current = isCreate() ? Role() : m_snapshot->roles.at(m_role);
    auto flag = [](std::optional<bool> &out, bool now, bool wanted) {
        if (now != wanted)
            out = wanted;
    };
    flag(a.superuser, current.superuser, m_ui->superuserCheck->isChecked());
    flag(a.inherit, current.inherit, m_ui->inheritCheck->isChecked());
    flag(a.createRole, current.createRole, m_ui->createRoleCheck->isChecked());
    flag(a.createDb, current.createDb, m_ui->createDbCheck->isChecked());
    flag(a.login, current.canLogin, m_ui->loginCheck->isChecked());
    flag(a.replication, current.replication, m_ui->replicationCheck->isChecked());
    flag(a.bypassRls, current.bypassRls, m_ui->bypassRlsCheck->isChecked());
    if (m_ui->connectionLimitSpin->value() != current.connectionLimit)
        a.connectionLimit = m_ui->connectionLimitSpin->value();
    const bool never = m_ui->neverCheck->isChecked();
    const bool hadLimit = current.validUntil.isValid();
    if (never && hadLimit)
        a.validUntil = QDateTime();
    else if (!never && (!hadLimit || m_ui->validUntilEdit->dateTime() != m_initialValidUntil))
        a.validUntil = m_ui->validUntilEdit->dateTime();
    if (m_ui->setPasswordRadio->isChecked())
        a.passwordVerifier = verifier;
    else if (!isCreate() && m_ui->removePasswordRadio->isChecked())
        a.passwordVerifier = QString();
    return a;
}

QList<Change> RoleDialog::membershipChanges(const QString &name) const
{
    QList<Change> out;
    const QHash<QString, bool> now = groups();
    QStringList names = now.keys();
    names.sort(Qt::CaseInsensitive);
    for (const QString &g : names) {
        const bool admin = now.value(g);
        if (!m_initialGroups.contains(g))
            out << GrantMembership{g, name, admin};
        else if (admin && !m_initialGroups.value(g))
            out << GrantMembership{g, name, true};
        else if (!admin && m_initialGroups.value(g))
            out << RevokeMembership{g, name, true};
    }
    QStringList gone = m_initialGroups.keys();
    gone.sort(Qt::CaseInsensitive);
    for (const QString &g : gone)
        if (!now.contains(g))
            out << RevokeMembership{g, name, false};
    return out;
}

} // namespace roledesk
