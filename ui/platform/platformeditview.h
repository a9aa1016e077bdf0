#pragma once

#include "common/messagebar.h"
#include "platform/platformfile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace roledesk {

class PlatformAssignmentModel;
class PlatformDocument;
class PlatformRuleModel;
struct PlatformVerdict;

/// The "Assignments and rules" tab: the file's manual role assignments and role mapping rules,
/// each with add / change / remove. Every edit goes through PlatformDocument::edit: undoable,
/// checked against the person acted as (a refused edit is not applied and the message bar names
/// the missing permission), and validated as a platform file.
class PlatformEditView : public QWidget {
    Q_OBJECT
public:
    PlatformEditView(PlatformDocument *document, QWidget *parent = nullptr);

    /// Dialog-free edits (the dialogs call them too); true when the edit was taken.
    bool addAssignment(const PlatformAssignment &assignment);
    bool replaceAssignment(int row, const PlatformAssignment &assignment);
    bool removeAssignment(int row);
    bool addRule(const PlatformRule &rule);
    bool replaceRule(int row, const PlatformRule &rule);
    bool removeRule(int row);

    /// Opens the assignment dialog for a new assignment (or row \a row).
    void showAssignmentDialog(int row = -1);
    /// Opens the rule dialog for a new rule (or row \a row).
    void showRuleDialog(int row = -1);

    QTableView *assignmentsView() const { return m_assignments; }
    QTableView *rulesView() const { return m_rules; }
    PlatformAssignmentModel *assignmentModel() const { return m_assignmentModel; }
    PlatformRuleModel *ruleModel() const { return m_ruleModel; }
    QPushButton *addAssignmentButton() const { return m_addAssignment; }
    QPushButton *addRuleButton() const { return m_addRule; }

signals:
    /// A refused edit, or what an edit did, for the page's message bar.
    void message(roledesk::MessageBar::Level level, const QString &text, const QString &details);

private:
    void reload();
    bool apply(const PlatformFile &after, const QString &text);
    QString refusal(const PlatformVerdict &verdict) const;
    int currentRow(QTableView *view) const;
    QString roleName(const QString &roleId) const;

    PlatformDocument *m_document;
    QTableView *m_assignments;
    PlatformAssignmentModel *m_assignmentModel;
    QTableView *m_rules;
    PlatformRuleModel *m_ruleModel;
    QPushButton *m_addAssignment;
    QPushButton *m_addRule;
    QLabel *m_actingNote;
};

} // namespace roledesk
