// Score names, heatmap cells and the cell -> traces filter. The heatmap streams (row, column,
// value) triples in one query and summarises each cell in memory (the median needs the values).

#include "store/qualityrepository.h"
#include "store/costrollup.h"
#include "store/qualityfacts.h"
#include "store/scoreconfigs.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <thread>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcQuality, "spanscope.quality")

namespace spanscope::store {

namespace {


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

namespace {

// What a scan hands to assemble(): row keys in first-seen order and per column its scores.
struct HeatmapScan {
    std::vector<std::string> rowKeys;
    std::vector<ColumnAccumulator> columns;

    // `count` scores of the row in the column: categorical ones (values null), or these values.
    void add(size_t column, uint32_t row, int64_t count, const double *values)
    {
        ColumnAccumulator &acc = columns[column];
        acc.total += count;
        if (!values) {
            acc.labels.insert(acc.labels.end(), size_t(count), row);
        } else {
            if (acc.values.size() <= row)
                acc.values.resize(size_t(row) + 1);
            acc.values[row].insert(acc.values[row].end(), values, values + count);
        }
    }
};

bool integerGrouping(QualityGrouping g) { return g == QualityGrouping::Day || g == QualityGrouping::Week; }

// A Day/Week column from its integer index (days since the epoch, or weeks from 1969-12-29).
QualityColumn timeColumn(QualityGrouping g, int64_t k)
{
    QualityColumn c;
    const int64_t day = g == QualityGrouping::Day ? k : k * 7 - 3;
    c.key = dateText(day);
    c.fromNs = day * kDayNs;
    c.toNs = c.fromNs + (g == QualityGrouping::Day ? 1 : 7) * kDayNs;
    return c;
}

QualityColumn promptColumn(std::string name, int64_t version)
{
    QualityColumn c;
    c.promptName = std::move(name);
    c.promptVersion = version;
    c.key = c.promptName + '@' + std::to_string(c.promptVersion);
    return c;
}

std::string jsonStringArray(const std::vector<std::string> &items)
{
    std::string json = "[";
    for (const std::string &n : items) {
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
    return json + "]";
}

// The slow path (facts missing or stale): join every score to its trace or its trace's models.
Status scanJoin(Database &db, const HeatmapRequest &request, HeatmapScan &scan)
{
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
    if (categorical)
        st.bind(1, request.categoricalScore);
    else if (!request.scoreNames.empty())
        st.bind(1, jsonStringArray(request.scoreNames));

    std::unordered_map<std::string, uint32_t> rowIndex;
    std::unordered_map<std::string, size_t> columnIndex;
    std::string columnKey;
    while (st.step()) {
        const std::string_view rowKey = st.textView(0);
        auto rit = rowIndex.find(std::string(rowKey));
        if (rit == rowIndex.end()) {
            rit = rowIndex.emplace(std::string(rowKey), uint32_t(scan.rowKeys.size())).first;
            scan.rowKeys.emplace_back(rowKey);
        }
        // Raw key: the text, the integer day/week, or "name\x1fversion".
        columnKey.assign(st.textView(1));
        if (request.grouping == QualityGrouping::PromptVersion)
            columnKey += '\x1f' + std::to_string(st.int64(2));
        auto cit = columnIndex.find(columnKey);
        if (cit == columnIndex.end()) {
            ColumnAccumulator acc;
            if (integerGrouping(request.grouping))
                acc.column = timeColumn(request.grouping, st.int64(1));
            else if (request.grouping == QualityGrouping::PromptVersion)
                acc.column = promptColumn(st.text(1), st.int64(2));
            else
                acc.column.key = st.text(1);
            cit = columnIndex.emplace(columnKey, scan.columns.size()).first;
            scan.columns.push_back(std::move(acc));
        }
        const double value = categorical ? 0.0 : st.real(3);
        scan.add(cit->second, rit->second, 1, categorical ? nullptr : &value);
    }
    if (!st.error().isEmpty())
        return Status::failure(QStringLiteral("cannot read scores: %1").arg(st.error()));
    return Status::success();
}

const char *factsColumn(QualityGrouping g)
{
    switch (g) {
    case QualityGrouping::Model: return "models";
    case QualityGrouping::PromptVersion: return "prompts";
    case QualityGrouping::TraceName: return "trace_name";
    case QualityGrouping::User: return "user_id";
    case QualityGrouping::Environment: return "environment";
    case QualityGrouping::Release: return "release";
    case QualityGrouping::Day:
    case QualityGrouping::Week: return "day";
    }
    return "trace_name";
}

// The fast path reads quality_facts or quality_label_facts (store/qualityfacts.h). A large table is scanned in two rowid
// halves on two connections at once; each half gathers its scores per (row key, column key) and
// the keys are resolved to text once per distinct key, not per score.
struct FactBucket {
    int64_t row = 0, key = 0;
    std::vector<double> values; // numeric rows
    int64_t count = 0;          // categorical rows: scores with the label
};

struct FactsPart {
    std::vector<FactBucket> buckets;
    Status status;
};

void scanFactsRange(Database &db, const std::string &sql, const HeatmapRequest &request, const std::string &param,
                    int64_t fromRowid, int64_t toRowid, FactsPart &part)
{
    const bool categorical = !request.categoricalScore.empty();
    Statement st(db, sql);
    if (!st.isValid()) {
        part.status = Status::failure(st.prepareError());
        return;
    }
    if (!param.empty())
        st.bind(1, param);
    st.bind(2, fromRowid);
    st.bind(3, toRowid);
    // (row key, column key) -> bucket. Keys are small dense ids (quality_keys rowids, days), so
    // per row key a flat table indexed by the column key is used; a hash map takes the rest.
    constexpr int64_t kFlatKeys = 1 << 22;
    std::vector<int64_t> rowKeys;
    std::vector<std::vector<int32_t>> flat;
    std::unordered_map<int64_t, std::unordered_map<int64_t, size_t>> sparse;
    FactBucket *last = nullptr;
    auto bucketFor = [&](int64_t row, int64_t key) -> FactBucket * {
        size_t r = 0;
        while (r < rowKeys.size() && rowKeys[r] != row)
            ++r;
        if (r == rowKeys.size()) {
            rowKeys.push_back(row);
            flat.emplace_back();
        }
        if (key >= 0 && key < kFlatKeys) {
            std::vector<int32_t> &table = flat[r];
            if (table.size() <= size_t(key))
                table.resize(std::max(size_t(key) + 1, table.size() * 2), -1);
            if (table[size_t(key)] < 0) {
                table[size_t(key)] = int32_t(part.buckets.size());
                part.buckets.push_back({ row, key, {}, 0 });
            }
            return &part.buckets[size_t(table[size_t(key)])];
        }
        auto [it, added] = sparse[row].try_emplace(key, part.buckets.size());
        if (added)
            part.buckets.push_back({ row, key, {}, 0 });
        return &part.buckets[it->second];
    };
    while (st.step()) {
        const int64_t row = st.int64(0);
        int64_t key = st.int64(1);
        if (request.grouping == QualityGrouping::Week)
            key = (key + 3) / 7;
        if (!last || last->row != row || last->key != key)
            last = bucketFor(row, key);
        ++last->count;
        if (!categorical)
            last->values.push_back(st.real(2));
    }
    if (!st.error().isEmpty())
        part.status = Status::failure(QStringLiteral("cannot read quality facts: %1").arg(st.error()));
}

Status scanFacts(Database &db, const HeatmapRequest &request, HeatmapScan &scan)
{
    const bool categorical = !request.categoricalScore.empty();
    const char *col = factsColumn(request.grouping);
    // Numeric and boolean facts and categorical ones live in separate tables (schema 10).
    const std::string table = categorical ? "quality_label_facts" : "quality_facts";
    std::string sql = std::string("SELECT ") + (categorical ? "label, " : "name, ") + col
        + (categorical ? ", 0" : ", value") + " FROM " + table + " WHERE rowid BETWEEN ?2 AND ?3 AND " + col
        + " IS NOT NULL";
    std::string param;
    if (categorical) {
        sql += " AND name = (SELECT id FROM quality_keys WHERE text = ?1)";
        param = request.categoricalScore;
    } else if (!request.scoreNames.empty()) {
        sql += " AND name IN (SELECT id FROM quality_keys WHERE text IN (SELECT value FROM json_each(?1)))";
        param = jsonStringArray(request.scoreNames);
    }
    int64_t first = 0, last = -1;
    {
        Statement range(db, "SELECT min(rowid), max(rowid) FROM " + table);
        if (range.step() && !range.isNull(0)) {
            first = range.int64(0);
            last = range.int64(1);
        }
    }
    FactsPart parts[2];
    Database second;
    if (last - first >= request.parallelFromRows && !db.path().isEmpty() && second.open(db.path(), Database::Mode::ReadOnly)) {
        const int64_t mid = first + (last - first) / 2;
        std::thread other([&] { scanFactsRange(second, sql, request, param, mid + 1, last, parts[1]); });
        scanFactsRange(db, sql, request, param, first, mid, parts[0]);
        other.join();
    } else {
        scanFactsRange(db, sql, request, param, first, last, parts[0]);
    }
    for (const FactsPart &p : parts)
        if (!p.status)
            return p.status;

    Statement keyText(db, "SELECT text FROM quality_keys WHERE id = ?1");
    if (!keyText.isValid())
        return Status::failure(keyText.prepareError());
    auto textOf = [&](int64_t id) {
        StatementReset done{ keyText };
        keyText.bind(1, id);
        return keyText.step() ? keyText.text(0) : std::string();
    };
    std::unordered_map<int64_t, uint32_t> rowIndex;
    // A key's columns: one, or one per member of a model / prompt-version set.
    std::unordered_map<int64_t, std::vector<size_t>> keyColumns;
    std::unordered_map<std::string, size_t> columnByText;
    auto columnNamed = [&](std::string key, const std::function<QualityColumn()> &make) {
        auto it = columnByText.find(key);
        if (it != columnByText.end())
            return it->second;
        ColumnAccumulator acc;
        acc.column = make();
        scan.columns.push_back(std::move(acc));
        return columnByText.emplace(std::move(key), scan.columns.size() - 1).first->second;
    };
    auto columnsOf = [&](int64_t key) -> const std::vector<size_t> & {
        auto it = keyColumns.find(key);
        if (it != keyColumns.end())
            return it->second;
        std::vector<size_t> cols;
        if (integerGrouping(request.grouping)) {
            cols.push_back(columnNamed(std::to_string(key), [&] { return timeColumn(request.grouping, key); }));
        } else {
            const std::string text = textOf(key);
            const bool prompt = request.grouping == QualityGrouping::PromptVersion;
            const bool model = request.grouping == QualityGrouping::Model;
            size_t from = 0;
            while (from <= text.size()) {
                size_t to = (prompt || model) ? text.find(prompt ? kFactsItemSeparator : kFactsFieldSeparator, from)
                                              : std::string::npos;
                if (to == std::string::npos)
                    to = text.size();
                std::string member = text.substr(from, to - from);
                if (prompt) {
                    const size_t sep = member.rfind(kFactsFieldSeparator);
                    if (sep != std::string::npos) {
                        const std::string name = member.substr(0, sep);
                        const int64_t version = std::stoll(member.substr(sep + 1));
                        cols.push_back(columnNamed(member, [&] { return promptColumn(name, version); }));
                    }
                } else {
                    cols.push_back(columnNamed(member, [&] {
                        QualityColumn c;
                        c.key = member;
                        return c;
                    }));
                }
                from = to + 1;
            }
        }
        return keyColumns.emplace(key, std::move(cols)).first->second;
    };
    for (FactsPart &p : parts) {
        for (FactBucket &b : p.buckets) {
            auto rit = rowIndex.find(b.row);
            if (rit == rowIndex.end()) {
                rit = rowIndex.emplace(b.row, uint32_t(scan.rowKeys.size())).first;
                scan.rowKeys.push_back(textOf(b.row));
            }
            for (size_t c : columnsOf(b.key))
                scan.add(c, rit->second, b.count, categorical ? nullptr : b.values.data());
        }
    }
    return Status::success();
}

// Rows in the order of rowsFirst, then the rest sorted by key; columns in time/version order, or by
// how many scores they hold; every cell summarised.
void assemble(const HeatmapRequest &request, HeatmapScan &scan, const std::vector<std::string> &rowsFirst,
              QualityHeatmap &out)
{
    const bool categorical = !request.categoricalScore.empty();
    std::vector<ColumnAccumulator> &columns = scan.columns;
    std::vector<uint32_t> rowOrder(scan.rowKeys.size());
    for (uint32_t i = 0; i < rowOrder.size(); ++i)
        rowOrder[i] = i;
    std::unordered_map<std::string_view, size_t> rank;
    for (const std::string &r : rowsFirst)
        rank.emplace(r, rank.size());
    auto rankOf = [&](uint32_t r) {
        const auto it = rank.find(scan.rowKeys[r]);
        return it == rank.end() ? rank.size() : it->second;
    };
    std::sort(rowOrder.begin(), rowOrder.end(), [&](uint32_t a, uint32_t b) {
        return std::make_pair(rankOf(a), std::string_view(scan.rowKeys[a]))
            < std::make_pair(rankOf(b), std::string_view(scan.rowKeys[b]));
    });
    std::vector<size_t> colOrder(columns.size());
    for (size_t i = 0; i < colOrder.size(); ++i)
        colOrder[i] = i;
    std::sort(colOrder.begin(), colOrder.end(), [&](size_t a, size_t b) {
        const QualityColumn &x = columns[a].column, &y = columns[b].column;
        if (integerGrouping(request.grouping))
            return x.fromNs < y.fromNs;
        if (request.grouping == QualityGrouping::PromptVersion)
            return std::tie(x.promptName, x.promptVersion) < std::tie(y.promptName, y.promptVersion);
        if (columns[a].total != columns[b].total)
            return columns[a].total > columns[b].total;
        return x.key < y.key;
    });
    for (uint32_t r : rowOrder)
        out.rows.push_back(scan.rowKeys[r]);
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
}

} // namespace

Status loadQualityHeatmap(Database &db, const HeatmapRequest &request, QualityHeatmap &out)
{
    out = QualityHeatmap();
    out.grouping = request.grouping;
    out.categoricalScore = request.categoricalScore;
    HeatmapScan scan;
    QElapsedTimer timer;
    timer.start();
    const bool facts = request.useFacts && qualityFactsReady(db);
    if (Status s = facts ? scanFacts(db, request, scan) : scanJoin(db, request, scan); !s)
        return s;
    const qint64 scanNs = timer.nsecsElapsed();
    // Score configs (store/scoreconfigs.h): a categorical score's configured categories lead its
    // rows in the config's order; a numeric row is coloured on its config's [min, max].
    const std::unordered_map<std::string, ScoreConfig> configs = scoreConfigsByName(db);
    std::vector<std::string> rowsFirst;
    if (const auto it = configs.find(request.categoricalScore); !request.categoricalScore.empty() && it != configs.end())
        for (const auto &[value, label] : it->second.categories)
            rowsFirst.push_back(label);
    assemble(request, scan, rowsFirst, out);
    out.rowRanges.assign(out.rows.size(), {NAN, NAN});
    for (size_t r = 0; r < out.rows.size() && request.categoricalScore.empty(); ++r) {
        const auto it = configs.find(out.rows[r]);
        if (it != configs.end() && it->second.minValue && it->second.maxValue && *it->second.maxValue > *it->second.minValue)
            out.rowRanges[r] = {*it->second.minValue, *it->second.maxValue};
    }
    qCDebug(lcQuality) << "heatmap" << qualityGroupingName(request.grouping) << (facts ? "from facts" : "by join")
                       << out.rows.size() << "rows" << out.columns.size() << "columns; read in" << scanNs / 1000000
                       << "ms, summarised in" << (timer.nsecsElapsed() - scanNs) / 1000000 << "ms";
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
