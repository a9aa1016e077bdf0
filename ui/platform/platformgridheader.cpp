#include "platform/platformgridheader.h"

#include "models/platformgrantmodel.h"
#include "models/platformgridmodel.h"

#include <QPainter>
#include <QPaintEvent>

namespace roledesk {

PlatformGridHeader::PlatformGridHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setSectionResizeMode(QHeaderView::Fixed);
    setDefaultSectionSize(fontMetrics().height() * 2);
    setMinimumSectionSize(fontMetrics().height() + 4);
}

QColor PlatformGridHeader::scopeColor(PlatformScope scope, bool held)
{
    if (scope == PlatformScope::Organization)
        return held ? QColor(0x9f, 0xc2, 0xe8) : QColor(0xf0, 0xf5, 0xfb);
    return held ? QColor(0xae, 0xd9, 0xa8) : QColor(0xf2, 0xf8, 0xf1);
}

int PlatformGridHeader::bandHeight() const
{
    return fontMetrics().height() + 8;
}

QSize PlatformGridHeader::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    s.setHeight(bandHeight() + fontMetrics().height() + 12);
    return s;
}

QSize PlatformGridHeader::sectionSizeFromContents(int logicalIndex) const
{
    QFont f = font();
    f.setBold(true);
    const QString text = model() ? model()->headerData(logicalIndex, Qt::Horizontal).toString() : QString();
    return QSize(qMax(minimumSectionSize(), QFontMetrics(f).horizontalAdvance(text) + 10),
                 bandHeight() + fontMetrics().height() + 12);
}

void PlatformGridHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    painter->save();
    const QRect area = rect.adjusted(0, bandHeight(), 0, 0);
    const auto scope = PlatformScope(model()->headerData(logicalIndex, Qt::Horizontal, PlatformGridModel::ScopeRole).toInt());
    const bool current = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    painter->fillRect(area, current ? palette().color(QPalette::Highlight).lighter(170) : scopeColor(scope, true));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(area.topRight(), area.bottomRight());
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    QFont f = font();
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(QColor(0x10, 0x10, 0x10));
    painter->drawText(area, Qt::AlignCenter, model()->headerData(logicalIndex, Qt::Horizontal).toString());
    painter->restore();
}

void PlatformGridHeader::paintEvent(QPaintEvent *event)
{
    QHeaderView::paintEvent(event);
    if (!model() || count() == 0)
        return;
    // The band is drawn over all sections of a group at once, held on screen while scrolling.
    const QRect band(0, 0, viewport()->width(), bandHeight());
    if (!(QRegion(band) - event->region()).isEmpty())
        viewport()->update(band);
    QPainter painter(viewport());
    painter.setClipRect(band);
    int v = 0;
    while (v < count()) {
        const int logical = logicalIndex(v);
        const QString label = model()->headerData(logical, Qt::Horizontal, PlatformGridModel::ScopeLabelRole).toString();
        const auto scope = PlatformScope(model()->headerData(logical, Qt::Horizontal, PlatformGridModel::ScopeRole).toInt());
        int end = v;
        while (end + 1 < count()
               && model()->headerData(logicalIndex(end + 1), Qt::Horizontal, PlatformGridModel::ScopeLabelRole).toString() == label)
            ++end;
        const int x0 = sectionViewportPosition(logical);
        const int last = logicalIndex(end);
        const int x1 = sectionViewportPosition(last) + sectionSize(last);
        const QRect r(x0, 0, x1 - x0, bandHeight());
        painter.fillRect(r.adjusted(0, 0, -1, -1), scopeColor(scope, true).darker(112));
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawLine(r.topRight(), r.bottomRight());
        painter.drawLine(r.bottomLeft(), r.bottomRight());
        QFont f = font();
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(QColor(0x10, 0x10, 0x10));
        const QRect text = r.intersected(band).adjusted(4, 0, -4, 0);
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, QFontMetrics(f).elidedText(label, Qt::ElideRight, text.width()));
        v = end + 1;
    }
}

void PlatformGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto scope = PlatformScope(index.data(PlatformGridModel::ScopeRole).toInt());
    const bool held = index.data(PlatformGridModel::HeldRole).toBool();
    QColor background = PlatformGridHeader::scopeColor(scope, held);
    if (option.state & QStyle::State_Selected)
        background = option.palette.color(QPalette::Highlight).lighter(held ? 140 : 175);
    painter->fillRect(option.rect, background);
    // A thicker line where the organization roles end and the project roles begin.
    const QModelIndex right = index.siblingAtColumn(index.column() + 1);
    const bool groupEnd = right.isValid() && right.data(PlatformGridModel::ScopeRole) != index.data(PlatformGridModel::ScopeRole);
    if (groupEnd) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Dark), 2));
        painter->drawLine(option.rect.topRight(), option.rect.bottomRight());
        painter->restore();
    }
    if (held) {
        painter->save();
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(QColor(0x10, 0x30, 0x10));
        painter->drawText(option.rect, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

void PlatformGrantDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PlatformGrantModel::FromRuleRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x4a, 0x4a, 0x6a));
    }
}

} // namespace roledesk
