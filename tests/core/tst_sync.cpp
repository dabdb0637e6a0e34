// Server sync against a local fake Langfuse server: what lands equals what the server holds,
// re-sync is idempotent, incremental sync fetches only newer data, faults are survived, a
// killed sync resumes to the same end state, and secrets stay out of the workspace.

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "fakelangfuse.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "remote/langfusesync.h"
#include "store/database.h"
#include "store/qualityrepository.h"
#include "testsupport.h"

using namespace spanscope;
using spanscope::test::FakeLangfuse;

namespace {

constexpr int64_t kDay = 86400LL * 1000000000LL;
constexpr int64_t kJan2026 = 1767225600000000000LL;

// The data a user sees, independent of which import wrote it (no source ids or row ids).
QByteArray dataDigest(store::Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Payloads compared as JSON values: a file keeps its pretty-printing, the API sends it compact.
    auto j = [](const char *col) {
        return QStringLiteral("CASE WHEN json_valid(%1) THEN json(%1) ELSE %1 END").arg(QLatin1String(col));
    };
    const QString queries[] = {
        QStringLiteral("SELECT id,name,timestamp_ns,user_id,session_id,release,version,environment,tags,%1,%2,%3,"
                       "start_ns,end_ns,latency_ns,observation_count,error_count,input_tokens,output_tokens,total_tokens,"
                       "cost_provided,cost_computed,cost,unpriced_count,flags FROM traces ORDER BY id")
            .arg(j("metadata"), j("input"), j("output")),
        QStringLiteral("SELECT trace_id,id,parent_id,orig_parent_id,type,name,start_ns,end_ns,completion_start_ns,level,"
                       "status_message,model,%1,%2,%3,%4,prompt_name,prompt_version,"
                       "input_tokens,output_tokens,total_tokens,cache_read_tokens,cache_write_tokens,reasoning_tokens,"
                       "usage_details,cost_provided,cost_provided_details,cost_computed,cost_computed_details,"
                       "price_model_id,unpriced,depth,preorder,flags FROM observations ORDER BY trace_id,id")
            .arg(j("model_parameters"), j("input"), j("output"), j("metadata")),
        QStringLiteral("SELECT id,trace_id,observation_id,name,data_type,value FROM scores ORDER BY id"),
    };
    for (const QString &q : queries) {
        store::Statement st(db, q.toStdString());
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                h.addData(QByteArrayView(st.textView(c).data(), qsizetype(st.textView(c).size())));
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
        }
    }
    return h.result().toHex();
}

remote::Connection connectionTo(const FakeLangfuse &server, const QString &secret = QStringLiteral("sk-lf-test"))
{
    remote::Connection c;
    c.host = server.host();
    c.publicKey = QStringLiteral("pk-lf-test");
    c.secretKey = secret;
    return c;
}

remote::SyncOptions fastOptions(int64_t from, int64_t to)
{
    remote::SyncOptions o;
    o.fromNs = from;
    o.toNs = to;
    o.chunkNs = 5 * kDay;
    o.pageSize = 10;
    o.observationPageSize = 50;
    o.retry.baseBackoffMs = 5;
    o.retry.maxBackoffMs = 40;
    o.retry.retryAfterScale = 0.02;
    o.retry.requestTimeoutMs = 5000;
    return o;
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_jsonl;

    QString dbPath(const QString &name) const { return m_dir.filePath(name); }
    // A server holding the generated data set.
    void fill(FakeLangfuse &server) { QVERIFY(server.loadJsonl(m_jsonl)); }
    QByteArray fileImportDigest()
    {
        store::Database db;
        const QString path = dbPath(QStringLiteral("file-%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        if (!db.open(path))
            return {};
        import::ImportOptions io;
        io.buildSearchIndex = false;
        const import::ImportSummary s = import::importFiles(db, {m_jsonl}, io);
        if (s.outcome != import::ImportSummary::Outcome::Ok)
            return {};
        return dataDigest(db);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // SPANSCOPE_KEEP_TEST_FILES=1 keeps the workspaces for a look after a failure.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SPANSCOPE_KEEP_TEST_FILES"));
        m_jsonl = m_dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options g;
        g.traces = 40;
        g.spansPerTrace = 8;
        g.seed = 7;
        QVERIFY(generate::writeFile(m_jsonl, g).ok);
    }

    void syncedWorkspaceHoldsWhatTheServerHolds()
    {
        FakeLangfuse server;
        fill(server);
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("equal.db"))).ok);
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), fastOptions(kJan2026, kJan2026 + 40 * kDay));
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(s.observationsApi, QStringLiteral("v2"));
        QCOMPARE(s.scoresApi, QStringLiteral("v3"));
        QCOMPARE(s.projectId, QStringLiteral("proj-fake"));
        QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(server.traceCount()));
        QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(server.observationCount()));
        QCOMPARE(test::count(db, QStringLiteral("scores")), qint64(server.scoreCount()));
        // Field for field the same as importing the same records from a file.
        QCOMPARE(dataDigest(db), fileImportDigest());
        QVERIFY(test::count(db, QStringLiteral("prompts")) > 0);
        QVERIFY(test::count(db, QStringLiteral("remote_sessions")) > 0);
        QCOMPARE(test::count(db, QStringLiteral("sources"), QStringLiteral("kind <> 'api'")), qint64(0));
        // Text search works on synced data: a trace is found by its name.
        const QString name = test::scalar(db, QStringLiteral("SELECT name FROM traces WHERE length(name) >= 3 "
                                                             "ORDER BY rowid LIMIT 1")).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY(test::count(db, QStringLiteral("spanscope_search('%1') s JOIN traces t ON t.rowid = -s.key")
                                    .arg(name), QStringLiteral("t.name = '%1'").arg(name)) > 0);
    }

    void fixtureTracesLandLikeTheirFileImport()
    {
        FakeLangfuse server;
        QStringList files;
        for (const char *f : {"langfuse/beeai-2025-08-01.json", "langfuse/langgraph-2025-08-22.json",
                              "langfuse/openai-agents-2025-09-30.json", "langfuse/claude-agent-2025-12-22.trace.json",
                              "langfuse/vercel-aisdk-2025-11-17.trace.json"}) {
            files << test::fixture(QString::fromLatin1(f));
            QVERIFY(server.loadTraceDownload(files.back()));
        }
        store::Database synced;
        QVERIFY(synced.open(dbPath(QStringLiteral("fixtures-sync.db"))).ok);
        remote::SyncOptions o = fastOptions(kJan2026 - 365 * kDay, kJan2026 + 60 * kDay);
        o.chunkNs = 60 * kDay;
        o.resources = remote::ResTraces | remote::ResObservations | remote::ResScores;
        const remote::SyncSummary s = remote::syncLangfuse(synced, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        store::Database imported;
        QVERIFY(imported.open(dbPath(QStringLiteral("fixtures-file.db"))).ok);
        import::ImportOptions io;
        io.buildSearchIndex = false;
        QVERIFY(import::importFiles(imported, files, io).outcome != import::ImportSummary::Outcome::Unreadable);
        QCOMPARE(test::count(synced, QStringLiteral("observations")), test::count(imported, QStringLiteral("observations")));
        QCOMPARE(test::count(synced, QStringLiteral("scores")), test::count(imported, QStringLiteral("scores")));
        QCOMPARE(dataDigest(synced), dataDigest(imported));
    }

    void resyncChangesNothingAndCoveredWindowsAreNotFetchedAgain()
    {
        FakeLangfuse server;
        fill(server);
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("resync.db"))).ok);
        const remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        QVERIFY(remote::syncLangfuse(db, connectionTo(server), o).outcome == remote::SyncSummary::Outcome::Ok);
        const QByteArray first = dataDigest(db);
        const qint64 prompts = test::count(db, QStringLiteral("prompts"));
        // Incremental: everything is covered (the data is months old), only the probes run.
        const int obsBefore = server.requestsTo("/api/public/v2/observations");
        const remote::SyncSummary again = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(again.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(again.windows, qint64(0));
        QCOMPARE(server.requestsTo("/api/public/v2/observations") - obsBefore, 1);
        QCOMPARE(dataDigest(db), first);
        // Full re-sync: everything fetched again, upserted, nothing duplicated.
        remote::SyncOptions full = o;
        full.full = true;
        const remote::SyncSummary all = remote::syncLangfuse(db, connectionTo(server), full);
        QCOMPARE(int(all.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(all.observations, qint64(server.observationCount()));
        QCOMPARE(dataDigest(db), first);
        QCOMPARE(test::count(db, QStringLiteral("prompts")), prompts);
    }

    void incrementalSyncFetchesNewerDataWithOverlap()
    {
        FakeLangfuse server;
        const int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000000;
        auto iso = [](int64_t ns) {
            return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
        };
        auto addTrace = [&](const std::string &id, const std::string &name, int64_t at) {
            server.addTrace({{"id", id}, {"name", name}, {"timestamp", iso(at)}});
            server.addObservation({{"id", id + "-o"}, {"traceId", id}, {"type", "SPAN"}, {"name", "step"},
                                   {"startTime", iso(at)}, {"endTime", iso(at + 1000000000)}});
        };
        const int64_t hour = 3600LL * 1000000000LL;
        addTrace("old", "before", now - 2 * hour);
        addTrace("recent", "before", now - 5 * 60 * 1000000000LL);
        remote::SyncOptions o = fastOptions(now - 3 * hour, now + 60LL * 1000000000LL);
        o.chunkNs = hour;
        o.overlapNs = 15 * 60 * 1000000000LL;
        // The same server later: the old trace renamed (outside the overlap: not fetched again),
        // the recent one renamed (inside the overlap: caught), and a new trace.
        FakeLangfuse later;
        later.addTrace({{"id", "old"}, {"name", "after"}, {"timestamp", iso(now - 2 * hour)}});
        later.addTrace({{"id", "recent"}, {"name", "after"}, {"timestamp", iso(now - 5 * 60 * 1000000000LL)}});
        later.addTrace({{"id", "new"}, {"name", "after"}, {"timestamp", iso(now + 30LL * 1000000000LL)}});
        remote::Connection c = connectionTo(later);
        c.profile = QStringLiteral("test"); // the state is kept per profile: the same for both runs
        remote::Connection first = connectionTo(server);
        first.profile = QStringLiteral("test");
        store::Database db2;
        QVERIFY(db2.open(dbPath(QStringLiteral("incremental.db"))).ok);
        QVERIFY(remote::syncLangfuse(db2, first, o).outcome == remote::SyncSummary::Outcome::Ok);
        QCOMPARE(test::count(db2, QStringLiteral("traces")), qint64(2));
        remote::SyncOptions o2 = o;
        o2.toNs = now + 120LL * 1000000000LL;
        const remote::SyncSummary s = remote::syncLangfuse(db2, c, o2);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(test::scalar(db2, QStringLiteral("SELECT name FROM traces WHERE id = 'old'")).toString(), QStringLiteral("before"));
        QCOMPARE(test::scalar(db2, QStringLiteral("SELECT name FROM traces WHERE id = 'recent'")).toString(), QStringLiteral("after"));
        QCOMPARE(test::count(db2, QStringLiteral("traces"), QStringLiteral("id = 'new'")), qint64(1));
    }

    void faultsAreSurvived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("429 with Retry-After") << QStringLiteral("ratelimit");
        QTest::newRow("500 burst") << QStringLiteral("burst");
        QTest::newRow("slow responses") << QStringLiteral("slow");
        QTest::newRow("truncated JSON once") << QStringLiteral("truncated");
        QTest::newRow("no /v2/observations") << QStringLiteral("nov2");
        QTest::newRow("no v3 or v2 scores") << QStringLiteral("oldscores");
        QTest::newRow("server timeouts on long windows") << QStringLiteral("timeouts");
        QTest::newRow("pages shift while paging") << QStringLiteral("shift");
    }
    void faultsAreSurvived()
    {
        QFETCH(QString, fault);
        FakeLangfuse server;
        fill(server);
        remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        server.withFaults([&](FakeLangfuse::Faults &f) {
            if (fault == QLatin1String("ratelimit")) {
                f.rateLimitEvery = 4;
                f.retryAfterSeconds = 2;
            } else if (fault == QLatin1String("burst")) {
                f.errorBurst = 4;
                f.errorStatus = 503;
            } else if (fault == QLatin1String("slow")) {
                f.slowMs = 40;
            } else if (fault == QLatin1String("truncated")) {
                f.truncateNext = 1;
                f.truncatePath = "/api/public/v2/observations";
            } else if (fault == QLatin1String("nov2")) {
                f.missing.insert("/api/public/v2/observations");
            } else if (fault == QLatin1String("oldscores")) {
                f.missing.insert("/api/public/v3/scores");
                f.missing.insert("/api/public/v2/scores");
            } else if (fault == QLatin1String("timeouts")) {
                f.timeoutWindowNs = 2 * kDay;
            } else if (fault == QLatin1String("shift")) {
                f.shiftAfterTracePages = 1;
                f.onShift = [](FakeLangfuse &s) {
                    for (int i = 0; i < 12; ++i)
                        s.addTrace({{"id", "late-" + std::to_string(i)}, {"name", "late arrival"},
                                    {"timestamp", "2026-01-03T12:00:0" + std::to_string(i % 10) + ".000Z"}});
                };
            }
        });
        if (fault == QLatin1String("truncated"))
            server.withFaults([](FakeLangfuse::Faults &f) { f.truncateNext = 2; }); // the probe + first page
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("fault-%1.db").arg(fault))).ok);
        std::vector<remote::SyncProgress> waits;
        o.progress = [&](const remote::SyncProgress &p) {
            if (p.waitMs > 0)
                waits.push_back(p);
        };
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(server.traceCount()));
        QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(server.observationCount()));
        QCOMPARE(test::count(db, QStringLiteral("scores")), qint64(server.scoreCount()));
        if (fault != QLatin1String("shift"))
            QCOMPARE(dataDigest(db), fileImportDigest());
        if (fault == QLatin1String("ratelimit")) {
            QVERIFY(s.retries > 0);
            QVERIFY(!waits.empty());
            QVERIFY(waits.front().waitReason.contains(QLatin1String("429")));
            QCOMPARE(waits.front().waitMs, 40); // 2 s Retry-After scaled by 0.02
        }
        if (fault == QLatin1String("burst"))
            QVERIFY(s.retries >= 4);
        if (fault == QLatin1String("nov2"))
            QCOMPARE(s.observationsApi, QStringLiteral("v1"));
        if (fault == QLatin1String("oldscores"))
            QCOMPARE(s.scoresApi, QStringLiteral("v1"));
        if (fault == QLatin1String("timeouts")) {
            QVERIFY(s.narrowed > 0);
        }
        if (fault == QLatin1String("shift"))
            QCOMPARE(test::count(db, QStringLiteral("traces"), QStringLiteral("id LIKE 'late-%'")), qint64(12));
    }

    // A window holding more traces than one transaction should is fetched in halves until each
    // part is small enough; what lands is the same.
    void denseWindowsAreSplitUntilSmallEnough()
    {
        FakeLangfuse server;
        fill(server);
        remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        o.chunkNs = 40 * kDay;
        o.maxTracesPerWindow = 8;
        std::vector<int64_t> windowTraces; // traces in each committed window
        int64_t committedTraces = 0;
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("split.db"))).ok);
        o.committed = [&] {
            const int64_t n = test::count(db, QStringLiteral("traces"));
            windowTraces.push_back(n - committedTraces);
            committedTraces = n;
        };
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(int64_t(server.traceCount()), int64_t(40));
        QVERIFY2(s.windows >= 5, qPrintable(QString::number(s.windows))); // 40 traces, at most 8 each
        QCOMPARE(s.narrowed, s.windows - 1);                              // each split adds one window
        for (int64_t n : windowTraces)
            QVERIFY2(n <= 8, qPrintable(QStringLiteral("a window committed %1 traces").arg(n)));
        QVERIFY(std::any_of(s.log.begin(), s.log.end(), [](const QString &l) { return l.contains(QLatin1String("holds")); }));
        QCOMPARE(dataDigest(db), fileImportDigest());
    }

    // The project's score configs land (active before archived, a broken one skipped and logged)
    // and shape the heatmap: a numeric row's colour range, a categorical score's row order. A
    // server without the endpoint syncs as before.
    void scoreConfigsArriveAndShapeTheHeatmap()
    {
        FakeLangfuse server;
        fill(server);
        const std::string t = "2026-01-02T00:00:00.000Z";
        server.addScoreConfig({{"id", "cfg-rel-old"}, {"projectId", "proj-fake"}, {"name", "relevance"}, {"dataType", "NUMERIC"},
                               {"isArchived", true}, {"minValue", -1}, {"maxValue", 1}, {"createdAt", t}, {"updatedAt", t}});
        server.addScoreConfig({{"id", "cfg-rel"}, {"projectId", "proj-fake"}, {"name", "relevance"}, {"dataType", "NUMERIC"},
                               {"isArchived", false}, {"minValue", 0}, {"maxValue", 5}, {"description", "1-5 rubric"},
                               {"createdAt", t}, {"updatedAt", "2026-01-01T00:00:00.000Z"}});
        server.addScoreConfig({{"id", "cfg-sent"}, {"projectId", "proj-fake"}, {"name", "sentiment"}, {"dataType", "CATEGORICAL"},
                               {"isArchived", false}, {"createdAt", t}, {"updatedAt", t},
                               {"categories", {{{"value", 1}, {"label", "positive"}}, {{"value", 0}, {"label", "neutral"}},
                                               {{"value", -1}, {"label", "negative"}}}}});
        server.addScoreConfig({{"id", "cfg-broken"}, {"isArchived", false}});
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("configs.db"))).ok);
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), fastOptions(kJan2026, kJan2026 + 40 * kDay));
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(s.scoreConfigs, int64_t(3));
        QCOMPARE(test::count(db, QStringLiteral("score_configs")), qint64(3));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT categories FROM score_configs WHERE id = 'cfg-sent'")).toString(),
                 QStringLiteral("[{\"label\":\"positive\",\"value\":1.0},{\"label\":\"neutral\",\"value\":0.0},"
                                "{\"label\":\"negative\",\"value\":-1.0}]"));
        QVERIFY(std::any_of(s.log.begin(), s.log.end(), [](const QString &l) { return l.contains(QLatin1String("score config 4 skipped")); }));

        store::HeatmapRequest numeric;
        numeric.grouping = store::QualityGrouping::TraceName;
        store::QualityHeatmap map;
        QVERIFY(store::loadQualityHeatmap(db, numeric, map).ok);
        const auto rel = std::find(map.rows.begin(), map.rows.end(), "relevance") - map.rows.begin();
        const auto helpful = std::find(map.rows.begin(), map.rows.end(), "helpful") - map.rows.begin();
        QVERIFY(size_t(rel) < map.rows.size() && size_t(helpful) < map.rows.size());
        QCOMPARE(map.rowRanges.size(), map.rows.size());
        QCOMPARE(map.rowRanges[size_t(rel)].first, 0.0); // the active config, not the archived one
        QCOMPARE(map.rowRanges[size_t(rel)].second, 5.0);
        QVERIFY(std::isnan(map.rowRanges[size_t(helpful)].first));
        store::HeatmapRequest categorical;
        categorical.grouping = store::QualityGrouping::TraceName;
        categorical.categoricalScore = "sentiment";
        QVERIFY(store::loadQualityHeatmap(db, categorical, map).ok);
        QCOMPARE(map.rows, (std::vector<std::string>{"positive", "neutral", "negative"}));
        // Reordered with their cells: each row's hits still equal the database's count.
        int64_t positive = 0;
        for (size_t c = 0; c < map.columns.size(); ++c)
            positive += map.hitCount(0, c);
        QCOMPARE(positive, int64_t(test::count(db, QStringLiteral("scores"),
                                               QStringLiteral("name = 'sentiment' AND string_value = 'positive' AND trace_id IN (SELECT id FROM traces)"))));

        FakeLangfuse old;
        fill(old);
        old.withFaults([](FakeLangfuse::Faults &f) { f.missing.insert("/api/public/score-configs"); });
        store::Database db2;
        QVERIFY(db2.open(dbPath(QStringLiteral("noconfigs.db"))).ok);
        const remote::SyncSummary s2 = remote::syncLangfuse(db2, connectionTo(old), fastOptions(kJan2026, kJan2026 + 40 * kDay));
        QCOMPARE(int(s2.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(test::count(db2, QStringLiteral("score_configs")), qint64(0));
        QCOMPARE(test::count(db2, QStringLiteral("traces")), qint64(old.traceCount()));
    }

    void persistentBadJsonSkipsThePageLogsItAndTheNextSyncHeals()
    {
        FakeLangfuse server;
        fill(server);
        server.withFaults([](FakeLangfuse::Faults &f) {
            f.truncatePath = "/api/public/traces";
            f.truncateNext = 3; // probe's retry budget is not used for bad JSON: probe + page + its retry
        });
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("badjson.db"))).ok);
        const remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Partial));
        QCOMPARE(s.skippedPages, qint64(1));
        QCOMPARE(test::count(db, QStringLiteral("import_log"), QStringLiteral("kind = 'parse' AND message LIKE 'traces page%'")), qint64(1));
        QCOMPARE(test::count(db, QStringLiteral("sources"), QStringLiteral("status = 'partial'")), qint64(1));
        QVERIFY(test::count(db, QStringLiteral("traces")) < qint64(server.traceCount()) + 1);
        // The window with the skipped page was not marked covered: the next sync fetches it again.
        const remote::SyncSummary again = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(again.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(again.windows, qint64(1));
        QCOMPARE(dataDigest(db), fileImportDigest());
        QCOMPARE(test::count(db, QStringLiteral("import_log")), qint64(0));
    }

    void wrongKeysAndMissingRightsFailClearly()
    {
        FakeLangfuse server;
        fill(server);
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("auth.db"))).ok);
        const remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        const remote::SyncSummary bad = remote::syncLangfuse(db, connectionTo(server, QStringLiteral("sk-wrong")), o);
        QCOMPARE(int(bad.outcome), int(remote::SyncSummary::Outcome::Failed));
        QCOMPARE(bad.httpStatus, 401);
        QVERIFY2(bad.error.contains(QLatin1String("keys")), qPrintable(bad.error));
        QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(0));
        server.withFaults([](FakeLangfuse::Faults &f) { f.forbidden = true; });
        const remote::SyncSummary denied = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(denied.httpStatus, 403);
        QVERIFY2(denied.error.contains(QLatin1String("403")), qPrintable(denied.error));
    }

    void killedSyncResumesToTheSameEndState()
    {
        FakeLangfuse server;
        fill(server);
        const remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        store::Database clean;
        QVERIFY(clean.open(dbPath(QStringLiteral("clean.db"))).ok);
        QVERIFY(remote::syncLangfuse(clean, connectionTo(server), o).outcome == remote::SyncSummary::Outcome::Ok);

        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("killed.db"))).ok);
        remote::SyncOptions stopEarly = o;
        stopEarly.stopAfterWindows = 3;
        const remote::SyncSummary first = remote::syncLangfuse(db, connectionTo(server), stopEarly);
        QCOMPARE(int(first.outcome), int(remote::SyncSummary::Outcome::Cancelled));
        QCOMPARE(first.windows, qint64(3));
        const qint64 partial = test::count(db, QStringLiteral("observations"));
        QVERIFY(partial > 0 && partial < qint64(server.observationCount()));
        const remote::SyncSummary rest = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(rest.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(rest.windows, qint64(5)); // 8 windows of 5 days, 3 done before
        QCOMPARE(dataDigest(db), dataDigest(clean));
    }

    void cancelDuringARequestStopsAndKeepsSavedWindows()
    {
        FakeLangfuse server;
        fill(server);
        server.withFaults([](FakeLangfuse::Faults &f) { f.slowMs = 30; });
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("cancel.db"))).ok);
        std::atomic<bool> cancel{false};
        remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        o.cancel = &cancel;
        int windows = 0;
        o.committed = [&] {
            if (++windows == 2)
                cancel = true;
        };
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Cancelled));
        QCOMPARE(s.windows, qint64(2));
        QCOMPARE(test::count(db, QStringLiteral("sync_coverage")), qint64(1));
    }

    void projectModelsPriceObservations()
    {
        FakeLangfuse server;
        server.addModel({{"id", "proj-model-1"}, {"modelName", "acme-llm"}, {"matchPattern", "(?i)^(acme-llm)$"},
                         {"startDate", nullptr}, {"isLangfuseManaged", false},
                         {"pricingTiers", {{{"id", "t1"}, {"name", "Standard"}, {"isDefault", true}, {"priority", 0},
                                            {"conditions", FakeLangfuse::json::array()},
                                            {"prices", {{"input", 0.001}, {"output", 0.002}}}}}}});
        server.addTrace({{"id", "t-acme"}, {"name", "priced"}, {"timestamp", "2026-01-02T00:00:00.000Z"}});
        server.addObservation({{"id", "g-acme"}, {"traceId", "t-acme"}, {"type", "GENERATION"}, {"name", "call"},
                               {"startTime", "2026-01-02T00:00:00.000Z"}, {"endTime", "2026-01-02T00:00:01.000Z"},
                               {"model", "acme-llm"}, {"usageDetails", {{"input", 1000}, {"output", 500}}}});
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("models.db"))).ok);
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), fastOptions(kJan2026, kJan2026 + 5 * kDay));
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(s.models, qint64(1));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT origin FROM model_prices WHERE id = 'proj-model-1'")).toString(),
                 QStringLiteral("project"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT model FROM observations WHERE id = 'g-acme'")).toString(),
                 QStringLiteral("acme-llm"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT round(cost_computed, 6) FROM observations WHERE id = 'g-acme'")).toDouble(), 2.0);
    }

    void filtersKeepOnlyMatchingTraces()
    {
        FakeLangfuse server;
        fill(server);
        std::string user;
        for (const auto &t : server.traces())
            if (t.value("userId", FakeLangfuse::json()).is_string()) {
                user = t["userId"].get<std::string>();
                break;
            }
        QVERIFY(!user.empty());
        std::set<std::string> expected;
        for (const auto &t : server.traces())
            if (t.value("userId", FakeLangfuse::json()) == user)
                expected.insert(t["id"].get<std::string>());
        qint64 expectedObs = 0;
        for (const auto &o : server.observations())
            expectedObs += expected.count(o["traceId"].get<std::string>());
        store::Database db;
        QVERIFY(db.open(dbPath(QStringLiteral("filtered.db"))).ok);
        remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
        o.filters.userId = QString::fromStdString(user);
        const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server), o);
        QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
        QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(expected.size()));
        QCOMPARE(test::count(db, QStringLiteral("observations")), expectedObs);
        QCOMPARE(test::count(db, QStringLiteral("sync_coverage"), QStringLiteral("scope = 'user=%1'").arg(QString::fromStdString(user))), qint64(1));
    }

    void secretsNeverReachTheWorkspaceOrTheLog()
    {
        const QString secret = QStringLiteral("sk-lf-SECRET-5f3a9c1e");
        FakeLangfuse server("pk-lf-test", secret.toStdString());
        fill(server);
        const QString path = dbPath(QStringLiteral("secret.db"));
        QStringList lines;
        {
            store::Database db;
            QVERIFY(db.open(path).ok);
            remote::SyncOptions o = fastOptions(kJan2026, kJan2026 + 40 * kDay);
            o.log = [&](const QString &l) { lines << l; };
            server.withFaults([](FakeLangfuse::Faults &f) { f.errorBurst = 2; });
            const remote::SyncSummary s = remote::syncLangfuse(db, connectionTo(server, secret), o);
            QCOMPARE(int(s.outcome), int(remote::SyncSummary::Outcome::Ok));
            lines += s.log;
        }
        QVERIFY(!lines.isEmpty());
        const QByteArray needle = secret.toUtf8(), needle64 = (QStringLiteral("pk-lf-test:") + secret).toUtf8().toBase64();
        for (const QString &l : lines)
            QVERIFY(!l.contains(secret));
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(needle), qPrintable(f));
            QVERIFY2(!bytes.contains(needle64), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
