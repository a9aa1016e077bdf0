#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace roledesk {

/// The legend under a matrix: a row that starts with "Legend:" for the colour chips and notes,
/// and under it a dimmed, wrapped line of explanation.
///
///     auto *legend = new MatrixLegend(QStringLiteral("matrixLegend"), this);
///     legend->add(MatrixDelegate::legendChip(...));
///     legend->setNote(tr("Letters: ..."), QStringLiteral("matrixLetters"));
class MatrixLegend : public QWidget {
    Q_OBJECT
public:
    MatrixLegend(const QString &objectName, QWidget *parent);
    /// Adds a chip or a short note to the row, after those added before.
    void add(QWidget *item);
    /// Adds a gap of \a pixels to the row.
    void addSpacing(int pixels);
    /// Sets the explanation under the row; returns its label (named \a objectName).
    QLabel *setNote(const QString &text, const QString &objectName);

private:
    QHBoxLayout *m_row;
    QLabel *m_note = nullptr;
};

} // namespace roledesk
