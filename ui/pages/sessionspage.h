#pragma once
// The Sessions page: sessions (user, traces, first/last time, duration, tokens, cost) filtered by
// id or user, and the selected session as a conversation: each trace is a turn with its input
// and output, linked to the trace detail page. Reads run through jobs::ReadJobs. UI thread only.

#include <memory>

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class ChatView;
class SessionListModel;
class Workspace;

class SessionsPage : public QWidget {
    Q_OBJECT
public:
    // Sessions listed at most (most recent first); the filter narrows further.
    static constexpr int kListLimit = 5000;
    // Turns shown for one session, at most.
    static constexpr int kTurnLimit = 500;

    SessionsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~SessionsPage() override;

    // Re-reads the list (after an import); keeps the selected session when it still exists.
    void reload();
    // Selects a session (e.g. from a trace header link) once the list has it.
    void showSession(const QString &sessionId);
    QString currentSessionId() const { return m_sessionId; }
    bool isLoading() const;

    SessionListModel *sessionModel() const { return m_model; }
    QTableView *sessionView() const { return m_table; }
    ChatView *conversationView() const { return m_conversation; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void openTraceRequested(const QString &traceId);
    void sessionsLoaded();
    void conversationShown(const QString &sessionId);
    void errorOccurred(const QString &message);

private:
    void loadSessions();
    void loadTurns(const QString &sessionId);
    void onCurrentRowChanged(const QModelIndex &current);
    jobs::ReadJobs *readJobs() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<jobs::ReadJobs> m_ownJobs;
    QString m_sessionId;
    QString m_pendingSession;
    bool m_listLoading = false;
    bool m_turnsLoading = false;
    SessionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_title = nullptr;
    ChatView *m_conversation = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace spanscope::ui
