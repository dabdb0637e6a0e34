// The Sync dialog against a local fake Langfuse server: a wrong secret key is reported as such by
// Test Connection; a sync started from the dialog lands exactly the server's traces, observations
// and scores in the open workspace, shows the counts and "Sync complete", and tells the workspace
// so the pages reload; a slow sync cancelled from the dialog says so, keeps the dialog open until
// the worker stopped, and the next sync completes the data.

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/fakelangfuse.h"
#include "generate/generator.h"
#include "store/database.h"
#include "sync/syncdialog.h"
#include "testsupport.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;
using spanscope::test::FakeLangfuse;

class TestSyncDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongSecretIsReported();
    void syncLandsTheServersData();
    void cancelStopsAndResumeCompletes();

private:
    // Fills the dialog's server and window fields for `server` (a custom server, no profile).
    void fillForm(SyncDialog &d, const FakeLangfuse &server, const QString &secret = QStringLiteral("sk-lf-test"));
    QTemporaryDir m_dir;
    QString m_jsonl;
};

void TestSyncDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SpanscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_syncdialog"));
    // No SDK environment and no saved profiles: the dialog starts on "Other server…".
    for (const char *v : { "LANGFUSE_HOST", "LANGFUSE_BASE_URL", "LANGFUSE_PUBLIC_KEY", "LANGFUSE_SECRET_KEY" })
        qunsetenv(v);
    QSettings().clear();
    m_jsonl = m_dir.filePath(QStringLiteral("gen.jsonl"));
    generate::Options g;
    g.traces = 40;
    g.spansPerTrace = 6;
    g.seed = 11;
    QVERIFY(generate::writeFile(m_jsonl, g).ok);
}

void TestSyncDialog::fillForm(SyncDialog &d, const FakeLangfuse &server, const QString &secret)
{
    QCOMPARE(d.findChild<QComboBox *>(QStringLiteral("syncProfile"))->currentData().toString(), QString());
    QLineEdit *host = d.findChild<QLineEdit *>(QStringLiteral("syncHost"));
    host->clear();
    QTest::keyClicks(host, server.host());
    d.findChild<QLineEdit *>(QStringLiteral("syncPublicKey"))->setText(QStringLiteral("pk-lf-test"));
    d.findChild<QLineEdit *>(QStringLiteral("syncSecret"))->setText(secret);
    // The generated data lies in January and February 2026.
    d.findChild<QDateTimeEdit *>(QStringLiteral("syncFrom"))->setDateTime(QDateTime(QDate(2025, 12, 25), QTime(0, 0), Qt::UTC));
    d.findChild<QDateTimeEdit *>(QStringLiteral("syncTo"))->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
}

void TestSyncDialog::wrongSecretIsReported()
{
    FakeLangfuse server;
    QVERIFY(server.loadJsonl(m_jsonl));
    Workspace ws;
    SyncDialog d(&ws);
    d.show();
    fillForm(d, server, QStringLiteral("sk-lf-wrong"));
    QLabel *result = d.findChild<QLabel *>(QStringLiteral("syncConnectionResult"));
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("syncTest")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✘")), 15000);
    QVERIFY2(result->text().contains(QStringLiteral("401")) || result->text().contains(QStringLiteral("key"), Qt::CaseInsensitive),
             qPrintable(result->text()));
    // The right key passes.
    d.findChild<QLineEdit *>(QStringLiteral("syncSecret"))->setText(QStringLiteral("sk-lf-test"));
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("syncTest")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✔")), 15000);
}

void TestSyncDialog::syncLandsTheServersData()
{
    FakeLangfuse server;
    QVERIFY(server.loadJsonl(m_jsonl));
    const QString path = m_dir.filePath(QStringLiteral("synced.spanscope"));
    Workspace ws;
    QVERIFY(ws.open(path).ok);
    SyncDialog d(&ws);
    d.show();
    fillForm(d, server);
    QSignalSpy changed(&ws, &Workspace::changed);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("syncStart")), Qt::LeftButton);
    QVERIFY(d.isSyncing());
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("syncClose"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isSyncing(), 60000);
    QLabel *window = d.findChild<QLabel *>(QStringLiteral("syncWindow"));
    QCOMPARE(window->text(), QStringLiteral("Sync complete."));
    QVERIFY(changed.count() >= 1);
    store::Database db;
    QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(server.traceCount()));
    QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(server.observationCount()));
    QCOMPARE(test::count(db, QStringLiteral("scores")), qint64(server.scoreCount()));
    // The counts line says what landed, as the user reads it.
    const QString counts = d.findChild<QLabel *>(QStringLiteral("syncCounts"))->text();
    QVERIFY2(counts.startsWith(QStringLiteral("%1 traces · %2 observations").arg(server.traceCount()).arg(server.observationCount())),
             qPrintable(counts));
    QCOMPARE(d.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->value(), 1000);
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("syncClose"))->isEnabled());
}

void TestSyncDialog::cancelStopsAndResumeCompletes()
{
    FakeLangfuse server;
    QVERIFY(server.loadJsonl(m_jsonl));
    server.withFaults([](FakeLangfuse::Faults &f) { f.slowMs = 150; });
    const QString path = m_dir.filePath(QStringLiteral("cancelled.spanscope"));
    Workspace ws;
    QVERIFY(ws.open(path).ok);
    SyncDialog d(&ws);
    d.show();
    fillForm(d, server);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("syncStart")), Qt::LeftButton);
    QVERIFY(d.isSyncing());
    QTest::qWait(600);
    QPushButton *cancel = d.findChild<QPushButton *>(QStringLiteral("syncCancel"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Closing is refused while the worker still runs.
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(d.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isSyncing(), 30000);
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("syncWindow"))->text(),
             QStringLiteral("Sync cancelled; the next sync resumes where it stopped."));
    int64_t partial = 0;
    {
        store::Database db;
        QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
        partial = test::count(db, QStringLiteral("observations"));
    }
    QVERIFY(partial < int64_t(server.observationCount()));
    // The next sync from the same dialog completes it.
    server.withFaults([](FakeLangfuse::Faults &f) { f.slowMs = 0; });
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("syncStart")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isSyncing(), 60000);
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("syncWindow"))->text(), QStringLiteral("Sync complete."));
    store::Database db;
    QVERIFY(db.open(path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(server.traceCount()));
    QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(server.observationCount()));
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
