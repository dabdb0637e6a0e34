// Langfuse downloads from real frameworks land in the database exactly as the files say.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "import/importservice.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;
using spanscope::test::count;
using spanscope::test::scalar;
using namespace Qt::StringLiterals;

namespace {

qint64 isoNs(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.toMSecsSinceEpoch() * 1000000;
}

QJsonObject loadJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestImportLangfuse : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("ws-%1.spanscope").arg(m_counter++));
        QVERIFY(m_db.open(m_dbPath));
    }
    void cleanup() { m_db.close(); }

    void everyObservationLandsAsTheFileSays_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"langfuse/beeai-2025-08-01.json", "langfuse/claude-agent-2025-12-22.trace.json",
                              "langfuse/langgraph-2025-08-22.json", "langfuse/openai-agents-2025-09-30.json",
                              "langfuse/vercel-aisdk-2025-11-17.trace.json"})
            QTest::newRow(f) << test::fixture(QString::fromLatin1(f));
    }
    void everyObservationLandsAsTheFileSays()
    {
        QFETCH(QString, file);
        const import::ImportSummary sum = import::importFiles(m_db, {file});
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        const QJsonObject doc = loadJson(file);
        const QJsonObject trace = doc.value(QStringLiteral("trace")).toObject();
        const QJsonArray obs = doc.value(QStringLiteral("observations")).toArray();
        const QString traceId = trace.value(QStringLiteral("id")).toString();
        QCOMPARE(count(m_db, QStringLiteral("traces")), 1);
        QCOMPARE(count(m_db, QStringLiteral("observations")), qint64(obs.size()));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT name FROM traces")).toString(),
                 trace.value(QStringLiteral("name")).toString());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT timestamp_ns FROM traces")).toLongLong(),
                 isoNs(trace.value(QStringLiteral("timestamp")).toString()));
        // Scores come from trace.scores (the download nests them there).
        QCOMPARE(count(m_db, QStringLiteral("scores")), qint64(trace.value(QStringLiteral("scores")).toArray().size()));

        double costSum = 0;
        qint64 totalTokens = 0;
        for (const QJsonValue &v : obs) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            store::Statement st(m_db,
                                "SELECT trace_id, parent_id, type, name, start_ns, end_ns, model, input_tokens, "
                                "output_tokens, total_tokens, cost_provided, level, depth FROM observations WHERE id = ?1");
            st.bind(1, id.toStdString());
            QVERIFY2(st.step(), qPrintable(id));
            QCOMPARE(st.qtext(0), traceId);
            QCOMPARE(st.isNull(1) ? QString() : st.qtext(1), o.value(QStringLiteral("parentObservationId")).toString());
            QCOMPARE(st.qtext(2), o.value(QStringLiteral("type")).toString());
            QCOMPARE(st.qtext(3), o.value(QStringLiteral("name")).toString());
            QCOMPARE(st.int64(4), isoNs(o.value(QStringLiteral("startTime")).toString()));
            if (o.value(QStringLiteral("endTime")).isString())
                QCOMPARE(st.int64(5), isoNs(o.value(QStringLiteral("endTime")).toString()));
            QCOMPARE(st.isNull(6) ? QString() : st.qtext(6), o.value(QStringLiteral("model")).toString());
            // Langfuse's inputUsage/outputUsage/totalUsage are sums over usage-detail keys: same rule here.
            const qint64 in = o.value(QStringLiteral("inputUsage")).toInteger();
            const qint64 out = o.value(QStringLiteral("outputUsage")).toInteger();
            const qint64 total = o.value(QStringLiteral("totalUsage")).toInteger();
            if (total > 0) {
                QCOMPARE(st.int64(7), in);
                QCOMPARE(st.int64(8), out);
                QCOMPARE(st.int64(9), total);
            }
            totalTokens += total;
            const QJsonValue cost = o.value(QStringLiteral("totalCost"));
            if (cost.toDouble() > 0) {
                // Provided cost to the micro-dollar (and beyond).
                QVERIFY2(qAbs(st.real(10) - cost.toDouble()) < 1e-12, qPrintable(id));
                costSum += cost.toDouble();
            }
            QCOMPARE(st.qtext(11), o.value(QStringLiteral("level")).toString());
            QCOMPARE(st.int64(12) == 0, o.value(QStringLiteral("parentObservationId")).isNull());
        }
        QVERIFY(qAbs(scalar(m_db, QStringLiteral("SELECT cost_provided FROM traces")).toDouble() - costSum) < 1e-12);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT total_tokens FROM traces")).toLongLong(), totalTokens);
        // Pre-order index: a whole tree reads as one range, every parent before its children.
        QCOMPARE(count(m_db, QStringLiteral("observations o JOIN observations p ON p.trace_id = o.trace_id AND p.id = o.parent_id"),
                       QStringLiteral("p.preorder >= o.preorder OR o.depth <> p.depth + 1")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(DISTINCT preorder) FROM observations")).toLongLong(),
                 qint64(obs.size()));
        // Everything is searchable: each observation and the trace are found by their own name.
        QCOMPARE(count(m_db, QStringLiteral("observations o"),
                       QStringLiteral("length(o.name) >= 3 AND o.rowid NOT IN (SELECT key FROM spanscope_search(o.name))")),
                 0);
        QVERIFY(count(m_db, QStringLiteral("observations"), QStringLiteral("length(name) >= 3")) >= obs.size() - 1);
        QCOMPARE(count(m_db, QStringLiteral("traces t"),
                       QStringLiteral("-t.rowid NOT IN (SELECT key FROM spanscope_search(t.name))")),
                 0);
    }

    void knownGenerationsArePricedByTheCatalog()
    {
        QVERIFY(import::importFiles(m_db, {test::fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")),
                                           test::fixture(QStringLiteral("langfuse/vercel-aisdk-2025-11-17.trace.json"))})
                    .outcome == import::ImportSummary::Outcome::Ok);
        // gpt-4o-mini: 1988 input tokens at $0.15 / 1M.
        QVERIFY(qAbs(scalar(m_db, QStringLiteral("SELECT cost_computed FROM observations WHERE id = '52df0f7f9dad6b23'")).toDouble()
                     - 0.0002982) < 1e-12);
        // gpt-5: 14 input at $1.25 / 1M + 43 output at $10 / 1M.
        QVERIFY(qAbs(scalar(m_db, QStringLiteral("SELECT cost_computed FROM observations WHERE id = '1dc6768109615657'")).toDouble()
                     - 0.0004475) < 1e-12);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("unpriced = 1")), 0);
        // Spans without a model are neither priced nor unpriced.
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("type = 'SPAN' AND cost_computed IS NOT NULL")), 0);
    }

    void jsonInStringPayloadsAreDecodedOneLevel()
    {
        QVERIFY(import::importFiles(m_db, {test::fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json"))}).outcome
                == import::ImportSummary::Outcome::Ok);
        // The file holds the trace input as a JSON string containing JSON: stored as the object.
        const QString input = scalar(m_db, QStringLiteral("SELECT input FROM traces")).toString();
        const QJsonObject o = QJsonDocument::fromJson(input.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Search the web for 'example' and summarize."));
        // Full-text search finds words inside payloads.
        QVERIFY(count(m_db, QStringLiteral("spanscope_search('summarize') s JOIN traces t ON t.rowid = -s.key"),
                      QStringLiteral("spanscope_text(t.input) LIKE '%summarize%'")) >= 1);
        QCOMPARE(count(m_db, QStringLiteral("spanscope_search('summarise the moon')")), qint64(0));
    }

    void batchExportsInJsonlAndCsvAndGzip()
    {
        const QString dir = test::testData(QStringLiteral("langfuse"));
        const import::ImportSummary sum = import::importFiles(
            m_db, {dir + QStringLiteral("/export-traces.csv"), dir + QStringLiteral("/export-observations.jsonl"),
                   dir + QStringLiteral("/export-scores.json"), dir + QStringLiteral("/blob-observations.jsonl.gz")});
        QVERIFY2(sum.outcome == import::ImportSummary::Outcome::Ok, qPrintable(sum.error));
        QCOMPARE(count(m_db, QStringLiteral("traces")), 2);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT user_id FROM traces WHERE id = 't-1'")).toString(), QStringLiteral("user-7"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT tags FROM traces WHERE id = 't-1'")).toString(), QStringLiteral("[\"prod\",\"beta\"]"));
        QCOMPARE(count(m_db, QStringLiteral("observations")), 5);
        // Blob export: snake_case names, ClickHouse time format.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT start_ns FROM observations WHERE id = 'o-blob-1'")).toLongLong(),
                 isoNs(QStringLiteral("2025-03-01T10:00:00.250Z")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id = 'o-blob-2'")).toString(), QStringLiteral("o-blob-1"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT input_tokens FROM observations WHERE id = 'o-blob-2'")).toLongLong(), 120);
        // Scores of every data type.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(data_type, ',') FROM (SELECT data_type FROM scores ORDER BY data_type)")).toString(),
                 QStringLiteral("BOOLEAN,CATEGORICAL,NUMERIC,TEXT"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT string_value FROM scores WHERE name = 'sentiment'")).toString(), QStringLiteral("positive"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT value FROM scores WHERE name = 'helpful'")).toDouble(), 1.0);
    }

    // A traces export imported before its observations export (as a sync fetches a window):
    // more trace records than the importer buffers, so most traces are written before any of
    // their observations arrive. Every trace still ends with its tree, totals and cost rollups.
    void tracesWrittenBeforeTheirObservationsEndComplete()
    {
        const int n = 6200; // above the importer's buffer of 5,000 trace records
        QFile traces(m_dir.filePath(QStringLiteral("many-traces.jsonl")));
        QFile observations(m_dir.filePath(QStringLiteral("many-observations.jsonl")));
        QVERIFY(traces.open(QIODevice::WriteOnly) && observations.open(QIODevice::WriteOnly));
        auto line = [](const QJsonObject &o) {
            QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact);
            b += '\n';
            return b;
        };
        for (int i = 0; i < n; ++i) {
            const QString id = u"bt-%1"_s.arg(i);
            const QString day = i % 2 ? u"2025-03-02T"_s : u"2025-03-01T"_s;
            traces.write(line(QJsonObject{{u"id"_s, id}, {u"projectId"_s, u"proj-1"_s}, {u"name"_s, u"batch"_s}, {u"userId"_s, u"u-%1"_s.arg(i % 7)},
                               {u"timestamp"_s, QString(day + u"10:00:00.000Z"_s)}, {u"input"_s, QJsonObject{{u"q"_s, u"question %1"_s.arg(i)}}}}));
            observations.write(line(QJsonObject{{u"id"_s, QString(id + u"-root"_s)}, {u"traceId"_s, id}, {u"type"_s, u"SPAN"_s}, {u"name"_s, u"agent"_s},
                                     {u"startTime"_s, QString(day + u"10:00:00.000Z"_s)}, {u"endTime"_s, QString(day + u"10:00:03.000Z"_s)}}));
            observations.write(line(QJsonObject{{u"id"_s, QString(id + u"-llm"_s)}, {u"traceId"_s, id}, {u"parentObservationId"_s, QString(id + u"-root"_s)},
                                     {u"type"_s, u"GENERATION"_s}, {u"name"_s, u"llm"_s}, {u"startTime"_s, QString(day + u"10:00:01.000Z"_s)},
                                     {u"endTime"_s, QString(day + u"10:00:02.000Z"_s)}, {u"model"_s, u"gpt-4o-mini"_s},
                                     {u"usageDetails"_s, QJsonObject{{u"input"_s, 100}, {u"output"_s, 10}}},
                                     {u"costDetails"_s, QJsonObject{{u"total"_s, 0.25}}}}));
        }
        traces.close();
        observations.close();
        const import::ImportSummary sum = import::importFiles(m_db, {traces.fileName(), observations.fileName()});
        QVERIFY2(sum.outcome == import::ImportSummary::Outcome::Ok, qPrintable(sum.error));
        QCOMPARE(count(m_db, QStringLiteral("traces")), qint64(n));
        QCOMPARE(count(m_db, QStringLiteral("observations")), qint64(2 * n));
        // Totals of every trace: both observations, the generation's tokens and cost, the span's times.
        QCOMPARE(count(m_db, QStringLiteral("traces"),
                       QStringLiteral("observation_count = 2 AND input_tokens = 100 AND output_tokens = 10 AND cost = 0.25 "
                                      "AND latency_ns = 3000000000 AND name = 'batch' AND user_id IS NOT NULL")),
                 qint64(n));
        // Trees: the generation under its span at depth 1, pre-order 1.
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                       QStringLiteral("type = 'GENERATION' AND parent_id = trace_id || '-root' AND depth = 1 AND preorder = 1")),
                 qint64(n));
        // Cost rollups (daily, by model and by user) hold every call once.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(requests) FROM cost_rollup WHERE grain = 1 AND dim = 1")).toLongLong(),
                 qint64(n));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(requests) FROM cost_rollup WHERE grain = 1 AND dim = 3")).toLongLong(),
                 qint64(n));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT round(sum(cost), 6) FROM cost_rollup WHERE grain = 1 AND dim = 1")).toDouble(),
                 0.25 * n);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    store::Database m_db;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(TestImportLangfuse)
#include "tst_import_langfuse.moc"
