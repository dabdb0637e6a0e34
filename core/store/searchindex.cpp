#include "store/searchindex.h"

#include <QLoggingCategory>

#include <iterator>

#include "store/gramindex.h"

Q_LOGGING_CATEGORY(lcSearch, "spanscope.search")

namespace spanscope::store {

namespace {

// The key (an observation's rowid, minus a trace's) and the searched texts of a table's rows.
std::string searchedRows(const char *table)
{
    std::string sql = std::string("SELECT ") + (std::string(table) == "traces" ? "-rowid" : "rowid") + ", name";
    for (const char *col : kSearchedPayloads)
        sql += std::string(", spanscope_text(") + col + ")";
    return sql + " FROM " + table + " ";
}
const std::string kObsRows = searchedRows("observations");
const std::string kTraceRows = searchedRows("traces");

Status stepAll(Statement &st, const char *what)
{
    if (st.run())
        return Status::success();
    return Status::failure(QStringLiteral("search index (%1): %2").arg(QLatin1String(what), st.error()));
}

// Merging is tiered: every 32 new segments are merged into one, and every 16 such merges all
// lists are merged into one. A query reads at most ~50 lists per trigram, and a merge rewrites
// only the recent lists (all of them once per 512 segments, ~10M rows in 20k-row batches).
constexpr int64_t kMergeAfterSegments = 32;
constexpr int64_t kFullMergeAfterMerges = 16;

struct Marks {
    int64_t observations = 0, traces = 0, segments = 0, merged = 0, merges = 0;
};

Status readMarks(Database &db, Marks &m)
{
    Statement st(db, "SELECT (SELECT value FROM search_fts_state WHERE key = 'observations'), "
                     "(SELECT value FROM search_fts_state WHERE key = 'traces'), "
                     "(SELECT value FROM search_fts_state WHERE key = 'segments'), "
                     "(SELECT value FROM search_fts_state WHERE key = 'merged'), "
                     "(SELECT value FROM search_fts_state WHERE key = 'merges')");
    if (!st.step())
        return Status::failure(QStringLiteral("search index state: %1").arg(st.error()));
    m.observations = st.int64(0);
    m.traces = st.int64(1);
    m.segments = st.int64(2);
    m.merged = st.int64(3);
    m.merges = st.int64(4);
    return Status::success();
}

Status setMark(Database &db, const char *key, int64_t value)
{
    Statement st(db, "UPDATE search_fts_state SET value = ?2 WHERE key = ?1");
    st.bindStatic(1, key);
    st.bind(2, value);
    return stepAll(st, "state");
}

// Feeds the texts of every row `st` returns (searchedRows: key, name, payloads) to the builder.
// `top` receives the highest rowid (a trace's key is minus its rowid).
Status addRows(Statement &st, grams::Builder &builder, int64_t &rows, int64_t *top = nullptr)
{
    constexpr int kTexts = 1 + int(std::size(kSearchedPayloads));
    while (st.step()) {
        const int64_t key = st.int64(0);
        for (int col = 1; col <= kTexts; ++col)
            builder.add(key, st.textView(col));
        ++rows;
        if (top)
            *top = std::max(*top, key < 0 ? -key : key);
    }
    if (st.failed())
        return Status::failure(QStringLiteral("search index: %1").arg(st.error()));
    return Status::success();
}

// One batch: up to `limit` rows of `table` above its mark. Returns rows added via `added`.
// Rows go to the builder in ascending key order (traces newest first, as their keys are negative),
// and a batch adds traces before observations: its lists then need no sorting when written.
Status indexNewRows(Database &db, bool observations, int64_t mark, int64_t limit, grams::Builder &builder,
                    int64_t &added)
{
    const std::string range = "WHERE rowid > ?1 AND rowid IN (SELECT rowid FROM " +
        std::string(observations ? "observations" : "traces") + " WHERE rowid > ?1 ORDER BY rowid LIMIT ?2) ";
    Statement rows(db, (observations ? kObsRows : kTraceRows) + range +
                           (observations ? "ORDER BY rowid" : "ORDER BY rowid DESC"));
    rows.bind(1, mark);
    rows.bind(2, limit);
    int64_t top = 0, count = 0;
    if (Status s = addRows(rows, builder, count, &top); !s || count == 0)
        return s;
    added += count;
    return setMark(db, observations ? "observations" : "traces", top);
}

// Re-adds the already-marked rows of up to `limit` queued traces.
Status reindexQueued(Database &db, const Marks &m, int64_t limit, grams::Builder &builder, int64_t &added)
{
    Statement pick(db, "SELECT trace_id FROM search_fts_pending LIMIT ?1");
    pick.bind(1, limit);
    std::vector<std::string> ids;
    while (pick.step())
        ids.push_back(pick.text(0));
    Statement obs(db, kObsRows + "WHERE trace_id = ?1 AND rowid <= ?2");
    Statement trace(db, kTraceRows + "WHERE id = ?1 AND rowid <= ?2");
    Statement done(db, "DELETE FROM search_fts_pending WHERE trace_id = ?1");
    for (const std::string &id : ids) {
        for (auto [st, mark] : {std::pair{&obs, m.observations}, {&trace, m.traces}}) {
            st->bindStatic(1, id);
            st->bind(2, mark);
            if (Status s = addRows(*st, builder, added); !s)
                return s;
            st->reset();
        }
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
    grams::Builder builder;
    while (!cancelled()) {
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(QStringLiteral("search index: cannot start writing: %1").arg(db.lastError()));
        Marks m;
        if (Status s = readMarks(db, m); !s)
            return s;
        int64_t added = 0;
        if (Status s = indexNewRows(db, false, m.traces, batch, builder, added); !s)
            return s;
        if (Status s = indexNewRows(db, true, m.observations, batch, builder, added); !s)
            return s;
        if (Status s = reindexQueued(db, m, std::max<int64_t>(1, batch / 50), builder, added); !s)
            return s;
        Statement queued(db, "SELECT count(*) FROM search_fts_pending");
        const bool queueEmpty = queued.step() && queued.int64(0) == 0;
        if (added == 0 && queueEmpty)
            break;
        const int64_t textBytes = builder.textBytes();
        if (!builder.empty()) {
            if (Status s = builder.write(db, m.segments + 1); !s)
                return s;
            if (Status s = setMark(db, "segments", m.segments + 1); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
        progress.rowsDone += added;
        progress.textBytes += textBytes;
        progress.rowsTotal = std::max(progress.rowsTotal, progress.rowsDone);
        if (options.progress)
            options.progress(progress);
    }
    if (!cancelled()) {
        Marks m;
        if (Status s = readMarks(db, m); !s)
            return s;
        if (m.segments - m.merged >= kMergeAfterSegments) {
            // The merged lists get a segment number of their own, taken before they are written,
            // so a merge that is cancelled halfway never collides with the next batch.
            const bool full = m.merges + 1 >= kFullMergeAfterMerges;
            const int64_t into = m.segments + 1;
            if (Status s = setMark(db, "segments", into); !s)
                return s;
            if (Status s = grams::merge(db, full ? 0 : m.merged, into, options.cancel); !s)
                return s;
            if (!cancelled()) {
                if (Status s = setMark(db, "merged", into); !s)
                    return s;
                if (Status s = setMark(db, "merges", full ? 0 : m.merges + 1); !s)
                    return s;
            }
        }
    }
    qCDebug(lcSearch) << "indexed" << progress.rowsDone << "rows," << progress.textBytes << "bytes of text"
                      << (cancelled() ? "(cancelled)" : "");
    if (out)
        *out = progress;
    return Status::success();
}

} // namespace spanscope::store
