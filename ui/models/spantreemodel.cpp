#include "models/spantreemodel.h"

#include <QBrush>
#include <QColor>

#include "model/records.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {

bool isError(const store::SpanRow &s)
{
    return s.level && *s.level == "ERROR";
}
bool isWarning(const store::SpanRow &s)
{
    return s.level && *s.level == "WARNING";
}

// One hue per observation type so kinds are told apart at a glance in long trees.
QColor typeColor(const std::string &type)
{
    if (type == "GENERATION")
        return QColor(0x7e, 0x57, 0xc2);
    if (type == "AGENT")
        return QColor(0x1e, 0x88, 0xe5);
    if (type == "TOOL")
        return QColor(0xfb, 0x8c, 0x00);
    if (type == "CHAIN")
        return QColor(0x43, 0xa0, 0x47);
    if (type == "RETRIEVER" || type == "EMBEDDING")
        return QColor(0x00, 0x89, 0x7b);
    if (type == "EVENT")
        return QColor(0x9e, 0x9d, 0x24);
    if (type == "EVALUATOR" || type == "GUARDRAIL")
        return QColor(0xd8, 0x1b, 0x60);
    return QColor(0x78, 0x90, 0x9c); // SPAN and anything unknown
}

std::optional<int64_t> tokensOf(const store::SpanRow &s)
{
    if (s.totalTokens)
        return s.totalTokens;
    if (s.inputTokens || s.outputTokens)
        return s.inputTokens.value_or(0) + s.outputTokens.value_or(0);
    return std::nullopt;
}

bool isNumeric(int column)
{
    return column == SpanTreeModel::DurationColumn || column == SpanTreeModel::TokensColumn
        || column == SpanTreeModel::CostColumn;
}

} // namespace

SpanTreeModel::SpanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SpanTreeModel::setSpans(const QString &traceId, std::vector<store::SpanRow> rows)
{
    beginResetModel();
    m_traceId = traceId;
    m_spans = std::move(rows);
    buildTree();
    endResetModel();
}

void SpanTreeModel::clear()
{
    beginResetModel();
    m_traceId.clear();
    m_spans.clear();
    m_nodes.clear();
    m_roots.clear();
    endResetModel();
}

void SpanTreeModel::buildTree()
{
    m_nodes.assign(m_spans.size(), Node {});
    m_roots.clear();
    // In pre-order, a node's parent is the nearest earlier node one level up: keep the open
    // ancestors on a stack. A depth that skips levels attaches to the deepest open ancestor.
    std::vector<int> stack;
    for (int i = 0; i < int(m_spans.size()); ++i) {
        const int depth = std::max(0, m_spans[size_t(i)].depth);
        while (int(stack.size()) > depth)
            stack.pop_back();
        Node &node = m_nodes[size_t(i)];
        if (stack.empty()) {
            node.parent = -1;
            node.row = int(m_roots.size());
            m_roots.push_back(i);
        } else {
            node.parent = stack.back();
            Node &parent = m_nodes[size_t(node.parent)];
            node.row = int(parent.children.size());
            parent.children.push_back(i);
        }
        stack.push_back(i);
    }
}

const store::SpanRow *SpanTreeModel::spanAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto node = size_t(index.internalId());
    return node < m_spans.size() ? &m_spans[node] : nullptr;
}

QModelIndex SpanTreeModel::indexOfObservation(const QString &observationId) const
{
    const std::string id = observationId.toStdString();
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex SpanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int> &children = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_roots;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex SpanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[size_t(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
}

int SpanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int SpanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SpanTreeModel::displayData(const store::SpanRow &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name ? QString::fromStdString(*s.name) : QString::fromStdString(s.id);
    case TypeColumn:
        return QString::fromStdString(s.type);
    case ModelColumn:
        return s.model ? QString::fromStdString(*s.model) : QString();
    case DurationColumn:
        return formatDuration(s.durationNs());
    case TokensColumn: {
        const auto tokens = tokensOf(s);
        return tokens ? formatCount(tokens) : QString();
    }
    case CostColumn:
        // Only observations that can carry a cost show the unknown marker; a plain span is blank.
        if (!s.cost() && !s.unpriced && !s.model)
            return QString();
        return formatCost(s.cost());
    }
    return {};
}

QVariant SpanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const store::SpanRow &s = m_spans[size_t(index.internalId())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, column);
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip = tr("Observation %1").arg(QString::fromStdString(s.id));
            tip += QLatin1Char('\n') + tr("Start: %1").arg(formatTimestamp(s.startNs));
            if (s.flags & FlagOrphan)
                tip += QLatin1Char('\n') + tr("Parent not found in the trace: shown as a root");
            if (s.flags & FlagCycleBroken)
                tip += QLatin1Char('\n') + tr("Parent chain formed a cycle: shown as a root");
            if (s.flags & FlagStartsBeforeParent)
                tip += QLatin1Char('\n') + tr("Starts before its parent (clock skew)");
            if (s.flags & FlagDuplicateMerged)
                tip += QLatin1Char('\n') + tr("Appeared more than once in the input and was merged");
            return tip;
        }
        if (column == TokensColumn && (s.inputTokens || s.outputTokens))
            return tr("Input %1, output %2").arg(formatCount(s.inputTokens), formatCount(s.outputTokens));
        if (column == CostColumn) {
            if (s.costProvided)
                return tr("Cost provided by the source");
            if (s.costComputed)
                return tr("Cost computed from the price catalog");
            if (s.unpriced)
                return tr("No price known for this model");
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isError(s))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (isWarning(s))
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (column == TypeColumn)
            return QBrush(typeColor(s.type));
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return typeColor(s.type);
        return {};
    case ObservationIdRole:
        return QString::fromStdString(s.id);
    case ObservationTypeRole:
        return QString::fromStdString(s.type);
    case IsErrorRole:
        return isError(s);
    }
    return {};
}

QVariant SpanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ModelColumn:
        return tr("Model");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

} // namespace spanscope::ui
