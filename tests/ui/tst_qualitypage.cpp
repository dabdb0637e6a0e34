// Quality page over a generated workspace: the heatmap shows the repository's cells for the
// chosen grouping, a click on a cell asks for the Traces page with a filter selecting exactly
// that cell's traces, score-vs-score shows correlations (and a confusion matrix for categorical
// pairs), and the low-quality list is newest first. Screenshots to $SPANSCOPE_SHOTS when set.

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include "generate/generator.h"
#include "import/importservice.h"
#include "analytics/alerts.h"
#include "pages/qualityalertspanel.h"
#include "pages/qualitypage.h"
#include "store/database.h"
#include "store/scoreconfigs.h"
#include "store/tracerepository.h"
#include "testsupport.h"
#include "widgets/heatmap.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

Q_DECLARE_METATYPE(spanscope::store::TraceFilter)

class TestQualityPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void heatmapShowsTheRepositoryCells();
    void cellClickOpensExactlyTheCellsTraces();
    void scoreVsScore();
    void lowQualityListNewestFirst();
    void scoreConfigRangeColoursItsRow();
    void alertsTabListsFiringsAndOpensTheirTraces();
    void screenshots();

private:
    bool waitLoaded(QualityPage &page);
    QTemporaryDir m_dir;
    QString m_path;
    Workspace *m_ws = nullptr;
};

bool TestQualityPage::waitLoaded(QualityPage &page)
{
    QTest::qWait(20);
    for (int i = 0; i < 400 && page.isLoading(); ++i)
        QTest::qWait(25);
    return !page.isLoading();
}

void TestQualityPage::initTestCase()
{
    qRegisterMetaType<store::TraceFilter>();
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTest"));
    generate::Options o;
    o.traces = 400;
    o.spansPerTrace = 6;
    o.seed = 5;
    const QString file = m_dir.filePath(QStringLiteral("g.jsonl"));
    QVERIFY(generate::writeFile(file, o).ok);
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    {
        store::Database db;
        QVERIFY(db.open(m_path).ok);
        import::importFiles(db, { file });
    }
    m_ws = new Workspace(this);
    QVERIFY(m_ws->open(m_path).ok);
}

void TestQualityPage::heatmapShowsTheRepositoryCells()
{
    QualityPage page(m_ws);
    QVERIFY(waitLoaded(page));
    page.groupingCombo()->setCurrentIndex(page.groupingCombo()->findData(int(store::QualityGrouping::TraceName)));
    QVERIFY(waitLoaded(page));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    store::HeatmapRequest req;
    req.grouping = store::QualityGrouping::TraceName;
    store::QualityHeatmap expected;
    QVERIFY(store::loadQualityHeatmap(db, req, expected).ok);
    HeatmapWidget *w = page.heatmap();
    QCOMPARE(w->rows().size(), int(expected.rows.size()));
    QCOMPARE(w->columns().size(), int(expected.columns.size()));
    for (int r = 0; r < w->rows().size(); ++r)
        for (int c = 0; c < w->columns().size(); ++c) {
            QCOMPARE(w->cell(r, c).n, int64_t(expected.cell(size_t(r), size_t(c)).n));
            if (w->cell(r, c).n)
                QCOMPARE(w->cell(r, c).value, expected.cell(size_t(r), size_t(c)).mean);
        }
    // hallucination starts as "lower is better".
    QVERIFY(!w->higherIsBetter(w->rows().indexOf(QStringLiteral("hallucination"))));
    QVERIFY(w->higherIsBetter(w->rows().indexOf(QStringLiteral("relevance"))));
    // Categorical: rows become the labels.
    page.scoreCombo()->setCurrentIndex(page.scoreCombo()->findData(QStringLiteral("sentiment")));
    QVERIFY(waitLoaded(page));
    QCOMPARE(w->rows(), (QStringList { QStringLiteral("negative"), QStringLiteral("neutral"), QStringLiteral("positive") }));
}

void TestQualityPage::cellClickOpensExactlyTheCellsTraces()
{
    QualityPage page(m_ws);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(waitLoaded(page));
    page.groupingCombo()->setCurrentIndex(page.groupingCombo()->findData(int(store::QualityGrouping::Model)));
    QVERIFY(waitLoaded(page));
    HeatmapWidget *w = page.heatmap();
    const int row = w->rows().indexOf(QStringLiteral("relevance"));
    QVERIFY(row >= 0);
    QSignalSpy spy(&page, &QualityPage::openTracesRequested);
    QTest::mouseClick(w, Qt::LeftButton, {}, w->cellRect(row, 0).center());
    QCOMPARE(spy.count(), 1);
    const auto filter = spy.at(0).at(0).value<store::TraceFilter>();
    QCOMPARE(filter.models, (std::vector<std::string> { w->columns().at(0).toStdString() }));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    store::TraceListPage list;
    QVERIFY(store::queryTracePage(db, filter, {}, std::nullopt, 100000, list).ok);
    std::set<std::string> got;
    for (const auto &r : list.rows)
        got.insert(r.id);
    store::Statement st(db, "SELECT DISTINCT s.trace_id FROM scores s WHERE s.name = 'relevance' AND s.value IS NOT NULL "
                            "AND EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = s.trace_id AND o.model = ?1)");
    st.bind(1, w->columns().at(0).toStdString());
    std::set<std::string> expected;
    while (st.step())
        expected.insert(st.text(0));
    QVERIFY(!expected.empty());
    QCOMPARE(got, expected);
}

void TestQualityPage::scoreVsScore()
{
    QualityPage page(m_ws);
    QVERIFY(waitLoaded(page));
    page.pairFirstCombo()->setCurrentIndex(page.pairFirstCombo()->findData(QStringLiteral("relevance")));
    page.pairSecondCombo()->setCurrentIndex(page.pairSecondCombo()->findData(QStringLiteral("helpful")));
    QVERIFY(waitLoaded(page));
    QVERIFY2(page.correlationLabel()->text().contains(QStringLiteral("Pearson r = ")), qPrintable(page.correlationLabel()->text()));
    QVERIFY(page.correlationLabel()->text().contains(QStringLiteral("Spearman")));
    page.pairFirstCombo()->setCurrentIndex(page.pairFirstCombo()->findData(QStringLiteral("sentiment")));
    QVERIFY(waitLoaded(page));
    QVERIFY(page.correlationLabel()->text().contains(QStringLiteral("kappa")));
    QCOMPARE(page.confusionTable()->rowCount(), 3);
    int total = 0;
    for (int r = 0; r < page.confusionTable()->rowCount(); ++r)
        for (int c = 0; c < page.confusionTable()->columnCount(); ++c)
            total += page.confusionTable()->item(r, c)->text().toInt();
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(qint64(total), test::scalar(db, QStringLiteral("SELECT count(*) FROM scores a JOIN scores b ON a.trace_id = b.trace_id "
                                                            "AND b.name = 'helpful' AND coalesce(a.observation_id,'') = coalesce(b.observation_id,'') "
                                                            "WHERE a.name = 'sentiment'")).toLongLong());
}

void TestQualityPage::lowQualityListNewestFirst()
{
    QualityPage page(m_ws);
    QVERIFY(waitLoaded(page));
    page.lowScoreCombo()->setCurrentIndex(page.lowScoreCombo()->findData(QStringLiteral("relevance")));
    page.lowThresholdBox()->setValue(0.3);
    QVERIFY(waitLoaded(page));
    QTableWidget *t = page.lowQualityTable();
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(qint64(t->rowCount()), std::min<qint64>(500, test::count(db, QStringLiteral("scores"),
                                                                        QStringLiteral("name = 'relevance' AND value < 0.3"))));
    QVERIFY(t->rowCount() > 0);
    for (int r = 0; r < t->rowCount(); ++r)
        QVERIFY(t->item(r, 2)->text().toDouble() < 0.3);
    for (int r = 1; r < t->rowCount(); ++r)
        QVERIFY(t->item(r - 1, 0)->text() >= t->item(r, 0)->text());
    QVERIFY(!t->item(0, 4)->text().isEmpty());
    QSignalSpy spy(&page, &QualityPage::openTraceRequested);
    emit t->cellActivated(0, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), t->item(0, 1)->data(Qt::UserRole).toString());
}

// A score config's range is the colour scale of its row: relevance (means around 0.5-0.9 here)
// on a configured 0-10 scale looks poor, while helpful keeps the 0-1 scale of its own values.
void TestQualityPage::scoreConfigRangeColoursItsRow()
{
    {
        store::Database db;
        QVERIFY(db.open(m_path).ok);
        store::ScoreConfig c;
        c.id = "cfg-relevance";
        c.name = "relevance";
        c.dataType = "NUMERIC";
        c.minValue = 0;
        c.maxValue = 10;
        QVERIFY(store::upsertScoreConfigs(db, { c }).ok);
    }
    QualityPage page(m_ws);
    QVERIFY(waitLoaded(page));
    page.groupingCombo()->setCurrentIndex(page.groupingCombo()->findData(int(store::QualityGrouping::Environment)));
    QVERIFY(waitLoaded(page));
    HeatmapWidget *w = page.heatmap();
    const int rel = w->rows().indexOf(QStringLiteral("relevance")), helpful = w->rows().indexOf(QStringLiteral("helpful"));
    QVERIFY(rel >= 0 && helpful >= 0);
    QCOMPARE(w->rowRange(rel), std::make_pair(0.0, 10.0));
    QCOMPARE(w->rowRange(helpful), std::make_pair(0.0, 1.0));
    const QColor relColour = w->cellColor(rel, 0);
    QVERIFY2(w->cell(rel, 0).value < 1.0, qPrintable(QString::number(w->cell(rel, 0).value)));
    QVERIFY(relColour.red() > relColour.green()); // below a tenth of the scale: the bad end
    QVERIFY(w->toolTipText(rel, 0).contains(QStringLiteral("colour scale 0.00 – 10.00")));
    store::Database db;
    QVERIFY(db.open(m_path).ok);
    QVERIFY(db.exec("DELETE FROM score_configs").ok);
}

// The Alerts tab evaluates a rules file over the workspace: the firings it lists are those the
// core evaluation (and `spanscope-cli alerts`) finds, activating one asks for exactly its traces,
// and a broken file says what is wrong and lists nothing.
void TestQualityPage::alertsTabListsFiringsAndOpensTheirTraces()
{
    const QString rulesPath = m_dir.filePath(QStringLiteral("rules.json"));
    const QByteArray rules = "{\"rules\":[{\"name\":\"daily-cost\",\"type\":\"cost\",\"window\":\"1d\",\"threshold\":0,"
                             "\"severity\":\"critical\"},{\"name\":\"relevance\",\"type\":\"score_mean\",\"score\":\"relevance\","
                             "\"window\":\"7d\",\"threshold\":0.9,\"min_samples\":5}]}";
    {
        QFile f(rulesPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rules);
    }
    std::vector<analytics::AlertFiring> expected;
    {
        store::Database db;
        QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
        std::vector<analytics::AlertRule> parsed;
        QString error;
        QVERIFY2(analytics::parseAlertRules(rules, parsed, error), qPrintable(error));
        QVERIFY(analytics::evaluateAlerts(db, parsed, expected).ok);
    }
    QVERIFY(expected.size() >= 2);

    QualityPage page(m_ws);
    QVERIFY(waitLoaded(page));
    AlertsPanel *alerts = page.alertsPanel();
    QSignalSpy evaluated(alerts, &AlertsPanel::evaluated);
    alerts->setRulesFile(rulesPath);
    QVERIFY(evaluated.wait(10000));
    QCOMPARE(alerts->table()->rowCount(), int(expected.size()));
    for (int r = 0; r < int(expected.size()); ++r) {
        QVERIFY(alerts->table()->item(r, 1)->text().startsWith(QString::fromStdString(expected[size_t(r)].rule)));
        QCOMPARE(alerts->table()->item(r, 0)->text(), QString::fromStdString(expected[size_t(r)].severity));
        QCOMPARE(alerts->table()->item(r, 5)->text(), QString::number(expected[size_t(r)].samples));
    }
    QVERIFY(alerts->statusLabel()->text().contains(QStringLiteral("%1 firing").arg(expected.size())));
    QSignalSpy open(&page, &QualityPage::openTracesRequested);
    const int last = int(expected.size()) - 1;
    emit alerts->table()->cellActivated(last, 0);
    QCOMPARE(open.count(), 1);
    const auto filter = open.at(0).at(0).value<store::TraceFilter>();
    QVERIFY(!filter.traceIds.empty());
    QCOMPARE(filter.traceIds, expected[size_t(last)].traceIds);

    {
        QFile f(rulesPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\":[{\"name\":\"x\",\"type\":\"cost\",\"window\":\"fortnight\",\"threshold\":1}]}");
    }
    alerts->evaluate();
    QVERIFY(evaluated.wait(10000));
    QCOMPARE(alerts->table()->rowCount(), 0);
    QVERIFY2(alerts->statusLabel()->text().contains(QStringLiteral("is not valid")), qPrintable(alerts->statusLabel()->text()));
    QSettings().remove(QStringLiteral("quality/alertRulesFile"));
}

void TestQualityPage::screenshots()
{
    const QString dir = qEnvironmentVariable("SPANSCOPE_SHOTS");
    if (dir.isEmpty())
        QSKIP("set SPANSCOPE_SHOTS to write screenshots");
    for (bool dark : { false, true }) {
        QualityPage page(m_ws);
        if (dark) {
            QPalette pal;
            pal.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            pal.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            pal.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            pal.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            pal.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            pal.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            page.setPalette(pal);
        }
        page.resize(1200, 760);
        page.show();
        QVERIFY(waitLoaded(page));
        page.groupingCombo()->setCurrentIndex(page.groupingCombo()->findData(int(store::QualityGrouping::TraceName)));
        page.pairFirstCombo()->setCurrentIndex(page.pairFirstCombo()->findData(QStringLiteral("sentiment")));
        page.pairSecondCombo()->setCurrentIndex(page.pairSecondCombo()->findData(QStringLiteral("helpful")));
        QVERIFY(waitLoaded(page));
        page.grab().save(dir + (dark ? QStringLiteral("/quality-dark.png") : QStringLiteral("/quality-light.png")));
        if (!dark) {
            const QString rulesPath = m_dir.filePath(QStringLiteral("shot-rules.json"));
            QFile f(rulesPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"rules\":[{\"name\":\"daily-cost\",\"type\":\"cost\",\"window\":\"1d\",\"threshold\":0.05,"
                    "\"severity\":\"critical\"},{\"name\":\"relevance\",\"type\":\"score_mean\",\"score\":\"relevance\","
                    "\"window\":\"7d\",\"threshold\":0.8,\"min_samples\":5}]}");
            f.close();
            page.tabs()->setCurrentWidget(page.alertsPanel());
            QSignalSpy evaluated(page.alertsPanel(), &AlertsPanel::evaluated);
            page.alertsPanel()->setRulesFile(rulesPath);
            QVERIFY(evaluated.wait(10000));
            page.grab().save(dir + QStringLiteral("/quality-alerts.png"));
            QSettings().remove(QStringLiteral("quality/alertRulesFile"));
        }
    }
}

QTEST_MAIN(TestQualityPage)
#include "tst_qualitypage.moc"
