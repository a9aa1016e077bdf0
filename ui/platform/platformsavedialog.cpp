#include "platform/platformsavedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace roledesk {

namespace {

/// Colours a unified diff: "-" lines red, "+" lines green, "@@" hunk headers grey.
class DiffHighlighter : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x60, 0x60, 0x90));
        } else if (text.startsWith(u'-')) {
            format.setForeground(QColor(0x9a, 0x1b, 0x1b));
            format.setBackground(QColor(0xfd, 0xe8, 0xe8));
        } else if (text.startsWith(u'+')) {
            format.setForeground(QColor(0x1b, 0x6a, 0x1b));
            format.setBackground(QColor(0xe6, 0xf6, 0xe6));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

PlatformSaveDialog::PlatformSaveDialog(const QString &path, const QString &diff, QWidget *parent)
    : QDialog(parent)
    , m_diff(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("platformSaveDialog"));
    setWindowTitle(tr("Save platform file"));
    const bool exists = QFileInfo::exists(path);
    const bool unchanged = exists && diff.trimmed().isEmpty();
    auto *intro = new QLabel(unchanged ? tr("%1 is already the same as this file; saving writes it again.")
                                              .arg(QDir::toNativeSeparators(path))
                             : exists ? tr("These lines of %1 change (<span style='color:#9a1b1b'>- removed</span>, "
                                           "<span style='color:#1b6a1b'>+ added</span>):")
                                            .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
                                      : tr("%1 is a new file with these lines:").arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("platformDiff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlainText(diff);
    m_diff->setAccessibleName(tr("Difference from the file on disk"));
    new DiffHighlighter(m_diff->document());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    resize(760, 520);
}

} // namespace roledesk
