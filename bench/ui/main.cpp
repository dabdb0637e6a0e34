// bench_uilist: the trace list over a large workspace. Writes N traces (default 1,000,000)
// through TraceWriter (no parsing: the import has its own benchmark), then measures
//   - open: Workspace::open + TracesPage until the first page is in the table (worker + UI hop)
//   - first page of every sort column, both directions (repository call on one connection)
//   - first page and count under single filters on indexed columns, without and then with the
//     query-planner statistics an import gathers (store/plannerstats.h)
//   - memory: RSS added by the page after the first page and after scrolling 20 pages
// Figures are medians of 5 warm runs. Nothing asserts; it prints.

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include "import/procstats.h"
#include "jobs/readjobs.h"
#include "models/tracelistmodel.h"
#include "pages/tracespage.h"
#include "store/database.h"
#include "store/plannerstats.h"
#include "store/tracerepository.h"
#include "store/tracewriter.h"
#include "workspace.h"

using namespace spanscope;

namespace {

const char *kModels[] = { "gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet-20241022", "gemini-1.5-pro", "o3-mini" };
const char *kNames[] = { "support-agent", "rag-qa", "code-review-bot", "sql-copilot", "travel-planner",
                         "research-assistant" };
const char *kEnvs[] = { "production", "staging", "development" };
const char *kTags[] = { "beta", "mobile", "web", "batch", "eval" };

uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

bool writeWorkspace(const QString &path, int64_t traces)
{
    QFile::remove(path);
    store::Database db;
    if (store::Status s = db.open(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error));
        return false;
    }
    db.setJournalMode("DELETE"); // the only connection: the bulk path
    // Random trace ids land all over the primary-key and index b-trees; with SQLite's default
    // 2 MB page cache every insert then reads pages back from disk (1M traces took > 15 min).
    // A 4 GB cache keeps the whole file in memory while it is written.
    db.exec("PRAGMA cache_size=-4000000");
    const double t0 = bench::nowSeconds();
    const int64_t start = 1767225600000000000LL;
    const int64_t batch = 50000;
    for (int64_t first = 0; first < traces; first += batch) {
        store::Transaction tx(db);
        store::TraceWriter w(db);
        for (int64_t i = first; i < std::min(traces, first + batch); ++i) {
            const uint64_t h = mix(uint64_t(i) + 1);
            TraceRecord t;
            char id[40];
            std::snprintf(id, sizeof id, "%032llx", (unsigned long long)mix(uint64_t(i) * 7 + 3));
            t.id = id;
            t.name = kNames[h % 6];
            t.timestampNs = start + i * 2'000'000'000LL + int64_t(h % 1000);
            t.userId = "user-" + std::to_string((h >> 8) % 2000);
            t.sessionId = "sess-" + std::to_string(i / 5);
            t.environment = kEnvs[(h >> 16) % 3];
            t.tagsJson = std::string("[\"") + kTags[(h >> 20) % 5] + "\"]";
            ObservationRecord o;
            o.traceId = t.id;
            o.id = t.id.substr(0, 16);
            o.type = "GENERATION";
            o.name = "llm-call";
            o.model = kModels[(h >> 24) % 5];
            o.startNs = t.timestampNs;
            const int64_t latency = int64_t((h >> 28) % 60000) * 1'000'000LL;
            o.endNs = *o.startNs + latency;
            const bool error = (h >> 44) % 100 < 7;
            o.level = error ? "ERROR" : "DEFAULT";
            o.usage.total = int64_t((h >> 36) % 20000);
            w.writeObservation(o, 0);
            store::TraceTotals totals;
            totals.startNs = o.startNs;
            totals.endNs = o.endNs;
            totals.observations = 1;
            totals.errors = error ? 1 : 0;
            totals.totalTokens = *o.usage.total;
            totals.cost = double(*o.usage.total) * 2.5e-6;
            totals.costComputed = totals.cost;
            w.writeTrace(t, 0, &totals);
            if (h % 4 == 0) {
                ScoreRecord s;
                s.id = t.id + "-r";
                s.traceId = t.id;
                s.name = "relevance";
                s.value = double((h >> 50) % 1000) / 1000.0;
                w.writeScore(s, 0);
            }
        }
        if (store::Status s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error));
            return false;
        }
    }
    db.setJournalMode("WAL");
    std::printf("wrote %lld traces in %.1f s (%.1f MB)\n", (long long)traces, bench::nowSeconds() - t0,
                double(QFileInfo(path).size()) / 1e6);
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median ms of a repository call over 5 runs after one warm-up.
template <typename F>
double timeMs(F &&f)
{
    f();
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        const double t = bench::nowSeconds();
        f();
        runs.push_back((bench::nowSeconds() - t) * 1000.0);
    }
    return median(runs);
}

// Median times of every sort and of single filters on one read-only connection.
void measureQueries(const QString &path, int64_t traces, const char *label)
{
    std::printf("-- %s\n", label);
    store::Database db;
    db.open(path, store::Database::Mode::ReadOnly);
    const int pageSize = ui::TraceListModel::DefaultPageSize;
    const char *sortNames[] = { "time", "name", "observations", "latency", "tokens", "cost" };
    for (int c = 0; c <= int(store::TraceSortColumn::Cost); ++c) {
        for (bool desc : { true, false }) {
            store::TraceSort sort { store::TraceSortColumn(c), desc };
            store::TraceListPage p;
            const double first = timeMs([&] { store::queryTracePage(db, {}, sort, std::nullopt, pageSize, p); });
            const std::optional<store::TraceCursor> after = p.next;
            const double next = timeMs([&] { store::queryTracePage(db, {}, sort, after, pageSize, p); });
            std::printf("sort %-12s %-4s: first page %6.2f ms, next page %6.2f ms\n", sortNames[c],
                        desc ? "desc" : "asc", first, next);
        }
    }
    struct Case {
        const char *name;
        store::TraceFilter filter;
    };
    std::vector<Case> cases;
    store::TraceFilter f;
    f.errorsOnly = true;
    cases.push_back({ "errors only", f });
    f = {};
    f.userIds = { "user-42" };
    cases.push_back({ "user", f });
    f = {};
    f.sessionIds = { "sess-4242" };
    cases.push_back({ "session", f });
    f = {};
    f.traceNames = { "sql-copilot" };
    cases.push_back({ "trace name", f });
    f = {};
    f.environments = { "staging" };
    cases.push_back({ "environment", f });
    f = {};
    f.minLatencyNs = 55'000'000'000LL;
    cases.push_back({ "latency >= 55 s", f });
    f = {};
    f.minCostUsd = 0.049;
    cases.push_back({ "cost >= $0.049", f });
    f = {};
    f.fromNs = 1767225600000000000LL + traces * 1'000'000'000LL;
    f.toNs = *f.fromNs + 3600LL * 1'000'000'000LL;
    cases.push_back({ "time: one hour", f });
    f = {};
    f.models = { "o3-mini" };
    cases.push_back({ "model (not indexed per trace)", f });
    f = {};
    f.tags = { "eval" };
    cases.push_back({ "tag (JSON, not indexed)", f });
    f = {};
    f.scores = { store::ScoreCondition { "relevance", store::ScoreCondition::Op::Less, 0.6, std::nullopt } };
    cases.push_back({ "score relevance < 0.6", f });
    for (const Case &c : cases) {
        store::TraceListPage p;
        const double first = timeMs([&] { store::queryTracePage(db, c.filter, {}, std::nullopt, pageSize, p); });
        int64_t n = 0;
        const double count = timeMs([&] { store::countTraces(db, c.filter, n); });
        store::TraceListPage sorted;
        const double byCost = timeMs([&] {
            store::queryTracePage(db, c.filter, { store::TraceSortColumn::Cost, true }, std::nullopt, pageSize, sorted);
        });
        std::printf("filter %-30s: first page %7.2f ms (%3zu rows), by cost %7.2f ms, count %8.2f ms (%lld)\n",
                    c.name, first, p.rows.size(), byCost, count, (long long)n);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the workspace."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("traces"), QStringLiteral("Traces to write."), QStringLiteral("n"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("reuse"), QStringLiteral("Reuse the workspace if it exists.") });
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const int64_t traces = parser.value(QStringLiteral("traces")).toLongLong();
    const QString path = QDir(dir).filePath(QStringLiteral("list-%1.spanscope").arg(traces));
    if (!(parser.isSet(QStringLiteral("reuse")) && QFileInfo::exists(path)) && !writeWorkspace(path, traces))
        return 1;
    {
        // A reused workspace may carry statistics from an earlier run: start without them.
        store::Database db;
        db.open(path);
        db.exec("DROP TABLE IF EXISTS sqlite_stat1");
    }

    // Open as the app does, through the Traces page; time until the first page is in the table.
    const int64_t rssBefore = bench::currentRssBytes();
    const double t0 = bench::nowSeconds();
    ui::Workspace workspace;
    if (store::Status s = workspace.open(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error));
        return 1;
    }
    const double opened = bench::nowSeconds();
    ui::TracesPage page(&workspace);
    double firstPage = 0;
    QObject::connect(page.traceModel(), &ui::TraceListModel::pageLoaded, [&] {
        if (firstPage == 0)
            firstPage = bench::nowSeconds();
    });
    page.resize(1400, 800);
    page.show();
    while (firstPage == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    while (page.traceModel()->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double counted = bench::nowSeconds();
    std::printf("open workspace: %.1f ms; first page in the table: %.1f ms after open (%d rows); count %lld: %.1f ms\n",
                (opened - t0) * 1000, (firstPage - opened) * 1000, page.traceModel()->rowCount(),
                (long long)page.traceModel()->totalCount(), (counted - opened) * 1000);
    const int64_t rssFirst = bench::currentRssBytes();
    for (int i = 0; i < 20 && page.traceModel()->canFetchMore({}); ++i) {
        page.traceModel()->fetchMore({});
        while (page.traceModel()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    std::printf("memory: +%.1f MB after open and first page, +%.1f MB with %d rows loaded\n",
                double(rssFirst - rssBefore) / 1e6, double(bench::currentRssBytes() - rssBefore) / 1e6,
                page.traceModel()->rowCount());

    // Sorts and filters on a fresh read connection, first without planner statistics (as the
    // workspace was written), then after refreshPlannerStats() gathered them (as an import does).
    measureQueries(path, traces, "without planner statistics");
    {
        store::Database db;
        db.open(path);
        const double t = bench::nowSeconds();
        bool ran = false;
        if (store::Status st = store::refreshPlannerStats(db, &ran); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error));
            return 1;
        }
        std::printf("refreshPlannerStats: %.0f ms (%s)\n", (bench::nowSeconds() - t) * 1000, ran ? "analyzed" : "nothing to do");
    }
    measureQueries(path, traces, "with planner statistics");
    return 0;
}
