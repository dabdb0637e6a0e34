// Score names, heatmap cells and the cell -> traces filter. The heatmap streams (row, column,
// value) triples in one query and summarises each cell in memory (the median needs the values).

#include "store/qualityrepository.h"

#include <QDate>
#include <QLoggingCategory>

#include <algorithm>
#include <map>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcQuality, "spanscope.quality")

namespace spanscope::store {

namespace {

constexpr int64_t kDayNs = 86400LL * 1000000000LL;

const char kScoreNames[] = R"SQL(
SELECT name, data_type, count(*) FROM scores GROUP BY name, data_type ORDER BY name, count(*) DESC
)SQL";

const char kCategories[] = R"SQL(
SELECT DISTINCT string_value FROM scores
WHERE name = ?1 AND data_type = 'CATEGORICAL' AND string_value IS NOT NULL ORDER BY 1
)SQL";

// The grouping's join and its one or two key columns (g1, g2). Day and week are integer indexes
// (days since the epoch; weeks counted from the Monday 1969-12-29).
struct GroupingSql {
    const char *join;
    const char *g1;
    const char *g2;
};

GroupingSql groupingSql(QualityGrouping g)
{
    // INDEXED BY: the planner prefers the unique id index, which then reads the wide table row.
    static const char traceJoin[] = "JOIN traces t INDEXED BY traces_quality_cover ON t.id = s.trace_id";
    switch (g) {
    case QualityGrouping::Model:
        // observations_trace_model (006) serves the distinct (trace, model) pairs in order.
        return { "JOIN (SELECT DISTINCT trace_id, model FROM observations WHERE model IS NOT NULL) m "
                 "ON m.trace_id = s.trace_id",
                 "m.model", "NULL" };
    case QualityGrouping::PromptVersion:
        return { "JOIN (SELECT DISTINCT trace_id, prompt_name, prompt_version FROM observations "
                 "WHERE prompt_name IS NOT NULL AND prompt_version IS NOT NULL) p ON p.trace_id = s.trace_id",
                 "p.prompt_name", "p.prompt_version" };
    case QualityGrouping::TraceName: return { traceJoin, "t.name", "NULL" };
    case QualityGrouping::User: return { traceJoin, "t.user_id", "NULL" };
    case QualityGrouping::Environment: return { traceJoin, "t.environment", "NULL" };
    case QualityGrouping::Release: return { traceJoin, "t.release", "NULL" };
    case QualityGrouping::Day: return { traceJoin, "t.timestamp_ns / 86400000000000", "NULL" };
    case QualityGrouping::Week: return { traceJoin, "(t.timestamp_ns / 86400000000000 + 3) / 7", "NULL" };
    }
    return { traceJoin, "t.name", "NULL" };
}

std::string dateText(int64_t day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate).toStdString();
}

// Per column: numeric mode keeps values per row; categorical mode keeps the row index of each score.
struct ColumnAccumulator {
    QualityColumn column;
    int64_t total = 0;
    std::vector<std::vector<double>> values; // [row]
    std::vector<uint32_t> labels;            // categorical
};

} // namespace

const char *qualityGroupingName(QualityGrouping g)
{
    switch (g) {
    case QualityGrouping::Model: return "model";
    case QualityGrouping::PromptVersion: return "prompt-version";
    case QualityGrouping::TraceName: return "trace-name";
    case QualityGrouping::User: return "user";
    case QualityGrouping::Environment: return "environment";
    case QualityGrouping::Release: return "release";
    case QualityGrouping::Day: return "day";
    case QualityGrouping::Week: return "week";
    }
    return "model";
}

const std::vector<QualityGrouping> &allQualityGroupings()
{
    static const std::vector<QualityGrouping> all = { QualityGrouping::Model, QualityGrouping::PromptVersion,
                                                      QualityGrouping::TraceName, QualityGrouping::User,
                                                      QualityGrouping::Environment, QualityGrouping::Release,
                                                      QualityGrouping::Day, QualityGrouping::Week };
    return all;
}

std::optional<QualityGrouping> qualityGroupingFromName(std::string_view name)
{
    for (QualityGrouping g : allQualityGroupings())
        if (name == qualityGroupingName(g))
            return g;
    return std::nullopt;
}

Status loadScoreNames(Database &db, std::vector<ScoreNameInfo> &out)
{
    out.clear();
    Statement st(db, kScoreNames);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step()) {
        std::string name = st.text(0);
        // Rows come most common type first per name: fold the rest into the count.
        if (!out.empty() && out.back().name == name) {
            out.back().count += st.int64(2);
            continue;
        }
        ScoreNameInfo info;
        info.name = std::move(name);
        info.dataType = st.text(1);
        info.count = st.int64(2);
        out.push_back(std::move(info));
    }
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    Statement cats(db, kCategories);
    if (!cats.isValid())
        return Status::failure(cats.prepareError());
    for (ScoreNameInfo &info : out) {
        if (info.dataType != "CATEGORICAL")
            continue;
        cats.reset();
        cats.bind(1, info.name);
        while (cats.step())
            info.categories.push_back(cats.text(0));
    }
    return Status::success();
}

Status loadQualityHeatmap(Database &db, const HeatmapRequest &request, QualityHeatmap &out)
{
    out = QualityHeatmap();
    out.grouping = request.grouping;
    out.categoricalScore = request.categoricalScore;
    const bool categorical = !request.categoricalScore.empty();
    const GroupingSql g = groupingSql(request.grouping);
    std::string sql = std::string("SELECT ") + (categorical ? "s.string_value" : "s.name") + ", " + g.g1 + ", " + g.g2
        + ", s.value FROM scores s " + g.join + " WHERE s.trace_id IS NOT NULL AND " + g.g1 + " IS NOT NULL AND ";
    if (categorical)
        sql += "s.name = ?1 AND s.data_type = 'CATEGORICAL' AND s.string_value IS NOT NULL";
    else if (request.scoreNames.empty())
        sql += "s.data_type IN ('NUMERIC', 'BOOLEAN') AND s.value IS NOT NULL";
    else
        sql += "s.name IN (SELECT value FROM json_each(?1)) AND s.data_type IN ('NUMERIC', 'BOOLEAN') "
               "AND s.value IS NOT NULL";
    Statement st(db, sql);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    if (categorical) {
        st.bind(1, request.categoricalScore);
    } else if (!request.scoreNames.empty()) {
        std::string json = "[";
        for (const std::string &n : request.scoreNames) {
            if (json.size() > 1)
                json += ',';
            json += '"';
            for (char c : n) {
                if (c == '"' || c == '\\')
                    json += '\\';
                json += c;
            }
            json += '"';
        }
        st.bind(1, json + "]");
    }

    std::unordered_map<std::string, uint32_t> rowIndex;
    std::unordered_map<std::string, size_t> columnIndex;
    std::vector<std::string> rowKeys;
    std::vector<ColumnAccumulator> columns;
    std::string columnKey;
    const bool integerKey = request.grouping == QualityGrouping::Day || request.grouping == QualityGrouping::Week;
    while (st.step()) {
        const std::string_view rowKey = st.textView(0);
        auto rit = rowIndex.find(std::string(rowKey));
        if (rit == rowIndex.end()) {
            rit = rowIndex.emplace(std::string(rowKey), uint32_t(rowKeys.size())).first;
            rowKeys.emplace_back(rowKey);
        }
        const uint32_t row = rit->second;
        // Raw key: the text, the integer day/week, or "name\x1fversion".
        columnKey.assign(st.textView(1));
        if (request.grouping == QualityGrouping::PromptVersion)
            columnKey += '\x1f' + std::to_string(st.int64(2));
        auto cit = columnIndex.find(columnKey);
        if (cit == columnIndex.end()) {
            ColumnAccumulator acc;
            QualityColumn &c = acc.column;
            if (integerKey) {
                const int64_t k = st.int64(1);
                const int64_t day = request.grouping == QualityGrouping::Day ? k : k * 7 - 3;
                c.key = dateText(day);
                c.fromNs = day * kDayNs;
                c.toNs = c.fromNs + (request.grouping == QualityGrouping::Day ? 1 : 7) * kDayNs;
            } else if (request.grouping == QualityGrouping::PromptVersion) {
                c.promptName = st.text(1);
                c.promptVersion = st.int64(2);
                c.key = c.promptName + '@' + std::to_string(c.promptVersion);
            } else {
                c.key = st.text(1);
            }
            cit = columnIndex.emplace(columnKey, columns.size()).first;
            columns.push_back(std::move(acc));
        }
        ColumnAccumulator &acc = columns[cit->second];
        ++acc.total;
        if (categorical) {
            acc.labels.push_back(row);
        } else {
            if (acc.values.size() <= row)
                acc.values.resize(size_t(row) + 1);
            acc.values[row].push_back(st.real(3));
        }
    }
    if (!st.error().isEmpty())
        return Status::failure(QStringLiteral("cannot read scores: %1").arg(st.error()));

    // Rows sorted by key; columns in time/version order, or by how many scores they hold.
    std::vector<uint32_t> rowOrder(rowKeys.size());
    for (uint32_t i = 0; i < rowOrder.size(); ++i)
        rowOrder[i] = i;
    std::sort(rowOrder.begin(), rowOrder.end(), [&](uint32_t a, uint32_t b) { return rowKeys[a] < rowKeys[b]; });
    std::vector<size_t> colOrder(columns.size());
    for (size_t i = 0; i < colOrder.size(); ++i)
        colOrder[i] = i;
    std::sort(colOrder.begin(), colOrder.end(), [&](size_t a, size_t b) {
        const QualityColumn &x = columns[a].column, &y = columns[b].column;
        if (integerKey)
            return x.fromNs < y.fromNs;
        if (request.grouping == QualityGrouping::PromptVersion)
            return std::tie(x.promptName, x.promptVersion) < std::tie(y.promptName, y.promptVersion);
        if (columns[a].total != columns[b].total)
            return columns[a].total > columns[b].total;
        return x.key < y.key;
    });
    for (uint32_t r : rowOrder)
        out.rows.push_back(rowKeys[r]);
    for (size_t c : colOrder)
        out.columns.push_back(columns[c].column);
    out.cells.resize(out.rows.size() * out.columns.size());
    out.hits.assign(out.cells.size(), 0);
    for (size_t ci = 0; ci < colOrder.size(); ++ci) {
        ColumnAccumulator &acc = columns[colOrder[ci]];
        for (size_t ri = 0; ri < rowOrder.size(); ++ri) {
            const uint32_t r = rowOrder[ri];
            const size_t at = ri * out.columns.size() + ci;
            if (categorical) {
                std::vector<double> indicator(acc.labels.size());
                int64_t hits = 0;
                for (size_t k = 0; k < acc.labels.size(); ++k) {
                    indicator[k] = acc.labels[k] == r ? 1.0 : 0.0;
                    hits += acc.labels[k] == r;
                }
                out.hits[at] = hits;
                out.cells[at] = analytics::summarize(std::move(indicator));
            } else if (r < acc.values.size() && !acc.values[r].empty()) {
                out.hits[at] = int64_t(acc.values[r].size());
                out.cells[at] = analytics::summarize(std::move(acc.values[r]));
            }
        }
    }
    qCDebug(lcQuality) << "heatmap" << qualityGroupingName(request.grouping) << out.rows.size() << "rows"
                       << out.columns.size() << "columns";
    return Status::success();
}

TraceFilter qualityCellFilter(const QualityHeatmap &map, size_t row, size_t column)
{
    TraceFilter f;
    if (row >= map.rows.size() || column >= map.columns.size())
        return f;
    ScoreCondition sc;
    if (map.categoricalScore.empty()) {
        sc.name = map.rows[row];
    } else {
        sc.name = map.categoricalScore;
        sc.op = ScoreCondition::Op::Equal;
        sc.text = map.rows[row];
    }
    f.scores.push_back(std::move(sc));
    const QualityColumn &c = map.columns[column];
    switch (map.grouping) {
    case QualityGrouping::Model: f.models = { c.key }; break;
    case QualityGrouping::PromptVersion:
        f.promptName = c.promptName;
        f.promptVersion = c.promptVersion;
        break;
    case QualityGrouping::TraceName: f.traceNames = { c.key }; break;
    case QualityGrouping::User: f.userIds = { c.key }; break;
    case QualityGrouping::Environment: f.environments = { c.key }; break;
    case QualityGrouping::Release: f.releases = { c.key }; break;
    case QualityGrouping::Day:
    case QualityGrouping::Week:
        f.fromNs = c.fromNs;
        f.toNs = c.toNs;
        break;
    }
    return f;
}

} // namespace spanscope::store
