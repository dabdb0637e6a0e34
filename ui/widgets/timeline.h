#pragma once
// The waterfall: one bar per visible tree row on the trace's time axis, with a time ruler in the
// header strip. Rows, row height and vertical offset come from the span tree beside it, so both
// scroll and select together. Zoom (Ctrl+wheel, +/-, 0) and pan (Shift+wheel, drag, arrows)
// change the time window; only rows in the viewport and bars in the window are painted, and a
// label is drawn only where it fits. UI thread only.

#include <memory>
#include <vector>

#include <QWidget>

#include "store/treerepository.h"

namespace spanscope::ui {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTree(std::shared_ptr<const store::TraceTree> tree);
    // Node shown on each visual row (the tree view's expanded rows, top to bottom).
    void setRows(std::vector<int> rows);
    const std::vector<int> &rows() const { return m_rows; }
    void setRowHeight(int pixels);
    int rowHeight() const { return m_rowHeight; }
    void setHeaderHeight(int pixels);
    int headerHeight() const { return m_headerHeight; }
    // Pixel offset of the first row (the tree's vertical scroll position).
    void setScrollOffset(int pixels);
    int scrollOffset() const { return m_scroll; }
    void setSelectedNode(int node);
    int selectedNode() const { return m_selected; }
    void setHighlightedNodes(std::vector<int> sortedNodes); // search matches

    // The visible time window in ns since the epoch. Clamped to the trace (with a margin).
    double windowStart() const { return m_viewStart; }
    double windowEnd() const { return m_viewEnd; }
    void setWindow(double startNs, double endNs);
    void zoomBy(double factor, double anchorFraction = 0.5);
    void panBy(double fractionOfWindow);
    void resetZoom();
    // Centres the window on a node's bar when it is outside (keeps the zoom).
    void revealNode(int node);

    int rowAt(int y) const; // visual row under a y position, -1 outside rows
    int nodeAt(const QPoint &pos) const;
    // x of a time in the current window (for tests and the minimap overlay).
    double xOf(double ns) const;
    // Rows painted by the last paint event (tests check only the viewport is painted).
    int lastPaintedRows() const { return m_lastPainted; }

signals:
    void nodeActivated(int node);
    void verticalScrollRequested(int pixelDelta);
    void windowChanged(double startNs, double endNs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintRuler(QPainter &p, const QRect &area);
    double fullStart() const;
    double fullEnd() const;
    double minSpan() const;

    std::shared_ptr<const store::TraceTree> m_tree;
    std::vector<int> m_rows;
    std::vector<int> m_highlighted;
    std::vector<QString> m_nameCache; // names by nameId, converted once per tree
    int m_rowHeight = 22;
    int m_headerHeight = 24;
    int m_scroll = 0;
    int m_selected = -1;
    double m_viewStart = 0, m_viewEnd = 1;
    int m_lastPainted = 0;
    // Drag-to-pan state.
    bool m_dragging = false;
    bool m_dragged = false;
    int m_dragX = 0;
    double m_dragStart = 0;
};

} // namespace spanscope::ui
