#pragma once
// The open workspace as the UI sees it: its path, a read-only connection and the repositories
// over it, and the ReadJobs whose workers read the same file. Imports write through their own
// connection on a worker thread. UI thread only.

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "jobs/readjobs.h"
#include "store/database.h"
#include "store/tracerepository.h"

namespace spanscope::ui {

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Creates the file (with the current schema) when it does not exist, then opens it for
    // reading. On failure the previous workspace stays closed and the message says why.
    store::Status open(const QString &path);
    // For a workspace that needs a schema migration or a cost-rollup rebuild
    // (store::Database::needsUpgrade): does that on a worker thread, then open() here. `done`
    // gets the outcome on this thread. The current workspace stays open meanwhile.
    void openAfterUpgrade(const QString &path, std::function<void(store::Status)> done);
    void close();

    bool isOpen() const { return m_repository != nullptr; }
    QString path() const { return m_path; }
    store::TraceRepository *traces() const { return m_repository.get(); }
    // Counts read on the UI thread: cheap on small workspaces only (the status bar reads them
    // through readJobs()).
    store::WorkspaceSummary summary() const;
    // Background readers over the open workspace; their path follows open() and close().
    jobs::ReadJobs *readJobs() const { return m_readJobs; }

    // Tells views that the content changed (an import committed, or indexed more rows).
    void notifyChanged() { emit changed(); }

signals:
    void opened(const QString &path);
    void closed();
    void changed();

private:
    QString m_path;
    store::Database m_db;
    std::unique_ptr<store::TraceRepository> m_repository;
    jobs::ReadJobs *m_readJobs = nullptr;
};

} // namespace spanscope::ui
