#pragma once

#include "common/messagebar.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace roledesk {

class LdapReadWorker;
struct DirectoryLoad;
class PlatformDocument;
class PlatformEditView;
class PlatformGridView;
class PlatformOrganizationModel;
class PlatformPeopleModel;
class PlatformPersonView;
class PlatformWhoCanView;

/// The Platform page: platform roles (EDB Hybrid Manager and the like) from a platform file, no
/// database needed. Left: the organization with its projects and the people with a filter.
/// Centre: the roles × permissions grid, a person's roles and permissions, "Who can…?" /
/// "What can…?", and the editable assignments and rules. A toolbar opens, saves (after showing
/// the difference from the file on disk), loads a directory (import or LDAP), undoes and redoes,
/// and chooses the person edits are made as.
class PlatformPage : public QWidget {
    Q_OBJECT
public:
    /// The centre tabs, in order.
    enum class Tab { Grid, People, WhoCan, Editing };
    Q_ENUM(Tab)

    explicit PlatformPage(QWidget *parent = nullptr);
    /// A page on \a document (not owned), e.g. one a rebuilt window takes over with its session.
    explicit PlatformPage(PlatformDocument *document, QWidget *parent = nullptr);
    ~PlatformPage() override;

    /// Opens \a path; on failure the message bar names the file and line and the current file
    /// stays. Asks first when there are unsaved edits (unless \a ask is false).
    bool openFile(const QString &path, bool ask = true);
    /// Asks for a platform file and opens it.
    void showOpenDialog();
    /// Saves to the file's path after showing the difference from the file on disk; false when
    /// cancelled or failed.
    bool save();
    /// Asks for a path, shows the difference from what is there and saves.
    bool saveAs();
    /// Saves to \a path after the difference dialog (\a confirm false: without it).
    bool saveTo(const QString &path, bool confirm = true);
    /// When there are unsaved edits, asks to save, discard or cancel; true when it may go on.
    bool maybeDiscard();
    /// Reads a directory import (CSV or JSON) for people and groups; false on error (message bar).
    bool loadDirectoryFile(const QString &path);
    /// Asks for a directory import file and loads it.
    void showDirectoryFileDialog();
    /// Asks for LDAP settings and a password, then reads the directory on a worker thread.
    void showLdapDialog();
    /// Chooses the person edits are made as; empty: the file's administrator (unchecked).
    void setActingPerson(const QString &personId);
    void showTab(Tab tab);
    /// Puts the keyboard focus in the people filter.
    void focusFilter();

    PlatformDocument *document() const { return m_document; }
    MessageBar *messageBar() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    PlatformGridView *gridView() const { return m_grid; }
    PlatformPersonView *personView() const { return m_person; }
    PlatformWhoCanView *whoCanView() const { return m_whoCan; }
    PlatformEditView *editView() const { return m_edit; }
    QTreeView *organizationView() const { return m_organization; }
    QTableView *peopleView() const { return m_people; }
    QLineEdit *peopleFilter() const { return m_filter; }
    QComboBox *actingPersonCombo() const { return m_actAs; }
    QLabel *fileLabel() const { return m_fileLabel; }
    QProgressBar *directoryProgress() const { return m_progress; }
    QPushButton *directoryCancelButton() const { return m_cancelRead; }
    LdapReadWorker *ldapWorker() const { return m_ldap; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    /// A file was opened, saved or edited: the title text (file name and modified marker) changed.
    void titleChanged(const QString &title);
    /// A directory read from LDAP finished (loaded, failed or cancelled).
    void directoryReadFinished(bool loaded);

private:
    void createActions();
    QWidget *createSidebar();
    void updateTitle();
    void updateSidebar();
    void onDirectoryRead(const DirectoryLoad &result);

    PlatformDocument *m_document;
    MessageBar *m_messages;
    QToolBar *m_toolbar;
    QLabel *m_fileLabel;
    QComboBox *m_actAs;
    QTreeView *m_organization;
    PlatformOrganizationModel *m_organizationModel;
    QLineEdit *m_filter;
    QTableView *m_people;
    PlatformPeopleModel *m_peopleModel;
    QSortFilterProxyModel *m_peopleProxy;
    QTabWidget *m_tabs;
    PlatformGridView *m_grid;
    PlatformPersonView *m_person;
    PlatformWhoCanView *m_whoCan;
    PlatformEditView *m_edit;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelRead;
    LdapReadWorker *m_ldap;
    QString m_readingFrom; ///< the LDAP URL being read, for the page's title
    QString m_readingFor;  ///< the platform file the directory is read for
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace roledesk
