// MainWindow and the auditor's tools of the Database menu (ui/audit): save a saved audit, compare
// one with now, check separation of duties, export a report. Each works on the session's snapshot
// (and the open platform file's people); each is enabled once a snapshot is loaded.
#include "window/mainwindow.h"

#include "audit/auditcomparedialog.h"
#include "audit/lintdialog.h"
#include "audit/reportdialog.h"
#include "platform/platformdocument.h"
#include "platform/platformpage.h"
#include "privileges/effectiverights.h"
#include "window/session.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>

namespace roledesk {

QString MainWindow::connectedHost() const
{
    QString host, port;
    for (const auto &[key, value] : m_session->options()) {
        if (key == u"host")
            host = value;
        else if (key == u"port")
            port = value;
    }
    return port.isEmpty() ? host : host + u':' + port;
}

void MainWindow::createAuditActions()
{
    auto *saveAudit = new QAction(tr("Save a&udit…"), this);
    saveAudit->setObjectName(QStringLiteral("actionSaveAudit"));
    connect(saveAudit, &QAction::triggered, this,
            [this] { AuditCompareDialog::saveWithDialog(this, m_session->rights(), connectedHost()); });

    auto *compareAudit = new QAction(tr("Compare with &saved audit…"), this);
    compareAudit->setObjectName(QStringLiteral("actionCompareAudit"));
    connect(compareAudit, &QAction::triggered, this, [this] {
        const QString older = QFileDialog::getOpenFileName(this, tr("Compare with saved audit"), QString(),
                                                           tr("Saved audits (*.json)"));
        if (older.isEmpty() || !m_session->rights())
            return;
        auto *dialog = new AuditCompareDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->compareWithNow(older, m_session->rights(), connectedHost());
    });

    // roledesk-cli lint's engine over the snapshot and the people of the open platform file.
    auto *lint = new QAction(tr("Check separation of &duties…"), this);
    lint->setObjectName(QStringLiteral("actionCheckDuties"));
    connect(lint, &QAction::triggered, this, [this] {
        if (!m_session->rights())
            return;
        auto *dialog = new LintDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->check(m_session->rights(), m_platform->document());
    });

    auto *exportReport = new QAction(tr("Export repor&t…"), this);
    exportReport->setObjectName(QStringLiteral("actionExportReport"));
    connect(exportReport, &QAction::triggered, this, [this] {
        ReportDialog::Extras extras;
        if (m_platform->document()->isOpen()) {
            extras.platformFile = m_platform->document()->file();
            extras.platform = m_platform->document()->evaluation();
        }
        ReportDialog::exportWithDialog(this, m_session->rights(), connectedHost(), std::move(extras));
    });

    // Before the journal, in this order.
    auto *database = menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
    QAction *journal = nullptr;
    for (QAction *a : database ? database->actions() : QList<QAction *>())
        if (a->objectName() == u"actionJournal")
            journal = a;
    for (QAction *a : {saveAudit, compareAudit, lint, exportReport}) {
        a->setEnabled(bool(m_session->rights()));
        connect(m_session, &Session::snapshotChanged, a, [a](const auto &rights) { a->setEnabled(bool(rights)); });
        if (database)
            database->insertAction(journal, a);
    }
}

} // namespace roledesk
