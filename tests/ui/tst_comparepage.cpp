// ComparePage: two generated traces aligned in the tree with statuses and deltas; a changed
// span's input opens in the diff view; traces open from the page.

#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include "generate/generator.h"
#include "import/importservice.h"
#include "pages/comparepage.h"
#include "testsupport.h"
#include "widgets/diffview.h"
#include "workspace.h"

using namespace spanscope;

class TestComparePage : public QObject {
    Q_OBJECT
private slots:
    void comparesTwoTracesAndDiffsAChangedSpan()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options o;
        o.traces = 10;
        o.spansPerTrace = 10;
        o.seed = 21;
        QVERIFY(generate::writeFile(file, o).ok);
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        QString a, b;
        {
            store::Database db;
            QVERIFY(db.open(dbPath).ok);
            import::importFiles(db, {file});
            a = test::scalar(db, QStringLiteral("SELECT id FROM traces WHERE name = 'support-agent' ORDER BY timestamp_ns LIMIT 1")).toString();
            b = test::scalar(db, QStringLiteral("SELECT id FROM traces WHERE name = 'support-agent' ORDER BY timestamp_ns DESC LIMIT 1")).toString();
            if (a == b || a.isEmpty()) {
                a = test::scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY id LIMIT 1")).toString();
                b = test::scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY id DESC LIMIT 1")).toString();
            }
        }
        ui::Workspace ws;
        QVERIFY(ws.open(dbPath).ok);
        ui::ComparePage page(&ws);
        page.resize(1300, 800);
        QSignalSpy shown(&page, &ui::ComparePage::comparisonShown);
        page.compare(a, b);
        QVERIFY(shown.wait(10000));

        const auto &cmp = page.comparison();
        QTreeWidget *tree = page.spanTree();
        // Every aligned span is a row (tree rows = alignment rows).
        int rows = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            ++rows;
        QCOMPARE(rows, int(cmp.alignment.spans.size()));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("%1 changed").arg(cmp.alignment.totals.changed)));
        // The root is aligned (both traces come from one workflow), so it is a top-level row.
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("changed"));

        // Only differences hides the same rows.
        page.onlyDifferences()->setChecked(true);
        int shownRows = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            ++shownRows;
        QCOMPARE(shownRows, int(cmp.alignment.spans.size()) - cmp.alignment.totals.same
                                + [&] { int n = 0; for (const auto &s : cmp.alignment.spans) n += s.status == diff::AlignedSpan::Status::Same && s.reordered; return n; }());
        page.onlyDifferences()->setChecked(false);

        // A matched generation with a changed input: its inputs open in the diff view.
        int changedGen = -1;
        for (size_t i = 0; i < cmp.alignment.spans.size(); ++i) {
            const auto &s = cmp.alignment.spans[i];
            if (s.left >= 0 && s.right >= 0 && s.inputChanged && cmp.b.spans[size_t(s.right)].type == "GENERATION") {
                changedGen = int(i);
                break;
            }
        }
        QVERIFY(changedGen >= 0);
        QSignalSpy payload(&page, &ui::ComparePage::payloadDiffShown);
        page.selectSpan(changedGen);
        QVERIFY(payload.wait(10000));
        QCOMPARE(page.diffView()->document().kind, diff::DiffKind::Chat);
        QVERIFY(!page.diffView()->document().stats.identical());

        QSignalSpy open(&page, &ui::ComparePage::openTraceRequested);
        page.findChild<QPushButton *>(QStringLiteral("openTraceB"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), b);

        const QString shots = qEnvironmentVariable("SPANSCOPE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.grab().save(shots + QStringLiteral("/comparepage.png"));
        }
    }

    void unknownTraceSaysSo()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        {
            store::Database db;
            QVERIFY(db.open(dbPath).ok);
        }
        ui::Workspace ws;
        QVERIFY(ws.open(dbPath).ok);
        ui::ComparePage page(&ws);
        QSignalSpy err(&page, &ui::ComparePage::errorOccurred);
        page.compare(QStringLiteral("abc"), QStringLiteral("def"));
        QVERIFY(err.wait(10000));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("abc not found")));
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
