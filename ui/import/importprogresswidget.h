#pragma once
// The running import in the status bar: what is being read (file i of n), records so far, the
// rate, skipped records, a progress bar and Cancel. Hidden while no import runs; the window
// stays usable meanwhile. UI thread only.

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace spanscope::import {
struct ImportProgress;
}

namespace spanscope::ui {

struct ImportJob;

class ImportProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit ImportProgressWidget(QWidget *parent = nullptr);

    void start(const ImportJob &job, int queued);
    void update(const import::ImportProgress &progress);
    void finish();
    // Shows "Cancelling…" until the job stops.
    void setCancelling();

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
    QElapsedTimer m_elapsed;
    bool m_cancelling = false;
};

} // namespace spanscope::ui
