// The compiled translations ship inside the ui library and translate what the user reads:
// headers, menus and plural phrases in Russian and German; English plurals read naturally.

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void catalogsAreCompiledIntoResources_data();
    void catalogsAreCompiledIntoResources();
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
};

void TestTranslations::catalogsAreCompiledIntoResources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru header") << "ru"
                               << "spanscope::ui::TraceListModel"
                               << "Time" << QStringLiteral("Время");
    QTest::newRow("ru menu") << "ru"
                             << "spanscope::ui::MainWindow"
                             << "&File" << QStringLiteral("&Файл");
    QTest::newRow("de header") << "de"
                               << "spanscope::ui::TraceListModel"
                               << "Latency" << QStringLiteral("Latenz");
    QTest::newRow("de menu") << "de"
                             << "spanscope::ui::MainWindow"
                             << "&Import Files…" << QStringLiteral("Dateien &importieren…");
}

void TestTranslations::catalogsAreCompiledIntoResources()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/spanscope_") + language + QStringLiteral(".qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru 1") << "ru" << 1 << QStringLiteral("1 трассировка");
    QTest::newRow("ru 3") << "ru" << 3 << QStringLiteral("3 трассировки");
    QTest::newRow("ru 25") << "ru" << 25 << QStringLiteral("25 трассировок");
    QTest::newRow("de 1") << "de" << 1 << QStringLiteral("1 Trace");
    QTest::newRow("de 2") << "de" << 2 << QStringLiteral("2 Traces");
    QTest::newRow("en 1") << "en" << 1 << QStringLiteral("1 trace");
    QTest::newRow("en 7") << "en" << 7 << QStringLiteral("7 traces");
}

void TestTranslations::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/spanscope_") + language + QStringLiteral(".qm")));
    QCoreApplication::installTranslator(&translator);
    // %Ln groups digits by the default locale; the numbers here are too small to be grouped.
    QCOMPARE(QCoreApplication::translate("spanscope::ui::MainWindow", "%Ln trace(s)", nullptr, n), expected);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
