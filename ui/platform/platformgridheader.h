#pragma once

#include "platform/platformdefinition.h"

#include <QColor>
#include <QHeaderView>
#include <QStyledItemDelegate>

namespace roledesk {

/// The role header of the platform grid: a band naming each group of roles ("Organization roles",
/// "Project roles") above the roles' abbreviations, tinted by scope; the tooltip (the model's)
/// gives the full name and scope.
class PlatformGridHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit PlatformGridHeader(QWidget *parent = nullptr);
    /// The tint of \a scope's cells; stronger where the role holds the permission.
    static QColor scopeColor(PlatformScope scope, bool held);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int bandHeight() const;
};

/// Paints grid cells in their scope's tint, so that the two groups of columns read as groups.
class PlatformGridDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Shows grant rows made by a rule in italics (they are read-only), manual ones upright.
class PlatformGrantDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace roledesk
