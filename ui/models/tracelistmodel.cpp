#include "models/tracelistmodel.h"

#include <algorithm>

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>

#include "jobs/readjobs.h"
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
        || column == TraceListModel::TokensColumn || column == TraceListModel::CostColumn;
}

QString tagsText(const std::optional<std::string> &json)
{
    if (!json)
        return {};
    const QJsonArray tags = QJsonDocument::fromJson(QByteArray::fromStdString(*json)).array();
    QStringList out;
    for (const QJsonValue &v : tags) {
        if (v.isString())
            out << v.toString();
    }
    return out.join(QStringLiteral(", "));
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 3);
}

// One score name folded into a few characters: "relevance 0.82", "correct ✓", "tone: friendly".
QString scoreText(const store::TraceScoreBrief &b)
{
    const QString name = QString::fromStdString(b.name);
    if (b.dataType == "BOOLEAN" && b.average) {
        if (*b.average >= 1.0)
            return name + QStringLiteral(" ✓");
        if (*b.average <= 0.0)
            return name + QStringLiteral(" ✗");
        return name + QLatin1Char(' ') + QLocale().toString(*b.average * 100.0, 'f', 0) + QLatin1Char('%');
    }
    if (b.text && (b.dataType == "CATEGORICAL" || b.dataType == "TEXT" || !b.average))
        return name + QStringLiteral(": ") + QString::fromStdString(*b.text);
    if (b.average)
        return name + QLatin1Char(' ') + number(*b.average);
    return name;
}

// Formats what the table shows of a page; runs on the worker with the query.
TraceListModel::Row prepareRow(store::TraceListRow &&r)
{
    TraceListModel::Row row;
    row.tags = tagsText(r.tagsJson);
    QStringList parts, tips;
    for (const store::TraceScoreBrief &b : r.scores) {
        parts << scoreText(b);
        tips << QCoreApplication::translate("spanscope::ui::TraceListModel", "%1 (%n score(s))", nullptr, int(b.count))
                    .arg(scoreText(b));
    }
    row.scores = parts.join(QStringLiteral(" · "));
    row.scoresTip = tips.join(QLatin1Char('\n'));
    row.trace = std::move(r);
    return row;
}

struct PageResult {
    store::Status status;
    std::vector<TraceListModel::Row> rows;
    std::optional<store::TraceCursor> next;
};

struct CountResult {
    store::Status status;
    int64_t count = 0;
};

} // namespace

TraceListModel::TraceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Channels are per model: two lists (e.g. two pages) never make each other's results stale.
    const QString key = QString::number(quintptr(this), 16);
    m_listChannel = QStringLiteral("trace-list/") + key;
    m_countChannel = QStringLiteral("trace-count/") + key;
}

TraceListModel::~TraceListModel() = default;

void TraceListModel::setReadJobs(jobs::ReadJobs *jobs)
{
    m_jobs = jobs;
    restart(false);
}

void TraceListModel::setFilter(const store::TraceFilter &filter)
{
    m_filter = filter;
    restart(false);
}

void TraceListModel::setSortOrder(const store::TraceSort &sort)
{
    m_sort = sort;
    restart(false);
}

void TraceListModel::reload()
{
    restart(true);
}

void TraceListModel::restart(bool keepRows)
{
    const int loaded = int(m_rows.size());
    if (!keepRows || !m_jobs) {
        beginResetModel();
        m_rows.clear();
        m_rows.shrink_to_fit();
        endResetModel();
    }
    m_next.reset();
    m_atEnd = true;
    m_countPending = false;
    setListPending(false);
    if (!m_jobs) {
        if (m_totalCount != 0) {
            m_totalCount = 0;
            emit totalCountChanged(0);
        }
        return;
    }
    requestCount();
    requestPage(true, keepRows ? std::clamp(loaded, m_pageSize, std::max(m_pageSize, MaxReloadRows)) : m_pageSize);
}

void TraceListModel::setListPending(bool pending)
{
    const bool was = isLoading();
    m_listPending = pending;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void TraceListModel::requestCount()
{
    const bool was = isLoading();
    m_countPending = true;
    if (m_totalCount != -1) {
        m_totalCount = -1;
        emit totalCountChanged(-1);
    }
    if (was != isLoading())
        emit loadingChanged(true);
    const store::TraceFilter filter = m_filter;
    m_jobs->run<CountResult>(
        m_countChannel, this,
        [filter](store::Database &db) {
            CountResult r;
            r.status = store::countTraces(db, filter, r.count);
            return r;
        },
        [this](CountResult r) {
            const bool wasLoading = isLoading();
            m_countPending = false;
            if (!r.status) {
                qCWarning(lcTraceList) << r.status.error;
                emit errorOccurred(r.status.error);
            } else {
                m_totalCount = r.count;
                emit totalCountChanged(m_totalCount);
            }
            if (wasLoading != isLoading())
                emit loadingChanged(isLoading());
        },
        [this](const QString &error) {
            m_countPending = false;
            emit errorOccurred(error);
            emit loadingChanged(isLoading());
        });
}

void TraceListModel::requestPage(bool replace, int limit)
{
    setListPending(true);
    const store::TraceFilter filter = m_filter;
    const store::TraceSort sort = m_sort;
    const std::optional<store::TraceCursor> after = replace ? std::nullopt : m_next;
    m_jobs->run<PageResult>(
        m_listChannel, this,
        [filter, sort, after, limit](store::Database &db) {
            PageResult r;
            store::TraceListPage page;
            r.status = store::queryTracePage(db, filter, sort, after, limit, page);
            r.rows.reserve(page.rows.size());
            for (store::TraceListRow &row : page.rows)
                r.rows.push_back(prepareRow(std::move(row)));
            r.next = page.next;
            return r;
        },
        [this, replace](PageResult r) {
            setListPending(false);
            if (!r.status) {
                qCWarning(lcTraceList) << r.status.error;
                m_atEnd = true; // stop asking: a failing query would fail again on every scroll
                emit errorOccurred(r.status.error);
                return;
            }
            m_next = r.next;
            m_atEnd = !r.next;
            if (replace) {
                beginResetModel();
                m_rows = std::move(r.rows);
                endResetModel();
            } else if (!r.rows.empty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(r.rows.size()) - 1);
                m_rows.insert(m_rows.end(), std::make_move_iterator(r.rows.begin()),
                              std::make_move_iterator(r.rows.end()));
                endInsertRows();
            }
            emit pageLoaded();
        },
        [this](const QString &error) {
            setListPending(false);
            m_atEnd = true;
            emit errorOccurred(error);
        });
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
        if (m_rows[i].trace.id == id)
            return int(i);
    }
    return -1;
}

const store::TraceListRow *TraceListModel::traceAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)].trace;
}

std::optional<store::TraceSortColumn> TraceListModel::sortColumnFor(int column)
{
    switch (column) {
    case TimeColumn: return store::TraceSortColumn::Time;
    case NameColumn: return store::TraceSortColumn::Name;
    case ObservationsColumn: return store::TraceSortColumn::Observations;
    case LatencyColumn: return store::TraceSortColumn::Latency;
    case TokensColumn: return store::TraceSortColumn::Tokens;
    case CostColumn: return store::TraceSortColumn::Cost;
    }
    return std::nullopt;
}

int TraceListModel::columnForSort(store::TraceSortColumn column)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumnFor(c) == column)
            return c;
    }
    return TimeColumn;
}

int TraceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceListModel::displayData(const Row &row, int column) const
{
    const store::TraceListRow &t = row.trace;
    switch (column) {
    case TimeColumn:
        return formatTimestamp(t.timestampNs);
    case NameColumn:
        return t.name ? QString::fromStdString(*t.name) : unknownText();
    case UserColumn:
        return optString(t.userId);
    case SessionColumn:
        return optString(t.sessionId);
    case ObservationsColumn:
        return formatCount(t.observationCount);
    case LatencyColumn:
        return formatDuration(t.latencyNs);
    case TokensColumn:
        return formatCount(t.totalTokens);
    case CostColumn:
        return formatCost(t.cost);
    case LevelColumn:
        return t.errorCount > 0 ? tr("%n error(s)", nullptr, int(t.errorCount)) : QString();
    case TagsColumn:
        return row.tags;
    case ScoresColumn:
        return row.scores;
    }
    return {};
}

QVariant TraceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const store::TraceListRow &t = row.trace;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("Trace %1").arg(QString::fromStdString(t.id));
        if (column == TagsColumn && !row.tags.isEmpty())
            return row.tags;
        if (column == ScoresColumn && !row.scoresTip.isEmpty())
            return row.scoresTip;
        if (column == CostColumn && !t.cost)
            return tr("Cost unknown: no provided cost and no matching price");
        if (column == LevelColumn && t.errorCount > 0)
            return tr("%n observation(s) with level ERROR", nullptr, int(t.errorCount));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Red reads on light and dark backgrounds; "unknown" uses the palette's muted text.
        if (column == LevelColumn && t.errorCount > 0)
            return QBrush(QColor(0xe5, 0x39, 0x35));
        if (column == CostColumn && !t.cost)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (t.errorCount > 0)
            return QBrush(QColor(0xe5, 0x39, 0x35, 0x2a));
        return {};
    case Qt::FontRole:
        if (column == LevelColumn && t.errorCount > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TraceIdRole:
        return QString::fromStdString(t.id);
    case ErrorCountRole:
        return qint64(t.errorCount);
    case SessionIdRole:
        return optString(t.sessionId);
    }
    return {};
}

QVariant TraceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !sortColumnFor(section) && section >= 0 && section < ColumnCount)
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case NameColumn: return tr("Name");
    case UserColumn: return tr("User");
    case SessionColumn: return tr("Session");
    case ObservationsColumn: return tr("Observations");
    case LatencyColumn: return tr("Latency");
    case TokensColumn: return tr("Tokens");
    case CostColumn: return tr("Cost");
    case LevelColumn: return tr("Level");
    case TagsColumn: return tr("Tags");
    case ScoresColumn: return tr("Scores");
    }
    return {};
}

bool TraceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_jobs && !m_atEnd && !m_listPending;
}

void TraceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(false, m_pageSize);
}

void TraceListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<store::TraceSortColumn> key = sortColumnFor(column);
    if (!key)
        return;
    const store::TraceSort sort { *key, order == Qt::DescendingOrder };
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    setSortOrder(sort);
}

} // namespace spanscope::ui
