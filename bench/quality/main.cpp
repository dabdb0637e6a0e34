// bench_quality: generates and imports a workspace (N traces, 2 spans each; ~1.5 scores per
// trace, so 670k traces give ~1M scores), then times loadQualityHeatmap per grouping, from the
// quality facts and through the join it replaced, against a plain "GROUP BY name" aggregate over
// the same scores in the same run, and the heatmap's paint; and one full rebuild of the facts.
// Usage: bench_quality [--traces N] [--db PATH]   (an existing PATH is reused, not regenerated)

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"
#include "store/qualityfacts.h"
#include "store/qualityrepository.h"
#include "store/statsrepository.h"
#include "widgets/heatmap.h"

using namespace spanscope;
using spanscope::ui::HeatmapWidget;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int64_t traces = 400000;
    QString dbPath;
    const bool factsOnly = args.removeAll(QStringLiteral("--facts-only")) > 0; // no join, no rebuild (profiling)
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--traces"))
            traces = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            dbPath = args[i + 1];
    }
    QTemporaryDir dir;
    if (dbPath.isEmpty())
        dbPath = dir.filePath(QStringLiteral("bench.db"));
    if (!QFile::exists(dbPath)) {
        generate::Options o;
        o.traces = traces;
        o.spansPerTrace = 2;
        const QString file = dir.filePath(QStringLiteral("g.jsonl"));
        QElapsedTimer t;
        t.start();
        const auto res = generate::writeFile(file, o);
        std::printf("generated %lld traces, %lld scores in %.1f s\n", (long long)res.traces, (long long)res.scores, t.elapsed() / 1000.0);
        store::Database db;
        db.open(dbPath);
        import::ImportOptions io;
        io.bulk = true;
        io.buildSearchIndex = false;
        t.restart();
        import::importFiles(db, { file }, io);
        QFile::remove(file);
        std::printf("imported in %.1f s\n", t.elapsed() / 1000.0);
    }
    if (!factsOnly) {
        // A workspace from before schema 9 is migrated and its facts derived here; then one
        // explicit full rebuild is timed (what an import touching most traces adds).
        store::Database rw;
        QElapsedTimer t;
        t.start();
        if (!rw.open(dbPath)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(dbPath));
            return 2;
        }
        std::printf("read-write open (migrations, derived data): %.1f s\n", t.elapsed() / 1000.0);
        store::Transaction tx(rw);
        t.restart();
        const store::Status s = store::rebuildQualityFacts(rw);
        const double ms = t.nsecsElapsed() / 1e6;
        tx.commit();
        std::printf("full quality facts rebuild: %.0f ms%s\n", ms, s ? "" : " (failed)");
    }
    store::Database db;
    if (!db.open(dbPath, store::Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(dbPath));
        return 2;
    }
    // Baseline: the plainest aggregate over the same rows (count and mean per score name).
    for (int warm = 0; warm < 2; ++warm) {
        QElapsedTimer t;
        t.start();
        int64_t rows = 0;
        store::runQuery(db, "SELECT name, count(*), avg(value) FROM scores WHERE value IS NOT NULL GROUP BY name",
                        [](const std::vector<std::string> &) {}, [&](const std::vector<store::QueryCell> &) { ++rows; });
        if (warm)
            std::printf("baseline GROUP BY name: %.1f ms\n", t.nsecsElapsed() / 1e6);
    }
    HeatmapWidget w;
    w.resize(1400, 500);
    std::vector<std::pair<store::QualityGrouping, std::string>> requests;
    for (store::QualityGrouping g : store::allQualityGroupings())
        requests.emplace_back(g, std::string());
    requests.emplace_back(store::QualityGrouping::Model, "sentiment");
    for (const auto &[g, categorical] : requests) {
        store::HeatmapRequest req;
        req.grouping = g;
        req.categoricalScore = categorical;
        store::QualityHeatmap map;
        req.useFacts = false;
        QElapsedTimer t;
        t.start();
        if (!factsOnly)
            store::loadQualityHeatmap(db, req, map);
        const double joinMs = t.nsecsElapsed() / 1e6;
        req.useFacts = true;
        req.parallelFromRows = std::numeric_limits<int64_t>::max();
        t.restart();
        store::loadQualityHeatmap(db, req, map);
        const double serialMs = t.nsecsElapsed() / 1e6;
        req.parallelFromRows = store::HeatmapRequest().parallelFromRows;
        t.restart();
        store::loadQualityHeatmap(db, req, map);
        const double computeMs = t.nsecsElapsed() / 1e6;
        int64_t scores = 0;
        for (int64_t h : map.hits)
            scores += h;
        QStringList rows, cols;
        for (const auto &r : map.rows)
            rows << QString::fromStdString(r);
        for (const auto &c : map.columns)
            cols << QString::fromStdString(c.key);
        std::vector<ui::HeatmapWidget::Cell> cells;
        for (const auto &s : map.cells)
            cells.push_back({ int64_t(s.n), s.mean, s.median, s.ciLow, s.ciHigh, -1 });
        w.setData(rows, cols, std::move(cells));
        t.restart();
        const QPixmap pix = w.grab();
        const double drawMs = t.nsecsElapsed() / 1e6;
        const std::string label = std::string(store::qualityGroupingName(g)) + (categorical.empty() ? "" : " (" + categorical + ")");
        char join[32] = "not run";
        if (!factsOnly)
            std::snprintf(join, sizeof join, "%.1f ms", joinMs);
        std::printf("%-24s %8lld scores in %3zu x %4zu cells: join %s, facts %6.1f ms (one connection %6.1f ms), "
                    "draw %5.1f ms, compute + draw %6.1f ms\n",
                    label.c_str(), (long long)scores, map.rows.size(), map.columns.size(), join, computeMs, serialMs,
                    drawMs, computeMs + drawMs);
    }
    return 0;
}
