#pragma once
// Diffs one payload (input, output, metadata or model parameters) of two observations, from the
// same trace or two traces: the payloads load through jobs::ReadJobs, the diff shows in a
// DiffView. Opened from the trace detail page ("Diff with Marked Span"). UI thread only.

#include <QDialog>

class QComboBox;
class QLabel;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class DiffView;

struct ObservationRef {
    QString traceId;
    QString observationId;
    QString name; // shown in the titles
    bool isValid() const { return !traceId.isEmpty() && !observationId.isEmpty(); }
};

class ObservationDiffDialog : public QDialog {
    Q_OBJECT
public:
    ObservationDiffDialog(jobs::ReadJobs *jobs, const ObservationRef &a, const ObservationRef &b,
                          QWidget *parent = nullptr);

    DiffView *diffView() const { return m_diff; }
    QComboBox *payloadChooser() const { return m_payload; }
    bool isLoading() const { return m_loading; }

signals:
    // Both payloads are loaded and their diff is computing or shown.
    void payloadsLoaded();

private:
    void load();

    jobs::ReadJobs *m_jobs = nullptr;
    ObservationRef m_a, m_b;
    QComboBox *m_payload = nullptr;
    QLabel *m_title = nullptr;
    DiffView *m_diff = nullptr;
    bool m_loading = false;
};

} // namespace spanscope::ui
