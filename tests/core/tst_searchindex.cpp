// The search index after imports: built in batches once the import committed, complete after a
// normal import, re-imported text replaces the old text, and a cancelled build keeps the data and
// resumes where it stopped. Its trigram lists find exactly what a scan of every text finds.

#include <random>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"
#include "store/gramindex.h"
#include "store/searchindex.h"
#include "testsupport.h"

using namespace spanscope;

namespace {

// The LIKE pattern that finds `term` as a literal substring (%, _ and backslash escaped with a
// backslash; use ESCAPE): the scan these tests compare the index's results with.
std::string likePattern(const std::string &term)
{
    std::string p = "%";
    for (char c : term) {
        if (c == '%' || c == '_' || c == '\\')
            p += '\\';
        p += c;
    }
    p += '%';
    return p;
}

const char kTexts[] = "(o.name LIKE ?2 ESCAPE '\\' OR spanscope_text(o.input) LIKE ?2 ESCAPE '\\' OR "
                      "spanscope_text(o.output) LIKE ?2 ESCAPE '\\' OR spanscope_text(o.metadata) LIKE ?2 ESCAPE '\\')";

// Ids of the observations `from` yields (its ?1 is the term) whose text contains `term`.
QStringList observationIds(store::Database &db, const std::string &from, const std::string &term)
{
    store::Statement st(db, "SELECT o.id FROM " + from + kTexts + " ORDER BY 1");
    st.bind(1, term);
    st.bind(2, likePattern(term));
    QStringList ids;
    while (st.step())
        ids << st.qtext(0);
    return ids;
}

// Through the index: its candidates, re-checked.
QStringList observationsMatching(store::Database &db, const std::string &term)
{
    return observationIds(db, "spanscope_search(?1) s JOIN observations o ON o.rowid = s.key WHERE s.key > 0 AND ", term);
}

// The same by reading every row's text, without the index.
QStringList observationsScanned(store::Database &db, const std::string &term)
{
    return observationIds(db, "observations o WHERE ?1 IS NOT NULL AND ", term);
}

// Observations and traces (with a name of 3+ characters) the index does not find by their name.
qint64 notFoundByName(store::Database &db)
{
    return test::count(db, QStringLiteral("observations o"),
                       QStringLiteral("length(o.name) >= 3 AND o.rowid NOT IN (SELECT key FROM spanscope_search(o.name))")) +
        test::count(db, QStringLiteral("traces t"),
                    QStringLiteral("length(t.name) >= 3 AND -t.rowid NOT IN (SELECT key FROM spanscope_search(t.name))"));
}

// A new workspace holding the observations `insertSql` adds, indexed.
void openIndexed(store::Database &db, const QString &path, const char *insertSql)
{
    QVERIFY(db.open(path).ok);
    QVERIFY(db.exec(insertSql).ok);
    QVERIFY(store::buildSearchIndex(db, {}).ok);
}

qint64 stateValue(store::Database &db, const char *key)
{
    return test::scalar(db, QStringLiteral("SELECT value FROM search_fts_state WHERE key = '%1'").arg(QLatin1String(key)))
        .toLongLong();
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
    void indexFindsWhatAScanFinds();
    void trigramsFoldCaseAndSurviveBadUtf8();
    void listsRoundTrip();
    void workspaceWithTheFts5IndexIsUpgraded();
    void mergesAreTiered();
    void textAfterANulIsFound();

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
    // Every observation and trace is in the index: each is found by its own name.
    QVERIFY(test::count(db, QStringLiteral("observations"), QStringLiteral("length(name) >= 3")) > r.observations / 2);
    QCOMPARE(notFoundByName(db), qint64(0));
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
    QCOMPARE(test::count(db, QStringLiteral("search_fts_pending")), qint64(0));
    // Text bytes count every column that has text, also when others are NULL (the trace row has
    // no input): the observation's name + words, plus the trace's name "llm" (taken from its root).
    const QString bytes = QStringLiteral("total(COALESCE(length(CAST(name AS BLOB)), 0) + "
                                         "COALESCE(length(CAST(spanscope_text(input) AS BLOB)), 0) + "
                                         "COALESCE(length(CAST(spanscope_text(output) AS BLOB)), 0) + "
                                         "COALESCE(length(CAST(spanscope_text(metadata) AS BLOB)), 0))");
    const qint64 expected = test::scalar(db, QStringLiteral("SELECT (SELECT %1 FROM observations) + (SELECT %1 FROM traces)")
                                                 .arg(bytes))
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
    QCOMPARE(test::count(db, QStringLiteral("search_grams")), qint64(0));

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
    // Two committed batches (two segments) of 100 observations (+ up to 100 traces each); the rest waits.
    QCOMPARE(stateValue(db, "segments"), qint64(2));
    QCOMPARE(stateValue(db, "observations"),
             test::scalar(db, QStringLiteral("SELECT rowid FROM observations ORDER BY rowid LIMIT 1 OFFSET 199")).toLongLong());
    QCOMPARE(test::count(db, QStringLiteral("search_grams"), QStringLiteral("seg > 2")), qint64(0));
    int64_t pending = 0;
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, r.observations + r.traces - first.rowsDone);
    QCOMPARE(test::count(db, QStringLiteral("observations")), r.observations); // data kept

    cancel = false;
    store::SearchIndexProgress rest;
    QVERIFY(store::buildSearchIndex(db, so, &rest).ok);
    QCOMPARE(first.rowsDone + rest.rowsDone, r.observations + r.traces);
    QCOMPARE(notFoundByName(db), qint64(0));
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, int64_t(0));
}

void TestSearchIndex::likePatternEscapesWildcards()
{
    QCOMPARE(QString::fromStdString(likePattern("50%_off\\now")), QStringLiteral("%50\\%\\_off\\\\now%"));
    store::Database db;
    openIndexed(db, m_dir.filePath(QStringLiteral("d.db")),
                "INSERT INTO observations(trace_id, id, type, name) VALUES "
                "('t', 'a', 'SPAN', 'save 50% today'), ('t', 'b', 'SPAN', 'save 500 today')");
    QCOMPARE(observationsMatching(db, "50% to"), QStringList{QStringLiteral("a")});
}

// Random texts (mixed case, accents, CJK, JSON payloads) and random terms: substrings in another
// case, with wildcards, absent words, short runs. The index path answers exactly like a scan.
void TestSearchIndex::indexFindsWhatAScanFinds()
{
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("e.db"))).ok);
    std::mt19937 rng(20261123);
    const std::vector<std::string> words = {"Weather", "weatHER", "café", "CAFÉ", "naïve", "東京都", "東京",
                                            "tool_call", "50%", "error", "ERR", "Straße", "ab", "abcabc", "x"};
    auto pick = [&](size_t n) { return words[rng() % n]; };
    std::vector<std::string> texts;
    auto inputJson = [](const std::string &content) {
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("content"), QString::fromStdString(content)}};
        const QJsonObject input{{QStringLiteral("messages"), QJsonArray{message}}};
        return QJsonDocument(input).toJson(QJsonDocument::Compact).toStdString();
    };
    auto addRows = [&](int first, int n) {
        store::Transaction tx(db);
        store::Statement ins(db, "INSERT INTO observations(trace_id, id, type, name, input) VALUES (?1, ?2, 'SPAN', ?3, ?4)");
        for (int i = first; i < first + n; ++i) {
            std::string name, content;
            for (int w = 0; w < 3; ++w)
                name += pick(words.size()) + (rng() % 2 ? " " : "");
            for (int w = 0; w < 12; ++w)
                content += pick(words.size()) + (rng() % 3 ? " " : "");
            texts.push_back(name);
            texts.push_back(content);
            // (appended, not `"t" + std::to_string(..)`: GCC 12 warns wrongly about that form)
            std::string traceId = "t", id = "o";
            traceId += std::to_string(i % 37);
            id += std::to_string(i);
            ins.bind(1, traceId);
            ins.bind(2, id);
            ins.bind(3, name);
            ins.bind(4, inputJson(content));
            QVERIFY(ins.run());
            ins.reset();
        }
        QVERIFY(tx.commit().ok);
    };
    addRows(0, 400);
    store::SearchIndexOptions so;
    so.batchRows = 10; // 40 segments: more than the 32 after which the lists are merged
    QVERIFY(store::buildSearchIndex(db, so).ok);
    QCOMPARE(stateValue(db, "segments"), qint64(41));
    QCOMPARE(stateValue(db, "merged"), qint64(41));
    QCOMPARE(test::count(db, QStringLiteral("search_grams")),
             test::scalar(db, QStringLiteral("SELECT count(DISTINCT gram) FROM search_grams")).toLongLong());
    auto compareTerms = [&](int n) {
        int nonEmpty = 0;
        for (int i = 0; i < n; ++i) {
            const std::string &t = texts[rng() % texts.size()];
            std::string term;
            switch (i % 4) {
            case 0: // a substring
                if (t.size() > 3) {
                    const size_t at = rng() % (t.size() - 3);
                    term = t.substr(at, 3 + rng() % std::min<size_t>(8, t.size() - at - 2));
                }
                break;
            case 1: // upper-cased ASCII substring of a word pair
                term = pick(words.size()) + " " + pick(words.size());
                for (char &c : term)
                    c = char(std::toupper(static_cast<unsigned char>(c)));
                break;
            case 2: // with a wildcard inside
                term = pick(words.size()) + (rng() % 2 ? "_" : "%") + pick(words.size());
                break;
            default: // a word, perhaps absent
                term = pick(words.size()) + "zz";
                if (rng() % 2)
                    term = pick(words.size());
                break;
            }
            // Terms without a run of 3 characters outside wildcards have no trigrams: the search
            // scans instead (store/tracefiltersql.cpp), so the index is only asked about the others.
            if (QString::fromStdString(term).size() < 3 || store::grams::termGrams(term).empty())
                continue;
            const QStringList scanned = observationsScanned(db, term);
            if (observationsMatching(db, term) != scanned) {
                qWarning("term '%s'", term.c_str());
                return -1;
            }
            nonEmpty += !scanned.isEmpty();
        }
        return nonEmpty;
    };
    QVERIFY(compareTerms(300) > 50);

    // New text for 60 rows (their traces queued, as a re-import does) and 50 new rows: the lists
    // keep keys under the old text; the re-check drops them, and the new text is found.
    {
        store::Transaction tx(db);
        store::Statement update(db, "UPDATE observations SET input = ?2 WHERE id = ?1");
        store::Statement queue(db, "INSERT OR IGNORE INTO search_fts_pending(trace_id) "
                                   "SELECT trace_id FROM observations WHERE id = ?1");
        for (int i = 0; i < 60; ++i) {
            std::string content;
            for (int w = 0; w < 12; ++w)
                content += pick(words.size() - 3) + (rng() % 3 ? " " : "");
            texts.push_back(content);
            std::string id = "o"; // appended: see the GCC 12 note above
            id += std::to_string(rng() % 400);
            update.bind(1, id);
            update.bind(2, inputJson(content));
            queue.bind(1, id);
            QVERIFY(update.run() && queue.run());
            update.reset();
            queue.reset();
        }
        QVERIFY(tx.commit().ok);
    }
    addRows(400, 50);
    QVERIFY(store::buildSearchIndex(db, so).ok);
    QCOMPARE(test::count(db, QStringLiteral("search_fts_pending")), qint64(0));
    QVERIFY(compareTerms(300) > 50);
}

void TestSearchIndex::trigramsFoldCaseAndSurviveBadUtf8()
{
    auto grams = [](std::string_view s) {
        std::vector<store::grams::Gram> out;
        store::grams::forEach(s, [&](store::grams::Gram g) { out.push_back(g); });
        return out;
    };
    QCOMPARE(grams("ÄBCd"), grams("äbcD"));
    QCOMPARE(grams("abcd").size(), size_t(2));
    QCOMPARE(grams("ab").size(), size_t(0));
    QCOMPARE(grams("東京都").size(), size_t(1));
    // Malformed text decodes as SQLite's LIKE reads it: a stray continuation byte stands alone, a
    // cut-off sequence, an overlong form, a surrogate and U+FFFE/U+FFFF read as U+FFFD, and the
    // text after them decodes as usual.
    const std::vector<store::grams::Gram> bad = grams("\x80\xE2" "abcd");
    QCOMPARE(bad.size(), size_t(4));
    QCOMPARE(bad[1], grams("\xEF\xBF\xBD" "ab").front()); // U+FFFD a b
    QCOMPARE(bad[2], grams("abc").front());
    QCOMPARE(bad[3], grams("bcd").front());
    for (const char *odd : {"x\xC3" "abc", "x\xC0\x80" "abc", "x\xED\xA0\x80" "abc", "x\xEF\xBF\xBE" "abc"})
        QCOMPARE(grams(odd)[1], grams("\xEF\xBF\xBD" "ab").front());
    QCOMPARE(grams("\xC0\x83\xA9" "ab"), grams("\xC3\xA9" "ab")); // SQLite reads both as "éab"
    QCOMPARE(store::grams::termGrams("ab%cd_e").size(), size_t(0));
    QCOMPARE(store::grams::termGrams("abc%abcd").size(), size_t(2)); // abc, bcd
}

void TestSearchIndex::listsRoundTrip()
{
    const std::vector<int64_t> keys = {-9000000000LL, -70, -1, 1, 2, 3, 130, 1LL << 40};
    std::vector<int64_t> back;
    QVERIFY(store::grams::decode(store::grams::encode(keys), back));
    QCOMPARE(back, keys);
    back.clear();
    QVERIFY(!store::grams::decode(std::string("\x80\x80"), back)); // cut off inside a number
}

// A workspace of schema 11 (search index in an FTS5 table) opens as schema 12: the FTS5 table
// and its copy of the text are gone, and the whole workspace waits to be indexed again.
void TestSearchIndex::workspaceWithTheFts5IndexIsUpgraded()
{
    const QString file = m_dir.filePath(QStringLiteral("gen3.jsonl"));
    const generate::Result r = generateLangfuse(file, 30, 5, 9);
    QVERIFY(r.ok);
    const QString path = m_dir.filePath(QStringLiteral("f.db"));
    {
        store::Database db;
        QVERIFY(db.open(path).ok);
        QCOMPARE(import::importFiles(db, {file}).outcome, import::ImportSummary::Outcome::Ok);
        QVERIFY(db.exec("DROP TABLE search_grams; DELETE FROM search_fts_state WHERE key IN ('segments', 'merged'); "
                        "CREATE VIRTUAL TABLE search_fts USING fts5(trace_id UNINDEXED, observation_id UNINDEXED, "
                        "name, input, output, metadata, tokenize = 'trigram', detail = 'none', columnsize = 0); "
                        "INSERT INTO search_fts(rowid, trace_id, observation_id, name, input) "
                        "SELECT rowid, trace_id, id, name, spanscope_text(input) FROM observations; "
                        "PRAGMA user_version = 11;")
                    .ok);
    }
    store::Database db;
    QVERIFY(db.open(path).ok);
    QCOMPARE(db.userVersion(), 12);
    QCOMPARE(test::count(db, QStringLiteral("sqlite_master"), QStringLiteral("name LIKE 'search_fts%' AND "
                                                                             "name NOT IN ('search_fts_state', "
                                                                             "'search_fts_pending')")),
             qint64(0));
    int64_t pending = 0;
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, r.observations + r.traces);
    QVERIFY(store::buildSearchIndex(db, {}).ok);
    QCOMPARE(notFoundByName(db), qint64(0));
    QVERIFY(store::pendingSearchRows(db, pending).ok);
    QCOMPARE(pending, int64_t(0));
}

// Each build that ends 32 or more segments after the last merge merges those recent lists into
// one; the 16th such merge merges every list. Everything stays findable throughout.
void TestSearchIndex::mergesAreTiered()
{
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("g.db"))).ok);
    auto listsPerGram = [&] {
        return test::scalar(db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM search_grams GROUP BY gram)"))
            .toLongLong();
    };
    store::SearchIndexOptions so;
    so.batchRows = 1; // one segment per row
    for (int build = 0; build < 17; ++build) {
        store::Statement ins(db, "INSERT INTO observations(trace_id, id, type, name) VALUES ('t', ?1, 'SPAN', ?2)");
        for (int i = 0; i < 32; ++i) {
            const std::string id = std::to_string(build * 32 + i);
            ins.bind(1, id);
            ins.bind(2, "step number " + id);
            QVERIFY(ins.run());
            ins.reset();
        }
        QVERIFY(store::buildSearchIndex(db, so).ok);
        QCOMPARE(stateValue(db, "merged"), stateValue(db, "segments"));
        QCOMPARE(stateValue(db, "merges"), qint64(build == 15 ? 0 : (build + 1) % 16));
        // After a full merge one list per trigram; otherwise one per merge since the last full one.
        QCOMPARE(listsPerGram(), qint64(build == 15 ? 1 : build < 15 ? build + 1 : 2));
    }
    QCOMPARE(notFoundByName(db), qint64(0));
    QCOMPARE(observationsMatching(db, "number 300"), QStringList{QStringLiteral("300")});
}

// A payload string holding \u0000: LIKE stops at a NUL, so the searchable text has none.
void TestSearchIndex::textAfterANulIsFound()
{
    store::Database db;
    openIndexed(db, m_dir.filePath(QStringLiteral("h.db")),
                "INSERT INTO observations(trace_id, id, type, name, input) VALUES "
                "('t', 'a', 'SPAN', 'x', '{\"text\":\"binary\\u0000tail words\"}')");
    QCOMPARE(observationsMatching(db, "tail words"), QStringList{QStringLiteral("a")});
    QCOMPARE(observationsMatching(db, "binary tail"), QStringList{QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
