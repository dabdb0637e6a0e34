// Benchmark of the trace detail page on big traces, offscreen. Prints figures; asserts nothing.
//   100k: a generated 100k-observation trace imported through the real pipeline (payloads and
//         all), opened twice (cold, warm): time to first paint, expand all, scroll / expand one
//         node / zoom (each followed by a repaint), memory added.
//   1M:   a 1M-observation trace written straight into the store (no payloads), opened once:
//         time to first paint and memory added.

#include <algorithm>
#include <cstdio>
#include <random>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>
#include <QTreeView>

#include "generate/generator.h"
#include "import/importservice.h"
#include "import/procstats.h"
#include "models/spantreemodel.h"
#include "pages/tracedetailpage.h"
#include "store/database.h"
#include "store/tracewriter.h"
#include "widgets/timeline.h"
#include "workspace.h"

using namespace spanscope;

namespace {

double mib(int64_t bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

QString firstTraceId(const QString &path)
{
    store::Database db;
    if (!db.open(path, store::Database::Mode::ReadOnly))
        return {};
    store::Statement st(db, "SELECT id FROM traces ORDER BY observation_count DESC LIMIT 1");
    return st.step() ? st.qtext(0) : QString();
}

bool make100k(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    const QString file = path + QStringLiteral(".jsonl");
    generate::Options o;
    o.traces = 1;
    o.spansPerTrace = 100000;
    o.seed = 1;
    std::printf("generating 100k trace...\n");
    std::fflush(stdout);
    if (!generate::writeFile(file, o).ok)
        return false;
    store::Database db;
    if (!db.open(path))
        return false;
    import::ImportOptions io;
    io.bulk = true;
    io.buildSearchIndex = false;
    const import::ImportSummary s = import::importFiles(db, { file }, io);
    QFile::remove(file);
    return s.outcome == import::ImportSummary::Outcome::Ok;
}

// A 1M-observation tree in pre-order: random depth walk (max 14 levels), children inside their
// parent's time range, a few catalog models with tokens on ~1/4 of the nodes.
bool make1m(const QString &path, int n)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("writing 1M trace...\n");
    std::fflush(stdout);
    store::Database db;
    if (!db.open(path))
        return false;
    db.setJournalMode("DELETE");
    store::Transaction tx(db);
    store::TraceWriter w(db);
    const std::string traceId = "trace-1m";
    TraceRecord t;
    t.id = traceId;
    t.name = "million-span-agent";
    t.timestampNs = 1767225600000000000LL;
    if (!w.writeTrace(t, 0))
        return false;
    std::mt19937_64 rng(42);
    const char *names[] = { "plan", "call-llm", "search", "read_file", "tool-run", "retrieve", "rerank", "summarise" };
    const char *types[] = { "SPAN", "GENERATION", "TOOL", "TOOL", "SPAN", "RETRIEVER", "CHAIN", "GENERATION" };
    const char *models[] = { "gpt-4o-mini", "claude-3-5-sonnet-20241022", "gpt-4o" };
    struct Open { std::string id; int64_t start, end; };
    std::vector<Open> stack;
    for (int i = 0; i < n; ++i) {
        ObservationRecord o;
        o.traceId = traceId;
        o.id = "obs-" + std::to_string(i);
        int depth = 0;
        if (i > 0) {
            const int maxDepth = std::min<int>(int(stack.size()), 14);
            depth = (rng() % 100 < 45) ? maxDepth : 1 + int(rng() % uint64_t(maxDepth));
            stack.resize(size_t(depth));
            o.parentId = stack.back().id;
        }
        const int k = int(rng() % 8);
        o.name = names[k];
        o.type = i == 0 ? "AGENT" : types[k];
        const int64_t ps = depth ? stack.back().start : t.timestampNs.value();
        const int64_t pe = depth ? stack.back().end : ps + 3600LL * 1000000000LL;
        const int64_t span = std::max<int64_t>(1, pe - ps);
        const int64_t s = ps + int64_t(rng() % uint64_t(span));
        const int64_t e = std::min(pe, s + 1 + int64_t(rng() % uint64_t(std::max<int64_t>(1, (pe - s)))));
        o.startNs = s;
        o.endNs = e;
        if (o.type == "GENERATION") {
            o.model = models[rng() % 3];
            o.usage.input = int64_t(rng() % 4000);
            o.usage.output = int64_t(rng() % 800);
            o.usage.total = *o.usage.input + *o.usage.output;
            o.costComputed = double(*o.usage.total) * 1e-6;
        }
        if (rng() % 500 == 0)
            o.level = "ERROR";
        o.depth = depth;
        o.preorder = i;
        if (!w.writeObservation(o, 0))
            return false;
        stack.push_back({ o.id, s, e });
    }
    if (!w.refreshTraceAggregates(traceId) || !tx.commit())
        return false;
    return bool(db.setJournalMode("WAL"));
}

void paint(ui::TraceDetailPage &page)
{
    page.treeView()->viewport()->repaint();
    page.timeline()->repaint();
}

double openAndPaint(ui::TraceDetailPage &page, const QString &traceId)
{
    bool shown = false;
    const QMetaObject::Connection c
        = QObject::connect(&page, &ui::TraceDetailPage::traceShown, &page, [&shown] { shown = true; });
    QElapsedTimer t;
    t.start();
    page.showTrace(traceId);
    while (!shown)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(c);
    paint(page);
    return double(t.nsecsElapsed()) / 1e6;
}

struct Series {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    double mean() const
    {
        double s = 0;
        for (double v : ms)
            s += v;
        return ms.empty() ? 0 : s / double(ms.size());
    }
};

template <typename F>
double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    QString dir = QDir::tempPath() + QStringLiteral("/spanscope-bench-uidetail");
    if (const qsizetype i = args.indexOf(QStringLiteral("--dir")); i >= 0 && i + 1 < args.size())
        dir = args.at(i + 1);
    const bool skip1m = args.contains(QStringLiteral("--skip-1m"));
    QDir().mkpath(dir);
    const QString path100k = dir + QStringLiteral("/trace-100k.spanscope");
    const QString path1m = dir + QStringLiteral("/trace-1m.spanscope");
    if (!make100k(path100k) || (!skip1m && !make1m(path1m, 1000000))) {
        std::fprintf(stderr, "could not prepare the data in %s\n", qPrintable(dir));
        return 2;
    }

    {
        ui::Workspace ws;
        if (!ws.open(path100k))
            return 2;
        const QString id = firstTraceId(path100k);
        const int64_t rssBefore = bench::currentRssBytes();
        ui::TraceDetailPage page(&ws);
        page.resize(1600, 950);
        page.show();
        QCoreApplication::processEvents();
        const double cold = openAndPaint(page, id);
        const double warm = openAndPaint(page, id);
        const int n = page.spanModel()->spanCount();
        const double expandAll = timed([&] {
            page.expandAll();
            paint(page);
        });
        const int64_t rssLoaded = bench::currentRssBytes();
        Series scroll, expandOne, zoom, depth;
        QScrollBar *bar = page.treeView()->verticalScrollBar();
        std::mt19937 rng(5);
        for (int i = 0; i < 60; ++i) {
            const int target = int(rng() % uint32_t(std::max(1, bar->maximum())));
            scroll.add(timed([&] {
                bar->setValue(target);
                paint(page);
            }));
        }
        // Collapse and re-expand a node with children near the top of the view.
        const QModelIndex top = page.treeView()->indexAt(QPoint(5, 5));
        QModelIndex node = top;
        while (node.isValid() && page.spanModel()->rowCount(node) == 0)
            node = page.treeView()->indexBelow(node);
        for (int i = 0; i < 30 && node.isValid(); ++i) {
            expandOne.add(timed([&] {
                page.treeView()->setExpanded(node, i % 2 == 1);
                paint(page);
            }));
        }
        for (int i = 0; i < 40; ++i)
            zoom.add(timed([&] {
                page.timeline()->zoomBy(i < 20 ? 1.4 : 1 / 1.4);
                page.timeline()->repaint();
            }));
        for (int levels : { 2, 4, 6 })
            depth.add(timed([&] {
                page.expandToDepth(levels);
                paint(page);
            }));
        const size_t treeBytes = page.spanModel()->tree()->memoryBytes();
        std::printf("100k trace: %d observations\n", n);
        std::printf("  open + first paint: cold %.1f ms, warm %.1f ms\n", cold, warm);
        std::printf("  expand all + paint: %.1f ms\n", expandAll);
        std::printf("  scroll + paint: mean %.2f ms, max %.2f ms (60 jumps)\n", scroll.mean(), scroll.max());
        std::printf("  expand/collapse one node + paint: mean %.2f ms, max %.2f ms\n", expandOne.mean(), expandOne.max());
        std::printf("  zoom + paint: mean %.2f ms, max %.2f ms\n", zoom.mean(), zoom.max());
        std::printf("  expand to depth 2/4/6 + paint: max %.1f ms\n", depth.max());
        std::printf("  memory: tree arrays %.1f MiB, RSS added %.1f MiB (after open twice + expand all)\n",
                    mib(int64_t(treeBytes)), mib(rssLoaded - rssBefore));
        std::fflush(stdout);
    }
    if (!skip1m) {
        ui::Workspace ws;
        if (!ws.open(path1m))
            return 2;
        const QString id = firstTraceId(path1m);
        const int64_t rssBefore = bench::currentRssBytes();
        bench::resetPeakRss();
        ui::TraceDetailPage page(&ws);
        page.resize(1600, 950);
        page.show();
        QCoreApplication::processEvents();
        const double open = openAndPaint(page, id);
        const int64_t rssAfter = bench::currentRssBytes();
        const int64_t peak = bench::peakRssBytes();
        const double expandAll = timed([&] {
            page.expandAll();
            paint(page);
        });
        Series scroll;
        QScrollBar *bar = page.treeView()->verticalScrollBar();
        std::mt19937 rng(9);
        for (int i = 0; i < 30; ++i) {
            const int target = int(rng() % uint32_t(std::max(1, bar->maximum())));
            scroll.add(timed([&] {
                bar->setValue(target);
                paint(page);
            }));
        }
        std::printf("1M trace: %d observations\n", page.spanModel()->spanCount());
        std::printf("  open + first paint: %.1f ms\n", open);
        std::printf("  memory: tree arrays %.1f MiB, RSS added %.1f MiB, peak RSS during open %.1f MiB (process %.1f MiB)\n",
                    mib(int64_t(page.spanModel()->tree()->memoryBytes())), mib(rssAfter - rssBefore),
                    mib(peak - rssBefore), mib(peak));
        std::printf("  expand all + paint: %.1f ms; scroll + paint after: mean %.2f ms, max %.2f ms\n", expandAll,
                    scroll.mean(), scroll.max());
        std::printf("  process RSS at end: %.1f MiB\n", mib(bench::currentRssBytes()));
    }
    return 0;
}
