#pragma once

#include "store/connectionprofile.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

/// Saved connection profiles in the workspace, keyed by name. Passwords are never stored here:
/// a profile only says whether its password lives in the system keychain.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    /// A store on \a workspace, which must outlive it and be open before use.
    explicit ProfileStore(Workspace *workspace);

    /// All profiles, sorted by name (case-insensitively). \a error receives a failure, if any.
    QList<ConnectionProfile> list(StoreError *error = nullptr) const;
    /// The profile names, sorted as list() sorts them.
    QStringList names(StoreError *error = nullptr) const;
    /// The profile called \a name, or nothing when there is none.
    std::optional<ConnectionProfile> profile(const QString &name, StoreError *error = nullptr) const;
    /// Inserts \a profile, or updates the one with the same name. Refuses empty names, invalid
    /// fields and connection strings that carry a password.
    StoreError save(const ConnectionProfile &profile);
    /// Deletes the profile called \a name; removing a missing profile is an error.
    StoreError remove(const QString &name);
    /// Renames a profile; fails when \a from is missing or \a to is taken.
    StoreError rename(const QString &from, const QString &to);

private:
    StoreError notOpen() const;

    Workspace *m_workspace;
};

} // namespace roledesk
