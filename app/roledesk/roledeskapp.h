#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;
class QTranslator;
class QWidget;

namespace roledesk {

class InterfaceLanguage;
class Journal;
class MainWindow;
class PasswordVault;
class ProfileStore;
class Workspace;

/// The GUI program around MainWindow: command line, translations, local workspace, and the
/// unattended --screenshot mode used for the documentation.
class RoleDeskApp : public QObject {
    Q_OBJECT
public:
    explicit RoleDeskApp(QApplication &app);
    ~RoleDeskApp() override;

    /// Parses the command line, shows the window and starts connecting; returns the exit code
    /// of the event loop.
    int run();

private:
    void rebuildWindow();
    int saveProfileAndExit(const QString &name, const QString &dsn);
    void onSnapshotShown();
    void grabAndQuit();

    QApplication &m_app;
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<PasswordVault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Journal> m_journal;
    QWidget *m_shotTarget = nullptr; // what --screenshot grabs (the window by default)
    QString m_screenshot;
    QStringList m_select;  // role, object
    QString m_page;
    QStringList m_edits;   // --edit values, applied to the pending plan once loaded
    bool m_grabbed = false;
    bool m_rebuildWaiting = false; // a language change waits for running work to end
};

} // namespace roledesk
