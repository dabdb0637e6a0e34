#pragma once
// The trace list as a table under a filter and a sort: keyset pages fetched on ReadJobs workers as
// the view scrolls (canFetchMore/fetchMore), so only the pages looked at are ever held and the UI
// thread never waits on a query. The matching count arrives separately. UI thread only.

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "store/tracefilter.h"
#include "store/tracerepository.h"

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class TraceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NameColumn,
        UserColumn,
        SessionColumn,
        ObservationsColumn,
        LatencyColumn,
        TokensColumn,
        CostColumn,
        LevelColumn,
        TagsColumn,
        ScoresColumn,
        ColumnCount
    };
    enum Role {
        TraceIdRole = Qt::UserRole + 1, // QString
        ErrorCountRole, // qint64
        SessionIdRole, // QString (empty when none)
    };

    static constexpr int DefaultPageSize = 500;
    // A reload after new data keeps at most this many of the rows already scrolled through.
    static constexpr int MaxReloadRows = 5000;

    explicit TraceListModel(QObject *parent = nullptr);
    ~TraceListModel() override;

    // Where queries run; nullptr empties the model. The jobs object must outlive the model or be
    // replaced first.
    void setReadJobs(jobs::ReadJobs *jobs);
    // Both restart the list from the top.
    void setFilter(const store::TraceFilter &filter);
    void setSortOrder(const store::TraceSort &sort);
    const store::TraceFilter &filter() const { return m_filter; }
    const store::TraceSort &sortOrder() const { return m_sort; }
    // Re-reads after the data changed: the rows stay on screen until the fresh ones arrive, and
    // as many rows as were loaded (up to MaxReloadRows) come back.
    void reload();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    // Traces matching the filter (not only the fetched ones); -1 while being counted.
    qint64 totalCount() const { return m_totalCount; }
    // A list or count query is on its way.
    bool isLoading() const { return m_listPending || m_countPending; }
    QString traceId(int row) const;
    // Row of a trace among the rows fetched so far, -1 when not fetched.
    int rowOfTrace(const QString &traceId) const;
    const store::TraceListRow *traceAt(int row) const;

    // The sort column of a table column, nullopt for columns without an index to sort by.
    static std::optional<store::TraceSortColumn> sortColumnFor(int column);
    static int columnForSort(store::TraceSortColumn column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Display texts prepared on the worker with each page.
    struct Row {
        store::TraceListRow trace;
        QString tags;
        QString scores;
        QString scoresTip;
    };

signals:
    // A page (first or further) arrived and is in the model.
    void pageLoaded();
    void totalCountChanged(qint64 count);
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void restart(bool keepRows);
    void requestPage(bool replace, int limit);
    void requestCount();
    void setListPending(bool pending);
    QVariant displayData(const Row &row, int column) const;

    jobs::ReadJobs *m_jobs = nullptr;
    QString m_listChannel;
    QString m_countChannel;
    store::TraceFilter m_filter;
    store::TraceSort m_sort;
    std::vector<Row> m_rows;
    std::optional<store::TraceCursor> m_next;
    bool m_atEnd = true;
    bool m_listPending = false;
    bool m_countPending = false;
    int m_pageSize = DefaultPageSize;
    qint64 m_totalCount = 0;
};

} // namespace spanscope::ui
