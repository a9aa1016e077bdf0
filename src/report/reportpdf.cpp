// ReportWriter::writePdf(): the print HTML laid out by QTextDocument on A4 pages of QPdfWriter,
// each page with a running header and "page N of M".
#include "report/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace roledesk {

namespace {

/// The font families for \a language: Latin text and digits in DejaVu Sans (whose text PDF readers
/// extract as written), then the CJK face of the language, so that Han characters take its own
/// glyph forms (Japanese and Chinese differ); fontconfig falls back for the rest.
QStringList families(const QString &language)
{
    const QString cjk = language.startsWith(u"zh") ? QStringLiteral("Noto Sans CJK SC")
                        : language.startsWith(u"ko") ? QStringLiteral("Noto Sans CJK KR")
                                                       : QStringLiteral("Noto Sans CJK JP");
    return {QStringLiteral("DejaVu Sans"), cjk};
}

// QTextDocument's own CSS subset: no nth-child, no grid; colours and sizes only.
constexpr const char *printStyle =
    "h1{font-size:20pt;color:#1d2330;} h2{font-size:14pt;color:#1d2330;margin-top:16pt;} h3{font-size:11pt;margin-top:10pt;}"
    "th{background-color:#eef1f6;font-weight:bold;} table{border-color:#c9ced8;border-collapse:collapse;margin-bottom:10pt;}"
    "td,th{border-color:#c9ced8;} .note,.more{color:#5b6475;} .none{color:#6b7280;} .warn{color:#8a4b00;}"
    "table.cover th{background-color:#ffffff;} .hash{font-family:'DejaVu Sans Mono';}";

} // namespace

bool ReportWriter::writePdf(const ReportData &data, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title() + QStringLiteral(" — ") + data.identity.database);
    writer.setCreator(QStringLiteral("RoleDesk ") + data.identity.roledeskVersion);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font;
    font.setFamilies(families(data.language));
    font.setPointSizeF(8.5);
    // No ligatures: "fi" in roledesk_fixture must stay two letters for search and copy in a PDF reader.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QLatin1String(printStyle));
    const QList<ReportChart> charts = ReportWriter::charts(data);
    for (int i = 0; i < charts.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), charts.at(i).image(2));
    doc.setHtml(html(data, Target::Print));

    // Bands above and below the text for the running header and the page number.
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal band = writer.resolution() * 0.25; // a quarter inch
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("the PDF could not be started: %1").arg(device->errorString());
        return false;
    }
    QFont small = font;
    small.setPointSizeF(7.5);
    const QString header = title() + QStringLiteral(" — ") + data.identity.database + QStringLiteral("  ·  SHA-256 ")
                           + data.sha256().left(16) + u'…';
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x5b, 0x64, 0x75));
        if (i > 0)
            painter.drawText(QRectF(0, 0, page.width(), band * 0.8), Qt::AlignLeft | Qt::AlignTop, header);
        painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8), Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.translate(body.topLeft());
        painter.translate(0, -i * body.height());
        const QRectF view(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end()) {
        *error = tr("the PDF could not be finished: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool ReportWriter::write(const ReportData &data, ReportFormat format, QIODevice *device, QString *error)
{
    if (format == ReportFormat::Pdf)
        return writePdf(data, device, error);
    const QByteArray bytes = format == ReportFormat::Json ? data.canonicalJson() : html(data).toUtf8();
    if (device->write(bytes) == bytes.size())
        return true;
    *error = device->errorString();
    return false;
}

std::optional<ReportFormat> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"html")
        return ReportFormat::Html;
    if (n == u"pdf")
        return ReportFormat::Pdf;
    if (n == u"json")
        return ReportFormat::Json;
    return std::nullopt;
}

} // namespace roledesk
