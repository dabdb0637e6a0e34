// ReadJobs: work runs off the caller's thread on a read-only connection, the result comes back on
// the receiver's thread, a newer job on the same channel supersedes an older one, and a result
// for a destroyed receiver is never delivered.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "jobs/readjobs.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;

class TestReadJobs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deliversOnReceiverThreadFromWorker();
    void newerJobOnSameChannelSupersedesOlder();
    void destroyedReceiverGetsNothing();
    void missingWorkspaceReportsFailure();
    void connectionIsReadOnly();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReadJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("w.spanscope"));
    store::Database db;
    QVERIFY(db.open(m_path).ok);
    QVERIFY(db.exec("INSERT INTO traces(id, name) VALUES ('t1','alpha'),('t2','beta')").ok);
}

void TestReadJobs::deliversOnReceiverThreadFromWorker()
{
    jobs::ReadJobs jobs;
    jobs.setDatabasePath(m_path);
    QObject receiver;
    QThread *workerThread = nullptr;
    qint64 traces = -1;
    QThread *deliveredOn = nullptr;
    jobs.run<qint64>(
        QStringLiteral("count"), &receiver,
        [&](store::Database &db) {
            workerThread = QThread::currentThread();
            return test::count(db, QStringLiteral("traces"));
        },
        [&](qint64 n) {
            traces = n;
            deliveredOn = QThread::currentThread();
        });
    QTRY_COMPARE(traces, qint64(2));
    QVERIFY(workerThread != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QTRY_VERIFY(!jobs.isBusy(QStringLiteral("count")));
}

void TestReadJobs::newerJobOnSameChannelSupersedesOlder()
{
    jobs::ReadJobs jobs;
    jobs.setDatabasePath(m_path);
    QObject receiver;
    QStringList delivered;
    std::atomic<bool> release{false};
    jobs.run<QString>(
        QStringLiteral("list"), &receiver,
        [&](store::Database &) {
            while (!release.load())
                QThread::msleep(1);
            return QStringLiteral("old");
        },
        [&](QString s) { delivered << s; });
    jobs.run<QString>(
        QStringLiteral("list"), &receiver, [](store::Database &) { return QStringLiteral("new"); },
        [&](QString s) { delivered << s; });
    release = true;
    jobs.waitForDone();
    QTRY_VERIFY(!jobs.isBusy(QStringLiteral("list")));
    QTest::qWait(20);
    QCOMPARE(delivered, QStringList{QStringLiteral("new")});
}

void TestReadJobs::destroyedReceiverGetsNothing()
{
    jobs::ReadJobs jobs;
    jobs.setDatabasePath(m_path);
    bool called = false;
    auto *receiver = new QObject;
    jobs.run<int>(QStringLiteral("x"), receiver, [](store::Database &) { return 1; }, [&](int) { called = true; });
    delete receiver;
    jobs.waitForDone();
    QTRY_VERIFY(!jobs.isBusy(QStringLiteral("x")));
    QVERIFY(!called);
}

void TestReadJobs::missingWorkspaceReportsFailure()
{
    jobs::ReadJobs jobs;
    jobs.setDatabasePath(m_dir.filePath(QStringLiteral("absent.spanscope")));
    QObject receiver;
    QString error;
    bool called = false;
    jobs.run<int>(
        QStringLiteral("x"), &receiver, [](store::Database &) { return 1; }, [&](int) { called = true; },
        [&](QString e) { error = e; });
    QTRY_VERIFY(!error.isEmpty());
    QVERIFY(!called);
}

void TestReadJobs::connectionIsReadOnly()
{
    jobs::ReadJobs jobs;
    jobs.setDatabasePath(m_path);
    QObject receiver;
    std::optional<bool> writeOk;
    jobs.run<bool>(
        QStringLiteral("w"), &receiver, [](store::Database &db) { return db.exec("DELETE FROM traces").ok; },
        [&](bool ok) { writeOk = ok; });
    QTRY_VERIFY(writeOk.has_value());
    QVERIFY(!*writeOk);
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(2));
}

QTEST_GUILESS_MAIN(TestReadJobs)
#include "tst_readjobs.moc"
