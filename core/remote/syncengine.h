#pragma once
// Internals of syncLangfuse: one run against one server. Not a public API (see langfusesync.h).
// One thread: the caller of syncLangfuse.

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "import/importer.h"
#include "remote/httpclient.h"
#include "remote/synctypes.h"
#include "store/syncstate.h"

namespace spanscope::store {
class Database;
}
namespace spanscope::import {
class ImportSession;
}

namespace spanscope::remote {

class SyncEngine {
public:
    SyncEngine(store::Database &db, const Connection &connection, const SyncOptions &options);
    ~SyncEngine();
    SyncSummary run();

private:
    // Narrow: the server timed out on the window; Split: it holds more traces than a window should.
    enum class WindowResult { Done, Narrow, Split, Failed, Cancelled };
    struct ListSpec;

    bool detect();
    // A plain page-numbered list (models, score configs), every page.
    enum class ListResult { Complete, Incomplete, Unavailable, Failed };
    ListResult fetchAllPages(const QString &path, const QString &what, std::vector<std::string> &items);
    bool syncModels();
    bool syncScoreConfigs();
    bool syncPrompts();
    bool syncWindows();
    WindowResult syncWindow(int64_t fromNs, int64_t toNs);
    // Pages through one list for [from, to) into the sink. skipped is set when a page was skipped.
    WindowResult fetchList(const ListSpec &spec, int64_t fromNs, int64_t toNs, import::RecordSink &sink,
                           import::ImportSession &session, bool &incomplete);
    bool failFrom(const HttpResponse &r, const QString &what);
    void fail(const QString &message, int status = 0);
    void log(const QString &line);
    void report(const QString &stage);
    bool cancelled() const;
    std::string sourceUri(const char *what, int64_t fromNs, int64_t toNs) const;

    store::Database &m_db;
    Connection m_conn;
    SyncOptions m_opt;
    SyncSummary m_sum;
    SyncProgress m_progress;
    std::unique_ptr<HttpClient> m_http;
    std::shared_ptr<const pricing::PriceCatalog> m_catalog;
    store::SyncKey m_key;
    int64_t m_runStartNs = 0;
    int m_windowsCommitted = 0;
    bool m_stopRequested = false;
    // With filters: the traces that matched, so observations and scores of other traces are dropped.
    std::unordered_set<std::string> m_matchedTraces;
    bool m_clientFilter = false;
};

// The windows of [from, to) not covered yet, split into chunks of at most chunkNs.
std::vector<store::TimeRange> plannedWindows(const std::vector<store::TimeRange> &coverage, int64_t fromNs,
                                             int64_t toNs, int64_t chunkNs);

} // namespace spanscope::remote
