// bench_sync [--traces N] [--spans N] [--window-days D]: generates a data set, serves it from
// the local fake Langfuse server and syncs it into a fresh workspace with 1,000-item pages.
// The server runs in a child process (forked before anything else starts), so the figures
// printed for the sync (time, CPU, peak RSS) are the client's own; the server's CPU time is
// printed apart. Both processes share the machine's cores, as a local server would.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "fakelangfuse.h"
#include "generate/generator.h"
#include "remote/langfusesync.h"
#include "store/database.h"

using namespace spanscope;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// What the server process tells the bench once it serves, and when it ends.
struct Ready {
    int port = -1;
    int64_t traces = 0, observations = 0, scores = 0, bytes = 0, startNs = 0;
    long rssMiB = 0;
};
struct Done {
    double cpuSeconds = 0;
};

template<typename T> bool readAll(int fd, T &v)
{
    auto *p = reinterpret_cast<char *>(&v);
    size_t got = 0;
    while (got < sizeof v) {
        const ssize_t n = ::read(fd, p + got, sizeof v - got);
        if (n <= 0)
            return false;
        got += size_t(n);
    }
    return true;
}

template<typename T> void writeAll(int fd, const T &v)
{
    const auto *p = reinterpret_cast<const char *>(&v);
    size_t sent = 0;
    while (sent < sizeof v) {
        const ssize_t n = ::write(fd, p + sent, sizeof v - sent);
        if (n <= 0)
            return;
        sent += size_t(n);
    }
}

// The child: generate, load, serve until the parent closes its end of `stopFd`.
[[noreturn]] void serve(int64_t traces, int64_t spans, int toParent, int stopFd)
{
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("data.jsonl"));
    generate::Options g;
    g.traces = traces;
    g.spansPerTrace = int(spans);
    const generate::Result gen = generate::writeFile(jsonl, g);
    Ready r;
    {
        test::FakeLangfuse server;
        server.loadJsonl(jsonl);
        QFile::remove(jsonl);
        r = {server.port(), gen.traces, gen.observations, gen.scores, int64_t(gen.bytes), g.startNs, peakRssMiB()};
        writeAll(toParent, r);
        char c;
        while (::read(stopFd, &c, 1) > 0) {
        }
        writeAll(toParent, Done{server.cpuNs() / 1e9});
    }
    std::_Exit(0);
}

} // namespace

int main(int argc, char **argv)
{
    int64_t traces = 2000, spans = 50, windowDays = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray a = argv[i];
        const int64_t v = QByteArray(argv[i + 1]).toLongLong();
        if (a == "--traces") traces = v;
        else if (a == "--spans") spans = v;
        else if (a == "--window-days") windowDays = v;
    }
    int up[2], stop[2];
    if (::pipe(up) != 0 || ::pipe(stop) != 0)
        return 1;
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        ::close(up[0]);
        ::close(stop[1]);
        serve(traces, spans, up[1], stop[0]);
    }
    ::close(up[1]);
    ::close(stop[0]);
    Ready ready;
    if (!readAll(up[0], ready) || ready.port < 0) {
        std::fprintf(stderr, "the fake server did not start\n");
        return 1;
    }

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const long rssBefore = peakRssMiB();
    store::Database db;
    db.open(dir.filePath(QStringLiteral("w.db")));
    remote::Connection c;
    c.host = QStringLiteral("http://127.0.0.1:%1").arg(ready.port);
    c.publicKey = QStringLiteral("pk-lf-test");
    c.secretKey = QStringLiteral("sk-lf-test");
    remote::SyncOptions o;
    o.fromNs = ready.startNs;
    o.toNs = ready.startNs + 31LL * 86400 * 1000000000LL;
    o.chunkNs = windowDays * 86400LL * 1000000000LL;
    o.observationPageSize = 1000;
    o.pageSize = 100;
    o.buildSearchIndex = false;
    o.resources = remote::ResAll & ~unsigned(remote::ResPrompts);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const remote::SyncSummary s = remote::syncLangfuse(db, c, o);
    const double secs = t.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;

    ::close(stop[1]);
    Done done;
    readAll(up[0], done);
    int status = 0;
    ::waitpid(child, &status, 0);

    std::printf("data: %lld traces, %lld observations, %lld scores (%.1f MB JSONL); the server process holds it in %ld MiB\n",
                (long long)ready.traces, (long long)ready.observations, (long long)ready.scores, ready.bytes / 1e6,
                ready.rssMiB);
    std::printf("window %lld day(s): %lld windows, %lld requests, %.2f s, %.0f observations/s, %.0f records/s\n",
                (long long)windowDays, (long long)s.windows, (long long)s.requests, secs, s.observations / secs,
                (s.traces + s.observations + s.scores) / secs);
    std::printf("CPU: sync %.2f s (%.0f observations per CPU second), fake server %.2f s\n", cpu,
                s.observations / std::max(0.001, cpu), done.cpuSeconds);
    std::printf("sync process peak RSS: %ld MiB (%ld MiB before opening the workspace)\n", peakRssMiB(), rssBefore);
    std::printf("outcome: %s\n", s.outcome == remote::SyncSummary::Outcome::Ok ? "ok" : qPrintable(s.error));
    return s.outcome == remote::SyncSummary::Outcome::Ok ? 0 : 1;
}
