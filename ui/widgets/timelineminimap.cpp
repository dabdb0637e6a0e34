#include "widgets/timelineminimap.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QMouseEvent>
#include <QPainter>

namespace spanscope::ui {

TimelineMinimap::TimelineMinimap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(32);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Whole trace. Click or drag to move the timeline's window; Shift+drag to zoom to a range."));
}

void TimelineMinimap::setTree(std::shared_ptr<const store::TraceTree> tree)
{
    m_tree = std::move(tree);
    rebuild();
    update();
}

void TimelineMinimap::setWindow(double startNs, double endNs)
{
    m_windowStart = startNs;
    m_windowEnd = endNs;
    update();
}

void TimelineMinimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void TimelineMinimap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void TimelineMinimap::rebuild()
{
    const int w = std::max(1, width() - 2), h = std::max(1, height() - 2);
    m_image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    if (!m_tree || m_tree->size() == 0 || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return;
    const int n = m_tree->size();
    const double t0 = double(m_tree->axisStartNs);
    const double span = std::max(1.0, double(m_tree->axisEndNs) - t0);
    // Difference arrays per image row: each span adds +1 at its first column and -1 after its
    // last, so a million spans cost one pass plus one prefix sum per row (O(n + w·h)).
    std::vector<int32_t> diff(size_t(w + 1) * size_t(h), 0);
    std::vector<int32_t> rowSpans(size_t(h), 0);
    for (int i = 0; i < n; ++i) {
        if (!m_tree->hasTime(i))
            continue;
        // Each span gets its share of the height: a band when spans are fewer than pixel rows.
        const int y0 = int(int64_t(i) * h / n);
        const int y1 = std::max(y0 + 1, int(int64_t(i + 1) * h / n));
        const int64_t e64 = m_tree->end[size_t(i)];
        const double s = double(m_tree->start[size_t(i)]);
        const double e = e64 == store::TraceTree::kNoTime ? s : double(e64);
        const int x0 = std::clamp(int((s - t0) / span * w), 0, w - 1);
        const int x1 = std::clamp(int((e - t0) / span * w), x0, w - 1);
        for (int y = y0; y < y1; ++y) {
            int32_t *row = diff.data() + size_t(y) * size_t(w + 1);
            ++row[x0];
            --row[x1 + 1];
            ++rowSpans[size_t(y)];
        }
    }
    const QColor base = palette().color(QPalette::Highlight);
    for (int y = 0; y < h; ++y) {
        const int32_t *row = diff.data() + size_t(y) * size_t(w + 1);
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const int32_t total = std::max(1, rowSpans[size_t(y)]);
        int32_t running = 0;
        for (int x = 0; x < w; ++x) {
            running += row[x];
            if (running <= 0)
                continue;
            // Coverage share of the spans in this pixel row decides the opacity (at least 35%).
            const double a = 0.35 + 0.65 * std::min(1.0, double(running) / total);
            line[x] = qPremultiply(qRgba(base.red(), base.green(), base.blue(), int(a * 255)));
        }
    }
}

void TimelineMinimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.drawImage(1, 1, m_image);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (!m_tree || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return;
    const double t0 = double(m_tree->axisStartNs);
    const double span = std::max(1.0, double(m_tree->axisEndNs) - t0);
    const double w = width() - 2;
    const auto xOf = [&](double ns) { return 1 + (ns - t0) / span * w; };
    // Dim what lies outside the timeline's window, outline the window.
    QColor shade = pal.color(QPalette::Text);
    shade.setAlphaF(0.12);
    const double wx0 = std::clamp(xOf(m_windowStart), 1.0, w + 1), wx1 = std::clamp(xOf(m_windowEnd), 1.0, w + 1);
    p.fillRect(QRectF(1, 1, wx0 - 1, height() - 2), shade);
    p.fillRect(QRectF(wx1, 1, w + 1 - wx1, height() - 2), shade);
    p.setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(wx0, 1, std::max(2.0, wx1 - wx0), height() - 3));
    if (m_selecting) {
        QColor sel = pal.color(QPalette::Highlight);
        sel.setAlphaF(0.3);
        p.fillRect(QRectF(xOf(std::min(m_selectFrom, m_selectTo)), 1,
                          std::abs(xOf(m_selectTo) - xOf(m_selectFrom)), height() - 2),
                   sel);
    }
}

double TimelineMinimap::timeAt(double x) const
{
    if (!m_tree || m_tree->axisStartNs == store::TraceTree::kNoTime)
        return 0;
    const double t0 = double(m_tree->axisStartNs);
    const double span = std::max(1.0, double(m_tree->axisEndNs) - t0);
    return t0 + (x - 1) / std::max(1, width() - 2) * span;
}

void TimelineMinimap::moveWindowTo(double x)
{
    const double half = (m_windowEnd - m_windowStart) / 2;
    const double centre = timeAt(x);
    emit windowRequested(centre - half, centre + half);
}

void TimelineMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_tree)
        return;
    m_pressed = true;
    m_selecting = event->modifiers() & Qt::ShiftModifier;
    m_selectFrom = m_selectTo = timeAt(event->position().x());
    if (!m_selecting)
        moveWindowTo(event->position().x());
}

void TimelineMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (m_selecting) {
        m_selectTo = timeAt(event->position().x());
        update();
    } else {
        moveWindowTo(event->position().x());
    }
}

void TimelineMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if (m_selecting) {
        m_selecting = false;
        const double a = std::min(m_selectFrom, m_selectTo), b = std::max(m_selectFrom, m_selectTo);
        if (b > a)
            emit windowRequested(a, b);
        update();
    }
}

} // namespace spanscope::ui
