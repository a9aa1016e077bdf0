#pragma once

#include "catalog/snapshot.h"
#include "plan/change.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace roledesk {

/// The drop-role flow: first what the role owns in the current database (grouped by kind),
/// what it is granted, who is a member of it and where else it may own objects; then the
/// choice of REASSIGN OWNED BY … TO and/or DROP OWNED BY, the statements they become, and
/// finally a DropRole change for the pending plan.
class DropRoleDialog : public QDialog {
    Q_OBJECT
public:
    /// The flow for the role at \a roleIndex of \a snapshot.
    DropRoleDialog(SnapshotPtr snapshot, int roleIndex, QWidget *parent = nullptr);

    /// The DropRole the current choices stand for.
    DropRole change() const;
    /// The SQL of change(), one statement per line, as the preview shows it.
    QString previewText() const;
    /// Objects of the role in the current database, by kind (for tests and the summary).
    int ownedCount() const { return m_owned; }

    QTreeWidget *summaryTree() const { return m_summary; }
    QCheckBox *reassignCheck() const { return m_reassign; }
    QComboBox *reassignTarget() const { return m_target; }
    QCheckBox *dropOwnedCheck() const { return m_dropOwned; }
    QPlainTextEdit *preview() const { return m_preview; }

private:
    void fillSummary();
    void updatePreview();

    SnapshotPtr m_snapshot;
    int m_role;
    int m_owned = 0;
    QTreeWidget *m_summary;
    QCheckBox *m_reassign;
    QComboBox *m_target;
    QCheckBox *m_dropOwned;
    QPlainTextEdit *m_preview;
    QLabel *m_note;
};

} // namespace roledesk
