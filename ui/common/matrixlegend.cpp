#include "common/matrixlegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace roledesk {

MatrixLegend::MatrixLegend(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout)
{
    setObjectName(objectName);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_row->addWidget(new QLabel(tr("Legend:"), this));
    m_row->addStretch(1);
    column->addLayout(m_row);
}

void MatrixLegend::add(QWidget *item)
{
    m_row->insertWidget(m_row->count() - 1, item); // before the closing stretch
}

void MatrixLegend::addSpacing(int pixels)
{
    m_row->insertSpacing(m_row->count() - 1, pixels);
}

QLabel *MatrixLegend::setNote(const QString &text, const QString &objectName)
{
    if (!m_note) {
        m_note = new QLabel(this);
        m_note->setWordWrap(true);
        QPalette dim = m_note->palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        m_note->setPalette(dim);
        layout()->addWidget(m_note);
    }
    m_note->setObjectName(objectName);
    m_note->setText(text);
    return m_note;
}

} // namespace roledesk
