// DiffView: what a user sees for two prompt versions and two payloads, side by side and
// unified; next/previous change; whitespace toggle; copy as unified diff; scrolling in step.

#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>

#include "testsupport.h"
#include "widgets/diffview.h"

using namespace spanscope;
using spanscope::ui::DiffView;

namespace {
QString line(QPlainTextEdit *e, int i)
{
    return e->document()->findBlockByNumber(i).text();
}
} // namespace

class TestDiffView : public QObject {
    Q_OBJECT
private slots:
    void sideBySideShowsPairedLinesAndUnifiedCopies()
    {
        DiffView view;
        view.resize(1100, 500);
        view.setTexts(QStringLiteral("alpha\nbeta\ngamma\ndelta"), QStringLiteral("alpha\nBETA\ngamma\ndelta\nepsilon"),
                      QStringLiteral("v1"), QStringLiteral("v2"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Both sides have one line per row, so lines stay aligned.
        QCOMPARE(view.leftEdit()->blockCount(), 5);
        QCOMPARE(view.rightEdit()->blockCount(), 5);
        QVERIFY(line(view.leftEdit(), 1).endsWith(QStringLiteral("beta")));
        QVERIFY(line(view.rightEdit(), 1).endsWith(QStringLiteral("BETA")));
        QVERIFY(line(view.leftEdit(), 4).trimmed().isEmpty()); // filler opposite the added line
        QVERIFY(line(view.rightEdit(), 4).endsWith(QStringLiteral("epsilon")));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 changed, 0 removed, 1 added")));
        QCOMPARE(view.changeCount(), 2);

        view.copyUnified();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("--- v1\n+++ v2\n@@ -1,4 +1,5 @@\n alpha\n-beta\n+BETA\n gamma\n delta\n+epsilon\n"));

        // Unified mode: removed line, then added line.
        auto *mode = view.findChild<QComboBox *>(QStringLiteral("diffMode"));
        mode->setCurrentIndex(1);
        QCOMPARE(view.mode(), DiffView::Mode::Unified);
        QVERIFY(line(view.unifiedEdit(), 1).startsWith(QStringLiteral("- ")));
        QVERIFY(line(view.unifiedEdit(), 2).startsWith(QStringLiteral("+ ")));
        QVERIFY(line(view.unifiedEdit(), 2).endsWith(QStringLiteral("BETA")));
    }

    void nextAndPreviousWalkTheChanges()
    {
        QStringList a, b;
        for (int i = 0; i < 300; ++i) {
            a << QStringLiteral("line %1").arg(i);
            b << (i == 20 || i == 250 ? QStringLiteral("changed %1").arg(i) : a.back());
        }
        DiffView view;
        view.resize(900, 300);
        view.setTexts(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')), QStringLiteral("a"), QStringLiteral("b"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.changeCount(), 2);
        QVERIFY(view.nextChange());
        QCOMPARE(view.leftEdit()->textCursor().blockNumber(), 20);
        QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("nextChange")), Qt::LeftButton);
        QCOMPARE(view.currentChange(), 1);
        QCOMPARE(view.rightEdit()->textCursor().blockNumber(), 250);
        // The far change is scrolled into view on both sides, in step.
        QVERIFY(view.leftEdit()->verticalScrollBar()->value() > 150);
        QCOMPARE(view.leftEdit()->verticalScrollBar()->value(), view.rightEdit()->verticalScrollBar()->value());
        QVERIFY(!view.nextChange());
        QVERIFY(view.previousChange());
        QCOMPARE(view.currentChange(), 0);
        view.rightEdit()->verticalScrollBar()->setValue(100);
        QCOMPARE(view.leftEdit()->verticalScrollBar()->value(), 100);
    }

    void whitespaceToggleHidesWhitespaceOnlyChanges()
    {
        DiffView view;
        view.setTexts(QStringLiteral("a  b\nc"), QStringLiteral("a b\nc"), QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(view.document().stats.changes, 1);
        view.findChild<QCheckBox *>(QStringLiteral("ignoreWhitespace"))->click();
        QVERIFY(view.ignoresWhitespace());
        QCOMPARE(view.document().stats.changes, 0);
        QVERIFY(view.summaryLabel()->text().startsWith(QStringLiteral("No differences")));
    }

    void chatPromptVersionsRenderAndPictures()
    {
        QFile f(test::testData(QStringLiteral("prompts/support-answer-versions.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray versions = QJsonDocument::fromJson(f.readAll()).array();
        auto content = [&](int i) {
            const QJsonObject o = versions.at(i).toObject();
            return diff::PromptContent{o[QStringLiteral("type")].toString(),
                                       QString::fromUtf8(QJsonDocument(o[QStringLiteral("prompt")].toArray()).toJson(QJsonDocument::Compact)),
                                       QString::fromUtf8(QJsonDocument(o[QStringLiteral("config")].toObject()).toJson(QJsonDocument::Compact))};
        };
        DiffView view;
        view.resize(1200, 560);
        view.setPrompts(content(0), content(2), QStringLiteral("support-answer v1"), QStringLiteral("support-answer v3"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Message headers, the placeholder and the config key paths are rows of their own.
        QVERIFY(line(view.rightEdit(), 0).endsWith(QStringLiteral("system")));
        bool placeholder = false, modelPath = false;
        for (int i = 0; i < view.rightEdit()->blockCount(); ++i) {
            placeholder |= line(view.rightEdit(), i).endsWith(QStringLiteral("placeholder {{history}}"));
            modelPath |= line(view.rightEdit(), i).endsWith(QStringLiteral("$.model"));
        }
        QVERIFY(placeholder && modelPath);
        const QString dir = qEnvironmentVariable("SPANSCOPE_SCREENSHOTS");
        if (!dir.isEmpty()) {
            view.grab().save(dir + QStringLiteral("/diffview-light.png"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            view.setPalette(dark);
            view.grab().save(dir + QStringLiteral("/diffview-dark.png"));
        }
    }

    void largePayloadsAreDiffedOffTheUiThread()
    {
        QString a, b;
        for (int i = 0; i < 6000; ++i) {
            a += QStringLiteral("row %1 of a long payload\n").arg(i);
            b += (i == 4000 ? QStringLiteral("row %1 of a LONG payload\n") : QStringLiteral("row %1 of a long payload\n")).arg(i);
        }
        DiffView view;
        QSignalSpy shown(&view, &DiffView::diffShown);
        view.setTexts(a, b, QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(view.isComputing());
        QVERIFY(shown.wait(10000));
        QCOMPARE(view.document().stats.changes, 1);
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
