#pragma once
// Runs read-only work against a workspace on a worker thread, each worker with its own read-only
// connection, and hands the result to a receiver on the receiver's thread. Any thread may call
// run(); results are delivered through the receiver's event loop.
//
// Stale results are dropped: every job runs on a named channel ("trace-list", "cost-kpis", ...),
// and when a newer job starts on the same channel, the older job's result is discarded. A receiver
// that is destroyed before the result arrives never sees it (QPointer guard).

#include <atomic>
#include <functional>
#include <memory>

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include "store/database.h"

namespace spanscope::jobs {

class ReadJobs : public QObject {
    Q_OBJECT
public:
    explicit ReadJobs(QObject *parent = nullptr);
    ~ReadJobs() override;

    // The workspace file the workers read. Changing it drops all pending results.
    void setDatabasePath(const QString &path);
    QString databasePath() const;

    // Runs work(db) on a worker; then done(result) on receiver's thread unless a newer job on the
    // same channel started meanwhile or receiver is gone. If the connection cannot be opened,
    // failed(message) is called instead (when given). Returns the job's ticket.
    template <typename T>
    quint64 run(const QString &channel, QObject *receiver, std::function<T(store::Database &)> work,
                std::function<void(T)> done, std::function<void(QString)> failed = {})
    {
        auto result = std::make_shared<T>();
        return start(
            channel, receiver, [work = std::move(work), result](store::Database &db) { *result = work(db); },
            [done = std::move(done), result]() { done(std::move(*result)); }, std::move(failed));
    }

    // True while a job on the channel has not delivered (or been superseded).
    bool isBusy(const QString &channel) const;
    // Waits until every started job finished (tests and shutdown).
    void waitForDone();

signals:
    // Number of jobs running or queued changed (status bar "working…" indicator).
    void activeCountChanged(int active);

private:
    quint64 start(const QString &channel, QObject *receiver, std::function<void(store::Database &)> work,
                  std::function<void()> deliver, std::function<void(QString)> failed);
    bool isCurrent(const QString &channel, quint64 ticket, quint64 generation) const;
    void finished(const QString &channel, quint64 ticket);

    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QString m_path;
    quint64 m_generation = 0; // bumped when the path changes
    quint64 m_nextTicket = 1;
    QHash<QString, quint64> m_latest; // channel -> newest ticket not yet delivered
    std::atomic<int> m_active{0};
};

} // namespace spanscope::jobs
