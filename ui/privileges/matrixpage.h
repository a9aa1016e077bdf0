#pragma once

#include "privileges/effectiverights.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace roledesk {

class ObjectFilterProxyModel;
class PrivilegeMatrixModel;
class RoleFilterProxyModel;

/// The "Privileges" page: the role x object matrix with its filter bar and colour legend.
/// Role names stay in the vertical header while the objects scroll; object columns are grouped
/// under schema bands. Selecting a cell (mouse or keyboard) reports the role and the object.
class MatrixPage : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPage(QWidget *parent = nullptr);
    ~MatrixPage() override;

    /// Shows \a rights; filters are kept, the selection is cleared.
    void setRights(std::shared_ptr<const EffectiveRights> rights);
    /// Selects the cell of the role and object with these names (object: "name" or
    /// "schema.name"); false when either is not shown.
    bool selectCell(const QString &roleName, const QString &objectName);
    /// Puts the keyboard focus in the role name filter.
    void focusFilter();

    /// What the filters leave visible: indexes into the snapshot's roles (rows) and objects
    /// (columns), in view order. The PUBLIC row is no role of the snapshot and is not among them.
    struct VisibleSet {
        QList<int> roles;
        QList<int> objects;
    };
    VisibleSet visibleSet() const;

    QTableView *view() const { return m_view; }
    /// The matrix model (source of the filter proxies).
    PrivilegeMatrixModel *model() const { return m_model; }
    QLineEdit *roleFilterEdit() const { return m_roleName; }
    QLineEdit *objectFilterEdit() const { return m_objectName; }

signals:
    /// The current cell changed; indexes into the snapshot (-1, -1 when none).
    void cellSelected(int role, int object);

private:
    QWidget *buildFilterBar();
    QWidget *buildLegend();
    void onCurrentChanged(const QModelIndex &current);
    void reloadSchemas();
    void updateCount();

    PrivilegeMatrixModel *m_model;
    ObjectFilterProxyModel *m_objects;
    RoleFilterProxyModel *m_roles;
    QTableView *m_view;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_predefined = nullptr;
    QLineEdit *m_roleName = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_schema = nullptr;
    QLineEdit *m_objectName = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace roledesk
