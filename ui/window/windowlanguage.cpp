// MainWindow and the interface language: the Language menu, and rebuilding the window in a new
// language without losing the session (connection, snapshot, pending plan, undo history).
#include "window/mainwindow.h"

#include "models/inferencepanel.h"
#include "models/modelspage.h"
#include "people/personpage.h"
#include "window/interfacelanguage.h"
#include "window/session.h"

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QUndoStack>

namespace roledesk {

void MainWindow::setInterfaceLanguage(InterfaceLanguage *language)
{
    m_language = language;
    auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!language || !view)
        return;
    view->addSeparator();
    view->addMenu(language->createMenu(view));
}

bool MainWindow::isBusy() const
{
    return m_session->state() == Session::State::Loading || m_session->isApplying() || m_models->isBusy()
           || m_inference->isBusy() || m_person->isBusy();
}

std::unique_ptr<MainWindow> MainWindow::rebuilt()
{
    // Everything of this window stops listening to the session and its undo stack, so that the
    // new window's replay (Session::announce) reaches the new window only.
    Session *session = m_session;
    QList<QObject *> receivers = findChildren<QObject *>();
    receivers.append(this);
    for (QObject *receiver : std::as_const(receivers)) {
        QObject::disconnect(session, nullptr, receiver, nullptr);
        QObject::disconnect(session->undoStack(), nullptr, receiver, nullptr);
    }
    session->setParent(nullptr); // the new window owns it; this one, deleted next, no longer

    std::unique_ptr<MainWindow> window(new MainWindow(m_store, m_vault, session));
    window->setInterfaceLanguage(m_language);
    window->restoreGeometry(saveGeometry());
    window->restoreState(saveState());
    window->m_pages->setCurrentIndex(m_pages->currentIndex());
    window->m_whyWasVisible = m_whyWasVisible;
    return window;
}

} // namespace roledesk
