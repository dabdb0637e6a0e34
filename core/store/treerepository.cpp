#include "store/treerepository.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTreeRepo, "spanscope.store.tree")

namespace spanscope::store {

namespace {

// coalesce(total, input + output) so a source that gives only the parts still shows a total.
constexpr const char *kTree
    = "SELECT id, type, name, start_ns, end_ns, level, model, "
      "coalesce(total_tokens, CASE WHEN input_tokens IS NULL AND output_tokens IS NULL THEN NULL "
      "ELSE coalesce(input_tokens, 0) + coalesce(output_tokens, 0) END), "
      "coalesce(cost_provided, cost_computed), unpriced, depth, preorder, flags "
      "FROM observations WHERE trace_id = ?1 ORDER BY preorder";
constexpr const char *kHeader
    = "SELECT id, name, user_id, session_id, release, version, environment, tags, timestamp_ns, start_ns, end_ns, "
      "latency_ns, observation_count, error_count, input_tokens, output_tokens, total_tokens, unpriced_count, "
      "cost_provided, cost_computed, cost, flags FROM traces WHERE id = ?1";
constexpr const char *kScoreColumns = "id, observation_id, name, data_type, value, string_value, source, comment, "
                                      "timestamp_ns";
constexpr const char *kDetail
    = "SELECT id, type, parent_id, orig_parent_id, name, level, status_message, model, provider, model_parameters, "
      "input, output, metadata, prompt_name, prompt_version, start_ns, end_ns, completion_start_ns, input_tokens, "
      "output_tokens, total_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, usage_details, "
      "cost_provided_details, cost_computed_details, price_model_id, cost_provided, cost_computed, unpriced, depth, "
      "flags FROM observations WHERE trace_id = ?1 AND id = ?2";
constexpr const char *kAttributes
    = "SELECT key, value FROM attributes WHERE trace_id = ?1 AND observation_id = ?2 ORDER BY key";
constexpr const char *kEvent = "SELECT id, name, level, status_message, input, metadata, start_ns FROM observations "
                               "WHERE trace_id = ?1 AND preorder = ?2 AND type = 'EVENT'";

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};

// Interns repeated strings (names, models, types): a 1M-span trace has a few hundred distinct names.
class Interner {
public:
    explicit Interner(std::vector<std::string> &table, bool reserveEmpty)
        : m_table(table)
    {
        if (reserveEmpty) {
            m_table.emplace_back();
            m_index.emplace(std::string(), 0u);
        }
    }
    uint32_t intern(std::string_view s)
    {
        if (auto it = m_index.find(s); it != m_index.end())
            return it->second;
        const auto id = uint32_t(m_table.size());
        m_table.emplace_back(s);
        m_index.emplace(std::string(s), id);
        return id;
    }

private:
    std::vector<std::string> &m_table;
    std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> m_index;
};

uint8_t levelCode(std::string_view level)
{
    if (level == "ERROR")
        return TraceTree::LevelError;
    if (level == "WARNING")
        return TraceTree::LevelWarning;
    if (level == "DEBUG")
        return TraceTree::LevelDebug;
    return TraceTree::LevelDefault;
}

// Parents, rows, subtree ends and the CSR children lists from the pre-order depths: a node's
// parent is the nearest earlier node one level up. A depth that skips levels attaches to the
// deepest open ancestor, so a damaged depth column still gives a valid tree.
void buildHierarchy(TraceTree &t)
{
    const int n = t.size();
    t.parent.assign(size_t(n), -1);
    t.rowInParent.assign(size_t(n), 0);
    t.subtreeEnd.assign(size_t(n), n);
    t.roots.clear();
    std::vector<int32_t> stack;
    std::vector<int32_t> childCount(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const int d = t.depth[size_t(i)];
        while (int(stack.size()) > d) {
            t.subtreeEnd[size_t(stack.back())] = i;
            stack.pop_back();
        }
        if (stack.empty()) {
            t.rowInParent[size_t(i)] = int32_t(t.roots.size());
            t.roots.push_back(i);
        } else {
            const int p = stack.back();
            t.parent[size_t(i)] = p;
            t.rowInParent[size_t(i)] = childCount[size_t(p)]++;
        }
        // Depth is re-derived from the stack so it always matches the hierarchy built here.
        t.depth[size_t(i)] = uint16_t(std::min<size_t>(stack.size(), 65535));
        stack.push_back(i);
    }
    t.childOffset.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        t.childOffset[size_t(i) + 1] = t.childOffset[size_t(i)] + childCount[size_t(i)];
    t.childIndex.assign(size_t(t.childOffset[size_t(n)]), 0);
    for (int i = 0; i < n; ++i) {
        const int p = t.parent[size_t(i)];
        if (p >= 0)
            t.childIndex[size_t(t.childOffset[size_t(p)] + t.rowInParent[size_t(i)])] = i;
    }
}

void readScore(Statement &st, ScoreRow &s)
{
    s.id = st.text(0);
    s.observationId = st.optText(1);
    s.name = st.text(2);
    s.dataType = st.text(3);
    s.value = st.optReal(4);
    s.stringValue = st.optText(5);
    s.source = st.optText(6);
    s.comment = st.optText(7);
    s.timestampNs = st.optInt64(8);
}

} // namespace

void finishTraceTree(TraceTree &t)
{
    int64_t axisStart = std::numeric_limits<int64_t>::max();
    int64_t axisEnd = std::numeric_limits<int64_t>::min();
    for (int i = 0; i < t.size(); ++i) {
        const int64_t s = t.start[size_t(i)];
        if (s == TraceTree::kNoTime)
            continue;
        const int64_t e = t.end[size_t(i)];
        axisStart = std::min(axisStart, s);
        axisEnd = std::max(axisEnd, e != TraceTree::kNoTime ? e : s);
    }
    if (axisStart <= axisEnd) {
        t.axisStartNs = axisStart;
        t.axisEndNs = axisEnd;
    } else {
        t.axisStartNs = t.axisEndNs = TraceTree::kNoTime;
    }
    buildHierarchy(t);
}

int TraceTree::maxDepth() const
{
    int m = 0;
    for (uint16_t d : depth)
        m = std::max(m, int(d));
    return m;
}

size_t TraceTree::memoryBytes() const
{
    size_t bytes = start.capacity() * 8 + end.capacity() * 8 + tokens.capacity() * 8 + cost.capacity() * 8;
    bytes += (parent.capacity() + rowInParent.capacity() + subtreeEnd.capacity() + childOffset.capacity()
                 + childIndex.capacity() + roots.capacity() + dbPreorder.capacity())
        * 4;
    bytes += depth.capacity() * 2 + typeId.capacity() + level.capacity() + flags.capacity() + unpriced.capacity();
    bytes += (nameId.capacity() + modelId.capacity() + idOffset.capacity()) * 4 + idChars.capacity();
    for (const auto *table : { &names, &models, &types })
        for (const std::string &s : *table)
            bytes += sizeof(std::string) + s.capacity();
    return bytes;
}

int TraceTree::find(std::string_view observationId) const
{
    for (int i = 0; i < size(); ++i)
        if (id(i) == observationId)
            return i;
    return -1;
}

TreeRepository::TreeRepository(Database &db)
    : m_db(db)
{
    const std::string traceScores = std::string("SELECT ") + kScoreColumns
        + " FROM scores WHERE trace_id = ?1 ORDER BY observation_id IS NOT NULL, name, timestamp_ns";
    const std::string obsScores = std::string("SELECT ") + kScoreColumns
        + " FROM scores WHERE trace_id = ?1 AND observation_id = ?2 ORDER BY name, timestamp_ns";
    const std::pair<Statement *, std::string> list[] = { { &m_tree, kTree }, { &m_header, kHeader },
        { &m_traceScores, traceScores }, { &m_detail, kDetail }, { &m_attributes, kAttributes },
        { &m_obsScores, obsScores }, { &m_event, kEvent } };
    for (const auto &[st, sql] : list) {
        *st = Statement(db, sql);
        if (!st->isValid()) {
            m_status = Status::failure(QStringLiteral("cannot prepare tree query: %1").arg(st->prepareError()));
            qCWarning(lcTreeRepo) << m_status.error;
            return;
        }
    }
}

Status TreeRepository::traceTree(const std::string &traceId, TraceTree &out)
{
    out = TraceTree {};
    out.traceId = traceId;
    if (!m_status)
        return m_status;
    StatementReset guard { m_tree };
    m_tree.bind(1, std::string_view(traceId));
    Interner names(out.names, true), models(out.models, true), types(out.types, false);
    out.idOffset.push_back(0);
    while (m_tree.step()) {
        out.idChars.append(m_tree.textView(0));
        out.idOffset.push_back(uint32_t(out.idChars.size()));
        out.typeId.push_back(uint8_t(std::min<uint32_t>(types.intern(m_tree.textView(1)), 255)));
        out.nameId.push_back(m_tree.isNull(2) ? 0 : names.intern(m_tree.textView(2)));
        const int64_t s = m_tree.isNull(3) ? TraceTree::kNoTime : m_tree.int64(3);
        // An end without a start cannot be drawn; an end before the start is shown as zero length.
        int64_t e = (m_tree.isNull(4) || s == TraceTree::kNoTime) ? TraceTree::kNoTime : m_tree.int64(4);
        if (e != TraceTree::kNoTime && e < s)
            e = s;
        out.start.push_back(s);
        out.end.push_back(e);
        out.level.push_back(m_tree.isNull(5) ? uint8_t(TraceTree::LevelDefault) : levelCode(m_tree.textView(5)));
        out.modelId.push_back(m_tree.isNull(6) ? 0 : models.intern(m_tree.textView(6)));
        out.tokens.push_back(m_tree.isNull(7) ? -1 : m_tree.int64(7));
        out.cost.push_back(m_tree.isNull(8) ? std::nan("") : m_tree.real(8));
        out.unpriced.push_back(m_tree.int64(9) != 0 ? 1 : 0);
        out.depth.push_back(uint16_t(std::clamp<int64_t>(m_tree.int64(10), 0, 65535)));
        out.dbPreorder.push_back(int32_t(m_tree.int64(11)));
        out.flags.push_back(uint8_t(m_tree.int64(12)));
    }
    if (m_tree.failed()) {
        const QString error = m_db.lastError();
        out = TraceTree {};
        out.traceId = traceId;
        return Status::failure(QStringLiteral("cannot read the span tree: %1").arg(error));
    }
    finishTraceTree(out);
    return Status::success();
}

Status TreeRepository::traceHeader(const std::string &traceId, TraceHeader &out)
{
    out = TraceHeader {};
    if (!m_status)
        return m_status;
    {
        StatementReset guard { m_header };
        m_header.bind(1, std::string_view(traceId));
        if (!m_header.step()) {
            if (m_header.failed())
                return Status::failure(QStringLiteral("cannot read the trace: %1").arg(m_db.lastError()));
            return Status::success();
        }
        Statement &h = m_header;
        out.found = true;
        out.id = h.text(0);
        out.name = h.optText(1);
        out.userId = h.optText(2);
        out.sessionId = h.optText(3);
        out.release = h.optText(4);
        out.version = h.optText(5);
        out.environment = h.optText(6);
        out.tagsJson = h.optText(7);
        out.timestampNs = h.optInt64(8);
        out.startNs = h.optInt64(9);
        out.endNs = h.optInt64(10);
        out.latencyNs = h.optInt64(11);
        out.observationCount = h.int64(12);
        out.errorCount = h.int64(13);
        out.inputTokens = h.int64(14);
        out.outputTokens = h.int64(15);
        out.totalTokens = h.int64(16);
        out.unpricedCount = h.int64(17);
        out.costProvided = h.optReal(18);
        out.costComputed = h.optReal(19);
        out.cost = h.optReal(20);
        out.flags = int(h.int64(21));
    }
    StatementReset guard { m_traceScores };
    m_traceScores.bind(1, std::string_view(traceId));
    while (m_traceScores.step()) {
        ScoreRow s;
        readScore(m_traceScores, s);
        out.scores.push_back(std::move(s));
    }
    if (m_traceScores.failed())
        return Status::failure(QStringLiteral("cannot read the trace's scores: %1").arg(m_db.lastError()));
    return Status::success();
}

Status TreeRepository::observationDetail(const std::string &traceId, const std::string &observationId,
                                         const std::vector<int32_t> &eventPreorders, ObservationDetail &out)
{
    out = ObservationDetail {};
    if (!m_status)
        return m_status;
    {
        StatementReset guard { m_detail };
        m_detail.bind(1, std::string_view(traceId));
        m_detail.bind(2, std::string_view(observationId));
        if (!m_detail.step()) {
            if (m_detail.failed())
                return Status::failure(QStringLiteral("cannot read the observation: %1").arg(m_db.lastError()));
            return Status::success();
        }
        Statement &d = m_detail;
        out.found = true;
        out.id = d.text(0);
        out.type = d.text(1);
        out.parentId = d.optText(2);
        out.origParentId = d.optText(3);
        out.name = d.optText(4);
        out.level = d.optText(5);
        out.statusMessage = d.optText(6);
        out.model = d.optText(7);
        out.provider = d.optText(8);
        out.modelParametersJson = d.optText(9);
        out.inputJson = d.optText(10);
        out.outputJson = d.optText(11);
        out.metadataJson = d.optText(12);
        out.promptName = d.optText(13);
        out.promptVersion = d.optInt64(14);
        out.startNs = d.optInt64(15);
        out.endNs = d.optInt64(16);
        out.completionStartNs = d.optInt64(17);
        out.inputTokens = d.optInt64(18);
        out.outputTokens = d.optInt64(19);
        out.totalTokens = d.optInt64(20);
        out.cacheReadTokens = d.optInt64(21);
        out.cacheWriteTokens = d.optInt64(22);
        out.reasoningTokens = d.optInt64(23);
        out.usageDetailsJson = d.optText(24);
        out.costProvidedDetailsJson = d.optText(25);
        out.costComputedDetailsJson = d.optText(26);
        out.priceModelId = d.optText(27);
        out.costProvided = d.optReal(28);
        out.costComputed = d.optReal(29);
        out.unpriced = d.int64(30) != 0;
        out.depth = int(d.int64(31));
        out.flags = int(d.int64(32));
    }
    {
        StatementReset guard { m_attributes };
        m_attributes.bind(1, std::string_view(traceId));
        m_attributes.bind(2, std::string_view(observationId));
        while (m_attributes.step())
            out.attributes.push_back({ m_attributes.text(0), m_attributes.isNull(1) ? std::string("null")
                                                                                   : m_attributes.text(1) });
        if (m_attributes.failed())
            return Status::failure(QStringLiteral("cannot read attributes: %1").arg(m_db.lastError()));
    }
    {
        StatementReset guard { m_obsScores };
        m_obsScores.bind(1, std::string_view(traceId));
        m_obsScores.bind(2, std::string_view(observationId));
        while (m_obsScores.step()) {
            ScoreRow s;
            readScore(m_obsScores, s);
            out.scores.push_back(std::move(s));
        }
        if (m_obsScores.failed())
            return Status::failure(QStringLiteral("cannot read scores: %1").arg(m_db.lastError()));
    }
    for (int32_t preorder : eventPreorders) {
        StatementReset guard { m_event };
        m_event.bind(1, std::string_view(traceId));
        m_event.bind(2, int64_t(preorder));
        if (m_event.step()) {
            EventRow e;
            e.id = m_event.text(0);
            e.name = m_event.optText(1);
            e.level = m_event.optText(2);
            e.statusMessage = m_event.optText(3);
            e.inputJson = m_event.optText(4);
            e.metadataJson = m_event.optText(5);
            e.startNs = m_event.optInt64(6);
            out.events.push_back(std::move(e));
        } else if (m_event.failed()) {
            return Status::failure(QStringLiteral("cannot read events: %1").arg(m_db.lastError()));
        }
    }
    return Status::success();
}

} // namespace spanscope::store
