#pragma once

#include "pg/error.h"

#include <QString>

namespace roledesk {

/// The server settings of pgx_inference_ce that say where the database server connects and writes
/// files, and how much it loads (pgx_inference.triton_url, triton_model_repository_path,
/// total_loaded_model_size_limit). The extension uses only their configured values (configuration
/// files or ALTER SYSTEM, ALTER DATABASE ... SET, ALTER ROLE ... [IN DATABASE ...] SET for the
/// session's login role) and refuses a session whose value differs (SET, set_config, the
/// connection's options, PGOPTIONS), whoever it is: such a refusal is about the session, not the
/// role, and is told apart from a missing privilege here.
class ExtensionSettings {
public:
    /// The setting's name when \a error is the extension's refusal of a session whose value of it
    /// differs from the configured one (42501 "setting pgx_inference.x differs from its configured
    /// value"); otherwise empty.
    static QString refusedSessionValue(const pg::Error &error);
};

} // namespace roledesk
