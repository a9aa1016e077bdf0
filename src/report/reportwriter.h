#pragma once

#include "report/reportchart.h"
#include "report/reportdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace roledesk {

/// The file formats of an audit report.
enum class ReportFormat { Html, Pdf, Json };

/// Writes ReportData as an auditor reads it: a self-contained HTML page (inline CSS, charts as
/// inline SVG, no script) or an A4 PDF made by Qt's own PDF writer (page numbers, table headers
/// repeated on each page, CJK text in Noto CJK). Both come from one HTML text, written for a
/// browser or for QTextDocument. All texts in the interface language (tr()).
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ReportWriter)
public:
    /// Who reads the HTML: a browser (CSS, SVG) or QTextDocument (its HTML subset; charts as
    /// images named "chart:N", N indexing charts()).
    enum class Target { Browser, Print };

    /// The report as one HTML document.
    static QString html(const ReportData &data, Target target = Target::Browser);
    /// The charts of the summary, in the order html() shows them (empty ones left out).
    static QList<ReportChart> charts(const ReportData &data);
    /// Writes the PDF to \a device. Needs a QGuiApplication (fonts). False with \a error when the
    /// device refused the output.
    static bool writePdf(const ReportData &data, QIODevice *device, QString *error);
    /// Writes \a data in \a format to \a device; false with \a error when that failed.
    static bool write(const ReportData &data, ReportFormat format, QIODevice *device, QString *error);
    /// "html", "pdf" or "json" (any case) as a format; nothing for anything else.
    static std::optional<ReportFormat> formatFromName(const QString &name);
    /// A ReportData::changeCounts key ("right +") as people read it ("Rights gained").
    static QString changeLabel(const QString &key);
    /// The translated title of the report ("Access audit report").
    static QString title();
    /// What the cover's SHA-256 covers, for the cover and the README.
    static QString hashNote();
};

} // namespace roledesk
