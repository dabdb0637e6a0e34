#pragma once
// One trace's observations as a tree (name with type icon, model, duration, tokens, cost) over
// the flat pre-order arrays of store::TraceTree: a model index's internal id is the node's
// pre-order position, so index/parent/rowCount are array lookups and nothing is allocated per
// span. Search and error navigation work on the same arrays. UI thread only.

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QIcon>

#include "store/tracerepository.h"
#include "store/treerepository.h"

namespace spanscope::ui {

class SpanTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ModelColumn, DurationColumn, TokensColumn, CostColumn, ColumnCount };
    enum Role {
        ObservationIdRole = Qt::UserRole + 1, // QString
        ObservationTypeRole, // QString: SPAN, GENERATION, ...
        IsErrorRole, // bool: level ERROR
        NodeRole, // int: pre-order position in the tree
        FlagsRole, // int: repair flags (orphan, cycle, clock skew, duplicate)
        DepthRole, // int
    };

    explicit SpanTreeModel(QObject *parent = nullptr);

    void setTree(std::shared_ptr<const store::TraceTree> tree);
    // Convenience for callers holding TraceRepository rows (in pre-order).
    void setSpans(const QString &traceId, const std::vector<store::SpanRow> &rows);
    void clear();
    // Resets attached views (no data change). Dropping a view's expanded set this way is far
    // cheaper than collapsing: the model invalidates all persistent indexes at once.
    void resetViews();

    QString traceId() const { return m_traceId; }
    int spanCount() const { return m_tree ? m_tree->size() : 0; }
    const store::TraceTree *tree() const { return m_tree.get(); }
    std::shared_ptr<const store::TraceTree> sharedTree() const { return m_tree; }

    int nodeOf(const QModelIndex &index) const; // -1 when invalid
    QModelIndex indexOfNode(int node, int column = 0) const;
    QModelIndex indexOfObservation(const QString &observationId) const;
    QString nameOf(int node) const;
    QString typeOf(int node) const;
    QString idOf(int node) const;
    bool isError(int node) const;
    static QString flagsText(int flags); // "orphan, clock skew", empty when none

    // Focus on a subtree: the node becomes the only root (-1 shows the whole trace again).
    void setFocusNode(int node);
    int focusNode() const { return m_focus; }
    // True when the node is shown under the current focus.
    bool isInFocus(int node) const;

    // Nodes whose name, model, type or id contains `text` (case-insensitive), in pre-order.
    std::vector<int> findMatches(const QString &text) const;
    // Nodes with level ERROR, in pre-order (computed once per tree).
    const std::vector<int> &errorNodes() const { return m_errors; }

    // Colour and icon of an observation type (shared with the timeline and the detail pane).
    static QColor typeColor(const QString &type);
    QIcon typeIcon(int typeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int node, int column) const;
    QString toolTip(int node, int column) const;

    QString m_traceId;
    std::shared_ptr<const store::TraceTree> m_tree;
    // Interned strings converted once per tree: data() never converts std::string per call.
    std::vector<QString> m_names, m_models, m_types;
    std::vector<QIcon> m_typeIcons;
    std::vector<int> m_errors;
    int m_focus = -1;
};

} // namespace spanscope::ui
