#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace roledesk {

class PlatformDocument;
class PlatformGrantModel;
class PlatformGridModel;

/// The "Roles × permissions" tab: the definition's grid (permissions down, roles across, grouped
/// by scope) and, for the selected permission, who holds it, where and why.
class PlatformGridView : public QWidget {
    Q_OBJECT
public:
    PlatformGridView(PlatformDocument *document, QWidget *parent = nullptr);

    /// Selects the row of \a permissionId (and shows its holders); false when there is none.
    bool selectPermission(const QString &permissionId);
    /// The permission whose holders are shown, or empty.
    QString currentPermission() const { return m_permission; }

    QTableView *grid() const { return m_grid; }
    PlatformGridModel *model() const { return m_model; }
    QTableView *holdersView() const { return m_holders; }
    PlatformGrantModel *holdersModel() const { return m_holderModel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    /// Gives the grid the width its columns need and the holders the rest.
    void fitGrid();
    void showHolders(const QString &permissionId);

    PlatformDocument *m_document;
    PlatformGridModel *m_model;
    QSplitter *m_splitter = nullptr;
    QTableView *m_grid;
    QLabel *m_holdersTitle;
    PlatformGrantModel *m_holderModel;
    QTableView *m_holders;
    QString m_permission;
};

} // namespace roledesk
