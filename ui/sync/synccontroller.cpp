#include "sync/synccontroller.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>

#include "remote/langfusesync.h"
#include "store/database.h"

namespace spanscope::ui {

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<remote::SyncProgress>();
    qRegisterMetaType<remote::SyncSummary>();
}

SyncController::~SyncController()
{
    if (m_thread) {
        m_cancel.store(true);
        m_pause.store(false);
        m_thread->wait();
    }
}

bool SyncController::start(const QString &workspacePath, const remote::Connection &connection,
                           const remote::SyncOptions &optionsIn)
{
    if (m_thread)
        return false;
    m_cancel.store(false);
    m_pause.store(false);
    QPointer<SyncController> self(this);
    remote::SyncOptions options = optionsIn;
    options.cancel = &m_cancel;
    options.pause = &m_pause;
    // Progress is throttled to ~10 updates a second; waits and window changes always pass.
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    options.progress = [self, timer](const remote::SyncProgress &p) {
        if (p.stage == QLatin1String("window") && p.waitMs == 0 && timer->elapsed() < 100)
            return;
        timer->restart();
        QMetaObject::invokeMethod(self, [self, p] { if (self) emit self->progress(p); }, Qt::QueuedConnection);
    };
    options.log = [self](const QString &line) {
        QMetaObject::invokeMethod(self, [self, line] { if (self) emit self->logLine(line); }, Qt::QueuedConnection);
    };
    options.committed = [self] {
        QMetaObject::invokeMethod(self, [self] { if (self) emit self->windowSaved(); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([self, workspacePath, connection, options] {
        remote::SyncSummary summary;
        store::Database db;
        if (store::Status s = db.open(workspacePath); !s) {
            summary.outcome = remote::SyncSummary::Outcome::Failed;
            summary.error = s.error;
        } else {
            summary = remote::syncLangfuse(db, connection, options);
        }
        QMetaObject::invokeMethod(self, [self, summary] {
            if (!self)
                return;
            self->m_thread->wait();
            self->m_thread->deleteLater();
            self->m_thread = nullptr;
            emit self->finished(summary);
        }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
    return true;
}

} // namespace spanscope::ui
