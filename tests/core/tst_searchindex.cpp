// The search index after imports: built in batches once the import committed, complete after a
// normal import, re-imported text replaces the old text, and a cancelled build keeps the data and
// resumes where it stopped.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "testsupport.h"

using namespace spanscope;

namespace {

// Observation ids whose indexed text contains `term` (any column), via the documented pattern.
QStringList observationsMatching(store::Database &db, const std::string &term)
{
    store::Statement st(db, "SELECT observation_id FROM search_fts WHERE rowid > 0 AND "
                            "(name LIKE ?1 ESCAPE '\\' OR input LIKE ?1 ESCAPE '\\' OR output LIKE ?1 ESCAPE '\\' "
                            "OR metadata LIKE ?1 ESCAPE '\\') ORDER BY 1");
    st.bind(1, store::searchLikePattern(term));
    QStringList ids;
    while (st.step())
        ids << st.qtext(0);
    return ids;
}

generate::Result generateLangfuse(const QString &path, int64_t traces, int spansPerTrace, uint64_t seed)
{
    generate::Options o;
    o.traces = traces;
    o.spansPerTrace = spansPerTrace;
    o.seed = seed;
    return generate::writeFile(path, o);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT
private slots:
    void importLeavesACompleteIndex();
    void reimportReplacesTheIndexedText();
    void cancelledBuildKeepsDataAndResumes();
    void likePatternEscapesWildcards();

private:
    QTemporaryDir m_dir;
};

void TestSearchIndex::importLeavesACompleteIndex()
{
    const QString file = m_dir.filePath(QStringLiteral("gen.jsonl"));
    const generate::Result r = generateLangfuse(file, 120, 8, 31);
    QVERIFY(r.ok);
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("a.db"))).ok);
    const import::ImportSummary sum = import::importFiles(db, {file});
    QCOMPARE(sum.outcome, import::ImportSummary::Outcome::Ok);
    QVERIFY(sum.searchIndexComplete);
    QCOMPARE(sum.indexedRows, r.traces + r.observations);
    QVERIFY(sum.indexedTextBytes > 0);
    // One index row per observation (positive rowid) and per trace (negative rowid).
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid > 0")), r.observations);
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid < 0")), r.traces);
    int64_t pending = -1;
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, int64_t(0));
    // A name that occurs in the data is found, and exactly on the observations carrying it.
    const QString name = test::scalar(db, QStringLiteral("SELECT name FROM observations WHERE type = 'GENERATION' "
                                                         "ORDER BY rowid LIMIT 1")).toString();
    QVERIFY(!name.isEmpty());
    const QStringList found = observationsMatching(db, name.toStdString());
    QVERIFY(!found.isEmpty());
    QCOMPARE(qint64(found.size()),
             test::count(db, QStringLiteral("observations"),
                         QStringLiteral("instr(lower(name), lower('%1')) > 0 OR instr(lower(spanscope_text(input)), "
                                        "lower('%1')) > 0 OR instr(lower(spanscope_text(output)), lower('%1')) > 0 OR "
                                        "instr(lower(spanscope_text(metadata)), lower('%1')) > 0")
                             .arg(name)));
}

void TestSearchIndex::reimportReplacesTheIndexedText()
{
    const QString before = m_dir.filePath(QStringLiteral("before.jsonl"));
    const QString after = m_dir.filePath(QStringLiteral("after.jsonl"));
    const QByteArray line = R"({"id":"o-1","traceId":"t-1","type":"GENERATION","name":"llm","startTime":"2025-03-01T10:00:00Z",)"
                            R"("endTime":"2025-03-01T10:00:01Z","input":{"messages":[{"role":"user","content":"%1"}]}})";
    writeText(before, QByteArray(line).replace("%1", "find the zebra crossing") + '\n');
    writeText(after, QByteArray(line).replace("%1", "find the yak pasture") + '\n');
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("b.db"))).ok);
    QCOMPARE(import::importFiles(db, {before}).outcome, import::ImportSummary::Outcome::Ok);
    QCOMPARE(observationsMatching(db, "zebra cross"), QStringList{QStringLiteral("o-1")});
    const import::ImportSummary second = import::importFiles(db, {after});
    QCOMPARE(second.outcome, import::ImportSummary::Outcome::Ok);
    QVERIFY(second.searchIndexComplete);
    QCOMPARE(observationsMatching(db, "zebra"), QStringList{});
    QCOMPARE(observationsMatching(db, "YAK PAST"), QStringList{QStringLiteral("o-1")});
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid > 0")), qint64(1));
    QCOMPARE(test::count(db, QStringLiteral("search_fts_pending")), qint64(0));
    // Text bytes count every column that has text, also when others are NULL (the trace row has
    // no input): the observation's name + words, plus the trace's name "llm" (taken from its root).
    const qint64 expected = test::scalar(db, QStringLiteral("SELECT sum(length(CAST(name AS BLOB)) + "
                                                            "COALESCE(length(CAST(input AS BLOB)), 0)) FROM search_fts"))
                                .toLongLong();
    QCOMPARE(second.indexedTextBytes, expected);
    QVERIFY(expected > qint64(std::strlen("find the yak pasture")));
}

void TestSearchIndex::cancelledBuildKeepsDataAndResumes()
{
    const QString file = m_dir.filePath(QStringLiteral("gen2.jsonl"));
    const generate::Result r = generateLangfuse(file, 60, 10, 5);
    QVERIFY(r.ok);
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("c.db"))).ok);
    import::ImportOptions io;
    io.buildSearchIndex = false;
    const import::ImportSummary sum = import::importFiles(db, {file}, io);
    QCOMPARE(sum.outcome, import::ImportSummary::Outcome::Ok);
    QCOMPARE(test::count(db, QStringLiteral("search_fts")), qint64(0));

    std::atomic<bool> cancel{false};
    store::SearchIndexOptions so;
    so.batchRows = 100;
    so.cancel = &cancel;
    int batches = 0;
    so.progress = [&](const store::SearchIndexProgress &) {
        if (++batches == 2)
            cancel = true;
    };
    store::SearchIndexProgress first;
    QVERIFY(store::buildSearchIndex(db, so, &first).ok);
    QCOMPARE(batches, 2);
    // Two committed batches of up to 100 observations (+ up to 100 traces each); the rest waits.
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid > 0")), qint64(200));
    int64_t pending = 0;
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, r.observations + r.traces - first.rowsDone);
    QCOMPARE(test::count(db, QStringLiteral("observations")), r.observations); // data kept

    cancel = false;
    store::SearchIndexProgress rest;
    QVERIFY(store::buildSearchIndex(db, so, &rest).ok);
    QCOMPARE(first.rowsDone + rest.rowsDone, r.observations + r.traces);
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid > 0")), r.observations);
    QCOMPARE(test::count(db, QStringLiteral("search_fts"), QStringLiteral("rowid < 0")), r.traces);
}

void TestSearchIndex::likePatternEscapesWildcards()
{
    QCOMPARE(QString::fromStdString(store::searchLikePattern("50%_off\\now")), QStringLiteral("%50\\%\\_off\\\\now%"));
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("d.db"))).ok);
    QVERIFY(db.exec("INSERT INTO search_fts(rowid, trace_id, observation_id, name) VALUES "
                    "(1, 't', 'a', 'save 50% today'), (2, 't', 'b', 'save 500 today')")
                .ok);
    QCOMPARE(observationsMatching(db, "50% to"), QStringList{QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
