#pragma once

#include <QProcessEnvironment>

namespace roledesk::test {

/// \a environment in the C locale: roledesk-cli follows LANG and LC_ALL, and the tests read its
/// English, whatever the machine's language (LANGUAGE would pick the catalogue otherwise).
inline QProcessEnvironment inEnglish(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

} // namespace roledesk::test
