// Re-pricing and what-if (core/pricing/reprice): user price entries imported in the Langfuse
// format price models the bundled catalog does not know; a re-price recomputes computed cost,
// keeps provided cost, moves trace totals and rollups with it (rollups equal raw sums), and a
// cancelled re-price changes nothing; what-if prices a selection as another model with the
// catalog's per-token prices.

#include <QtTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "pricing/reprice.h"
#include "store/costrollup.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::store;
using namespace spanscope::test;

namespace {
bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// The user's price for the generator's unpriced in-house model: $1 per 1M input, $2 per 1M output.
const char kAcme[] = R"([{"id":"user-acme","modelName":"acme-llm-7b-internal","matchPattern":"(?i)^acme-llm-7b-internal$",
  "pricingTiers":[{"id":"t","name":"Standard","isDefault":true,"priority":0,"conditions":[],
  "prices":{"input":0.000001,"output":0.000002}}]}])";

const char kBadRegex[] = "[{\"id\":\"x\",\"modelName\":\"x\",\"matchPattern\":\"(unclosed\",\"pricingTiers\":"
                        "[{\"name\":\"S\",\"isDefault\":true,\"priority\":0,\"conditions\":[],\"prices\":{\"input\":1}}]}]";

} // namespace

class TestReprice : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void badCatalogIsRejected();
    void cancelledRepriceChangesNothing();
    void repriceWithUserEntry();
    void laterImportsUseTheUserEntry();
    void whatIfUsesTargetPrices();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestReprice::initTestCase()
{
    generate::Options o;
    o.traces = 600;
    o.spansPerTrace = 8;
    o.seed = 3;
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("w.db"))).ok);
    const QString error = importGenerated(m_db, m_dir.filePath(QStringLiteral("gen.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(count(m_db, QStringLiteral("observations"), QStringLiteral("model = 'acme-llm-7b-internal' AND unpriced = 1")) > 0);
}

void TestReprice::badCatalogIsRejected()
{
    QString error;
    QCOMPARE(pricing::importUserEntries(m_db, kBadRegex, &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(pricing::importUserEntries(m_db, "{not json", &error), -1);
    QCOMPARE(count(m_db, QStringLiteral("model_prices")), qint64(0));
}

void TestReprice::cancelledRepriceChangesNothing()
{
    QString error;
    QCOMPARE(pricing::importUserEntries(m_db, kAcme, &error), 1);
    const QByteArray before = contentDigest(m_db);
    const double rollup = scalar(m_db, QStringLiteral("SELECT total(cost) FROM cost_rollup")).toDouble();
    std::atomic<bool> cancel { false };
    const auto catalog = pricing::loadWorkspaceCatalog(m_db);
    const auto sum = pricing::repriceWorkspace(m_db, *catalog, [&](int64_t done, int64_t) {
        if (done > 0)
            cancel = true;
    }, &cancel);
    QVERIFY(sum.cancelled);
    QCOMPARE(contentDigest(m_db), before);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT total(cost) FROM cost_rollup")).toDouble(), rollup);
}

void TestReprice::repriceWithUserEntry()
{
    const double provided = scalar(m_db, QStringLiteral("SELECT total(cost_provided) FROM observations")).toDouble();
    const qint64 acme = count(m_db, QStringLiteral("observations"), QStringLiteral("model = 'acme-llm-7b-internal'"));
    // Expected cost of the acme calls from their stored usage and the user's prices.
    const double expected = scalar(m_db, QStringLiteral("SELECT total(json_extract(usage_details, '$.input')) * 0.000001 + "
                                                        "total(json_extract(usage_details, '$.output')) * 0.000002 FROM observations WHERE model = 'acme-llm-7b-internal'")).toDouble();
    const auto catalog = pricing::loadWorkspaceCatalog(m_db);
    const auto sum = pricing::repriceWorkspace(m_db, *catalog);
    QVERIFY2(sum.ok, qPrintable(sum.error));
    QVERIFY(sum.unpricedAfter <= sum.unpricedBefore - acme);
    QVERIFY(sum.tracesChanged > 0);
    QVERIFY(near(sum.computedAfter - sum.computedBefore,
                 scalar(m_db, QStringLiteral("SELECT total(cost_computed) FROM observations WHERE model = 'acme-llm-7b-internal'")).toDouble()));
    QVERIFY(near(scalar(m_db, QStringLiteral("SELECT total(cost_computed) FROM observations WHERE model = 'acme-llm-7b-internal'")).toDouble(), expected));
    QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("model = 'acme-llm-7b-internal' AND price_model_id = 'user-acme'")), acme);
    // Provided cost is kept.
    QVERIFY(near(scalar(m_db, QStringLiteral("SELECT total(cost_provided) FROM observations")).toDouble(), provided));
    QVERIFY(near(sum.providedTotal, provided));
    // Trace totals follow.
    QCOMPARE(count(m_db, QStringLiteral("traces t"), QStringLiteral(
        "abs(COALESCE(t.cost, 0) - (SELECT total(COALESCE(cost_provided, cost_computed)) FROM observations o WHERE o.trace_id = t.id)) > 1e-12")), qint64(0));
    // Rollups follow: the model's rollup cost equals its raw cost.
    const double rollup = scalar(m_db, QStringLiteral("SELECT total(cost) FROM cost_rollup WHERE grain = 1 AND dim = 1 AND value = 'acme-llm-7b-internal'")).toDouble();
    QVERIFY(near(rollup, scalar(m_db, QStringLiteral("SELECT total(COALESCE(cost_provided, cost_computed)) FROM observations WHERE model = 'acme-llm-7b-internal'")).toDouble()));
    QVERIFY(rollup > 0);
    QVERIFY(near(scalar(m_db, QStringLiteral("SELECT total(cost) FROM cost_rollup WHERE grain = 0 AND dim = 3")).toDouble(),
                 scalar(m_db, QStringLiteral("SELECT total(cost) FROM traces")).toDouble()));
}

void TestReprice::laterImportsUseTheUserEntry()
{
    generate::Options o;
    o.traces = 100;
    o.seed = 77;
    const QString error = importGenerated(m_db, m_dir.filePath(QStringLiteral("more.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("model = 'acme-llm-7b-internal' AND unpriced = 1")), qint64(0));
}

void TestReprice::whatIfUsesTargetPrices()
{
    Database db;
    QTemporaryDir dir;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(import::importFiles(db, { testData(QStringLiteral("langfuse/export-observations.jsonl")) }, unindexedImport()).outcome
            == import::ImportSummary::Outcome::Ok);
    CostRequest sel;
    sel.fromNs = 0;
    sel.toNs = std::numeric_limits<int64_t>::max() / 2;
    sel.filter.models = { "gpt-4o-mini" };
    const auto catalog = pricing::loadWorkspaceCatalog(db);
    const auto r = pricing::whatIf(db, *catalog, sel, "gpt-4o");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.calls, int64_t(1));
    // o-2: 1000 input and 200 output tokens, provided cost 0.00027; as gpt-4o at $2.50 / $10 per 1M.
    QVERIFY(near(r.actual, 0.00027));
    QVERIFY(near(r.asTarget, 1000 * 2.5e-6 + 200 * 1e-5));
    QCOMPARE(r.rows.size(), size_t(1));
    QCOMPARE(r.rows.front().model, std::string("gpt-4o-mini"));
    const auto unknown = pricing::whatIf(db, *catalog, sel, "no-such-model-xyz");
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.error.contains(QStringLiteral("no price")));
}

QTEST_GUILESS_MAIN(TestReprice)
#include "tst_reprice.moc"
