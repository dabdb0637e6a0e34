// bench_import: how fast a large generated file goes from disk into a workspace, split into
// the parse floor (reader only), the store floor (writer only, pre-parsed records), the full
// import pipeline, and the full-text index build. Prints figures; asserts nothing.

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include "generate/generator.h"
#include "import/benchsinks.h"
#include "import/common/inputstream.h"
#include "import/importservice.h"
#include "import/procstats.h"
#include "import/registry.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/tracefilter.h"
#include "store/tracerepository.h"
#include "store/tracewriter.h"

using namespace spanscope;
using namespace spanscope::bench;

namespace {

const char kUsage[] =
    "usage: bench_import [--observations N] [--format langfuse-jsonl|otlp-jsonl] [--spans-per-trace M]\n"
    "                    [--seed S] [--payload-scale X] [--keep-dir DIR]\n"
    "  Generates N observations (default 300000) with the project's generator, then measures on a\n"
    "  fresh database each time: parse floor, store floor, full import (bulk mode), index build.\n"
    "  --payload-scale (0.05-1, default 1) shortens the generated texts: 0.25 gives ~1 KB observations.\n"
    "  --keep-dir keeps the generated file and the databases in DIR (default: a temporary folder).\n";

double mb(int64_t bytes) { return double(bytes) / 1e6; }
double mib(int64_t bytes) { return double(bytes) / (1024.0 * 1024.0); }

struct Phase {
    double seconds = 0;
    int64_t peakRss = -1;
};

void beginPhase()
{
    resetPeakRss();
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool parseArgs(int argc, char **argv, int64_t &observations, generate::Options &gen, QString &keepDir)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char *name) -> const char * {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench_import: %s needs a value\n", name);
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "--observations") {
            const char *v = value("--observations");
            if (!v || (observations = std::atoll(v)) < 1)
                return false;
        } else if (a == "--format") {
            const char *v = value("--format");
            if (!v)
                return false;
            if (std::strcmp(v, "langfuse-jsonl") == 0 || std::strcmp(v, "langfuse") == 0)
                gen.format = generate::Format::LangfuseJsonl;
            else if (std::strcmp(v, "otlp-jsonl") == 0 || std::strcmp(v, "otlp") == 0)
                gen.format = generate::Format::OtlpJsonl;
            else
                return false;
        } else if (a == "--spans-per-trace") {
            const char *v = value("--spans-per-trace");
            if (!v || (gen.spansPerTrace = std::atoi(v)) < 1)
                return false;
        } else if (a == "--seed") {
            const char *v = value("--seed");
            if (!v)
                return false;
            gen.seed = std::strtoull(v, nullptr, 10);
        } else if (a == "--payload-scale") {
            const char *v = value("--payload-scale");
            if (!v || !((gen.payloadScale = std::atof(v)) >= 0.05 && gen.payloadScale <= 1.0))
                return false;
        } else if (a == "--keep-dir") {
            const char *v = value("--keep-dir");
            if (!v)
                return false;
            keepDir = QString::fromLocal8Bit(v);
        } else {
            return false;
        }
    }
    return true;
}

// Text search after the import: the trace count the filter bar shows for a term (through the
// trigram lists), against the same count from reading every row's text (what a search without
// the index costs). Best of 3 each.
void benchSearch(store::Database &db)
{
    const char *terms[] = { "invoice", "error", "the user", "weather in", "xylophone" };
    const char kScan[] = "SELECT count(*) FROM (SELECT trace_id FROM observations WHERE {M} UNION SELECT id FROM traces "
                         "WHERE {M})";
    std::string scanSql = kScan;
    const std::string holds = "(name LIKE ?1 OR spanscope_text(input) LIKE ?1 OR spanscope_text(output) LIKE ?1 OR "
                              "spanscope_text(metadata) LIKE ?1)";
    for (size_t at; (at = scanSql.find("{M}")) != std::string::npos;)
        scanSql.replace(at, 3, holds);
    for (const char *term : terms) {
        double indexed = 1e9, scanned = 1e9, paged = 1e9;
        int64_t found = -1, scanFound = -1;
        for (int run = 0; run < 3; ++run) {
            store::TraceFilter f;
            f.text = term;
            double t0 = nowSeconds();
            if (!store::countTraces(db, f, found))
                return;
            indexed = std::min(indexed, nowSeconds() - t0);
            // The Traces page's first page (newest first, 500 rows as TraceListModel asks), shown
            // while the count is still running.
            store::TraceListPage page;
            t0 = nowSeconds();
            if (!store::queryTracePage(db, f, store::TraceSort {}, std::nullopt, 500, page))
                return;
            paged = std::min(paged, nowSeconds() - t0);
            store::Statement scan(db, scanSql);
            scan.bind(1, std::string("%") + term + "%");
            t0 = nowSeconds();
            scanFound = scan.step() ? scan.int64(0) : -1;
            scanned = std::min(scanned, nowSeconds() - t0);
        }
        std::printf("   search %-12s %6lld traces  %7.1f ms with the index, %7.1f ms reading every text; first page "
                    "%7.1f ms%s\n",
                    (std::string("\"") + term + "\"").c_str(), (long long)found, indexed * 1e3, scanned * 1e3,
                    paged * 1e3, found == scanFound ? "" : "  (COUNTS DIFFER)");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as each phase ends
    int64_t wantObservations = 300000;
    generate::Options gopt; // Langfuse JSONL, 10 spans per trace, seed 1, full-size payloads
    QString keepDir;
    if (!parseArgs(argc, argv, wantObservations, gopt, keepDir)) {
        std::fputs(kUsage, stderr);
        return 1;
    }
    QTemporaryDir tmp;
    QString dir = keepDir;
    if (dir.isEmpty()) {
        if (!tmp.isValid()) {
            std::fprintf(stderr, "bench_import: cannot create a temporary folder\n");
            return 2;
        }
        dir = tmp.path();
    } else if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "bench_import: cannot create %s\n", qPrintable(dir));
        return 2;
    }
    const bool otlp = gopt.format == generate::Format::OtlpJsonl;
    const char *importerId = otlp ? "otlp-json" : "langfuse";
    const QString file = QDir(dir).filePath(otlp ? QStringLiteral("bench-otlp.jsonl") : QStringLiteral("bench-langfuse.jsonl"));

    // 0. Generate.
    gopt.traces = std::max<int64_t>(1, wantObservations / gopt.spansPerTrace);
    double t0 = nowSeconds();
    const generate::Result gen = generate::writeFile(file, gopt);
    const double genSeconds = nowSeconds() - t0;
    if (!gen.ok) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(gen.error));
        return 2;
    }
    const int64_t fileBytes = gen.bytes;
    // The generated file's dirty pages go to disk now, not while a timed phase writes its
    // database (the kernel's write-back would compete with, and throttle, the import's writes).
    if (const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    std::printf("file        %s\n", qPrintable(file));
    std::printf("            %s, %lld traces, %lld observations, %lld scores, %.1f MiB (%.0f bytes/observation, "
                "payload scale %.2f)\n",
                otlp ? "otlp-jsonl" : "langfuse-jsonl", (long long)gen.traces, (long long)gen.observations,
                (long long)gen.scores, mib(fileBytes), double(fileBytes) / double(gen.observations), gopt.payloadScale);
    std::printf("generate    %7.2f s  %9.0f obs/s  %7.1f MB/s\n", genSeconds, gen.observations / genSeconds,
                mb(fileBytes) / genSeconds);
    const double obsCount = double(gen.observations);

    const import::Importer *importer = import::Registry::instance().byId(importerId);
    if (!importer) {
        std::fprintf(stderr, "bench_import: no importer '%s'\n", importerId);
        return 2;
    }

    // a. Parse floor: the reader into a counting sink, no database.
    Phase parse;
    CountingSink counter;
    {
        import::InputStream in;
        if (!in.open(file)) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(in.error()));
            return 2;
        }
        import::ReadContext ctx;
        ctx.fileName = file.toStdString();
        beginPhase();
        t0 = nowSeconds();
        const import::ReadResult rr = importer->read(in, counter, ctx);
        parse.seconds = nowSeconds() - t0;
        parse.peakRss = peakRssBytes();
        if (rr.outcome != import::ReadResult::Outcome::Ok) {
            std::fprintf(stderr, "bench_import: parse failed: %s\n", qPrintable(rr.error));
            return 2;
        }
    }
    std::printf("parse floor %7.2f s  %9.0f obs/s  %7.1f MB/s   peak RSS %6.1f MiB  (%lld traces, %lld observations, "
                "%lld scores, %lld attributes, %lld problems)\n",
                parse.seconds, obsCount / parse.seconds, mb(fileBytes) / parse.seconds, mib(parse.peakRss),
                (long long)counter.traces, (long long)counter.observations, (long long)counter.scores,
                (long long)counter.attributes, (long long)counter.problems);

    // c. Full import (bulk mode), with the time of each stage from the progress callback.
    Phase full;
    import::ImportSummary summary;
    double fullIndexSeconds = 0;
    int64_t fullIndexBytes = 0;
    double readingEnd = 0, finishEnd = 0, commitEnd = 0, indexEnd = 0;
    int64_t readingPeakRss = -1, finishPeakRss = -1, commitPeakRss = -1, indexPeakRss = -1;
    {
        const QString dbPath = QDir(dir).filePath(QStringLiteral("full.db"));
        removeDb(dbPath);
        store::Database db;
        if (store::Status s = db.open(dbPath); !s) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(s.error));
            return 2;
        }
        import::ImportOptions opt;
        opt.bulk = true;
        opt.format = QString::fromLatin1(importerId);
        QString lastStage;
        double start = 0;
        opt.progress = [&](const import::ImportProgress &p) {
            if (p.stage != lastStage) {
                const double now = nowSeconds() - start;
                // VmHWM is reset per stage so each stage's peak is its own.
                if (p.stage == QLatin1String("finishing")) {
                    readingEnd = now;
                    readingPeakRss = peakRssBytes();
                    resetPeakRss();
                } else if (p.stage == QLatin1String("committing")) {
                    finishEnd = now;
                    finishPeakRss = peakRssBytes();
                    resetPeakRss();
                }
                lastStage = p.stage;
            }
        };
        opt.committed = [&](const import::ImportSummary &) {
            commitEnd = nowSeconds() - start;
            commitPeakRss = peakRssBytes();
            resetPeakRss();
        };
        beginPhase();
        start = nowSeconds();
        summary = import::importFiles(db, {file}, opt);
        indexEnd = nowSeconds() - start;
        indexPeakRss = peakRssBytes();
        // The import proper ends when it is committed (traces visible); the search index is its
        // own stage after that (store/searchindex.h) and is reported as such.
        full.seconds = commitEnd;
        full.peakRss = std::max({readingPeakRss, finishPeakRss, commitPeakRss});
        if (summary.outcome != import::ImportSummary::Outcome::Ok) {
            std::fprintf(stderr, "bench_import: import did not succeed: %s (skipped %lld)\n", qPrintable(summary.error),
                         (long long)summary.skipped);
            if (summary.outcome != import::ImportSummary::Outcome::Skipped)
                return 2;
        }
        db.close();
        std::printf("full import %7.2f s  %9.0f obs/s  %7.1f MB/s   peak RSS %6.1f MiB  (db %.1f MiB; %lld traces, "
                    "%lld observations, %lld scores)\n",
                    full.seconds, obsCount / full.seconds, mb(fileBytes) / full.seconds, mib(full.peakRss),
                    mib(QFileInfo(dbPath).size()), (long long)summary.traces, (long long)summary.observations,
                    (long long)summary.scores);
        std::printf("   stages   read+write %.2f s (peak RSS %.1f MiB), finish: trees, totals %.2f s (peak RSS "
                    "%.1f MiB), commit %.2f s\n",
                    readingEnd, mib(readingPeakRss), finishEnd - readingEnd, mib(finishPeakRss),
                    commitEnd - finishEnd);
        fullIndexSeconds = indexEnd - commitEnd;
        fullIndexBytes = summary.indexedTextBytes;
        std::printf("search index %6.2f s  %7.1f MB/s of text (%.1f MiB; batches after the commit, peak RSS %.1f MiB)"
                    "\n   import + index %.2f s  %9.0f obs/s\n",
                    fullIndexSeconds, mb(fullIndexBytes) / fullIndexSeconds, mib(fullIndexBytes), mib(indexPeakRss),
                    indexEnd, obsCount / indexEnd);
        {
            store::Database reader; // as the Traces page searches: its own read-only connection
            if (reader.open(dbPath, store::Database::Mode::ReadOnly))
                benchSearch(reader);
        }
        if (keepDir.isEmpty())
            removeDb(dbPath);
    }

    // b. Store floor: records parsed outside the clock, only the writer's inserts timed, one
    // transaction, bulk journal mode. Then d: the search index build over what the writer stored.
    Phase store;
    double ftsSeconds = 0, commitSeconds = 0;
    int64_t ftsTextBytes = 0;
    {
        const QString dbPath = QDir(dir).filePath(QStringLiteral("store-floor.db"));
        removeDb(dbPath);
        store::Database db;
        if (store::Status s = db.open(dbPath); !s) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(s.error));
            return 2;
        }
        if (store::Status s = db.setJournalMode("DELETE"); !s) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(s.error));
            return 2;
        }
        beginPhase();
        {
            store::Transaction tx(db);
            store::TraceWriter writer(db);
            if (!writer.status()) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(writer.status().error));
                return 2;
            }
            const int64_t sourceId = writer.upsertSource("file", file.toStdString(), importerId, "bench",
                                                         fileBytes, 0);
            StoreFloorSink sink(writer, sourceId);
            import::InputStream in;
            if (!in.open(file)) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(in.error()));
                return 2;
            }
            import::ReadContext ctx;
            ctx.fileName = file.toStdString();
            importer->read(in, sink, ctx);
            sink.flush();
            if (!sink.error.isEmpty()) {
                std::fprintf(stderr, "bench_import: store floor failed: %s\n", qPrintable(sink.error));
                return 2;
            }
            t0 = nowSeconds();
            if (store::Status s = tx.commit(); !s) {
                std::fprintf(stderr, "bench_import: commit failed: %s\n", qPrintable(s.error));
                return 2;
            }
            commitSeconds = nowSeconds() - t0;
            store.seconds = sink.writeSeconds + commitSeconds;
            store.peakRss = peakRssBytes();
            std::printf("store floor %7.2f s  %9.0f obs/s  %7.1f MB/s   peak RSS %6.1f MiB  (inserts %.2f s + commit "
                        "%.2f s; %lld traces, %lld observations, %lld scores, %lld attributes)\n",
                        store.seconds, obsCount / store.seconds, mb(fileBytes) / store.seconds, mib(store.peakRss),
                        sink.writeSeconds, commitSeconds, (long long)sink.traces, (long long)sink.observations,
                        (long long)sink.scores, (long long)sink.attributes);
        }
        {
            t0 = nowSeconds();
            store::SearchIndexProgress built;
            if (store::Status s = store::buildSearchIndex(db, {}, &built); !s) {
                std::fprintf(stderr, "bench_import: index build failed: %s\n", qPrintable(s.error));
                return 2;
            }
            ftsSeconds = nowSeconds() - t0;
            ftsTextBytes = built.textBytes;
        }
        std::printf("index build %7.2f s  %7.1f MB/s of text (%.1f MiB indexed)\n", ftsSeconds,
                    mb(ftsTextBytes) / ftsSeconds, mib(ftsTextBytes));
        db.close();
        if (keepDir.isEmpty())
            removeDb(dbPath);
    }

    std::printf("\nsummary\n");
    std::printf("  full import        %9.0f obs/s (target >= 150000)  %7.1f MB/s (target >= 100)\n",
                obsCount / full.seconds, mb(fileBytes) / full.seconds);
    std::printf("  full / store floor %8.0f %%  (target >= 70 %%; throughput ratio = store time / full time)\n",
                100.0 * store.seconds / full.seconds);
    std::printf("  full / parse floor %8.0f %%\n", 100.0 * parse.seconds / full.seconds);
    std::printf("  search index       %9.1f MB/s of text (target >= 25); in the import run %.1f MB/s\n",
                mb(ftsTextBytes) / ftsSeconds, mb(fullIndexBytes) / fullIndexSeconds);
    std::printf("  peak RSS (import)  %9.1f MiB for a %.1f MiB file (target <= 400 MiB for 1 GB); VmHWM now %.1f MiB, "
                "ru_maxrss %.1f MiB\n",
                mib(full.peakRss), mib(fileBytes), mib(peakRssBytes()), mib(lifetimeMaxRssBytes()));
    return 0;
}
