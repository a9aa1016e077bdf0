#include "models/modelimportdialog.h"

#include "pgx/modelname.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace roledesk {

ModelImportDialog::ModelImportDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_file(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_metadata(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("Close"), this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    setObjectName(QStringLiteral("modelImportDialog"));
    setWindowTitle(tr("Import model"));
    setAcceptDrops(true);

    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("An .onnx file; drop one here"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("A-Z a-z 0-9 _ . -"));
    m_metadata->setObjectName(QStringLiteral("metadata"));
    m_metadata->setPlaceholderText(QStringLiteral("{\"dimension\": 384}"));
    m_metadata->setTabChangesFocus(true);
    m_metadata->setMaximumHeight(90);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Metadata:"), m_metadata);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *note = new QLabel(tr("The file is streamed into the database as a large object and registered with "
                               "pgx_import_model; you become the model's owner. Only you (and the extension "
                               "owner) may use it until you grant its use."), this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ModelImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        if (!m_nameEdited)
            m_name->setText(nameFromFile(m_file->text()));
        validate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &ModelImportDialog::validate);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &ModelImportDialog::validate);
    connect(m_import, &QPushButton::clicked, this, &ModelImportDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &ModelImportDialog::reject);
    validate();
    resize(560, sizeHint().height());
}

QString ModelImportDialog::file() const { return m_file->text().trimmed(); }
QString ModelImportDialog::modelName() const { return m_name->text(); }
QString ModelImportDialog::metadata() const { return m_metadata->toPlainText().trimmed(); }

void ModelImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ModelImportDialog::nameFromFile(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    for (QChar &c : name) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                        || c == u'_' || c == u'.' || c == u'-';
        if (!ok)
            c = u'_';
    }
    while (name.contains(QStringLiteral("..")))
        name.replace(QStringLiteral(".."), QStringLiteral("."));
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

QString ModelImportDialog::problem() const
{
    const QString path = file();
    if (path.isEmpty())
        return tr("Choose the model file.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The file %1 does not exist.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a regular file.").arg(path);
    if (info.size() == 0)
        return tr("The file %1 is empty.").arg(path);
    if (const QString p = ModelName::problem(modelName()); !p.isEmpty())
        return p;
    if (m_existing.contains(modelName()))
        return tr("A model named \"%1\" exists already; choose another name.").arg(modelName());
    if (!metadata().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(metadata().toUtf8(), &error);
        if (doc.isNull())
            return tr("The metadata is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset);
        if (!doc.isObject())
            return tr("The metadata must be a JSON object, such as {\"dimension\": 384}.");
    }
    return {};
}

void ModelImportDialog::validate()
{
    if (m_running)
        return;
    const QString p = problem();
    m_problem->setStyleSheet(QString());
    if (p.isEmpty()) {
        const QFileInfo info(file());
        m_problem->setText(tr("%1 will be imported as \"%2\".")
                               .arg(QLocale().formattedDataSize(info.size()), modelName()));
    } else {
        m_problem->setText(p);
    }
    m_import->setEnabled(p.isEmpty());
}

void ModelImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Model file"), QFileInfo(file()).absolutePath(),
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ModelImportDialog::submit()
{
    if (m_running || !problem().isEmpty())
        return;
    setRunning(true);
    m_progress->setRange(0, 0);
    m_problem->setText(tr("Importing…"));
    emit importRequested(ModelTaskRequest::importFile(modelName(), QDir::fromNativeSeparators(file()), metadata()));
}

void ModelImportDialog::setRunning(bool running)
{
    m_running = running;
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_name->setEnabled(!running);
    m_metadata->setEnabled(!running);
    m_import->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setText(running ? tr("&Cancel import") : tr("Close"));
}

void ModelImportDialog::setProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    // Progress bars hold ints: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ModelImportDialog::setOutcome(const ModelOutcome &outcome)
{
    setRunning(false);
    if (outcome.ok()) {
        accept();
        return;
    }
    validate();
    m_problem->setText(outcome.message);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    switch (outcome.cause) {
    case ModelOutcome::Cause::InvalidName:
    case ModelOutcome::Cause::DuplicateName:
        m_existing << modelName();
        m_name->setFocus();
        m_name->selectAll();
        break;
    case ModelOutcome::Cause::File: m_file->setFocus(); break;
    case ModelOutcome::Cause::InvalidMetadata: m_metadata->setFocus(); break;
    default: break;
    }
    if (outcome.cause == ModelOutcome::Cause::DuplicateName)
        m_import->setEnabled(false);
}

void ModelImportDialog::reject()
{
    if (m_running) {
        m_problem->setText(tr("Cancelling…"));
        emit cancelRequested();
        return;
    }
    QDialog::reject();
}

void ModelImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_running && event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void ModelImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_running || urls.isEmpty() || !urls.first().isLocalFile())
        return;
    setFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace roledesk
