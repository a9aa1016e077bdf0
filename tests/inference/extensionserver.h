#pragma once

#include "sandbox.h"
#include "standinprocess.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace roledesk::test {

/// An inference server of a test's own for pgx_inference_ce to load models into and infer
/// through: roledesk-kserve-standin over a temporary repository that the database server's
/// operating-system account may write (the extension writes the model files there on load).
/// configure() points the extension at it for a login role's new sessions, so the test does not
/// depend on the sandbox's own stand-in.
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

    /// Points pgx_inference_ce at this server the way it accepts: configured for the sessions of
    /// \a settings' login role (ALTER ROLE ... IN DATABASE ... SET), so connections that role
    /// opens afterwards, a child process's too, use it; reset when \a settings goes. Use with QVERIFY.
    bool configure(ConfiguredSettings &settings) const
    {
        return settings.set("pgx_inference.triton_url", url())
               && settings.set("pgx_inference.triton_model_repository_path", repository());
    }

private:
    QTemporaryDir m_repo;
    StandinProcess m_process;
};

} // namespace roledesk::test
