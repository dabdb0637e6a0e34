#pragma once
// Paints the span tree's cells that carry more than text: the Duration column gets an inline bar
// placed on the trace's time axis (where the span starts and how long it runs), and the Name
// column a badge for repaired nodes (orphan, cycle, clock skew, duplicate). UI thread only.

#include <QStyledItemDelegate>

namespace spanscope::ui {

class SpanTreeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace spanscope::ui
