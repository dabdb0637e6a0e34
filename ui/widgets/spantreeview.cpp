#include "widgets/spantreeview.h"

#include "models/spantreemodel.h"

namespace spanscope::ui {

void SpanTreeView::expandNodes(const std::vector<QModelIndex> &indexes)
{
    // collapseAll() destroys the expanded indexes one by one (each a hash removal in the model);
    // a model reset invalidates them all first, which makes dropping them cheap.
    if (auto *spans = qobject_cast<SpanTreeModel *>(model()))
        spans->resetViews();
    else
        collapseAll();
    // While a layout is pending, expand() only records the index; the layout runs once below.
    scheduleDelayedItemsLayout();
    for (const QModelIndex &index : indexes)
        expand(index);
    executeDelayedItemsLayout();
}

} // namespace spanscope::ui
