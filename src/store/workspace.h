#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace roledesk {

/// An error from the local workspace, kept as a value: store code never shows dialogs.
struct StoreError {
    QString message; ///< translated, for the user; empty when there is no error

    /// True when this value carries no error.
    bool isNull() const { return message.isEmpty(); }
    /// An error with the given message.
    static StoreError make(const QString &text) { return StoreError{text}; }
};

/// The local SQLite workspace file: owns the database connection and brings its schema up to
/// date through numbered migrations. Connection profiles, and later the applied-plan journal,
/// keep their tables here. Used on the thread that created it.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    /// A workspace at \a path; nothing is opened until open().
    explicit Workspace(const QString &path = defaultPath());
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// AppDataLocation + "/workspace.sqlite".
    static QString defaultPath();
    /// The schema version open() migrates to.
    static int latestSchemaVersion();

    /// Creates the folder and file when needed, opens them and applies pending migrations.
    StoreError open();
    /// Closes the database; open() may be called again.
    void close();
    bool isOpen() const;

    /// The file this workspace lives in.
    QString path() const { return m_path; }
    /// The open database (an invalid one before open()); its connection name is unique to this
    /// workspace, so several workspaces can be open at once.
    QSqlDatabase database() const;
    /// The version recorded in the schema_version table, 0 for a new file, -1 when not open.
    int schemaVersion() const;

private:
    StoreError migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace roledesk
