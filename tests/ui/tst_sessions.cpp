// Sessions page: the list matches the workspace (one row per session with its trace count,
// tokens and cost), opening a session shows its traces in time order as a conversation with each
// turn's input and output, a turn's link asks to open that trace, and the filter narrows by user.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "generate/generator.h"
#include "import/importservice.h"
#include "models/sessionlistmodel.h"
#include "pages/sessionspage.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/format.h"
#include "widgets/chatview.h"
#include "workspace.h"

using namespace spanscope;
using namespace spanscope::ui;

class TestSessions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listMatchesTheWorkspace();
    void sessionReadsAsConversationInOrder();
    void turnLinkOpensTrace();
    void filterNarrowsByUser();

private:
    bool waitLoaded(SessionsPage &page);
    QTemporaryDir m_dir;
    QString m_path;
    Workspace *m_ws = nullptr;
};

bool TestSessions::waitLoaded(SessionsPage &page)
{
    for (int i = 0; i < 200 && page.isLoading(); ++i)
        QTest::qWait(25);
    return !page.isLoading();
}

void TestSessions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sessions.spanscope"));
    const QString file = m_dir.filePath(QStringLiteral("gen.jsonl"));
    generate::Options o;
    o.traces = 60;
    o.spansPerTrace = 8;
    o.seed = 3;
    QVERIFY(generate::writeFile(file, o).ok);
    store::Database db;
    QVERIFY(db.open(m_path).ok);
    const import::ImportSummary s = import::importFiles(db, { file });
    QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
    m_ws = new Workspace(this);
    QVERIFY(m_ws->open(m_path).ok);
}

void TestSessions::listMatchesTheWorkspace()
{
    SessionsPage page(m_ws);
    QAbstractItemModelTester tester(page.sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1500, 850);
    page.show();
    QVERIFY(waitLoaded(page));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    const qint64 sessions = test::scalar(db, QStringLiteral("SELECT count(DISTINCT session_id) FROM traces")).toLongLong();
    QVERIFY(sessions > 3);
    QCOMPARE(page.sessionModel()->rowCount(), int(sessions));
    QCOMPARE(page.countLabel()->text(), SessionsPage::tr("%n session(s)", nullptr, int(sessions)));
    // Every row's numbers are the sums over its traces.
    for (int r = 0; r < page.sessionModel()->rowCount(); ++r) {
        const QString id = page.sessionModel()->index(r, 0).data(SessionListModel::SessionIdRole).toString();
        const QString where = QStringLiteral("session_id = '%1'").arg(id);
        QCOMPARE(page.sessionModel()->index(r, SessionListModel::TracesColumn).data().toString(),
                 formatCount(test::count(db, QStringLiteral("traces"), where)));
        QCOMPARE(page.sessionModel()->index(r, SessionListModel::TokensColumn).data().toString(),
                 formatCount(test::scalar(db, QStringLiteral("SELECT sum(total_tokens) FROM traces WHERE ") + where).toLongLong()));
        QCOMPARE(page.sessionModel()->index(r, SessionListModel::CostColumn).data().toString(),
                 formatCost(test::scalar(db, QStringLiteral("SELECT sum(cost) FROM traces WHERE ") + where).toDouble()));
    }
    // Most recent activity first.
    const QString newest = test::scalar(db, QStringLiteral("SELECT session_id FROM traces WHERE session_id IS NOT NULL "
                                                           "ORDER BY coalesce(end_ns, timestamp_ns) DESC LIMIT 1")).toString();
    QCOMPARE(page.sessionModel()->index(0, 0).data().toString(), newest);
}

void TestSessions::sessionReadsAsConversationInOrder()
{
    SessionsPage page(m_ws);
    page.resize(1500, 850);
    page.show();
    QVERIFY(waitLoaded(page));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    // The session with the most traces.
    const QString session = test::scalar(db, QStringLiteral("SELECT session_id FROM traces WHERE session_id IS NOT NULL "
                                                            "GROUP BY session_id ORDER BY count(*) DESC, session_id LIMIT 1")).toString();
    const int row = page.sessionModel()->rowOfSession(session);
    QVERIFY(row >= 0);
    QSignalSpy shown(&page, &SessionsPage::conversationShown);
    QTest::mouseClick(page.sessionView()->viewport(), Qt::LeftButton, {},
                      page.sessionView()->visualRect(page.sessionModel()->index(row, 1)).center());
    QVERIFY(shown.count() > 0 || shown.wait(5000));
    QCOMPARE(page.currentSessionId(), session);
    const QString text = page.conversationView()->toPlainText();
    // Each trace is a turn, in time order, with the text of its input.
    store::Statement st(db, "SELECT name, json_extract(input, '$.query') FROM traces WHERE session_id = ?1 "
                            "ORDER BY timestamp_ns, id");
    st.bind(1, session);
    qsizetype pos = 0;
    int turn = 0;
    while (st.step()) {
        ++turn;
        const qsizetype head = text.indexOf(QStringLiteral("Turn %1 · %2").arg(turn).arg(st.qtext(0)), pos);
        QVERIFY2(head >= pos, qPrintable(QStringLiteral("turn %1 missing or out of order").arg(turn)));
        const QString query = st.qtext(1);
        QVERIFY(!query.isEmpty());
        const qsizetype q = text.indexOf(query.left(60), head);
        QVERIFY2(q > head, qPrintable(query.left(60)));
        pos = q;
    }
    QVERIFY(turn >= 2);
    QDir().mkpath(QStringLiteral("/tmp/spanscope-shots"));
    QVERIFY(page.grab().save(QStringLiteral("/tmp/spanscope-shots/sessions.png")));
}

void TestSessions::turnLinkOpensTrace()
{
    SessionsPage page(m_ws);
    page.resize(1500, 850);
    page.show();
    QVERIFY(waitLoaded(page));
    QVERIFY(!page.currentSessionId().isEmpty()); // the first session opens by itself
    QVERIFY(waitLoaded(page));
    QSignalSpy open(&page, &SessionsPage::openTraceRequested);
    // Click the first turn's link (the anchor in the first heading).
    ChatView *view = page.conversationView();
    QTextCursor cursor = view->document()->find(QStringLiteral("Turn 1 · "));
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::NextCharacter);
    QTextCursor link(cursor.block());
    link.setPosition(cursor.block().position() + cursor.block().text().indexOf(QStringLiteral(" · ")) + 4);
    const QRect r = view->cursorRect(link);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center() + QPoint(4, 0));
    QCOMPARE(open.count(), 1);
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    const QString first = test::scalar(db, QStringLiteral("SELECT id FROM traces WHERE session_id = '%1' "
                                                          "ORDER BY timestamp_ns, id LIMIT 1").arg(page.currentSessionId())).toString();
    QCOMPARE(open.at(0).at(0).toString(), first);
}

void TestSessions::filterNarrowsByUser()
{
    SessionsPage page(m_ws);
    page.show();
    QVERIFY(waitLoaded(page));
    store::Database db;
    QVERIFY(db.open(m_path, store::Database::Mode::ReadOnly).ok);
    const QString user = test::scalar(db, QStringLiteral("SELECT user_id FROM traces WHERE session_id IS NOT NULL "
                                                         "AND user_id IS NOT NULL ORDER BY id LIMIT 1")).toString();
    const qint64 expected = test::scalar(db, QStringLiteral("SELECT count(DISTINCT session_id) FROM traces WHERE "
                                                            "session_id IN (SELECT session_id FROM traces WHERE instr(lower(user_id), lower('%1')) > 0) "
                                                            "OR instr(lower(session_id), lower('%1')) > 0").arg(user)).toLongLong();
    QSignalSpy loaded(&page, &SessionsPage::sessionsLoaded);
    QTest::keyClicks(page.filterField(), user);
    QTest::keyClick(page.filterField(), Qt::Key_Return);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.sessionModel()->rowCount(), int(expected));
    QVERIFY(page.sessionModel()->rowCount() < int(test::scalar(db, QStringLiteral("SELECT count(DISTINCT session_id) FROM traces")).toLongLong()));
    for (int r = 0; r < page.sessionModel()->rowCount(); ++r)
        QVERIFY(page.sessionModel()->index(r, SessionListModel::UserColumn).data().toString().contains(user)
                || page.sessionModel()->index(r, 0).data().toString().contains(user));
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
