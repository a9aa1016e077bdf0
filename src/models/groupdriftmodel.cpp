#include "models/groupdriftmodel.h"

#include "export/auditexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace roledesk {

GroupDriftModel::GroupDriftModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupDriftModel::setDrift(const QList<GroupDrift> &drift)
{
    beginResetModel();
    m_drift = drift;
    endResetModel();
}

int GroupDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drift.size());
}

int GroupDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant GroupDriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_drift.size())
        return {};
    const GroupDrift &d = m_drift.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Column::Kind: return GroupDriftFinder::kindName(d.kind);
        case Column::Object: return d.object;
        case Column::Detail: return d.detail;
        case Column::Count: break;
        }
        return {};
    case KindRole:
        return int(d.kind);
    case KindKeyRole:
        return GroupDriftFinder::kindKey(d.kind);
    default:
        return {};
    }
}

QVariant GroupDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind: return tr("Kind");
    case Column::Object: return tr("Object");
    case Column::Detail: return tr("Detail");
    case Column::Count: break;
    }
    return {};
}

QByteArray GroupDriftModel::toCsv(const QList<GroupDrift> &drift)
{
    QString out = QStringLiteral("kind,object,detail\r\n");
    for (const GroupDrift &d : drift) {
        out += GroupDriftFinder::kindKey(d.kind) + u',' + AuditExporter::csvField(d.object) + u','
               + AuditExporter::csvField(d.detail) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray GroupDriftModel::toJson(const QList<GroupDrift> &drift)
{
    QJsonArray rows;
    for (const GroupDrift &d : drift) {
        rows.append(QJsonObject{{QStringLiteral("kind"), GroupDriftFinder::kindKey(d.kind)},
                                {QStringLiteral("object"), d.object},
                                {QStringLiteral("detail"), d.detail}});
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace roledesk
