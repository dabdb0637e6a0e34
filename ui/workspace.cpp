#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include "util/writejob.h"

Q_LOGGING_CATEGORY(lcWorkspace, "spanscope.ui.workspace")

namespace spanscope::ui {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_readJobs(new jobs::ReadJobs(this))
{
}

Workspace::~Workspace()
{
    // Workers may still hold connections to the file; let them finish before it closes.
    m_readJobs->setDatabasePath(QString());
    m_readJobs->waitForDone();
}

store::Status Workspace::open(const QString &path)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return store::Status::failure(tr("Cannot create the folder for %1").arg(absolute));
    {
        // A short read-write open creates the file and brings the schema up to date; the UI then
        // reads through a read-only connection so it can never write by accident.
        store::Database writer;
        if (store::Status s = writer.open(absolute, store::Database::Mode::ReadWrite); !s)
            return s;
    }
    if (store::Status s = m_db.open(absolute, store::Database::Mode::ReadOnly); !s)
        return s;
    auto repository = std::make_unique<store::TraceRepository>(m_db);
    if (store::Status s = repository->status(); !s) {
        m_db.close();
        return s;
    }
    m_repository = std::move(repository);
    m_path = absolute;
    m_readJobs->setDatabasePath(absolute);
    qCInfo(lcWorkspace) << "opened" << absolute;
    emit opened(absolute);
    return store::Status::success();
}

void Workspace::openAfterUpgrade(const QString &path, std::function<void(store::Status)> done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    qCInfo(lcWorkspace) << "upgrading" << absolute;
    // The worker's read-write open migrates and rebuilds; open() then finds nothing left to do.
    runWrite<store::Status>(
        absolute, this, [](store::Database &, const QString &openError) {
            return openError.isEmpty() ? store::Status::success() : store::Status::failure(openError);
        },
        [this, absolute, done = std::move(done)](store::Status s) { done(s ? open(absolute) : s); });
}

void Workspace::close()
{
    if (!m_repository && !m_db.isOpen())
        return;
    // Views drop their pointers to the repository on closed() before it goes away.
    emit closed();
    m_readJobs->setDatabasePath(QString());
    m_repository.reset();
    m_db.close();
    m_path.clear();
}

store::WorkspaceSummary Workspace::summary() const
{
    store::WorkspaceSummary summary;
    if (m_repository) {
        if (store::Status s = m_repository->workspaceSummary(summary); !s)
            qCWarning(lcWorkspace) << s.error;
    }
    return summary;
}

} // namespace spanscope::ui
