#include "common/matrixdelegate.h"

#include "models/privilegematrixmodel.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>

namespace roledesk {

MatrixDelegate::MatrixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor MatrixDelegate::sourceColor(RightSource source)
{
    switch (source) {
    case RightSource::Superuser: return QColor(0xd9, 0xc2, 0xf0);  // violet
    case RightSource::Owner: return QColor(0xf6, 0xd3, 0x8f);      // amber
    case RightSource::Direct: return QColor(0x9f, 0xd8, 0x9f);     // green
    case RightSource::Inherited: return QColor(0xa9, 0xcc, 0xf0);  // blue
    case RightSource::Predefined: return QColor(0x9e, 0xdd, 0xd6); // teal
    case RightSource::Public: return QColor(0xe2, 0xe2, 0xe2);     // grey
    }
    return {};
}

QColor MatrixDelegate::driftColor(int kind)
{
    switch (kind) {
    case 0: return QColor(0xc6, 0x28, 0x28); // missing: red
    case 1: return QColor(0xe0, 0x7b, 0x00); // extra: orange
    default: return QColor(0x6a, 0x1b, 0x9a); // different: violet
    }
}

QColor MatrixDelegate::textColor(RightSource)
{
    return QColor(0x1a, 0x1a, 0x1a); // every background above is light
}

QLabel *MatrixDelegate::legendChip(RightSource source, const QString &text, QWidget *parent)
{
    return legendChip(text, sourceColor(source), textColor(source), parent);
}

QLabel *MatrixDelegate::legendChip(const QString &text, const QColor &background, const QColor &foreground, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAutoFillBackground(true);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, foreground);
    label->setPalette(pal);
    label->setContentsMargins(8, 2, 8, 2);
    return label;
}

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant source = index.data(PrivilegeMatrixModel::SourceRole);
    const QString text = index.data(PrivilegeMatrixModel::ShortTextRole).toString();
    const QRect r = option.rect;
    painter->save();
    if (source.isValid()) {
        const auto src = RightSource(source.toInt());
        painter->fillRect(r.adjusted(1, 1, -1, -1), sourceColor(src));
        QFont f = option.font;
        if (text.contains(u'*'))
            f.setBold(true);
        painter->setFont(f);
        painter->setPen(textColor(src));
        const QStaticText &laid = laidOut(text, f, r.width() - 4);
        const QSizeF size = laid.size();
        painter->drawStaticText(QPointF(r.left() + (r.width() - size.width()) / 2,
                                        r.top() + (r.height() - size.height()) / 2),
                                laid);
    }
    // A difference from a policy file: missing rights in red (dashed), extra ones in orange,
    // different grant options in violet, with a corner flag so a selected cell still shows it.
    if (const QVariant drift = index.data(PrivilegeMatrixModel::DriftRole); drift.isValid()) {
        const QColor colour = driftColor(drift.toInt());
        painter->setPen(QPen(colour, 2, drift.toInt() == 0 ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(2, 2, -2, -2));
        const int s = std::min(r.height(), r.width()) / 3;
        const QPoint corner = drift.toInt() == 0 ? r.topLeft() : r.topRight();
        const int dx = drift.toInt() == 0 ? s : -s;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygon({corner, corner + QPoint(dx, 0), corner + QPoint(0, s)}));
    }
    if (option.state & QStyle::State_Selected) {
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    } else if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(r.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

const QStaticText &MatrixDelegate::laidOut(const QString &text, const QFont &font, int width) const
{
    QFont plain = font;
    plain.setBold(false);
    if (plain != m_textFont || m_texts.size() > 4096) {
        m_texts.clear();
        m_textFont = plain;
    }
    const QString key = QString::number(width) + (font.bold() ? u'b' : u'n') + text;
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        QStaticText laid(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), font);
        it = m_texts.insert(key, laid);
    }
    return *it;
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform: the view never sizes sections to contents.
    const QFontMetrics fm(option.font);
    return QSize(fm.horizontalAdvance(QStringLiteral("ALL*")) + 12, fm.height() + 6);
}

} // namespace roledesk
