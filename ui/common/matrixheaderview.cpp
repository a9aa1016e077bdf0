#include "common/matrixheaderview.h"

#include "models/privilegematrixmodel.h"

#include <QPainter>
#include <QPaintEvent>

namespace roledesk {

namespace {

using M = PrivilegeMatrixModel;

QString kindTag(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return MatrixHeaderView::tr("db");
    case ObjectKind::Schema: return MatrixHeaderView::tr("schema");
    case ObjectKind::Table: return MatrixHeaderView::tr("table");
    case ObjectKind::View: return MatrixHeaderView::tr("view");
    case ObjectKind::MaterializedView: return MatrixHeaderView::tr("matview");
    case ObjectKind::Sequence: return MatrixHeaderView::tr("seq");
    case ObjectKind::ForeignTable: return MatrixHeaderView::tr("foreign");
    case ObjectKind::Column: return MatrixHeaderView::tr("col");
    case ObjectKind::Function: return MatrixHeaderView::tr("func");
    case ObjectKind::Procedure: return MatrixHeaderView::tr("proc");
    case ObjectKind::Type: return MatrixHeaderView::tr("type");
    case ObjectKind::Language: return MatrixHeaderView::tr("lang");
    }
    return {};
}

constexpr int NameAreaHeight = 165;
constexpr int MarkerWidth = 18;

} // namespace

MatrixHeaderView::MatrixHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setSectionResizeMode(QHeaderView::Interactive);
    if (orientation == Qt::Horizontal) {
        setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("ALL*")) + 16);
        setMinimumSectionSize(fontMetrics().height() + 4);
    } else {
        setDefaultSectionSize(fontMetrics().height() + 8);
    }
}

QColor MatrixHeaderView::schemaColor(const QString &schema)
{
    if (schema.isEmpty())
        return QColor(0xd8, 0xd8, 0xd8);
    return QColor::fromHsl(int(stableNameHash(schema) % 360u), 120, 215);
}

quint32 MatrixHeaderView::stableNameHash(const QString &name)
{
    // FNV-1a over UTF-8: the same on every launch and machine, unlike qHash's seeded hashing.
    quint32 h = 2166136261u;
    for (const char c : name.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QString MatrixHeaderView::elideObjectName(const QString &name, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    // A function's name tells it apart from its neighbours; its argument list goes first.
    const qsizetype paren = name.indexOf(u'(');
    if (paren > 0 && name.endsWith(u')')) {
        const QString shortened = name.left(paren) + QStringLiteral("(…)");
        if (metrics.horizontalAdvance(shortened) <= width)
            return shortened;
        return metrics.elidedText(shortened, Qt::ElideRight, width);
    }
    return metrics.elidedText(name, Qt::ElideRight, width);
}

int MatrixHeaderView::bandHeight() const
{
    return orientation() == Qt::Horizontal ? fontMetrics().height() + 8 : 0;
}

QSize MatrixHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    if (orientation() == Qt::Horizontal)
        s.setHeight(bandHeight() + NameAreaHeight);
    return s;
}

QSize MatrixHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    if (orientation() == Qt::Horizontal)
        return QSize(defaultSectionSize(), bandHeight() + NameAreaHeight);
    const QString name = model()->headerData(logicalIndex, Qt::Vertical).toString();
    QFont f = font();
    f.setBold(true);
    return QSize(MarkerWidth + QFontMetrics(f).horizontalAdvance(name) + 16, defaultSectionSize());
}

void MatrixHeaderView::paintEvent(QPaintEvent *event)
{
    QHeaderView::paintEvent(event);
    if (orientation() != Qt::Horizontal || !model() || count() == 0)
        return;
    // A sideways scroll moves the pixels already shown and repaints only the strip it uncovers:
    // the schema label, held at the viewport's left edge, would travel with the pixels and leave
    // its band. Any partial repaint of the band is followed by a whole one.
    const QRect band(0, 0, viewport()->width(), bandHeight());
    if (!(QRegion(band) - event->region()).isEmpty()) // (QRegion::contains(QRect) means "overlaps")
        viewport()->update(band);
    QPainter painter(viewport());
    paintSchemaBands(&painter);
}

void MatrixHeaderView::paintSchemaBands(QPainter *painter) const
{
    const int width = viewport()->width();
    int first = visualIndexAt(0);
    int last = visualIndexAt(width - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = count() - 1;
    const int band = bandHeight();
    painter->setClipRect(QRect(0, 0, width, band));
    int v = first;
    while (v <= last) {
        const int logical = logicalIndex(v);
        const QString schema = model()->headerData(logical, Qt::Horizontal, M::SchemaRole).toString();
        int end = v;
        while (end + 1 <= last
               && model()->headerData(logicalIndex(end + 1), Qt::Horizontal, M::SchemaRole).toString() == schema)
            ++end;
        const int x0 = sectionViewportPosition(logical);
        const int lastLogical = logicalIndex(end);
        const int x1 = sectionViewportPosition(lastLogical) + sectionSize(lastLogical);
        const QRect r(x0, 0, x1 - x0, band);
        painter->fillRect(r.adjusted(0, 0, -1, -1), schemaColor(schema));
        painter->setPen(palette().color(QPalette::Mid));
        painter->drawLine(r.topRight(), r.bottomRight());
        painter->drawLine(r.bottomLeft(), r.bottomRight());
        // Keep the label on screen when the group starts left of the viewport.
        const QRect textRect = r.intersected(QRect(0, 0, width, band)).adjusted(4, 0, -4, 0);
        const QString label = schema.isEmpty() ? tr("database") : schema;
        QFont f = font();
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(f).elidedText(label, Qt::ElideRight, textRect.width()));
        v = end + 1;
    }
}

void MatrixHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    painter->save();
    if (orientation() == Qt::Horizontal)
        paintObjectSection(painter, rect, logicalIndex);
    else
        paintRoleSection(painter, rect, logicalIndex);
    painter->restore();
}

void MatrixHeaderView::paintObjectSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const QRect area = rect.adjusted(0, bandHeight(), 0, 0);
    const QString schema = model()->headerData(logicalIndex, Qt::Horizontal, M::SchemaRole).toString();
    QColor background = schemaColor(schema).lighter(112);
    const bool current = selectionModel() && selectionModel()->currentIndex().isValid()
                         && selectionModel()->currentIndex().column() == logicalIndex;
    if (current)
        background = palette().color(QPalette::Highlight).lighter(170);
    painter->fillRect(area, background);
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(area.topRight(), area.bottomRight());
    painter->drawLine(area.bottomLeft(), area.bottomRight());

    const QString name = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    const auto kind = ObjectKind(model()->headerData(logicalIndex, Qt::Horizontal, M::ObjectKindRole).toInt());
    const QString tag = kindTag(kind);
    // Names run bottom-up, so a narrow column still shows a long name.
    painter->translate(area.left(), area.bottom());
    painter->rotate(-90);
    const QRect text(4, 0, area.height() - 8, area.width());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFontMetrics smallMetrics(small);
    const int tagWidth = smallMetrics.horizontalAdvance(tag) + 6;
    painter->setFont(small);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(QRect(text.left(), text.top(), tagWidth, text.height()), Qt::AlignVCenter | Qt::AlignLeft, tag);
    QFont f = font();
    f.setBold(current);
    painter->setFont(f);
    painter->setPen(QColor(0x10, 0x10, 0x10));
    const QRect nameRect = text.adjusted(tagWidth, 0, 0, 0);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      elideObjectName(name, QFontMetrics(f), nameRect.width()));
}

void MatrixHeaderView::paintRoleSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const bool current = selectionModel() && selectionModel()->currentIndex().isValid()
                         && selectionModel()->currentIndex().row() == logicalIndex;
    painter->fillRect(rect, current ? palette().color(QPalette::Highlight).lighter(170)
                                    : palette().color(QPalette::Button));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());

    const auto type = M::RoleType(model()->headerData(logicalIndex, Qt::Vertical, M::RoleTypeRole).toInt());
    QString marker;
    QColor markerColor;
    switch (type) {
    case M::RoleType::Login: marker = QStringLiteral("●"); markerColor = QColor(0x2d, 0x6c, 0xb5); break;
    case M::RoleType::Group: marker = QStringLiteral("◆"); markerColor = QColor(0x3c, 0x8d, 0x4a); break;
    case M::RoleType::Superuser: marker = QStringLiteral("★"); markerColor = QColor(0x8e, 0x44, 0xad); break;
    case M::RoleType::Predefined: marker = QStringLiteral("◇"); markerColor = QColor(0x80, 0x80, 0x80); break;
    case M::RoleType::Public: marker = QStringLiteral("◎"); markerColor = QColor(0x60, 0x60, 0x60); break;
    }
    painter->setPen(markerColor);
    painter->drawText(QRect(rect.left() + 2, rect.top(), MarkerWidth, rect.height()), Qt::AlignCenter, marker);
    QFont f = font();
    f.setBold(current);
    f.setItalic(type == M::RoleType::Group || type == M::RoleType::Predefined);
    painter->setFont(f);
    painter->setPen(palette().color(QPalette::ButtonText));
    const QRect textRect = rect.adjusted(MarkerWidth + 6, 0, -4, 0);
    const QString name = model()->headerData(logicalIndex, Qt::Vertical).toString();
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(f).elidedText(name, Qt::ElideRight, textRect.width()));
}

} // namespace roledesk
