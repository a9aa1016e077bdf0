#pragma once

#include "privileges/effectiverights.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

class QLabel;

namespace roledesk {

/// Paints a privilege-matrix cell: background by the dominant source (superuser, owner,
/// direct, inherited, predefined role, PUBLIC), compact letters, grantable cells in bold.
class MatrixDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MatrixDelegate(QObject *parent = nullptr);

    /// The background colour for cells whose dominant source is \a source; shared with the legend.
    static QColor sourceColor(RightSource source);
    /// The mark of a policy difference of kind \a kind (int(Drift::Kind): missing, extra, different).
    static QColor driftColor(int kind);
    /// A text colour readable on sourceColor(\a source).
    static QColor textColor(RightSource source);
    /// A legend entry: \a text on a chip coloured like the cells of \a source.
    static QLabel *legendChip(RightSource source, const QString &text, QWidget *parent);
    /// A legend entry in colours of its own (pending, unknown...).
    static QLabel *legendChip(const QString &text, const QColor &background, const QColor &foreground, QWidget *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Cells repeat a few short texts ("r", "cT", "ALL*"...): lay each out (shaped and elided)
    // once per width and font instead of twice per painted cell.
    const QStaticText &laidOut(const QString &text, const QFont &font, int width) const;

    mutable QHash<QString, QStaticText> m_texts; // key: width, bold, text
    mutable QFont m_textFont;                    // the font m_texts were laid out with
};

} // namespace roledesk
