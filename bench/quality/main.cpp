// bench_quality: generates and imports a workspace (N traces, 2 spans each; ~1.5 scores per
// trace, so 670k traces give ~1M scores), then times loadQualityHeatmap per grouping against a
// plain "GROUP BY name" aggregate over the same scores in the same run, and the heatmap's paint.
// Usage: bench_quality [--traces N] [--db PATH]   (an existing PATH is reused, not regenerated)

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

#include "generate/generator.h"
#include "import/importservice.h"
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
    for (store::QualityGrouping g : store::allQualityGroupings()) {
        store::HeatmapRequest req;
        req.grouping = g;
        store::QualityHeatmap map;
        QElapsedTimer t;
        t.start();
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
        std::printf("%-15s %8lld scores in %3zu x %4zu cells: compute %7.1f ms, draw %5.1f ms\n", store::qualityGroupingName(g),
                    (long long)scores, map.rows.size(), map.columns.size(), computeMs, drawMs);
    }
    return 0;
}
