// ReportChart: one layout, drawn twice (SVG text for HTML, QPainter for PDF), so that both
// reports show the same picture.
#include "report/reportchart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace roledesk {

namespace {

constexpr int titleHeight = 26;
constexpr int barHeight = 18;
constexpr int barGap = 6;
constexpr int labelWidth = 200;
constexpr int valueWidth = 90;
constexpr int barLeft = labelWidth + 10;
constexpr int barSpan = ReportChart::width - barLeft - valueWidth;
// One accent colour: a chart of counts needs no legend, and prints well in grey.
const char *const barColour = "#3b6ea5";
const char *const textColour = "#1d2330";

/// \a label cut to about what fits the label column (names can be 63 bytes long).
QString shortLabel(const QString &label)
{
    constexpr int most = 30;
    return label.size() <= most ? label : label.left(most - 1) + u'…';
}

/// The longest bar's value (at least 1): the scale.
qint64 largest(const QList<QPair<QString, qint64>> &bars)
{
    qint64 top = 1;
    for (const auto &bar : bars)
        top = std::max(top, bar.second);
    return top;
}

} // namespace

int ReportChart::height() const
{
    return titleHeight + int(bars.size()) * (barHeight + barGap) + barGap;
}

QString ReportChart::svg() const
{
    const qint64 top = largest(bars);
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
                      .arg(width).arg(height()).arg(title.toHtmlEscaped());
    out += QStringLiteral("<text x=\"0\" y=\"17\" font-size=\"14\" font-weight=\"600\" fill=\"%1\">%2</text>")
               .arg(QLatin1String(textColour), title.toHtmlEscaped());
    int y = titleHeight;
    const QLocale locale;
    for (const auto &[label, value] : bars) {
        const int w = std::max(1, int(double(value) / double(top) * barSpan));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\" fill=\"%3\">%4<title>%5</title></text>")
                   .arg(labelWidth).arg(y + 13).arg(QLatin1String(textColour), shortLabel(label).toHtmlEscaped(),
                                                    label.toHtmlEscaped());
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"2\" fill=\"%5\"/>")
                   .arg(barLeft).arg(y).arg(w).arg(barHeight).arg(QLatin1String(barColour));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"%3\">%4</text>")
                   .arg(barLeft + w + 6).arg(y + 13).arg(QLatin1String(textColour), locale.toString(value));
        y += barHeight + barGap;
    }
    return out + QStringLiteral("</svg>");
}

QImage ReportChart::image(qreal scale) const
{
    QImage image(QSize(int(width * scale), int(height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    QFont font = p.font();
    font.setPixelSize(14);
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(QLatin1String(textColour)));
    p.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    font.setPixelSize(12);
    font.setBold(false);
    p.setFont(font);
    const qint64 top = largest(bars);
    const QLocale locale;
    int y = titleHeight;
    for (const auto &[label, value] : bars) {
        const int w = std::max(1, int(double(value) / double(top) * barSpan));
        p.setPen(QColor(QLatin1String(textColour)));
        p.drawText(QRectF(0, y, labelWidth, barHeight), Qt::AlignRight | Qt::AlignVCenter, shortLabel(label));
        p.fillRect(QRectF(barLeft, y, w, barHeight), QColor(QLatin1String(barColour)));
        p.drawText(QRectF(barLeft + w + 6, y, valueWidth + barSpan - w, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(value));
        y += barHeight + barGap;
    }
    return image;
}

} // namespace roledesk
