#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace roledesk {

/// A non-modal bar at the top of the window that names what went wrong (or what to know),
/// with details on hover and a close button. It never blocks the window.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    /// How serious a message is; sets the bar's colour.
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows \a text (plain text) with \a details as tooltip; replaces any earlier message.
    void showMessage(Level level, const QString &text, const QString &details = {});
    /// The message shown, or empty when hidden.
    QString text() const;
    Level level() const { return m_level; }

signals:
    /// The user closed the bar.
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Level m_level = Level::Info;
};

} // namespace roledesk
