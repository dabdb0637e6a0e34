#pragma once
// Runs one Langfuse sync on a worker thread with its own writer connection to the workspace,
// and reports progress, log lines, saved windows and the summary through queued signals.
// Pause and cancel are flags the worker checks between requests. Create and use on the UI thread.

#include <atomic>
#include <memory>

#include <QObject>
#include <QThread>

#include "remote/synctypes.h"

namespace spanscope::ui {

class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;
    // Starts a sync of the workspace file; false when one is already running.
    bool start(const QString &workspacePath, const remote::Connection &connection, const remote::SyncOptions &options);
    bool isRunning() const { return m_thread != nullptr; }
    void setPaused(bool paused) { m_pause.store(paused); }
    bool isPaused() const { return m_pause.load(); }
    void cancel() { m_cancel.store(true); }

signals:
    void progress(const spanscope::remote::SyncProgress &p);
    void logLine(const QString &line);
    void windowSaved();   // a window committed: views may reload (synced traces appear while it runs)
    void finished(const spanscope::remote::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_pause{false};
};

} // namespace spanscope::ui

Q_DECLARE_METATYPE(spanscope::remote::SyncProgress)
Q_DECLARE_METATYPE(spanscope::remote::SyncSummary)
