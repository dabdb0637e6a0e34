#include "models/tracelistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLoggingCategory>

#include "util/format.h"

Q_LOGGING_CATEGORY(lcTraceList, "spanscope.ui.tracelist")

namespace spanscope::ui {

namespace {

QString optString(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

bool isNumeric(int column)
{
    return column == TraceListModel::ObservationsColumn || column == TraceListModel::LatencyColumn
        || column == TraceListModel::TokensColumn || column == TraceListModel::CostColumn
        || column == TraceListModel::ErrorsColumn;
}

} // namespace

TraceListModel::TraceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TraceListModel::setRepository(store::TraceRepository *repository)
{
    m_repository = repository;
    reload();
}

void TraceListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_next.reset();
    m_atEnd = m_repository == nullptr;
    qint64 total = 0;
    if (m_repository) {
        int64_t n = 0;
        if (store::Status s = m_repository->traceCount(n); !s) {
            qCWarning(lcTraceList) << s.error;
            m_atEnd = true;
            endResetModel();
            emit errorOccurred(s.error);
            return;
        }
        total = n;
    }
    endResetModel();
    if (total != m_totalCount) {
        m_totalCount = total;
        emit totalCountChanged(total);
    }
    // The first page comes at once so a view shows rows without waiting for a scroll.
    if (canFetchMore({}))
        fetchMore({});
}

QString TraceListModel::traceId(int row) const
{
    const store::TraceListRow *r = traceAt(row);
    return r ? QString::fromStdString(r->id) : QString();
}

int TraceListModel::rowOfTrace(const QString &traceId) const
{
    const std::string id = traceId.toStdString();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const store::TraceListRow *TraceListModel::traceAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int TraceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceListModel::displayData(const store::TraceListRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatTimestamp(row.timestampNs);
    case NameColumn:
        return row.name ? QString::fromStdString(*row.name) : unknownText();
    case UserColumn:
        return optString(row.userId);
    case SessionColumn:
        return optString(row.sessionId);
    case ObservationsColumn:
        return formatCount(row.observationCount);
    case LatencyColumn:
        return formatDuration(row.latencyNs);
    case TokensColumn:
        return formatCount(row.totalTokens);
    case CostColumn:
        return formatCost(row.cost);
    case ErrorsColumn:
        return row.errorCount > 0 ? formatCount(row.errorCount) : QString();
    }
    return {};
}

QVariant TraceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TraceListRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip = tr("Trace %1").arg(QString::fromStdString(row.id));
            if (row.tagsJson && *row.tagsJson != "[]")
                tip += QLatin1Char('\n') + tr("Tags: %1").arg(QString::fromStdString(*row.tagsJson));
            return tip;
        }
        if (column == CostColumn && !row.cost)
            return tr("Cost unknown: no provided cost and no matching price");
        if (column == ErrorsColumn && row.errorCount > 0)
            return tr("%n observation(s) with level ERROR", nullptr, int(row.errorCount));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == ErrorsColumn && row.errorCount > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == CostColumn && !row.cost)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (row.errorCount > 0)
            return QBrush(QColor(0xe5, 0x39, 0x35, 0x2a));
        return {};
    case Qt::FontRole:
        if (column == ErrorsColumn && row.errorCount > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TraceIdRole:
        return QString::fromStdString(row.id);
    case ErrorCountRole:
        return qint64(row.errorCount);
    }
    return {};
}

QVariant TraceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Name");
    case UserColumn:
        return tr("User");
    case SessionColumn:
        return tr("Session");
    case ObservationsColumn:
        return tr("Observations");
    case LatencyColumn:
        return tr("Latency");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case ErrorsColumn:
        return tr("Errors");
    }
    return {};
}

bool TraceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_repository && !m_atEnd;
}

void TraceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    store::TraceListPage page;
    if (store::Status s = m_repository->tracePage(m_next, m_pageSize, page); !s) {
        qCWarning(lcTraceList) << s.error;
        m_atEnd = true; // stop asking: a failing query would fail again on every scroll
        emit errorOccurred(s.error);
        return;
    }
    m_next = page.next;
    m_atEnd = !page.next;
    if (page.rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.rows.begin()), std::make_move_iterator(page.rows.end()));
    endInsertRows();
}

} // namespace spanscope::ui
