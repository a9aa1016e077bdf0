#pragma once

#include "people/personprofile.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeView;

namespace roledesk {

class EffectiveRights;
class MessageBar;
class PersonLayersModel;
class PersonRightsFilterModel;
class PersonRightsModel;
class PlatformDocument;
class PlatformGrantModel;
class ServerRightsSweep;
class Session;

/// The Person page: one person across every layer. Their platform roles (organization, each
/// project; manual or which rule), the database logins that are theirs and how they were matched,
/// and per database each login's attributes, memberships, schema groups, model roles, models and
/// effective rights on objects, every one with its lineage. In "This database" the session's
/// snapshot serves; "Every database of the server" reads each database once on a thread of its own
/// (progress, Cancel; what was read stays). Without a platform file a login role is the person.
class PersonPage : public QWidget {
    Q_OBJECT
public:
    /// Where the person is looked at.
    enum class Scope { ThisDatabase, EveryDatabase };
    Q_ENUM(Scope)

    /// A page on \a session's snapshot and \a document's people (neither owned).
    PersonPage(Session *session, PlatformDocument *document, QWidget *parent = nullptr);
    ~PersonPage() override;

    /// The action the page's "Open platform file…" button triggers (Database ▸ Open platform file…).
    void setOpenPlatformAction(QAction *action);

    /// Shows \a id (a person of the platform file, or a login without one); false when not offered.
    bool setPerson(const QString &id);
    QString person() const;
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    /// Reads every database again (starts the sweep; the scope becomes EveryDatabase).
    void readEveryDatabase();
    /// Stops reading; what was read stays shown, marked incomplete.
    void cancel();
    /// Whether every database is being read (work that a rebuilt window would cut short).
    bool isBusy() const;

    /// The profile shown (its databases as far as they were read).
    const PersonProfile &profile() const { return m_profile; }
    /// Writes the profile as JSON (PersonProfileJson, plus "incomplete" and "databases_not_read"
    /// when the sweep stopped early); an error, empty on success.
    QString exportJson(const QString &path);
    /// Writes the rights table's rows as shown (filtered, sorted) as CSV; an error, empty on success.
    QString exportCsv(const QString &path);
    /// Puts the keyboard focus in the rights filter.
    void focusFilter();

    QComboBox *personCombo() const { return m_personCombo; }
    QComboBox *scopeCombo() const { return m_scopeCombo; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *databaseFilter() const { return m_databaseFilter; }
    QTableView *rightsView() const { return m_rightsView; }
    QTreeView *layersView() const { return m_layersView; }
    QTableView *platformRolesView() const { return m_rolesView; }
    PersonLayersModel *layersModel() const { return m_layers; }
    PersonRightsModel *rightsModel() const { return m_rights; }
    MessageBar *messageBar() const { return m_messages; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *readButton() const { return m_read; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *exportButton() const { return m_export; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *hintLabel() const { return m_hint; }
    ServerRightsSweep *sweep() const { return m_sweep; }

signals:
    /// The profile of the person chosen is shown (after a change of person, scope, snapshot or a
    /// database read by the sweep).
    void profileShown();
    /// The sweep over every database ended (complete, cancelled or failed).
    void sweepFinished();

private:
    /// A database's rights or why it could not be read, as the profile is built from.
    struct Source {
        QString database;
        std::shared_ptr<const EffectiveRights> rights;
        QString error;
    };
    void createWidgets();
    void layOut();
    void fillPeople();
    void recompute();
    void showProfile(const PersonProfile &profile);
    void showProblems();
    void updateState();
    void onSnapshotChanged();
    QList<Source> sources() const;
    QString summaryText() const;

    Session *m_session;
    PlatformDocument *m_document;
    ServerRightsSweep *m_sweep;
    Scope m_scope = Scope::ThisDatabase;
    PersonProfile m_profile;
    QFutureWatcher<PersonProfile> m_watcher;

    MessageBar *m_messages;
    QComboBox *m_personCombo;
    QComboBox *m_scopeCombo;
    QPushButton *m_read;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QToolButton *m_export;
    QLabel *m_summary;
    QLabel *m_hint;
    QPushButton *m_openPlatform;
    QAction *m_openPlatformAction = nullptr;
    PlatformGrantModel *m_roles;
    QWidget *m_rolesBox = nullptr;  // the platform roles and their title
    QTableView *m_rolesView;
    PersonLayersModel *m_layers;
    QTreeView *m_layersView;
    PersonRightsModel *m_rights;
    PersonRightsFilterModel *m_rightsProxy;
    QTableView *m_rightsView;
    QLineEdit *m_filter;
    QComboBox *m_databaseFilter;
};

} // namespace roledesk
