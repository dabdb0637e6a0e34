// SpanTreeModel and JsonTreeModel under QAbstractItemModelTester: a generated tree (whole, then
// focused on a subtree, then replaced) keeps every index consistent; parents and rows come from
// the flat arrays and match the depth column; search finds exactly the nodes that contain the
// text; the timeline minimap lights the columns spans cover. The payload parser reads the chat
// shapes of OpenAI, Anthropic, the Responses API and Vercel AI, and leaves other JSON to the tree.

#include <QAbstractItemModelTester>
#include <QTest>

#include "models/spantreemodel.h"
#include "widgets/jsontree.h"
#include "widgets/payloaddoc.h"
#include "widgets/timelineminimap.h"

using namespace spanscope;
using namespace spanscope::ui;

namespace {

// A pre-order tree of n spans with a depth walk (deterministic).
std::vector<store::SpanRow> makeRows(int n)
{
    std::vector<store::SpanRow> rows;
    int depth = 0;
    for (int i = 0; i < n; ++i) {
        store::SpanRow r;
        r.id = "span-" + std::to_string(i);
        r.type = i % 5 == 0 ? "GENERATION" : "SPAN";
        r.name = i % 7 == 0 ? std::string("retrieve-docs") : "step-" + std::to_string(i % 13);
        r.startNs = 1'000'000'000LL + i * 1000;
        r.endNs = *r.startNs + 5000 + (i % 11) * 100;
        if (i % 5 == 0) {
            r.model = "gpt-4o-mini";
            r.totalTokens = 100 + i;
            r.costComputed = 0.001 * i;
        }
        if (i % 17 == 3)
            r.level = "ERROR";
        depth = i == 0 ? 0 : std::max(1, (depth + (i * 7919 % 3) - 1) % 6);
        r.depth = depth;
        r.preorder = i;
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace

class TestSpanTree : public QObject {
    Q_OBJECT
private slots:
    void modelPassesTesterWholeFocusedAndReplaced();
    void hierarchyFollowsDepths();
    void searchFindsExactlyTheContainingNodes();
    void displayShowsUnknownAndUnpricedDistinctly();
    void minimapLightsCoveredColumns();
    void chatShapesAreRecognised_data();
    void chatShapesAreRecognised();
    void jsonTreeModelPassesTester();
};

void TestSpanTree::modelPassesTesterWholeFocusedAndReplaced()
{
    SpanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpans(QStringLiteral("t"), makeRows(500));
    QCOMPARE(model.spanCount(), 500);
    model.setFocusNode(40);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.nodeOf(model.index(0, 0)), 40);
    QVERIFY(!model.indexOfNode(10).isValid()); // outside the focus
    QCOMPARE(model.parent(model.indexOfNode(40)), QModelIndex());
    model.setFocusNode(-1);
    model.setSpans(QStringLiteral("t2"), makeRows(50));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSpanTree::hierarchyFollowsDepths()
{
    SpanTreeModel model;
    const auto rows = makeRows(300);
    model.setSpans(QStringLiteral("t"), rows);
    const store::TraceTree &t = *model.tree();
    for (int i = 1; i < t.size(); ++i) {
        // The parent is the nearest earlier row one level up.
        int expected = i - 1;
        while (rows[size_t(expected)].depth >= rows[size_t(i)].depth)
            --expected;
        QCOMPARE(t.parent[size_t(i)], expected);
        const QModelIndex index = model.indexOfNode(i);
        QCOMPARE(model.nodeOf(index.parent()), expected);
        QCOMPARE(model.nodeOf(model.index(index.row(), 0, index.parent())), i);
        QCOMPARE(index.data().toString(), QString::fromStdString(*rows[size_t(i)].name));
    }
    // Subtree ends: every node in (i, end) has i as an ancestor.
    for (int i = 0; i < t.size(); ++i)
        for (int j = i + 1; j < t.subtreeEnd[size_t(i)]; ++j) {
            int a = j;
            while (a >= 0 && a != i)
                a = t.parent[size_t(a)];
            QCOMPARE(a, i);
        }
}

void TestSpanTree::searchFindsExactlyTheContainingNodes()
{
    SpanTreeModel model;
    const auto rows = makeRows(400);
    model.setSpans(QStringLiteral("t"), rows);
    std::vector<int> expected;
    for (int i = 0; i < int(rows.size()); ++i)
        if (QString::fromStdString(*rows[size_t(i)].name).contains(QStringLiteral("RETRIEVE"), Qt::CaseInsensitive)
            || QString::fromStdString(rows[size_t(i)].id).contains(QStringLiteral("RETRIEVE"), Qt::CaseInsensitive))
            expected.push_back(i);
    QVERIFY(!expected.empty());
    QCOMPARE(model.findMatches(QStringLiteral("RETRIEVE")), expected);
    QCOMPARE(model.findMatches(QStringLiteral("span-123")), (std::vector<int> { 123 }));
    QCOMPARE(model.findMatches(QStringLiteral("gpt-4o-mini")).size(), size_t(80));
    std::vector<int> errors;
    for (int i = 0; i < int(rows.size()); ++i)
        if (rows[size_t(i)].level)
            errors.push_back(i);
    QCOMPARE(model.errorNodes(), errors);
}

void TestSpanTree::displayShowsUnknownAndUnpricedDistinctly()
{
    std::vector<store::SpanRow> rows(3);
    rows[0].id = "a";
    rows[0].type = "GENERATION";
    rows[0].model = "mystery-model";
    rows[0].unpriced = true;
    rows[0].startNs = 0;
    rows[0].endNs = 2'500'000;
    rows[1].id = "b";
    rows[1].type = "SPAN";
    rows[1].depth = 1;
    rows[2].id = "c";
    rows[2].type = "GENERATION";
    rows[2].model = "gpt-4o";
    rows[2].costProvided = 0.5;
    rows[2].costComputed = 0.4;
    rows[2].depth = 1;
    SpanTreeModel model;
    model.setSpans(QStringLiteral("t"), rows);
    QCOMPARE(model.indexOfNode(0, SpanTreeModel::CostColumn).data().toString(), QStringLiteral("unpriced"));
    QCOMPARE(model.indexOfNode(0, SpanTreeModel::DurationColumn).data().toString(), QStringLiteral("2.50 ms"));
    QCOMPARE(model.indexOfNode(1, SpanTreeModel::CostColumn).data().toString(), QString());
    QCOMPARE(model.indexOfNode(1, SpanTreeModel::NameColumn).data().toString(), QStringLiteral("b")); // id when no name
    QCOMPARE(model.indexOfNode(2, SpanTreeModel::CostColumn).data().toString(), QStringLiteral("$0.50")); // provided wins
}

void TestSpanTree::minimapLightsCoveredColumns()
{
    std::vector<store::SpanRow> rows(2);
    rows[0].id = "root";
    rows[0].startNs = 0;
    rows[0].endNs = 1000;
    rows[1].id = "late";
    rows[1].depth = 1;
    rows[1].startNs = 900;
    rows[1].endNs = 1000;
    SpanTreeModel model;
    model.setSpans(QStringLiteral("t"), rows);
    TimelineMinimap map;
    map.resize(202, 42);
    map.setTree(model.sharedTree());
    const QImage &img = map.image();
    QCOMPARE(img.width(), 200);
    // Top half: the root covers everything; bottom half: only the last tenth.
    QVERIFY(qAlpha(img.pixel(10, 5)) > 0);
    QVERIFY(qAlpha(img.pixel(10, 35)) == 0);
    QVERIFY(qAlpha(img.pixel(195, 35)) > 0);
}

void TestSpanTree::chatShapesAreRecognised_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("chat");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("openai") << R"([{"role":"system","content":"Be brief"},{"role":"user","content":"Hi"}])" << true
                            << "system,user" << "Be brief";
    QTest::newRow("openai tool call") << R"({"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]})"
                                      << true << "assistant" << "get_weather";
    QTest::newRow("anthropic parts") << R"({"messages":[{"role":"user","content":[{"type":"text","text":"Look"},{"type":"image","source":{}}]},{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"zoom","input":{"x":1}}]}]})"
                                     << true << "user,assistant" << "zoom";
    QTest::newRow("responses api") << R"([{"role":"user","content":"Weather?"},{"type":"function_call","call_id":"c","name":"get_weather","arguments":"{}"},{"type":"function_call_output","call_id":"c","output":"Sunny"}])"
                                   << true << "user,assistant,tool" << "Sunny";
    QTest::newRow("vercel tool calls") << R"([{"toolCallId":"x","toolName":"getWeather","input":"{\"location\":\"SF\"}"}])" << true
                                       << "assistant" << "getWeather";
    QTest::newRow("json in string") << R"("{\"role\":\"user\",\"content\":\"inner\"}")" << true << "user" << "inner";
    QTest::newRow("plain object") << R"({"query":"hello","k":3})" << false << "" << "";
    QTest::newRow("array of numbers") << R"([1,2,3])" << false << "" << "";
}

void TestSpanTree::chatShapesAreRecognised()
{
    QFETCH(QString, json);
    QFETCH(bool, chat);
    QFETCH(QString, roles);
    QFETCH(QString, mustContain);
    const PayloadDoc doc = buildPayloadDoc(json.toStdString());
    QCOMPARE(doc.kind == PayloadDoc::Kind::Chat, chat);
    if (!chat) {
        QCOMPARE(doc.kind, PayloadDoc::Kind::Json);
        return;
    }
    QStringList got;
    QString all;
    for (const ChatMessage &m : doc.messages) {
        got << m.role;
        all += m.text + m.otherParts;
        for (const ToolCall &c : m.toolCalls)
            all += c.name + c.arguments;
    }
    QCOMPARE(got.join(QLatin1Char(',')), roles);
    QVERIFY2(all.contains(mustContain), qPrintable(all));
}

void TestSpanTree::jsonTreeModelPassesTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(JsonDoc::parse(R"({"a":[1,2,{"b":"needle"}],"c":{"d":null,"needle":true}})"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 2);
    QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, 1, root).data().toString(), QStringLiteral("[3]"));
    const std::vector<int> matches = model.findMatches(QStringLiteral("needle"));
    QCOMPARE(matches.size(), size_t(2)); // the string value and the key
    QCOMPARE(model.document()->toJson(model.nodeOf(model.index(1, 0, root))).simplified(),
             QStringLiteral("{ \"d\": null, \"needle\": true }"));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSpanTree)
#include "tst_spantree.moc"
