#include "store/tracewriter.h"

#include <nlohmann/json.hpp>

namespace spanscope::store {

namespace {

const char kUpsertSource[] = R"SQL(
INSERT INTO sources(kind, uri, format, fingerprint, size_bytes, started_ns)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT(uri, fingerprint) DO UPDATE SET
  import_count = import_count + 1, started_ns = excluded.started_ns, format = excluded.format
RETURNING id)SQL";

const char kFinishSource[] = R"SQL(
UPDATE sources SET finished_ns = ?2, traces = ?3, observations = ?4, scores = ?5, skipped = ?6,
  status = CASE WHEN ?6 > 0 THEN 'partial' ELSE 'ok' END
WHERE id = ?1)SQL";

// The trace upsert. A later record fills in what it has and keeps the rest; `source_id` stays the
// first import's.
const char kTraceInsert[] = R"SQL(
INSERT INTO traces(id, source_id, name, timestamp_ns, user_id, session_id, release, version,
                   environment, tags, metadata, input, output)SQL";
const char kTraceMerge[] = R"SQL(
  source_id = COALESCE(source_id, excluded.source_id),
  user_id = COALESCE(excluded.user_id, user_id),
  session_id = COALESCE(excluded.session_id, session_id),
  release = COALESCE(excluded.release, release),
  version = COALESCE(excluded.version, version),
  environment = COALESCE(excluded.environment, environment),
  tags = COALESCE(excluded.tags, tags),
  metadata = COALESCE(excluded.metadata, metadata),
  input = COALESCE(excluded.input, input),
  output = COALESCE(excluded.output, output))SQL";
const std::string kTrace = std::string(kTraceInsert) + R"SQL()
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT(id) DO UPDATE SET
  name = COALESCE(excluded.name, name),
  timestamp_ns = COALESCE(excluded.timestamp_ns, timestamp_ns),)SQL" + kTraceMerge;
// The same upsert with the derived columns of a trace summed in memory (what kAggregates sets), so
// the row and its sort indexes are written once: the name and time fall back to the first
// observation's (?26) and the earliest start (?14).
const std::string kTraceWithTotals = std::string(kTraceInsert) + R"SQL(,
                   start_ns, end_ns, observation_count, error_count, input_tokens, output_tokens,
                   total_tokens, cost_provided, cost_computed, cost, unpriced_count, flags, latency_ns)
VALUES (?1, ?2, COALESCE(?3, ?26), COALESCE(?4, ?14), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
        ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?15 - ?14)
ON CONFLICT(id) DO UPDATE SET
  name = COALESCE(?3, name, ?26),
  timestamp_ns = COALESCE(?4, timestamp_ns, ?14),
  start_ns = ?14, end_ns = ?15, observation_count = ?16, error_count = ?17, input_tokens = ?18,
  output_tokens = ?19, total_tokens = ?20, cost_provided = ?21, cost_computed = ?22, cost = ?23,
  unpriced_count = ?24, flags = ?25, latency_ns = ?15 - ?14,)SQL" + kTraceMerge;

const char kObservation[] = R"SQL(
INSERT INTO observations(trace_id, id, parent_id, orig_parent_id, source_id, type, name, start_ns,
  end_ns, completion_start_ns, level, status_message, model, provider, model_parameters, input,
  output, metadata, prompt_name, prompt_version, input_tokens, output_tokens, total_tokens,
  cache_read_tokens, cache_write_tokens, reasoning_tokens, usage_details, cost_provided,
  cost_provided_details, cost_computed, cost_computed_details, price_model_id, unpriced, depth,
  preorder, flags)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
  ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)
ON CONFLICT(trace_id, id) DO UPDATE SET
  parent_id = excluded.parent_id, orig_parent_id = excluded.orig_parent_id,
  source_id = COALESCE(source_id, excluded.source_id), type = excluded.type,
  name = COALESCE(excluded.name, name), start_ns = COALESCE(excluded.start_ns, start_ns),
  end_ns = COALESCE(excluded.end_ns, end_ns),
  completion_start_ns = COALESCE(excluded.completion_start_ns, completion_start_ns),
  level = COALESCE(excluded.level, level), status_message = COALESCE(excluded.status_message, status_message),
  model = COALESCE(excluded.model, model), provider = COALESCE(excluded.provider, provider),
  model_parameters = COALESCE(excluded.model_parameters, model_parameters),
  input = COALESCE(excluded.input, input), output = COALESCE(excluded.output, output),
  metadata = COALESCE(excluded.metadata, metadata),
  prompt_name = COALESCE(excluded.prompt_name, prompt_name),
  prompt_version = COALESCE(excluded.prompt_version, prompt_version),
  input_tokens = COALESCE(excluded.input_tokens, input_tokens),
  output_tokens = COALESCE(excluded.output_tokens, output_tokens),
  total_tokens = COALESCE(excluded.total_tokens, total_tokens),
  cache_read_tokens = COALESCE(excluded.cache_read_tokens, cache_read_tokens),
  cache_write_tokens = COALESCE(excluded.cache_write_tokens, cache_write_tokens),
  reasoning_tokens = COALESCE(excluded.reasoning_tokens, reasoning_tokens),
  usage_details = COALESCE(excluded.usage_details, usage_details),
  cost_provided = COALESCE(excluded.cost_provided, cost_provided),
  cost_provided_details = COALESCE(excluded.cost_provided_details, cost_provided_details),
  cost_computed = excluded.cost_computed, cost_computed_details = excluded.cost_computed_details,
  price_model_id = excluded.price_model_id, unpriced = excluded.unpriced,
  depth = excluded.depth, preorder = excluded.preorder, flags = excluded.flags)SQL";

const char kScore[] = R"SQL(
INSERT OR REPLACE INTO scores(id, trace_id, observation_id, session_id, source_id, name, data_type,
  value, string_value, source, comment, timestamp_ns, config_id, metadata)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))SQL";

const char kAttribute[] = R"SQL(
INSERT OR REPLACE INTO attributes(trace_id, observation_id, key, value) VALUES (?1, ?2, ?3, ?4))SQL";

const char kPrompt[] = R"SQL(
INSERT OR REPLACE INTO prompts(name, version, type, body, config, labels, tags, created_at_ns, source_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))SQL";

const char kAggregates[] = R"SQL(
UPDATE traces SET
  (start_ns, end_ns, observation_count, error_count, input_tokens, output_tokens, total_tokens,
   cost_provided, cost_computed, cost, unpriced_count, flags) =
  (SELECT min(start_ns), max(COALESCE(end_ns, start_ns)), count(*),
          COALESCE(sum(level = 'ERROR'), 0), COALESCE(sum(input_tokens), 0),
          COALESCE(sum(output_tokens), 0), COALESCE(sum(total_tokens), 0),
          sum(cost_provided), sum(cost_computed), sum(COALESCE(cost_provided, cost_computed)),
          COALESCE(sum(unpriced), 0),
          COALESCE(max(flags & 1) | max(flags & 2) | max(flags & 4) | max(flags & 8), 0)
     FROM observations WHERE trace_id = ?1)
WHERE id = ?1;
)SQL";

const char kAggregatesTail[] = R"SQL(
UPDATE traces SET
  latency_ns = end_ns - start_ns,
  timestamp_ns = COALESCE(timestamp_ns, start_ns),
  name = COALESCE(name, (SELECT name FROM observations WHERE trace_id = ?1 ORDER BY preorder LIMIT 1))
WHERE id = ?1)SQL";

} // namespace

std::string detailsJson(const std::map<std::string, int64_t> &m)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto &[k, v] : m)
        j[k] = v;
    return j.dump();
}

std::string detailsJson(const std::map<std::string, double> &m)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto &[k, v] : m)
        j[k] = v;
    return j.dump();
}

TraceWriter::TraceWriter(Database &db)
    : m_db(db),
      m_upsertSource(db, kUpsertSource),
      m_finishSource(db, kFinishSource),
      m_clearLog(db, "DELETE FROM import_log WHERE source_id = ?1"),
      m_logProblem(db, "INSERT INTO import_log(source_id, line, byte_offset, kind, message, excerpt) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      m_trace(db, kTrace),
      m_traceWithTotals(db, kTraceWithTotals),
      m_observation(db, kObservation),
      m_score(db, kScore),
      m_attribute(db, kAttribute),
      m_prompt(db, kPrompt),
      m_hasObservations(db, "SELECT 1 FROM observations WHERE trace_id = ?1 LIMIT 1"),
      m_traceExists(db, "SELECT 1 FROM traces WHERE id = ?1"),
      m_loadTree(db, "SELECT rowid, id, COALESCE(orig_parent_id, parent_id), start_ns, flags "
                     "FROM observations WHERE trace_id = ?1"),
      m_updateTree(db, "UPDATE observations SET parent_id = ?2, orig_parent_id = ?3, depth = ?4, "
                       "preorder = ?5, flags = ?6 WHERE rowid = ?1"),
      m_aggregates(db, kAggregates)
{
    for (Statement *st : {&m_upsertSource, &m_finishSource, &m_clearLog, &m_logProblem, &m_trace, &m_traceWithTotals, &m_observation,
                          &m_score, &m_attribute, &m_prompt, &m_hasObservations, &m_traceExists, &m_loadTree, &m_updateTree,
                          &m_aggregates}) {
        if (!st->isValid()) {
            m_status = Status::failure(QStringLiteral("cannot prepare a write statement: %1").arg(st->prepareError()));
            break;
        }
    }
}

Status TraceWriter::check(Statement &st, const char *what)
{
    if (st.run())
        return Status::success();
    return Status::failure(QStringLiteral("cannot write %1: %2").arg(QLatin1String(what), st.error()));
}

int64_t TraceWriter::upsertSource(const std::string &kind, const std::string &uri, const std::string &format,
                                  const std::string &fingerprint, int64_t sizeBytes, int64_t startedNs)
{
    Statement &st = m_upsertSource;
    st.bind(1, kind);
    st.bind(2, uri);
    st.bind(3, format);
    st.bind(4, fingerprint);
    st.bind(5, sizeBytes);
    st.bind(6, startedNs);
    int64_t id = -1;
    if (st.step())
        id = st.int64(0);
    st.reset();
    return id;
}

Status TraceWriter::finishSource(int64_t sourceId, int64_t finishedNs, int64_t traces, int64_t observations,
                                 int64_t scores, int64_t skipped)
{
    Statement &st = m_finishSource;
    st.bind(1, sourceId);
    st.bind(2, finishedNs);
    st.bind(3, traces);
    st.bind(4, observations);
    st.bind(5, scores);
    st.bind(6, skipped);
    return check(st, "source");
}

Status TraceWriter::clearImportLog(int64_t sourceId)
{
    m_clearLog.bind(1, sourceId);
    return check(m_clearLog, "import log");
}

Status TraceWriter::logProblem(int64_t sourceId, const ImportProblem &p)
{
    Statement &st = m_logProblem;
    st.bind(1, sourceId);
    if (p.line > 0)
        st.bind(2, p.line);
    else
        st.bindNull(2);
    st.bind(3, p.byteOffset);
    st.bindStatic(4, p.kind);
    st.bindStatic(5, p.message);
    st.bindStatic(6, p.excerpt);
    return check(st, "import log");
}

Status TraceWriter::writeTrace(const TraceRecord &t, int64_t sourceId, const TraceTotals *totals)
{
    Statement &st = totals ? m_traceWithTotals : m_trace;
    st.bindStatic(1, t.id);
    st.bind(2, sourceId);
    st.bind(3, t.name);
    st.bind(4, t.timestampNs);
    st.bind(5, t.userId);
    st.bind(6, t.sessionId);
    st.bind(7, t.release);
    st.bind(8, t.version);
    st.bind(9, t.environment);
    st.bind(10, t.tagsJson);
    st.bind(11, t.metadataJson);
    st.bind(12, t.inputJson);
    st.bind(13, t.outputJson);
    if (totals)
        bindTotals(st, 14, *totals);
    return check(st, "trace");
}

Status TraceWriter::writeObservation(const ObservationRecord &o, int64_t sourceId)
{
    Statement &st = m_observation;
    st.bindStatic(1, o.traceId);
    st.bindStatic(2, o.id);
    st.bind(3, o.parentId);
    st.bind(4, o.origParentId);
    st.bind(5, sourceId);
    st.bindStatic(6, o.type);
    st.bind(7, o.name);
    st.bind(8, o.startNs);
    st.bind(9, o.endNs);
    st.bind(10, o.completionStartNs);
    st.bind(11, o.level);
    st.bind(12, o.statusMessage);
    st.bind(13, o.model);
    st.bind(14, o.provider);
    st.bind(15, o.modelParametersJson);
    st.bind(16, o.inputJson);
    st.bind(17, o.outputJson);
    st.bind(18, o.metadataJson);
    st.bind(19, o.promptName);
    st.bind(20, o.promptVersion);
    st.bind(21, o.usage.input);
    st.bind(22, o.usage.output);
    st.bind(23, o.usage.total);
    st.bind(24, o.usage.cacheRead);
    st.bind(25, o.usage.cacheWrite);
    st.bind(26, o.usage.reasoning);
    std::string usage, provided, computed;
    if (!o.usage.details.empty()) {
        usage = detailsJson(o.usage.details);
        st.bindStatic(27, usage);
    } else {
        st.bindNull(27);
    }
    st.bind(28, o.costProvided);
    if (!o.costProvidedDetails.empty()) {
        provided = detailsJson(o.costProvidedDetails);
        st.bindStatic(29, provided);
    } else {
        st.bindNull(29);
    }
    st.bind(30, o.costComputed);
    if (o.costComputed && !o.costComputedDetails.empty()) {
        computed = detailsJson(o.costComputedDetails);
        st.bindStatic(31, computed);
    } else {
        st.bindNull(31);
    }
    st.bind(32, o.priceModelId);
    st.bind(33, int64_t(o.unpriced ? 1 : 0));
    st.bind(34, int64_t(o.depth));
    st.bind(35, int64_t(o.preorder));
    st.bind(36, int64_t(o.flags));
    return check(st, "observation");
}

Status TraceWriter::writeScore(const ScoreRecord &s, int64_t sourceId)
{
    Statement &st = m_score;
    st.bindStatic(1, s.id);
    st.bind(2, s.traceId);
    st.bind(3, s.observationId);
    st.bind(4, s.sessionId);
    st.bind(5, sourceId);
    st.bindStatic(6, s.name);
    st.bindStatic(7, s.dataType);
    st.bind(8, s.value);
    st.bind(9, s.stringValue);
    st.bind(10, s.source);
    st.bind(11, s.comment);
    st.bind(12, s.timestampNs);
    st.bind(13, s.configId);
    st.bind(14, s.metadataJson);
    return check(st, "score");
}

Status TraceWriter::writeAttribute(const AttributeRecord &a)
{
    Statement &st = m_attribute;
    st.bindStatic(1, a.traceId);
    st.bindStatic(2, a.observationId);
    st.bindStatic(3, a.key);
    st.bindStatic(4, a.valueJson);
    return check(st, "attribute");
}

Status TraceWriter::writePrompt(const PromptRecord &p, int64_t sourceId)
{
    Statement &st = m_prompt;
    st.bindStatic(1, p.name);
    st.bind(2, p.version);
    st.bind(3, p.type);
    st.bind(4, p.bodyJson);
    st.bind(5, p.configJson);
    st.bind(6, p.labelsJson);
    st.bind(7, p.tagsJson);
    st.bind(8, p.createdAtNs);
    st.bind(9, sourceId);
    return check(st, "prompt");
}

bool TraceWriter::traceHasObservations(const std::string &traceId)
{
    m_hasObservations.bindStatic(1, traceId);
    const bool has = m_hasObservations.step();
    m_hasObservations.reset();
    return has;
}

bool TraceWriter::traceExists(const std::string &traceId)
{
    StatementReset guard { m_traceExists };
    m_traceExists.bindStatic(1, traceId);
    return m_traceExists.step();
}

std::vector<StoredTreeRow> TraceWriter::loadTree(const std::string &traceId)
{
    std::vector<StoredTreeRow> rows;
    m_loadTree.bindStatic(1, traceId);
    while (m_loadTree.step()) {
        StoredTreeRow r;
        r.rowid = m_loadTree.int64(0);
        r.id = m_loadTree.text(1);
        r.givenParent = m_loadTree.text(2);
        r.startNs = m_loadTree.int64(3);
        r.flags = int(m_loadTree.int64(4));
        rows.push_back(std::move(r));
    }
    m_loadTree.reset();
    return rows;
}

Status TraceWriter::updateTreeRow(int64_t rowid, const std::string *parentId, const std::string *origParentId,
                                  int depth, int preorder, int flags)
{
    Statement &st = m_updateTree;
    st.bind(1, rowid);
    if (parentId)
        st.bindStatic(2, *parentId);
    else
        st.bindNull(2);
    if (origParentId)
        st.bindStatic(3, *origParentId);
    else
        st.bindNull(3);
    st.bind(4, int64_t(depth));
    st.bind(5, int64_t(preorder));
    st.bind(6, int64_t(flags));
    return check(st, "tree");
}

Status TraceWriter::refreshTraceAggregates(const std::string &traceId)
{
    m_aggregates.bindStatic(1, traceId);
    if (Status s = check(m_aggregates, "trace totals"); !s)
        return s;
    Statement tail(m_db, kAggregatesTail);
    tail.bindStatic(1, traceId);
    return check(tail, "trace totals");
}

// Binds a trace's derived columns from `first` on, in kTraceWithTotals' order (start, end, counts,
// tokens, costs, unpriced, flags, first observation's name).
void TraceWriter::bindTotals(Statement &st, int first, const TraceTotals &t)
{
    auto bindOpt = [&](int i, const auto &v) {
        if (v)
            st.bind(first + i, *v);
        else
            st.bindNull(first + i);
    };
    bindOpt(0, t.startNs);
    bindOpt(1, t.endNs);
    st.bind(first + 2, t.observations);
    st.bind(first + 3, t.errors);
    st.bind(first + 4, t.inputTokens);
    st.bind(first + 5, t.outputTokens);
    st.bind(first + 6, t.totalTokens);
    bindOpt(7, t.costProvided);
    bindOpt(8, t.costComputed);
    bindOpt(9, t.cost);
    st.bind(first + 10, t.unpriced);
    st.bind(first + 11, int64_t(t.flags));
    bindOpt(12, t.firstName);
}

Status TraceWriter::markForReindex(const std::vector<std::string> &traceIds)
{
    // The index's lists still name these traces' rows under their old text: harmless, as every
    // search re-checks its candidates against the current text (store/gramindex.h). Queue the
    // traces so their new text is indexed too.
    Statement marks(m_db, "SELECT (SELECT value FROM search_fts_state WHERE key = 'observations'), "
                          "(SELECT value FROM search_fts_state WHERE key = 'traces')");
    if (!marks.step())
        return Status::failure(QStringLiteral("search index state: %1").arg(marks.error()));
    const int64_t obsMark = marks.int64(0), traceMark = marks.int64(1);
    if (obsMark == 0 && traceMark == 0)
        return Status::success(); // nothing indexed yet
    Statement queue(m_db, "INSERT OR IGNORE INTO search_fts_pending(trace_id) "
                          "SELECT ?1 WHERE EXISTS (SELECT 1 FROM traces WHERE id = ?1 AND rowid <= ?3) "
                          "OR EXISTS (SELECT 1 FROM observations WHERE trace_id = ?1 AND rowid <= ?2)");
    for (const std::string &id : traceIds) {
        queue.bindStatic(1, id);
        queue.bind(2, obsMark);
        queue.bind(3, traceMark);
        if (Status s = check(queue, "search index"); !s)
            return s;
    }
    return Status::success();
}

} // namespace spanscope::store
