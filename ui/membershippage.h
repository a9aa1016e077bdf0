#pragma once

#include "catalog/snapshot.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace roledesk {

class MembershipModel;

/// The "Memberships" page: the role graph as a tree (what each role is a member of, or who the
/// members of each role are) with every role attribute in columns, filtered by name.
class MembershipPage : public QWidget {
    Q_OBJECT
public:
    explicit MembershipPage(QWidget *parent = nullptr);

    /// Shows \a snapshot; the filter and direction are kept.
    void setSnapshot(SnapshotPtr snapshot);
    /// Puts the keyboard focus in the name filter.
    void focusFilter();

    QTreeView *view() const { return m_view; }
    MembershipModel *model() const { return m_model; }

private:
    MembershipModel *m_model;
    QTreeView *m_view;
    QComboBox *m_direction;
    QCheckBox *m_predefined;
    QLineEdit *m_name;
};

} // namespace roledesk
