#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace roledesk {

class PlatformDocument;
class PlatformGrantModel;

/// The "People" tab: one person's roles and permissions by scope (the organization, then each
/// project), every row with why. Rows made by a rule are italic and read-only.
class PlatformPersonView : public QWidget {
    Q_OBJECT
public:
    PlatformPersonView(PlatformDocument *document, QWidget *parent = nullptr);

    /// Shows \a personId; false when the evaluation does not know them.
    bool setPerson(const QString &personId);
    QString person() const { return m_person; }

    QComboBox *personCombo() const { return m_personCombo; }
    QTableView *rolesView() const { return m_roles; }
    QTableView *permissionsView() const { return m_permissions; }
    PlatformGrantModel *rolesModel() const { return m_roleModel; }
    PlatformGrantModel *permissionsModel() const { return m_permissionModel; }

signals:
    /// The person shown changed (from the combo box or setPerson()).
    void personChanged(const QString &personId);

private:
    void reload();
    void show(const QString &personId);

    PlatformDocument *m_document;
    QComboBox *m_personCombo;
    QLabel *m_summary;
    QTableView *m_roles;
    QTableView *m_permissions;
    PlatformGrantModel *m_roleModel;
    PlatformGrantModel *m_permissionModel;
    QString m_person;
};

} // namespace roledesk
