#include "widgets/spantreedelegate.h"

#include <QPainter>

#include "models/spantreemodel.h"

namespace spanscope::ui {

void SpanTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const SpanTreeModel *>(index.model());
    const int node = model ? model->nodeOf(index) : -1;
    if (node < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const store::TraceTree &t = *model->tree();
    if (index.column() == SpanTreeModel::DurationColumn && t.hasTime(node)
        && t.axisStartNs != store::TraceTree::kNoTime) {
        // Draw the selection/background first, then the bar under the text.
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double span = std::max<double>(1, double(t.axisEndNs - t.axisStartNs));
        const QRectF area = QRectF(option.rect).adjusted(4, option.rect.height() * 0.70, -4, -2);
        const double s = double(t.start[size_t(node)] - t.axisStartNs) / span;
        const int64_t e64 = t.end[size_t(node)];
        const double e = e64 == store::TraceTree::kNoTime ? s : double(e64 - t.axisStartNs) / span;
        QColor track = option.palette.color(QPalette::Text);
        track.setAlphaF(0.08);
        painter->fillRect(area, track);
        QColor bar = t.level[size_t(node)] == store::TraceTree::LevelError
            ? QColor(0xd3, 0x2f, 0x2f)
            : SpanTreeModel::typeColor(model->typeOf(node));
        painter->fillRect(QRectF(area.left() + s * area.width(), area.top(),
                              std::max(1.5, (e - s) * area.width()), area.height()),
            bar);
        painter->setPen(opt.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                              : QPalette::Text));
        painter->drawText(QRectF(option.rect).adjusted(4, 0, -4, -option.rect.height() * 0.25),
            Qt::AlignRight | Qt::AlignVCenter, text);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == SpanTreeModel::NameColumn && t.flags[size_t(node)] != 0) {
        // The badge sits at the right edge of the name cell so it never hides the name's start.
        const QString badge = SpanTreeModel::flagsText(t.flags[size_t(node)]);
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.85);
        const QFontMetrics fm(f);
        const int w = fm.horizontalAdvance(badge) + 10;
        const QRect r(option.rect.right() - w - 2, option.rect.top() + 3, w, option.rect.height() - 6);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xf5, 0x7c, 0x00));
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(f);
        painter->drawText(r, Qt::AlignCenter, badge);
        painter->restore();
    }
}

QSize SpanTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 8));
    return s;
}

} // namespace spanscope::ui
