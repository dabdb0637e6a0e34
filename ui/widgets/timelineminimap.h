#pragma once
// Overview of the whole trace above the waterfall: every span in pre-order squeezed into a small
// strip (x = time, y = position in the tree), spans narrower than a pixel merged per pixel column
// into a density image that is rebuilt only when the tree or the size changes. The timeline's
// current window is outlined; click or drag to move it, drag with Shift to zoom to a range.
// UI thread only.

#include <memory>

#include <QImage>
#include <QWidget>

#include "store/treerepository.h"

namespace spanscope::ui {

class TimelineMinimap : public QWidget {
    Q_OBJECT
public:
    explicit TimelineMinimap(QWidget *parent = nullptr);

    void setTree(std::shared_ptr<const store::TraceTree> tree);
    void setWindow(double startNs, double endNs);
    QSize sizeHint() const override { return { 400, 44 }; }
    // The density image (for tests: a pixel is lit where some span covers that time).
    const QImage &image() const { return m_image; }

signals:
    // The user moved the window (centre click/drag) or picked a range (Shift+drag).
    void windowRequested(double startNs, double endNs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    double timeAt(double x) const;
    void moveWindowTo(double x);

    std::shared_ptr<const store::TraceTree> m_tree;
    QImage m_image;
    double m_windowStart = 0, m_windowEnd = 0;
    bool m_selecting = false;
    bool m_pressed = false;
    double m_selectFrom = 0, m_selectTo = 0;
};

} // namespace spanscope::ui
