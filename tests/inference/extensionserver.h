#pragma once

#include "standinprocess.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace roledesk::test {

/// An inference server of a test's own for pgx_inference_ce to load models into and infer
/// through: roledesk-kserve-standin over a temporary repository that the database server's
/// operating-system account may write (the extension writes the model files there on load).
/// A superuser session points the extension at it with sessionSql() or libpqOptions(), so the
/// test does not depend on the sandbox's own stand-in.
class ExtensionServer {
public:
    bool start(QString *error)
    {
        if (!m_repo.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        // The database server runs as another account (postgres) and writes here.
        QFile::setPermissions(m_repo.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                 | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
        return m_process.start(m_repo.path(), {}, error);
    }

    QString url() const { return m_process.url().toString(); }
    QString repository() const { return m_repo.path(); }
    StandinProcess &process() { return m_process; }

    /// SET statements for a superuser session (SET ROLE later keeps them).
    QStringList sessionSql() const
    {
        return {QStringLiteral("SET pgx_inference.triton_url = '%1'").arg(url()),
                QStringLiteral("SET pgx_inference.triton_model_repository_path = '%1'").arg(repository())};
    }

    /// The same as a libpq "options" value, for connections a test does not open itself.
    QString libpqOptions() const
    {
        return QStringLiteral("-c pgx_inference.triton_url=%1 -c pgx_inference.triton_model_repository_path=%2")
            .arg(url(), repository());
    }

private:
    QTemporaryDir m_repo;
    StandinProcess m_process;
};

} // namespace roledesk::test
