#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roledesk {

class EffectiveRights;
class GroupDriftModel;
class Session;

/// The drift from the schema-group model in force: every finding of GroupDriftFinder on the
/// session's latest snapshot (objects not migrated, users in no group, rights granted around the
/// groups, ...), sortable, filtered by kind, counted in the title and exported as CSV or JSON.
/// Collapsed to a note when no model is enabled.
class GroupDriftPanel : public QWidget {
    Q_OBJECT
public:
    explicit GroupDriftPanel(Session *session, QWidget *parent = nullptr);

    GroupDriftModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QPushButton *exportButton() const { return m_export; }
    QGroupBox *box() const { return m_box; }
    /// The note shown instead of the list when no model is enabled.
    QLabel *noteLabel() const { return m_note; }

    /// Shows only the findings of kind \a key (GroupDriftFinder::kindKey); empty: every kind.
    void setKindFilter(const QString &key);
    /// Writes the findings the view shows, in its order, to \a path: JSON when the name ends in
    /// .json, CSV otherwise. False with \a error set when the file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

signals:
    /// The list was rebuilt from a snapshot; \a count findings in all.
    void driftChanged(int count);

private:
    void onSnapshot(const std::shared_ptr<const EffectiveRights> &rights);
    void updateTitle();
    void exportInteractively();

    Session *m_session;
    GroupDriftModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QGroupBox *m_box;
    QWidget *m_contents;
    QLabel *m_note;
    QComboBox *m_kind;
    QTableView *m_view;
    QPushButton *m_export;
    QLabel *m_exported;
};

} // namespace roledesk
