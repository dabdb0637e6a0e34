// Diff engine: line/word diffs with known edit scripts, chat prompts message by message (moves,
// placeholders), JSON by key path, unified output.

#include <QtTest>

#include "diff/chatdiff.h"
#include "diff/jsondiff.h"
#include "diff/payloaddiff.h"
#include "diff/textdiff.h"

using namespace spanscope::diff;

namespace {
// Compact picture of a document: one char per row (=, -, +, ~; headers as H).
QString shape(const DiffDocument &doc)
{
    QString s;
    for (const DiffRow &r : doc.rows) {
        if (r.header) {
            s += QLatin1Char('H');
            continue;
        }
        switch (r.op) {
        case Op::Equal:
            s += QLatin1Char('=');
            break;
        case Op::Delete:
            s += QLatin1Char('-');
            break;
        case Op::Insert:
            s += QLatin1Char('+');
            break;
        case Op::Change:
            s += QLatin1Char('~');
            break;
        }
    }
    return s;
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

QStringList highlighted(const QString &line, const std::vector<Range> &ranges)
{
    QStringList out;
    for (const Range &r : ranges)
        out << line.mid(r.start, r.length);
    return out;
}
} // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void lineScripts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << "a\nb\nc" << "a\nb\nc" << "===";
        QTest::newRow("insertion in the middle") << "a\nb\nc" << "a\nb\nx\nc" << "==+=";
        QTest::newRow("deletion at the start") << "a\nb\nc" << "b\nc" << "-==";
        QTest::newRow("one line replaced") << "a\nb\nc" << "a\nB\nc" << "=~=";
        QTest::newRow("replace two by one") << "a\nb\nc\nd" << "a\nX\nd" << "=~-=";
        QTest::newRow("empty to text") << "" << "x\ny" << "++";
        QTest::newRow("text to empty") << "x\ny" << "" << "--";
    }
    void lineScripts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        const DiffDocument doc = diffText(a, b);
        QCOMPARE(shape(doc), expected);
        // Every left line and every right line appears exactly once, in order.
        QStringList left, right;
        for (const DiffRow &r : doc.rows) {
            if (r.hasLeft())
                left << r.left;
            if (r.hasRight())
                right << r.right;
        }
        QCOMPARE(left, splitLines(a));
        QCOMPARE(right, splitLines(b));
    }

    void wordHighlightsMarkOnlyTheChangedWords()
    {
        const QString a = QStringLiteral("You are a helpful assistant. Answer in English.");
        const QString b = QStringLiteral("You are a concise assistant. Answer in German.");
        const DiffDocument doc = diffText(a, b);
        QCOMPARE(shape(doc), QStringLiteral("~"));
        QCOMPARE(highlighted(a, doc.rows[0].leftHighlights), L({"helpful", "English"}));
        QCOMPARE(highlighted(b, doc.rows[0].rightHighlights), L({"concise", "German"}));
    }

    void unicodeWordsAndCjkCharacters()
    {
        // CJK text has no spaces: each character is a token, so one changed character is marked.
        const QString a = QStringLiteral("请用中文回答问题");
        const QString b = QStringLiteral("请用日文回答问题");
        auto [l, r] = wordHighlights(a, b);
        QCOMPARE(highlighted(a, l), QStringList({QStringLiteral("中")}));
        QCOMPARE(highlighted(b, r), QStringList({QStringLiteral("日")}));
        // Emoji (surrogate pairs) stay whole; accented words are one token.
        const QString c = QStringLiteral("Grüße 👋 from café");
        const QString d = QStringLiteral("Grüße 🎉 from café");
        auto [l2, r2] = wordHighlights(c, d);
        QCOMPARE(highlighted(c, l2), QStringList({QStringLiteral("👋")}));
        QCOMPARE(highlighted(d, r2), QStringList({QStringLiteral("🎉")}));
        QCOMPARE(wordTokens(QStringLiteral("café")).size(), size_t(1));
    }

    void whitespaceToggle()
    {
        const QString a = QStringLiteral("alpha  beta\n  gamma\ndelta");
        const QString b = QStringLiteral("alpha beta\ngamma  \ndelta");
        QCOMPARE(shape(diffText(a, b)), QStringLiteral("~~="));
        TextDiffOptions ignore;
        ignore.ignoreWhitespace = true;
        QCOMPARE(shape(diffText(a, b, ignore)), QStringLiteral("==="));
    }

    void unifiedDiffMatchesDiffU()
    {
        const QString a = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
        const QString b = QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13");
        const QString u = unifiedDiff(diffText(a, b), QStringLiteral("v1"), QStringLiteral("v2"));
        const QString expected = QStringLiteral("--- v1\n+++ v2\n"
                                                "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
                                                "@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n");
        QCOMPARE(u, expected);
        QVERIFY(unifiedDiff(diffText(a, a), QStringLiteral("x"), QStringLiteral("y")).isEmpty());
    }

    void chatMessagesDiffedByRole()
    {
        const QString a = QStringLiteral(R"([{"role":"system","content":"You are terse."},
            {"role":"user","content":"Question: {{question}}"}])");
        const QString b = QStringLiteral(R"([{"role":"system","content":"You are terse and polite."},
            {"type":"placeholder","name":"history"},
            {"role":"user","content":"Question: {{question}}"}])");
        const auto ma = parseChatMessages(a), mb = parseChatMessages(b);
        QVERIFY(ma && mb);
        QCOMPARE(mb->at(1).placeholder, true);
        QCOMPARE(messageTitle(mb->at(1)), QStringLiteral("placeholder {{history}}"));
        const ChatDiff d = diffChat(*ma, *mb);
        QCOMPARE(d.messages.size(), size_t(3));
        QCOMPARE(d.messages[0].status, MessageChange::Status::Changed);
        QCOMPARE(d.messages[1].status, MessageChange::Status::Added);
        QCOMPARE(d.messages[1].rightIndex, 1);
        QCOMPARE(d.messages[2].status, MessageChange::Status::Same);
        // system header + changed line; placeholder header + {{history}}; user header + line
        QCOMPARE(shape(d.document), QStringLiteral("H~H+H="));
        QCOMPARE(d.document.rows[3].right, QStringLiteral("{{history}}"));
        QCOMPARE(highlighted(d.document.rows[1].right, d.document.rows[1].rightHighlights),
                 QStringList({QStringLiteral(" and polite")}));
        const auto vars = templateVariables(QStringLiteral("Question: {{question}} / {{ lang }}"));
        QCOMPARE(vars.size(), size_t(2));
    }

    void wholeMessageMovesAreRecognised()
    {
        const QString a = QStringLiteral(R"([{"role":"system","content":"rules"},
            {"role":"user","content":"example one"},{"role":"assistant","content":"answer one"},
            {"role":"user","content":"the question"}])");
        const QString b = QStringLiteral(R"([{"role":"system","content":"rules"},
            {"role":"user","content":"the question"},
            {"role":"user","content":"example one"},{"role":"assistant","content":"answer one"}])");
        const ChatDiff d = diffChat(*parseChatMessages(a), *parseChatMessages(b));
        int moved = 0, added = 0, removed = 0;
        for (const MessageChange &m : d.messages) {
            moved += m.status == MessageChange::Status::Moved;
            added += m.status == MessageChange::Status::Added;
            removed += m.status == MessageChange::Status::Removed;
        }
        QCOMPARE(moved, 1);
        QCOMPARE(added + removed, 0);
        bool sawMovedRow = false;
        for (const DiffRow &r : d.document.rows)
            sawMovedRow |= r.moved && r.header && r.right.contains(QStringLiteral("moved from #4"));
        QVERIFY(sawMovedRow);
    }

    void jsonByKeyPath()
    {
        const QString a = QStringLiteral(R"({"model":"gpt-4o","temperature":0.2,"stop":["a","b"],
            "tools":[{"type":"function","function":{"name":"search","parameters":{"q":"string"}}},
                     {"type":"function","function":{"name":"lookup"}}]})");
        const QString b = QStringLiteral(R"({"model":"gpt-4o","temperature":0.7,"stop":["a","b","c"],"seed":7,
            "tools":[{"type":"function","function":{"name":"lookup"}},
                     {"type":"function","function":{"name":"search","parameters":{"q":"string","k":"int"}}}]})");
        const auto changes = jsonChanges(a, b);
        QVERIFY(changes);
        QStringList got;
        for (const JsonChange &c : *changes)
            got << QString::fromLatin1(c.kind == JsonChange::Kind::Added ? "add" : c.kind == JsonChange::Kind::Removed ? "del" : "chg")
                + QLatin1Char(' ') + c.path + QLatin1Char(' ') + c.before + QLatin1Char('>') + c.after;
        // Reordering the tools changes nothing: they are matched by function name.
        QCOMPARE(got, L({"chg $.temperature 0.2>0.7", "add $.stop[2] >\"c\"",
                                   "add $.tools[function.name=search].function.parameters.k >\"int\"",
                                   "add $.seed >7"}));
        const auto doc = diffJson(a, b);
        QVERIFY(doc);
        QCOMPARE(doc->rows.front().header, true);
        QCOMPARE(doc->rows.front().left, QStringLiteral("$.temperature"));
        QVERIFY(!jsonChanges(QStringLiteral("{"), QStringLiteral("{}")));
    }

    void payloadsPickTheirDiff()
    {
        QCOMPARE(diffPayloads(QStringLiteral(R"([{"role":"user","content":"hi"}])"),
                              QStringLiteral(R"({"messages":[{"role":"user","content":"hello"}]})"))
                     .kind,
                 DiffKind::Chat);
        QCOMPARE(diffPayloads(QStringLiteral(R"({"a":1})"), QStringLiteral(R"({"a":2})")).kind, DiffKind::Json);
        const DiffDocument text = diffPayloads(QStringLiteral("\"line one\\nline two\""), QStringLiteral("plain"));
        QCOMPARE(text.kind, DiffKind::Text);
        QCOMPARE(text.rows.front().left, QStringLiteral("line one"));
    }

    void promptVersionsDiffBodyAndConfig()
    {
        PromptContent v1{QStringLiteral("text"), QStringLiteral("\"Summarise {{text}} in {{n}} words.\""),
                         QStringLiteral(R"({"model":"gpt-4o-mini","temperature":0})")};
        PromptContent v2{QStringLiteral("text"), QStringLiteral("\"Summarise {{text}} in {{n}} bullet points.\""),
                         QStringLiteral(R"({"model":"gpt-4o","temperature":0})")};
        const DiffDocument doc = diffPrompts(v1, v2);
        QCOMPARE(shape(doc), QStringLiteral("~HH~"));
        QCOMPARE(doc.rows[1].left, QStringLiteral("config"));
        QCOMPARE(doc.rows[2].left, QStringLiteral("$.model"));
        QCOMPARE(doc.rows[3].right, QStringLiteral("\"gpt-4o\""));
        const QString u = unifiedDiff(doc, QStringLiteral("v1"), QStringLiteral("v2"));
        QVERIFY(u.contains(QStringLiteral("-Summarise {{text}} in {{n}} words.\n+Summarise {{text}} in {{n}} bullet points.\n")));
    }

    void largeTextsStayLinear()
    {
        // 100 KB documents with scattered edits: the Myers path is short, the result exact.
        QStringList a, b;
        for (int i = 0; i < 2000; ++i) {
            a << QStringLiteral("line %1 of the long system prompt with some words").arg(i);
            b << (i % 97 == 0 ? QStringLiteral("line %1 of the LONG system prompt with some words").arg(i) : a.back());
        }
        const DiffDocument doc = diffLines(a, b);
        QCOMPARE(doc.stats.changes, 21);
        QCOMPARE(doc.stats.insertions + doc.stats.deletions, 0);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
