#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace roledesk {

/// Before a platform file is written: the difference from the file on disk (a unified diff,
/// removed lines red, added lines green) and Save / Cancel.
class PlatformSaveDialog : public QDialog {
    Q_OBJECT
public:
    /// \a diff is PlatformFileFormat::diff(what is on disk at \a path, the new text).
    PlatformSaveDialog(const QString &path, const QString &diff, QWidget *parent = nullptr);
    QPlainTextEdit *diffView() const { return m_diff; }

private:
    QPlainTextEdit *m_diff;
};

} // namespace roledesk
