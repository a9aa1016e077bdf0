#pragma once

#include "platform/ldapdirectory.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace roledesk {

/// Where to read people and groups over LDAP: the platform file's directory settings
/// (LdapSettings::fromSource), editable for this read, and the bind password (asked each time,
/// never stored).
class PlatformLdapDialog : public QDialog {
    Q_OBJECT
public:
    PlatformLdapDialog(const LdapSettings &initial, QWidget *parent = nullptr);
    /// The settings to read with: the initial ones as edited (empty filters: LdapSettings' defaults).
    LdapSettings settings() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *bindDnEdit() const { return m_bindDn; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *baseDnEdit() const { return m_baseDn; }

private:
    LdapSettings m_initial;
    QLineEdit *m_url;
    QCheckBox *m_startTls;
    QLineEdit *m_caFile;
    QLineEdit *m_bindDn;
    QLineEdit *m_password;
    QLineEdit *m_baseDn;
    QLineEdit *m_userFilter;
    QLineEdit *m_groupFilter;
    QLineEdit *m_memberAttribute;
    QLineEdit *m_machineFilter;
    QLineEdit *m_provider;
};

} // namespace roledesk
