#pragma once
// Value types of the Langfuse server sync: connection (the secret lives only in memory), retry
// policy, options, progress and summary. Plain values; any thread.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

#include <QString>
#include <QStringList>

namespace spanscope::pricing {
class PriceCatalog;
}

namespace spanscope::remote {

struct Connection {
    QString profile;   // profile name; empty when given by host (the host names the state then)
    QString host;      // e.g. https://cloud.langfuse.com (no /api/public)
    QString publicKey;
    QString secretKey; // kept in memory only: never logged, never stored in the workspace
    // The name sync state is kept under: the profile, else the host.
    QString stateName() const { return profile.isEmpty() ? host : profile; }
};

// How failures are retried. Tests scale the waits down; production uses the defaults.
struct RetryPolicy {
    int maxAttempts = 8;            // per request, for retryable failures
    int baseBackoffMs = 500;        // first backoff; doubles each attempt, with +-50% jitter
    int maxBackoffMs = 30000;
    double retryAfterScale = 1.0;   // multiplies the server's Retry-After seconds
    int maxRetryAfterMs = 120000;   // never wait longer than this for one 429
    int requestTimeoutMs = 60000;   // no bytes for this long = timeout
    int narrowAfterTimeouts = 2;    // server timeouts (408/422/524/no answer) before the window is halved
    int64_t minWindowNs = 60LL * 1000000000LL; // never narrow below one minute
};

struct SyncFilters {
    QString environment;
    QString traceName;
    QString userId;
    QStringList tags; // all of them
    bool isEmpty() const { return environment.isEmpty() && traceName.isEmpty() && userId.isEmpty() && tags.isEmpty(); }
    // A stable text naming the filter set ('' when unfiltered): sync state is kept per scope.
    QString scope() const;
};

enum SyncResource : unsigned {
    ResTraces = 1,
    ResObservations = 2,
    ResScores = 4,
    ResSessions = 8,
    ResPrompts = 16,
    ResModels = 32,
    ResAll = 63,
};

struct SyncProgress {
    QString stage;           // "connecting", "models", "prompts", "window", "waiting", "indexing", "done"
    QString resource;        // "traces", "observations", ...
    int64_t windowFromNs = 0, windowToNs = 0;   // the window being fetched
    int64_t totalFromNs = 0, totalToNs = 0;     // the whole sync
    int64_t doneNs = 0;      // how much of the whole sync's time span is finished
    int64_t traces = 0, observations = 0, scores = 0, sessions = 0, prompts = 0, models = 0;
    int64_t requests = 0, retries = 0, skippedPages = 0;
    int waitMs = 0;          // > 0 while waiting (rate limit or backoff)
    QString waitReason;      // "rate limited (429)", "server error 503", ...
};

struct SyncOptions {
    int64_t fromNs = 0;
    int64_t toNs = 0;        // exclusive
    SyncFilters filters;
    unsigned resources = ResAll;
    bool full = false;       // fetch the whole window even where earlier syncs covered it
    int64_t chunkNs = 24LL * 3600 * 1000000000LL;    // one transaction per window of this size
    // A window whose trace list reports more traces than this is fetched in two halves instead,
    // so what one transaction holds in memory does not grow with the data's density (0 = no cap).
    int64_t maxTracesPerWindow = 5000;
    int64_t overlapNs = 15LL * 60 * 1000000000LL;    // data younger than this at fetch time is fetched again next sync
    int observationPageSize = 1000;                  // v2 observations (max 1000)
    int pageSize = 100;                              // every other list (max 100)
    RetryPolicy retry;
    bool buildSearchIndex = true;
    const std::atomic<bool> *cancel = nullptr;
    const std::atomic<bool> *pause = nullptr;        // while true, the sync waits between requests
    std::function<void(const SyncProgress &)> progress;
    std::function<void()> committed;                 // after each window is saved (show new traces)
    std::function<void(const QString &)> log;        // human-readable log lines (never secrets)
    // Test hook: stop (as if killed) after this many windows were committed; 0 = never.
    int stopAfterWindows = 0;
};

struct SyncSummary {
    enum class Outcome { Ok, Partial, Cancelled, Failed };
    Outcome outcome = Outcome::Ok;
    QString error;               // Failed: what went wrong, for the user
    int httpStatus = 0;          // of the failure, when it was an HTTP answer
    QString projectId;
    QString observationsApi;     // "v2" | "v1"
    QString scoresApi;           // "v3" | "v2" | "v1" | "" (none)
    QString tracesApi;           // "v1" | "" (none: events-only server)
    int64_t traces = 0, observations = 0, scores = 0, sessions = 0, prompts = 0, models = 0;
    int64_t scoreConfigs = 0;
    int64_t requests = 0, retries = 0, skippedPages = 0, windows = 0, narrowed = 0; // narrowed: split on timeouts or size
    int64_t fetchedFromNs = 0, fetchedToNs = 0; // the part of the window actually fetched (0 = none)
    QStringList log;
};

} // namespace spanscope::remote
