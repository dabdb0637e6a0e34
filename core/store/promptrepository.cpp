#include "store/promptrepository.h"

#include <string>

namespace spanscope::store {

namespace {

const char kStoredPrompts[] = R"SQL(
SELECT name, version, type, body, config, labels, tags, created_at_ns FROM prompts ORDER BY name, version
)SQL";

// Covered by observations_by_prompt (004_prompts.sql).
const char kPromptUsage[] = R"SQL(
SELECT prompt_name, prompt_version, count(*), min(start_ns), max(start_ns) FROM observations
WHERE prompt_name IS NOT NULL AND prompt_version IS NOT NULL
GROUP BY prompt_name, prompt_version ORDER BY prompt_name, prompt_version
)SQL";

const char kFirstInput[] = R"SQL(
SELECT input FROM observations
WHERE prompt_name = ?1 AND prompt_version = ?2 AND input IS NOT NULL
ORDER BY start_ns LIMIT 1
)SQL";

const char kTemplateCalls[] = R"SQL(
SELECT o.rowid, o.name, o.start_ns, a.value,
  (SELECT v.value FROM attributes v WHERE v.trace_id = a.trace_id AND v.observation_id = a.observation_id
     AND v.key = 'llm.prompt_template.version'),
  o.prompt_version
FROM attributes a JOIN observations o ON o.trace_id = a.trace_id AND o.id = a.observation_id
WHERE a.key = 'llm.prompt_template.template'
ORDER BY o.start_ns, o.rowid
)SQL";

// Uses observations_unlinked_generations (004_prompts.sql).
const char kUnlinked[] = R"SQL(
SELECT o.rowid, t.name, o.name, o.start_ns, o.input
FROM observations o LEFT JOIN traces t ON t.id = o.trace_id
WHERE o.type = 'GENERATION' AND o.prompt_name IS NULL AND o.input IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM attributes a WHERE a.trace_id = o.trace_id AND a.observation_id = o.id
                    AND a.key = 'llm.prompt_template.template')
ORDER BY o.start_ns, o.rowid
)SQL";

const char kModels[] = R"SQL(
SELECT model, count(*) FROM observations WHERE model IS NOT NULL AND type = 'GENERATION'
GROUP BY model ORDER BY count(*) DESC, model
)SQL";

// The WHERE clause of each selector kind; ?1 (and ?2) are bound by bindSelector().
std::string selectorWhere(CallSelector::Kind kind)
{
    switch (kind) {
    case CallSelector::Kind::PromptVersion:
        return "o.prompt_name = ?1 AND o.prompt_version = ?2";
    case CallSelector::Kind::Model:
        return "o.model = ?1 AND o.type = 'GENERATION'";
    case CallSelector::Kind::Observations:
        return "o.rowid IN (SELECT value FROM json_each(?1))";
    }
    return "0";
}

void bindSelector(Statement &st, const CallSelector &s)
{
    switch (s.kind) {
    case CallSelector::Kind::PromptVersion:
        st.bind(1, s.name);
        st.bind(2, s.version);
        break;
    case CallSelector::Kind::Model:
        st.bind(1, s.name);
        break;
    case CallSelector::Kind::Observations: {
        std::string ids = "[";
        for (size_t i = 0; i < s.rowids.size(); ++i) {
            if (i)
                ids += ',';
            ids += std::to_string(s.rowids[i]);
        }
        ids += ']';
        st.bind(1, ids);
        break;
    }
    }
}

Status failed(const Statement &st, const char *what)
{
    return Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(what), st.error()));
}

} // namespace

CallSelector CallSelector::promptVersion(std::string name, int64_t version)
{
    CallSelector s;
    s.kind = Kind::PromptVersion;
    s.name = std::move(name);
    s.version = version;
    return s;
}

CallSelector CallSelector::observations(std::vector<int64_t> rowids)
{
    CallSelector s;
    s.kind = Kind::Observations;
    s.rowids = std::move(rowids);
    return s;
}

CallSelector CallSelector::model(std::string name)
{
    CallSelector s;
    s.kind = Kind::Model;
    s.name = std::move(name);
    return s;
}

Status loadStoredPrompts(Database &db, std::vector<StoredPromptRow> &out)
{
    Statement st(db, kStoredPrompts);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step()) {
        StoredPromptRow r;
        r.name = st.text(0);
        r.version = st.int64(1);
        r.type = st.optText(2);
        r.bodyJson = st.optText(3);
        r.configJson = st.optText(4);
        r.labelsJson = st.optText(5);
        r.tagsJson = st.optText(6);
        r.createdAtNs = st.optInt64(7);
        out.push_back(std::move(r));
    }
    return st.error().isEmpty() ? Status::success() : failed(st, "prompts");
}

Status loadPromptUsage(Database &db, std::vector<PromptUsageRow> &out)
{
    Statement st(db, kPromptUsage);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2), st.optInt64(3), st.optInt64(4)});
    return st.error().isEmpty() ? Status::success() : failed(st, "prompt usage");
}

Status loadFirstInput(Database &db, const std::string &name, int64_t version, std::optional<std::string> &input)
{
    Statement st(db, kFirstInput);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    st.bind(1, name);
    st.bind(2, version);
    input.reset();
    if (st.step())
        input = st.optText(0);
    return st.error().isEmpty() ? Status::success() : failed(st, "prompt input");
}

Status loadTemplateCalls(Database &db, std::vector<TemplateCallRow> &out)
{
    Statement st(db, kTemplateCalls);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step()) {
        TemplateCallRow r;
        r.rowid = st.int64(0);
        r.observationName = st.optText(1).value_or(std::string());
        r.startNs = st.optInt64(2);
        r.templateJson = st.text(3);
        r.versionJson = st.optText(4);
        r.version = st.optInt64(5);
        out.push_back(std::move(r));
    }
    return st.error().isEmpty() ? Status::success() : failed(st, "prompt templates");
}

Status forEachUnlinkedGeneration(Database &db, const std::function<bool(UnlinkedGenerationRow &&)> &fn)
{
    Statement st(db, kUnlinked);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step()) {
        UnlinkedGenerationRow r;
        r.rowid = st.int64(0);
        r.traceName = st.optText(1).value_or(std::string());
        r.observationName = st.optText(2).value_or(std::string());
        r.startNs = st.optInt64(3);
        r.inputJson = st.text(4);
        if (!fn(std::move(r)))
            return Status::success();
    }
    return st.error().isEmpty() ? Status::success() : failed(st, "generations");
}

Status loadCalls(Database &db, const CallSelector &selector, CallSet &out)
{
    const std::string where = selectorWhere(selector.kind);
    Statement calls(db, "SELECT o.rowid, o.trace_id, o.id, o.start_ns, o.end_ns, o.input_tokens, o.output_tokens, "
                        "o.total_tokens, COALESCE(o.cost_provided, o.cost_computed), o.level = 'ERROR' "
                        "FROM observations o WHERE "
            + where + " ORDER BY o.start_ns, o.rowid");
    if (!calls.isValid())
        return Status::failure(calls.prepareError());
    bindSelector(calls, selector);
    while (calls.step()) {
        CallSample c;
        c.rowid = calls.int64(0);
        c.traceId = calls.text(1);
        c.observationId = calls.text(2);
        c.startNs = calls.optInt64(3);
        if (const auto end = calls.optInt64(4); end && c.startNs)
            c.latencyMs = double(*end - *c.startNs) / 1e6;
        c.inputTokens = calls.optInt64(5);
        c.outputTokens = calls.optInt64(6);
        c.totalTokens = calls.optInt64(7);
        c.cost = calls.optReal(8);
        c.error = !calls.isNull(9) && calls.int64(9) != 0;
        out.calls.push_back(std::move(c));
    }
    if (!calls.error().isEmpty())
        return failed(calls, "calls");

    // Scores on the calls, and trace-level scores of their traces (each score row once).
    Statement scores(db, "WITH calls AS MATERIALIZED (SELECT o.trace_id, o.id FROM observations o WHERE " + where
            + ") SELECT s.name, s.value FROM scores s "
              "WHERE s.value IS NOT NULL AND s.data_type IN ('NUMERIC', 'BOOLEAN') "
              "AND s.trace_id IN (SELECT trace_id FROM calls) "
              "AND (s.observation_id IS NULL OR s.observation_id = '' "
              "     OR (s.trace_id, s.observation_id) IN (SELECT trace_id, id FROM calls))");
    if (!scores.isValid())
        return Status::failure(scores.prepareError());
    bindSelector(scores, selector);
    while (scores.step())
        out.scores[scores.text(0)].push_back(scores.real(1));
    return scores.error().isEmpty() ? Status::success() : failed(scores, "scores");
}

Status loadModels(Database &db, std::vector<std::pair<std::string, int64_t>> &out)
{
    Statement st(db, kModels);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    while (st.step())
        out.emplace_back(st.text(0), st.int64(1));
    return st.error().isEmpty() ? Status::success() : failed(st, "models");
}

} // namespace spanscope::store
