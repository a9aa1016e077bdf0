#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk::test {

/// Splits RFC 4180 text (CRLF records) into records of fields; quoted fields may hold commas,
/// doubled quotes and line breaks. For checking exports, independently of the exporter's code.
QList<QStringList> parseCsv(const QString &text);

} // namespace roledesk::test
