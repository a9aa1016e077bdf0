#pragma once

#include <QCoreApplication>
#include <QString>

namespace roledesk {

/// Why a file could not be opened for writing, in words a user can act on: the folder does not
/// exist or is not a folder, the path is a folder, the file is read-only (the system's words), or
/// no new file can be made in the folder (where a file is written beside the target first, as
/// QSaveFile does: /proc, a read-only mount). \a openError is what the open itself reported.
struct WriteFailure {
    Q_DECLARE_TR_FUNCTIONS(roledesk::WriteFailure)
public:
    static QString reason(const QString &path, const QString &openError);
};

} // namespace roledesk
