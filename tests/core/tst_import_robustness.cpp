// Bad input never crashes, never half-writes, and is reported with its position; re-imports
// change nothing; cancel leaves the workspace as it was; readers read while an import writes.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <sqlite3.h>

#include "import/importservice.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;
using spanscope::test::count;
using spanscope::test::scalar;
using Outcome = import::ImportSummary::Outcome;

namespace {

QByteArray obsLine(const QByteArray &id, const QByteArray &trace, const QByteArray &parent, int startMs,
                   const QByteArray &extra = {})
{
    const QByteArray p = parent.isEmpty() ? QByteArray("null") : '"' + parent + '"';
    return "{\"id\":\"" + id + "\",\"traceId\":\"" + trace + "\",\"parentObservationId\":" + p
        + ",\"type\":\"SPAN\",\"name\":\"n-" + id + "\",\"startTime\":\"2025-01-01T00:00:"
        + QByteArray::number(10 + startMs / 1000).rightJustified(2, '0') + "."
        + QByteArray::number(startMs % 1000).rightJustified(3, '0') + "Z\"" + extra + "}\n";
}

// n observations "<prefix>0".. in traces of `perTrace` each ("t<prefix>0"..), starts spread over a second.
QByteArray obsLines(const QByteArray &prefix, int n, int perTrace, const QByteArray &extra = {})
{
    QByteArray c;
    for (int i = 0; i < n; ++i)
        c += obsLine(prefix + QByteArray::number(i), 't' + prefix + QByteArray::number(i / perTrace), {}, i % 1000,
                     extra);
    return c;
}

} // namespace

class TestImportRobustness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("ws-%1.spanscope").arg(m_counter++));
        QVERIFY(m_db.open(m_dbPath));
        // Every case starts from a workspace that already holds real data: nothing may be lost.
        QCOMPARE(import::importFiles(m_db, {test::fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json"))}).outcome,
                 Outcome::Ok);
        m_before = test::contentDigest(m_db);
    }
    void cleanup() { m_db.close(); }

    void unreadableFilesLeaveTheWorkspaceUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QFile f(test::fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray doc = f.readAll();
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated at 10%") << doc.left(doc.size() / 10) << QStringLiteral("truncated");
        QTest::newRow("truncated at 50%") << doc.left(doc.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("truncated one byte short") << doc.left(doc.size() - 2) << QStringLiteral("truncated");
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("binary garbage") << garbage << QStringLiteral("not a trace file");
        QTest::newRow("plain text") << QByteArray("hello world\nthis is not json\n") << QStringLiteral("not a trace file");
        QTest::newRow("json that is no trace") << QByteArray("{\"hello\": [1, 2, 3]}") << QStringLiteral("not a trace file");
    }
    void unreadableFilesLeaveTheWorkspaceUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        const QString path = writeFile(QStringLiteral("bad.json"), content);
        // A good file in the same call is rolled back too: all or nothing.
        const import::ImportSummary sum = import::importFiles(
            m_db, {test::fixture(QStringLiteral("langfuse/openai-agents-2025-09-30.json")), path});
        QCOMPARE(sum.outcome, Outcome::Unreadable);
        QVERIFY2(sum.error.contains(messagePart), qPrintable(sum.error));
        QVERIFY2(sum.error.contains(path), qPrintable(sum.error));
        QCOMPARE(test::contentDigest(m_db), m_before);
        // The CLI says so with exit code 2.
        const test::CliResult r = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), m_dbPath, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(messagePart.toUtf8()));
        QCOMPARE(test::contentDigest(m_db), m_before);
    }

    void missingFileIsUnreadable()
    {
        const import::ImportSummary sum = import::importFiles(m_db, {m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(sum.outcome, Outcome::Unreadable);
        QVERIFY(sum.error.contains(QStringLiteral("no such file")));
        QCOMPARE(test::contentDigest(m_db), m_before);
    }

    void badRecordsAreSkippedCountedAndLogged_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("timestamp not a time") << obsLine("b", "tb", "", 0).replace("2025-01-01T00:00:10.000Z", "yesterday") << QStringLiteral("startTime");
        QTest::newRow("name is an object") << QByteArray("{\"id\":\"b\",\"traceId\":\"tb\",\"type\":\"SPAN\",\"name\":{\"x\":1}}\n") << QStringLiteral("name");
        QTest::newRow("usage not numbers") << obsLine("b", "tb", "", 0, ",\"usageDetails\":{\"input\":\"many\"}") << QStringLiteral("usageDetails.input");
        QTest::newRow("usage is an array") << obsLine("b", "tb", "", 0, ",\"usageDetails\":[1]") << QStringLiteral("usageDetails");
        QTest::newRow("cost is text") << obsLine("b", "tb", "", 0, ",\"totalCost\":\"cheap\"") << QStringLiteral("totalCost");
        QTest::newRow("tags is a number") << QByteArray("{\"id\":\"tb\",\"timestamp\":\"2025-01-01T00:00:00Z\",\"tags\":5}\n") << QStringLiteral("tags");
        QTest::newRow("numeric score without value") << QByteArray("{\"id\":\"s\",\"traceId\":\"tb\",\"name\":\"q\",\"dataType\":\"NUMERIC\",\"value\":\"abc\"}\n") << QStringLiteral("numeric");
        QTest::newRow("unknown score type") << QByteArray("{\"id\":\"s\",\"traceId\":\"tb\",\"name\":\"q\",\"dataType\":\"COLOR\",\"value\":1}\n") << QStringLiteral("dataType");
        QTest::newRow("id is an array") << QByteArray("{\"id\":[1],\"traceId\":\"tb\",\"type\":\"SPAN\"}\n") << QStringLiteral("id");
        QTest::newRow("not an object") << QByteArray("[1,2,3]\n") << QStringLiteral("object");
        QTest::newRow("truncated line") << obsLine("b", "tb", "", 0).left(40) + '\n' << QStringLiteral("JSON");
        QTest::newRow("non-UTF-8 bytes") << obsLine("b", "tb", "", 0).replace("n-b", "n-\xff\xfe") << QStringLiteral("UTF-8");
    }
    void badRecordsAreSkippedCountedAndLogged()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, reasonPart);
        QByteArray content = obsLine("g1", "tg", "", 0) + obsLine("g2", "tg", "g1", 100);
        content += badLine;
        content += obsLine("g3", "tg", "g1", 200, ",\"someFieldNobodyKnows\":{\"a\":[1,2]}");
        const QString path = writeFile(QStringLiteral("mixed.jsonl"), content);
        const import::ImportSummary sum = import::importFiles(m_db, {path});
        QCOMPARE(sum.outcome, Outcome::Skipped);
        QCOMPARE(sum.skipped, 1);
        QCOMPARE(sum.problems.size(), size_t(1));
        QCOMPARE(sum.problems[0].line, 3);
        QVERIFY2(QString::fromStdString(sum.problems[0].message).contains(reasonPart),
                 sum.problems[0].message.c_str());
        // The good records around it landed, the bad one did not, and the log says where.
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("trace_id = 'tg'")), 3);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("id = 'b'")), 0);
        QCOMPARE(count(m_db, QStringLiteral("import_log"), QStringLiteral("line = 3")), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT byte_offset FROM import_log")).toLongLong(),
                 qint64(content.indexOf(badLine)));
        // The CLI exits 3 and names the position in --json.
        m_db.close();
        const QString db2 = m_dir.filePath(QStringLiteral("cli-%1.spanscope").arg(m_counter++));
        const test::CliResult r = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), db2, QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("observations")).toInt(), 3);
        const QJsonObject p = o.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("file")).toString(), path);
        QVERIFY(p.value(QStringLiteral("reason")).toString().contains(reasonPart));
        QVERIFY(m_db.open(m_dbPath));
    }

    void treesAreRepaired()
    {
        QByteArray c;
        c += obsLine("r", "tt", "", 0);
        c += obsLine("a", "tt", "r", 100);
        c += obsLine("a", "tt", "r", 100, ",\"output\":\"merged\""); // duplicate id: merged
        c += obsLine("orphan", "tt", "ghost", 50);                   // parent not in the trace
        c += obsLine("c1", "tt", "c2", 300);                         // c1 <-> c2 cycle
        c += obsLine("c2", "tt", "c1", 400);
        c += obsLine("early", "tt", "a", 10);                        // starts before its parent
        QVERIFY(import::importFiles(m_db, {writeFile(QStringLiteral("tree.jsonl"), c)}).outcome == Outcome::Ok);
        auto flags = [&](const char *id) {
            return scalar(m_db, QStringLiteral("SELECT flags FROM observations WHERE trace_id='tt' AND id='%1'").arg(QLatin1String(id))).toInt();
        };
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("trace_id='tt'")), 6);
        QVERIFY(flags("a") & 8);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT output FROM observations WHERE id='a'")).toString(), QStringLiteral("\"merged\""));
        QCOMPARE(flags("orphan"), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT orig_parent_id FROM observations WHERE id='orphan'")).toString(), QStringLiteral("ghost"));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id='orphan'")).isNull());
        // The cycle is cut at its earliest member, which becomes a root; the other stays its child.
        QCOMPARE(flags("c1"), 2);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT parent_id FROM observations WHERE id='c2'")).toString(), QStringLiteral("c1"));
        QCOMPARE(flags("early"), 4);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT depth FROM observations WHERE id='early'")).toInt(), 2);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT flags FROM traces WHERE id='tt'")).toInt(), 1 | 2 | 4 | 8);
        // Pre-order by start time: r(0) a(100) early(10, child of a) then roots orphan(50), c1(300) c2.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(id, ' ') FROM (SELECT id FROM observations WHERE trace_id='tt' ORDER BY preorder)")).toString(),
                 QStringLiteral("r a early orphan c1 c2"));
    }

    // One trace of 6 000 observations, children listed before their parents, spans several of the
    // importer's buffers (the first holds 2 500): each buffer alone holds orphans, yet the stored
    // tree is the whole chain, repaired once all of it is in the database.
    void traceSpanningSeveralBuffersGetsItsWholeTree()
    {
        const int n = 6000;
        QByteArray c;
        for (int i = n - 1; i >= 0; --i)
            c += obsLine("s" + QByteArray::number(i), "chain", i ? "s" + QByteArray::number(i - 1) : QByteArray(), i);
        QCOMPARE(import::importFiles(m_db, {writeFile(QStringLiteral("chain.jsonl"), c)}).outcome, Outcome::Ok);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("trace_id = 'chain'")), n);
        QCOMPARE(count(m_db, QStringLiteral("observations"),
                       QStringLiteral("trace_id = 'chain' AND (flags <> 0 OR orig_parent_id IS NOT NULL OR "
                                      "depth <> CAST(substr(id, 2) AS INTEGER) OR preorder <> depth OR "
                                      "COALESCE(parent_id, '') <> CASE depth WHEN 0 THEN '' ELSE 's' || (depth - 1) END)")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT observation_count || '/' || flags || '/' || latency_ns "
                                             "FROM traces WHERE id = 'chain'"))
                     .toString(),
                 QStringLiteral("6000/0/%1").arg(qint64(n - 1) * 1000000));
    }

    // The writer stores a buffer's scores and attributes in key order, not file order: of two
    // records with one key, the later in the file must still be the one kept.
    void laterRecordWithTheSameKeyWins()
    {
        auto score = [](const char *id, int value) -> QByteArray {
            return QByteArray("{\"id\":\"") + id + "\",\"traceId\":\"ts\",\"name\":\"q\",\"dataType\":\"NUMERIC\",\"value\":"
                + QByteArray::number(value) + "}\n";
        };
        const QByteArray scores = score("s5", 1) + score("s1", 2) + score("s5", 3) + score("s9", 4) + score("s1", 5);
        QCOMPARE(import::importFiles(m_db, {writeFile(QStringLiteral("scores.jsonl"), scores)}).outcome, Outcome::Ok);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(id || '=' || value, ' ') FROM "
                                             "(SELECT id, CAST(value AS INTEGER) AS value FROM scores WHERE trace_id = 'ts' ORDER BY id)"))
                     .toString(),
                 QStringLiteral("s1=5 s5=3 s9=4"));

        auto span = [](const char *spanId, const char *key, int value) -> QByteArray {
            return QByteArray("{\"resourceSpans\":[{\"resource\":{\"attributes\":[]},\"scopeSpans\":[{\"scope\":{\"name\":\"s\"},"
                              "\"spans\":[{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\",\"spanId\":\"")
                + spanId + "\",\"name\":\"n\",\"startTimeUnixNano\":\"1000\",\"endTimeUnixNano\":\"2000\","
                "\"attributes\":[{\"key\":\"" + key + "\",\"value\":{\"intValue\":\"" + QByteArray::number(value) + "\"}}]}]}]}]}\n";
        };
        const QByteArray spans = span("b7ad6b7169203331", "custom.z", 1) + span("a7ad6b7169203331", "custom.a", 2)
            + span("b7ad6b7169203331", "custom.z", 3) + span("a7ad6b7169203331", "custom.a", 4);
        QCOMPARE(import::importFiles(m_db, {writeFile(QStringLiteral("spans.jsonl"), spans)}).outcome, Outcome::Ok);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(observation_id || ' ' || key || '=' || value, ', ') FROM "
                                             "(SELECT * FROM attributes WHERE trace_id = '0af7651916cd43dd8448eb211c80319c' "
                                             "AND key LIKE 'custom.%' ORDER BY observation_id)"))
                     .toString(),
                 QStringLiteral("a7ad6b7169203331 custom.a=4, b7ad6b7169203331 custom.z=3"));
    }

    void tenThousandDeepPayloadNeverBreaksTheImport()
    {
        // simdjson caps nesting at 1024 levels: such a record is either stored verbatim or skipped
        // with a logged reason, depending on the parse path; never a crash or a half-written file.
        const QByteArray payload = QByteArray(10000, '[') + QByteArray(10000, ']');
        const QByteArray content = obsLine("ok", "td", "", 0)
            + "{\"id\":\"deep\",\"traceId\":\"td\",\"type\":\"SPAN\",\"input\":" + payload + "}\n";
        const import::ImportSummary sum = import::importFiles(m_db, {writeFile(QStringLiteral("deep-payload.jsonl"), content)});
        QVERIFY2(sum.outcome == Outcome::Ok || sum.outcome == Outcome::Skipped, qPrintable(sum.error));
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("id = 'ok'")), 1);
        if (sum.outcome == Outcome::Ok) {
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT input FROM observations WHERE id='deep'")).toByteArray(), payload);
        } else {
            QCOMPARE(sum.problems.size(), size_t(1));
            QCOMPARE(sum.problems[0].line, 2);
            QCOMPARE(count(m_db, QStringLiteral("import_log"), QStringLiteral("line = 2")), 1);
        }
    }

    void tenThousandDeepTreeImports()
    {
        QByteArray c;
        for (int i = 0; i < 10000; ++i)
            c += obsLine("d" + QByteArray::number(i), "deep", i ? "d" + QByteArray::number(i - 1) : QByteArray(), i % 1000);
        QVERIFY(import::importFiles(m_db, {writeFile(QStringLiteral("deep.jsonl"), c)}).outcome == Outcome::Ok);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT max(depth) FROM observations WHERE trace_id='deep'")).toInt(), 9999);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT preorder FROM observations WHERE id='d9999'")).toInt(), 9999);
    }

    void hugeStringPayloadImports()
    {
        QByteArray big(64 * 1024 * 1024, 'x');
        for (int i = 0; i < big.size(); i += 4096)
            big[i] = ' ';
        QByteArray line = "{\"id\":\"big\",\"traceId\":\"tbig\",\"type\":\"SPAN\",\"startTime\":\"2025-01-01T00:00:00Z\",\"input\":\"" + big + "\"}\n";
        const QString path = writeFile(QStringLiteral("big.jsonl"), line);
        line.clear();
        QVERIFY(import::importFiles(m_db, {path}).outcome == Outcome::Ok);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT length(input) FROM observations WHERE id='big'")).toLongLong(),
                 qint64(big.size() + 2));
    }

    void reimportChangesNothing()
    {
        const QStringList files = {test::fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")),
                                   test::testData(QStringLiteral("langfuse/export-observations.jsonl"))};
        QCOMPARE(import::importFiles(m_db, files).outcome, Outcome::Ok);
        const QByteArray once = test::contentDigest(m_db);
        const qint64 sources = count(m_db, QStringLiteral("sources"));
        QCOMPARE(import::importFiles(m_db, files).outcome, Outcome::Ok);
        QCOMPARE(test::contentDigest(m_db), once);
        QCOMPARE(count(m_db, QStringLiteral("sources")), sources);
        QCOMPARE(import::importFiles(m_db, {files[1]}).outcome, Outcome::Ok);
        QCOMPARE(test::contentDigest(m_db), once);
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        const QString path = writeFile(QStringLiteral("cancel.jsonl"), obsLines("x", 30000, 50));
        std::atomic<bool> cancel{false};
        import::ImportOptions opt;
        opt.cancel = &cancel;
        int calls = 0;
        opt.progress = [&](const import::ImportProgress &p) {
            if (p.records > 0 && ++calls == 1)
                cancel = true;
        };
        const import::ImportSummary sum = import::importFiles(m_db, {path}, opt);
        QCOMPARE(sum.outcome, Outcome::Cancelled);
        QCOMPARE(test::contentDigest(m_db), m_before);
    }

    // The database writes run on the import's writer thread while the file is still being read:
    // a cancel that comes while a buffer is being written still leaves nothing behind.
    void cancelWhileABufferIsWrittenLeavesTheWorkspaceUnchanged()
    {
        const QString path = writeFile(QStringLiteral("cancel-late.jsonl"), obsLines("y", 70000, 50));
        std::atomic<bool> cancel{false};
        import::ImportOptions opt;
        opt.cancel = &cancel;
        int64_t seen = 0;
        opt.progress = [&](const import::ImportProgress &p) {
            seen = std::max<int64_t>(seen, p.records);
            if (p.records >= 45000) // five buffers (2 500 growing to 15 000) handed to the writer by now
                cancel = true;
        };
        const import::ImportSummary sum = import::importFiles(m_db, {path}, opt);
        QCOMPARE(sum.outcome, Outcome::Cancelled);
        QVERIFY2(seen >= 45000 && seen < 70000, qPrintable(QString::number(seen)));
        QCOMPARE(test::contentDigest(m_db), m_before);
    }

    // A write that fails on the writer thread fails the import with SQLite's message, and the
    // workspace keeps what it had.
    void writeFailureOnTheWriterThreadFailsTheImport()
    {
        const QString path = writeFile(QStringLiteral("write-fails.jsonl"), obsLines("z", 50000, 50));
        // The fifth buffer (2 500 observations growing by half to 15 000) holds z30000: it is written
        // while the reader parses the sixth.
        QVERIFY(m_db.exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.observations WHEN NEW.id = 'z30000' "
                          "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"));
        const import::ImportSummary sum = import::importFiles(m_db, {path});
        QVERIFY(m_db.exec("DROP TRIGGER refuse"));
        QCOMPARE(sum.outcome, Outcome::Failed);
        QVERIFY2(sum.error.contains(QStringLiteral("disk says no")) && sum.error.contains(QStringLiteral("unchanged")),
                 qPrintable(sum.error));
        QCOMPARE(test::contentDigest(m_db), m_before);
        // The session is not left wedged: the same file imports once the cause is gone.
        QCOMPARE(import::importFiles(m_db, {path}).outcome, Outcome::Ok);
        QCOMPARE(count(m_db, QStringLiteral("observations"), QStringLiteral("trace_id LIKE 'tz%'")), 50000);
    }

    // A trace an earlier import started: the new buffer alone looks complete (its parent is not
    // in it), so the tree is repaired again from the store once the writer finds the old rows.
    void traceContinuedFromAnEarlierImportIsRepairedFromTheStore()
    {
        const QString first = writeFile(QStringLiteral("part1.jsonl"),
                                        obsLine("r", "cont", {}, 0) + obsLine("a", "cont", "r", 10));
        const QString second = writeFile(QStringLiteral("part2.jsonl"),
                                         obsLine("b", "cont", "a", 20) + obsLine("c", "cont", "zz", 30)
                                             + obsLine("n1", "fresh", {}, 0) + obsLine("n2", "fresh", "n1", 5));
        QCOMPARE(import::importFiles(m_db, {first}).outcome, Outcome::Ok);
        QCOMPARE(import::importFiles(m_db, {second}).outcome, Outcome::Ok);
        auto row = [&](const char *id) {
            return scalar(m_db, QStringLiteral("SELECT COALESCE(parent_id, '-') || '/' || COALESCE(orig_parent_id, '-') "
                                               "|| '/' || depth || '/' || preorder || '/' || flags FROM observations "
                                               "WHERE trace_id IN ('cont', 'fresh') AND id = '%1'")
                                    .arg(QLatin1String(id)))
                .toString();
        };
        QCOMPARE(row("r"), QStringLiteral("-/-/0/0/0"));
        QCOMPARE(row("a"), QStringLiteral("r/-/1/1/0"));
        QCOMPARE(row("b"), QStringLiteral("a/-/2/2/0"));  // under a, not an orphan
        QCOMPARE(row("c"), QStringLiteral("-/zz/0/3/1")); // parent unknown: a root flagged orphan
        QCOMPARE(row("n1"), QStringLiteral("-/-/0/0/0"));
        QCOMPARE(row("n2"), QStringLiteral("n1/-/1/1/0"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT observation_count || '/' || flags || '/' || (end_ns - start_ns) "
                                             "FROM traces WHERE id = 'cont'"))
                     .toString(),
                 QStringLiteral("4/1/30000000"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT observation_count FROM traces WHERE id = 'fresh'")).toLongLong(), 2);
    }

    // New workspaces get 16 KiB pages (faster imports, see docs/PERFORMANCE.md); a workspace made
    // with SQLite's 4 KiB default keeps its pages and imports as before.
    void newWorkspacesUse16KiBPagesAndOldOnesKeepTheirs()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA page_size")).toLongLong(), 16384);
        const QString old = m_dir.filePath(QStringLiteral("old-pages.spanscope"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(old.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE t(x); DROP TABLE t;", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        store::Database db;
        QVERIFY(db.open(old));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong(), 4096);
        QCOMPARE(import::importFiles(db, {test::fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json"))}).outcome,
                 Outcome::Ok);
        QCOMPARE(test::contentDigest(db), m_before);
    }

    void readerReadsWhileAnImportWrites()
    {
        const QString path = writeFile(QStringLiteral("concurrent.jsonl"),
                                       obsLines("w", 60000, 20, ",\"input\":\"some words to index for the reader test\""));
        const qint64 before = count(m_db, QStringLiteral("observations"));
        m_db.close();
        std::atomic<bool> done{false};
        import::ImportSummary sum;
        QThread *writer = QThread::create([&] {
            store::Database w;
            if (w.open(m_dbPath))
                sum = import::importFiles(w, {path});
            done = true;
        });
        store::Database reader;
        QVERIFY(reader.open(m_dbPath, store::Database::Mode::ReadOnly));
        writer->start();
        int reads = 0;
        while (!done) {
            const qint64 n = count(reader, QStringLiteral("observations"));
            // Atomic: a reader sees the workspace before or after the import, never half of it.
            QVERIFY2(n == before || n == before + 60000, qPrintable(QString::number(n)));
            ++reads;
        }
        writer->wait();
        delete writer;
        QCOMPARE(sum.outcome, Outcome::Ok);
        QVERIFY(reads > 0);
        QCOMPARE(count(reader, QStringLiteral("observations")), before + 60000);
        reader.close();
        QVERIFY(m_db.open(m_dbPath));
    }

    void queryIsReadOnly()
    {
        m_db.close();
        test::CliResult r = test::runCli({QStringLiteral("query"), QStringLiteral("--db"), m_dbPath, QStringLiteral("DELETE FROM traces")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        r = test::runCli({QStringLiteral("query"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--json"),
                          QStringLiteral("SELECT name, observation_count FROM traces")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LangGraph"));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("observation_count")).toInt(), 9);
        r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(QStringLiteral("traces")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("observations")).toInt(), 9);
        QCOMPARE(s.value(QStringLiteral("observations_by_type")).toObject().value(QStringLiteral("GENERATION")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("total_tokens")).toInt(), 234);
        QVERIFY(qAbs(s.value(QStringLiteral("cost_provided_usd")).toDouble() - 0.000234) < 1e-12);
        r = test::runCli({QStringLiteral("import")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(m_db.open(m_dbPath));
        QCOMPARE(count(m_db, QStringLiteral("traces")), 1);
    }

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::number(m_counter++) + QLatin1Char('-') + name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }
    QTemporaryDir m_dir;
    int m_counter = 0;
    store::Database m_db;
    QString m_dbPath;
    QByteArray m_before;
};

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_import_robustness.moc"
