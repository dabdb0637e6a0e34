#pragma once
// The Traces page: the filter bar over the workspace's trace table (filtered, sorted, keyset
// paged on ReadJobs workers). Enter or a double-click asks to open the trace; j/k and the arrows
// move, / and Ctrl+F focus the search, Esc clears it; with two rows selected, Ctrl+D (or the
// context menu) asks to compare them. UI thread only.

#include <QWidget>

#include "store/tracefilter.h"

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace spanscope::ui {

class FilterBar;
class TraceListModel;
class Workspace;

class TracesPage : public QWidget {
    Q_OBJECT
public:
    TracesPage(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the traces matching a filter (replaces the current one).
    void setFilter(const store::TraceFilter &filter);
    store::TraceFilter filter() const;
    // Re-reads the list (new data); the selected trace stays selected when it is still listed.
    void reload();

    TraceListModel *traceModel() const { return m_model; }
    QTableView *traceView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    QLabel *emptyLabel() const { return m_empty; }
    QString selectedTraceId() const;
    bool selectTrace(const QString &traceId);
    // Opens the selected trace (as Enter does).
    void openSelected();
    // Ids of the selected rows, in row order.
    QStringList selectedTraceIds() const;
    // Asks to compare the two selected traces (as Ctrl+D does); false unless exactly two are selected.
    bool compareSelected();
    QAction *compareAction() const { return m_compareAction; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void openTraceRequested(const QString &traceId);
    void compareTracesRequested(const QString &traceA, const QString &traceB);
    // The filter bar's filter changed (the Cost page follows it).
    void filterChanged(const spanscope::store::TraceFilter &filter);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach();
    void onPageLoaded();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateEmptyState();
    void moveSelection(int delta);
    void applyDefaultColumnWidths();

    Workspace *m_workspace = nullptr;
    FilterBar *m_filterBar = nullptr;
    TraceListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    // Restored after a reload replaced the rows (current row first, then the other selected ones).
    QStringList m_keepSelection;
    int m_keepScroll = -1;
};

} // namespace spanscope::ui
