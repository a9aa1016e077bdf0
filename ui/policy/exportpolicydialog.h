#pragma once

#include "catalog/snapshot.h"
#include "policy/desiredstate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QRadioButton;

namespace roledesk {

/// Chooses what a desired-state file governs (all roles or some, all schemas or some, the
/// database's own grants) and its format, then writes the current state there.
class ExportPolicyDialog : public QDialog {
    Q_OBJECT
public:
    /// Offers the roles and schemas of \a snapshot.
    explicit ExportPolicyDialog(SnapshotPtr snapshot, QWidget *parent = nullptr);

    /// The scope the choices stand for.
    PolicyScope scope() const;
    /// "yaml" or "json".
    QString format() const;
    /// Writes the current state within scope() to \a path; an error message, empty on success.
    QString exportTo(const QString &path) const;

    QListWidget *roleList() const { return m_roles; }
    QListWidget *schemaList() const { return m_schemas; }
    QCheckBox *allRolesCheck() const { return m_allRoles; }
    QCheckBox *allSchemasCheck() const { return m_allSchemas; }

    void accept() override;

private:
    SnapshotPtr m_snapshot;
    QCheckBox *m_allRoles;
    QListWidget *m_roles;
    QCheckBox *m_allSchemas;
    QListWidget *m_schemas;
    QCheckBox *m_database;
    QComboBox *m_format;
};

} // namespace roledesk
