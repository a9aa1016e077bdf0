#pragma once

#include "privileges/effectiverights.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTextBrowser;

namespace roledesk {

/// The "Why?" panel: for one role and one object, every applicable privilege, whether the role
/// holds it and may grant it, and each way it reaches the role, in words.
class LineagePanel : public QWidget {
    Q_OBJECT
public:
    explicit LineagePanel(QWidget *parent = nullptr);

    /// Explains role \a role on object \a object (indexes into the snapshot of \a rights).
    void showCell(std::shared_ptr<const EffectiveRights> rights, int role, int object);
    /// Back to the hint shown when nothing is selected.
    void clear();

    /// The explanation as plain text (for tests and copying).
    QString plainText() const;

    /// One lineage in words: "through membership alice → analysts → readers, granted by bob".
    static QString describe(const Snapshot &snapshot, const Lineage &lineage);

private:
    QLabel *m_title;
    QTextBrowser *m_text;
    std::shared_ptr<const EffectiveRights> m_rights;
    QString m_plain; // the explanation as plain lines, kept beside the HTML
};

} // namespace roledesk
