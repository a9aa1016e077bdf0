#include "platform/platformeditview.h"

#include "models/platformassignmentmodel.h"
#include "models/platformrulemodel.h"
#include "platform/platformdocument.h"
#include "platform/platformeditdialogs.h"
#include "platform/platformwidgets.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace roledesk {

namespace {

// Keys on a table: Insert adds, Enter / F2 changes, Delete removes.
void addKeys(QTableView *view, const std::function<void()> &add, const std::function<void()> &change,
             const std::function<void()> &remove)
{
    auto key = [view](const QList<QKeySequence> &keys, const std::function<void()> &slot) {
        auto *a = new QAction(view);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(a, &QAction::triggered, view, slot);
        view->addAction(a);
    };
    key({QKeySequence(Qt::Key_Insert)}, add);
    key({QKeySequence(Qt::Key_F2)}, change);
    key({QKeySequence::Delete}, remove);
    QObject::connect(view, &QAbstractItemView::activated, view, change);
}

} // namespace

PlatformEditView::PlatformEditView(PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_assignmentModel(new PlatformAssignmentModel(this))
    , m_ruleModel(new PlatformRuleModel(this))
    , m_addAssignment(new QPushButton(tr("Add assig&nment…"), this))
    , m_addRule(new QPushButton(tr("Add ru&le…"), this))
    , m_actingNote(new QLabel(this))
{
    m_assignments = makePlatformTable(m_assignmentModel, QStringLiteral("platformAssignments"), tr("Manual role assignments"), this);
    m_rules = makePlatformTable(m_ruleModel, QStringLiteral("platformRules"), tr("Role mapping rules"), this);
    m_addAssignment->setObjectName(QStringLiteral("addAssignment"));
    m_addRule->setObjectName(QStringLiteral("addRule"));
    m_actingNote->setObjectName(QStringLiteral("platformActingNote"));
    m_actingNote->setWordWrap(true);
    auto *changeAssignment = new QPushButton(tr("Chan&ge assignment…"), this);
    auto *removeAssignment = new QPushButton(tr("Remove assignmen&t"), this);
    auto *changeRule = new QPushButton(tr("Change rul&e…"), this);
    auto *removeRule = new QPushButton(tr("Re&move rule"), this);
    changeRule->setToolTip(tr("Change the selected rule (F2 or Enter in the table)"));
    removeRule->setToolTip(tr("Remove the selected rule (Delete in the table)"));
    changeAssignment->setToolTip(tr("Change the selected assignment (F2 or Enter in the table)"));
    removeAssignment->setToolTip(tr("Remove the selected assignment (Delete in the table)"));

    auto box = [this](const QString &title, QTableView *view, const QList<QPushButton *> &buttons) {
        auto *group = new QGroupBox(title, this);
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(group);
        layout->addLayout(row);
        layout->addWidget(view, 1);
        return group;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(box(tr("Manual assignments"), m_assignments, {m_addAssignment, changeAssignment, removeAssignment}));
    splitter->addWidget(box(tr("Role mapping rules"), m_rules, {m_addRule, changeRule, removeRule}));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_actingNote);
    layout->addWidget(splitter, 1);

    auto editAssignment = [this] { if (const int r = currentRow(m_assignments); r >= 0) showAssignmentDialog(r); };
    auto dropAssignment = [this] { if (const int r = currentRow(m_assignments); r >= 0) this->removeAssignment(r); };
    auto editRule = [this] { if (const int r = currentRow(m_rules); r >= 0) showRuleDialog(r); };
    auto dropRule = [this] { if (const int r = currentRow(m_rules); r >= 0) this->removeRule(r); };
    connect(m_addAssignment, &QPushButton::clicked, this, [this] { showAssignmentDialog(); });
    connect(changeAssignment, &QPushButton::clicked, this, editAssignment);
    connect(removeAssignment, &QPushButton::clicked, this, dropAssignment);
    connect(m_addRule, &QPushButton::clicked, this, [this] { showRuleDialog(); });
    connect(changeRule, &QPushButton::clicked, this, editRule);
    connect(removeRule, &QPushButton::clicked, this, dropRule);
    addKeys(m_assignments, [this] { showAssignmentDialog(); }, editAssignment, dropAssignment);
    addKeys(m_rules, [this] { showRuleDialog(); }, editRule, dropRule);
    connect(m_document, &PlatformDocument::changed, this, &PlatformEditView::reload);
    reload();
}

int PlatformEditView::currentRow(QTableView *view) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlatformEditView::reload()
{
    const int assignment = currentRow(m_assignments);
    const int rule = currentRow(m_rules);
    m_assignmentModel->setFile(m_document->file(), m_document->definition(), m_document->names().people);
    m_ruleModel->setFile(m_document->file(), m_document->definition());
    m_assignments->resizeColumnsToContents();
    m_rules->resizeColumnsToContents();
    if (assignment >= 0 && assignment < m_assignmentModel->rowCount())
        m_assignments->setCurrentIndex(m_assignmentModel->index(assignment, 0));
    if (rule >= 0 && rule < m_ruleModel->rowCount())
        m_rules->setCurrentIndex(m_ruleModel->index(rule, 0));
    m_actingNote->setText(tr("Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) and saved with Save (Ctrl+S), after the difference is shown. "
                             "Choose “Act as” to check each edit against a person's permissions."));
}

QString PlatformEditView::refusal(const PlatformVerdict &verdict) const
{
    if (!verdict.explanation.isEmpty())
        return verdict.explanation;
    const PlatformPermission *p = m_document->definition().permission(verdict.permission);
    return tr("%1 may not make this edit: it needs “%2”.")
        .arg(m_document->actingPerson(), p ? p->name : verdict.permission);
}

bool PlatformEditView::apply(const PlatformFile &after, const QString &text)
{
    const PlatformVerdict verdict = m_document->edit(after, text);
    if (!verdict.allowed) {
        const QString why = refusal(verdict);
        emit message(MessageBar::Level::Error, tr("Not changed: %1").arg(why), why);
        return false;
    }
    emit message(MessageBar::Level::Info, tr("%1 (not saved yet).").arg(text), verdict.explanation);
    return true;
}

QString PlatformEditView::roleName(const QString &roleId) const
{
    const PlatformRole *role = m_document->definition().role(roleId);
    return role ? role->name : roleId;
}

bool PlatformEditView::addAssignment(const PlatformAssignment &assignment)
{
    PlatformFile after = m_document->file();
    after.assignments.append(assignment);
    return apply(after, tr("Assign %1 to %2").arg(roleName(assignment.role), assignment.person));
}

bool PlatformEditView::replaceAssignment(int row, const PlatformAssignment &assignment)
{
    PlatformFile after = m_document->file();
    if (row < 0 || row >= after.assignments.size())
        return false;
    after.assignments[row] = assignment;
    return apply(after, tr("Change assignment of %1").arg(assignment.person));
}

bool PlatformEditView::removeAssignment(int row)
{
    PlatformFile after = m_document->file();
    if (row < 0 || row >= after.assignments.size())
        return false;
    const PlatformAssignment gone = after.assignments.takeAt(row);
    return apply(after, tr("Remove %1 from %2").arg(roleName(gone.role), gone.person));
}

bool PlatformEditView::addRule(const PlatformRule &rule)
{
    PlatformFile after = m_document->file();
    after.rules.append(rule);
    return apply(after, tr("Add rule %1").arg(rule.name));
}

bool PlatformEditView::replaceRule(int row, const PlatformRule &rule)
{
    PlatformFile after = m_document->file();
    if (row < 0 || row >= after.rules.size())
        return false;
    after.rules[row] = rule;
    return apply(after, tr("Change rule %1").arg(rule.name));
}

bool PlatformEditView::removeRule(int row)
{
    PlatformFile after = m_document->file();
    if (row < 0 || row >= after.rules.size())
        return false;
    const PlatformRule gone = after.rules.takeAt(row);
    return apply(after, tr("Remove rule %1").arg(gone.name));
}

void PlatformEditView::showAssignmentDialog(int row)
{
    if (!m_document->isOpen())
        return;
    const PlatformFile &file = m_document->file();
    const bool existing = row >= 0 && row < file.assignments.size();
    PlatformAssignmentDialog dialog(m_document->definition(), file, m_document->people(),
                                    existing ? file.assignments.at(row) : PlatformAssignment(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (existing)
        replaceAssignment(row, dialog.assignment());
    else
        addAssignment(dialog.assignment());
}

void PlatformEditView::showRuleDialog(int row)
{
    if (!m_document->isOpen())
        return;
    const PlatformFile &file = m_document->file();
    const bool existing = row >= 0 && row < file.rules.size();
    PlatformRuleDialog dialog(m_document->definition(), file, existing ? file.rules.at(row) : PlatformRule(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (existing)
        replaceRule(row, dialog.rule());
    else
        addRule(dialog.rule());
}

} // namespace roledesk
