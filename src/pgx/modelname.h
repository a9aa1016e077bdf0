#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace roledesk {

/// The vendor's model name rules, as pgx_inference_ce enforces them (pgx_import_model and the
/// CHECK on pgx_models.name): characters A-Z, a-z, 0-9, "_", "." and "-" only; not empty; no
/// leading or trailing "."; no "..". The extension sets no length limit, so neither does this.
class ModelName {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelName)

public:
    /// Empty when \a name is a valid model name; otherwise a translated reason for people that
    /// names the first offending character and its position (1-based, in characters).
    static QString problem(QStringView name);
    static bool isValid(QStringView name) { return problem(name).isEmpty(); }
};

} // namespace roledesk
