#pragma once
// QTreeView for the span tree with a bulk expand: expanding thousands of nodes one by one makes
// the view re-lay out its rows each time (quadratic on big trees); expandNodes() records all of
// them first and lays the rows out once. UI thread only.

#include <vector>

#include <QTreeView>

namespace spanscope::ui {

class SpanTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

    // Collapses everything, then expands exactly these indexes with a single layout pass.
    // expanded() is emitted for each (callers doing bulk work ignore it meanwhile). With a
    // SpanTreeModel the collapse is a model reset: the current index is lost, callers restore it.
    void expandNodes(const std::vector<QModelIndex> &indexes);
};

} // namespace spanscope::ui
