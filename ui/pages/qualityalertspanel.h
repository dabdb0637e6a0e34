#pragma once
// The Quality page's Alerts tab: evaluates an offline alert rules file (analytics/alerts.h, the
// same rules `spanscope-cli alerts` reads) over the workspace on a worker and lists the firings —
// severity, rule, window, value against threshold, traces. Activating a firing asks for the
// Traces page filtered to the traces involved. The rules file is remembered. UI thread only.

#include <functional>
#include <vector>

#include <QWidget>

#include "analytics/alerts.h"
#include "store/tracefilter.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class AlertsPanel : public QWidget {
    Q_OBJECT
public:
    AlertsPanel(std::function<jobs::ReadJobs *()> jobs, QWidget *parent = nullptr);

    QString rulesFile() const { return m_file; }
    // Remembers the file and evaluates it.
    void setRulesFile(const QString &path);
    // Evaluates the remembered file again (after imports); does nothing without one.
    void evaluate();
    bool isBusy() const;

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    const std::vector<analytics::AlertFiring> &firings() const { return m_firings; }
    // The filter a firing opens: the traces the evaluation named for it.
    static store::TraceFilter filterFor(const analytics::AlertFiring &firing);

signals:
    void openTracesRequested(const spanscope::store::TraceFilter &filter);
    void evaluated();

private:
    void chooseFile();
    void show(std::vector<analytics::AlertFiring> firings, const QString &status);

    std::function<jobs::ReadJobs *()> m_jobs;
    QString m_file;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_evaluate = nullptr;
    QTableWidget *m_table = nullptr;
    std::vector<analytics::AlertFiring> m_firings;
};

} // namespace spanscope::ui
