#pragma once

#include <QCoreApplication>
#include <QString>

namespace roledesk {

/// Why a file could not be opened for writing, in words a user can act on: the folder does not
/// exist or is not a folder, the path is a folder, the file is read-only (the system's words), a
/// device, FIFO or socket refused (its own words), or no new file can be made in the folder (a
/// regular file is written beside the target first: /proc, a read-only mount). A symlink is
/// judged by its target. \a openError is what the open itself reported.
struct WriteFailure {
    Q_DECLARE_TR_FUNCTIONS(roledesk::WriteFailure)
public:
    static QString reason(const QString &path, const QString &openError);
};

} // namespace roledesk
