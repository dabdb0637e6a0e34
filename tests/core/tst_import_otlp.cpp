// OTLP JSON files (spec examples, collector JSON Lines, base64 ids, pre-2022 layout, Jaeger v3
// wrapper, bad spans) land in the workspace as the files say.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "import/importservice.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;
using spanscope::test::count;
using spanscope::test::scalar;

namespace {

QJsonValue json(const QVariant &v)
{
    const QByteArray wrapped = "[" + v.toString().toUtf8() + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

QString str(store::Database &db, const QString &sql)
{
    return scalar(db, sql).toString();
}

qint64 num(store::Database &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

} // namespace

class TestImportOtlp : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("ws-%1.spanscope").arg(m_counter++));
        QVERIFY(m_db.open(m_dbPath));
    }
    void cleanup() { m_db.close(); }

    // Every shared OTLP fixture imports cleanly with lower-hex ids and nanosecond times.
    void everySharedFixtureImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("spans");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("traces");
        const QDir d(test::fixture(QStringLiteral("otlp_json")));
        const QStringList files
            = d.entryList({ QStringLiteral("*.json"), QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        for (const QString &f : files) {
            // Count spans and events straight from the file (Qt's JSON parser, line by line).
            QFile file(d.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray all = file.readAll();
            const QList<QByteArray> docs
                = f.endsWith(QLatin1String(".jsonl")) ? all.split('\n') : QList<QByteArray> { all };
            qint64 spans = 0, events = 0;
            QSet<QString> traces;
            for (const QByteArray &doc : docs) {
                if (doc.trimmed().isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(doc).object();
                for (const QJsonValue &rs : o.value(QStringLiteral("resourceSpans")).toArray())
                    for (const QJsonValue &ss : rs.toObject().value(QStringLiteral("scopeSpans")).toArray())
                        for (const QJsonValue &sp : ss.toObject().value(QStringLiteral("spans")).toArray()) {
                            ++spans;
                            events += sp.toObject().value(QStringLiteral("events")).toArray().size();
                            const QString tid = sp.toObject().value(QStringLiteral("traceId")).toString().toLower();
                            // Empty ids: each request line is one synthetic trace.
                            traces.insert(tid.isEmpty()
                                    ? QString::fromLatin1(doc.left(64) + QByteArray::number(qHash(doc)))
                                    : tid);
                        }
            }
            QVERIFY(spans > 0);
            QTest::newRow(qPrintable(f)) << d.filePath(f) << spans << events << qint64(traces.size());
        }
    }
    void everySharedFixtureImports()
    {
        QFETCH(QString, file);
        QFETCH(qint64, spans);
        QFETCH(qint64, events);
        QFETCH(qint64, traces);
        const import::ImportSummary sum = import::importFiles(m_db, { file });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(sum.files.at(0).format, QStringLiteral("otlp-json"));
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("type <> 'EVENT'")), spans);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("type = 'EVENT'")), events);
        QCOMPARE(count(m_db, QStringLiteral("traces")), traces);
        // Ids are lower hex of the OTLP widths.
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                     QStringLiteral("type <> 'EVENT' AND (length(id) <> 16 OR id GLOB '*[^0-9a-f]*' "
                                    "OR length(trace_id) <> 32 OR trace_id GLOB '*[^0-9a-f]*')")),
            0);
        QCOMPARE(
            count(m_db, QStringLiteral("observations"), QStringLiteral("start_ns IS NULL OR end_ns < start_ns")), 0);
        // Importing the same file again changes nothing.
        const QByteArray before = test::contentDigest(m_db);
        const import::ImportSummary again = import::importFiles(m_db, { file });
        QCOMPARE(int(again.outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(test::contentDigest(m_db), before);
    }

    void protoExampleLandsExactly()
    {
        const auto sum
            = import::importFiles(m_db, { test::fixture(QStringLiteral("otlp_json/otlp-proto-examples-trace.json")) });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        store::Statement st(m_db,
            "SELECT trace_id, id, COALESCE(orig_parent_id, parent_id), name, start_ns, end_ns, type, "
            "level, metadata FROM observations");
        QVERIFY(st.step());
        QCOMPARE(st.qtext(0), QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(st.qtext(1), QStringLiteral("eee19b7ec3c1b174"));
        QCOMPARE(st.qtext(2), QStringLiteral("eee19b7ec3c1b173")); // parent as given (not in the file)
        QCOMPARE(st.qtext(3), QStringLiteral("I'm a server span"));
        QCOMPARE(st.int64(4), Q_INT64_C(1544712660000000000));
        QCOMPARE(st.int64(5), Q_INT64_C(1544712661000000000));
        QCOMPARE(st.qtext(6), QStringLiteral("SPAN"));
        QVERIFY(st.isNull(7));
        QCOMPARE(json(st.qtext(8)).toObject().value(QStringLiteral("service.name")).toString(),
            QStringLiteral("my.service"));
        QVERIFY(!st.step());
        // Span attributes on the observation, resource and scope on the trace.
        const QString obsAttr
            = QStringLiteral("SELECT value FROM attributes WHERE observation_id = 'eee19b7ec3c1b174' AND key = '%1'");
        const QString traceAttr
            = QStringLiteral("SELECT value FROM attributes WHERE observation_id = '' AND trace_id = "
                             "'5b8efff798038103d269b633813fc60c' AND key = '%1'");
        QCOMPARE(str(m_db, obsAttr.arg(QLatin1String("my.span.attr"))), QStringLiteral("\"some value\""));
        QCOMPARE(str(m_db, obsAttr.arg(QLatin1String("otel.span.kind"))), QStringLiteral("\"SERVER\""));
        QCOMPARE(str(m_db, traceAttr.arg(QLatin1String("resource.service.name"))), QStringLiteral("\"my.service\""));
        QCOMPARE(str(m_db, traceAttr.arg(QLatin1String("scope.name"))), QStringLiteral("\"my.library\""));
        QCOMPARE(str(m_db, traceAttr.arg(QLatin1String("scope.version"))), QStringLiteral("\"1.0.0\""));
        QCOMPARE(str(m_db, traceAttr.arg(QLatin1String("scope.my.scope.attribute"))),
            QStringLiteral("\"some scope attribute\""));
    }

    void collectorJsonLinesRebuildOneTree()
    {
        const auto sum = import::importFiles(
            m_db, { test::fixture(QStringLiteral("otlp_json/jaeger-ui-otlp2jaeger-multi-in.jsonl")) });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(count(m_db, QStringLiteral("traces")), 1);
        QCOMPARE(str(m_db, QStringLiteral("SELECT id FROM observations WHERE parent_id IS NULL")),
            QStringLiteral("eff3153be6b1fb93"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id = '49b8e9efa1e8a3b1'")),
            QStringLiteral("eff3153be6b1fb93"));
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                     QStringLiteral("parent_id = '49b8e9efa1e8a3b1' AND name = 'ohboy.do'")),
            2);
        QCOMPARE(num(m_db, QStringLiteral("SELECT end_ns FROM observations WHERE id = '26f5ef9dbb885479'")),
            Q_INT64_C(1711138247024460625));
        QCOMPARE(num(m_db, QStringLiteral("SELECT start_ns FROM observations WHERE id = 'eff3153be6b1fb93'")),
            Q_INT64_C(1711138246940000000));
        QCOMPARE(num(m_db, QStringLiteral("SELECT depth FROM observations WHERE id = 'e76628f4e6dde174'")), 2);
        QCOMPARE(str(m_db, QStringLiteral("SELECT name FROM traces")), QStringLiteral("main"));
        // Two scopes in one trace: both names are kept.
        QSet<QString> scopes;
        for (const QJsonValue &v :
            json(scalar(m_db, QStringLiteral("SELECT value FROM attributes WHERE key = 'scope.name'"))).toArray())
            scopes.insert(v.toString());
        QCOMPARE(scopes, (QSet<QString> { QStringLiteral("ohboy"), QStringLiteral("widgets") }));
        QCOMPARE(str(m_db, QStringLiteral("SELECT value FROM attributes WHERE key = 'resource.telemetry.sdk.version'")),
            QStringLiteral("\"1.22.0\""));
    }

    void specExampleWithEmptyIdsGetsStableSyntheticIds()
    {
        const QString file = test::fixture(QStringLiteral("otlp_json/otel-spec-file-exporter-example.traces.jsonl"));
        QCOMPARE(int(import::importFiles(m_db, { file }).outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(count(m_db, QStringLiteral("traces")), 4);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("parent_id IS NULL")), 8);
        // status code 2 -> ERROR with its message
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                     QStringLiteral("name = 'operationA' AND level = 'ERROR' AND status_message = 'status-cancelled'")),
            4);
        QCOMPARE(
            count(m_db, QStringLiteral("observations"), QStringLiteral("name = 'operationB' AND level IS NULL")), 4);
        // Events are EVENT children at the event time, their attributes as metadata.
        store::Statement ev(m_db,
            "SELECT e.start_ns, e.end_ns, e.metadata, p.name FROM observations e JOIN observations p "
            "ON p.trace_id = e.trace_id AND p.id = e.parent_id WHERE e.type = 'EVENT' AND "
            "e.name = 'event-with-attr' ORDER BY e.start_ns");
        QVERIFY(ev.step());
        QCOMPARE(ev.int64(0), Q_INT64_C(1581452773000000123));
        QCOMPARE(ev.int64(1), Q_INT64_C(1581452773000000123));
        QCOMPARE(json(ev.qtext(2)).toObject().value(QStringLiteral("span-event-attr")).toString(),
            QStringLiteral("span-event-attr-val"));
        QCOMPARE(ev.qtext(3), QStringLiteral("operationA"));
        // Links are kept as one JSON array per span.
        const QJsonArray links
            = json(scalar(m_db, QStringLiteral("SELECT value FROM attributes WHERE key = 'otel.links' LIMIT 1")))
                  .toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0)
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("span-link-attr"))
                     .toString(),
            QStringLiteral("span-link-attr-val"));
        QCOMPARE(count(m_db, QStringLiteral("attributes"),
                     QStringLiteral("observation_id = '' AND key = 'resource.resource-attr'")),
            4);

        // The same file in another workspace gives the same ids.
        const QString ids
            = QStringLiteral("SELECT group_concat(trace_id || '/' || id, ',') FROM (SELECT trace_id, id FROM "
                             "observations ORDER BY trace_id, id)");
        const QString first = str(m_db, ids);
        store::Database other;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other-%1.spanscope").arg(m_counter++))));
        QCOMPARE(int(import::importFiles(other, { file }).outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(str(other, ids), first);
    }

    void base64IdsEnumNamesAndGenAiAttributes()
    {
        const auto sum = import::importFiles(m_db, { test::testData(QStringLiteral("otlp/base64-ids.json")) });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        const QString tid = QStringLiteral("0af7651916cd43dd8448eb211c80319c");
        QCOMPARE(str(m_db, QStringLiteral("SELECT id FROM traces")), tid);
        QCOMPARE(str(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id = '00f067aa0ba902b7'")),
            QStringLiteral("b7ad6b7169203331"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id = 'eee19b7ec3c1b174'")),
            QStringLiteral("b7ad6b7169203331"));
        store::Statement st(m_db,
            "SELECT type, model, provider, input_tokens, output_tokens, total_tokens, cache_read_tokens, "
            "usage_details, level, status_message, start_ns, end_ns, input, output, model_parameters "
            "FROM observations WHERE id = 'b7ad6b7169203331'");
        QVERIFY(st.step());
        QCOMPARE(st.qtext(0), QStringLiteral("GENERATION"));
        QCOMPARE(st.qtext(1), QStringLiteral("gpt-4o"));
        QCOMPARE(st.qtext(2), QStringLiteral("openai"));
        QCOMPARE(st.int64(3), 1200);
        QCOMPARE(st.int64(4), 300);
        QCOMPARE(st.int64(5), 1500);
        QCOMPARE(st.int64(6), 200);
        const QJsonObject details = json(st.qtext(7)).toObject();
        QCOMPARE(details.value(QStringLiteral("input")).toInt(), 1000);
        QCOMPARE(details.value(QStringLiteral("input_cache_read")).toInt(), 200);
        QCOMPARE(st.qtext(8), QStringLiteral("ERROR"));
        QCOMPARE(st.qtext(9), QStringLiteral("rate limited")); // the status message wins over the exception text
        QCOMPARE(st.int64(10), Q_INT64_C(1754056617475000001));
        QCOMPARE(st.int64(11), Q_INT64_C(1754056619975000002));
        QCOMPARE(json(st.qtext(12)).toArray().at(0).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("user"));
        QVERIFY(st.qtext(13).contains(QStringLiteral("Rainy.")));
        const QJsonObject params = json(st.qtext(14)).toObject();
        QCOMPARE(params.value(QStringLiteral("temperature")).toDouble(), 0.2);
        QCOMPARE(params.value(QStringLiteral("stop_sequences")).toArray().size(), 2);
        QCOMPARE(str(m_db, QStringLiteral("SELECT type FROM observations WHERE id = '00f067aa0ba902b7'")),
            QStringLiteral("TOOL"));

        // Trace fields from attributes and resource.
        QCOMPARE(str(m_db, QStringLiteral("SELECT session_id FROM traces")), QStringLiteral("conv-42"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT user_id FROM traces")), QStringLiteral("alice"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT environment FROM traces")), QStringLiteral("staging"));

        // The evaluation event is a score, the exception and the retry are EVENT children.
        store::Statement sc(
            m_db, "SELECT name, data_type, value, string_value, observation_id, trace_id, timestamp_ns FROM scores");
        QVERIFY(sc.step());
        QCOMPARE(sc.qtext(0), QStringLiteral("relevance"));
        QCOMPARE(sc.qtext(1), QStringLiteral("NUMERIC"));
        QCOMPARE(sc.real(2), 0.75);
        QCOMPARE(sc.qtext(3), QStringLiteral("relevant"));
        QCOMPARE(sc.qtext(4), QStringLiteral("b7ad6b7169203331"));
        QCOMPARE(sc.qtext(5), tid);
        QCOMPARE(sc.int64(6), Q_INT64_C(1754056619000000000));
        QVERIFY(!sc.step());
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                     QStringLiteral("type = 'EVENT' AND parent_id = 'b7ad6b7169203331'")),
            2);
        QCOMPARE(str(m_db,
                     QStringLiteral("SELECT level || '|' || status_message FROM observations WHERE type = 'EVENT' AND "
                                    "name = 'exception'")),
            QStringLiteral("ERROR|429 Too Many Requests"));

        // Raw attributes: nested values as JSON, kind by name, links with converted ids.
        const QString attr
            = QStringLiteral("SELECT value FROM attributes WHERE observation_id = 'b7ad6b7169203331' AND key = '%1'");
        QCOMPARE(json(scalar(m_db, attr.arg(QLatin1String("http.request.header")))).toObject(),
            QJsonObject({ { QStringLiteral("x-retry"), 2 }, { QStringLiteral("x-cache"), false } }));
        QCOMPARE(str(m_db, attr.arg(QLatin1String("request.digest"))), QStringLiteral("\"3q2+7w==\""));
        QCOMPARE(str(m_db, attr.arg(QLatin1String("otel.span.kind"))), QStringLiteral("\"CLIENT\""));
        const QJsonObject link = json(scalar(m_db, attr.arg(QLatin1String("otel.links")))).toArray().at(0).toObject();
        QCOMPARE(link.value(QStringLiteral("traceId")).toString(), QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(link.value(QStringLiteral("spanId")).toString(), QStringLiteral("eee19b7ec3c1b173"));
        QCOMPARE(str(m_db, attr.arg(QLatin1String("gen_ai.usage.input_tokens"))), QString()); // mapped, not kept twice

        // Two services in one trace: both kept on the trace, each span knows its own.
        QSet<QString> services;
        for (const QJsonValue &v : json(scalar(m_db,
                                            QStringLiteral("SELECT value FROM attributes WHERE observation_id = '' "
                                                           "AND key = 'resource.service.name'")))
                                       .toArray())
            services.insert(v.toString());
        QCOMPARE(services, (QSet<QString> { QStringLiteral("chat-frontend"), QStringLiteral("billing") }));
        QCOMPARE(json(scalar(m_db, QStringLiteral("SELECT metadata FROM observations WHERE id = 'eee19b7ec3c1b174'")))
                     .toObject()
                     .value(QStringLiteral("service.name"))
                     .toString(),
            QStringLiteral("billing"));
    }

    void preCollectorLayoutWithResourceLast()
    {
        const auto sum
            = import::importFiles(m_db, { test::testData(QStringLiteral("otlp/instrumentation-library.json")) });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(count(m_db, QStringLiteral("observations")), 2);
        QCOMPARE(str(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id = '5fb397be34d26b51'")),
            QStringLiteral("086e83747d0e381e"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT trace_id FROM observations WHERE id = '086e83747d0e381e'")),
            QStringLiteral("7bba9f33312b3dbb8b2c2c62bb7abe2d"));
        QCOMPARE(num(m_db, QStringLiteral("SELECT end_ns FROM observations WHERE id = '086e83747d0e381e'")),
            Q_INT64_C(1600000000250000000));
        QCOMPARE(str(m_db,
                     QStringLiteral(
                         "SELECT level || '|' || status_message FROM observations WHERE id = '086e83747d0e381e'")),
            QStringLiteral("ERROR|internal error"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT value FROM attributes WHERE key = 'http.status_code'")),
            QStringLiteral("500"));
        QCOMPARE(str(m_db, QStringLiteral("SELECT value FROM attributes WHERE key = 'scope.name'")),
            QStringLiteral("\"io.opentelemetry.legacy\""));
        // The resource follows the spans in this file and still reaches them.
        QCOMPARE(str(m_db, QStringLiteral("SELECT environment FROM traces")), QStringLiteral("prod"));
        QCOMPARE(json(scalar(m_db, QStringLiteral("SELECT metadata FROM observations WHERE id = '5fb397be34d26b51'")))
                     .toObject()
                     .value(QStringLiteral("service.name"))
                     .toString(),
            QStringLiteral("orders"));
    }

    void jaegerApiResultWrapper()
    {
        const auto sum = import::importFiles(m_db, { test::testData(QStringLiteral("otlp/jaeger-v3-result.json")) });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Ok));
        QCOMPARE(sum.files.at(0).format, QStringLiteral("otlp-json"));
        QCOMPARE(count(m_db, QStringLiteral("observations")), 2);
        QCOMPARE(str(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE name = 'redis GET'")),
            QStringLiteral("33333333333300aa"));
    }

    void badSpansInJsonLinesAreSkippedAndLogged()
    {
        const QString file = test::testData(QStringLiteral("otlp/bad-spans.jsonl"));
        const auto sum = import::importFiles(m_db, { file });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Skipped));
        QCOMPARE(sum.skipped, 5);
        QCOMPARE(count(m_db, QStringLiteral("observations")), 3);
        QCOMPARE(
            str(m_db,
                QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM observations ORDER BY name)")),
            QStringLiteral("good-1,good-2,good-3"));
        QCOMPARE(count(m_db, QStringLiteral("import_log")), 5);
        QCOMPARE(str(m_db,
                     QStringLiteral("SELECT group_concat(line, ',') FROM (SELECT line FROM import_log ORDER BY line)")),
            QStringLiteral("2,3,4,5,6"));
        QVERIFY(str(m_db, QStringLiteral("SELECT message FROM import_log WHERE line = 2"))
                    .contains(QStringLiteral("startTimeUnixNano")));
        QVERIFY(str(m_db, QStringLiteral("SELECT message FROM import_log WHERE line = 4"))
                    .contains(QStringLiteral("not an object")));
        QVERIFY(str(m_db, QStringLiteral("SELECT message FROM import_log WHERE line = 5"))
                    .contains(QStringLiteral("traceId")));
        // Byte offsets point into the file: the bad span of line 2 starts where its text does.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QCOMPARE(num(m_db, QStringLiteral("SELECT byte_offset FROM import_log WHERE line = 2")),
            qint64(all.indexOf("{\"traceId\":\"11111111111111111111111111111111\",\"spanId\":\"aaaa")));
        QCOMPARE(num(m_db, QStringLiteral("SELECT byte_offset FROM import_log WHERE line = 3")),
            qint64(all.indexOf("this line is not JSON")));
        QCOMPARE(int(sum.problems.size()), 5);
    }

    void badSpanInADocumentIsLoggedWithItsOffset()
    {
        const QString file = test::testData(QStringLiteral("otlp/bad-span-document.json"));
        const auto sum = import::importFiles(m_db, { file });
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Skipped));
        QCOMPARE(sum.skipped, 1);
        QCOMPARE(count(m_db, QStringLiteral("observations")), 2);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        store::Statement st(m_db, "SELECT line, byte_offset, message FROM import_log");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 0);
        QCOMPARE(st.int64(1),
            qint64(all.indexOf("{ \"traceId\": \"22222222222222222222222222222222\", \"spanId\": \"bad0")));
        QVERIFY(st.qtext(2).contains(QStringLiteral("\"12:00\"")));
    }

    void unreadableDocumentsLeaveTheWorkspaceUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QFile f(test::fixture(QStringLiteral("otlp_json/otlp-proto-examples-trace.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        QTest::newRow("truncated document") << full.left(full.size() / 2);
        QTest::newRow("truncated single line")
            << QJsonDocument::fromJson(full).toJson(QJsonDocument::Compact).left(300);
        QTest::newRow("not JSON") << QByteArray("resourceSpans are not here\n");
    }
    void unreadableDocumentsLeaveTheWorkspaceUnchanged()
    {
        QFETCH(QByteArray, content);
        // Something already in the workspace that must survive untouched.
        QCOMPARE(
            int(import::importFiles(m_db, { test::testData(QStringLiteral("otlp/jaeger-v3-result.json")) }).outcome),
            int(import::ImportSummary::Outcome::Ok));
        const QByteArray before = test::contentDigest(m_db);
        const QString path = m_dir.filePath(QStringLiteral("broken-%1.json").arg(m_counter++));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        import::ImportOptions opts;
        opts.format = QStringLiteral("otlp-json");
        const auto sum = import::importFiles(m_db, { path }, opts);
        QCOMPARE(int(sum.outcome), int(import::ImportSummary::Outcome::Unreadable));
        QVERIFY2(sum.error.contains(QFileInfo(path).fileName())
                || sum.files.at(0).error.contains(QFileInfo(path).fileName()),
            qPrintable(sum.error));
        QVERIFY2(sum.files.at(0).error.contains(QStringLiteral("byte")), qPrintable(sum.files.at(0).error));
        QCOMPARE(test::contentDigest(m_db), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    store::Database m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestImportOtlp)
#include "tst_import_otlp.moc"
