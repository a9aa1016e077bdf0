#pragma once

#include "common/messagebar.h"
#include "platform/platformexport.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace roledesk {

class PlatformDocument;
class PlatformGrantModel;

/// The "Who can…?" tab: pick a permission (and optionally a project) and see who holds it, with
/// scope, role and why; "What can…?": pick a person and see their permissions. Both answers
/// export to CSV or JSON through PlatformExport, the same bytes as `roledesk-cli platform`.
class PlatformWhoCanView : public QWidget {
    Q_OBJECT
public:
    PlatformWhoCanView(PlatformDocument *document, QWidget *parent = nullptr);

    /// Asks "who can \a permissionId in \a project" (empty project: anywhere); false when the
    /// permission or the project is unknown.
    bool askWhoCan(const QString &permissionId, const QString &project = {});
    /// Asks "what can \a personId do"; false when the person is unknown.
    bool askWhatCan(const QString &personId);
    /// Writes the current "Who can…?" answer to \a path; an error, empty on success.
    QString exportWhoCan(const QString &path, PlatformExport::Format format);
    /// Writes the current "What can…?" answer to \a path; an error, empty on success.
    QString exportWhatCan(const QString &path, PlatformExport::Format format);

    QComboBox *permissionCombo() const { return m_permission; }
    QComboBox *projectCombo() const { return m_project; }
    QComboBox *personCombo() const { return m_person; }
    PlatformGrantModel *whoModel() const { return m_whoModel; }
    PlatformGrantModel *whatModel() const { return m_whatModel; }
    QPushButton *whoExportButton() const { return m_whoExport; }
    QPushButton *whatExportButton() const { return m_whatExport; }

signals:
    /// Something to tell in the page's message bar (an export written or failed).
    void message(roledesk::MessageBar::Level level, const QString &text, const QString &details);

private:
    void reload();
    void updateWho();
    void updateWhat();
    /// Asks where to save (CSV or JSON) and calls \a write with the path and format chosen.
    void exportAnswer(const QString &title, const QString &suggestedName,
                      const std::function<QString(const QString &, PlatformExport::Format)> &write);
    QString writeFile(const QString &path, const QByteArray &bytes);

    PlatformDocument *m_document;
    QComboBox *m_permission;
    QComboBox *m_project;
    QLabel *m_whoSummary;
    QTableView *m_whoView;
    PlatformGrantModel *m_whoModel;
    QPushButton *m_whoExport;
    QComboBox *m_person;
    QLabel *m_whatSummary;
    QTableView *m_whatView;
    PlatformGrantModel *m_whatModel;
    QPushButton *m_whatExport;
};

} // namespace roledesk
