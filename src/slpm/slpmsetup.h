#pragma once

#include "pg/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

namespace pg { class Connection; }

/// Installing the compatibility extension slpm_ce (Hologres' SLPM / SPM procedures on community
/// PostgreSQL) into a database that has none: what the server allows, the statements that would
/// run (shown before they run) and running them in one transaction. Only a superuser may install
/// it (the extension is not trusted: it installs event triggers and SECURITY DEFINER code).
class SlpmSetup {
    Q_DECLARE_TR_FUNCTIONS(roledesk::SlpmSetup)

public:
    /// What the connected server and user allow.
    struct Probe {
        bool superuser = false;
        QString user;
        QString availableVersion; ///< slpm_ce's default version on the server; empty: files missing
        bool installed = false;   ///< slpm_ce is installed already
        bool schemaTaken = false; ///< a schema slpm_ce exists without the extension
        QString shareDir;         ///< the server's share folder (superusers only), else empty
        pg::Error error;          ///< the probe itself failed
    };

    /// One file of the extension, as shipped in RoleDesk's resources.
    struct File {
        QString name; ///< slpm_ce.control, slpm_ce--1.0.sql
        QByteArray data;
    };

    /// Asks the server (read only).
    static Probe probe(pg::Connection &conn);
    /// Why installing is impossible with \a probe, for people; empty when it can go ahead.
    static QString obstacle(const Probe &probe);
    /// The statements that install the extension (CREATE EXTENSION "slpm_ce";).
    static QStringList statements();
    /// Runs \a statements in one transaction; a null Error on success (nothing is kept on failure).
    static pg::Error install(pg::Connection &conn, const QStringList &statements);
    /// The extension's files as RoleDesk ships them, for a server's share/extension folder.
    static QList<File> files();
};

} // namespace roledesk
