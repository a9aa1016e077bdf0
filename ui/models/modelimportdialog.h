#pragma once

#include "pgx/modeltask.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace roledesk {

/// "Import model": pick or drop an .onnx file, name the model (checked against the model name
/// rules and the names already present as you type), optionally give metadata (a JSON object,
/// e.g. {"dimension": 384}), then Import. The dialog does not talk to the database: it asks for
/// the import with importRequested() and shows the progress and outcome it is fed, with a Cancel
/// that stops the streaming (nothing is left behind). On success it closes; on failure it stays
/// open with the cause shown and every field kept, the faulty one focused.
class ModelImportDialog : public QDialog {
    Q_OBJECT
public:
    /// \a existing: names of the models already in the database (for the duplicate check).
    explicit ModelImportDialog(const QStringList &existing, QWidget *parent = nullptr);

    /// Fills in \a path and proposes a name from it (when the name field is still untouched).
    void setFile(const QString &path);
    QString file() const;
    QString modelName() const;
    QString metadata() const;
    /// Why the form cannot be submitted now (empty when it can).
    QString problem() const;
    bool isRunning() const { return m_running; }

    /// The import is running: \a done of \a total bytes streamed.
    void setProgress(qint64 done, qint64 total);
    /// The import ended.
    void setOutcome(const ModelOutcome &outcome);

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *metadataEdit() const { return m_metadata; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *problemLabel() const { return m_problem; }
    QProgressBar *progressBar() const { return m_progress; }

    /// A name built from a file name: characters outside the rules become "_", dots at the ends go.
    static QString nameFromFile(const QString &path);

signals:
    /// The user asked to import: run \a request and report back with setProgress()/setOutcome().
    void importRequested(const roledesk::ModelTaskRequest &request);
    /// The user asked to stop the running import.
    void cancelRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    void browse();
    void validate();
    void submit();
    void setRunning(bool running);

    QStringList m_existing;
    QLineEdit *m_file;
    QLineEdit *m_name;
    QPlainTextEdit *m_metadata;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_browse;
    bool m_nameEdited = false;
    bool m_running = false;
};

} // namespace roledesk
