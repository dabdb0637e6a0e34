#pragma once
// A custom-painted heatmap: labelled rows and columns, each cell coloured by its value on a
// red-amber-green scale oriented by the row's direction (higher or lower is better), grey below
// a sample threshold, a legend, a tooltip with n/mean/median/CI, and a click signal. UI thread only.

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include <QStringList>
#include <QWidget>

namespace spanscope::ui {

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        int64_t n = 0;       // samples behind the value (0 = empty cell)
        double value = NAN;  // mean (or share for categorical rows)
        double median = NAN, ciLow = NAN, ciHigh = NAN;
        int64_t hits = -1;   // categorical rows: scores with the row's label (-1 = not categorical)
    };

    explicit HeatmapWidget(QWidget *parent = nullptr);

    // cells: rows.size() * columns.size(), row-major. Keeps the directions of rows with the same name.
    void setData(const QStringList &rows, const QStringList &columns, std::vector<Cell> cells);
    void clear();
    const QStringList &rows() const { return m_rows; }
    const QStringList &columns() const { return m_columns; }
    const Cell &cell(int row, int column) const { return m_cells[size_t(row * m_columns.size() + column)]; }

    // A row's colour scale bounds (values outside are clamped); default [0, 1].
    void setRowRange(int row, double low, double high);
    std::pair<double, double> rowRange(int row) const;
    // false = lower is better for that row.
    void setHigherIsBetter(int row, bool higher);
    bool higherIsBetter(int row) const;
    // Cells with fewer samples are drawn grey and say so in the tooltip.
    void setMinSamples(int n);
    int minSamples() const { return m_minSamples; }

    // Geometry of a cell in widget coordinates (tests click it); an invalid rect if out of range.
    QRect cellRect(int row, int column) const;
    // The colour a cell is painted with.
    QColor cellColor(int row, int column) const;
    QString toolTipText(int row, int column) const;
    // Largest time the last paint took, in milliseconds (the benchmark reads it).
    double lastPaintMs() const { return m_lastPaintMs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column);
    void directionChanged(int row, bool higherIsBetter);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        int rowHeader = 0, columnHeader = 0, cellW = 0, cellH = 0, legendTop = 0;
    };
    Layout layout() const;
    bool hitTest(const QPoint &p, int &row, int &column) const;
    int rowAt(const QPoint &p) const;

    QStringList m_rows, m_columns;
    std::vector<Cell> m_cells;
    std::vector<bool> m_higherBetter;
    std::vector<std::pair<double, double>> m_rowRanges; // NaN = [0, 1]
    int m_minSamples = 10;
    int m_hoverRow = -1, m_hoverColumn = -1;
    double m_lastPaintMs = 0;
};

} // namespace spanscope::ui
