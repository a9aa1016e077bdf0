#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "plan/change.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QStandardItemModel;

namespace Ui { class RoleDialog; }

namespace roledesk {

/// Creates or alters a role: every attribute (login, superuser, createdb, createrole, inherit,
/// replication, bypassrls, connection limit, valid until), the password and the groups it is a
/// member of. The result is a list of changes for the pending plan: CreateRole or an AlterRole
/// holding only what changed, then GrantMembership / RevokeMembership. A new password is turned
/// into a verifier by libpq on a worker thread (a short-lived connection made from
/// setConnectOptions()), so the plain password never reaches SQL, the plan or the journal.
class RoleDialog : public QDialog {
    Q_OBJECT
public:
    /// Creates a role when \a roleIndex is -1, else alters the role at \a roleIndex of \a snapshot.
    explicit RoleDialog(SnapshotPtr snapshot, int roleIndex = -1, QWidget *parent = nullptr);
    ~RoleDialog() override;

    /// Where the password verifier is computed (the session's connection options).
    void setConnectOptions(const pg::ConnectOptions &options);
    /// True when the dialog creates a role.
    bool isCreate() const { return m_role < 0; }
    /// The changes the dialog stands for; valid once accepted (empty: nothing changed).
    QList<Change> changes() const { return m_changes; }
    /// A translated description of what is wrong with the form, or an empty string.
    QString validationError() const;

    /// Why \a name cannot name a role (empty when it can): empty, longer than 63 bytes in
    /// UTF-8, reserved (pg_*, public, none) or taken by another role of \a snapshot.
    /// \a currentName is the role being altered (its own name is not "taken").
    static QString nameError(const QString &name, const Snapshot *snapshot, const QString &currentName = {});

    void accept() override;

private:
    void load();
    void addGroup();
    void removeGroup();
    void toggleAdmin();
    void updateState();
    void finishAccept(const QString &verifier);
    QString finalName() const;
    RoleAttributes attributes(const QString &verifier) const;
    QList<Change> membershipChanges(const QString &name) const;
    QHash<QString, bool> groups() const;
    void showError(const QString &text);

    std::unique_ptr<Ui::RoleDialog> m_ui;
    SnapshotPtr m_snapshot;
    int m_role;
    pg::ConnectOptions m_options;
    QStandardItemModel *m_groups;
    QHash<QString, bool> m_initialGroups; // group -> admin option
    QDateTime m_initialValidUntil;        // as the editor holds it after load()
    QList<Change> m_changes;
    bool m_busy = false;
};

} // namespace roledesk
