// SyncEngine: the time windows (traces, observations, scores, sessions), one transaction each.

#include <QLoggingCategory>

#include <simdjson.h>

#include "import/importsession.h"
#include "import/langfuse/langfuserecord.h"
#include "remote/syncengine.h"
#include "remote/syncpage.h"
#include "store/database.h"

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

namespace spanscope::remote {

namespace {

constexpr int64_t kMs = 1000000;

// Counts what arrives, keeps the matched trace ids, and with filters drops observations and
// scores of traces that did not match.
class SyncSink final : public import::RecordSink {
public:
    SyncSink(import::RecordSink &next, SyncSummary &sum, std::unordered_set<std::string> &matched, bool filter,
             bool tracesAvailable)
        : m_next(next), m_sum(sum), m_matched(matched), m_filter(filter && tracesAvailable)
    {
    }
    void trace(TraceRecord &&t) override
    {
        ++m_sum.traces;
        if (m_filter)
            m_matched.insert(t.id);
        m_next.trace(std::move(t));
    }
    void observation(ObservationRecord &&o) override
    {
        if (m_filter && !m_matched.count(o.traceId))
            return;
        ++m_sum.observations;
        m_next.observation(std::move(o));
    }
    void score(ScoreRecord &&s) override
    {
        if (m_filter && (!s.traceId || !m_matched.count(*s.traceId)))
            return;
        ++m_sum.scores;
        m_next.score(std::move(s));
    }
    void attribute(AttributeRecord &&a) override { m_next.attribute(std::move(a)); }
    void prompt(PromptRecord &&p) override { m_next.prompt(std::move(p)); }
    void problem(ImportProblem &&p) override { m_next.problem(std::move(p)); }

private:
    import::RecordSink &m_next;
    SyncSummary &m_sum;
    std::unordered_set<std::string> &m_matched;
    bool m_filter;
};

} // namespace

struct SyncEngine::ListSpec {
    enum class Kind { Records, ScoresV3, Sessions };
    const char *resource = "";
    QString path;
    bool cursor = false;
    QString fromParam, toParam;
    int limit = 100;
    QUrlQuery extra;
    Kind kind = Kind::Records;
};

bool SyncEngine::syncWindows()
{
    const std::vector<store::TimeRange> coverage = m_opt.full ? std::vector<store::TimeRange>{}
                                                              : store::loadCoverage(m_db, m_key);
    const int64_t from = m_opt.fromNs / kMs * kMs, to = (m_opt.toNs + kMs - 1) / kMs * kMs;
    std::vector<store::TimeRange> todo = plannedWindows(coverage, from, to, m_opt.chunkNs);
    int64_t pending = 0;
    for (const auto &w : todo)
        pending += w.toNs - w.fromNs;
    m_progress.doneNs = (to - from) - pending;
    if (todo.empty())
        log(QStringLiteral("nothing new to fetch: earlier syncs cover %1 .. %2").arg(isoTime(from), isoTime(to)));
    // Windows are processed oldest first; a window that times out on the server is replaced by
    // its two halves.
    std::vector<store::TimeRange> stack(todo.rbegin(), todo.rend());
    while (!stack.empty()) {
        const store::TimeRange w = stack.back();
        stack.pop_back();
        const WindowResult res = syncWindow(w.fromNs, w.toNs);
        if (res == WindowResult::Narrow || res == WindowResult::Split) {
            const int64_t mid = w.fromNs + (w.toNs - w.fromNs) / 2 / kMs * kMs;
            ++m_sum.narrowed;
            if (res == WindowResult::Narrow)
                log(QStringLiteral("the server timed out on %1 .. %2: fetching it in two halves").arg(isoTime(w.fromNs), isoTime(w.toNs)));
            stack.push_back({mid, w.toNs});
            stack.push_back({w.fromNs, mid});
            continue;
        }
        if (res != WindowResult::Done)
            return false;
        m_progress.doneNs += w.toNs - w.fromNs;
        if (!m_sum.fetchedFromNs || w.fromNs < m_sum.fetchedFromNs)
            m_sum.fetchedFromNs = w.fromNs;
        m_sum.fetchedToNs = std::max(m_sum.fetchedToNs, w.toNs);
    }
    return true;
}

SyncEngine::WindowResult SyncEngine::syncWindow(int64_t fromNs, int64_t toNs)
{
    m_progress.windowFromNs = fromNs;
    m_progress.windowToNs = toNs;
    report(QStringLiteral("window"));
    store::Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(QStringLiteral("cannot write to the workspace: %1").arg(m_db.lastError()));
        return WindowResult::Failed;
    }
    import::ImportSession session(m_db, m_catalog);
    const std::string uri = sourceUri("window", fromNs, toNs);
    if (!session.beginFile(uri, "langfuse-api", "api", 0)) {
        fail(session.status().error);
        return WindowResult::Failed;
    }
    // Counts are kept per window and added when it commits, so a narrowed or failed window does
    // not count twice.
    SyncSummary counts;
    SyncSink sink(session, counts, m_matchedTraces, m_clientFilter, !m_sum.tracesApi.isEmpty());
    const SyncSummary before = m_sum;
    auto addCounts = [&] {
        m_sum.traces = before.traces + counts.traces;
        m_sum.observations = before.observations + counts.observations;
        m_sum.scores = before.scores + counts.scores;
    };

    std::vector<ListSpec> lists;
    const SyncFilters &f = m_opt.filters;
    if ((m_opt.resources & ResTraces) && !m_sum.tracesApi.isEmpty()) {
        ListSpec s;
        s.resource = "traces";
        s.path = QStringLiteral("/api/public/traces");
        s.fromParam = QStringLiteral("fromTimestamp");
        s.toParam = QStringLiteral("toTimestamp");
        s.limit = m_opt.pageSize;
        if (!f.environment.isEmpty())
            s.extra.addQueryItem(QStringLiteral("environment"), f.environment);
        if (!f.traceName.isEmpty())
            s.extra.addQueryItem(QStringLiteral("name"), f.traceName);
        if (!f.userId.isEmpty())
            s.extra.addQueryItem(QStringLiteral("userId"), f.userId);
        for (const QString &t : f.tags)
            s.extra.addQueryItem(QStringLiteral("tags"), t);
        lists.push_back(s);
    }
    if ((m_opt.resources & ResObservations) && !m_sum.observationsApi.isEmpty()) {
        ListSpec s;
        s.resource = "observations";
        s.fromParam = QStringLiteral("fromStartTime");
        s.toParam = QStringLiteral("toStartTime");
        if (m_sum.observationsApi == QLatin1String("v2")) {
            s.path = QStringLiteral("/api/public/v2/observations");
            s.cursor = true;
            s.limit = m_opt.observationPageSize;
            s.extra.addQueryItem(QStringLiteral("fields"),
                                 QStringLiteral("core,basic,time,io,metadata,model,usage,prompt,metrics"));
        } else {
            s.path = QStringLiteral("/api/public/observations");
            s.limit = m_opt.pageSize;
        }
        if (!f.environment.isEmpty())
            s.extra.addQueryItem(QStringLiteral("environment"), f.environment);
        if (!f.userId.isEmpty())
            s.extra.addQueryItem(QStringLiteral("userId"), f.userId);
        lists.push_back(s);
    }
    if ((m_opt.resources & ResScores) && !m_sum.scoresApi.isEmpty()) {
        ListSpec s;
        s.resource = "scores";
        s.fromParam = QStringLiteral("fromTimestamp");
        s.toParam = QStringLiteral("toTimestamp");
        s.limit = m_opt.pageSize;
        if (m_sum.scoresApi == QLatin1String("v3")) {
            s.path = QStringLiteral("/api/public/v3/scores");
            s.cursor = true;
            s.kind = ListSpec::Kind::ScoresV3;
            s.extra.addQueryItem(QStringLiteral("fields"), QStringLiteral("details,subject"));
        } else {
            s.path = m_sum.scoresApi == QLatin1String("v2") ? QStringLiteral("/api/public/v2/scores")
                                                           : QStringLiteral("/api/public/scores");
            if (!f.userId.isEmpty())
                s.extra.addQueryItem(QStringLiteral("userId"), f.userId);
        }
        if (!f.environment.isEmpty())
            s.extra.addQueryItem(QStringLiteral("environment"), f.environment);
        lists.push_back(s);
    }
    if (m_opt.resources & ResSessions) {
        ListSpec s;
        s.resource = "sessions";
        s.path = QStringLiteral("/api/public/sessions");
        s.fromParam = QStringLiteral("fromTimestamp");
        s.toParam = QStringLiteral("toTimestamp");
        s.limit = m_opt.pageSize;
        s.kind = ListSpec::Kind::Sessions;
        if (!f.environment.isEmpty())
            s.extra.addQueryItem(QStringLiteral("environment"), f.environment);
        lists.push_back(s);
    }

    bool incomplete = false;
    int64_t sessions = 0;
    for (const ListSpec &spec : lists) {
        m_progress.resource = QString::fromLatin1(spec.resource);
        const int64_t sessionsBefore = m_sum.sessions;
        const WindowResult res = fetchList(spec, fromNs, toNs, sink, session, incomplete);
        sessions += m_sum.sessions - sessionsBefore;
        if (res != WindowResult::Done) {
            m_sum.traces = before.traces;
            m_sum.observations = before.observations;
            m_sum.scores = before.scores;
            m_sum.sessions -= sessions;
            return res; // the transaction rolls back
        }
        addCounts();
    }
    session.endFile();
    session.finish();
    if (!session.status()) {
        fail(QStringLiteral("cannot save the window: %1").arg(session.status().error));
        return WindowResult::Failed;
    }
    store::markApiSource(m_db, uri, "api");
    // Data younger than the overlap may still change on the server: not marked as covered.
    const int64_t coverTo = std::min(toNs, m_runStartNs - m_opt.overlapNs);
    if (!incomplete && coverTo > fromNs)
        if (store::Status s = store::addCoverage(m_db, m_key, {fromNs, coverTo}); !s) {
            fail(s.error);
            return WindowResult::Failed;
        }
    if (store::Status s = tx.commit(); !s) {
        fail(QStringLiteral("cannot save the window: %1").arg(s.error));
        return WindowResult::Failed;
    }
    ++m_sum.windows;
    if (m_opt.committed)
        m_opt.committed();
    if (m_opt.stopAfterWindows > 0 && ++m_windowsCommitted >= m_opt.stopAfterWindows)
        m_stopRequested = true;
    report(QStringLiteral("window"));
    return WindowResult::Done;
}

SyncEngine::WindowResult SyncEngine::fetchList(const ListSpec &spec, int64_t fromNs, int64_t toNs,
                                               import::RecordSink &sink, import::ImportSession &session,
                                               bool &incomplete)
{
    const QString what = QString::fromLatin1(spec.resource);
    const std::string uri = sourceUri("window", fromNs, toNs);
    const bool canNarrow = toNs - fromNs > std::max<int64_t>(m_opt.retry.minWindowNs, 2 * kMs);
    import::langfuse::RecordParser parser;
    parser.setPosition(uri, 0, 0);
    std::string buf;
    int64_t sessionSourceId = -2;
    int relists = 0;
    int64_t firstTotal = -1;
    int pageNo = 1;
    std::optional<std::string> cursor;
    int64_t position = 0; // item index across the list, for problem positions
    for (;;) {
        if (cancelled())
            return WindowResult::Cancelled;
        QUrlQuery q = spec.extra;
        q.addQueryItem(spec.fromParam, isoTime(fromNs));
        q.addQueryItem(spec.toParam, isoTime(toNs));
        q.addQueryItem(QStringLiteral("limit"), QString::number(spec.limit));
        if (spec.cursor) {
            if (cursor)
                q.addQueryItem(QStringLiteral("cursor"), QString::fromStdString(*cursor));
        } else {
            q.addQueryItem(QStringLiteral("page"), QString::number(pageNo));
        }
        HttpResponse r = m_http->get(spec.path, q, canNarrow);
        if (r.narrow)
            return WindowResult::Narrow;
        if (r.error == HttpResponse::Error::Cancelled || cancelled())
            return WindowResult::Cancelled;
        if (!r.ok()) {
            failFrom(r, QStringLiteral("cannot read %1 of %2 .. %3").arg(what, isoTime(fromNs), isoTime(toNs)));
            return WindowResult::Failed;
        }
        ApiPage page = parseApiPage(r.body);
        if (!page.ok) {
            // A broken answer is often a connection cut mid-body: ask once more before skipping.
            log(QStringLiteral("%1 page %2: %3; asking again").arg(what).arg(pageNo).arg(page.error));
            HttpResponse again = m_http->get(spec.path, q, false);
            if (again.error == HttpResponse::Error::Cancelled || cancelled())
                return WindowResult::Cancelled;
            if (again.ok())
                page = parseApiPage(again.body);
        }
        if (!page.ok) {
            ++m_sum.skippedPages;
            incomplete = true;
            const std::string excerpt = r.body.left(120).toStdString();
            log(QStringLiteral("%1 page %2 of %3 .. %4 skipped: %5").arg(what).arg(pageNo).arg(isoTime(fromNs), isoTime(toNs), page.error));
            session.problem({uri, 0, position, "parse",
                             std::string(spec.resource) + " page " + std::to_string(pageNo) + ": " + page.error.toStdString(),
                             excerpt});
            if (spec.cursor)
                return WindowResult::Done; // no cursor to go on with; the window stays uncovered
            ++pageNo;
            if (pageNo > 100000)
                return WindowResult::Done;
            continue;
        }
        if (firstTotal < 0)
            firstTotal = page.totalItems;
        if (spec.kind == ListSpec::Kind::Records && spec.resource == std::string_view("traces") && pageNo == 1
            && m_opt.maxTracesPerWindow > 0 && page.totalItems > m_opt.maxTracesPerWindow && canNarrow) {
            log(QStringLiteral("%1 .. %2 holds %3 traces (more than %4 per window): fetching it in two halves")
                    .arg(isoTime(fromNs), isoTime(toNs))
                    .arg(page.totalItems)
                    .arg(m_opt.maxTracesPerWindow));
            return WindowResult::Split;
        }
        for (const std::string &item : page.items) {
            if (spec.kind == ListSpec::Kind::Sessions) {
                if (sessionSourceId == -2)
                    sessionSourceId = store::sourceIdFor(m_db, uri, "api");
                if (auto s = parseSessionItem(item)) {
                    store::upsertRemoteSession(m_db, {s->id, s->createdAtNs, s->environment},
                                               m_sum.projectId.toStdString(), sessionSourceId);
                    ++m_sum.sessions;
                }
                ++position;
                continue;
            }
            buf = spec.kind == ListSpec::Kind::ScoresV3 ? adaptV3Score(item) : item;
            const size_t len = buf.size();
            buf.append(simdjson::SIMDJSON_PADDING, ' ');
            const std::string e = parser.parse(std::string_view(buf.data(), len), sink, true);
            // The trace list repeats observation and score ids as nested arrays: not records.
            parser.deliverDeferred(sink, true, true);
            if (!e.empty())
                session.problem({uri, 0, position, "schema", std::string(spec.resource) + " item: " + e,
                                 item.substr(0, 200)});
            ++position;
        }
        report(QStringLiteral("window"));
        bool last;
        if (spec.cursor) {
            last = !page.cursor || page.items.empty();
            cursor = page.cursor;
        } else {
            last = page.items.empty()
                || (page.totalPages >= 0 ? pageNo >= page.totalPages : int(page.items.size()) < spec.limit);
            ++pageNo;
        }
        if (!last)
            continue;
        // Page paging over a list that changed meanwhile can skip items: list it once more
        // (everything is upserted, so repeats cost only time).
        if (!spec.cursor && page.totalItems >= 0 && firstTotal >= 0 && page.totalItems != firstTotal && relists < 2) {
            ++relists;
            log(QStringLiteral("%1 of %2 .. %3 changed while paging (%4 -> %5 items): listing again")
                    .arg(what, isoTime(fromNs), isoTime(toNs))
                    .arg(firstTotal)
                    .arg(page.totalItems));
            firstTotal = -1;
            pageNo = 1;
            continue;
        }
        return WindowResult::Done;
    }
}

} // namespace spanscope::remote
