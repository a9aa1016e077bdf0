#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace roledesk {

/// A horizontal bar chart of a report: one bar per (label, value), in the given order. The HTML
/// report draws it as inline SVG, the PDF as an image painted with QPainter, from the same layout.
struct ReportChart {
    QString title;
    QList<QPair<QString, qint64>> bars;

    /// The chart as an SVG element (width 640 user units), every text escaped.
    QString svg() const;
    /// The chart painted at \a scale device pixels per unit (for a sharp PDF: 3).
    QImage image(qreal scale) const;
    /// Width and height in units.
    static constexpr int width = 640;
    int height() const;
};

} // namespace roledesk
