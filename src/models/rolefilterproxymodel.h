#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace roledesk {

/// Filters the rows (roles) of a PrivilegeMatrixModel, or of any model whose vertical header
/// gives PrivilegeMatrixModel::RoleTypeRole: users only, groups only or all; the built-in pg_*
/// roles hidden unless asked for; a case-insensitive name filter.
class RoleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// Which roles to show.
    enum class Scope { All, Users, Groups };
    Q_ENUM(Scope)

    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    /// Users are roles that can log in (superusers among them); groups cannot.
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    /// Shows the predefined pg_* roles (hidden by default).
    void setShowPredefined(bool show);
    bool showPredefined() const { return m_showPredefined; }
    /// Keeps roles whose name contains \a text (case-insensitive); empty keeps all.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope = Scope::All;
    bool m_showPredefined = false;
    QString m_name;
};

} // namespace roledesk
