#pragma once

#include <QFontMetrics>
#include <QHeaderView>

namespace roledesk {

/// The privilege matrix's headers. Horizontal: a schema band across each run of columns of
/// the same schema, and below it the object names written upwards, with a kind tag. Vertical:
/// role names with a marker for users, groups, superusers and predefined roles.
class MatrixHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit MatrixHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    /// A pastel colour for \a schema, stable across runs.
    static QColor schemaColor(const QString &schema);
    /// A hash of \a name that is the same on every launch (FNV-1a over UTF-8).
    static quint32 stableNameHash(const QString &name);
    /// \a name shortened to \a width: a function keeps its name and loses its argument list
    /// first ("f(…)"), then the end of the name; the full signature stays in the tooltip.
    static QString elideObjectName(const QString &name, const QFontMetrics &metrics, int width);
    /// Height of the schema band (horizontal header).
    int bandHeight() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    void paintObjectSection(QPainter *painter, const QRect &rect, int logicalIndex) const;
    void paintRoleSection(QPainter *painter, const QRect &rect, int logicalIndex) const;
    void paintSchemaBands(QPainter *painter) const;
};

} // namespace roledesk
