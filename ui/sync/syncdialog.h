#pragma once
// File ▸ Sync…: pull a Langfuse project into the open workspace. Profile (or the SDK
// environment variables), secret key, time window and filters; Test connection; progress with
// fetched counts, current window and waits; Pause/Cancel; a summary at the end. The sync runs
// on a worker (SyncController); saved windows make the workspace reload so synced traces show
// while it runs. UI thread only.

#include <QDialog>

#include "remote/synctypes.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace spanscope::ui {

class SyncController;
class Workspace;

class SyncDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~SyncDialog() override;
    bool isSyncing() const;

    // For tests and screenshots: what the progress area shows for p, and for a summary.
    void showProgress(const remote::SyncProgress &p);
    void showSummary(const remote::SyncSummary &s);

protected:
    void reject() override;

private:
    void reloadProfiles(const QString &select = QString());
    void profileChanged();
    void editProfiles();
    void applyPreset(int index);
    bool connectionFromForm(remote::Connection &c, QString &error) const;
    void testConnection();
    void startSync();
    void setRunning(bool running);

    Workspace *m_workspace;
    SyncController *m_controller;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_host = nullptr, *m_publicKey = nullptr, *m_secret = nullptr;
    QLabel *m_secretNote = nullptr, *m_connectionResult = nullptr;
    QPushButton *m_test = nullptr;
    QComboBox *m_preset = nullptr;
    QDateTimeEdit *m_from = nullptr, *m_to = nullptr;
    QLineEdit *m_environment = nullptr, *m_traceName = nullptr, *m_user = nullptr, *m_tags = nullptr;
    QCheckBox *m_full = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_window = nullptr, *m_counts = nullptr, *m_wait = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_sync = nullptr, *m_pause = nullptr, *m_cancel = nullptr, *m_close = nullptr;
};

} // namespace spanscope::ui
