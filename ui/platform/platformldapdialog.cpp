#include "platform/platformldapdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace roledesk {

PlatformLdapDialog::PlatformLdapDialog(const LdapSettings &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_url(new QLineEdit(initial.url, this))
    , m_startTls(new QCheckBox(tr("Use &StartTLS"), this))
    , m_caFile(new QLineEdit(initial.caFile, this))
    , m_bindDn(new QLineEdit(initial.bindDn, this))
    , m_password(new QLineEdit(this))
    , m_baseDn(new QLineEdit(initial.baseDn, this))
    , m_userFilter(new QLineEdit(initial.userFilter, this))
    , m_groupFilter(new QLineEdit(initial.groupFilter, this))
    , m_memberAttribute(new QLineEdit(initial.memberAttribute, this))
    , m_machineFilter(new QLineEdit(initial.machineFilter, this))
    , m_provider(new QLineEdit(initial.provider, this))
{
    setObjectName(QStringLiteral("platformLdapDialog"));
    setWindowTitle(tr("Load directory from LDAP"));
    const LdapSettings defaults;
    m_url->setObjectName(QStringLiteral("ldapUrl"));
    m_url->setPlaceholderText(QStringLiteral("ldap://127.0.0.1:389"));
    m_startTls->setChecked(initial.startTls);
    m_caFile->setPlaceholderText(tr("empty: the system's certificates"));
    m_machineFilter->setPlaceholderText(tr("empty: no machine users"));
    m_bindDn->setObjectName(QStringLiteral("ldapBindDn"));
    m_bindDn->setPlaceholderText(tr("empty: anonymous"));
    m_password->setObjectName(QStringLiteral("ldapPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored"));
    m_baseDn->setObjectName(QStringLiteral("ldapBaseDn"));
    m_userFilter->setPlaceholderText(defaults.userFilter);
    m_groupFilter->setPlaceholderText(defaults.groupFilter);
    m_memberAttribute->setPlaceholderText(defaults.memberAttribute);
    m_provider->setObjectName(QStringLiteral("ldapProvider"));

    auto *form = new QFormLayout;
    auto row = [this, form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("Server &URL:"), m_url);
    form->addRow(QString(), m_startTls);
    row(tr("CA certificate &file:"), m_caFile);
    row(tr("&Bind DN:"), m_bindDn);
    row(tr("&Password:"), m_password);
    row(tr("Base &DN:"), m_baseDn);
    row(tr("U&ser filter:"), m_userFilter);
    row(tr("&Group filter:"), m_groupFilter);
    row(tr("&Member attribute:"), m_memberAttribute);
    row(tr("Mac&hine users filter:"), m_machineFilter);
    row(tr("Identity pro&vider:"), m_provider);
    auto *note = new QLabel(tr("People and groups are read once, on a background thread; the page stays usable "
                               "and the read can be cancelled. The password is not saved."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Read"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70); // DNs and filters are long
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    (m_url->text().isEmpty() ? m_url : m_password)->setFocus();
}

LdapSettings PlatformLdapDialog::settings() const
{
    LdapSettings s = m_initial; // timeouts and page size as the file's settings give them
    s.url = m_url->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.startTls = m_startTls->isChecked();
    s.bindDn = m_bindDn->text().trimmed();
    s.password = m_password->text();
    s.baseDn = m_baseDn->text().trimmed();
    // A field left empty means the reader's default, as in the platform file.
    const LdapSettings defaults;
    auto orDefault = [](const QLineEdit *edit, const QString &fallback) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    s.userFilter = orDefault(m_userFilter, defaults.userFilter);
    s.groupFilter = orDefault(m_groupFilter, defaults.groupFilter);
    s.memberAttribute = orDefault(m_memberAttribute, defaults.memberAttribute);
    s.machineFilter = m_machineFilter->text().trimmed();
    s.provider = m_provider->text().trimmed();
    return s;
}

} // namespace roledesk
