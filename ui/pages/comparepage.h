#pragma once
// The Compare page: two traces aligned span by span (path = ancestor names + type + ordinal),
// each row marked same / changed / added / removed with latency, token and cost deltas and the
// totals; a changed span's input or output opens in the diff view. Works across sources.
// Reads run through jobs::ReadJobs. UI thread only.

#include <memory>

#include <QWidget>

#include "store/comparerepository.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class DiffView;
class Workspace;

class ComparePage : public QWidget {
    Q_OBJECT
public:
    ComparePage(Workspace *workspace, QWidget *parent = nullptr);
    ~ComparePage() override;

    void compare(const QString &traceA, const QString &traceB);
    bool isLoading() const { return m_loading > 0; }
    const store::TraceComparison &comparison() const { return m_cmp; }

    // Selects the aligned row `index` (into comparison().alignment.spans) and diffs its payloads.
    void selectSpan(int index);

    QTreeWidget *spanTree() const { return m_tree; }
    DiffView *diffView() const { return m_diff; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *payloadChooser() const { return m_payload; }
    QCheckBox *onlyDifferences() const { return m_onlyDiff; }

signals:
    void openTraceRequested(const QString &traceId);
    void comparisonShown();
    void payloadDiffShown();
    void errorOccurred(const QString &message);

private:
    void fill();
    void onSpanSelected();
    void loadPayloads();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<jobs::ReadJobs> m_jobs;
    store::TraceComparison m_cmp;
    int m_loading = 0;
    int m_selected = -1;

    QLineEdit *m_traceA = nullptr, *m_traceB = nullptr;
    QPushButton *m_go = nullptr, *m_openA = nullptr, *m_openB = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyDiff = nullptr;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_payload = nullptr;
    QLabel *m_spanTitle = nullptr;
    DiffView *m_diff = nullptr;
};

} // namespace spanscope::ui
