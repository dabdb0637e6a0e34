// Prices page over a generated workspace: the bundled catalog is listed with per-1M prices; a
// Langfuse-format catalog file adds user entries (listed as "user"); a re-price from the page
// applies them (gpt-4o calls cost what the negotiated prices say, provided costs stay); a bad
// file is refused with a message and changes nothing; removing the entries brings the list back.

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "generate/generator.h"
#include "import/importservice.h"
#include "dialogs/priceentrydialog.h"
#include "pages/pricespage.h"
#include "testsupport.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

class TestPricesPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheBundledCatalog();
    void badFileIsRefused();
    void importAndRepriceApplyUserPrices();
    void removingUserEntries();
    void entryEditorValidatesAndSaves();
    void overridingABundledEntryReprices();

private:
    bool waitLoaded();
    int rowsWithOrigin(const QString &origin) const;
    QTemporaryDir m_dir;
    QString m_path;
    Workspace *m_ws = nullptr;
    PricesPage *m_page = nullptr;
};

bool TestPricesPage::waitLoaded()
{
    QTest::qWait(20);
    for (int i = 0; i < 400 && m_page->isLoading(); ++i)
        QTest::qWait(25);
    return !m_page->isLoading();
}

int TestPricesPage::rowsWithOrigin(const QString &origin) const
{
    int n = 0;
    for (int r = 0; r < m_page->table()->rowCount(); ++r)
        n += m_page->table()->item(r, 1)->text() == origin;
    return n;
}

void TestPricesPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTest"));
    generate::Options o;
    o.traces = 400;
    o.seed = 12;
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    {
        store::Database db;
        QVERIFY(db.open(m_path).ok);
        const QString error = test::importGenerated(db, m_dir.filePath(QStringLiteral("gen.jsonl")), o);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_ws = new Workspace(this);
    m_page = new PricesPage(m_ws);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(m_ws->open(m_path).ok);
    QVERIFY(waitLoaded());
}

void TestPricesPage::listsTheBundledCatalog()
{
    QVERIFY(m_page->table()->rowCount() > 100);
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 0);
    // gpt-4o-mini: $0.15 input and $0.60 output per 1M tokens in the bundled catalog.
    bool found = false;
    for (int r = 0; r < m_page->table()->rowCount(); ++r)
        if (m_page->table()->item(r, 0)->text() == QLatin1String("gpt-4o-mini")) {
            found = true;
            QCOMPARE(m_page->table()->item(r, 2)->text(), QStringLiteral("$0.15"));
            QCOMPARE(m_page->table()->item(r, 3)->text(), QStringLiteral("$0.6"));
        }
    QVERIFY(found);
}

void TestPricesPage::badFileIsRefused()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"data\": [ {\"id\": 1");
    f.close();
    QSignalSpy error(m_page, &PricesPage::errorOccurred);
    m_page->importCatalogFile(bad);
    QVERIFY(error.wait(5000));
    QVERIFY(waitLoaded());
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("was not imported")));
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 0);
}

void TestPricesPage::importAndRepriceApplyUserPrices()
{
    QSignalSpy changed(m_page, &PricesPage::catalogChanged);
    m_page->importCatalogFile(test::testData(QStringLiteral("pricing/user-overrides.json")));
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded());
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 2);

    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    const double provided = test::scalar(db, QStringLiteral("SELECT total(cost_provided) FROM observations")).toDouble();
    QSignalSpy repriced(m_page, &PricesPage::repriced);
    m_page->reprice(true);
    QVERIFY(repriced.wait(20000));
    QVERIFY2(m_page->lastReprice().ok, qPrintable(m_page->lastReprice().error));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("Re-priced")));
    // Negotiated mid-2025 prices: $0.50 input, $2 output per 1M tokens.
    const double expected = test::scalar(db, QStringLiteral(
        "SELECT total(json_extract(usage_details, '$.input')) * 0.0000005 + total(json_extract(usage_details, '$.output')) * 0.000002 "
        "FROM observations WHERE model = 'gpt-4o'")).toDouble();
    const double computed = test::scalar(db, QStringLiteral("SELECT total(cost_computed) FROM observations WHERE model = 'gpt-4o'")).toDouble();
    QVERIFY(expected > 0);
    QVERIFY(std::fabs(computed - expected) < 1e-9);
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("model = 'gpt-4o' AND price_model_id <> 'user-gpt-4o-late'")), qint64(0));
    QVERIFY(std::fabs(test::scalar(db, QStringLiteral("SELECT total(cost_provided) FROM observations")).toDouble() - provided) < 1e-9);
}

void TestPricesPage::removingUserEntries()
{
    for (const QString &id : { QStringLiteral("user-gpt-4o-early"), QStringLiteral("user-gpt-4o-late") }) {
        QSignalSpy changed(m_page, &PricesPage::catalogChanged);
        m_page->removeUserEntry(id);
        QVERIFY(changed.wait(5000));
        QVERIFY(waitLoaded());
    }
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 0);
}

namespace {
// Sets a price per 1M units for a usage key in the editor's table (adds the row when missing);
// an empty text clears the price.
void setPrice(PriceEntryDialog *d, const QString &key, const QString &perMillion)
{
    QTableWidget *t = d->pricesTable();
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == key) {
            t->item(r, 1)->setText(perMillion);
            return;
        }
    const int r = t->rowCount();
    t->insertRow(r);
    t->setItem(r, 0, new QTableWidgetItem(key));
    t->setItem(r, 1, new QTableWidgetItem(perMillion));
}

QPushButton *saveButton(PriceEntryDialog *d)
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

// Runs `fill` on the editor editEntry() opens (it is modal), then clicks Save.
void whenEditorOpens(const std::function<void(PriceEntryDialog *)> &fill, bool *ran)
{
    QTimer::singleShot(50, [fill, ran] {
        auto *d = qobject_cast<PriceEntryDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        fill(d);
        *ran = true;
        if (saveButton(d)->isEnabled())
            saveButton(d)->click();
        else
            d->reject();
    });
}
} // namespace

void TestPricesPage::entryEditorValidatesAndSaves()
{
    const QString model = QStringLiteral("ft:gpt-4o-mini:acme");
    QString problemWithBadPattern, sampleResult, pattern;
    bool saveEnabledWhenBad = true, ran = false;
    whenEditorOpens(
        [&](PriceEntryDialog *d) {
            QTest::keyClicks(d->modelEdit(), model);
            pattern = d->patternEdit()->text();
            sampleResult = d->sampleResult()->text();
            setPrice(d, QStringLiteral("input"), QStringLiteral("1.5"));
            setPrice(d, QStringLiteral("output"), QStringLiteral("6"));
            if (const QString shots = qEnvironmentVariable("SPANSCOPE_SHOTS"); !shots.isEmpty())
                d->grab().save(shots + QStringLiteral("/price-entry.png"));
            d->patternEdit()->setText(QStringLiteral("(?i)^(ft:gpt-4o-mini"));
            problemWithBadPattern = d->findChild<QLabel *>(QStringLiteral("priceProblem"))->text();
            saveEnabledWhenBad = saveButton(d)->isEnabled();
            d->patternEdit()->setText(pattern);
        },
        &ran);
    QSignalSpy changed(m_page, &PricesPage::catalogChanged);
    m_page->editEntry(QString());
    QVERIFY(ran);
    // The pattern follows the name (escaped), and the sample (the name itself) matches it.
    QCOMPARE(pattern, QStringLiteral("(?i)^(ft\\:gpt\\-4o\\-mini\\:acme)$"));
    QCOMPARE(sampleResult, QStringLiteral("matches"));
    QVERIFY(problemWithBadPattern.contains(QStringLiteral("not a valid regular expression")));
    QVERIFY(!saveEnabledWhenBad);
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded());
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 1);
    int row = -1;
    for (int r = 0; r < m_page->table()->rowCount(); ++r)
        if (m_page->table()->item(r, 0)->text() == model)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(m_page->table()->item(row, 1)->text(), QStringLiteral("user"));
    QCOMPARE(m_page->table()->item(row, 2)->text(), QStringLiteral("$1.5"));
    QCOMPARE(m_page->table()->item(row, 3)->text(), QStringLiteral("$6"));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT json_extract(tiers, '$[0].prices.output') FROM model_prices WHERE id = '%1'").arg(model)).toDouble(),
             6e-6);

    // Editing it again changes the same entry (no second one) and keeps what was not touched.
    ran = false;
    whenEditorOpens([&](PriceEntryDialog *d) { setPrice(d, QStringLiteral("output"), QStringLiteral("8")); }, &ran);
    m_page->editEntry(model);
    QVERIFY(ran);
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded());
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT json_extract(tiers, '$[0].prices.input') || ' ' || json_extract(tiers, '$[0].prices.output') FROM model_prices")).toString(),
             QStringLiteral("1.5e-06 8.0e-06"));
    m_page->removeUserEntry(model);
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded());
}

void TestPricesPage::overridingABundledEntryReprices()
{
    // Editing the bundled gpt-4o-mini entry creates a user entry that overrides it; re-pricing
    // then prices every gpt-4o-mini call with the edited prices.
    QString bundledId;
    for (int r = 0; r < m_page->table()->rowCount(); ++r)
        if (m_page->table()->item(r, 0)->text() == QLatin1String("gpt-4o-mini"))
            bundledId = m_page->table()->item(r, 0)->data(Qt::UserRole).toString();
    QVERIFY(!bundledId.isEmpty());
    bool ran = false;
    QString modelShown;
    whenEditorOpens(
        [&](PriceEntryDialog *d) {
            modelShown = d->modelEdit()->text();
            QTableWidget *t = d->pricesTable();
            for (int r = 0; r < t->rowCount(); ++r)
                t->item(r, 1)->setText(QString());
            setPrice(d, QStringLiteral("input"), QStringLiteral("1"));
            setPrice(d, QStringLiteral("output"), QStringLiteral("4"));
            d->tiersEdit()->clear();
        },
        &ran);
    QSignalSpy changed(m_page, &PricesPage::catalogChanged);
    m_page->editEntry(bundledId);
    QVERIFY(ran);
    QCOMPARE(modelShown, QStringLiteral("gpt-4o-mini"));
    QVERIFY(changed.wait(5000));
    QVERIFY(waitLoaded());
    QCOMPARE(rowsWithOrigin(QStringLiteral("user")), 1);

    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT id FROM model_prices WHERE origin = 'user'")).toString(),
             QStringLiteral("user-") + bundledId);
    QSignalSpy repriced(m_page, &PricesPage::repriced);
    m_page->reprice(true);
    QVERIFY(repriced.wait(20000));
    QVERIFY2(m_page->lastReprice().ok, qPrintable(m_page->lastReprice().error));
    const double expected = test::scalar(db, QStringLiteral(
        "SELECT total(json_extract(usage_details, '$.input')) * 0.000001 + total(json_extract(usage_details, '$.output')) * 0.000004 "
        "FROM observations WHERE model = 'gpt-4o-mini'")).toDouble();
    const double computed = test::scalar(db, QStringLiteral("SELECT total(cost_computed) FROM observations WHERE model = 'gpt-4o-mini'")).toDouble();
    QVERIFY(expected > 0);
    QVERIFY(std::fabs(computed - expected) < 1e-9);
    QCOMPARE(test::count(db, QStringLiteral("observations"),
                         QStringLiteral("model = 'gpt-4o-mini' AND price_model_id <> 'user-%1'").arg(bundledId)),
             qint64(0));
}

QTEST_MAIN(TestPricesPage)
#include "tst_pricespage.moc"
