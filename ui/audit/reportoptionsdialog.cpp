#include "audit/reportoptionsdialog.h"

#include "audit/savedauditreader.h"
#include "common/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace roledesk {

namespace {

/// A line edit with a "Choose…" button that fills it from an open-file dialog.
QWidget *fileRow(QWidget *parent, QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(ReportOptionsDialog::tr("Choose…"), row);
    edit->setClearButtonEnabled(true);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    QObject::connect(choose, &QPushButton::clicked, edit, [edit, title, filter, parent] {
        const QString path = QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return row;
}

} // namespace

ReportOptionsDialog::ReportOptionsDialog(const QString &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_format(new QComboBox(this))
    , m_since(new QLineEdit(this))
    , m_rulesFile(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportOptionsDialog"));
    m_format->addItem(tr("PDF (A4)"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_since->setPlaceholderText(tr("none: the report says no saved audit was given"));
    m_rulesFile->setObjectName(QStringLiteral("reportRules"));
    m_rulesFile->setPlaceholderText(tr("the shipped rules"));
    m_message->setObjectName(QStringLiteral("reportOptionsMessage"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Changes &since the saved audit:"),
                 fileRow(this, m_since, tr("Saved audit"), tr("Saved audits (*.json);;All files (*)")));
    form->addRow(tr("Separation-of-duties &rules:"),
                 fileRow(this, m_rulesFile, tr("Rules file"), tr("Rules (*.yaml *.yml);;All files (*)")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

ReportFormat ReportOptionsDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ReportOptionsDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ReportOptionsDialog::sincePath() const
{
    return QDir::fromNativeSeparators(m_since->text().trimmed());
}

void ReportOptionsDialog::setSincePath(const QString &path)
{
    m_since->setText(QDir::toNativeSeparators(path));
}

QString ReportOptionsDialog::rulesPath() const
{
    return QDir::fromNativeSeparators(m_rulesFile->text().trimmed());
}

void ReportOptionsDialog::setRulesPath(const QString &path)
{
    m_rulesFile->setText(QDir::toNativeSeparators(path));
}

QString ReportOptionsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportOptionsDialog::accept()
{
    // Read both before anything is written: a wrong file should not cost a whole report.
    if (!sincePath().isEmpty()) {
        SavedAuditReader reader(sincePath());
        if (!reader.open()) {
            m_message->showMessage(MessageBar::Level::Error, reader.error());
            m_since->setFocus();
            return;
        }
        if (reader.identity().database != m_database) {
            m_message->showMessage(MessageBar::Level::Error,
                                   tr("%1 is an audit of database %2, not of %3.")
                                       .arg(QDir::toNativeSeparators(sincePath()), reader.identity().database, m_database));
            m_since->setFocus();
            return;
        }
    }
    m_rules.reset();
    if (!rulesPath().isEmpty()) {
        const LintRulesLoad load = LintRulesFormat::load(rulesPath());
        if (!load.ok()) {
            m_message->showMessage(MessageBar::Level::Error, load.error);
            m_rulesFile->setFocus();
            return;
        }
        m_rules = load.rules;
    }
    m_message->hide();
    QDialog::accept();
}

} // namespace roledesk
