// Trace detail page, driven like a user: the Langfuse fixtures open with the right names and
// parents and a generation's input reads as a chat; repaired nodes (orphan, clock skew,
// duplicate) are flagged; clicking the timeline selects the tree row and the other way round;
// search and error navigation move through matches with F3/F8; expand-to-depth and focus show
// exactly the rows they should. Pictures of the page land in /tmp/spanscope-shots.

#include <algorithm>
#include <set>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWheelEvent>

#include "dialogs/observationdiffdialog.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "models/spantreemodel.h"
#include "pages/tracedetailpage.h"
#include "store/comparerepository.h"
#include "store/database.h"
#include "testsupport.h"
#include "widgets/chatview.h"
#include "widgets/detailpane.h"
#include "widgets/diffview.h"
#include "widgets/payloadsection.h"
#include "widgets/timeline.h"
#include "widgets/traceheader.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

namespace {

const QString kLangGraphTrace = QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb");

void saveShot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/spanscope-shots"));
    const QString path = QStringLiteral("/tmp/spanscope-shots/") + name;
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// Opens the trace and waits until the tree is on screen.
bool openTrace(TraceDetailPage &page, const QString &traceId)
{
    QSignalSpy shown(&page, &TraceDetailPage::traceShown);
    page.showTrace(traceId);
    return shown.wait(15000) && page.traceId() == traceId && !page.isLoading();
}

// Waits for the detail pane to show the given observation.
bool waitForObservation(TraceDetailPage &page, const QString &observationId)
{
    if (page.detailPane()->observationId() == observationId)
        return true;
    QSignalSpy shown(&page, &TraceDetailPage::observationShown);
    for (int i = 0; i < 20 && page.detailPane()->observationId() != observationId; ++i)
        shown.wait(1000);
    return page.detailPane()->observationId() == observationId;
}

QString nameAt(SpanTreeModel *m, const QModelIndex &index)
{
    return m->index(index.row(), SpanTreeModel::NameColumn, index.parent()).data().toString();
}

} // namespace

class TestTraceDetail : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fixtureTraceShowsTreeAndChatInput();
    void repairedNodesAreFlaggedAndDetailsComplete();
    void clickingTimelineSelectsTreeRowAndBack();
    void searchMovesThroughMatchesWithF3();
    void errorNavigationVisitsEveryError();
    void expandToDepthShowsExactlyThoseLevels();
    void focusShowsOnlyTheSubtree();
    void twoMarkedSpansDiffTheirPayloads();
    void generatedTraceScreenshot();

private:
    QTemporaryDir m_dir;
    QString m_fixtures, m_generated;
    Workspace *m_fixtureWs = nullptr;
    Workspace *m_generatedWs = nullptr;
    QString m_bigTrace; // the generated trace with the most observations
};

void TestTraceDetail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = m_dir.filePath(QStringLiteral("fixtures.spanscope"));
    {
        store::Database db;
        QVERIFY(db.open(m_fixtures).ok);
        QStringList files = QDir(test::fixture(QStringLiteral("langfuse"))).entryList({ QStringLiteral("*.json") });
        for (QString &f : files)
            f = test::fixture(QStringLiteral("langfuse/") + f);
        files << test::testData(QStringLiteral("detail/repairs.jsonl"));
        const import::ImportSummary s = import::importFiles(db, files);
        QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
        QCOMPARE(s.traces, 6);
    }
    m_generated = m_dir.filePath(QStringLiteral("generated.spanscope"));
    {
        const QString file = m_dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options o;
        o.traces = 6;
        o.spansPerTrace = 400;
        o.seed = 7;
        QVERIFY(generate::writeFile(file, o).ok);
        store::Database db;
        QVERIFY(db.open(m_generated).ok);
        const import::ImportSummary s = import::importFiles(db, { file });
        QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
        m_bigTrace = test::scalar(db, QStringLiteral("SELECT id FROM traces WHERE error_count > 0 "
                                                     "ORDER BY observation_count DESC LIMIT 1"))
                         .toString();
        QVERIFY(!m_bigTrace.isEmpty());
    }
    m_fixtureWs = new Workspace(this);
    QVERIFY(m_fixtureWs->open(m_fixtures).ok);
    m_generatedWs = new Workspace(this);
    QVERIFY(m_generatedWs->open(m_generated).ok);
}

void TestTraceDetail::fixtureTraceShowsTreeAndChatInput()
{
    TraceDetailPage page(m_fixtureWs);
    page.resize(1500, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SpanTreeModel *m = page.spanModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openTrace(page, kLangGraphTrace));

    // One root "LangGraph" with agent, tools, agent under it (the file's parent ids).
    QCOMPARE(m->rowCount(), 1);
    const QModelIndex root = m->index(0, 0);
    QCOMPARE(nameAt(m, root), QStringLiteral("LangGraph"));
    QCOMPARE(m->rowCount(root), 3);
    QStringList children;
    for (int r = 0; r < 3; ++r)
        children << nameAt(m, m->index(r, 0, root));
    QCOMPARE(children, (QStringList { QStringLiteral("agent"), QStringLiteral("tools"), QStringLiteral("agent") }));
    const QModelIndex webSearch = m->indexOfObservation(QStringLiteral("21441266a9f21251"));
    QCOMPARE(nameAt(m, webSearch), QStringLiteral("Web-Search"));
    QCOMPARE(nameAt(m, webSearch.parent()), QStringLiteral("tools"));
    QVERIFY(page.header()->text().contains(QStringLiteral("LangGraph")));

    // Small trees open fully: every observation has a row in tree and timeline.
    QCOMPARE(int(page.timeline()->rows().size()), 9);

    // Clicking the first generation shows its input as a conversation.
    const QModelIndex gen = m->indexOfObservation(QStringLiteral("4f6535aaebcda355"));
    QVERIFY(gen.isValid());
    const QRect rect = page.treeView()->visualRect(gen);
    QVERIFY(rect.isValid());
    QTest::mouseClick(page.treeView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(waitForObservation(page, QStringLiteral("4f6535aaebcda355")));
    PayloadSection *input = page.detailPane()->inputSection();
    QCOMPARE(input->mode(), PayloadSection::Mode::Chat);
    const QString chat = input->chatView()->toPlainText();
    QVERIFY2(chat.contains(QStringLiteral("Be helpful!")), qPrintable(chat));
    QVERIFY(chat.contains(QStringLiteral("Search the web for 'example' and summarize.")));
    QVERIFY(chat.contains(QStringLiteral("user")));
    // Its output is an assistant message calling the Web-Search tool.
    PayloadSection *output = page.detailPane()->outputSection();
    QCOMPARE(output->mode(), PayloadSection::Mode::Chat);
    const QString out = output->chatView()->toPlainText();
    QVERIFY2(out.contains(QStringLiteral("Web-Search")) && out.contains(QStringLiteral("example")), qPrintable(out));
    // Usage and cost: the model and tokens of the generation.
    QVERIFY(page.detailPane()->summaryLabel()->text().contains(QStringLiteral("gpt-4o-2024-08-06")));
    QVERIFY(page.detailPane()->usageTable()->topLevelItemCount() >= 3);
    saveShot(&page, QStringLiteral("tracedetail-langgraph.png"));
}

void TestTraceDetail::repairedNodesAreFlaggedAndDetailsComplete()
{
    TraceDetailPage page(m_fixtureWs);
    page.resize(1500, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, QStringLiteral("t-repair")));
    SpanTreeModel *m = page.spanModel();
    // The orphan is a second root; clock skew and the merged duplicate are flagged.
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(nameAt(m, m->index(1, 0)), QStringLiteral("lost-span"));
    QCOMPARE(SpanTreeModel::flagsText(m->index(1, 0).data(SpanTreeModel::FlagsRole).toInt()), QStringLiteral("orphan"));
    QCOMPARE(SpanTreeModel::flagsText(m->indexOfObservation(QStringLiteral("r-skew")).data(SpanTreeModel::FlagsRole).toInt()),
             QStringLiteral("clock skew"));
    QCOMPARE(SpanTreeModel::flagsText(m->indexOfObservation(QStringLiteral("r-dup")).data(SpanTreeModel::FlagsRole).toInt()),
             QStringLiteral("duplicate"));
    QVERIFY(m->indexOfObservation(QStringLiteral("r-orphan")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Parent not found")));
    QVERIFY(page.header()->text().contains(QStringLiteral("orphan")));

    // The orphan's detail names the parent it asked for.
    page.selectObservation(QStringLiteral("r-orphan"));
    QVERIFY(waitForObservation(page, QStringLiteral("r-orphan")));
    QVERIFY2(page.detailPane()->summaryLabel()->text().contains(QStringLiteral("missing-parent")),
             qPrintable(page.detailPane()->summaryLabel()->text()));

    // The failed generation: chat with an image placeholder and a tool call, its EVENT child, the error.
    page.selectObservation(QStringLiteral("r-gen"));
    QVERIFY(waitForObservation(page, QStringLiteral("r-gen")));
    DetailPane *pane = page.detailPane();
    QVERIFY(pane->summaryLabel()->text().contains(QStringLiteral("rate limited")));
    const QString in = pane->inputSection()->chatView()->toPlainText();
    QVERIFY2(in.contains(QStringLiteral("[image]")) && in.contains(QStringLiteral("Describe this picture")), qPrintable(in));
    const QString out = pane->outputSection()->chatView()->toPlainText();
    QVERIFY2(out.contains(QStringLiteral("lookup")) && out.contains(QStringLiteral("A cat.")), qPrintable(out));
    QCOMPARE(pane->eventsTable()->topLevelItemCount(), 1);
    QCOMPARE(pane->eventsTable()->topLevelItem(0)->text(1), QStringLiteral("retry"));
    QCOMPARE(pane->eventsTable()->topLevelItem(0)->text(3), QStringLiteral("retrying after 429"));
    QCOMPARE(pane->tabs()->tabText(DetailPane::EventsTab), QStringLiteral("Events (1)"));
    // gpt-4o-mini is in the catalog: computed cost with the price entry named.
    QString usage;
    for (int i = 0; i < pane->usageTable()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = pane->usageTable()->topLevelItem(i);
        usage += item->text(0) + QLatin1Char('=') + item->text(1) + QLatin1Char(' ') + item->text(2) + QLatin1Char('\n');
    }
    QVERIFY2(usage.contains(QStringLiteral("Input tokens=1,000")), qPrintable(usage));
    QVERIFY2(usage.contains(QStringLiteral("Computed cost=$")) && usage.contains(QStringLiteral("price entry")), qPrintable(usage));
    QVERIFY2(usage.contains(QStringLiteral("Provided cost=—")), qPrintable(usage));
    saveShot(&page, QStringLiteral("tracedetail-repairs.png"));

    // Copy id puts the selected observation's id on the clipboard.
    page.copyId();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("r-gen"));
}

void TestTraceDetail::clickingTimelineSelectsTreeRowAndBack()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1500, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    TimelineView *timeline = page.timeline();
    QVERIFY(timeline->rows().size() > 20);
    // Click the 6th row of the timeline: the tree's current row is the same observation.
    const int row = 5;
    const int y = timeline->headerHeight() + row * timeline->rowHeight() + timeline->rowHeight() / 2 - timeline->scrollOffset();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->width() / 2, y));
    const int node = timeline->rows()[size_t(row)];
    QCOMPARE(page.currentNode(), node);
    QCOMPARE(timeline->selectedNode(), node);
    // The tree shows that row at the same height as the timeline.
    const QRect treeRect = page.treeView()->visualRect(page.treeView()->currentIndex());
    QCOMPARE(treeRect.top() + page.treeView()->viewport()->y(), y - timeline->rowHeight() / 2);

    // Arrow keys in the tree move the timeline's selection.
    page.treeView()->setFocus();
    QTest::keyClick(page.treeView(), Qt::Key_Down);
    QCOMPARE(timeline->selectedNode(), timeline->rows()[size_t(row + 1)]);

    // Scrolling the tree scrolls the timeline by the same amount.
    page.treeView()->scrollToBottom();
    QVERIFY(timeline->scrollOffset() > 0);
    QCOMPARE(timeline->scrollOffset(), page.treeView()->verticalScrollBar()->value());
    const QModelIndex top = page.treeView()->indexAt(QPoint(5, 2));
    QCOMPARE(timeline->nodeAt(QPoint(5, timeline->headerHeight() + 2)), page.spanModel()->nodeOf(top));
    // Only the rows in view are painted.
    timeline->repaint();
    QVERIFY(timeline->lastPaintedRows() <= timeline->height() / timeline->rowHeight() + 2);

    // Ctrl+wheel zooms at the cursor, 0 resets, arrows pan.
    const double full = timeline->windowEnd() - timeline->windowStart();
    QWheelEvent wheel(QPointF(timeline->width() / 2.0, 100), timeline->mapToGlobal(QPointF(timeline->width() / 2.0, 100)),
                      QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(timeline, &wheel);
    QVERIFY(timeline->windowEnd() - timeline->windowStart() < full * 0.7);
    const double before = timeline->windowStart();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);
    QVERIFY(timeline->windowStart() > before);
    QTest::keyClick(timeline, Qt::Key_0);
    QCOMPARE(timeline->windowEnd() - timeline->windowStart(), full);
}

void TestTraceDetail::searchMovesThroughMatchesWithF3()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    SpanTreeModel *m = page.spanModel();
    const store::TraceTree &t = *m->tree();
    // Expected matches, counted from the arrays: generations (type) or names containing "generation"...
    // use a model name present in the trace so the count is independent of the search code.
    QString model;
    for (int i = 0; i < t.size() && model.isEmpty(); ++i)
        if (t.modelId[size_t(i)])
            model = QString::fromStdString(t.models[t.modelId[size_t(i)]]);
    QVERIFY(!model.isEmpty());
    std::vector<int> expected;
    for (int i = 0; i < t.size(); ++i) {
        const QString name = QString::fromStdString(t.names[t.nameId[size_t(i)]]);
        const QString type = QString::fromStdString(t.types[t.typeId[size_t(i)]]);
        const QString id = QString::fromStdString(std::string(t.id(i)));
        const QString mdl = QString::fromStdString(t.models[t.modelId[size_t(i)]]);
        if (name.contains(model, Qt::CaseInsensitive) || type.contains(model, Qt::CaseInsensitive)
            || id.contains(model, Qt::CaseInsensitive) || mdl.contains(model, Qt::CaseInsensitive))
            expected.push_back(i);
    }
    QVERIFY(expected.size() >= 2);

    page.treeView()->setCurrentIndex(m->index(0, 0));
    QTest::keyClicks(page.searchField(), model);
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    QCOMPARE(page.matches(), expected);
    QCOMPARE(page.currentNode(), expected[0]);
    QCOMPARE(page.matchLabel()->text(), QStringLiteral("1 of %1").arg(expected.size()));
    QTest::keyClick(page.searchField(), Qt::Key_F3);
    QCOMPARE(page.currentNode(), expected[1]);
    QCOMPARE(page.matchLabel()->text(), QStringLiteral("2 of %1").arg(expected.size()));
    QTest::keyClick(page.searchField(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(page.searchField(), Qt::Key_F3, Qt::ShiftModifier);
    // Previous from the first wraps to the last.
    QCOMPARE(page.currentNode(), expected.back());
    // The match's row exists in the tree (ancestors opened) and in the timeline.
    QVERIFY(page.treeView()->visualRect(page.treeView()->currentIndex()).isValid());
    QVERIFY(std::find(page.timeline()->rows().begin(), page.timeline()->rows().end(), expected.back())
            != page.timeline()->rows().end());

    page.setSearchText(QStringLiteral("no-such-span-name-anywhere"));
    QCOMPARE(page.matchLabel()->text(), QStringLiteral("no match"));
}

void TestTraceDetail::errorNavigationVisitsEveryError()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    store::Database db;
    QVERIFY(db.open(m_generated, store::Database::Mode::ReadOnly).ok);
    const qint64 errors = test::count(db, QStringLiteral("observations"),
                                      QStringLiteral("trace_id = '%1' AND level = 'ERROR'").arg(m_bigTrace));
    QVERIFY(errors > 0);
    page.collapseAll();
    page.treeView()->setCurrentIndex(page.spanModel()->index(0, 0));
    std::set<int> visited;
    for (int i = 0; i < errors; ++i) {
        QTest::keyClick(page.treeView(), Qt::Key_F8);
        const int node = page.currentNode();
        QVERIFY(page.spanModel()->isError(node));
        QVERIFY(page.treeView()->visualRect(page.treeView()->currentIndex()).isValid());
        QCOMPARE(page.errorLabel()->text(), QStringLiteral("error %1 of %2").arg(i + 1).arg(errors));
        visited.insert(node);
    }
    QCOMPARE(qint64(visited.size()), errors);
    QTest::keyClick(page.treeView(), Qt::Key_F8); // wraps to the first
    QCOMPARE(page.errorLabel()->text(), QStringLiteral("error 1 of %1").arg(errors));
    QVERIFY(waitForObservation(page, page.currentObservationId()));
    QVERIFY(page.detailPane()->summaryLabel()->text().contains(QStringLiteral("ERROR")));
}

void TestTraceDetail::expandToDepthShowsExactlyThoseLevels()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    const store::TraceTree &t = *page.spanModel()->tree();
    QVERIFY(t.maxDepth() >= 3);
    for (int levels : { 1, 2, 3 }) {
        page.expandToDepth(levels);
        int expected = 0;
        for (int i = 0; i < t.size(); ++i)
            expected += t.depth[size_t(i)] < levels ? 1 : 0;
        QCOMPARE(int(page.timeline()->rows().size()), expected);
        // The tree view agrees: the last visible row is the timeline's last row.
        QModelIndex last = page.spanModel()->index(page.spanModel()->rowCount() - 1, 0);
        while (page.treeView()->isExpanded(last) && page.spanModel()->rowCount(last) > 0)
            last = page.spanModel()->index(page.spanModel()->rowCount(last) - 1, 0, last);
        QCOMPARE(page.spanModel()->nodeOf(last), page.timeline()->rows().back());
    }
    page.expandAll();
    QCOMPARE(int(page.timeline()->rows().size()), t.size());
    page.collapseAll();
    QCOMPARE(int(page.timeline()->rows().size()), int(t.roots.size()));
    // Clicking an arrow expands one node: its children appear in the timeline.
    const QModelIndex root = page.spanModel()->index(0, 0);
    page.treeView()->expand(root);
    QCOMPARE(int(page.timeline()->rows().size()), int(t.roots.size()) + t.childCount(0));
}

void TestTraceDetail::focusShowsOnlyTheSubtree()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    SpanTreeModel *m = page.spanModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const store::TraceTree &t = *m->tree();
    // Pick a node with a subtree of a few nodes.
    int node = -1;
    for (int i = 1; i < t.size() && node < 0; ++i)
        if (t.subtreeEnd[size_t(i)] - i >= 3 && t.parent[size_t(i)] >= 0)
            node = i;
    QVERIFY(node > 0);
    page.expandAll();
    page.treeView()->setCurrentIndex(m->indexOfNode(node));
    page.focusSubtree();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->nodeOf(m->index(0, 0)), node);
    QCOMPARE(int(page.timeline()->rows().size()), t.subtreeEnd[size_t(node)] - node);
    QCOMPARE(page.currentNode(), node);
    page.unfocus();
    QCOMPARE(m->rowCount(), int(t.roots.size()));
    QCOMPARE(int(page.timeline()->rows().size()), t.size());
    QCOMPARE(page.currentNode(), node);
}

void TestTraceDetail::twoMarkedSpansDiffTheirPayloads()
{
    // The LangGraph trace's two generations: the second one's input adds the tool result.
    QString first, second;
    {
        store::Database db;
        QVERIFY(db.open(m_fixtures).ok);
        const QString q = QStringLiteral("SELECT id FROM observations WHERE trace_id = '%1' AND type = 'GENERATION' "
                                         "ORDER BY start_ns LIMIT 1 OFFSET %2");
        first = test::scalar(db, q.arg(kLangGraphTrace).arg(0)).toString();
        second = test::scalar(db, q.arg(kLangGraphTrace).arg(1)).toString();
    }
    QCOMPARE(first, QStringLiteral("4f6535aaebcda355"));
    QVERIFY(!second.isEmpty() && second != first);

    TraceDetailPage page(m_fixtureWs);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, kLangGraphTrace));
    // Nothing marked yet: the diff asks for a mark instead of opening.
    QSignalSpy messages(&page, &TraceDetailPage::errorOccurred);
    QVERIFY(page.diffWithMarked() == nullptr);
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("Ctrl+M")));

    page.selectObservation(first);
    QVERIFY(waitForObservation(page, first));
    QTest::keyClick(page.treeView(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(page.markedSpan().observationId, first);
    QCOMPARE(page.markedSpan().traceId, kLangGraphTrace);
    page.selectObservation(second);
    QVERIFY(waitForObservation(page, second));

    ObservationDiffDialog *dialog = page.diffWithMarked();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ObservationDiffDialog::payloadsLoaded);
    QVERIFY(loaded.wait(10000));
    DiffView *view = dialog->diffView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 10000);
    // Both inputs start with the same system and user messages; the second adds more.
    QVERIFY(view->changeCount() >= 1);
    const QString unified = view->unifiedText();
    QVERIFY2(unified.contains(QStringLiteral("Be helpful!")), qPrintable(unified.left(2000)));
    const QStringList lines = unified.split(QLatin1Char('\n'));
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [](const QString &l) { return l.startsWith(QLatin1Char('+')) && !l.startsWith(QStringLiteral("+++")); }),
             qPrintable(unified.left(2000)));
    const QString left = view->leftEdit()->toPlainText(), right = view->rightEdit()->toPlainText();
    QVERIFY(right.size() > left.size());
    // Switching the payload reloads both sides: the first generation's output calls Web-Search.
    dialog->payloadChooser()->setCurrentIndex(dialog->payloadChooser()->findData(int(store::PayloadField::Output)));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 10000);
    QVERIFY2(view->leftEdit()->toPlainText().contains(QStringLiteral("Web-Search")),
             qPrintable(view->leftEdit()->toPlainText().left(1000)));
    saveShot(dialog, QStringLiteral("observation-diff.png"));
    dialog->close();
}

void TestTraceDetail::generatedTraceScreenshot()
{
    TraceDetailPage page(m_generatedWs);
    page.resize(1600, 950);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openTrace(page, m_bigTrace));
    // Select the first generation: the detail pane shows its conversation.
    const store::TraceTree &t = *page.spanModel()->tree();
    int gen = -1;
    for (int i = 0; i < t.size() && gen < 0; ++i)
        if (t.types[t.typeId[size_t(i)]] == "GENERATION")
            gen = i;
    QVERIFY(gen >= 0);
    page.treeView()->setCurrentIndex(page.spanModel()->indexOfNode(gen));
    QVERIFY(waitForObservation(page, page.spanModel()->idOf(gen)));
    QCOMPARE(page.detailPane()->inputSection()->mode(), PayloadSection::Mode::Chat);
    saveShot(&page, QStringLiteral("tracedetail-generated.png"));
    // Dark palette: same page, dark colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    page.setPalette(dark);
    QApplication::processEvents();
    saveShot(&page, QStringLiteral("tracedetail-generated-dark.png"));
}

QTEST_MAIN(TestTraceDetail)
#include "tst_tracedetail.moc"
