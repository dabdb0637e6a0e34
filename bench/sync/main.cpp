// bench_sync [--traces N] [--spans N] [--window-days D]: generates a data set, serves it from
// the local fake Langfuse server and syncs it into a fresh workspace with 1,000-item pages.
// Prints observations/s (sync only, excluding the search index) and the process's peak RSS.
// Run once per window size: peak RSS is per process.

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

#include "fakelangfuse.h"
#include "generate/generator.h"
#include "remote/langfusesync.h"
#include "store/database.h"

using namespace spanscope;

static long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int64_t traces = 2000, spans = 50, windowDays = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray a = argv[i];
        const int64_t v = QByteArray(argv[i + 1]).toLongLong();
        if (a == "--traces") traces = v;
        else if (a == "--spans") spans = v;
        else if (a == "--window-days") windowDays = v;
    }
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("data.jsonl"));
    generate::Options g;
    g.traces = traces;
    g.spansPerTrace = int(spans);
    const generate::Result gen = generate::writeFile(jsonl, g);
    test::FakeLangfuse server;
    server.loadJsonl(jsonl);
    const long rssAfterLoad = peakRssMiB();

    store::Database db;
    db.open(dir.filePath(QStringLiteral("w.db")));
    remote::Connection c;
    c.host = server.host();
    c.publicKey = QStringLiteral("pk-lf-test");
    c.secretKey = QStringLiteral("sk-lf-test");
    remote::SyncOptions o;
    o.fromNs = g.startNs;
    o.toNs = g.startNs + 31LL * 86400 * 1000000000LL;
    o.chunkNs = windowDays * 86400LL * 1000000000LL;
    o.observationPageSize = 1000;
    o.pageSize = 100;
    o.buildSearchIndex = false;
    o.resources = remote::ResAll & ~unsigned(remote::ResPrompts);
    QElapsedTimer t;
    t.start();
    const remote::SyncSummary s = remote::syncLangfuse(db, c, o);
    const double secs = t.elapsed() / 1000.0;
    std::printf("data: %lld traces, %lld observations, %lld scores (%.1f MB JSONL)\n", (long long)gen.traces,
                (long long)gen.observations, (long long)gen.scores, gen.bytes / 1e6);
    std::printf("window %lld day(s): %lld windows, %lld requests, %.2f s, %.0f observations/s, %.0f records/s\n",
                (long long)windowDays, (long long)s.windows, (long long)s.requests, secs, s.observations / secs,
                (s.traces + s.observations + s.scores) / secs);
    std::printf("peak RSS: %ld MiB (fake server holding the data: %ld MiB before the sync)\n", peakRssMiB(), rssAfterLoad);
    std::printf("outcome: %s\n", s.outcome == remote::SyncSummary::Outcome::Ok ? "ok" : qPrintable(s.error));
    return s.outcome == remote::SyncSummary::Outcome::Ok ? 0 : 1;
}
