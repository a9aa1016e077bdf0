#pragma once

#include "platform/platformfile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace roledesk {

/// The manual role assignments of a platform file: person, role, scope. Rows match the file's
/// assignments one to one (row i is PlatformFile::assignments[i]).
class PlatformAssignmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { Person, Role, Scope, Count };
    Q_ENUM(Column)

    explicit PlatformAssignmentModel(QObject *parent = nullptr);

    /// Shows the assignments of \a file, role names from \a definition, people's names from the
    /// file or \a names (id → name, e.g. a directory's) (copied; resets).
    void setFile(const PlatformFile &file, const PlatformDefinition &definition, const QHash<QString, QString> &names = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PlatformAssignment assignment;
        QString personText;
        QString roleText;
    };
    QList<Row> m_rows;
};

} // namespace roledesk
