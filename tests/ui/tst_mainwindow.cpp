// The main window as a user meets it: an imported Langfuse trace shows in the table with its
// observation count, its span tree opens on selection, a GENERATION's input appears in the
// payload pane; files dropped on the window are imported on the worker thread; the trace list
// pages through 1,200 traces as the user scrolls, each exactly once.

#include <set>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include "generate/generator.h"
#include "import/importcontroller.h"
#include "import/importfeedback.h"
#include "import/importservice.h"
#include "mainwindow.h"
#include "models/spantreemodel.h"
#include "models/tracelistmodel.h"
#include "pages/tracedetailpanel.h"
#include "pages/tracespage.h"
#include "store/database.h"
#include "testsupport.h"
#include "widgets/payloadview.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

namespace {

const QString kLangGraph = QStringLiteral("langfuse/langgraph-2025-08-22.json");

int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r)
        n += 1 + countRows(model, model->index(r, 0, parent));
    return n;
}

QModelIndex findFirst(const QAbstractItemModel *model, int role, const QVariant &value, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(role) == value)
            return idx;
        const QModelIndex inner = findFirst(model, role, value, idx);
        if (inner.isValid())
            return inner;
    }
    return {};
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QVERIFY2(rect.isValid(), "row not visible");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void saveShot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/spanscope-shots"));
    const QString path = QStringLiteral("/tmp/spanscope-shots/") + name;
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importedTraceShowsTreeAndPayloads();
    void droppedFilesAreImportedAndListed();
    void traceListPagesThroughAllTracesOnce();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Settings and app data go to the test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::importedTraceShowsTreeAndPayloads()
{
    const QString path = m_dir.filePath(QStringLiteral("langgraph.spanscope"));
    {
        store::Database db;
        QVERIFY(db.open(path).ok);
        const import::ImportSummary s = import::importFiles(db, { test::fixture(kLangGraph) });
        QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
    }

    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    TracesPage *page = window.tracesPage();
    TraceListModel *traces = page->traceModel();
    SpanTreeModel *spans = page->detailPanel()->spanModel();
    QAbstractItemModelTester traceTester(traces, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester spanTester(spans, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The table shows the trace with its name and observation count.
    QCOMPARE(traces->rowCount(), 1);
    QCOMPARE(traces->index(0, TraceListModel::NameColumn).data().toString(), QStringLiteral("LangGraph"));
    QCOMPARE(traces->index(0, TraceListModel::ObservationsColumn).data().toString(), QStringLiteral("9"));
    QVERIFY(!traces->index(0, TraceListModel::TimeColumn).data().toString().isEmpty());
    QVERIFY(!traces->index(0, TraceListModel::CostColumn).data().toString().isEmpty());

    // Selecting it opens its span tree: one root, nine observations.
    clickRow(page->traceView(), traces->index(0, TraceListModel::NameColumn));
    QCOMPARE(page->selectedTraceId(), QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb"));
    QCOMPARE(spans->rowCount(), 1);
    const QModelIndex root = spans->index(0, SpanTreeModel::NameColumn);
    QCOMPARE(root.data().toString(), QStringLiteral("LangGraph"));
    QCOMPARE(root.data(SpanTreeModel::ObservationTypeRole).toString(), QStringLiteral("SPAN"));
    QCOMPARE(countRows(spans), 9);
    QCOMPARE(spans->rowCount(root), 3); // agent, tools, agent

    // Expand down to a GENERATION and select it: its input shows in the payload pane.
    QTreeView *tree = page->detailPanel()->treeView();
    tree->collapseAll();
    const QModelIndex generation = findFirst(spans, SpanTreeModel::ObservationTypeRole, QStringLiteral("GENERATION"));
    QVERIFY(generation.isValid());
    QCOMPARE(spans->index(generation.row(), SpanTreeModel::ModelColumn, generation.parent()).data().toString(),
        QStringLiteral("gpt-4o-2024-08-06"));
    for (QModelIndex p = generation.parent(); p.isValid(); p = p.parent())
        tree->expand(p);
    QVERIFY(tree->isExpanded(generation.parent()));
    clickRow(tree, generation);
    QCOMPARE(
        tree->currentIndex().data(SpanTreeModel::ObservationIdRole), generation.data(SpanTreeModel::ObservationIdRole));
    const QString payload = page->detailPanel()->payloadView()->toPlainText();
    QVERIFY2(payload.contains(QStringLiteral("Be helpful!")), qPrintable(payload.left(500)));
    QVERIFY2(
        payload.contains(QStringLiteral("Search the web for 'example' and summarize.")), qPrintable(payload.left(500)));
    QVERIFY(payload.contains(tr("Input")));

    // The status bar names the workspace and its counts.
    auto *pathLabel = window.findChild<QLabel *>(QStringLiteral("workspacePathLabel"));
    auto *countsLabel = window.findChild<QLabel *>(QStringLiteral("workspaceCountsLabel"));
    QVERIFY(pathLabel && countsLabel);
    QCOMPARE(pathLabel->text(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    QVERIFY2(countsLabel->text().startsWith(QStringLiteral("1 ")), qPrintable(countsLabel->text()));
    QVERIFY2(countsLabel->text().contains(QStringLiteral("9 ")), qPrintable(countsLabel->text()));

    saveShot(&window, QStringLiteral("mainwindow-langgraph.png"));
}

void TestMainWindow::droppedFilesAreImportedAndListed()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tracesPage()->traceModel()->rowCount(), 0);

    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(test::fixture(kLangGraph)) });
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(window.importController()->isBusy());

    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QCOMPARE(int(result.summary.outcome), int(import::ImportSummary::Outcome::Ok));
    QCOMPARE(result.summary.observations, 9);

    // The list refreshed on its own and the summary says what landed.
    TraceListModel *traces = window.tracesPage()->traceModel();
    QCOMPARE(traces->rowCount(), 1);
    QCOMPARE(traces->index(0, TraceListModel::NameColumn).data().toString(), QStringLiteral("LangGraph"));
    QMessageBox *box = window.importFeedback()->summaryBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("9 observation")), qPrintable(box->text()));
    box->close();
}

void TestMainWindow::traceListPagesThroughAllTracesOnce()
{
    const QString data = m_dir.filePath(QStringLiteral("generated.jsonl"));
    generate::Options options;
    options.traces = 1200;
    options.spansPerTrace = 6;
    options.seed = 7;
    const generate::Result generated = generate::writeFile(data, options);
    QVERIFY2(generated.ok, qPrintable(generated.error));
    QCOMPARE(generated.traces, 1200);

    const QString path = m_dir.filePath(QStringLiteral("generated.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Through the same path as File > Import: worker thread, progress, refresh.
    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    window.importFiles({ data });
    QVERIFY(finished.wait(300000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY2(result.summary.outcome == import::ImportSummary::Outcome::Ok, qPrintable(result.summary.error));
    QCOMPARE(result.summary.traces, 1200);
    if (QMessageBox *box = window.importFeedback()->summaryBox())
        box->close();

    TracesPage *page = window.tracesPage();
    TraceListModel *traces = page->traceModel();
    QCOMPARE(traces->totalCount(), 1200);
    // Windowed: only the first page is read until the user scrolls.
    QCOMPARE(traces->rowCount(), TraceListModel::DefaultPageSize);
    QVERIFY(traces->canFetchMore({}));

    // Scroll to the bottom like a user until the view stops asking for more.
    QTableView *view = page->traceView();
    for (int i = 0; i < 20 && traces->canFetchMore({}); ++i) {
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (traces->canFetchMore({}))
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    QVERIFY(!traces->canFetchMore({}));
    QCOMPARE(traces->rowCount(), 1200);
    // The tester itself calls fetchMore(), so it joins only after the windowing was checked.
    QAbstractItemModelTester tester(traces, QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::set<QString> ids;
    QString previousTime;
    for (int r = 0; r < traces->rowCount(); ++r) {
        ids.insert(traces->traceId(r));
        // Newest first (local time strings of equal width sort like the times themselves).
        const QString time = traces->index(r, TraceListModel::TimeColumn).data().toString();
        if (r > 0)
            QVERIFY2(time <= previousTime, qPrintable(time + QStringLiteral(" after ") + previousTime));
        previousTime = time;
    }
    QCOMPARE(int(ids.size()), 1200);

    // Select a trace near the top for the screenshot and open a generation's payload.
    view->scrollToTop();
    clickRow(view, traces->index(2, TraceListModel::NameColumn));
    SpanTreeModel *spans = page->detailPanel()->spanModel();
    QAbstractItemModelTester spanTester(spans, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(countRows(spans), traces->traceAt(2)->observationCount);
    const QModelIndex generation = findFirst(spans, SpanTreeModel::ObservationTypeRole, QStringLiteral("GENERATION"));
    if (generation.isValid()) {
        clickRow(page->detailPanel()->treeView(), generation);
        QVERIFY(!page->detailPanel()->payloadView()->toPlainText().isEmpty());
    }
    saveShot(&window, QStringLiteral("mainwindow-generated.png"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
