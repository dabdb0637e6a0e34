#include "store/searchindex.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearch, "spanscope.search")

namespace spanscope::store {

namespace {

// spanscope_text() feeds the index the unescaped words of a JSON payload (store/textfunctions).
const char kObsColumns[] =
    "SELECT rowid, trace_id, id, name, spanscope_text(input), spanscope_text(output), spanscope_text(metadata) "
    "FROM observations ";
const char kTraceColumns[] =
    "SELECT -rowid, id, '', name, spanscope_text(input), spanscope_text(output), spanscope_text(metadata) "
    "FROM traces ";
const char kInsert[] = "INSERT INTO search_fts(rowid, trace_id, observation_id, name, input, output, metadata) ";
// Text bytes of the rows just added (rowid range), for the MB/s figure and the progress.
const char kBytes[] = "SELECT total(COALESCE(length(CAST(name AS BLOB)), 0) + COALESCE(length(CAST(input AS BLOB)), 0) + "
                      "COALESCE(length(CAST(output AS BLOB)), 0) + COALESCE(length(CAST(metadata AS BLOB)), 0)) "
                      "FROM search_fts ";

Status stepAll(Statement &st, const char *what)
{
    if (st.run())
        return Status::success();
    return Status::failure(QStringLiteral("search index (%1): %2").arg(QLatin1String(what), st.error()));
}

struct Marks {
    int64_t observations = 0, traces = 0;
};

Status readMarks(Database &db, Marks &m)
{
    Statement st(db, "SELECT (SELECT value FROM search_fts_state WHERE key = 'observations'), "
                     "(SELECT value FROM search_fts_state WHERE key = 'traces')");
    if (!st.step())
        return Status::failure(QStringLiteral("search index state: %1").arg(st.error()));
    m.observations = st.int64(0);
    m.traces = st.int64(1);
    return Status::success();
}

double scalarReal(Database &db, const std::string &sql, int64_t a, int64_t b)
{
    Statement st(db, sql);
    st.bind(1, a);
    st.bind(2, b);
    return st.step() ? st.real(0) : 0.0;
}

// One batch: up to `limit` rows of `table` above its mark. Returns rows added via `added`.
Status indexNewRows(Database &db, bool observations, int64_t mark, int64_t limit, int64_t &added, int64_t &bytes)
{
    const char *table = observations ? "observations" : "traces";
    Statement hi(db, std::string("SELECT count(*), max(rowid) FROM (SELECT rowid FROM ") + table +
                         " WHERE rowid > ?1 ORDER BY rowid LIMIT ?2)");
    hi.bind(1, mark);
    hi.bind(2, limit);
    if (!hi.step())
        return Status::failure(QStringLiteral("search index: %1").arg(hi.error()));
    added = hi.int64(0);
    if (added == 0)
        return Status::success();
    const int64_t top = hi.int64(1);
    Statement ins(db, std::string(kInsert) + (observations ? kObsColumns : kTraceColumns) +
                          "WHERE rowid > ?1 AND rowid <= ?2");
    ins.bind(1, mark);
    ins.bind(2, top);
    if (Status s = stepAll(ins, table); !s)
        return s;
    Statement setMark(db, "UPDATE search_fts_state SET value = ?2 WHERE key = ?1");
    setMark.bindStatic(1, table);
    setMark.bind(2, top);
    if (Status s = stepAll(setMark, "state"); !s)
        return s;
    bytes += int64_t(observations
                         ? scalarReal(db, std::string(kBytes) + "WHERE rowid > ?1 AND rowid <= ?2", mark, top)
                         : scalarReal(db, std::string(kBytes) + "WHERE rowid < -?1 AND rowid >= -?2", mark, top));
    return Status::success();
}

// Re-adds the already-marked rows of up to `limit` queued traces.
Status reindexQueued(Database &db, const Marks &m, int64_t limit, int64_t &added, int64_t &bytes)
{
    Statement pick(db, "SELECT trace_id FROM search_fts_pending LIMIT ?1");
    pick.bind(1, limit);
    std::vector<std::string> ids;
    while (pick.step())
        ids.push_back(pick.text(0));
    Statement addObs(db, std::string(kInsert) + kObsColumns + "WHERE trace_id = ?1 AND rowid <= ?2");
    Statement addTrace(db, std::string(kInsert) + kTraceColumns + "WHERE id = ?1 AND rowid <= ?2");
    Statement done(db, "DELETE FROM search_fts_pending WHERE trace_id = ?1");
    // Index rows are found by rowid (observation rowid, or minus the trace rowid): no scan.
    Statement size(db, std::string(kBytes) + "WHERE rowid IN (SELECT rowid FROM observations WHERE trace_id = ?1 "
                                             "AND rowid <= ?2 UNION ALL SELECT -rowid FROM traces WHERE id = ?1 "
                                             "AND rowid <= ?3)");
    for (const std::string &id : ids) {
        addObs.bindStatic(1, id);
        addObs.bind(2, m.observations);
        if (Status s = stepAll(addObs, "re-index"); !s)
            return s;
        added += db.changes();
        addTrace.bindStatic(1, id);
        addTrace.bind(2, m.traces);
        if (Status s = stepAll(addTrace, "re-index"); !s)
            return s;
        added += db.changes();
        size.bindStatic(1, id);
        size.bind(2, m.observations);
        size.bind(3, m.traces);
        if (size.step())
            bytes += int64_t(size.real(0));
        size.reset();
        done.bindStatic(1, id);
        if (Status s = stepAll(done, "re-index"); !s)
            return s;
    }
    return Status::success();
}

} // namespace

Status pendingSearchRows(Database &db, int64_t &out)
{
    Marks m;
    if (Status s = readMarks(db, m); !s)
        return s;
    Statement st(db, "SELECT (SELECT count(*) FROM observations WHERE rowid > ?1) + "
                     "(SELECT count(*) FROM traces WHERE rowid > ?2) + "
                     "(SELECT count(*) FROM observations WHERE trace_id IN (SELECT trace_id FROM search_fts_pending) "
                     "AND rowid <= ?1) + (SELECT count(*) FROM search_fts_pending)");
    st.bind(1, m.observations);
    st.bind(2, m.traces);
    if (!st.step())
        return Status::failure(QStringLiteral("search index: %1").arg(st.error()));
    out = st.int64(0);
    return Status::success();
}

Status buildSearchIndex(Database &db, const SearchIndexOptions &options, SearchIndexProgress *out)
{
    SearchIndexProgress progress;
    if (Status s = pendingSearchRows(db, progress.rowsTotal); !s)
        return s;
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    const int64_t batch = std::max<int64_t>(1, options.batchRows);
    while (!cancelled()) {
        Transaction tx(db);
        Marks m;
        if (Status s = readMarks(db, m); !s)
            return s;
        int64_t added = 0, fromQueue = 0, fromObs = 0, fromTraces = 0;
        if (Status s = reindexQueued(db, m, std::max<int64_t>(1, batch / 50), fromQueue, progress.textBytes); !s)
            return s;
        if (Status s = indexNewRows(db, true, m.observations, batch, fromObs, progress.textBytes); !s)
            return s;
        if (Status s = indexNewRows(db, false, m.traces, batch, fromTraces, progress.textBytes); !s)
            return s;
        added = fromQueue + fromObs + fromTraces;
        Statement queued(db, "SELECT count(*) FROM search_fts_pending");
        const bool queueEmpty = queued.step() && queued.int64(0) == 0;
        if (added == 0 && queueEmpty)
            break;
        if (Status s = tx.commit(); !s)
            return s;
        progress.rowsDone += added;
        progress.rowsTotal = std::max(progress.rowsTotal, progress.rowsDone);
        if (options.progress)
            options.progress(progress);
    }
    qCDebug(lcSearch) << "indexed" << progress.rowsDone << "rows," << progress.textBytes << "bytes of text"
                      << (cancelled() ? "(cancelled)" : "");
    if (out)
        *out = progress;
    return Status::success();
}

std::string searchLikePattern(const std::string &term)
{
    std::string p = "%";
    for (char c : term) {
        if (c == '%' || c == '_' || c == '\\')
            p += '\\';
        p += c;
    }
    p += '%';
    return p;
}

} // namespace spanscope::store
