// Heatmap painting: only the cells intersecting the exposed rectangle are drawn, so a wide map in
// a scroll area costs what is visible.

#include "widgets/heatmap.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace spanscope::ui {

namespace {
constexpr int kCellMinW = 64;
constexpr int kCellH = 30;
constexpr int kLegendH = 40;
constexpr int kPad = 6;

// Red -> amber -> green: readable on light and dark backgrounds alike.
QColor scaleColor(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor bad(0xd7, 0x30, 0x27), mid(0xfe, 0xe0, 0x8b), good(0x1a, 0x98, 0x50);
    const QColor &a = t < 0.5 ? bad : mid;
    const QColor &b = t < 0.5 ? mid : good;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u), float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

QColor textOn(const QColor &bg)
{
    return bg.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(0xf5, 0xf5, 0xf5);
}

QString fmt(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', std::fabs(v) >= 100 ? 0 : 2);
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setData(const QStringList &rows, const QStringList &columns, std::vector<Cell> cells)
{
    std::vector<bool> dirs(size_t(rows.size()), true);
    for (int r = 0; r < rows.size(); ++r) {
        const int old = m_rows.indexOf(rows[r]);
        if (old >= 0 && size_t(old) < m_higherBetter.size())
            dirs[size_t(r)] = m_higherBetter[size_t(old)];
    }
    m_rows = rows;
    m_columns = columns;
    m_cells = std::move(cells);
    m_cells.resize(size_t(rows.size() * columns.size()));
    m_higherBetter = std::move(dirs);
    m_rowRanges.assign(size_t(rows.size()), {NAN, NAN});
    m_hoverRow = m_hoverColumn = -1;
    updateGeometry();
    update();
}

void HeatmapWidget::clear()
{
    setData({}, {}, {});
}

void HeatmapWidget::setRowRange(int row, double low, double high)
{
    if (row < 0 || size_t(row) >= m_rowRanges.size())
        return;
    m_rowRanges[size_t(row)] = {low, high > low ? high : low + 1};
    update();
}

std::pair<double, double> HeatmapWidget::rowRange(int row) const
{
    if (row >= 0 && size_t(row) < m_rowRanges.size() && !std::isnan(m_rowRanges[size_t(row)].first))
        return m_rowRanges[size_t(row)];
    return {0.0, 1.0};
}

void HeatmapWidget::setHigherIsBetter(int row, bool higher)
{
    if (row < 0 || size_t(row) >= m_higherBetter.size())
        return;
    m_higherBetter[size_t(row)] = higher;
    update();
}

bool HeatmapWidget::higherIsBetter(int row) const
{
    return row >= 0 && size_t(row) < m_higherBetter.size() ? bool(m_higherBetter[size_t(row)]) : true;
}

void HeatmapWidget::setMinSamples(int n)
{
    m_minSamples = std::max(1, n);
    update();
}

HeatmapWidget::Layout HeatmapWidget::layout() const
{
    Layout l;
    const QFontMetrics fm(font());
    int widest = fm.horizontalAdvance(tr("Score"));
    for (const QString &r : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(r));
    l.rowHeader = std::min(widest, 220) + 2 * kPad + fm.horizontalAdvance(QStringLiteral(" ▼"));
    l.columnHeader = fm.height() + 2 * kPad;
    int colText = kCellMinW;
    for (const QString &c : m_columns)
        colText = std::max(colText, std::min(fm.horizontalAdvance(c) + 2 * kPad, 180));
    const int available = m_columns.isEmpty() ? kCellMinW : (width() - l.rowHeader - kPad) / int(m_columns.size());
    l.cellW = std::max(colText, std::min(available, 160));
    l.cellH = std::max(kCellH, fm.height() + 12);
    l.legendTop = l.columnHeader + int(m_rows.size()) * l.cellH + 2 * kPad;
    return l;
}

QSize HeatmapWidget::sizeHint() const
{
    const Layout l = layout();
    return { l.rowHeader + int(std::max<qsizetype>(m_columns.size(), 4)) * std::max(l.cellW, kCellMinW) + kPad,
             l.legendTop + kLegendH + kPad };
}

QSize HeatmapWidget::minimumSizeHint() const
{
    const Layout l = layout();
    return { l.rowHeader + int(m_columns.size()) * kCellMinW + kPad, l.legendTop + kLegendH + kPad };
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows.size() || column >= m_columns.size())
        return {};
    const Layout l = layout();
    return { l.rowHeader + column * l.cellW, l.columnHeader + row * l.cellH, l.cellW, l.cellH };
}

QColor HeatmapWidget::cellColor(int row, int column) const
{
    const Cell &c = cell(row, column);
    if (c.n == 0)
        return palette().color(QPalette::Base);
    if (c.n < m_minSamples || std::isnan(c.value)) {
        // Grey that stays distinct from the background in either theme.
        const QColor a = palette().color(QPalette::Window), b = palette().color(QPalette::WindowText);
        return QColor((a.red() * 3 + b.red()) / 4, (a.green() * 3 + b.green()) / 4, (a.blue() * 3 + b.blue()) / 4);
    }
    const auto [low, high] = rowRange(row);
    double t = (c.value - low) / (high - low);
    if (!higherIsBetter(row))
        t = 1 - t;
    return scaleColor(t);
}

QString HeatmapWidget::toolTipText(int row, int column) const
{
    const Cell &c = cell(row, column);
    QString text = QStringLiteral("<b>%1</b> · %2<br>").arg(m_rows[row].toHtmlEscaped(), m_columns[column].toHtmlEscaped());
    if (c.n == 0)
        return text + tr("No scores");
    if (c.hits >= 0)
        text += tr("%1 of %2 scores (share %3)").arg(c.hits).arg(c.n).arg(fmt(c.value)) + QStringLiteral("<br>");
    else
        text += tr("n = %1<br>mean %2 · median %3").arg(c.n).arg(fmt(c.value), fmt(c.median)) + QStringLiteral("<br>");
    text += tr("95% CI [%1, %2]").arg(fmt(c.ciLow), fmt(c.ciHigh));
    const auto [low, high] = rowRange(row);
    text += QStringLiteral("<br>") + tr("colour scale %1 – %2").arg(fmt(low), fmt(high));
    if (c.n < m_minSamples)
        text += QStringLiteral("<br><i>") + tr("Too few samples (below %1)").arg(m_minSamples) + QStringLiteral("</i>");
    return text + QStringLiteral("<br>") + tr("Click to open these traces");
}

void HeatmapWidget::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    const QPalette pal = palette();
    if (m_rows.isEmpty() || m_columns.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No numeric, boolean or categorical scores to show"));
        return;
    }
    const Layout l = layout();
    const QRect exposed = event->rect();
    const int c0 = std::max(0, (exposed.left() - l.rowHeader) / l.cellW);
    const int c1 = std::min(int(m_columns.size()) - 1, (exposed.right() - l.rowHeader) / l.cellW);
    const int r0 = std::max(0, (exposed.top() - l.columnHeader) / l.cellH);
    const int r1 = std::min(int(m_rows.size()) - 1, (exposed.bottom() - l.columnHeader) / l.cellH);
    const QFontMetrics fm(font());
    // Column headers.
    p.setPen(pal.color(QPalette::Text));
    for (int c = c0; c <= c1; ++c) {
        const QRect r(l.rowHeader + c * l.cellW, 0, l.cellW, l.columnHeader);
        p.drawText(r.adjusted(kPad / 2, 0, -kPad / 2, 0), Qt::AlignCenter, fm.elidedText(m_columns[c], Qt::ElideMiddle, r.width() - kPad));
    }
    // Row headers with their direction arrow.
    for (int row = r0; row <= r1; ++row) {
        const QRect r(0, l.columnHeader + row * l.cellH, l.rowHeader, l.cellH);
        const QString arrow = higherIsBetter(row) ? QStringLiteral("▲") : QStringLiteral("▼");
        // Muted text colour: follows the palette even when PlaceholderText was not set.
        QColor muted = pal.color(QPalette::Text);
        muted.setAlpha(150);
        p.setPen(muted);
        p.drawText(r.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignRight, arrow);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(r.adjusted(kPad, 0, -kPad - fm.horizontalAdvance(arrow) - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_rows[row], Qt::ElideRight, r.width() - 2 * kPad - fm.horizontalAdvance(arrow) - 4));
    }
    // Cells.
    for (int row = r0; row <= r1; ++row)
        for (int c = c0; c <= c1; ++c) {
            const QRect r = QRect(l.rowHeader + c * l.cellW, l.columnHeader + row * l.cellH, l.cellW, l.cellH).adjusted(1, 1, -1, -1);
            const QColor bg = cellColor(row, c);
            p.fillRect(r, bg);
            const Cell &cl = cell(row, c);
            if (cl.n == 0) {
                p.setPen(pal.color(QPalette::Mid));
                p.drawRect(r.adjusted(0, 0, -1, -1));
                continue;
            }
            p.setPen(cl.n < m_minSamples ? pal.color(QPalette::Text) : textOn(bg));
            const QString label = cl.hits >= 0 ? QStringLiteral("%1%").arg(std::lround(cl.value * 100)) : fmt(cl.value);
            p.drawText(r, Qt::AlignCenter, label);
            if (row == m_hoverRow && c == m_hoverColumn) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
        }
    // Legend: the scale from worse to better, with the bounds and the grey meaning.
    const QRect legend(l.rowHeader, l.legendTop + fm.height() + 2, std::min(240, int(m_columns.size()) * l.cellW), 10);
    if (exposed.intersects(QRect(0, l.legendTop, width(), kLegendH + kPad))) {
        QLinearGradient g(legend.topLeft(), legend.topRight());
        for (int i = 0; i <= 10; ++i)
            g.setColorAt(i / 10.0, scaleColor(i / 10.0));
        p.fillRect(legend, g);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(l.rowHeader, l.legendTop, legend.width(), fm.height()), Qt::AlignLeft, tr("worse"));
        p.drawText(QRect(l.rowHeader, l.legendTop, legend.width(), fm.height()), Qt::AlignRight, tr("better"));
        bool common = true;
        for (int r = 0; r < m_rows.size() && common; ++r)
            common = rowRange(r) == rowRange(0);
        const auto [low, high] = rowRange(0);
        p.drawText(QRect(kPad, legend.top() - 4, l.rowHeader - 2 * kPad, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   common ? tr("%1 – %2").arg(fmt(low), fmt(high)) : tr("scale per row"));
        const QRect grey(legend.right() + 16, legend.top(), 14, 10);
        const QColor a = pal.color(QPalette::Window), b = pal.color(QPalette::WindowText);
        p.fillRect(grey, QColor((a.red() * 3 + b.red()) / 4, (a.green() * 3 + b.green()) / 4, (a.blue() * 3 + b.blue()) / 4));
        p.drawText(QRect(grey.right() + 6, legend.top() - 4, std::max(400, width() - grey.right() - 12), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("fewer than %n sample(s)", nullptr, m_minSamples) + QStringLiteral("   ")
                       + tr("▲ higher is better  ▼ lower is better (right-click a row)"));
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

bool HeatmapWidget::hitTest(const QPoint &pos, int &row, int &column) const
{
    const Layout l = layout();
    if (pos.x() < l.rowHeader || pos.y() < l.columnHeader)
        return false;
    column = (pos.x() - l.rowHeader) / l.cellW;
    row = (pos.y() - l.columnHeader) / l.cellH;
    return row < m_rows.size() && column < m_columns.size();
}

int HeatmapWidget::rowAt(const QPoint &pos) const
{
    const Layout l = layout();
    if (pos.y() < l.columnHeader)
        return -1;
    const int row = (pos.y() - l.columnHeader) / l.cellH;
    return row < m_rows.size() ? row : -1;
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    int row = -1, column = -1;
    if (event->button() == Qt::LeftButton && hitTest(event->position().toPoint(), row, column) && cell(row, column).n > 0)
        emit cellClicked(row, column);
    QWidget::mousePressEvent(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    int row = -1, column = -1;
    if (!hitTest(event->position().toPoint(), row, column))
        row = column = -1;
    if (row != m_hoverRow || column != m_hoverColumn) {
        m_hoverRow = row;
        m_hoverColumn = column;
        setCursor(row >= 0 && cell(row, column).n > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void HeatmapWidget::leaveEvent(QEvent *event)
{
    m_hoverRow = m_hoverColumn = -1;
    update();
    QWidget::leaveEvent(event);
}

bool HeatmapWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        int row = -1, column = -1;
        if (hitTest(help->pos(), row, column))
            QToolTip::showText(help->globalPos(), toolTipText(row, column), this, cellRect(row, column));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void HeatmapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = rowAt(event->pos());
    if (row < 0)
        return;
    QMenu menu(this);
    QAction *higher = menu.addAction(tr("Higher is better"));
    QAction *lower = menu.addAction(tr("Lower is better"));
    higher->setCheckable(true);
    lower->setCheckable(true);
    higher->setChecked(higherIsBetter(row));
    lower->setChecked(!higherIsBetter(row));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == higher || chosen == lower) {
        setHigherIsBetter(row, chosen == higher);
        emit directionChanged(row, chosen == higher);
    }
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace spanscope::ui
