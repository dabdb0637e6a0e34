#include "widgets/timeline.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include "models/spantreemodel.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {

constexpr double kMinWindowNs = 1000.0; // 1 µs: below that, ns timestamps stop meaning much

// A "nice" tick step (1, 2 or 5 × 10^k ns) that gives labels at least minPixels apart.
double tickStep(double windowNs, double widthPx, double minPixels)
{
    const double raw = windowNs * minPixels / std::max(1.0, widthPx);
    const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumWidth(120);
}

void TimelineView::setTree(std::shared_ptr<const store::TraceTree> tree)
{
    m_tree = std::move(tree);
    m_rows.clear();
    m_highlighted.clear();
    m_selected = -1;
    m_nameCache.clear();
    if (m_tree)
        for (const std::string &s : m_tree->names)
            m_nameCache.push_back(QString::fromUtf8(s.data(), qsizetype(s.size())));
    m_viewStart = fullStart();
    m_viewEnd = fullEnd();
    emit windowChanged(m_viewStart, m_viewEnd);
    update();
}

void TimelineView::setRows(std::vector<int> rows)
{
    m_rows = std::move(rows);
    update();
}

void TimelineView::setRowHeight(int pixels)
{
    m_rowHeight = std::max(4, pixels);
    update();
}

void TimelineView::setHeaderHeight(int pixels)
{
    m_headerHeight = std::max(0, pixels);
    update();
}

void TimelineView::setScrollOffset(int pixels)
{
    if (pixels == m_scroll)
        return;
    m_scroll = pixels;
    update();
}

void TimelineView::setSelectedNode(int node)
{
    if (node == m_selected)
        return;
    m_selected = node;
    update();
}

void TimelineView::setHighlightedNodes(std::vector<int> sortedNodes)
{
    m_highlighted = std::move(sortedNodes);
    update();
}

double TimelineView::fullStart() const
{
    if (!m_tree || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return 0;
    return double(m_tree->axisStartNs);
}

double TimelineView::fullEnd() const
{
    if (!m_tree || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return 1;
    return std::max(double(m_tree->axisEndNs), fullStart() + kMinWindowNs);
}

double TimelineView::minSpan() const
{
    return kMinWindowNs;
}

void TimelineView::setWindow(double startNs, double endNs)
{
    const double full0 = fullStart(), full1 = fullEnd();
    const double fullSpan = full1 - full0;
    double span = std::clamp(endNs - startNs, minSpan(), fullSpan);
    // Panning may go a little past either end so the first and last bars are not glued to the edge.
    const double margin = fullSpan * 0.02;
    double s = std::clamp(startNs, full0 - margin, full1 + margin - span);
    if (span >= fullSpan)
        s = full0;
    if (s == m_viewStart && s + span == m_viewEnd)
        return;
    m_viewStart = s;
    m_viewEnd = s + span;
    emit windowChanged(m_viewStart, m_viewEnd);
    update();
}

void TimelineView::zoomBy(double factor, double anchorFraction)
{
    const double span = m_viewEnd - m_viewStart;
    const double anchor = m_viewStart + span * anchorFraction;
    const double newSpan = span / factor;
    setWindow(anchor - newSpan * anchorFraction, anchor - newSpan * anchorFraction + newSpan);
}

void TimelineView::panBy(double fractionOfWindow)
{
    const double shift = (m_viewEnd - m_viewStart) * fractionOfWindow;
    setWindow(m_viewStart + shift, m_viewEnd + shift);
}

void TimelineView::resetZoom()
{
    setWindow(fullStart(), fullEnd());
}

void TimelineView::revealNode(int node)
{
    if (!m_tree || node < 0 || node >= m_tree->size() || !m_tree->hasTime(node))
        return;
    const double s = double(m_tree->start[size_t(node)]);
    const int64_t e64 = m_tree->end[size_t(node)];
    const double e = e64 == store::TraceTree::kNoTime ? s : double(e64);
    if (e >= m_viewStart && s <= m_viewEnd)
        return;
    const double span = m_viewEnd - m_viewStart;
    const double centre = (s + e) / 2;
    setWindow(centre - span / 2, centre + span / 2);
}

double TimelineView::xOf(double ns) const
{
    const double span = std::max(1.0, m_viewEnd - m_viewStart);
    return (ns - m_viewStart) * double(width()) / span;
}

int TimelineView::rowAt(int y) const
{
    if (y < m_headerHeight)
        return -1;
    const int row = (y - m_headerHeight + m_scroll) / m_rowHeight;
    return row >= 0 && row < int(m_rows.size()) ? row : -1;
}

int TimelineView::nodeAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    return row < 0 ? -1 : m_rows[size_t(row)];
}

void TimelineView::paintRuler(QPainter &p, const QRect &area)
{
    const QPalette &pal = palette();
    p.fillRect(area, pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (!m_tree || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return;
    const double span = m_viewEnd - m_viewStart;
    const double step = tickStep(span, width(), 90);
    const double origin = fullStart();
    const double first = std::ceil((m_viewStart - origin) / step) * step + origin;
    p.setPen(pal.color(QPalette::ButtonText));
    const QFontMetrics fm(font());
    for (double t = first; t <= m_viewEnd; t += step) {
        const int x = int(std::lround(xOf(t)));
        p.drawLine(x, area.bottom() - 5, x, area.bottom());
        const QString label = formatDuration(int64_t(std::llround(t - origin)));
        p.drawText(QRect(x + 3, area.top(), 200, area.height() - 2), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    Q_UNUSED(fm);
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRect rowsArea(0, m_headerHeight, width(), height() - m_headerHeight);
    p.fillRect(event->rect(), pal.color(QPalette::Base));
    m_lastPainted = 0;
    if (m_tree && !m_rows.empty() && m_tree->axisStartNs != store::TraceTree::kNoTime) {
        p.save();
        p.setClipRect(rowsArea);
        const double span = std::max(1.0, m_viewEnd - m_viewStart);
        const double scale = double(width()) / span;
        // Faint grid lines at the ruler's ticks help line bars up across rows.
        const double step = tickStep(span, width(), 90);
        const double origin = fullStart();
        QColor grid = pal.color(QPalette::Text);
        grid.setAlphaF(0.07);
        p.setPen(grid);
        for (double t = std::ceil((m_viewStart - origin) / step) * step + origin; t <= m_viewEnd; t += step) {
            const int x = int(std::lround(xOf(t)));
            p.drawLine(x, rowsArea.top(), x, rowsArea.bottom());
        }
        const int firstRow = std::max(0, m_scroll / m_rowHeight);
        const int lastRow = std::min(int(m_rows.size()) - 1, (m_scroll + rowsArea.height()) / m_rowHeight);
        const QFontMetrics fm(font());
        const QColor textColor = pal.color(QPalette::Text);
        QColor highlightRow = pal.color(QPalette::Highlight);
        highlightRow.setAlphaF(0.22);
        QColor matchRow = QColor(0xff, 0xc1, 0x07);
        matchRow.setAlphaF(0.22);
        for (int row = firstRow; row <= lastRow; ++row) {
            const int node = m_rows[size_t(row)];
            const int y = m_headerHeight + row * m_rowHeight - m_scroll;
            const QRect rowRect(0, y, width(), m_rowHeight);
            if (node == m_selected)
                p.fillRect(rowRect, highlightRow);
            else if (std::binary_search(m_highlighted.begin(), m_highlighted.end(), node))
                p.fillRect(rowRect, matchRow);
            else if (row % 2)
                p.fillRect(rowRect, pal.color(QPalette::AlternateBase));
            ++m_lastPainted;
            if (!m_tree->hasTime(node))
                continue;
            const double s = double(m_tree->start[size_t(node)]);
            const int64_t e64 = m_tree->end[size_t(node)];
            const bool open = e64 == store::TraceTree::kNoTime;
            const double e = open ? s : double(e64);
            if (e < m_viewStart || s > m_viewEnd)
                continue; // outside the window: nothing to draw on this row
            // Clamp to the widget before converting: a deep zoom makes far ends huge numbers.
            const double x0 = std::max(-2.0, (s - m_viewStart) * scale);
            const double x1 = std::min(double(width()) + 2, (e - m_viewStart) * scale);
            const QString type = QString::fromStdString(m_tree->types[m_tree->typeId[size_t(node)]]);
            QColor color = m_tree->level[size_t(node)] == store::TraceTree::LevelError
                ? QColor(0xd3, 0x2f, 0x2f)
                : SpanTreeModel::typeColor(type);
            // Sub-pixel bars still get one pixel so that every span stays visible.
            const QRectF bar(x0, y + m_rowHeight * 0.22, std::max(1.0, x1 - x0), m_rowHeight * 0.56);
            if (type == QLatin1String("EVENT") || open) {
                // Instant: a diamond at the start time.
                const double cx = x0, cy = y + m_rowHeight / 2.0, r = m_rowHeight * 0.28;
                const QPointF pts[4] = { { cx, cy - r }, { cx + r, cy }, { cx, cy + r }, { cx - r, cy } };
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawPolygon(pts, 4);
            } else {
                p.fillRect(bar, color);
            }
            // Label: inside the bar when it fits, else beside it where there is room, else none.
            QString label = m_tree->nameId[size_t(node)] ? m_nameCache[m_tree->nameId[size_t(node)]] : QString();
            if (!open)
                label += QStringLiteral("  ") + formatDuration(e64 - m_tree->start[size_t(node)]);
            const int textWidth = fm.horizontalAdvance(label);
            if (bar.width() >= textWidth + 8) {
                p.setPen(Qt::white);
                p.drawText(bar.adjusted(4, -3, -2, 3), Qt::AlignLeft | Qt::AlignVCenter, label);
            } else if (bar.right() + 6 + textWidth <= width()) {
                p.setPen(textColor);
                p.drawText(QRectF(bar.right() + 6, y, textWidth + 2, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
            } else if (bar.left() - 6 - textWidth >= 0) {
                p.setPen(textColor);
                p.drawText(QRectF(bar.left() - 6 - textWidth, y, textWidth + 2, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           label);
            }
        }
        p.restore();
    } else if (m_tree && m_tree->size() > 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rowsArea, Qt::AlignCenter, tr("No timestamps in this trace"));
    }
    paintRuler(p, QRect(0, 0, width(), m_headerHeight));
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragged = false;
        m_dragX = int(event->position().x());
        m_dragStart = m_viewStart;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const int dx = int(event->position().x()) - m_dragX;
    if (std::abs(dx) > 3)
        m_dragged = true;
    if (m_dragged) {
        const double span = m_viewEnd - m_viewStart;
        const double shift = -double(dx) * span / std::max(1, width());
        setWindow(m_dragStart + shift, m_dragStart + shift + span);
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool click = m_dragging && !m_dragged;
    m_dragging = false;
    if (click) {
        const int node = nodeAt(event->position().toPoint());
        if (node >= 0)
            emit nodeActivated(node);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double anchor = std::clamp(event->position().x() / std::max(1, width()), 0.0, 1.0);
        zoomBy(std::pow(1.25, delta.y() / 120.0), anchor);
    } else if ((event->modifiers() & Qt::ShiftModifier) || delta.x() != 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-d / 120.0 * 0.1);
    } else {
        emit verticalScrollRequested(-delta.y() * m_rowHeight * 3 / 120);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    case Qt::Key_Left:
        panBy(-0.1);
        return;
    case Qt::Key_Right:
        panBy(0.1);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const auto it = std::find(m_rows.begin(), m_rows.end(), m_selected);
        int row = it == m_rows.end() ? -1 : int(it - m_rows.begin());
        row = event->key() == Qt::Key_Up ? row - 1 : row + 1;
        if (row >= 0 && row < int(m_rows.size()))
            emit nodeActivated(m_rows[size_t(row)]);
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_tree) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        if (node < 0) {
            QToolTip::hideText();
            return true;
        }
        const std::string &name = m_tree->names[m_tree->nameId[size_t(node)]];
        const int64_t s = m_tree->start[size_t(node)];
        const int64_t e = m_tree->end[size_t(node)];
        QString tip = QString::fromStdString(m_tree->types[m_tree->typeId[size_t(node)]]) + QLatin1Char(' ')
            + QString::fromUtf8(name.data(), qsizetype(name.size()));
        if (s != store::TraceTree::kNoTime) {
            tip += QLatin1Char('\n') + tr("Starts at +%1").arg(formatDuration(s - m_tree->axisStartNs));
            if (e != store::TraceTree::kNoTime)
                tip += QLatin1Char('\n') + tr("Duration %1").arg(formatDuration(e - s));
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace spanscope::ui
