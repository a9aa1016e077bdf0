#pragma once

#include "policy/desiredstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace roledesk {

/// The result of reading a policy file: a state, or an error naming the file and line
/// ("policy.yaml:12: unknown privilege SELEKT for a table").
struct PolicyLoad {
    DesiredState state;
    QString error;                  ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Reads and writes desired-state files: YAML (yaml-cpp) or JSON (QJsonDocument), chosen by the
/// extension (.yaml, .yml, .json). The format is documented in README.md, "Policy files".
class PolicyFile {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PolicyFile)
public:
    enum class Format { Yaml, Json };

    /// The format for \a path's extension, or std::nullopt for an unknown one.
    static std::optional<Format> formatForPath(const QString &path);

    /// Reads, parses and validates \a path.
    static PolicyLoad load(const QString &path);
    /// Parses and validates \a data; \a fileName prefixes error messages.
    static PolicyLoad parse(const QByteArray &data, Format format, const QString &fileName);

    /// The file text for \a state.
    static QByteArray serialize(const DesiredState &state, Format format);
    /// Writes \a state to \a path (format by extension, replaced only when complete);
    /// returns an error message, empty on success.
    static QString save(const DesiredState &state, const QString &path);
};

} // namespace roledesk
