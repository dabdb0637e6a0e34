// bench_cost: figures for docs/PERFORMANCE.md ("Cost analytics").
//  A. Rollup maintenance: the same generated file imported into fresh workspaces with and without
//     cost rollups (alternating, median of rounds); the difference is the rollups' share.
//  B. Queries: a year of synthetic calls (default 10M, 4 per trace, 15 models, 500 users) written
//     through store::TraceWriter, rollups rebuilt once; cost over time by model for ranges from a
//     day to a year from the rollups, and the same answer from raw rows (the baseline) in the
//     same run.
//  C. Draw: the Cost page's chart for the year (8 stacked groups + Other), painted offscreen.
// Usage: bench_cost [--calls N] [--traces-import N] [--db PATH] [--skip-import]
//        (an existing --db PATH is reused for B and C)

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <random>

#include "analytics/costreport.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "pages/costpage.h"
#include "store/costrepository.h"
#include "store/tracewriter.h"
#include "workspace.h"

using namespace spanscope;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void benchMaintenance(const QString &dir, int64_t traces)
{
    generate::Options o;
    o.traces = traces;
    o.spansPerTrace = 10;
    o.seed = 99;
    const QString file = dir + QStringLiteral("/import.jsonl");
    const auto gen = generate::writeFile(file, o);
    std::printf("A. rollup maintenance: %lld traces, %lld observations, %.0f MB\n", (long long)gen.traces,
                (long long)gen.observations, double(gen.bytes) / 1e6);
    std::vector<double> with, without, rebuild;
    for (int round = 0; round < 3; ++round) {
        for (bool rollups : { round % 2 == 0, round % 2 != 0 }) {
            const QString path = dir + QStringLiteral("/a-%1-%2.db").arg(round).arg(rollups);
            QFile::remove(path);
            store::Database db;
            db.open(path);
            import::ImportOptions io;
            io.buildSearchIndex = false;
            io.bulk = true;
            io.costRollups = rollups;
            QElapsedTimer t;
            t.start();
            import::importFiles(db, { file }, io);
            (rollups ? with : without).push_back(double(t.nsecsElapsed()) / 1e9);
            db.close();
            if (!rollups) {
                QElapsedTimer r;
                r.start();
                store::Database again;
                again.open(path); // rebuilds the stale rollups
                rebuild.push_back(double(r.nsecsElapsed()) / 1e9);
            }
            QFile::remove(path);
        }
    }
    const double w = median(with), wo = median(without);
    std::printf("   import with rollups %.2f s, without %.2f s: maintenance %+.1f %% (median of %zu rounds)\n", w, wo,
                100.0 * (w - wo) / wo, with.size());
    std::printf("   one-pass rebuild on open after an import without rollups: %.2f s\n", median(rebuild));
}

// Trace metadata of the synthetic year: a team (12 values) and a customer tier (3 values).
std::string syntheticMetadata(int64_t i)
{
    static const char *tiers[] = { "free", "pro", "enterprise" };
    return "{\"team\":\"team-" + std::to_string(i % 12) + "\",\"tier\":\"" + tiers[(i / 12) % 3] + "\"}";
}

void writeSyntheticYear(const QString &path, int64_t calls)
{
    store::Database db;
    db.open(path);
    store::Transaction tx(db);
    store::TraceWriter w(db);
    const int64_t source = w.upsertSource("file", "bench://synthetic-year", "bench", "year", 0, 0);
    std::mt19937_64 rng(7);
    const char *models[] = { "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "o4-mini", "gpt-5-mini",
                             "claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001", "claude-3-5-haiku-20241022",
                             "gemini-2.5-pro", "gemini-2.5-flash", "text-embedding-3-small", "mistral-large-latest",
                             "command-r-plus" };
    const char *names[] = { "support-chat", "rag-answer", "summarise", "classify", "agent-run" };
    const char *envs[] = { "production", "staging", "dev" };
    const int64_t start = 1735689600000000000LL; // 2025-01-01
    const int64_t year = 365 * store::kDayNs;
    const int64_t traces = calls / 4;
    QElapsedTimer t;
    t.start();
    for (int64_t i = 0; i < traces; ++i) {
        TraceRecord tr;
        tr.id = "t" + std::to_string(i);
        const int64_t ts = start + int64_t(double(i) / double(traces) * double(year));
        tr.timestampNs = ts;
        tr.name = names[rng() % 5];
        tr.userId = "user-" + std::to_string(rng() % 500);
        tr.environment = envs[rng() % 3];
        tr.tagsJson = rng() % 2 ? std::string("[\"batch\"]") : std::string("[\"interactive\",\"beta\"]");
        tr.metadataJson = syntheticMetadata(i);
        store::TraceTotals tot;
        for (int k = 0; k < 4; ++k) {
            ObservationRecord o;
            o.traceId = tr.id;
            o.id = tr.id + "-" + std::to_string(k);
            o.type = ObsType::Generation;
            o.name = "llm";
            o.startNs = ts + k * 1000000000LL;
            o.endNs = *o.startNs + 800000000LL;
            o.model = models[rng() % 15];
            o.usage.input = int64_t(200 + rng() % 3000);
            o.usage.output = int64_t(20 + rng() % 600);
            o.usage.total = *o.usage.input + *o.usage.output;
            o.costComputed = double(*o.usage.input) * 2e-6 + double(*o.usage.output) * 8e-6;
            o.preorder = k;
            o.level = rng() % 40 == 0 ? std::optional<std::string>("ERROR") : std::nullopt;
            w.writeObservation(o, source);
            tot.startNs = tot.startNs ? std::min(*tot.startNs, *o.startNs) : *o.startNs;
            tot.endNs = tot.endNs ? std::max(*tot.endNs, *o.endNs) : *o.endNs;
            ++tot.observations;
            tot.inputTokens += *o.usage.input;
            tot.outputTokens += *o.usage.output;
            tot.totalTokens += *o.usage.total;
            tot.costComputed = tot.costComputed.value_or(0) + *o.costComputed;
            tot.cost = tot.costComputed;
        }
        w.writeTrace(tr, source, &tot);
        if (i % 250000 == 0 && i > 0)
            std::printf("   ... %lld calls written (%.0f s)\n", (long long)(i * 4), double(t.elapsed()) / 1000);
    }
    tx.commit();
    std::printf("B. %lld calls in %lld traces over 365 days written in %.1f s\n", (long long)calls, (long long)traces,
                double(t.elapsed()) / 1000);
    QElapsedTimer r;
    r.start();
    store::Transaction tx2(db);
    store::rebuildCostRollups(db);
    tx2.commit();
    std::printf("   rollups rebuilt from raw rows in %.1f s\n", double(r.elapsed()) / 1000);
}

void benchQueries(const QString &path)
{
    store::Database db;
    db.open(path, store::Database::Mode::ReadOnly);
    std::optional<int64_t> first, last;
    store::costDataRange(db, first, last);
    if (!last)
        return;
    const int64_t end = (*last / store::kDayNs + 1) * store::kDayNs;
    const std::pair<const char *, int64_t> ranges[] = { { "1 day", store::kDayNs }, { "7 days", 7 * store::kDayNs },
                                                        { "30 days", 30 * store::kDayNs },
                                                        { "365 days", 365 * store::kDayNs } };
    std::printf("   cost over time by model (auto bucket); rollups: median of 5 runs; raw rows: 1 run\n");
    for (const auto &[label, span] : ranges) {
        analytics::CostQuery q;
        q.fromNs = end - span;
        q.toNs = end;
        q.dim = store::CostDim::Model;
        q.bucket = analytics::autoCostBucket(q.fromNs, q.toNs);
        std::vector<double> times;
        analytics::CostSeries s;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            analytics::costSeries(db, q, s);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // Baseline: the same answer from raw rows (observations joined with traces).
        store::CostRequest raw;
        raw.fromNs = q.fromNs;
        raw.toNs = q.toNs;
        raw.dim = store::CostDim::Model;
        raw.daily = q.bucket != analytics::CostBucket::Hour;
        raw.fromRawRows = true;
        std::vector<store::CostRow> rows;
        QElapsedTimer t;
        t.start();
        store::costRows(db, raw, rows);
        const double rawMs = double(t.nsecsElapsed()) / 1e6;
        double rawCost = 0;
        for (const auto &r : rows)
            rawCost += r.sums.cost;
        std::printf("   %-8s %-5s buckets %4zu  rollups %8.2f ms  raw rows %9.1f ms  (x%.0f)  cost %.2f = %.2f  requests %lld\n",
                    label, analytics::costBucketName(q.bucket), s.buckets.size(), median(times), rawMs,
                    rawMs / std::max(0.001, median(times)), s.total.cost, rawCost, (long long)s.total.requests);
    }
}

void benchDraw(const QString &path)
{
    ui::Workspace ws;
    ui::CostPage page(&ws);
    page.resize(1400, 900);
    page.show();
    QElapsedTimer load;
    load.start();
    ws.open(path);
    page.rangeCombo()->setCurrentIndex(page.rangeCombo()->findData(ui::CostPage::Last365d));
    QTest::qWait(10);
    while (ws.readJobs()->isBusy(QStringLiteral("cost-main")))
        QTest::qWait(2);
    const double chartMs = double(load.elapsed());
    while (page.isLoading())
        QTest::qWait(5);
    std::printf("C. Cost page, 365 days: KPIs, chart, breakdown and budgets shown after %.0f ms; the per-trace tables "
                "(p50/p95, most expensive, sessions, metadata keys) after %.0f ms\n", chartMs, double(load.elapsed()));
    std::vector<double> draws;
    QImage image(page.chartView()->size(), QImage::Format_ARGB32);
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        page.measureCombo()->setCurrentIndex(i % 2 ? 1 : 0); // rebuilds the chart
        page.measureCombo()->setCurrentIndex(0);
        QPainter p(&image);
        page.chartView()->render(&p);
        p.end();
        draws.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("   chart rebuilt and painted (%zu buckets, 9 bar sets): %.1f ms (median of 5)\n",
                page.data().series.buckets.size(), median(draws));
}

// D. A breakdown by a metadata key over the whole year: computed (a scan of the year's traces),
// then asked again (the cache). Workspaces written before the synthetic year had metadata get it
// first (same values as a fresh write).
void benchMetadata(const QString &path)
{
    store::Database db;
    db.open(path);
    store::Statement probe(db, "SELECT count(*) FROM (SELECT 1 FROM traces WHERE metadata IS NOT NULL LIMIT 1)");
    if (probe.step() && probe.int64(0) == 0) {
        QElapsedTimer t;
        t.start();
        db.exec("UPDATE traces SET metadata = json_object('team', 'team-' || (CAST(substr(id, 2) AS INTEGER) % 12), "
                "'tier', CASE (CAST(substr(id, 2) AS INTEGER) / 12) % 3 WHEN 0 THEN 'free' WHEN 1 THEN 'pro' ELSE 'enterprise' END)");
        std::printf("D. (added trace metadata to the workspace in %.1f s)\n", double(t.elapsed()) / 1000);
    }
    std::optional<int64_t> first, last;
    store::costDataRange(db, first, last);
    const int64_t from = first.value_or(0), to = last.value_or(0) + store::kDayNs;
    store::MetadataCostCache cache;
    for (const char *key : { "team", "tier" }) {
        std::vector<store::TraceGroupCost> rows;
        bool hit = false;
        QElapsedTimer t;
        t.start();
        cache.get(db, key, from, to, {}, 200, rows, &hit);
        const double computed = double(t.nsecsElapsed()) / 1e6;
        std::vector<double> cached;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer c;
            c.start();
            cache.get(db, key, from, to, {}, 200, rows, &hit);
            cached.push_back(double(c.nsecsElapsed()) / 1e6);
        }
        int64_t traces = 0;
        for (const auto &r : rows)
            traces += r.traces;
        std::printf("D. metadata breakdown by \"%s\" over 365 days (%zu values, %lld traces): computed %.0f ms, "
                    "cached %.2f ms (median of 5, hit=%d)\n", key, rows.size(), (long long)traces, computed, median(cached), hit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int64_t calls = 10000000, importTraces = 20000;
    QString dbPath;
    bool skipImport = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--calls") && i + 1 < args.size())
            calls = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--traces-import") && i + 1 < args.size())
            importTraces = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            dbPath = args[++i];
        else if (args[i] == QLatin1String("--skip-import"))
            skipImport = true;
    }
    QTemporaryDir tmp;
    if (!skipImport)
        benchMaintenance(tmp.path(), importTraces);
    if (dbPath.isEmpty())
        dbPath = tmp.filePath(QStringLiteral("year.db"));
    if (!QFile::exists(dbPath))
        writeSyntheticYear(dbPath, calls);
    benchQueries(dbPath);
    benchDraw(dbPath);
    benchMetadata(dbPath);
    return 0;
}
