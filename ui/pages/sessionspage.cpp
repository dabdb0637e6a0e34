#include "pages/sessionspage.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "models/sessionlistmodel.h"
#include "store/sessionrepository.h"
#include "util/format.h"
#include "widgets/chatview.h"
#include "widgets/payloaddoc.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcSessionsPage, "spanscope.ui.sessions")

namespace spanscope::ui {

namespace {

const QString kListChannel = QStringLiteral("sessions-list");
const QString kTurnsChannel = QStringLiteral("session-turns");

struct SessionList {
    store::Status status;
    std::vector<store::SessionRow> rows;
    int64_t total = 0;
};

// One trace of a session, its payloads already read as messages (on the worker).
struct PreparedTurn {
    store::SessionTurn meta;
    std::vector<ChatMessage> input, output;
};

struct SessionTurns {
    store::Status status;
    std::vector<PreparedTurn> turns;
};

// The keys under which SDKs put the one text of a trace's input or output.
const char *const kTextKeys[] = { "query", "question", "input", "message", "prompt", "text", "content", "answer",
                                  "output", "response", "result" };

// A payload as the messages of one turn: chat payloads keep their messages (inputs only from the
// last user message on, since they usually repeat the whole history); anything else becomes one
// message of `role` with the text, or the JSON when there is no single text.
std::vector<ChatMessage> turnMessages(const std::optional<std::string> &json, bool cut, const QString &role,
                                      bool isInput)
{
    std::vector<ChatMessage> out;
    if (!json)
        return out;
    const PayloadDoc doc = buildPayloadDoc(json);
    if (doc.kind == PayloadDoc::Kind::Chat) {
        size_t from = 0;
        if (isInput) {
            for (size_t i = 0; i < doc.messages.size(); ++i)
                if (doc.messages[i].role == QLatin1String("user"))
                    from = i;
        }
        out.assign(doc.messages.begin() + qsizetype(from), doc.messages.end());
    } else if (doc.kind != PayloadDoc::Kind::Empty) {
        ChatMessage m;
        m.role = role;
        if (doc.kind == PayloadDoc::Kind::Text) {
            m.text = doc.text;
        } else {
            const auto &nodes = doc.json->nodes();
            const JsonNode &root = nodes.front();
            for (const char *key : kTextKeys) {
                for (int c : root.children) {
                    const JsonNode &n = nodes[size_t(c)];
                    if (n.kind == JsonNode::String && n.key == QLatin1String(key)) {
                        m.text = n.value;
                        break;
                    }
                }
                if (!m.text.isEmpty())
                    break;
            }
            if (m.text.isEmpty())
                m.otherParts = doc.json->toJson(0);
        }
        out.push_back(std::move(m));
    } else if (cut) {
        // Cut JSON does not parse: show the head as text.
        ChatMessage m;
        m.role = role;
        m.text = QString::fromStdString(*json);
        out.push_back(std::move(m));
    }
    if (cut && !out.empty())
        out.back().text += QLatin1Char('\n') + SessionsPage::tr("[… cut here; the trace shows all of it]");
    return out;
}

} // namespace

SessionsPage::SessionsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    // A page-owned runner is the fallback for a workspace without one (readJobs() prefers the
    // workspace's).
    m_ownJobs = std::make_unique<jobs::ReadJobs>();
    if (m_workspace) {
        m_ownJobs->setDatabasePath(m_workspace->path());
        connect(m_workspace, &Workspace::opened, this, [this](const QString &path) {
            m_ownJobs->setDatabasePath(path);
            m_sessionId.clear();
            reload();
        });
        connect(m_workspace, &Workspace::closed, this, [this] {
            m_ownJobs->setDatabasePath(QString());
            m_model->setRows({});
            m_conversation->setHtmlBody(QString());
        });
        connect(m_workspace, &Workspace::changed, this, &SessionsPage::reload);
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("sessionFilter"));
    m_filter->setPlaceholderText(tr("Filter by session id or user"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filterTimer, &QTimer::timeout, this, &SessionsPage::loadSessions);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        loadSessions();
    });

    m_model = new SessionListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 200, 110, 56, 150, 150, 86, 76, 90 };
    for (int c = 0; c < SessionListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_conversation = new ChatView(this);
    m_conversation->setObjectName(QStringLiteral("sessionConversation"));
    connect(m_conversation, &ChatView::traceLinkActivated, this, &SessionsPage::openTraceRequested);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 8, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_conversation, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 900, 600 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_title->setText(tr("Select a session to read it as a conversation."));
    if (m_workspace && m_workspace->isOpen())
        reload();
}

SessionsPage::~SessionsPage() = default;

jobs::ReadJobs *SessionsPage::readJobs() const
{
    // The workspace's shared runner when it has one (one pool, one connection per worker).
    if (m_workspace && m_workspace->readJobs())
        return m_workspace->readJobs();
    return m_ownJobs.get();
}

bool SessionsPage::isLoading() const
{
    return m_listLoading || m_turnsLoading;
}

void SessionsPage::reload()
{
    if (!m_sessionId.isEmpty() && m_pendingSession.isEmpty())
        m_pendingSession = m_sessionId;
    loadSessions();
}

void SessionsPage::showSession(const QString &sessionId)
{
    const int row = m_model->rowOfSession(sessionId);
    if (row >= 0 && !m_listLoading) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not in the (possibly filtered or limited) list: narrow the list to it.
    m_pendingSession = sessionId;
    if (m_filter->text() != sessionId) {
        m_filter->setText(sessionId);
        m_filterTimer->stop();
    }
    loadSessions();
}

void SessionsPage::loadSessions()
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    m_listLoading = true;
    m_count->setText(tr("Loading…"));
    const std::string filter = m_filter->text().trimmed().toStdString();
    jobs->run<std::shared_ptr<SessionList>>(
        kListChannel, this,
        [filter](store::Database &db) {
            auto out = std::make_shared<SessionList>();
            store::SessionRepository repo(db);
            out->status = repo.sessions(filter, kListLimit, out->rows);
            if (out->status)
                out->status = repo.sessionCount(out->total);
            return out;
        },
        [this](std::shared_ptr<SessionList> list) {
            m_listLoading = false;
            if (!list->status) {
                qCWarning(lcSessionsPage) << list->status.error;
                m_count->setText(list->status.error);
                emit errorOccurred(list->status.error);
                return;
            }
            const QString keep = m_pendingSession.isEmpty() ? m_sessionId : m_pendingSession;
            m_pendingSession.clear();
            m_model->setRows(std::move(list->rows));
            m_count->setText(m_filter->text().isEmpty()
                                 ? tr("%n session(s)", nullptr, int(list->total))
                                 : tr("%1 of %2").arg(m_model->rowCount()).arg(list->total));
            const int row = keep.isEmpty() ? -1 : m_model->rowOfSession(keep);
            if (row >= 0) {
                m_sessionId.clear(); // reload the conversation: an import may have added turns
                m_table->setCurrentIndex(m_model->index(row, 0));
                m_table->scrollTo(m_model->index(row, 0));
            } else if (m_model->rowCount() > 0 && keep.isEmpty()) {
                m_table->setCurrentIndex(m_model->index(0, 0));
            }
            emit sessionsLoaded();
        },
        [this](const QString &error) {
            m_listLoading = false;
            m_count->setText(error);
            emit errorOccurred(error);
        });
}

void SessionsPage::onCurrentRowChanged(const QModelIndex &current)
{
    const store::SessionRow *row = m_model->rowAt(current.row());
    if (!row)
        return;
    const QString id = QString::fromStdString(row->sessionId);
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    QString title = QStringLiteral("<b style='font-size:large'>%1</b><br>").arg(id.toHtmlEscaped());
    QStringList facts;
    if (row->userId)
        facts << tr("user %1").arg(QString::fromStdString(*row->userId).toHtmlEscaped());
    facts << tr("%n trace(s)", nullptr, int(row->traceCount)) << formatDuration(row->durationNs())
          << tr("%1 tokens").arg(formatCount(row->totalTokens)) << formatCost(row->cost);
    if (row->errorCount > 0)
        facts << QStringLiteral("<span style='color:#d32f2f'>%1</span>").arg(tr("%n error(s)", nullptr, int(row->errorCount)));
    m_title->setText(title + facts.join(QStringLiteral(" · ")));
    loadTurns(id);
}

void SessionsPage::loadTurns(const QString &sessionId)
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs)
        return;
    m_turnsLoading = true;
    m_conversation->setHtmlBody(QStringLiteral("<p>%1</p>").arg(tr("Loading…")));
    const std::string id = sessionId.toStdString();
    const QString userRole = QStringLiteral("user"), assistantRole = QStringLiteral("assistant");
    jobs->run<std::shared_ptr<SessionTurns>>(
        kTurnsChannel, this,
        [id, userRole, assistantRole](store::Database &db) {
            auto out = std::make_shared<SessionTurns>();
            store::SessionRepository repo(db);
            std::vector<store::SessionTurn> turns;
            out->status = repo.turns(id, kTurnLimit, turns);
            for (store::SessionTurn &t : turns) {
                PreparedTurn p;
                p.input = turnMessages(t.inputJson, t.inputCut, userRole, true);
                p.output = turnMessages(t.outputJson, t.outputCut, assistantRole, false);
                t.inputJson.reset();
                t.outputJson.reset();
                p.meta = std::move(t);
                out->turns.push_back(std::move(p));
            }
            return out;
        },
        [this, sessionId](std::shared_ptr<SessionTurns> result) {
            m_turnsLoading = false;
            if (!result->status) {
                m_conversation->setHtmlBody(result->status.error.toHtmlEscaped());
                emit errorOccurred(result->status.error);
                return;
            }
            QString html;
            int number = 0;
            for (const PreparedTurn &turn : result->turns) {
                const store::SessionTurn &t = turn.meta;
                const QString traceId = QString::fromStdString(t.traceId);
                const QString name = t.name ? QString::fromStdString(*t.name) : traceId;
                QStringList facts { formatTimestamp(t.timestampNs), formatDuration(t.latencyNs),
                                    tr("%1 tokens").arg(formatCount(t.totalTokens)), formatCost(t.cost) };
                if (t.errorCount > 0)
                    facts << QStringLiteral("<span style='color:#d32f2f'>%1</span>")
                                 .arg(tr("%n error(s)", nullptr, int(t.errorCount)));
                html += QStringLiteral("<p class='turnhead'>%1 · <a href='trace:%2'>%3</a></p><p class='muted'>%4</p>")
                            .arg(tr("Turn %1").arg(++number), QString::fromUtf8(QUrl::toPercentEncoding(traceId)),
                                 name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
                for (const ChatMessage &m : turn.input)
                    html += ChatView::messageHtml(m, palette());
                for (const ChatMessage &m : turn.output)
                    html += ChatView::messageHtml(m, palette());
                if (turn.input.empty() && turn.output.empty())
                    html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("No input or output recorded."));
            }
            if (int(result->turns.size()) >= kTurnLimit)
                html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("Only the first %1 traces are shown.").arg(kTurnLimit));
            m_conversation->setHtmlBody(html);
            emit conversationShown(sessionId);
        },
        [this](const QString &error) {
            m_turnsLoading = false;
            m_conversation->setHtmlBody(error.toHtmlEscaped());
            emit errorOccurred(error);
        });
}

QByteArray SessionsPage::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return out;
}

bool SessionsPage::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0;
    QByteArray splitter, header;
    s >> version >> splitter >> header;
    if (version != 1 || s.status() != QDataStream::Ok)
        return false;
    return m_splitter->restoreState(splitter) && m_table->horizontalHeader()->restoreState(header);
}

} // namespace spanscope::ui
