#pragma once
// The application window: a page host (left navigation + page stack) with the File, View and
// Help menus, drag-and-drop of trace files, the status bar (workspace, counts, running jobs and
// imports) and remembered window state. Pages plug in through addPage() and ask for other
// pages through showTraces()/showTrace(); the window holds no business logic. UI thread only.

#include <functional>

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QStringList>

#include "store/tracefilter.h"

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace spanscope::ui {

class ImportController;
class ImportFeedback;
class ComparePage;
class PromptsPage;
class QualityPage;
class CostPage;
class PricesPage;
class SessionsPage;
class TraceDetailPage;
class TracesPage;
class Workspace;
struct ImportJob;
struct ImportResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Ids of the pages the window builds itself.
    static inline const QString TracesPageId = QStringLiteral("traces");
    static inline const QString TracePageId = QStringLiteral("trace");
    static inline const QString SessionsPageId = QStringLiteral("sessions");
    static inline const QString PromptsPageId = QStringLiteral("prompts");
    static inline const QString ComparePageId = QStringLiteral("compare");
    static inline const QString QualityPageId = QStringLiteral("quality");
    static inline const QString CostPageId = QStringLiteral("cost");
    static inline const QString PricesPageId = QStringLiteral("prices");

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start-up as `spanscope [--workspace PATH] [FILE...]` asks: the given workspace, else the
    // remembered one, else the demo workspace (filled with generated data when empty); then
    // imports the files.
    void start(const QString &workspaceArg, const QStringList &files);

    // Opens (creating when new) a workspace file; reports failures to the user.
    // Opens a workspace (after an upgrade on a worker when it needs one; then returns at once and
    // `then` runs once it is open). False when it could not be opened right away.
    bool openWorkspace(const QString &path, const std::function<void()> &then = {});
    // Imports into the open workspace on the worker thread.
    void importFiles(const QStringList &files);
    // Opens the demo workspace and generates its data when it is empty.
    void openDemoWorkspace(const std::function<void()> &then = {});
    static QString demoWorkspacePath();

    // Adds a page to the navigation and the View menu (shortcut may be empty). A page that has
    // the signals openTraceRequested(QString), openTracesRequested(spanscope::store::TraceFilter)
    // or openSessionRequested(QString) is connected to showTrace/showTraces/showSession.
    void addPage(const QString &id, const QString &title, QWidget *page, const QKeySequence &shortcut);
    QWidget *page(const QString &id) const;
    QString currentPageId() const;
    QStringList pageIds() const { return m_pageIds; }

    Workspace *workspace() const { return m_workspace; }
    TracesPage *tracesPage() const { return m_tracesPage; }
    TraceDetailPage *traceDetailPage() const { return m_tracePage; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    PromptsPage *promptsPage() const { return m_promptsPage; }
    ComparePage *comparePage() const { return m_comparePage; }
    QualityPage *qualityPage() const { return m_qualityPage; }
    CostPage *costPage() const { return m_costPage; }
    PricesPage *pricesPage() const { return m_pricesPage; }
    ImportController *importController() const { return m_imports; }
    ImportFeedback *importFeedback() const { return m_importFeedback; }
    QListWidget *navigation() const { return m_nav; }

public slots:
    // Switches to a page by id; false when no such page exists.
    bool showPage(const QString &id);
    // Switches to the Traces page with that filter applied.
    void showTraces(const spanscope::store::TraceFilter &filter);
    // Opens the trace detail page on that trace.
    void showTrace(const QString &traceId);
    // Opens the Sessions page on that session.
    void showSession(const QString &sessionId);
    // Opens the Compare page on two traces.
    void showCompare(const QString &traceA, const QString &traceB);
    // Returns to the page shown before the current one.
    void goBack();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void applyNavigationStyle();
    void createStatusBar();
    void newWorkspace();
    void chooseWorkspace();
    void chooseFilesToImport();
    void showSettings();
    void showSync(); // File ▸ Sync from Langfuse
    void showAbout();
    void rebuildRecentMenu();
    void rememberWorkspace(const QString &path);
    void onWorkspaceOpened(const QString &path);
    void onImportCommitted(const ImportJob &job);
    void onImportFinished(const ImportResult &result);
    void updateStatusBar();
    void saveSettings();
    void restoreSettings();
    void connectPageSignals(QWidget *page);

    Workspace *m_workspace = nullptr;
    ImportController *m_imports = nullptr;
    ImportFeedback *m_importFeedback = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageIds; // in navigation order
    QStringList m_history; // pages shown before the current one, most recent last
    bool m_goingBack = false;
    bool m_restylingNavigation = false;
    QString m_restorePage; // the remembered page, shown once it is added

    TracesPage *m_tracesPage = nullptr;
    TraceDetailPage *m_tracePage = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    PromptsPage *m_promptsPage = nullptr;
    ComparePage *m_comparePage = nullptr;
    QualityPage *m_qualityPage = nullptr;
    CostPage *m_costPage = nullptr;
    PricesPage *m_pricesPage = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_jobsLabel = nullptr;
    qint64 m_lastIndexRefreshMs = 0;
};

} // namespace spanscope::ui
