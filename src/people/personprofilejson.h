#pragma once

#include "people/personprofile.h"

#include <QByteArray>
#include <QJsonObject>

namespace roledesk {

/// A PersonProfile as JSON, the shape `roledesk-cli person --format json` prints and the console
/// exports: stable keys in snake_case, enums by name (levels, kinds, privileges as GRANT spells
/// them), times in ISO 8601 UTC, null for "no expiry".
class PersonProfileJson {
public:
    /// The whole profile as one object.
    static QJsonObject toObject(const PersonProfile &profile);
    /// One database's part.
    static QJsonObject toObject(const PersonDatabase &database);
    /// toObject(\a profile) as indented UTF-8 text.
    static QByteArray toJson(const PersonProfile &profile);
};

} // namespace roledesk
