// Cost rollups (core/store/costrollup): after every kind of import the rollup rows equal sums over
// the raw observations computed here by independent SQL, for every dimension and both grains —
// on generated data, the real fixtures, re-imports, observations imported before their traces
// (and after), and a full rebuild.

#include <QtTest>

#include <map>
#include <tuple>

#include "generate/generator.h"
#include "import/importservice.h"
#include "model/provider.h"
#include "store/costrollup.h"
#include "store/tracerepository.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::store;
using namespace spanscope::test;

namespace {

struct Sums {
    int64_t requests = 0, errors = 0, input = 0, output = 0, total = 0, cacheRead = 0;
    double cost = 0, computed = 0;
};
using Table = std::map<std::pair<int64_t, std::string>, Sums>;

// The dimension's value expression over `observations o LEFT JOIN traces t`, written here from the
// schema's meaning (not the repository's SQL).
QString valueExpr(int dim)
{
    switch (dim) {
    case 1: return QStringLiteral("COALESCE(o.model, '')");
    // The provider, else the one the model name gives away (inferProvider, tested on its own).
    case 2: return QStringLiteral("COALESCE(spanscope_provider(o.provider, o.model), '')");
    case 3: return QStringLiteral("COALESCE(t.user_id, '')");
    case 4: return QStringLiteral("COALESCE(t.name, '')");
    case 5: return QStringLiteral("tag.value");
    case 6: return QStringLiteral("COALESCE(t.environment, '')");
    }
    return {};
}

Table rawSums(Database &db, int grain, int dim)
{
    const qint64 step = grain == 0 ? 3600LL * 1000000000 : 86400LL * 1000000000;
    const QString sql = QStringLiteral(
        "SELECT (COALESCE(o.start_ns, t.timestamp_ns, 0) / %1) * %1 AS b, %2 AS v, count(*), "
        "sum(o.level = 'ERROR'), total(o.input_tokens), total(o.output_tokens), total(o.total_tokens), "
        "total(o.cache_read_tokens), total(COALESCE(o.cost_provided, o.cost_computed)), total(o.cost_computed) "
        "FROM observations o LEFT JOIN traces t ON t.id = o.trace_id %3 "
        "WHERE o.type IN ('GENERATION', 'EMBEDDING') OR o.model IS NOT NULL OR o.cost_provided IS NOT NULL "
        "OR o.cost_computed IS NOT NULL GROUP BY b, v")
                            .arg(step)
                            .arg(valueExpr(dim))
                            .arg(dim == 5 ? QStringLiteral(", json_each(CASE WHEN json_valid(t.tags) THEN t.tags "
                                                           "ELSE '[]' END) tag")
                                          : QString());
    Statement st(db, sql.toStdString());
    Table out;
    if (!st.isValid()) {
        qWarning() << st.prepareError();
        return out;
    }
    while (st.step()) {
        Sums s { st.int64(2), st.int64(3), int64_t(st.real(4)), int64_t(st.real(5)), int64_t(st.real(6)),
                 int64_t(st.real(7)), st.real(8), st.real(9) };
        out[{ st.int64(0), st.text(1) }] = s;
    }
    return out;
}

Table rollupRows(Database &db, int grain, int dim)
{
    Statement st(db, "SELECT bucket_ns, value, requests, errors, input_tokens, output_tokens, total_tokens, "
                     "cache_read_tokens, cost, cost_computed FROM cost_rollup WHERE grain = ?1 AND dim = ?2");
    st.bind(1, grain);
    st.bind(2, dim);
    Table out;
    while (st.step()) {
        Sums s { st.int64(2), st.int64(3), st.int64(4), st.int64(5), st.int64(6), st.int64(7), st.real(8), st.real(9) };
        out[{ st.int64(0), st.text(1) }] = s;
    }
    return out;
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// Every grain and dimension; returns a description of the first mismatch, or empty.
QString compareAll(Database &db)
{
    for (int grain = 0; grain < 2; ++grain) {
        for (int dim = 1; dim <= 6; ++dim) {
            const Table raw = rawSums(db, grain, dim);
            const Table roll = rollupRows(db, grain, dim);
            if (raw.size() != roll.size())
                return QStringLiteral("grain %1 dim %2: %3 raw groups, %4 rollup rows")
                    .arg(grain).arg(dim).arg(raw.size()).arg(roll.size());
            for (const auto &[key, r] : raw) {
                auto it = roll.find(key);
                const QString where = QStringLiteral("grain %1 dim %2 bucket %3 value '%4'")
                                          .arg(grain).arg(dim).arg(key.first).arg(QString::fromStdString(key.second));
                if (it == roll.end())
                    return where + QStringLiteral(": missing");
                const Sums &s = it->second;
                if (s.requests != r.requests || s.errors != r.errors || s.input != r.input || s.output != r.output
                    || s.total != r.total || s.cacheRead != r.cacheRead)
                    return where + QStringLiteral(": counts differ (requests %1 vs %2, input %3 vs %4)")
                                       .arg(s.requests).arg(r.requests).arg(s.input).arg(r.input);
                if (!near(s.cost, r.cost) || !near(s.computed, r.computed))
                    return where + QStringLiteral(": cost %1 vs %2").arg(s.cost, 0, 'g', 17).arg(r.cost, 0, 'g', 17);
            }
        }
    }
    return {};
}

double rollupTotal(Database &db)
{
    return scalar(db, QStringLiteral("SELECT total(cost) FROM cost_rollup WHERE grain = 1 AND dim = 1")).toDouble();
}


} // namespace

class TestCostRollup : public QObject {
    Q_OBJECT
private slots:
    void generatedDataAndReimport();
    void fixtures();
    void observationsBeforeTraces();
    void tracesBeforeObservations();
    void rebuildEqualsIncremental();
    void importWithoutRollupsRebuildsOnOpen();
    void workspaceFromSchema6GetsRollups();
    void providerInferredFromModel();
    void providerFilterFindsInferredTraces();
};

void TestCostRollup::generatedDataAndReimport()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = 300;
    o.spansPerTrace = 8;
    o.seed = 5;
    const QString lf = dir.filePath(QStringLiteral("gen.jsonl"));
    QVERIFY(generate::writeFile(lf, o).ok);
    o.format = generate::Format::OtlpJsonl;
    o.seed = 6;
    const QString otlp = dir.filePath(QStringLiteral("gen-otlp.jsonl"));
    QVERIFY(generate::writeFile(otlp, o).ok);

    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(import::importFiles(db, { lf, otlp }, unindexedImport()).outcome == import::ImportSummary::Outcome::Ok);
    QVERIFY(count(db, QStringLiteral("cost_rollup")) > 100);
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const double before = rollupTotal(db);
    QVERIFY(before > 0);
    // The workspace's total equals the traces' total cost.
    QVERIFY(near(before, scalar(db, QStringLiteral("SELECT total(cost) FROM traces")).toDouble()));

    // Importing the same files again changes nothing.
    QVERIFY(import::importFiles(db, { lf, otlp }, unindexedImport()).outcome == import::ImportSummary::Outcome::Ok);
    const QString again = compareAll(db);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QVERIFY(near(rollupTotal(db), before));
}

void TestCostRollup::fixtures()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    const QStringList files { fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json")),
                              fixture(QStringLiteral("langfuse/openai-agents-2025-09-30.json")),
                              fixture(QStringLiteral("langfuse/claude-agent-2025-12-22.trace.json")),
                              fixture(QStringLiteral("langfuse/vercel-aisdk-2025-11-17.trace.json")),
                              fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")),
                              fixture(QStringLiteral("otlp_json/otel-spec-file-exporter-example.traces.jsonl")),
                              testData(QStringLiteral("langfuse/blob-observations.jsonl.gz")) };
    for (const QString &f : files)
        QVERIFY2(import::importFiles(db, { f }, unindexedImport()).outcome != import::ImportSummary::Outcome::Unreadable,
                 qPrintable(f));
    QVERIFY(count(db, QStringLiteral("cost_rollup"), QStringLiteral("dim = 1 AND value <> ''")) > 0);
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A Langfuse batch export in two files: the observations first (no user, no tags yet), then the
// traces that carry user, tags and environment. The rollups move the calls to their users.
void TestCostRollup::observationsBeforeTraces()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(import::importFiles(db, { testData(QStringLiteral("langfuse/export-observations.jsonl")) }, unindexedImport())
                .outcome == import::ImportSummary::Outcome::Ok);
    QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(count(db, QStringLiteral("cost_rollup"), QStringLiteral("dim = 3 AND value = 'user-7'")), qint64(0));
    QVERIFY(import::importFiles(db, { testData(QStringLiteral("langfuse/export-traces.csv")) }, unindexedImport())
                .outcome == import::ImportSummary::Outcome::Ok);
    diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(count(db, QStringLiteral("cost_rollup"), QStringLiteral("dim = 3 AND value = 'user-7'")) > 0);
    QVERIFY(count(db, QStringLiteral("cost_rollup"), QStringLiteral("dim = 5 AND value = 'prod'")) > 0);
}

void TestCostRollup::tracesBeforeObservations()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(import::importFiles(db, { testData(QStringLiteral("langfuse/export-traces.csv")) }, unindexedImport())
                .outcome == import::ImportSummary::Outcome::Ok);
    QCOMPARE(count(db, QStringLiteral("cost_rollup")), qint64(0)); // traces alone hold no calls
    QVERIFY(import::importFiles(db, { testData(QStringLiteral("langfuse/export-observations.jsonl")) }, unindexedImport())
                .outcome == import::ImportSummary::Outcome::Ok);
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(count(db, QStringLiteral("cost_rollup"), QStringLiteral("dim = 3 AND value = 'user-7'")) > 0);
}

void TestCostRollup::rebuildEqualsIncremental()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = 200;
    o.seed = 9;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    const QString error = importGenerated(db, dir.filePath(QStringLiteral("gen.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Table incremental = rollupRows(db, 0, 1);
    const qint64 rows = count(db, QStringLiteral("cost_rollup"));
    Transaction tx(db);
    QVERIFY(rebuildCostRollups(db).ok);
    QVERIFY(tx.commit().ok);
    QCOMPARE(count(db, QStringLiteral("cost_rollup")), rows);
    const Table rebuilt = rollupRows(db, 0, 1);
    QCOMPARE(rebuilt.size(), incremental.size());
    for (const auto &[key, s] : rebuilt) {
        QCOMPARE(s.requests, incremental.at(key).requests);
        QVERIFY(near(s.cost, incremental.at(key).cost));
    }
    QVERIFY(!costRollupsStale(db));
}

// A bulk import may skip the rollups: they are marked stale, and the next open rebuilds them.
void TestCostRollup::importWithoutRollupsRebuildsOnOpen()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = 150;
    o.seed = 4;
    const QString lf = dir.filePath(QStringLiteral("gen.jsonl"));
    QVERIFY(generate::writeFile(lf, o).ok);
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        Database db;
        QVERIFY(db.open(path).ok);
        import::ImportOptions io = unindexedImport();
        io.costRollups = false;
        QVERIFY(import::importFiles(db, { lf }, io).outcome == import::ImportSummary::Outcome::Ok);
        QVERIFY(costRollupsStale(db));
        QCOMPARE(count(db, QStringLiteral("cost_rollup")), qint64(0));
    }
    Database db;
    QVERIFY(db.open(path).ok);
    QVERIFY(!costRollupsStale(db));
    QVERIFY(count(db, QStringLiteral("cost_rollup")) > 0);
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A workspace written before the rollups existed (schema 6) is migrated and its rollups built on
// the first read-write open; the CLI report upgrades it the same way.
void TestCostRollup::workspaceFromSchema6GetsRollups()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        Database db;
        QVERIFY(db.open(path).ok);
        QVERIFY(import::importFiles(db, { fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json")),
                                          testData(QStringLiteral("langfuse/export-observations.jsonl")) },
                                    unindexedImport()).outcome != import::ImportSummary::Outcome::Unreadable);
        QVERIFY(db.exec("DROP TABLE cost_rollup; DROP TABLE cost_rollup_state; DROP TABLE budgets; "
                        "DROP TABLE quality_facts; DROP TABLE quality_keys; DROP TABLE quality_facts_state; "
                        "DROP TABLE quality_label_facts; DROP TABLE score_configs; "
                        "PRAGMA user_version=6;").ok);
    }
    {
        Database ro;
        QVERIFY(ro.open(path, Database::Mode::ReadOnly).ok);
        QVERIFY(!costRollupsReady(ro));
    }
    const CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), path,
                                 QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("gpt-4o-mini"));
    Database db;
    QVERIFY(db.open(path, Database::Mode::ReadOnly).ok);
    QVERIFY(costRollupsReady(db));
    QCOMPARE(db.userVersion(), 12);
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCostRollup::providerInferredFromModel()
{
    QCOMPARE(inferProvider("gpt-4o"), std::string_view("openai"));
    QCOMPARE(inferProvider("o3-mini-2025-01-31"), std::string_view("openai"));
    QCOMPARE(inferProvider("text-embedding-3-small"), std::string_view("openai"));
    QCOMPARE(inferProvider("ft:gpt-4o-mini:acme::abc"), std::string_view("openai"));
    QCOMPARE(inferProvider("claude-3.5-sonnet-20241022"), std::string_view("anthropic"));
    QCOMPARE(inferProvider("Claude-Sonnet-4-5"), std::string_view("anthropic"));
    QCOMPARE(inferProvider("gemini-2.5-pro"), std::string_view("google"));
    QCOMPARE(inferProvider("textembedding-gecko"), std::string_view("google"));
    QCOMPARE(inferProvider("mistral-large-latest"), std::string_view("mistral"));
    QCOMPARE(inferProvider("command-r-plus"), std::string_view("cohere"));
    QCOMPARE(inferProvider("openai/gpt-4o"), std::string_view("openai"));
    QCOMPARE(inferProvider("anthropic.claude-3-haiku-20240307-v1:0"), std::string_view("anthropic"));
    QCOMPARE(inferProvider("models/gemini-1.5-pro"), std::string_view("google"));
    QCOMPARE(inferProvider("meta-llama/Llama-3.1-8B-Instruct"), std::string_view("meta-llama"));
    QCOMPARE(inferProvider("acme-llm-7b-internal"), std::string_view());
    QCOMPARE(inferProvider(""), std::string_view());
    // A provider the trace gave wins over the name.
    QCOMPARE(effectiveProvider("azure", "gpt-4o"), std::string_view("azure"));
    QCOMPARE(effectiveProvider("", "gpt-4o"), std::string_view("openai"));
    // Every model of the bundled Langfuse catalog gets one.
    QFile f(QStringLiteral(":/pricing/default-model-prices.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray models = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(models.size() > 100);
    QStringList without;
    for (const QJsonValue &m : models) {
        const std::string name = m.toObject().value(QStringLiteral("modelName")).toString().toStdString();
        if (inferProvider(name).empty())
            without << QString::fromStdString(name);
    }
    QVERIFY2(without.isEmpty(), qPrintable(without.join(QLatin1String(", "))));
}

void TestCostRollup::providerFilterFindsInferredTraces()
{
    // Langfuse data carries models but no providers: the rollups count calls under the inferred
    // provider, and a Traces filter on that provider (the chart's click-through) finds exactly the
    // traces with such calls.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(import::importFiles(db, { fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json")) }, unindexedImport()).outcome
            == import::ImportSummary::Outcome::Ok);
    QCOMPARE(count(db, QStringLiteral("observations"), QStringLiteral("provider IS NOT NULL")), qint64(0));
    const qint64 openaiCalls = count(db, QStringLiteral("observations"), QStringLiteral("model LIKE 'gpt-%'"));
    QVERIFY(openaiCalls > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT total(requests) FROM cost_rollup WHERE grain = 1 AND dim = 2 AND value = 'openai'")).toLongLong(),
             openaiCalls);
    TraceFilter f;
    f.providers = { "openai" };
    int64_t n = -1;
    QVERIFY(countTraces(db, f, n).ok);
    QCOMPARE(n, count(db, QStringLiteral("traces")));
    f.providers = { "anthropic" };
    QVERIFY(countTraces(db, f, n).ok);
    QCOMPARE(n, int64_t(0));
    const QString diff = compareAll(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestCostRollup)
#include "tst_costrollup.moc"
