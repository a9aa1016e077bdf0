#pragma once

#include "pg/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

namespace pg { class Connection; }

/// Installing the compatibility extension pgx_inference_ce into a database that has no
/// pgx_inference: what the server offers, the statements that would run (shown before they run),
/// and running them in one transaction. Only a superuser may install it (it creates SECURITY
/// DEFINER functions and, for inference, uses the untrusted language plpython3u).
class ExtensionSetup {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ExtensionSetup)

public:
    /// What the connected server and user allow.
    struct Probe {
        bool superuser = false;
        QString user;
        QString availableVersion;     ///< pgx_inference_ce's default version on the server; empty: files missing
        bool plpythonAvailable = false;
        bool plpythonInstalled = false;
        bool modelsPresent = false;   ///< pgx_inference or pgx_inference_ce is installed already
        bool schemaTaken = false;     ///< a schema pgx_inference exists without the extension
        QString shareDir;             ///< the server's extension folder (superusers only), else empty
        pg::Error error;              ///< the probe itself failed
    };

    /// One file of the extension, as shipped in RoleDesk's resources.
    struct File {
        QString name;     ///< pgx_inference_ce.control, pgx_inference_ce--1.0.sql
        QByteArray data;
    };

    /// Asks the server (read only).
    static Probe probe(pg::Connection &conn);
    /// Why installing is impossible with \a probe, for people; empty when it can go ahead.
    static QString obstacle(const Probe &probe);
    /// The statements that install the extension: plpython3u first when the server has it and
    /// the database does not, then pgx_inference_ce.
    static QStringList statements(const Probe &probe);
    /// Runs \a statements in one transaction; a null Error on success (nothing is kept on failure).
    static pg::Error install(pg::Connection &conn, const QStringList &statements);
    /// The extension's files as RoleDesk ships them, for copying into the server's extension
    /// folder (pg_config --sharedir)/extension when the server does not have them.
    static QList<File> files();
};

} // namespace roledesk
