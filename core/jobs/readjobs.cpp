#include "jobs/readjobs.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRunnable>
#include <QThread>

Q_LOGGING_CATEGORY(lcReadJobs, "spanscope.jobs")

namespace spanscope::jobs {

namespace {
// One read-only connection per worker thread, reopened when the workspace changes. Opening a
// connection costs a schema read, so workers keep theirs between jobs.
struct WorkerConnection {
    QString path;
    store::Database db;
};
thread_local WorkerConnection t_connection;

store::Status connectionFor(const QString &path, store::Database *&out)
{
    if (t_connection.path != path || !t_connection.db.isOpen()) {
        t_connection.db.close();
        t_connection.path.clear();
        if (store::Status s = t_connection.db.open(path, store::Database::Mode::ReadOnly); !s)
            return s;
        t_connection.path = path;
    }
    out = &t_connection.db;
    return store::Status::success();
}
} // namespace

ReadJobs::ReadJobs(QObject *parent) : QObject(parent)
{
    // Two cores on the reference machine: two readers keep the UI fed without starving imports.
    m_pool.setMaxThreadCount(2);
    // Workers would otherwise exit after 30 s idle and take their connection with them.
    m_pool.setExpiryTimeout(-1);
}

ReadJobs::~ReadJobs()
{
    {
        QMutexLocker lock(&m_mutex);
        m_latest.clear();
        ++m_generation;
    }
    m_pool.waitForDone();
}

void ReadJobs::setDatabasePath(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (m_path == path)
        return;
    m_path = path;
    ++m_generation;
    m_latest.clear();
}

QString ReadJobs::databasePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_path;
}

bool ReadJobs::isBusy(const QString &channel) const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.contains(channel);
}

void ReadJobs::waitForDone() { m_pool.waitForDone(); }

bool ReadJobs::isCurrent(const QString &channel, quint64 ticket, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    return generation == m_generation && m_latest.value(channel) == ticket;
}

void ReadJobs::finished(const QString &channel, quint64 ticket)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_latest.value(channel) == ticket)
            m_latest.remove(channel);
    }
    emit activeCountChanged(--m_active);
}

quint64 ReadJobs::start(const QString &channel, QObject *receiver, std::function<void(store::Database &)> work,
                        std::function<void()> deliver, std::function<void(QString)> failed)
{
    quint64 ticket = 0;
    quint64 generation = 0;
    QString path;
    {
        QMutexLocker lock(&m_mutex);
        ticket = m_nextTicket++;
        generation = m_generation;
        path = m_path;
        m_latest.insert(channel, ticket);
    }
    emit activeCountChanged(++m_active);
    QPointer<QObject> guard(receiver);
    QPointer<ReadJobs> self(this);
    m_pool.start([=, this, work = std::move(work), deliver = std::move(deliver), failed = std::move(failed)]() {
        QString error;
        if (isCurrent(channel, ticket, generation)) { // superseded before it started: skip the work
            store::Database *db = nullptr;
            if (store::Status s = path.isEmpty() ? store::Status::failure(QStringLiteral("no workspace is open"))
                                                 : connectionFor(path, db);
                !s)
                error = s.error;
            else
                work(*db);
        }
        // Delivery and bookkeeping happen on the receiver's thread, so "current" is decided there.
        QObject *target = guard ? guard.data() : static_cast<QObject *>(self.data());
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [=]() {
                if (!self)
                    return;
                const bool current = self->isCurrent(channel, ticket, generation);
                self->finished(channel, ticket);
                if (!current || !guard) {
                    qCDebug(lcReadJobs) << "dropped stale result on" << channel << ticket;
                    return;
                }
                if (!error.isEmpty()) {
                    if (failed)
                        failed(error);
                    else
                        qCWarning(lcReadJobs) << channel << "failed:" << error;
                    return;
                }
                deliver();
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

} // namespace spanscope::jobs
