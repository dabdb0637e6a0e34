// Derives quality_facts and quality_label_facts rows: scores in trace-id order joined to the trace's grouping columns, and
// merged (in the same order) with the trace's distinct models and prompt versions, so no lookup per
// score is needed. The scope is every trace or the trace ids in temp.quality_refresh.

#include "store/qualityfacts.h"

#include <QLoggingCategory>

#include <unordered_map>

#include "store/costrollup.h"

Q_LOGGING_CATEGORY(lcQualityFacts, "spanscope.quality.facts")

namespace spanscope::store {

namespace {

// A partial refresh costs a few index lookups per trace; a rebuild one pass over every score.
constexpr size_t kRebuildMinTraces = 2000;

const char kScope[] = " AND {T} IN (SELECT trace_id FROM temp.quality_refresh)";

// Scores the heatmap can use, with their trace's grouping columns, in trace-id order.
const char kScores[] = R"SQL(
SELECT s.trace_id, t.rowid, t.timestamp_ns, t.name, t.user_id, t.environment, t.release,
       s.name, s.data_type, s.value, s.string_value
FROM scores s{NOTINDEXED} JOIN traces t INDEXED BY traces_quality_cover ON t.id = s.trace_id
WHERE s.trace_id IS NOT NULL
  AND ((s.data_type IN ('NUMERIC', 'BOOLEAN') AND s.value IS NOT NULL)
       OR (s.data_type = 'CATEGORICAL' AND s.string_value IS NOT NULL)){SCOPE}
ORDER BY s.trace_id)SQL";

const char kModels[] = R"SQL(
SELECT trace_id, model FROM observations WHERE model IS NOT NULL{SCOPE}
GROUP BY trace_id, model ORDER BY trace_id, model)SQL";

const char kPrompts[] = R"SQL(
SELECT trace_id, prompt_name, prompt_version FROM observations
WHERE prompt_name IS NOT NULL AND prompt_version IS NOT NULL{SCOPE}
GROUP BY trace_id, prompt_name, prompt_version ORDER BY trace_id, prompt_name, prompt_version)SQL";

// Numeric and boolean scores go to quality_facts, categorical ones to quality_label_facts (schema
// 10); the grouping columns are parameters 3..10 of both.
const char kInsert[] = R"SQL(
INSERT INTO quality_facts(name, type, day, trace_name, user_id, environment, release, models, prompts,
                          trace_rowid, value)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))SQL";

const char kInsertLabel[] = R"SQL(
INSERT INTO quality_label_facts(name, label, day, trace_name, user_id, environment, release, models,
                                prompts, trace_rowid)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))SQL";

const char *const kFactTables[] = {"quality_facts", "quality_label_facts"};

std::string withScope(const char *sql, bool scoped, const char *column)
{
    std::string s(sql);
    std::string scope;
    if (scoped) {
        scope = kScope;
        scope.replace(scope.find("{T}"), 3, column);
    }
    s.replace(s.find("{SCOPE}"), 7, scope);
    return s;
}

// Interns strings into quality_keys.
class KeyTable {
public:
    explicit KeyTable(Database &db)
        : m_insert(db, "INSERT INTO quality_keys(text) VALUES (?1) RETURNING id")
    {
        Statement all(db, "SELECT id, text FROM quality_keys");
        while (all.step())
            m_ids.emplace(all.text(1), all.int64(0));
        if (!all.error().isEmpty())
            m_error = all.error();
        if (!m_insert.isValid())
            m_error = m_insert.prepareError();
    }
    const QString &error() const { return m_error; }

    int64_t id(std::string_view text)
    {
        auto it = m_ids.find(std::string(text));
        if (it != m_ids.end())
            return it->second;
        m_insert.reset();
        m_insert.bind(1, text);
        int64_t id = -1;
        if (m_insert.step())
            id = m_insert.int64(0);
        else if (m_error.isEmpty())
            m_error = QStringLiteral("cannot add a quality key: %1").arg(m_insert.error());
        m_insert.reset();
        m_ids.emplace(std::string(text), id);
        return id;
    }

private:
    Statement m_insert;
    std::unordered_map<std::string, int64_t> m_ids;
    QString m_error;
};

// Walks a (trace_id, ...) cursor in step with the scores and joins each trace's members into one
// set key ("" when the trace has none).
class SetCursor {
public:
    SetCursor(Database &db, const std::string &sql, bool prompt)
        : m_st(db, sql)
        , m_prompt(prompt)
    {
        m_more = m_st.isValid() && m_st.step();
    }
    const Statement &statement() const { return m_st; }

    const std::string &setFor(std::string_view traceId)
    {
        if (traceId == m_trace)
            return m_set;
        m_trace.assign(traceId);
        m_set.clear();
        while (m_more && m_st.textView(0) < traceId)
            m_more = m_st.step();
        while (m_more && m_st.textView(0) == traceId) {
            if (!m_set.empty())
                m_set += m_prompt ? kFactsItemSeparator : kFactsFieldSeparator;
            m_set += m_st.textView(1);
            if (m_prompt) {
                m_set += kFactsFieldSeparator;
                m_set += std::to_string(m_st.int64(2));
            }
            m_more = m_st.step();
        }
        return m_set;
    }

private:
    Statement m_st;
    bool m_prompt = false;
    bool m_more = false;
    std::string m_trace, m_set;
};

Status derive(Database &db, bool scoped, const std::function<bool(int64_t)> &progress)
{
    for (const char *table : kFactTables)
        if (Status s = db.exec(scoped ? std::string("DELETE FROM ") + table + " WHERE trace_rowid IN (SELECT t.rowid FROM "
                                            "temp.quality_refresh r JOIN traces t ON t.id = r.trace_id)"
                                      : std::string("DELETE FROM ") + table);
            !s)
            return s;
    KeyTable keys(db);
    SetCursor models(db, withScope(kModels, scoped, "trace_id"), false);
    SetCursor prompts(db, withScope(kPrompts, scoped, "trace_id"), true);
    // All scores: read the table in its own order and sort, rather than walk scores_by_trace with
    // a random lookup of the score row for each entry (2-3x slower at a million scores).
    std::string scoresSql = withScope(kScores, scoped, "s.trace_id");
    scoresSql.replace(scoresSql.find("{NOTINDEXED}"), 12, scoped ? "" : " NOT INDEXED");
    Statement scores(db, scoresSql);
    Statement numericInsert(db, kInsert), labelInsert(db, kInsertLabel);
    for (const Statement *st : std::initializer_list<const Statement *>{ &models.statement(), &prompts.statement(), &scores,
                                                                          &numericInsert, &labelInsert })
        if (!st->isValid())
            return Status::failure(QStringLiteral("cannot derive quality facts: %1").arg(st->prepareError()));
    if (!keys.error().isEmpty())
        return Status::failure(keys.error());
    auto optionalKey = [&](Statement &insert, int col, int param) {
        if (scores.isNull(col))
            insert.bindNull(param);
        else
            insert.bind(param, keys.id(scores.textView(col)));
    };
    int64_t written = 0;
    while (scores.step()) {
        const std::string_view traceId = scores.textView(0);
        const std::string &modelSet = models.setFor(traceId);
        const std::string &promptSet = prompts.setFor(traceId);
        const std::string_view type = scores.textView(8);
        const bool categorical = type == "CATEGORICAL";
        Statement &insert = categorical ? labelInsert : numericInsert;
        insert.reset();
        insert.bind(1, keys.id(scores.textView(7)));
        if (categorical) {
            insert.bind(2, keys.id(scores.textView(10)));
        } else {
            insert.bind(2, int64_t(type == "BOOLEAN" ? 1 : 0));
            insert.bind(11, scores.real(9));
        }
        if (scores.isNull(2))
            insert.bindNull(3);
        else
            insert.bind(3, scores.int64(2) / kDayNs); // truncates like SQL's integer division
        optionalKey(insert, 3, 4);
        optionalKey(insert, 4, 5);
        optionalKey(insert, 5, 6);
        optionalKey(insert, 6, 7);
        if (modelSet.empty())
            insert.bindNull(8);
        else
            insert.bind(8, keys.id(modelSet));
        if (promptSet.empty())
            insert.bindNull(9);
        else
            insert.bind(9, keys.id(promptSet));
        insert.bind(10, scores.int64(1));
        if (!insert.run())
            return Status::failure(QStringLiteral("cannot write quality facts: %1").arg(insert.error()));
        if (!keys.error().isEmpty())
            return Status::failure(keys.error());
        if ((++written & 0xffff) == 0 && progress && !progress(written))
            return Status::failure(QStringLiteral("cancelled"));
    }
    for (const Statement *st : std::initializer_list<const Statement *>{ &scores, &models.statement(), &prompts.statement() })
        if (st->failed())
            return Status::failure(QStringLiteral("cannot read scores for quality facts: %1").arg(st->error()));
    qCDebug(lcQualityFacts) << (scoped ? "refreshed" : "rebuilt") << written << "quality facts";
    return Status::success();
}

} // namespace

Status rebuildQualityFacts(Database &db, const std::function<bool(int64_t)> &progress)
{
    // Rows arrive in trace-id order, not trace-rowid order: the index is built once afterwards (a
    // sort) rather than updated at random for every row. SQLite refuses the drop while another
    // statement of this connection is reading; the index is then kept and updated row by row.
    bool dropped[2];
    for (int i = 0; i < 2; ++i)
        dropped[i] = db.exec(std::string("DROP INDEX IF EXISTS ") + kFactTables[i] + "_by_trace").ok;
    if (Status s = derive(db, false, progress); !s)
        return s;
    for (int i = 0; i < 2; ++i)
        if (dropped[i])
            if (Status s = db.exec(std::string("CREATE INDEX IF NOT EXISTS ") + kFactTables[i] + "_by_trace ON "
                                   + kFactTables[i] + "(trace_rowid)");
                !s)
                return s;
    return db.exec("UPDATE quality_facts_state SET stale = 0");
}

Status refreshQualityFacts(Database &db, const std::vector<std::string> &traceIds, bool *rebuilt)
{
    if (rebuilt)
        *rebuilt = false;
    if (traceIds.empty())
        return Status::success();
    int64_t traces = 0;
    {
        Statement count(db, "SELECT count(*) FROM traces");
        if (count.step())
            traces = count.int64(0);
    }
    if (qualityFactsStale(db) || (traceIds.size() >= kRebuildMinTraces && int64_t(traceIds.size()) * 4 >= traces)) {
        if (rebuilt)
            *rebuilt = true;
        return rebuildQualityFacts(db);
    }
    if (Status s = db.exec("CREATE TEMP TABLE IF NOT EXISTS quality_refresh(trace_id TEXT PRIMARY KEY) WITHOUT ROWID;"
                           "DELETE FROM temp.quality_refresh");
        !s)
        return s;
    {
        Statement add(db, "INSERT OR IGNORE INTO temp.quality_refresh(trace_id) VALUES (?1)");
        for (const std::string &id : traceIds) {
            add.reset();
            add.bind(1, id);
            if (!add.run())
                return Status::failure(QStringLiteral("cannot list traces for quality facts: %1").arg(add.error()));
        }
    }
    Status s = derive(db, true, {});
    if (Status cleared = db.exec("DELETE FROM temp.quality_refresh"); s && !cleared)
        s = cleared;
    return s;
}

bool qualityFactsStale(Database &db)
{
    Statement st(db, "SELECT stale FROM quality_facts_state WHERE id = 1");
    return st.isValid() && st.step() && st.int64(0) != 0;
}

bool qualityFactsReady(Database &db)
{
    if (db.userVersion() < 10)
        return false;
    Statement st(db, "SELECT stale FROM quality_facts_state WHERE id = 1");
    return st.isValid() && st.step() && st.int64(0) == 0;
}

Status markQualityFactsStale(Database &db)
{
    return db.exec("UPDATE quality_facts_state SET stale = 1");
}

} // namespace spanscope::store
