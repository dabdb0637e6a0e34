// Cost page over a generated workspace: the KPIs and the breakdown show the numbers
// `spanscope-cli report cost` prints for the same range; a chart segment opens the Traces page
// filtered to its bucket and group; charts export as valid PNG and SVG and tables as CSV; a
// budget added on the page is stored and listed with its crossings; what-if prices the range as
// another model. Screenshots to $SPANSCOPE_SHOTS when set.

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "pages/costpage.h"
#include "store/costrepository.h"
#include "testsupport.h"
#include "util/exports.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

Q_DECLARE_METATYPE(spanscope::store::TraceFilter)

class TestCostPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void numbersMatchTheCli();
    void segmentOpensFilteredTraces();
    void followsTheTracesTimeRange();
    void metadataBreakdownIsCached();
    void exportsAreValidFiles();
    void budgetIsStoredAndListed();
    void whatIfPricesTheRange();
    void screenshots();

private:
    bool waitLoaded(CostPage &page);
    QTemporaryDir m_dir;
    QString m_path;
    Workspace *m_ws = nullptr;
    CostPage *m_page = nullptr;
};

bool TestCostPage::waitLoaded(CostPage &page)
{
    QTest::qWait(20);
    for (int i = 0; i < 400 && page.isLoading(); ++i)
        QTest::qWait(25);
    return !page.isLoading();
}

void TestCostPage::initTestCase()
{
    qRegisterMetaType<store::TraceFilter>();
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTest"));
    generate::Options o;
    o.traces = 1200;
    o.spansPerTrace = 6;
    o.seed = 8;
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    {
        store::Database db;
        QVERIFY(db.open(m_path).ok);
        const QString error = test::importGenerated(db, m_dir.filePath(QStringLiteral("gen.jsonl")), o);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_ws = new Workspace(this);
    m_page = new CostPage(m_ws);
    m_page->resize(1300, 900);
    m_page->show();
    QVERIFY(m_ws->open(m_path).ok);
    QVERIFY(waitLoaded(*m_page));
}

void TestCostPage::numbersMatchTheCli()
{
    m_page->rangeCombo()->setCurrentIndex(m_page->rangeCombo()->findData(CostPage::AllData));
    QVERIFY(waitLoaded(*m_page));
    const auto &d = m_page->data();
    auto iso = [](int64_t ns) { return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate); };
    const test::CliResult r = test::runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), m_path,
                                             QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--from"),
                                             iso(d.fromNs), QStringLiteral("--to"), iso(d.toNs), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    QTableWidget *t = m_page->breakdownTable();
    QCOMPARE(t->rowCount(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString group = row.value(QStringLiteral("group")).toString();
        QCOMPARE(t->item(i, 0)->text(), group.isEmpty() ? QStringLiteral("(none)") : group);
        QVERIFY(std::fabs(t->item(i, 1)->data(Qt::UserRole).toDouble() - row.value(QStringLiteral("cost_usd")).toDouble()) < 1e-9);
        QCOMPARE(t->item(i, 3)->data(Qt::UserRole).toLongLong(), row.value(QStringLiteral("requests")).toInteger());
    }
    // The total KPI is the CLI's total, shown as the user sees it.
    const double total = doc.value(QStringLiteral("total")).toObject().value(QStringLiteral("cost_usd")).toDouble();
    QVERIFY(std::fabs(d.kpis.current.cost - total) < 1e-9);
    QVERIFY(m_page->kpiValue(0)->text().startsWith(QLatin1Char('$')));
    QCOMPARE(m_page->kpiValue(1)->text().remove(QLatin1Char(',')).remove(QChar(0x202F)).remove(QChar(0xA0)).remove(QLatin1Char(' ')).toLongLong(),
             doc.value(QStringLiteral("total")).toObject().value(QStringLiteral("requests")).toInteger());
}

void TestCostPage::segmentOpensFilteredTraces()
{
    const auto &s = m_page->data().series;
    QVERIFY(!s.groups.empty() && s.buckets.size() > 1);
    QSignalSpy spy(m_page, &CostPage::openTracesRequested);
    // The first bar set is the most expensive group; click its bar in bucket 1.
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->chartView()->chart()->series().front());
    QVERIFY(series);
    emit series->barSets().front()->clicked(1);
    QCOMPARE(spy.count(), 1);
    const auto f = spy.front().front().value<store::TraceFilter>();
    QCOMPARE(f.models, std::vector<std::string> { s.groups.front() });
    QCOMPARE(*f.fromNs, s.buckets[1]);
    QCOMPARE(*f.toNs, analytics::costBucketNext(s.buckets[1], s.bucket));
}

void TestCostPage::followsTheTracesTimeRange()
{
    // The Traces page picks three days in the middle of the data: the page follows, its own
    // range combo is disabled, and the KPIs are the CLI's totals for exactly those days.
    m_page->rangeCombo()->setCurrentIndex(m_page->rangeCombo()->findData(CostPage::AllData));
    QVERIFY(waitLoaded(*m_page));
    const int64_t allFrom = m_page->data().fromNs;
    const int64_t allTo = m_page->data().toNs;
    QVERIFY(allTo - allFrom > 5 * 86400'000'000'000LL);
    store::TraceFilter f;
    f.fromNs = allFrom + 86400'000'000'000LL;
    f.toNs = *f.fromNs + 3 * 86400'000'000'000LL;
    m_page->setTracesFilter(f);
    QVERIFY(waitLoaded(*m_page));
    QCOMPARE(m_page->data().fromNs, *f.fromNs);
    QCOMPARE(m_page->data().toNs, *f.toNs);
    QVERIFY(!m_page->rangeCombo()->isEnabled());
    auto iso = [](int64_t ns) { return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate); };
    const test::CliResult r = test::runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), m_path,
                                             QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--from"),
                                             iso(*f.fromNs), QStringLiteral("--to"), iso(*f.toNs), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject total = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toObject();
    QVERIFY(total.value(QStringLiteral("requests")).toInteger() > 0);
    QCOMPARE(m_page->data().kpis.current.requests, total.value(QStringLiteral("requests")).toInteger());
    QVERIFY(std::fabs(m_page->data().kpis.current.cost - total.value(QStringLiteral("cost_usd")).toDouble()) < 1e-9);
    // Unticking the checkbox gives the page its own range back.
    m_page->findChild<QCheckBox *>(QStringLiteral("costUseTracesFilter"))->setChecked(false);
    QVERIFY(waitLoaded(*m_page));
    QVERIFY(m_page->rangeCombo()->isEnabled());
    QCOMPARE(m_page->data().fromNs, allFrom);
    m_page->findChild<QCheckBox *>(QStringLiteral("costUseTracesFilter"))->setChecked(true);
    m_page->setTracesFilter({});
    QVERIFY(waitLoaded(*m_page));
    QCOMPARE(m_page->data().toNs, allTo);
}

void TestCostPage::metadataBreakdownIsCached()
{
    // Computed once per key and range; going back to a key shows the same rows from the cache.
    QComboBox *keys = m_page->metadataKeyCombo();
    QVERIFY(keys->count() >= 2);
    keys->setCurrentIndex(0);
    QVERIFY(waitLoaded(*m_page));
    keys->setCurrentIndex(1);
    QVERIFY(waitLoaded(*m_page));
    keys->setCurrentIndex(0);
    QVERIFY(waitLoaded(*m_page));
    QCOMPARE(m_page->metadataNote()->text(), QStringLiteral("cached"));
    const int rows = m_page->metadataTable()->rowCount();
    QVERIFY(rows > 0);
    QStringList first;
    for (int r = 0; r < rows; ++r)
        first << m_page->metadataTable()->item(r, 0)->text() + QLatin1Char('=') + m_page->metadataTable()->item(r, 1)->text();
    // A changed workspace drops the cache: the next answer is computed again.
    emit m_ws->changed();
    QVERIFY(waitLoaded(*m_page));
    QVERIFY(m_page->metadataNote()->text().startsWith(QStringLiteral("computed in")));
    QStringList again;
    for (int r = 0; r < m_page->metadataTable()->rowCount(); ++r)
        again << m_page->metadataTable()->item(r, 0)->text() + QLatin1Char('=') + m_page->metadataTable()->item(r, 1)->text();
    QCOMPARE(again, first);
}

void TestCostPage::exportsAreValidFiles()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(m_page->exportChart(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->chartView()->size() * 2);
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(m_page->exportChart(svg, &error), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("</svg>"));
    QVERIFY(!m_page->exportChart(m_dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    const QString csv = m_dir.filePath(QStringLiteral("breakdown.csv"));
    QVERIFY2(exportTableCsv(m_page->breakdownTable(), csv, &error), qPrintable(error));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), m_page->breakdownTable()->rowCount() + 1);
    QVERIFY(lines.front().startsWith("Group,Cost,Share"));
    // Costs go out as raw numbers, not "$1.23".
    QVERIFY(!lines.at(1).contains('$'));
}

void TestCostPage::budgetIsStoredAndListed()
{
    store::Budget b;
    b.name = "daily total";
    b.period = "day";
    b.amountUsd = 0.2;
    QSignalSpy changed(m_page, &CostPage::budgetsChanged);
    m_page->addBudget(b);
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded(*m_page));
    QCOMPARE(m_page->budgetTable()->rowCount(), 1);
    QCOMPARE(m_page->budgetTable()->item(0, 0)->text(), QStringLiteral("daily total"));
    const BudgetView &v = m_page->data().budgets.front();
    // Daily spend of about $0.40 crosses a $0.20 budget every day: 100 % crossings are listed.
    QVERIFY(!v.crossings.empty());
    QVERIFY(m_page->budgetTable()->item(0, 7)->text().contains(QStringLiteral("100 %")));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    std::vector<store::Budget> stored;
    QVERIFY(store::listBudgets(db, stored).ok);
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored.front().amountUsd, 0.2);
}

void TestCostPage::whatIfPricesTheRange()
{
    QSignalSpy ready(m_page, &CostPage::whatIfReady);
    m_page->runWhatIf(QStringLiteral("gpt-4o-mini"));
    QVERIFY(ready.wait(10000));
    QVERIFY(m_page->whatIfTable()->rowCount() > 1);
    QVERIFY(m_page->whatIfSummary()->text().contains(QStringLiteral("gpt-4o-mini")));
    // The gpt-4o-mini row prices the same calls at the same price: no difference.
    for (int r = 0; r < m_page->whatIfTable()->rowCount(); ++r)
        if (m_page->whatIfTable()->item(r, 0)->text() == QLatin1String("gpt-4o-mini"))
            QVERIFY(std::fabs(m_page->whatIfTable()->item(r, 4)->data(Qt::UserRole).toDouble()) < 0.05 * m_page->whatIfTable()->item(r, 2)->data(Qt::UserRole).toDouble() + 1e-9);
}

void TestCostPage::screenshots()
{
    const QString dir = qEnvironmentVariable("SPANSCOPE_SHOTS");
    if (dir.isEmpty())
        QSKIP("set SPANSCOPE_SHOTS to write screenshots");
    m_page->tabs()->setCurrentIndex(4);
    QTest::qWait(100);
    m_page->grab().save(dir + QStringLiteral("/cost-budgets.png"));
    m_page->tabs()->setCurrentIndex(0);
    QTest::qWait(100);
    m_page->grab().save(dir + QStringLiteral("/cost.png"));
}

QTEST_MAIN(TestCostPage)
#include "tst_costpage.moc"
