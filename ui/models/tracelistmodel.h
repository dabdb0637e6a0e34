#pragma once
// The trace list as a table: newest first, fetched from the repository in keyset pages as the
// view scrolls (canFetchMore/fetchMore), so only the pages looked at are ever held. UI thread only.

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "store/tracerepository.h"

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
        ErrorsColumn,
        ColumnCount
    };
    enum Role {
        TraceIdRole = Qt::UserRole + 1, // QString
        ErrorCountRole, // qint64
    };

    static constexpr int DefaultPageSize = 500;

    explicit TraceListModel(QObject *parent = nullptr);

    // The repository must outlive the model or be replaced first; nullptr empties the model.
    void setRepository(store::TraceRepository *repository);
    // Drops everything and starts again from the newest trace (after an import).
    void reload();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    // Traces in the workspace (not only the fetched ones).
    qint64 totalCount() const { return m_totalCount; }
    QString traceId(int row) const;
    // Row of a trace among the rows fetched so far, -1 when not fetched.
    int rowOfTrace(const QString &traceId) const;
    const store::TraceListRow *traceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    QVariant displayData(const store::TraceListRow &row, int column) const;

    store::TraceRepository *m_repository = nullptr;
    std::vector<store::TraceListRow> m_rows;
    std::optional<store::TraceCursor> m_next;
    bool m_atEnd = true;
    int m_pageSize = DefaultPageSize;
    qint64 m_totalCount = 0;
};

} // namespace spanscope::ui
