// spanscope-cli sync against a local fake Langfuse server: keys from the SDK environment
// variables, JSON summary, clear failures, --check messages, profiles, and a sync killed
// (SIGKILL) mid-way that resumes to the same end state.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "fakelangfuse.h"
#include "generate/generator.h"
#include "remote/profiles.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;
using spanscope::test::FakeLangfuse;

class TestSyncCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_jsonl;
    const QStringList m_window{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-02-10")};

    void setKeys(const QString &host, const QString &secret = QStringLiteral("sk-lf-test"))
    {
        qputenv("LANGFUSE_HOST", host.toUtf8());
        qunsetenv("LANGFUSE_BASE_URL");
        qputenv("LANGFUSE_PUBLIC_KEY", "pk-lf-test");
        qputenv("LANGFUSE_SECRET_KEY", secret.toUtf8());
    }
    static QJsonObject lastJson(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("SPANSCOPE_SYNC_PROFILES", m_dir.filePath(QStringLiteral("profiles.conf")).toUtf8());
        m_jsonl = m_dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options g;
        g.traces = 30;
        g.spansPerTrace = 6;
        g.seed = 11;
        QVERIFY(generate::writeFile(m_jsonl, g).ok);
    }

    void syncWithSdkEnvironmentVariables()
    {
        FakeLangfuse server;
        QVERIFY(server.loadJsonl(m_jsonl));
        // LANGFUSE_BASE_URL is honoured when LANGFUSE_HOST is not set.
        setKeys(QString());
        qunsetenv("LANGFUSE_HOST");
        qputenv("LANGFUSE_BASE_URL", server.host().toUtf8());
        const QString db = m_dir.filePath(QStringLiteral("env.db"));
        const test::CliResult r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--json")} + m_window);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = lastJson(r.out);
        QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QLatin1String("observations")).toInteger(), qint64(server.observationCount()));
        QCOMPARE(o.value(QLatin1String("apis")).toObject().value(QLatin1String("observations")).toString(), QStringLiteral("v2"));
        store::Database d;
        QVERIFY(d.open(db).ok);
        QCOMPARE(test::count(d, QStringLiteral("traces")), qint64(server.traceCount()));
        QCOMPARE(test::count(d, QStringLiteral("observations")), qint64(server.observationCount()));
        QCOMPARE(test::count(d, QStringLiteral("scores")), qint64(server.scoreCount()));
        // The secret is in no file the sync wrote.
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("sk-lf-test"));
    }

    void usageAndAuthFailuresAreClear()
    {
        FakeLangfuse server;
        QVERIFY(server.loadJsonl(m_jsonl));
        setKeys(server.host());
        qunsetenv("LANGFUSE_SECRET_KEY");
        const QString db = m_dir.filePath(QStringLiteral("fail.db"));
        test::CliResult r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + m_window);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("LANGFUSE_SECRET_KEY"));
        setKeys(server.host(), QStringLiteral("sk-wrong"));
        r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + m_window);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY(!r.err.contains("sk-wrong"));
        r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("yesterday-ish")});
        QCOMPARE(r.exitCode, 1);
    }

    void checkExplainsEachProblem_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("ok") << QString() << QStringLiteral("sk-lf-test") << 0 << QStringLiteral("Fake project");
        QTest::newRow("wrong keys") << QString() << QStringLiteral("sk-nope") << 2 << QStringLiteral("Wrong keys");
        QTest::newRow("unknown host") << QStringLiteral("https://no-such-host.invalid") << QStringLiteral("sk-lf-test") << 2
                                      << QStringLiteral("Unknown host");
        QTest::newRow("nothing listening") << QStringLiteral("http://127.0.0.1:9") << QStringLiteral("sk-lf-test") << 2
                                           << QStringLiteral("Cannot reach");
        QTest::newRow("not a server address") << QStringLiteral("ftp://x") << QStringLiteral("sk-lf-test") << 2
                                              << QStringLiteral("not a server address");
    }
    void checkExplainsEachProblem()
    {
        QFETCH(QString, host);
        QFETCH(QString, secret);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        FakeLangfuse server;
        setKeys(host.isEmpty() ? server.host() : host, secret);
        const test::CliResult r = test::runCli({QStringLiteral("sync"), QStringLiteral("--check")}, 60000);
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray all = r.out + '\n' + r.err;
        QVERIFY2(all.contains(says.toUtf8()), all.constData());
    }

    void checkRecognisesAServerThatIsNotLangfuse()
    {
        // A plain HTTP server that answers 404 everywhere.
        test::http::Server plain;
        const int port = plain.bind_to_any_port("127.0.0.1");
        std::thread t([&] { plain.listen_after_bind(); });
        setKeys(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const test::CliResult r = test::runCli({QStringLiteral("sync"), QStringLiteral("--check")}, 60000);
        plain.stop();
        t.join();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not like a Langfuse server"), r.err.constData());
    }

    void profileSuppliesHostAndPublicKey()
    {
        FakeLangfuse server;
        QVERIFY(server.loadJsonl(m_jsonl));
        QVERIFY(remote::saveProfiles({{QStringLiteral("local"), server.host(), QStringLiteral("pk-lf-test")}}));
        qunsetenv("LANGFUSE_HOST");
        qunsetenv("LANGFUSE_BASE_URL");
        qunsetenv("LANGFUSE_PUBLIC_KEY");
        qputenv("LANGFUSE_SECRET_KEY", "sk-lf-test");
        const QString db = m_dir.filePath(QStringLiteral("profile.db"));
        const test::CliResult r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db,
                                                           QStringLiteral("--profile"), QStringLiteral("local"),
                                                           QStringLiteral("--json")} + m_window);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        store::Database d;
        QVERIFY(d.open(db).ok);
        QCOMPARE(test::count(d, QStringLiteral("sync_coverage"), QStringLiteral("profile = 'local'")), qint64(1));
        QFile conf(m_dir.filePath(QStringLiteral("profiles.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains("sk-lf-test"));
    }

    void killedSyncResumesToTheSameEndState()
    {
        FakeLangfuse server;
        QVERIFY(server.loadJsonl(m_jsonl));
        setKeys(server.host());
        const QString clean = m_dir.filePath(QStringLiteral("clean.db"));
        const test::CliResult first = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), clean, QStringLiteral("--json")} + m_window);
        QCOMPARE(first.exitCode, 0);
        const qint64 allWindows = lastJson(first.out).value(QLatin1String("windows")).toInteger();

        server.withFaults([](FakeLangfuse::Faults &f) { f.slowMs = 60; });
        const QString killed = m_dir.filePath(QStringLiteral("killed.db"));
        QProcess p;
        p.start(QStringLiteral(SPANSCOPE_CLI), QStringList{QStringLiteral("sync"), QStringLiteral("--db"), killed} + m_window);
        QVERIFY(p.waitForStarted());
        // Kill hard once some windows are saved (the coverage table has rows).
        bool sawCoverage = false;
        for (int i = 0; i < 400 && !sawCoverage && p.state() == QProcess::Running; ++i) {
            QThread::msleep(25);
            store::Database peek;
            if (peek.open(killed, store::Database::Mode::ReadOnly).ok)
                sawCoverage = test::count(peek, QStringLiteral("sync_coverage")) > 0;
        }
        QVERIFY(sawCoverage);
        QVERIFY(p.state() == QProcess::Running);
        p.kill();
        p.waitForFinished();
        server.withFaults([](FakeLangfuse::Faults &f) { f.slowMs = 0; });
        {
            store::Database d;
            QVERIFY(d.open(killed).ok);
            QVERIFY(test::count(d, QStringLiteral("observations")) < qint64(server.observationCount()));
        }
        const test::CliResult r = test::runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), killed, QStringLiteral("--json")} + m_window);
        QCOMPARE(r.exitCode, 0);
        // Only the windows the killed run had not saved are fetched again.
        const qint64 resumed = lastJson(r.out).value(QLatin1String("windows")).toInteger();
        QVERIFY2(resumed > 0 && resumed < allWindows, qPrintable(QStringLiteral("%1 of %2").arg(resumed).arg(allWindows)));
        store::Database a, b;
        QVERIFY(a.open(clean).ok);
        QVERIFY(b.open(killed).ok);
        for (const char *q : {"SELECT count(*), total(cost), total(total_tokens), group_concat(id) FROM (SELECT * FROM traces ORDER BY id)",
                              "SELECT count(*), total(depth), total(preorder), group_concat(id) FROM (SELECT * FROM observations ORDER BY id)",
                              "SELECT count(*), total(value), group_concat(id) FROM (SELECT * FROM scores ORDER BY id)",
                              "SELECT count(*) FROM prompts"}) {
            store::Statement sa(a, q), sb(b, q);
            QVERIFY(sa.step() && sb.step());
            for (int c = 0; c < sa.columnCount(); ++c)
                QCOMPARE(sb.qtext(c), sa.qtext(c));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
