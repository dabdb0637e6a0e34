#include "import/importsession.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <thread>
#include <tuple>

#include <QDateTime>
#include <QLoggingCategory>

#include "import/common/treerepair.h"
#include "pricing/pricecatalog.h"
#include "model/provider.h"
#include "pricing/reprice.h"
#include "store/qualityfacts.h"

Q_LOGGING_CATEGORY(lcImport, "spanscope.import")

namespace spanscope::import {

namespace {
// Observations per buffer. Two buffers are alive while the writer thread works (one written, one
// filling), so this sets most of an import's memory: 15 000 keeps a 1 GB OTLP file's import at
// ~342 MiB peak (20 000: ~385 MiB, just over 400 MB) for ~1 % more time (docs/PERFORMANCE.md).
constexpr size_t kFlushObservations = 15000;
// With the writer thread, the first buffer is small and each next one half as large again up to
// kFlushObservations: the writer starts after ~2 500 observations instead of idling while the
// first full buffer is read, and the reading side (faster than the writer) stays ahead of it.
constexpr size_t kFirstFlushObservations = 2500;
constexpr size_t kFlushBytes = 96u << 20;
// Trace records waiting for their observations (a sync fetches a window's traces before its
// observations): capped too, so a window with many traces does not hold them all.
constexpr size_t kFlushTraceRecords = 5000;

size_t payloadBytes(const ObservationRecord &o)
{
    size_t n = 256;
    for (const auto *p : {&o.inputJson, &o.outputJson, &o.metadataJson, &o.modelParametersJson})
        if (*p)
            n += (*p)->size();
    return n;
}

size_t payloadBytes(const TraceRecord &t)
{
    size_t n = 256;
    for (const auto *p : {&t.inputJson, &t.outputJson, &t.metadataJson, &t.tagsJson})
        if (*p)
            n += (*p)->size();
    return n;
}

template<typename T>
void mergeField(std::optional<T> &into, std::optional<T> &&from)
{
    if (from)
        into = std::move(from);
}

// A later record with the same id adds to or overrides the earlier one (Langfuse update events).
void mergeObservation(ObservationRecord &into, ObservationRecord &&o)
{
    if (o.parentId)
        into.parentId = std::move(o.parentId);
    if (o.type != ObsType::Span)
        into.type = std::move(o.type);
    mergeField(into.name, std::move(o.name));
    mergeField(into.startNs, std::move(o.startNs));
    mergeField(into.endNs, std::move(o.endNs));
    mergeField(into.completionStartNs, std::move(o.completionStartNs));
    mergeField(into.level, std::move(o.level));
    mergeField(into.statusMessage, std::move(o.statusMessage));
    mergeField(into.model, std::move(o.model));
    mergeField(into.provider, std::move(o.provider));
    mergeField(into.modelParametersJson, std::move(o.modelParametersJson));
    mergeField(into.inputJson, std::move(o.inputJson));
    mergeField(into.outputJson, std::move(o.outputJson));
    mergeField(into.metadataJson, std::move(o.metadataJson));
    mergeField(into.promptName, std::move(o.promptName));
    mergeField(into.promptVersion, std::move(o.promptVersion));
    if (!o.usage.empty())
        into.usage = std::move(o.usage);
    mergeField(into.costProvided, std::move(o.costProvided));
    if (!o.costProvidedDetails.empty())
        into.costProvidedDetails = std::move(o.costProvidedDetails);
    mergeField(into.traceUserId, std::move(o.traceUserId));
    mergeField(into.traceSessionId, std::move(o.traceSessionId));
    mergeField(into.traceName, std::move(o.traceName));
    mergeField(into.traceTagsJson, std::move(o.traceTagsJson));
    mergeField(into.traceEnvironment, std::move(o.traceEnvironment));
    into.flags |= FlagDuplicateMerged;
}

void mergeTrace(TraceRecord &into, TraceRecord &&t)
{
    mergeField(into.name, std::move(t.name));
    mergeField(into.timestampNs, std::move(t.timestampNs));
    mergeField(into.userId, std::move(t.userId));
    mergeField(into.sessionId, std::move(t.sessionId));
    mergeField(into.release, std::move(t.release));
    mergeField(into.version, std::move(t.version));
    mergeField(into.environment, std::move(t.environment));
    mergeField(into.tagsJson, std::move(t.tagsJson));
    mergeField(into.metadataJson, std::move(t.metadataJson));
    mergeField(into.inputJson, std::move(t.inputJson));
    mergeField(into.outputJson, std::move(t.outputJson));
}

// Trace-level fields carried by observations fill gaps in the trace record.
void absorbTraceFields(TraceRecord &t, const ObservationRecord &o)
{
    auto fill = [](std::optional<std::string> &into, const std::optional<std::string> &from) {
        if (!into && from)
            into = from;
    };
    fill(t.userId, o.traceUserId);
    fill(t.sessionId, o.traceSessionId);
    fill(t.name, o.traceName);
    fill(t.tagsJson, o.traceTagsJson);
    fill(t.environment, o.traceEnvironment);
}

// The positions of `records` in the order of their keys, equal keys in the order given (so of two
// records with one key, the later is still written last and wins). Scores and attributes are
// keyed by random ids: written in key order, their inserts walk the tables' b-trees forwards
// instead of jumping to a random page for each row.
template <class Record, class KeyOf>
std::vector<uint32_t> keyOrder(const std::vector<Record> &records, KeyOf keyOf)
{
    std::vector<uint32_t> order(records.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        const auto ka = keyOf(records[a]), kb = keyOf(records[b]);
        return ka < kb || (!(kb < ka) && a < b);
    });
    return order;
}

// The first failure wins; later ones are consequences.
void keepFirstFailure(store::Status &into, const store::Status &s)
{
    if (into && !s)
        into = s;
}

void completeUsage(Usage &u)
{
    if (!u.total && (u.input || u.output))
        u.total = u.input.value_or(0) + u.output.value_or(0);
}

} // namespace

// Writes flushed buffers on a thread of its own, one batch at a time, while the caller's thread
// fills the next buffer. Spent batches go back to the caller's thread to be freed (their memory
// came from its allocator arena, and the writer is the slower side).
class ImportSession::WriterThread {
public:
    explicit WriterThread(ImportSession &session) : m_session(session), m_thread([this] { run(); }) {}
    ~WriterThread()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
            m_queued.reset(); // not written: the caller is abandoning the import
        }
        m_cv.notify_all();
        m_thread.join();
    }
    // Waits until the batch before is written, then hands this one over; the first write failure
    // so far.
    store::Status submit(WriteBatch &&batch)
    {
        const store::Status s = wait();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queued = std::move(batch);
        m_cv.notify_all();
        return s;
    }
    // Waits until every batch handed over is written; the first write failure.
    store::Status wait()
    {
        std::vector<WriteBatch> spent;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_queued && !m_busy; });
        spent.swap(m_spent);
        const store::Status s = m_status;
        lock.unlock();
        return s; // `spent` is freed here, outside the lock
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_cv.wait(lock, [this] { return m_stop || m_queued; });
            if (m_stop)
                return;
            WriteBatch batch = std::move(*m_queued);
            m_queued.reset();
            m_busy = true;
            const bool failed = !m_status;
            lock.unlock();
            store::Status s = failed ? store::Status::success() : m_session.writeBatch(batch, &m_stop);
            lock.lock();
            keepFirstFailure(m_status, s);
            m_spent.push_back(std::move(batch));
            m_busy = false;
            m_cv.notify_all();
        }
    }

    ImportSession &m_session;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::optional<WriteBatch> m_queued;
    std::vector<WriteBatch> m_spent;
    bool m_busy = false;
    std::atomic<bool> m_stop{false};
    store::Status m_status;
    std::thread m_thread; // last: started once the members above exist
};

ImportSession::ImportSession(store::Database &db, std::shared_ptr<const pricing::PriceCatalog> catalog,
                             bool costRollups, bool pipelined)
    : m_db(db), m_catalog(std::move(catalog)), m_writer(std::make_unique<store::TraceWriter>(db)),
      m_callReader(std::make_unique<store::StoredCallReader>(db)), m_costRollups(costRollups)
{
    if (!m_catalog) // the bundled catalog with the workspace's own entries
        m_catalog = pricing::loadWorkspaceCatalog(db);
    m_status = m_writer->status();
    m_flushObservations = kFlushObservations;
    if (pipelined && m_status) {
        m_pipeline = std::make_unique<WriterThread>(*this);
        m_flushObservations = kFirstFlushObservations;
    }
}

ImportSession::~ImportSession() = default;

void ImportSession::fail(const store::Status &s)
{
    keepFirstFailure(m_status, s);
}

store::Status ImportSession::beginFile(const std::string &uri, const std::string &format,
                                       const std::string &fingerprint, int64_t sizeBytes)
{
    m_file = {};
    m_fileProblems.clear();
    m_fileTraces.clear();
    m_fileName = uri;
    waitForWrites();
    if (!m_status)
        return m_status;
    const int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_sourceId = m_writer->upsertSource("file", uri, format, fingerprint, sizeBytes, now);
    if (m_sourceId < 0) {
        fail(store::Status::failure(QStringLiteral("cannot record the import source: %1").arg(m_db.lastError())));
        return m_status;
    }
    fail(m_writer->clearImportLog(m_sourceId));
    return m_status;
}

store::Status ImportSession::endFile()
{
    flush();
    waitForWrites();
    m_file.traces = int64_t(m_fileTraces.size());
    const int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    fail(m_writer->finishSource(m_sourceId, now, m_file.traces, m_file.observations, m_file.scores, m_file.skipped));
    return m_status;
}

void ImportSession::trace(TraceRecord &&t)
{
    if (t.id.empty()) {
        problem({m_fileName, 0, 0, "schema", "trace without an id", {}});
        return;
    }
    auto [it, inserted] = m_buffer.try_emplace(t.id);
    if (inserted)
        m_bufferOrder.push_back(t.id);
    m_fileTraces.insert(t.id);
    if (it->second.trace) {
        mergeTrace(*it->second.trace, std::move(t));
        return;
    }
    m_bufferedBytes += payloadBytes(t);
    it->second.trace = std::move(t);
    if (++m_bufferedTraceRecords >= kFlushTraceRecords || m_bufferedBytes >= kFlushBytes)
        flush();
}

void ImportSession::observation(ObservationRecord &&o)
{
    if (o.traceId.empty() || o.id.empty()) {
        problem({m_fileName, 0, 0, "schema", o.traceId.empty() ? "observation without a traceId" : "observation without an id", {}});
        return;
    }
    ++m_file.observations;
    m_fileTraces.insert(o.traceId);
    auto [it, inserted] = m_buffer.try_emplace(o.traceId);
    if (inserted)
        m_bufferOrder.push_back(o.traceId);
    TraceBuffer &buf = it->second;
    auto [pos, fresh] = buf.byId.try_emplace(o.id, buf.observations.size());
    if (!fresh) {
        --m_file.observations; // the same observation again: merged, not counted twice
        mergeObservation(buf.observations[pos->second], std::move(o));
        return;
    }
    m_bufferedBytes += payloadBytes(o);
    buf.observations.push_back(std::move(o));
    if (++m_bufferedObservations >= m_flushObservations || m_bufferedBytes >= kFlushBytes)
        flush();
}

void ImportSession::score(ScoreRecord &&s)
{
    if (s.id.empty() || s.name.empty()) {
        problem({m_fileName, 0, 0, "schema", s.name.empty() ? "score without a name" : "score without an id", {}});
        return;
    }
    ++m_file.scores;
    if (s.traceId)
        m_scoredTraces.insert(*s.traceId);
    m_scores.push_back(std::move(s));
}

void ImportSession::attribute(AttributeRecord &&a)
{
    m_attributes.push_back(std::move(a));
}

void ImportSession::prompt(PromptRecord &&p)
{
    ++m_file.prompts;
    m_prompts.push_back(std::move(p));
}

void ImportSession::problem(ImportProblem &&p)
{
    ++m_file.skipped;
    if (p.file.empty())
        p.file = m_fileName;
    if (p.excerpt.size() > 200) {
        size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(p.excerpt[cut]) & 0xC0) == 0x80)
            --cut;
        p.excerpt.resize(cut);
    }
    qCDebug(lcImport) << "skipped record in" << QString::fromStdString(p.file) << "line" << p.line << "byte"
                      << p.byteOffset << QString::fromStdString(p.message);
    m_fileProblems.push_back(p);
    m_problems.push_back(std::move(p));
}

void ImportSession::flush()
{
    if (!m_status)
        return;
    WriteBatch batch;
    batch.sourceId = m_sourceId;
    batch.traces.reserve(m_bufferOrder.size());
    for (const std::string &traceId : m_bufferOrder) {
        auto it = m_buffer.find(traceId);
        if (it != m_buffer.end())
            batch.traces.push_back(prepareTrace(traceId, it->second));
    }
    m_buffer.clear();
    m_bufferOrder.clear();
    m_flushObservations = std::min(kFlushObservations, m_flushObservations + m_flushObservations / 2);
    m_bufferedObservations = 0;
    m_bufferedTraceRecords = 0;
    m_bufferedBytes = 0;
    batch.scores = std::exchange(m_scores, {});
    batch.attributes = std::exchange(m_attributes, {});
    batch.scoreOrder = keyOrder(batch.scores, [](const ScoreRecord &r) { return std::tie(r.id); });
    batch.attributeOrder = keyOrder(batch.attributes, [](const AttributeRecord &r) {
        return std::tie(r.traceId, r.observationId, r.key);
    });
    batch.prompts = std::exchange(m_prompts, {});
    batch.problems = std::exchange(m_problems, {});
    if (m_pipeline)
        fail(m_pipeline->submit(std::move(batch)));
    else
        fail(writeBatch(batch, nullptr));
}

void ImportSession::waitForWrites()
{
    if (m_pipeline)
        fail(m_pipeline->wait());
}

store::Status ImportSession::writeBatch(WriteBatch &batch, const std::atomic<bool> *stop)
{
    store::Status status;
    auto keep = [&status](const store::Status &s) { keepFirstFailure(status, s); };
    for (const PromptRecord &p : batch.prompts)
        keep(m_writer->writePrompt(p, batch.sourceId));
    for (const ImportProblem &p : batch.problems)
        keep(m_writer->logProblem(batch.sourceId, p));
    for (PreparedTrace &t : batch.traces) {
        if (!status || (stop && stop->load(std::memory_order_relaxed)))
            return status;
        keep(writePrepared(t, batch.sourceId));
    }
    for (uint32_t i : batch.scoreOrder)
        keep(m_writer->writeScore(batch.scores[i], batch.sourceId));
    for (uint32_t i : batch.attributeOrder)
        keep(m_writer->writeAttribute(batch.attributes[i]));
    if (m_costRollups && m_rollup.size() >= store::kMaxDeltaCells)
        keep(m_rollup.apply(m_db));
    return status;
}

namespace {
// Mirrors the SQL of TraceWriter::refreshTraceAggregates for one observation.
void addToTotals(store::TraceTotals &t, const ObservationRecord &o)
{
    auto addCost = [](std::optional<double> &sum, std::optional<double> v) {
        if (v)
            sum = sum.value_or(0.0) + *v;
    };
    if (o.startNs && (!t.startNs || *o.startNs < *t.startNs))
        t.startNs = o.startNs;
    if (const std::optional<int64_t> end = o.endNs ? o.endNs : o.startNs; end && (!t.endNs || *end > *t.endNs))
        t.endNs = end;
    if (o.preorder == 0)
        t.firstName = o.name;
    ++t.observations;
    t.errors += o.level && *o.level == "ERROR";
    t.inputTokens += o.usage.input.value_or(0);
    t.outputTokens += o.usage.output.value_or(0);
    t.totalTokens += o.usage.total.value_or(0);
    addCost(t.costProvided, o.costProvided);
    addCost(t.costComputed, o.costComputed);
    addCost(t.cost, o.costProvided ? o.costProvided : o.costComputed);
    t.unpriced += o.unpriced ? 1 : 0;
    t.flags |= o.flags & (1 | 2 | 4 | 8);
}
} // namespace

ImportSession::PreparedTrace ImportSession::prepareTrace(const std::string &traceId, TraceBuffer &buf)
{
    PreparedTrace p;
    if (buf.trace)
        p.record = std::move(*buf.trace);
    p.record.id = traceId;
    p.firstTouch = m_touched.insert(traceId).second;
    p.observations = std::move(buf.observations);
    if (p.observations.empty())
        return p;
    // Complete in this buffer unless an earlier flush wrote some of it (whether an earlier import
    // did is the writer side's question; it then repairs the tree from the store).
    p.inBuffer = m_written.insert(traceId).second;
    std::vector<TreeNode> nodes;
    if (p.inBuffer) {
        nodes.reserve(p.observations.size());
        for (const ObservationRecord &o : p.observations)
            nodes.push_back({o.id, o.parentId ? std::string_view(*o.parentId) : std::string_view(),
                             o.startNs.value_or(0), o.flags});
        repairTree(nodes);
    }
    for (size_t i = 0; i < p.observations.size(); ++i) {
        ObservationRecord &o = p.observations[i];
        absorbTraceFields(p.record, o);
        completeUsage(o.usage);
        m_catalog->applyTo(o);
        if (p.inBuffer) {
            const TreeNode &n = nodes[i];
            if (n.parent < 0 && o.parentId) {
                o.origParentId = std::move(o.parentId);
                o.parentId.reset();
            }
            o.depth = n.depth;
            o.preorder = n.preorder;
            o.flags = n.flags;
            addToTotals(p.totals, o);
        }
    }
    return p;
}

store::Status ImportSession::writePrepared(PreparedTrace &p, int64_t sourceId)
{
    const std::string &traceId = p.record.id;
    store::Status status;
    auto keep = [&status](const store::Status &s) { keepFirstFailure(status, s); };
    // Derived trace columns for a trace complete in this buffer were summed in memory instead of
    // being re-read from the database in finish().
    bool totalsReady = false;
    // Cost rollups: a trace new to the workspace and complete in this buffer is summed from memory
    // below; any other leaves the rollups as stored now and is added back in finish().
    bool rollupFromMemory = false;
    auto rollupFromStore = [&] {
        if (m_costRollups && m_rollupDirty.insert(traceId).second)
            keep(m_callReader->addTrace(traceId, -1, m_rollup));
    };
    if (!p.observations.empty()) {
        bool complete = p.inBuffer;
        bool existed = false;
        if (complete && p.firstTouch) {
            existed = m_writer->traceExists(traceId);
            if (existed && m_writer->traceHasObservations(traceId)) {
                complete = false; // the tree and totals come from the store in finish()
                m_preexisting.insert(traceId);
            }
        }
        if (complete && p.firstTouch && !existed && !m_rollupDirty.count(traceId))
            rollupFromMemory = m_costRollups;
        else
            rollupFromStore();
        if (!complete)
            m_dirty.insert(traceId);
        for (const ObservationRecord &o : p.observations)
            keep(m_writer->writeObservation(o, sourceId));
        totalsReady = complete;
    } else {
        rollupFromStore();
        // A trace record alone (e.g. a traces-only export): existing observations keep their tree.
        if (p.firstTouch && m_writer->traceHasObservations(traceId))
            m_preexisting.insert(traceId);
    }
    keep(m_writer->writeTrace(p.record, sourceId, totalsReady ? &p.totals : nullptr));
    if (totalsReady)
        m_totalsWritten.insert(traceId);
    if (rollupFromMemory)
        addCallsToRollup(p.record, p.totals, p.observations);
    return status;
}

void ImportSession::addCallsToRollup(const TraceRecord &t, const store::TraceTotals &totals,
                                     const std::vector<ObservationRecord> &observations)
{
    // The trace row as TraceWriter::writeTrace leaves it with totals (name and time fall back to
    // the first observation), so these calls equal what StoredCallReader would read back.
    static const std::string kEmpty;
    const std::string &name = t.name ? *t.name : totals.firstName ? *totals.firstName : kEmpty;
    const int64_t traceTime = t.timestampNs ? *t.timestampNs : totals.startNs.value_or(0);
    store::CostCall c;
    c.user = t.userId ? std::string_view(*t.userId) : std::string_view();
    c.traceName = name;
    c.environment = t.environment ? std::string_view(*t.environment) : std::string_view();
    c.tagsJson = t.tagsJson ? std::string_view(*t.tagsJson) : std::string_view();
    for (const ObservationRecord &o : observations) {
        if (!store::isCostCall(o.type, o.model.has_value(), o.costProvided || o.costComputed))
            continue;
        c.timeNs = o.startNs ? *o.startNs : traceTime;
        c.model = o.model ? std::string_view(*o.model) : std::string_view();
        c.provider = effectiveProvider(o.provider ? std::string_view(*o.provider) : std::string_view(), c.model);
        c.error = o.level && *o.level == "ERROR";
        c.unpriced = o.unpriced;
        c.costProvided = o.costProvided;
        c.costComputed = o.costComputed;
        c.inputTokens = o.usage.input.value_or(0);
        c.outputTokens = o.usage.output.value_or(0);
        c.cacheReadTokens = o.usage.cacheRead.value_or(0);
        c.cacheWriteTokens = o.usage.cacheWrite.value_or(0);
        c.reasoningTokens = o.usage.reasoning.value_or(0);
        c.totalTokens = o.usage.total.value_or(0);
        m_rollup.add(c);
    }
}

store::Status ImportSession::repairStoredTree(const std::string &traceId)
{
    std::vector<store::StoredTreeRow> rows = m_writer->loadTree(traceId);
    std::vector<TreeNode> nodes;
    nodes.reserve(rows.size());
    for (const auto &r : rows)
        nodes.push_back({r.id, r.givenParent, r.startNs, r.flags});
    repairTree(nodes);
    for (size_t i = 0; i < rows.size(); ++i) {
        const TreeNode &n = nodes[i];
        const store::StoredTreeRow &r = rows[i];
        const bool hasGiven = !r.givenParent.empty();
        const std::string *parent = n.parent >= 0 ? &r.givenParent : nullptr;
        const std::string *orig = (n.parent < 0 && hasGiven) ? &r.givenParent : nullptr;
        if (store::Status s = m_writer->updateTreeRow(r.rowid, parent, orig, n.depth, n.preorder, n.flags); !s)
            return s;
    }
    return store::Status::success();
}

store::Status ImportSession::finish()
{
    flush();
    waitForWrites();
    if (!m_status)
        return m_status;
    for (const std::string &traceId : m_dirty)
        if (store::Status s = repairStoredTree(traceId); !s)
            return m_status = s;
    for (const std::string &traceId : m_touched) {
        // Complete traces got their totals at flush time; the rest are summed from the database.
        if (m_totalsWritten.count(traceId) && !m_dirty.count(traceId) && !m_preexisting.count(traceId))
            continue;
        if (store::Status s = m_writer->refreshTraceAggregates(traceId); !s)
            return m_status = s;
    }
    for (const std::string &traceId : m_rollupDirty)
        if (store::Status s = m_callReader->addTrace(traceId, +1, m_rollup); !s)
            return m_status = s;
    if (store::Status s = m_costRollups ? m_rollup.apply(m_db) : store::markCostRollupsStale(m_db); !s)
        return m_status = s;
    // Quality facts of every trace whose record, spans or scores changed.
    for (const std::string &traceId : m_touched)
        m_scoredTraces.insert(traceId);
    if (store::Status s = store::refreshQualityFacts(
            m_db, std::vector<std::string>(m_scoredTraces.begin(), m_scoredTraces.end()));
        !s)
        return m_status = s;
    // Text an earlier import indexed for these traces is dropped now; store/searchindex.h
    // re-indexes them, and indexes every new row, after the import commits.
    std::vector<std::string> touched(m_touched.begin(), m_touched.end());
    if (store::Status s = m_writer->markForReindex(touched); !s)
        return m_status = s;
    return m_status;
}

} // namespace spanscope::import
