#pragma once
// The Prompts page: every prompt the workspace knows (Langfuse prompt objects, names carried by
// generations, OpenInference templates, inferred prompts — marked as such) → its versions with
// labels, created time and per-version metrics (calls, latency p50/p95, tokens, cost per call,
// error share, score means) → a diff of any two versions, an A/B report, and the calls of a
// version (double-click opens the trace). Reads run through jobs::ReadJobs. UI thread only.

#include <memory>

#include <QWidget>

#include "analytics/promptinfercatalog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class AbReportPanel;
class DiffView;
class Workspace;

class PromptsPage : public QWidget {
    Q_OBJECT
public:
    PromptsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~PromptsPage() override;

    void reload();
    bool isLoading() const { return m_loading > 0; }
    // Selects a prompt by name (once the catalog is loaded) and optionally a version.
    bool showPrompt(const QString &name, int64_t version = -1);
    // Diffs two versions of the current prompt (any two, not only neighbours).
    void diffVersions(int64_t from, int64_t to);

    const analytics::PromptCatalog &catalog() const { return m_catalog; }
    QTableWidget *promptTable() const { return m_prompts; }
    QTableWidget *versionTable() const { return m_versions; }
    QTableWidget *callTable() const { return m_calls; }
    DiffView *diffView() const { return m_diff; }
    AbReportPanel *abPanel() const { return m_ab; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *originLabel() const { return m_origin; }

signals:
    void openTraceRequested(const QString &traceId);
    void catalogLoaded();
    void metricsLoaded();
    void callsLoaded();
    void errorOccurred(const QString &message);

private:
    void fillPrompts();
    void onPromptSelected();
    void onVersionSelected();
    void loadMetrics(const analytics::PromptEntry &prompt);
    void loadCalls(const analytics::PromptVersionEntry &version);
    void updateDiffFromChoosers();
    const analytics::PromptEntry *currentPrompt() const;
    jobs::ReadJobs *readJobs() const { return m_jobs.get(); }

    Workspace *m_workspace = nullptr;
    std::unique_ptr<jobs::ReadJobs> m_jobs;
    analytics::PromptCatalog m_catalog;
    QString m_currentName;
    QString m_pendingName;
    int64_t m_pendingVersion = -1;
    int m_loading = 0;

    QLineEdit *m_filter = nullptr;
    QTableWidget *m_prompts = nullptr;
    QLabel *m_origin = nullptr;
    QTableWidget *m_versions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_from = nullptr, *m_to = nullptr;
    DiffView *m_diff = nullptr;
    AbReportPanel *m_ab = nullptr;
    QTableWidget *m_calls = nullptr;
};

} // namespace spanscope::ui
