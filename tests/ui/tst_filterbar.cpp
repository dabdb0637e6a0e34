// The Traces page driven from the keyboard and the filter bar over a generated workspace: typed
// search text applies after the debounce and the table shows only matching traces with the
// matching count; added filters appear as chips and clicking a chip's ✕ removes just that
// condition; j/k move the selection, / focuses the search, Esc clears it, Enter asks to open the
// selected trace; non-indexed columns do not sort; score conditions parse. The list model runs
// under QAbstractItemModelTester throughout, including while pages are fetched.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "generate/generator.h"
#include "import/importservice.h"
#include "models/tracelistmodel.h"
#include "pages/tracespage.h"
#include "store/database.h"
#include "testsupport.h"
#include "widgets/chip.h"
#include "widgets/filterbar.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

namespace {

void waitForList(TraceListModel *model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
}

QSet<QString> shownIds(TraceListModel *model)
{
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->traceId(r));
    return ids;
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedSearchShowsOnlyMatchingTraces();
    void chipsShowFiltersAndRemoveOne();
    void keyboardMovesOpensAndClears();
    void onlyIndexedColumnsSort();
    void modelStaysConsistentWhileFetching();
    void scoreConditionsParse_data();
    void scoreConditionsParse();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Workspace *m_workspace = nullptr;
    TracesPage *m_page = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    store::Database m_db;
};

void TestFilterBar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("gen.jsonl"));
    generate::Options o;
    o.traces = 900;
    o.spansPerTrace = 5;
    o.seed = 5;
    QVERIFY(generate::writeFile(data, o).ok);
    m_path = m_dir.filePath(QStringLiteral("bar.spanscope"));
    store::Database db;
    QVERIFY(db.open(m_path).ok);
    const import::ImportSummary s = import::importFiles(db, { data });
    QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
    QVERIFY(m_db.open(m_path, store::Database::Mode::ReadOnly).ok);
}

void TestFilterBar::init()
{
    m_workspace = new Workspace;
    QVERIFY(m_workspace->open(m_path).ok);
    m_page = new TracesPage(m_workspace);
    m_page->traceModel()->setPageSize(200);
    m_tester = new QAbstractItemModelTester(m_page->traceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    waitForList(m_page->traceModel());
}

void TestFilterBar::cleanup()
{
    delete m_tester;
    delete m_page;
    delete m_workspace;
}

void TestFilterBar::typedSearchShowsOnlyMatchingTraces()
{
    TraceListModel *model = m_page->traceModel();
    QCOMPARE(model->totalCount(), 900);
    QSignalSpy changed(m_page->filterBar(), &FilterBar::filterChanged);
    QLineEdit *search = m_page->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("invoice"));
    // Debounced: nothing applies while typing, once after the pause.
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    waitForList(model);
    // Every trace whose own or whose observations' text holds the word, by reading all of it.
    const QString holds = QStringLiteral("name LIKE '%invoice%' OR spanscope_text(input) LIKE '%invoice%' OR "
                                         "spanscope_text(output) LIKE '%invoice%' OR spanscope_text(metadata) LIKE '%invoice%'");
    const qint64 expected = test::scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT trace_id FROM observations "
                                                              "WHERE %1 UNION SELECT id FROM traces WHERE %1)")
                                                   .arg(holds))
                                .toLongLong();
    QVERIFY(expected > 0 && expected < 900);
    QCOMPARE(model->totalCount(), expected);
    // (The tester asks for more rows after every change, so it pulls every page.)
    QTRY_COMPARE(qint64(model->rowCount()), expected);
    waitForList(model);
    QVERIFY(m_page->filterBar()->countLabel()->text().startsWith(QString::number(expected) + QLatin1Char(' ')));
    QCOMPARE(m_page->filterBar()->chips().size(), 1);

    // Two characters are too few for the index: the hint shows and the list stays as it was.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("in"));
    QVERIFY(m_page->filterBar()->hintLabel()->isVisibleTo(m_page));
    m_page->filterBar()->applyPendingText();
    waitForList(model);
    QCOMPARE(model->totalCount(), 900);

    // A term nothing contains: the empty state explains why the table is empty.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqxv-nothing"));
    QTest::keyClick(search, Qt::Key_Return); // applies at once
    waitForList(model);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_page->emptyLabel()->isVisible());
    QVERIFY(m_page->emptyLabel()->text().contains(QStringLiteral("No traces match")));
}

void TestFilterBar::chipsShowFiltersAndRemoveOne()
{
    TraceListModel *model = m_page->traceModel();
    FilterBar *bar = m_page->filterBar();
    const QString user = test::scalar(m_db, QStringLiteral("SELECT user_id FROM traces WHERE user_id IS NOT NULL "
                                                           "GROUP BY user_id ORDER BY count(*) DESC LIMIT 1"))
                             .toString();
    bar->addValue(store::TraceField::User, user);
    QTest::mouseClick(bar->errorsButton(), Qt::LeftButton);
    QVERIFY(bar->errorsButton()->isChecked());
    QVERIFY(bar->addScoreCondition(QStringLiteral("relevance < 0.6")));
    waitForList(model);
    QCOMPARE(bar->chips().size(), 3);
    QStringList texts;
    for (Chip *c : bar->chips())
        texts << c->text();
    QCOMPARE(texts, QStringList({ QStringLiteral("user: ") + user, QStringLiteral("errors only"),
                                  QStringLiteral("score: relevance < 0.6") }));
    const qint64 all3 = test::count(m_db, QStringLiteral("traces t"),
                                    QStringLiteral("user_id = '%1' AND error_count > 0 AND EXISTS (SELECT 1 FROM scores "
                                                   "s WHERE s.trace_id = t.id AND s.name = 'relevance' AND s.value < 0.6)")
                                        .arg(user));
    QCOMPARE(model->totalCount(), all3);

    // ✕ on "errors only": that condition goes, the others stay, the button follows.
    QTest::mouseClick(bar->chips().at(1)->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(bar->chips().size(), 2);
    waitForList(model);
    QVERIFY(!bar->errorsButton()->isChecked());
    const qint64 two = test::count(m_db, QStringLiteral("traces t"),
                                   QStringLiteral("user_id = '%1' AND EXISTS (SELECT 1 FROM scores s WHERE s.trace_id = "
                                                  "t.id AND s.name = 'relevance' AND s.value < 0.6)")
                                       .arg(user));
    QVERIFY(two >= all3);
    QCOMPARE(model->totalCount(), two);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, TraceListModel::UserColumn).data().toString(), user);

    // The time range is a chip too; removing it goes back to all time.
    bar->setTimePreset(FilterBar::TimePreset::Last7Days);
    QCOMPARE(bar->chips().size(), 3);
    QTest::mouseClick(bar->chips().at(0)->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(bar->chips().size(), 2);
    QCOMPARE(bar->timePreset(), FilterBar::TimePreset::All);
    QCOMPARE(bar->timeRangeBox()->currentIndex(), 0);
}

void TestFilterBar::keyboardMovesOpensAndClears()
{
    TraceListModel *model = m_page->traceModel();
    QTableView *view = m_page->traceView();
    view->setFocus();
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2);

    QSignalSpy open(m_page, &TracesPage::openTraceRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), model->traceId(2));
    // Double-click opens as well.
    const QRect rect = view->visualRect(model->index(4, TraceListModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), model->traceId(4));

    // "/" focuses the search; Esc there clears the text and then every filter.
    QTest::keyClick(view, Qt::Key_Slash);
    QLineEdit *search = m_page->filterBar()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("invoice"));
    m_page->filterBar()->setErrorsOnly(true);
    m_page->filterBar()->applyPendingText();
    waitForList(model);
    QVERIFY(model->totalCount() < 900);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_page->filter().errorsOnly);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(m_page->filter().isEmpty());
    QVERIFY(m_page->filterBar()->chips().isEmpty() || !m_page->filterBar()->chips().front()->isVisible());
    waitForList(model);
    QCOMPARE(model->totalCount(), 900);

    // Ctrl+F from the table also lands in the search field.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
}

void TestFilterBar::onlyIndexedColumnsSort()
{
    TraceListModel *model = m_page->traceModel();
    QHeaderView *header = m_page->traceView()->horizontalHeader();
    // Latency: click the header; the rows come back ordered by latency.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(TraceListModel::LatencyColumn) + 10, header->height() / 2));
    waitForList(model);
    QCOMPARE(int(model->sortOrder().column), int(store::TraceSortColumn::Latency));
    for (int r = 1; r < model->rowCount(); ++r) {
        const auto a = model->traceAt(r - 1)->latencyNs, b = model->traceAt(r)->latencyNs;
        QVERIFY(model->sortOrder().descending ? a >= b : a <= b);
    }
    // Tags has no index: the click changes nothing.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(TraceListModel::TagsColumn) + 10, header->height() / 2));
    QCOMPARE(int(model->sortOrder().column), int(store::TraceSortColumn::Latency));
    QCOMPARE(header->sortIndicatorSection(), int(TraceListModel::LatencyColumn));
}

void TestFilterBar::modelStaysConsistentWhileFetching()
{
    TraceListModel *model = m_page->traceModel();
    // Windowing first, without the tester (it asks for more rows after every change, which
    // pulls every page).
    delete m_tester;
    m_tester = nullptr;
    model->setPageSize(50);
    model->setFilter({}); // starts over from one page (a reload would keep what was loaded)
    waitForList(model);
    QCOMPARE(model->rowCount(), 50);
    QVERIFY(model->canFetchMore({}));
    // A fetch in flight, then a filter change: the stale page must not land in the new list.
    model->fetchMore({});
    QVERIFY(model->isLoading());
    QVERIFY(!model->canFetchMore({})); // one fetch at a time
    store::TraceFilter f;
    f.errorsOnly = true;
    m_page->setFilter(f);
    waitForList(model);
    const qint64 errors = test::count(m_db, QStringLiteral("traces"), QStringLiteral("error_count > 0"));
    QVERIFY(errors > 50);
    QCOMPARE(model->totalCount(), errors);
    QCOMPARE(model->rowCount(), 50);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, 0).data(TraceListModel::ErrorCountRole).toLongLong() > 0);

    // The tester joins and fetches page after page, checking the model at every step.
    m_tester = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), errors, 30000);
    waitForList(model);
    QCOMPARE(qint64(shownIds(model).size()), errors);

    // A reload (new data) keeps the rows already scrolled through and the selection.
    m_page->traceView()->setCurrentIndex(model->index(int(errors) - 1, 0));
    const QString selected = m_page->selectedTraceId();
    m_page->reload();
    QCOMPARE(qint64(model->rowCount()), errors); // old rows stay until the new ones arrive
    waitForList(model);
    QCOMPARE(qint64(model->rowCount()), errors);
    QCOMPARE(m_page->selectedTraceId(), selected);
}

void TestFilterBar::scoreConditionsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("described");
    QTest::newRow("less") << "relevance < 0.6" << true << "relevance < 0.6";
    QTest::newRow("no spaces") << "helpfulness>=4" << true << "helpfulness >= 4";
    QTest::newRow("boolean") << "correct = true" << true << "correct = 1";
    QTest::newRow("category") << "tone != 'rude'" << true << "tone != rude";
    QTest::newRow("name with spaces") << "answer quality <= 2" << true << "answer quality <= 2";
    QTest::newRow("text with <") << "tone < rude" << false << "";
    QTest::newRow("no operator") << "relevance" << false << "";
}

void TestFilterBar::scoreConditionsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, described);
    store::ScoreCondition c;
    QString error;
    QCOMPARE(FilterBar::parseScoreCondition(text, c, &error), ok);
    if (ok)
        QCOMPARE(FilterBar::describe(c), described);
    else
        QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
