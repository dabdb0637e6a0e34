#pragma once
// The A/B report panel: pick two prompt versions, two models or two labels, and see per metric
// both distributions, means, the Mann-Whitney p-value, Cliff's delta with its magnitude and a
// plain verdict ("insufficient data" when a side is too small). The computation runs through
// jobs::ReadJobs. UI thread only.

#include <QWidget>

#include "analytics/promptinfercatalog.h"
#include "diff/abcompare.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class AbReportPanel : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Versions, Labels, Models };

    explicit AbReportPanel(QWidget *parent = nullptr);

    void setJobs(jobs::ReadJobs *jobs) { m_jobs = jobs; }
    // The prompt whose versions and labels are offered; nullptr offers models only.
    void setPrompt(const analytics::PromptEntry *prompt);
    void setModels(const std::vector<std::pair<std::string, int64_t>> &models);
    // Chooses the two sides (index into the current list) and runs the report.
    void choose(Kind kind, int a, int b);
    void run();

    const diff::AbReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTableWidget *table() const { return m_table; }

signals:
    void reportShown();

private:
    struct Side {
        QString label;
        store::CallSelector selector;
    };
    std::vector<Side> sides() const;
    void refillSides();
    void showReport(const diff::AbReport &report);

    jobs::ReadJobs *m_jobs = nullptr;
    std::optional<analytics::PromptEntry> m_prompt;
    std::vector<std::pair<std::string, int64_t>> m_models;
    diff::AbReport m_report;
    bool m_running = false;

    QComboBox *m_kind = nullptr, *m_a = nullptr, *m_b = nullptr;
    QPushButton *m_runButton = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace spanscope::ui
