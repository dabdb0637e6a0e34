// PromptsPage: prompt list → versions with labels, created time and metrics from the workspace;
// diff of any two versions; calls open their trace; inferred prompts are marked.

#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

#include "generate/generator.h"
#include "import/importservice.h"
#include "pages/abreport.h"
#include "pages/promptspage.h"
#include "testsupport.h"
#include "util/format.h"
#include "widgets/diffview.h"
#include "workspace.h"

using namespace spanscope;

namespace {
int rowOf(QTableWidget *t, const QString &name)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == name)
            return r;
    return -1;
}
} // namespace

class TestPromptsPage : public QObject {
    Q_OBJECT
private slots:
    void versionsMetricsDiffAndCalls()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options o;
        o.traces = 120;
        o.spansPerTrace = 8;
        o.seed = 4;
        QVERIFY(generate::writeFile(file, o).ok);
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        {
            store::Database db;
            QVERIFY(db.open(dbPath).ok);
            import::importFiles(db, {file, test::testData(QStringLiteral("prompts/support-answer-versions.json"))});
        }
        ui::Workspace ws;
        QVERIFY(ws.open(dbPath).ok);
        ui::PromptsPage page(&ws);
        page.resize(1400, 900);
        QSignalSpy catalog(&page, &ui::PromptsPage::catalogLoaded);
        QSignalSpy metrics(&page, &ui::PromptsPage::metricsLoaded);
        QVERIFY(catalog.wait(20000));

        // The Langfuse prompt object and the names generations carry share one list.
        const int row = rowOf(page.promptTable(), QStringLiteral("support-answer"));
        QVERIFY(row >= 0);
        QCOMPARE(page.promptTable()->item(row, 1)->text(), QStringLiteral("Langfuse prompt"));
        const int inferredRow = [&] {
            for (int r = 0; r < page.promptTable()->rowCount(); ++r)
                if (page.promptTable()->item(r, 0)->text().startsWith(QStringLiteral("inferred/")))
                    return r;
            return -1;
        }();
        QVERIFY(inferredRow >= 0);
        QCOMPARE(page.promptTable()->item(inferredRow, 1)->text(), QStringLiteral("inferred"));
        QVERIFY(page.promptTable()->item(inferredRow, 1)->font().italic());

        metrics.clear();
        page.promptTable()->selectRow(row);
        QVERIFY(metrics.wait(20000));
        QTableWidget *versions = page.versionTable();
        // Generations use versions 1..5; the prompt object adds labels to 1..3. Newest first.
        QCOMPARE(versions->rowCount(), 5);
        QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("5"));
        const int v3 = rowOf(versions, QStringLiteral("3"));
        QCOMPARE(versions->item(v3, 1)->text(), QStringLiteral("production, latest"));
        QCOMPARE(versions->item(v3, 2)->text(), ui::formatTimestamp(1768485900000000000LL));
        store::Database db;
        QVERIFY(db.open(dbPath, store::Database::Mode::ReadOnly).ok);
        const qint64 calls3 = test::count(db, QStringLiteral("observations"),
                                          QStringLiteral("prompt_name = 'support-answer' AND prompt_version = 3"));
        QVERIFY(calls3 > 0);
        QCOMPARE(versions->item(v3, 3)->text(), ui::formatCount(calls3));
        const double cost3 = test::scalar(db, QStringLiteral("SELECT avg(coalesce(cost_provided, cost_computed)) FROM observations "
                                                             "WHERE prompt_name = 'support-answer' AND prompt_version = 3")).toDouble();
        QCOMPARE(versions->item(v3, 7)->text(), ui::formatCost(cost3));
        QVERIFY(versions->item(v3, 4)->text() != QStringLiteral("…"));

        // Any two versions: 1 against 3 (not neighbours).
        page.diffVersions(1, 3);
        QVERIFY(page.diffView()->document().stats.changes > 0);
        QVERIFY(page.diffView()->unifiedText().contains(QStringLiteral("+## placeholder {{history}}")));

        // Calls of the selected version: double-click opens the trace.
        QSignalSpy callsLoaded(&page, &ui::PromptsPage::callsLoaded);
        versions->selectRow(v3);
        QVERIFY(callsLoaded.wait(20000));
        QCOMPARE(page.callTable()->rowCount(), int(calls3));
        QSignalSpy open(&page, &ui::PromptsPage::openTraceRequested);
        emit page.callTable()->cellDoubleClicked(0, 1);
        QCOMPARE(open.size(), 1);
        QCOMPARE(test::count(db, QStringLiteral("traces"), QStringLiteral("id = '%1'").arg(open.at(0).at(0).toString())), 1);

        // The A/B tab compares the two newest versions.
        QSignalSpy ab(page.abPanel(), &ui::AbReportPanel::reportShown);
        page.tabs()->setCurrentIndex(1);
        page.abPanel()->run();
        QVERIFY(ab.wait(20000));
        QVERIFY(!page.abPanel()->verdictLabel()->text().isEmpty());
        QCOMPARE(page.abPanel()->report().labelB, QStringLiteral("version 5"));

        const QString shots = qEnvironmentVariable("SPANSCOPE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.tabs()->setCurrentIndex(0);
            page.grab().save(shots + QStringLiteral("/promptspage-diff.png"));
            page.tabs()->setCurrentIndex(1);
            page.grab().save(shots + QStringLiteral("/promptspage-ab.png"));
        }
    }
};

QTEST_MAIN(TestPromptsPage)
#include "tst_promptspage.moc"
