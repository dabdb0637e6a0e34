#pragma once
// One trace's observations as a tree (name, type, model, duration, tokens, cost), built from the
// repository's pre-order rows: depth + preorder give the hierarchy without a lookup per node.
// UI thread only.

#include <vector>

#include <QAbstractItemModel>

#include "store/tracerepository.h"

namespace spanscope::ui {

class SpanTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ModelColumn, DurationColumn, TokensColumn, CostColumn, ColumnCount };
    enum Role {
        ObservationIdRole = Qt::UserRole + 1, // QString
        ObservationTypeRole, // QString: SPAN, GENERATION, ...
        IsErrorRole, // bool: level ERROR
    };

    explicit SpanTreeModel(QObject *parent = nullptr);

    // Rows must be in pre-order (as TraceRepository::traceTree returns them).
    void setSpans(const QString &traceId, std::vector<store::SpanRow> rows);
    void clear();

    QString traceId() const { return m_traceId; }
    int spanCount() const { return int(m_spans.size()); }
    const store::SpanRow *spanAt(const QModelIndex &index) const;
    QModelIndex indexOfObservation(const QString &observationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1; // index into m_nodes, -1 for roots
        int row = 0; // row under its parent
        std::vector<int> children; // indexes into m_nodes
    };
    void buildTree();
    QVariant displayData(const store::SpanRow &span, int column) const;

    QString m_traceId;
    std::vector<store::SpanRow> m_spans; // m_spans[i] belongs to m_nodes[i]
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace spanscope::ui
