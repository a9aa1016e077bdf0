#pragma once

#include "platform/ldapdirectory.h"
#include "platform/platformfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace roledesk {

/// Where to read people and groups over LDAP: the platform file's directory settings, editable
/// for this read, and the bind password (asked each time, never stored).
class PlatformLdapDialog : public QDialog {
    Q_OBJECT
public:
    PlatformLdapDialog(const PlatformDirectorySource &source, QWidget *parent = nullptr);
    /// The settings to read with (empty filters: LdapSettings' defaults).
    LdapSettings settings() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *bindDnEdit() const { return m_bindDn; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *baseDnEdit() const { return m_baseDn; }

private:
    QLineEdit *m_url;
    QCheckBox *m_startTls;
    QLineEdit *m_bindDn;
    QLineEdit *m_password;
    QLineEdit *m_baseDn;
    QLineEdit *m_userFilter;
    QLineEdit *m_groupFilter;
    QLineEdit *m_memberAttribute;
    QLineEdit *m_provider;
};

} // namespace roledesk
