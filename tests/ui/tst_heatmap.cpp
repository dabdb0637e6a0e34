// Heatmap widget: colours follow the value and the row's direction, cells below the sample
// threshold are grey, the tooltip shows n/mean/median/CI, a click on a cell emits that cell, and
// it renders in light and dark palettes (PNGs written to $SPANSCOPE_SHOTS when set).

#include <QSignalSpy>
#include <QTest>

#include "widgets/heatmap.h"

using namespace spanscope::ui;

namespace {
HeatmapWidget::Cell cell(int64_t n, double mean) { return { n, mean, mean, mean - 0.05, mean + 0.05, -1 }; }

void fill(HeatmapWidget &w)
{
    w.setData({ QStringLiteral("relevance"), QStringLiteral("hallucination") },
              { QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet"), QStringLiteral("gemini-flash") },
              { cell(120, 0.9), cell(80, 0.5), cell(3, 0.2), cell(100, 0.9), cell(0, NAN), cell(40, 0.1) });
}
} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT
private slots:
    void coloursFollowValueAndDirection()
    {
        HeatmapWidget w;
        fill(w);
        w.setMinSamples(10);
        // High relevance is green (more green than red), low is red.
        const QColor good = w.cellColor(0, 0);
        QVERIFY(good.green() > good.red());
        w.setHigherIsBetter(1, false);
        // hallucination 0.9 with "lower is better" is red; 0.1 is green.
        QVERIFY(w.cellColor(1, 0).red() > w.cellColor(1, 0).green());
        QVERIFY(w.cellColor(1, 2).green() > w.cellColor(1, 2).red());
        // Three samples < 10: grey (r == g == b), not a scale colour.
        const QColor grey = w.cellColor(0, 2);
        QCOMPARE(grey.red(), grey.green());
        QCOMPARE(grey.green(), grey.blue());
        w.setMinSamples(2);
        QVERIFY(w.cellColor(0, 2).red() > w.cellColor(0, 2).green());
    }

    void tooltipShowsTheStatistics()
    {
        HeatmapWidget w;
        fill(w);
        w.setMinSamples(10);
        const QString tip = w.toolTipText(0, 1);
        QVERIFY(tip.contains(QStringLiteral("n = 80")));
        QVERIFY(tip.contains(QStringLiteral("mean 0.50")));
        QVERIFY(tip.contains(QStringLiteral("median 0.50")));
        QVERIFY(tip.contains(QStringLiteral("[0.45, 0.55]")));
        QVERIFY(w.toolTipText(0, 2).contains(QStringLiteral("Too few samples")));
        QVERIFY(w.toolTipText(1, 1).contains(QStringLiteral("No scores")));
    }

    void clickEmitsTheCell()
    {
        HeatmapWidget w;
        fill(w);
        w.resize(600, 240);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy spy(&w, &HeatmapWidget::cellClicked);
        QTest::mouseClick(&w, Qt::LeftButton, {}, w.cellRect(1, 2).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 2);
        // An empty cell and the headers do nothing.
        QTest::mouseClick(&w, Qt::LeftButton, {}, w.cellRect(1, 1).center());
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(spy.count(), 1);
    }

    void rendersInLightAndDark()
    {
        for (bool dark : { false, true }) {
            HeatmapWidget w;
            QPalette pal;
            if (dark) {
                pal.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                pal.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
                pal.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                pal.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            }
            w.setPalette(pal);
            fill(w);
            w.setHigherIsBetter(1, false);
            w.resize(560, 200);
            const QImage img = w.grab().toImage();
            // The background is the palette's base colour; a good cell is painted green.
            QCOMPARE(img.pixelColor(2, 2), pal.color(QPalette::Base));
            const QColor c = img.pixelColor(w.cellRect(0, 0).center() + QPoint(0, 8));
            QVERIFY(c.green() > c.red());
            const QString dir = qEnvironmentVariable("SPANSCOPE_SHOTS");
            if (!dir.isEmpty())
                img.save(dir + (dark ? QStringLiteral("/heatmap-dark.png") : QStringLiteral("/heatmap-light.png")));
        }
    }
};

QTEST_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
