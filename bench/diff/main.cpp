// bench_diff [spans]: times the prompt diff (two ~100 KB texts: scattered line edits, one
// 100 KB line with word edits, two unrelated texts, chat prompts) and the trace compare of two
// generated traces of `spans` observations each (default 10000): loading both from SQLite with
// payload hashes and aligning them. Prints the median of several runs in milliseconds.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include "diff/chatdiff.h"
#include "diff/payloaddiff.h"
#include "diff/textdiff.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "store/comparerepository.h"
#include "store/database.h"

using namespace spanscope;

namespace {

double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = std::chrono::steady_clock::now();
        fn();
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// Deterministic prose: words from a small vocabulary picked by an LCG.
QString prose(uint64_t seed, int bytes, bool newlines)
{
    static const char *const words[] = {"answer", "customer", "order", "refund", "politely", "context", "cite",
                                         "passage", "never", "always", "tool", "summary", "question", "format",
                                         "json", "ticket", "priority", "escalate", "agent", "language"};
    QString s;
    uint64_t x = seed;
    int col = 0;
    while (s.size() < bytes) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        s += QLatin1String(words[(x >> 33) % 20]);
        col += 8;
        if (newlines && col > 70) {
            s += QLatin1Char('\n');
            col = 0;
        } else {
            s += QLatin1Char(' ');
        }
    }
    return s;
}

QString editLines(const QString &text, int every)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); i += every)
        lines[i] = lines[i].toUpper();
    for (int i = 5; i < lines.size(); i += every * 3)
        lines.insert(i, QStringLiteral("an inserted line with new instructions"));
    return lines.join(QLatin1Char('\n'));
}

QString editWords(QString text, int every)
{
    for (int i = 0; i < text.size(); i += every)
        text[i] = text[i].toUpper();
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("spanscope.*.debug=false\nspanscope.*.info=false"));
    const int spans = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;

    const QString a = prose(1, 100 * 1024, true);
    const QString lineEdits = editLines(a, 50);
    const QString oneLine = prose(2, 100 * 1024, false);
    const QString unrelated = prose(3, 100 * 1024, true);
    diff::DiffDocument doc;
    std::printf("prompt diff (100 KB each, word highlights on):\n");
    double ms = medianMs(15, [&] { doc = diff::diffText(a, lineEdits); });
    std::printf("  scattered line edits      %8.2f ms  (%d changed, %d added lines)\n", ms, doc.stats.changes,
                doc.stats.insertions);
    ms = medianMs(15, [&] { doc = diff::diffText(oneLine, editWords(oneLine, 4000)); });
    std::printf("  one 100 KB line, 26 edits %8.2f ms  (%zu highlighted ranges)\n", ms,
                doc.rows.empty() ? size_t(0) : doc.rows[0].rightHighlights.size());
    ms = medianMs(5, [&] { doc = diff::diffText(a, unrelated); });
    std::printf("  two unrelated texts       %8.2f ms  (%d changed lines)\n", ms, doc.stats.changes);
    // Chat: 40 messages of 2.5 KB, a few edited, one moved.
    auto chat = [](const QString &body) -> QString {
        QString json = QStringLiteral("[");
        const QStringList parts = body.split(QLatin1Char('\n'));
        for (int m = 0; m < 40; ++m) {
            if (m)
                json += QLatin1Char(',');
            QString content = parts.mid(m * 35, 35).join(QStringLiteral("\\n"));
            json += QStringLiteral("{\"role\":\"%1\",\"content\":\"%2\"}")
                        .arg(QLatin1String(m == 0 ? "system" : m % 2 ? "user" : "assistant"), content);
        }
        return json + QLatin1Char(']');
    };
    const QString chatA = chat(a), chatB = chat(lineEdits);
    ms = medianMs(15, [&] { doc = diff::diffPayloads(chatA, chatB); });
    std::printf("  chat prompt, 40 messages  %8.2f ms  (%s diff: %d changed, %d added lines)\n", ms,
                doc.kind == diff::DiffKind::Chat ? "chat" : "text", doc.stats.changes, doc.stats.insertions);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
    generate::Options o;
    o.traces = 8;
    o.spansPerTrace = spans;
    o.seed = 9;
    if (!generate::writeFile(file, o).ok)
        return 1;
    store::Database db;
    if (!db.open(dir.filePath(QStringLiteral("w.db"))).ok)
        return 1;
    import::ImportOptions io;
    io.bulk = true;
    import::importFiles(db, {file}, io);
    std::vector<std::string> ids;
    {
        // Two traces of one workflow (the same agent twice), the biggest such pair.
        store::Statement st(db, "SELECT id, observation_count FROM traces WHERE name = (SELECT name FROM traces "
                                "GROUP BY name HAVING count(*) > 1 ORDER BY sum(observation_count) DESC LIMIT 1) "
                                "ORDER BY observation_count DESC LIMIT 2");
        while (st.step()) {
            ids.push_back(st.text(0));
            std::printf("trace %s: %lld observations\n", st.text(0).c_str(), static_cast<long long>(st.int64(1)));
        }
    }
    if (ids.size() < 2)
        return 1;
    store::TraceComparison cmp;
    ms = medianMs(5, [&] { store::compareTraces(db, ids[0], ids[1], cmp); });
    std::printf("trace compare (load both with payload hashes + align): %8.2f ms  (%d same, %d changed, %d added, "
                "%d removed)\n",
                ms, cmp.alignment.totals.same, cmp.alignment.totals.changed, cmp.alignment.totals.added,
                cmp.alignment.totals.removed);
    ms = medianMs(5, [&] { store::compareTraces(db, ids[0], ids[0], cmp); });
    std::printf("trace compared with itself (every span matched):       %8.2f ms\n", ms);
    store::CompareTrace ta, tb;
    store::loadCompareTrace(db, ids[0], ta);
    store::loadCompareTrace(db, ids[1], tb);
    ms = medianMs(5, [&] { cmp = store::compareLoaded(ta, tb); });
    std::printf("  of which align only: %8.2f ms  (%d same, %d changed, %d added, %d removed)\n", ms,
                cmp.alignment.totals.same, cmp.alignment.totals.changed, cmp.alignment.totals.added,
                cmp.alignment.totals.removed);
    return 0;
}
