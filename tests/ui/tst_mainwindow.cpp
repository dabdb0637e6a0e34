// The main window as a user meets it: an imported Langfuse trace shows in the table with its
// observation count and Enter opens it on the trace page; files dropped on the window are
// imported on the worker thread and appear without reopening; an import can be cancelled from
// the status bar and leaves the workspace as it was; the trace list pages through 1,200 traces as
// the user scrolls, each exactly once; pages plug in through addPage() and ask for each other
// (showTrace/showTraces); the last page and column widths are remembered; the demo workspace
// renders in light and dark palettes.

#include <set>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

#include "generate/generator.h"
#include "import/importcontroller.h"
#include "import/importfeedback.h"
#include "import/importprogresswidget.h"
#include "import/importservice.h"
#include "import/importsummarydialog.h"
#include "mainwindow.h"
#include "models/tracelistmodel.h"
#include "pages/comparepage.h"
#include "pages/tracedetailpage.h"
#include "pages/tracespage.h"
#include "settings/theme.h"
#include "store/costrollup.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "testsupport.h"
#include "util/translations.h"
#include "widgets/chip.h"
#include "widgets/filterbar.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

namespace {

const QString kLangGraph = QStringLiteral("langfuse/langgraph-2025-08-22.json");

void saveShot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/spanscope-shots"));
    const QString path = QStringLiteral("/tmp/spanscope-shots/") + name;
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// Waits until the list has answered (rows and count).
void waitForList(TraceListModel *model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
}

generate::Result generateFile(const QString &path, int traces, int spans, uint64_t seed)
{
    generate::Options options;
    options.traces = traces;
    options.spansPerTrace = spans;
    options.seed = seed;
    return generate::writeFile(path, options);
}

// A page of another engineer, as the lead will plug it in: it asks for traces by signal.
class AskingPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
signals:
    void openTraceRequested(const QString &traceId);
    void openTracesRequested(const spanscope::store::TraceFilter &filter);
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importedTraceOpensWithEnter();
    void droppedFilesAreImportedAndListed();
    void importCanBeCancelledFromTheStatusBar();
    void traceListPagesThroughAllTracesOnce();
    void pagesPlugInAndAskForEachOther();
    void twoSelectedTracesOpenTheComparePage();
    void incompleteSearchIndexCatchesUpOnOpen();
    void staleRollupsAreRebuiltOffTheUiThread();
    void lastPageAndColumnWidthsAreRemembered();
    void demoWorkspaceRendersInLightAndDark();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Settings and app data go to the test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    // English plural forms ("1 trace", "9 observations"), through Settings ▸ Language.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::importedTraceOpensWithEnter()
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
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    TracesPage *page = window.tracesPage();
    TraceListModel *traces = page->traceModel();
    QAbstractItemModelTester tester(traces, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForList(traces);

    // The table shows the trace with its name, observation count and cost; the count says 1.
    QCOMPARE(traces->rowCount(), 1);
    QCOMPARE(traces->index(0, TraceListModel::NameColumn).data().toString(), QStringLiteral("LangGraph"));
    QCOMPARE(traces->index(0, TraceListModel::ObservationsColumn).data().toString(), QStringLiteral("9"));
    QVERIFY(!traces->index(0, TraceListModel::CostColumn).data().toString().isEmpty());
    // (English plural forms come from the catalog the lead regenerates; both spellings are fine.)
    QVERIFY2(page->filterBar()->countLabel()->text().startsWith(QStringLiteral("1 trace")),
             qPrintable(page->filterBar()->countLabel()->text()));

    // Enter on the selected row opens it on the trace page.
    QSignalSpy shown(window.traceDetailPage(), &TraceDetailPage::traceShown);
    page->traceView()->setFocus();
    QCOMPARE(page->selectedTraceId(), QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb"));
    QTest::keyClick(page->traceView(), Qt::Key_Return);
    QCOMPARE(window.currentPageId(), MainWindow::TracePageId);
    QVERIFY(shown.wait(20000) || !shown.isEmpty());
    QCOMPARE(window.traceDetailPage()->traceId(), QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb"));
    // Back returns to the list.
    window.goBack();
    QCOMPARE(window.currentPageId(), MainWindow::TracesPageId);

    // The status bar names the workspace and its counts (read in the background).
    auto *pathLabel = window.findChild<QLabel *>(QStringLiteral("workspacePathLabel"));
    auto *countsLabel = window.findChild<QLabel *>(QStringLiteral("workspaceCountsLabel"));
    QVERIFY(pathLabel && countsLabel);
    QCOMPARE(pathLabel->text(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    QTRY_VERIFY(!countsLabel->text().isEmpty());
    QCOMPARE(countsLabel->text(), QStringLiteral("1 trace · 9 observations"));
}

void TestMainWindow::droppedFilesAreImportedAndListed()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TraceListModel *traces = window.tracesPage()->traceModel();
    waitForList(traces);
    QCOMPARE(traces->rowCount(), 0);
    // The empty workspace says what to do.
    QVERIFY(window.tracesPage()->emptyLabel()->isVisible());

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
    QVERIFY(window.importFeedback()->progressWidget()->isVisible());

    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QCOMPARE(int(result.summary.outcome), int(import::ImportSummary::Outcome::Ok));
    QCOMPARE(result.summary.observations, 9);

    // The list refreshed on its own and the summary says what landed.
    QTRY_COMPARE(traces->rowCount(), 1);
    QCOMPARE(traces->index(0, TraceListModel::NameColumn).data().toString(), QStringLiteral("LangGraph"));
    QVERIFY(!window.importFeedback()->progressWidget()->isVisible());
    ImportSummaryDialog *box = window.importFeedback()->summaryDialog();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("9 observation")), qPrintable(box->text()));
    box->close();
}

void TestMainWindow::importCanBeCancelledFromTheStatusBar()
{
    const QString data = m_dir.filePath(QStringLiteral("cancel.jsonl"));
    QVERIFY(generateFile(data, 4000, 12, 3).ok);
    const QString path = m_dir.filePath(QStringLiteral("cancel.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy progress(window.importController(), &ImportController::progressChanged);
    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    window.importFiles({ data });
    ImportProgressWidget *widget = window.importFeedback()->progressWidget();
    QVERIFY(widget->isVisible());
    // Cancel once reading is under way: the label shows records and the file being read.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() || !finished.isEmpty(), 60000);
    QVERIFY2(finished.isEmpty(), "the import finished before it could be cancelled");
    QTRY_VERIFY(widget->label()->text().contains(QStringLiteral("cancel.jsonl")) || !finished.isEmpty());
    QTest::mouseClick(widget->cancelButton(), Qt::LeftButton);
    QCOMPARE(widget->label()->text(), QStringLiteral("Cancelling…"));

    QVERIFY(finished.wait(120000) || !finished.isEmpty());
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QCOMPARE(int(result.summary.outcome), int(import::ImportSummary::Outcome::Cancelled));
    ImportSummaryDialog *box = window.importFeedback()->summaryDialog();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Import cancelled"));
    box->close();

    // Nothing landed: the list and the database are empty.
    TraceListModel *traces = window.tracesPage()->traceModel();
    waitForList(traces);
    QCOMPARE(traces->rowCount(), 0);
    QCOMPARE(traces->totalCount(), 0);
    store::Database db;
    QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(0));
}

void TestMainWindow::traceListPagesThroughAllTracesOnce()
{
    const QString data = m_dir.filePath(QStringLiteral("generated.jsonl"));
    const generate::Result generated = generateFile(data, 1200, 6, 7);
    QVERIFY2(generated.ok, qPrintable(generated.error));

    const QString path = m_dir.filePath(QStringLiteral("generated.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Through the same path as File > Import: worker thread, progress, refresh.
    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    window.importFiles({ data });
    QVERIFY(finished.wait(300000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY2(result.summary.outcome == import::ImportSummary::Outcome::Ok, qPrintable(result.summary.error));
    QCOMPARE(result.summary.traces, 1200);
    if (ImportSummaryDialog *box = window.importFeedback()->summaryDialog())
        box->close();

    TracesPage *page = window.tracesPage();
    TraceListModel *traces = page->traceModel();
    QTRY_COMPARE(traces->totalCount(), 1200);
    waitForList(traces);
    // Windowed: only the first page is read until the user scrolls.
    QCOMPARE(traces->rowCount(), TraceListModel::DefaultPageSize);
    QVERIFY(traces->canFetchMore({}));

    // Scroll to the bottom like a user until the view stops asking for more.
    QTableView *view = page->traceView();
    for (int i = 0; i < 50 && (traces->canFetchMore({}) || traces->isLoading()); ++i) {
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTest::qWait(20);
    }
    waitForList(traces);
    QVERIFY(!traces->canFetchMore({}));
    QCOMPARE(traces->rowCount(), 1200);
    QAbstractItemModelTester tester(traces, QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::set<QString> ids;
    for (int r = 0; r < traces->rowCount(); ++r) {
        ids.insert(traces->traceId(r));
        // Newest first.
        if (r > 0)
            QVERIFY(traces->traceAt(r)->timestampNs <= traces->traceAt(r - 1)->timestampNs);
    }
    QCOMPARE(int(ids.size()), 1200);
    view->scrollToTop();
    view->selectRow(2);
    saveShot(&window, QStringLiteral("mainwindow-generated.png"));
}

void TestMainWindow::twoSelectedTracesOpenTheComparePage()
{
    const QString data = m_dir.filePath(QStringLiteral("compare.jsonl"));
    QVERIFY(generateFile(data, 12, 4, 11).ok);
    const QString path = m_dir.filePath(QStringLiteral("compare.spanscope"));
    {
        store::Database db;
        QVERIFY(db.open(path).ok);
        QCOMPARE(import::importFiles(db, { data }).traces, 12);
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TracesPage *page = window.tracesPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->traceModel()->rowCount(), 12, 30000);
    waitForList(page->traceModel());

    // One row selected: nothing to compare, and the action says so by being disabled.
    QTableView *view = page->traceView();
    view->setFocus();
    view->selectionModel()->select(page->traceModel()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!page->compareAction()->isEnabled());
    QVERIFY(!page->compareSelected());
    QCOMPARE(window.currentPageId(), MainWindow::TracesPageId);

    // Ctrl+click a second row, then Ctrl+D: the Compare page aligns exactly those two traces.
    view->selectionModel()->select(page->traceModel()->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = page->selectedTraceIds();
    QVERIFY2(ids.size() == 2, qPrintable(ids.join(u',')));
    QCOMPARE(ids.at(0), page->traceModel()->traceId(0));
    QCOMPARE(ids.at(1), page->traceModel()->traceId(3));
    QVERIFY(page->compareAction()->isEnabled());
    // New data arriving (a reload) keeps both rows selected.
    QSignalSpy reloaded(page->traceModel(), &TraceListModel::pageLoaded);
    page->reload();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(page->selectedTraceIds(), ids);
    QVERIFY(page->compareAction()->isEnabled());
    QSignalSpy shown(window.comparePage(), &ComparePage::comparisonShown);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), MainWindow::ComparePageId);
    QVERIFY(shown.wait(20000) || !shown.isEmpty());
    const store::TraceComparison &cmp = window.comparePage()->comparison();
    QCOMPARE(QString::fromStdString(cmp.a.id), ids.at(0));
    QCOMPARE(QString::fromStdString(cmp.b.id), ids.at(1));
    QVERIFY(cmp.a.found && cmp.b.found);
    QVERIFY(!cmp.alignment.spans.empty());
    QVERIFY(window.comparePage()->spanTree()->topLevelItemCount() > 0);
}

void TestMainWindow::incompleteSearchIndexCatchesUpOnOpen()
{
    // An import whose indexing never ran (as after a cancel during indexing, or a crash).
    const QString path = m_dir.filePath(QStringLiteral("unindexed.spanscope"));
    int64_t pendingBefore = 0;
    {
        store::Database db;
        QVERIFY(db.open(path).ok);
        import::ImportOptions options;
        options.buildSearchIndex = false;
        QCOMPARE(import::importFiles(db, { test::fixture(kLangGraph) }, options).traces, 1);
        QVERIFY(store::pendingSearchRows(db, pendingBefore).ok);
    }
    QCOMPARE(pendingBefore, int64_t(10)); // 9 observations + the trace

    MainWindow window;
    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    QVERIFY(window.openWorkspace(path));
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QCOMPARE(result.job.kind, ImportJob::Kind::Index);
    QCOMPARE(result.summary.outcome, import::ImportSummary::Outcome::Ok);
    QCOMPARE(result.summary.indexedRows, int64_t(10));
    QVERIFY(result.summary.searchIndexComplete);
    // Quietly: no summary dialog for a catch-up.
    QVERIFY(!window.importFeedback()->summaryDialog());
    store::Database db;
    QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
    int64_t pendingAfter = -1;
    QVERIFY(store::pendingSearchRows(db, pendingAfter).ok);
    QCOMPARE(pendingAfter, int64_t(0));
    // Opening it again finds nothing to do.
    MainWindow again;
    QSignalSpy again_finished(again.importController(), &ImportController::jobFinished);
    QVERIFY(again.openWorkspace(path));
    QVERIFY(!again_finished.wait(1500));
}

void TestMainWindow::staleRollupsAreRebuiltOffTheUiThread()
{
    // A workspace whose cost rollups are stale (a re-price that did not finish, or one written
    // before the rollups existed): opening it rebuilds them on a worker, the window returns at
    // once, and the workspace opens when the rebuild is done.
    const QString path = m_dir.filePath(QStringLiteral("stale.spanscope"));
    double rolledUp = 0;
    {
        generate::Options o;
        o.traces = 300;
        o.seed = 5;
        store::Database db;
        QVERIFY(db.open(path).ok);
        const QString error = test::importGenerated(db, m_dir.filePath(QStringLiteral("stale.jsonl")), o);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        rolledUp = test::scalar(db, QStringLiteral("SELECT total(cost) FROM cost_rollup WHERE grain = 1 AND dim = 1")).toDouble();
        QVERIFY(rolledUp > 0);
        QVERIFY(db.exec("DELETE FROM cost_rollup").ok);
        QVERIFY(store::markCostRollupsStale(db).ok);
    }
    QVERIFY(store::Database::needsUpgrade(path));
    MainWindow window;
    window.show();
    bool then = false;
    QVERIFY(window.openWorkspace(path, [&] { then = true; }));
    // Not open yet: the rebuild runs on a worker and reports back through the event loop.
    QVERIFY(!window.workspace()->isOpen());
    QVERIFY(!then);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->isOpen(), 30000);
    QVERIFY(then);
    QCOMPARE(window.workspace()->path(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("upgradeProgress")));
    QVERIFY(!store::Database::needsUpgrade(path));
    store::Database db;
    QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
    QVERIFY(store::costRollupsReady(db));
    QVERIFY(std::fabs(test::scalar(db, QStringLiteral("SELECT total(cost) FROM cost_rollup WHERE grain = 1 AND dim = 1")).toDouble()
                      - rolledUp) < 1e-9);
}

void TestMainWindow::pagesPlugInAndAskForEachOther()
{
    const QString path = m_dir.filePath(QStringLiteral("langgraph.spanscope"));
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *asking = new AskingPage;
    window.addPage(QStringLiteral("plugin"), QStringLiteral("Plugin"), asking, QKeySequence(Qt::CTRL | Qt::Key_9));
    QVERIFY(window.pageIds().contains(QStringLiteral("plugin")));
    QCOMPARE(window.navigation()->count(), window.pageIds().size());

    // The page's shortcut and its navigation entry switch to it.
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), QStringLiteral("plugin"));
    window.navigation()->setCurrentRow(0);
    QCOMPARE(window.currentPageId(), MainWindow::TracesPageId);
    window.showPage(QStringLiteral("plugin"));

    // "Show the traces of this chart segment": the Traces page with the filter and its chip.
    store::TraceFilter filter;
    filter.errorsOnly = true;
    emit asking->openTracesRequested(filter);
    QCOMPARE(window.currentPageId(), MainWindow::TracesPageId);
    QVERIFY(window.tracesPage()->filter().errorsOnly);
    QCOMPARE(window.tracesPage()->filterBar()->chips().size(), 1);
    QCOMPARE(window.tracesPage()->filterBar()->chips().front()->text(), QStringLiteral("errors only"));

    // "Open this trace": the trace page on it.
    emit asking->openTraceRequested(QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb"));
    QCOMPARE(window.currentPageId(), MainWindow::TracePageId);
    QCOMPARE(window.traceDetailPage()->traceId(), QStringLiteral("e1fde3efec57ce8a69bafd3fb928a7eb"));
    window.goBack();
    QCOMPARE(window.currentPageId(), MainWindow::TracesPageId);
}

void TestMainWindow::lastPageAndColumnWidthsAreRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("langgraph.spanscope"));
    int width = 0;
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(window.showPage(MainWindow::SessionsPageId));
        QHeaderView *h = window.tracesPage()->traceView()->horizontalHeader();
        width = h->sectionSize(TraceListModel::UserColumn) + 37;
        h->resizeSection(TraceListModel::UserColumn, width);
        window.tracesPage()->traceModel()->sort(TraceListModel::CostColumn, Qt::AscendingOrder);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.currentPageId(), MainWindow::SessionsPageId);
    QCOMPARE(again.tracesPage()->traceView()->horizontalHeader()->sectionSize(TraceListModel::UserColumn), width);
    QCOMPARE(int(again.tracesPage()->traceModel()->sortOrder().column), int(store::TraceSortColumn::Cost));
    QVERIFY(!again.tracesPage()->traceModel()->sortOrder().descending);
    // The last workspace is the one start() reopens.
    again.start(QString(), {});
    QCOMPARE(again.workspace()->path(), QFileInfo(path).absoluteFilePath());
    again.showPage(MainWindow::TracesPageId);
    again.close();
}

void TestMainWindow::demoWorkspaceRendersInLightAndDark()
{
    QFile::remove(MainWindow::demoWorkspacePath());
    QSettings().remove(QStringLiteral("pages")); // a first run: default sort and columns
    MainWindow window;
    window.resize(1400, 860);
    QSignalSpy finished(window.importController(), &ImportController::jobFinished);
    window.openDemoWorkspace();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished.wait(300000));
    TraceListModel *traces = window.tracesPage()->traceModel();
    QTRY_COMPARE(traces->totalCount(), 300);
    waitForList(traces);
    QCOMPARE(traces->rowCount(), 300);
    // Some demo traces fail: their level column says so.
    bool sawError = false;
    for (int r = 0; r < traces->rowCount() && !sawError; ++r)
        sawError = traces->index(r, TraceListModel::LevelColumn).data().toString().contains(QStringLiteral("error"));
    QVERIFY(sawError);
    window.tracesPage()->traceView()->selectRow(1);
    applyTheme(Theme::Light);
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("mainwindow-demo-light.png"));
    applyTheme(Theme::Dark);
    QVERIFY(isDarkPalette());
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("mainwindow-demo-dark.png"));
    window.showTrace(traces->traceId(1));
    QTRY_VERIFY_WITH_TIMEOUT(!window.traceDetailPage()->isLoading(), 20000);
    QTest::qWait(100);
    saveShot(&window, QStringLiteral("mainwindow-demo-trace-dark.png"));
    applyTheme(Theme::System);
    QVERIFY(!isDarkPalette());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
