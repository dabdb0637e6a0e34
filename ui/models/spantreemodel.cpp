#include "models/spantreemodel.h"

#include <cmath>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

#include "model/records.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {

bool isNumeric(int column)
{
    return column == SpanTreeModel::DurationColumn || column == SpanTreeModel::TokensColumn
        || column == SpanTreeModel::CostColumn;
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The letter drawn in a type's icon: one glance tells generations from tools from spans.
QChar typeLetter(const QString &type)
{
    if (type == QLatin1String("GENERATION"))
        return QLatin1Char('G');
    if (type == QLatin1String("EMBEDDING"))
        return QLatin1Char('M');
    if (type == QLatin1String("EVALUATOR"))
        return QLatin1Char('V');
    return type.isEmpty() ? QLatin1Char('?') : type.at(0);
}

QIcon makeTypeIcon(const QString &type)
{
    QIcon icon;
    for (int size : { 16, 32 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(SpanTreeModel::typeColor(type));
        const qreal m = size / 16.0;
        p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), 3 * m, 3 * m);
        QFont f;
        f.setPixelSize(int(10 * m));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString(typeLetter(type)));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

SpanTreeModel::SpanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QColor SpanTreeModel::typeColor(const QString &type)
{
    if (type == QLatin1String("GENERATION"))
        return QColor(0x7e, 0x57, 0xc2);
    if (type == QLatin1String("AGENT"))
        return QColor(0x1e, 0x88, 0xe5);
    if (type == QLatin1String("TOOL"))
        return QColor(0xef, 0x6c, 0x00);
    if (type == QLatin1String("CHAIN"))
        return QColor(0x43, 0xa0, 0x47);
    if (type == QLatin1String("RETRIEVER") || type == QLatin1String("EMBEDDING"))
        return QColor(0x00, 0x89, 0x7b);
    if (type == QLatin1String("EVENT"))
        return QColor(0x9e, 0x9d, 0x24);
    if (type == QLatin1String("EVALUATOR") || type == QLatin1String("GUARDRAIL"))
        return QColor(0xd8, 0x1b, 0x60);
    return QColor(0x78, 0x90, 0x9c); // SPAN and anything unknown
}

void SpanTreeModel::setTree(std::shared_ptr<const store::TraceTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_traceId = m_tree ? fromStd(m_tree->traceId) : QString();
    m_names.clear();
    m_models.clear();
    m_types.clear();
    m_typeIcons.clear();
    m_errors.clear();
    m_focus = -1;
    if (m_tree) {
        for (const std::string &s : m_tree->names)
            m_names.push_back(fromStd(s));
        for (const std::string &s : m_tree->models)
            m_models.push_back(fromStd(s));
        for (const std::string &s : m_tree->types) {
            m_types.push_back(fromStd(s));
            m_typeIcons.push_back(makeTypeIcon(m_types.back()));
        }
        for (int i = 0; i < m_tree->size(); ++i)
            if (m_tree->level[size_t(i)] == store::TraceTree::LevelError)
                m_errors.push_back(i);
    }
    endResetModel();
}

void SpanTreeModel::setSpans(const QString &traceId, const std::vector<store::SpanRow> &rows)
{
    auto tree = std::make_shared<store::TraceTree>();
    tree->traceId = traceId.toStdString();
    tree->names.emplace_back();
    tree->models.emplace_back();
    tree->idOffset.push_back(0);
    const auto intern = [](std::vector<std::string> &table, const std::string &s) {
        for (size_t i = 0; i < table.size(); ++i)
            if (table[i] == s)
                return uint32_t(i);
        table.push_back(s);
        return uint32_t(table.size() - 1);
    };
    for (const store::SpanRow &r : rows) {
        tree->idChars += r.id;
        tree->idOffset.push_back(uint32_t(tree->idChars.size()));
        tree->typeId.push_back(uint8_t(intern(tree->types, r.type)));
        tree->nameId.push_back(r.name ? intern(tree->names, *r.name) : 0);
        tree->modelId.push_back(r.model ? intern(tree->models, *r.model) : 0);
        const int64_t s = r.startNs.value_or(store::TraceTree::kNoTime);
        tree->start.push_back(s);
        tree->end.push_back(r.startNs && r.endNs ? std::max(*r.endNs, s) : store::TraceTree::kNoTime);
        const auto level = r.level.value_or(std::string());
        tree->level.push_back(level == "ERROR" ? store::TraceTree::LevelError
                : level == "WARNING"           ? store::TraceTree::LevelWarning
                : level == "DEBUG"             ? store::TraceTree::LevelDebug
                                               : store::TraceTree::LevelDefault);
        const auto tokens = r.totalTokens ? r.totalTokens
            : (r.inputTokens || r.outputTokens) ? std::optional<int64_t>(r.inputTokens.value_or(0) + r.outputTokens.value_or(0))
                                                : std::nullopt;
        tree->tokens.push_back(tokens.value_or(-1));
        tree->cost.push_back(r.cost().value_or(std::nan("")));
        tree->unpriced.push_back(r.unpriced ? 1 : 0);
        tree->depth.push_back(uint16_t(std::max(0, r.depth)));
        tree->dbPreorder.push_back(r.preorder);
        tree->flags.push_back(uint8_t(r.flags));
    }
    store::finishTraceTree(*tree);
    setTree(std::move(tree));
}

void SpanTreeModel::resetViews()
{
    beginResetModel();
    endResetModel();
}

void SpanTreeModel::clear()
{
    setTree(nullptr);
}

void SpanTreeModel::setFocusNode(int node)
{
    if (!m_tree || node >= m_tree->size())
        node = -1;
    if (node == m_focus)
        return;
    beginResetModel();
    m_focus = node;
    endResetModel();
}

bool SpanTreeModel::isInFocus(int node) const
{
    if (!m_tree || node < 0 || node >= m_tree->size())
        return false;
    return m_focus < 0 || (node >= m_focus && node < m_tree->subtreeEnd[size_t(m_focus)]);
}

int SpanTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!m_tree || !index.isValid() || index.model() != this)
        return -1;
    const auto node = int(index.internalId());
    return node < m_tree->size() ? node : -1;
}

QModelIndex SpanTreeModel::indexOfNode(int node, int column) const
{
    if (!isInFocus(node) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(node == m_focus ? 0 : m_tree->rowInParent[size_t(node)], column, quintptr(node));
}

QModelIndex SpanTreeModel::indexOfObservation(const QString &observationId) const
{
    return m_tree ? indexOfNode(m_tree->find(observationId.toStdString())) : QModelIndex();
}

QString SpanTreeModel::nameOf(int node) const
{
    const uint32_t name = m_tree->nameId[size_t(node)];
    return name ? m_names[name] : idOf(node);
}

QString SpanTreeModel::typeOf(int node) const
{
    return m_types[m_tree->typeId[size_t(node)]];
}

QString SpanTreeModel::idOf(int node) const
{
    const std::string_view id = m_tree->id(node);
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

bool SpanTreeModel::isError(int node) const
{
    return m_tree->level[size_t(node)] == store::TraceTree::LevelError;
}

QString SpanTreeModel::flagsText(int flags)
{
    QStringList parts;
    if (flags & FlagOrphan)
        parts << tr("orphan");
    if (flags & FlagCycleBroken)
        parts << tr("cycle");
    if (flags & FlagStartsBeforeParent)
        parts << tr("clock skew");
    if (flags & FlagDuplicateMerged)
        parts << tr("duplicate");
    return parts.join(QStringLiteral(", "));
}

std::vector<int> SpanTreeModel::findMatches(const QString &text) const
{
    std::vector<int> out;
    if (!m_tree || text.isEmpty())
        return out;
    // Test each distinct name, model and type once; then one pass over the nodes.
    const auto matchTable = [&](const std::vector<QString> &table) {
        std::vector<uint8_t> hit(table.size(), 0);
        for (size_t i = 0; i < table.size(); ++i)
            hit[i] = !table[i].isEmpty() && table[i].contains(text, Qt::CaseInsensitive);
        return hit;
    };
    const std::vector<uint8_t> names = matchTable(m_names), models = matchTable(m_models), types = matchTable(m_types);
    const QByteArray needle = text.toUtf8().toLower();
    const std::string_view needleView(needle.constData(), size_t(needle.size()));
    for (int i = 0; i < m_tree->size(); ++i) {
        if (names[m_tree->nameId[size_t(i)]] || models[m_tree->modelId[size_t(i)]] || types[m_tree->typeId[size_t(i)]]) {
            out.push_back(i);
            continue;
        }
        // Ids are ASCII (hex, uuids): a byte-wise case-insensitive search is enough.
        const std::string_view id = m_tree->id(i);
        if (id.size() >= needleView.size()) {
            const auto it = std::search(id.begin(), id.end(), needleView.begin(), needleView.end(),
                [](char a, char b) { return char(std::tolower(uchar(a))) == b; });
            if (it != id.end())
                out.push_back(i);
        }
    }
    return out;
}

QIcon SpanTreeModel::typeIcon(int typeId) const
{
    return typeId >= 0 && size_t(typeId) < m_typeIcons.size() ? m_typeIcons[size_t(typeId)] : QIcon();
}

QModelIndex SpanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (!parent.isValid() && m_focus >= 0)
        return row == 0 ? createIndex(0, column, quintptr(m_focus)) : QModelIndex();
    if (!parent.isValid()) {
        if (row >= int(m_tree->roots.size()))
            return {};
        return createIndex(row, column, quintptr(m_tree->roots[size_t(row)]));
    }
    const int p = int(parent.internalId());
    if (row >= m_tree->childCount(p))
        return {};
    return createIndex(row, column, quintptr(m_tree->child(p, row)));
}

QModelIndex SpanTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid() || int(child.internalId()) == m_focus)
        return {};
    const int p = m_tree->parent[size_t(child.internalId())];
    if (p < 0)
        return {};
    return createIndex(p == m_focus ? 0 : m_tree->rowInParent[size_t(p)], 0, quintptr(p));
}

int SpanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return m_focus >= 0 ? 1 : int(m_tree->roots.size());
    if (parent.column() != 0)
        return 0;
    return m_tree->childCount(int(parent.internalId()));
}

bool SpanTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int SpanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SpanTreeModel::displayData(int node, int column) const
{
    const store::TraceTree &t = *m_tree;
    switch (column) {
    case NameColumn:
        return nameOf(node);
    case ModelColumn:
        return m_models[t.modelId[size_t(node)]];
    case DurationColumn:
        if (t.end[size_t(node)] == store::TraceTree::kNoTime)
            return t.hasTime(node) ? QString() : unknownText();
        return formatDuration(t.end[size_t(node)] - t.start[size_t(node)]);
    case TokensColumn:
        return t.tokens[size_t(node)] >= 0 ? formatCount(t.tokens[size_t(node)]) : QString();
    case CostColumn: {
        const double c = t.cost[size_t(node)];
        if (!std::isnan(c))
            return formatCost(c);
        // Only observations that can carry a cost show a marker; a plain span stays blank.
        if (t.unpriced[size_t(node)])
            return tr("unpriced");
        return t.modelId[size_t(node)] ? unknownText() : QString();
    }
    }
    return {};
}

QString SpanTreeModel::toolTip(int node, int column) const
{
    const store::TraceTree &t = *m_tree;
    if (column == NameColumn) {
        QString tip = tr("%1 %2").arg(typeOf(node), nameOf(node));
        tip += QLatin1Char('\n') + tr("Id: %1").arg(idOf(node));
        tip += QLatin1Char('\n')
            + tr("Start: %1").arg(formatTimestamp(t.hasTime(node) ? std::optional<int64_t>(t.start[size_t(node)])
                                                                   : std::nullopt));
        const int flags = t.flags[size_t(node)];
        if (flags & FlagOrphan)
            tip += QLatin1Char('\n') + tr("Parent not found in the trace: shown as a root");
        if (flags & FlagCycleBroken)
            tip += QLatin1Char('\n') + tr("Parent chain formed a cycle: shown as a root");
        if (flags & FlagStartsBeforeParent)
            tip += QLatin1Char('\n') + tr("Starts before its parent (clock skew)");
        if (flags & FlagDuplicateMerged)
            tip += QLatin1Char('\n') + tr("Appeared more than once in the input and was merged");
        return tip;
    }
    if (column == CostColumn) {
        if (t.unpriced[size_t(node)])
            return tr("No price known for this model");
        if (!std::isnan(t.cost[size_t(node)]))
            return tr("Provided by the source where present, else computed from the price catalog");
    }
    return {};
}

QVariant SpanTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::ToolTipRole:
        return toolTip(node, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_tree->level[size_t(node)] == store::TraceTree::LevelError)
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (m_tree->level[size_t(node)] == store::TraceTree::LevelWarning)
            return QBrush(QColor(0xc7, 0x7c, 0x02));
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return typeIcon(m_tree->typeId[size_t(node)]);
        return {};
    case ObservationIdRole:
        return idOf(node);
    case ObservationTypeRole:
        return typeOf(node);
    case IsErrorRole:
        return isError(node);
    case NodeRole:
        return node;
    case FlagsRole:
        return int(m_tree->flags[size_t(node)]);
    case DepthRole:
        return int(m_tree->depth[size_t(node)]);
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
