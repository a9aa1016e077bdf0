#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTextBrowser;

namespace roledesk {

/// The "Why?" panel: for one role and one object, every applicable privilege, whether the role
/// holds it and may grant it, and each way it reaches the role, in words. When the pending plan
/// changes the cell, each privilege it changes is marked pending and shows what it will be after
/// the plan is applied.
class LineagePanel : public QWidget {
    Q_OBJECT
public:
    explicit LineagePanel(QWidget *parent = nullptr);

    /// Explains role \a role on object \a object (indexes into the snapshot of \a rights).
    void showCell(std::shared_ptr<const EffectiveRights> rights, int role, int object);
    /// Back to the hint shown when nothing is selected (the pending changes are kept).
    void clear();
    /// The pending plan's \a changes; the cell shown is explained again with them.
    void setPendingChanges(const QList<Change> &changes);

    /// The explanation as plain text (for tests and copying).
    QString plainText() const;

    /// One lineage in words: "through membership alice → analysts → readers, granted by bob".
    static QString describe(const Snapshot &snapshot, const Lineage &lineage);

private:
    void render();
    std::shared_ptr<const EffectiveRights> rightsAfter();

    QLabel *m_title;
    QTextBrowser *m_text;
    std::shared_ptr<const EffectiveRights> m_rights;
    int m_role = -1;
    int m_object = -1;
    QList<Change> m_changes;                       // the pending plan
    std::shared_ptr<const EffectiveRights> m_after; // m_rights with m_changes applied, built on demand
    QString m_plain; // the explanation as plain lines, kept beside the HTML
};

} // namespace roledesk
