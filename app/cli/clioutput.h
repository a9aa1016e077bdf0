#pragma once

#include "pg/error.h"

#include <QString>

#include <cstdio>

namespace roledesk::cli {

/// The program name every message starts with.
inline constexpr auto programName = "roledesk-cli";

/// libpq messages can span lines ("connection to server ... failed: ..."): one line for stderr.
QString oneLine(const QString &text);

/// Writes \a text to \a stream (stdout or stderr) in the locale's encoding, flushed.
void printTo(FILE *stream, const QString &text);

/// "what: message (SQLSTATE x)" plus DETAIL and HINT lines, for a server or libpq error.
QString errorText(const QString &what, const pg::Error &e);

/// \a path made absolute, as every message that names a file shows it.
QString absolutePath(const QString &path);

/// "could not write <absolute path>: <why>" for an output file that would not open, why as
/// WriteFailure::reason() tells it (missing folder, read-only file, a folder that takes no new
/// file, a device's own refusal). \a openError is what OutputFile::open() said.
QString openFailure(const QString &path, const QString &openError);

} // namespace roledesk::cli
