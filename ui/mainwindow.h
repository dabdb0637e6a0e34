#pragma once
// The application window: the page stack, File/Help menus, drag-and-drop of trace files, the
// status bar and remembered window state. Wires pages to the workspace; holds no business logic.
// UI thread only.

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QMenu;
class QStackedWidget;

namespace spanscope::ui {

class ImportController;
class ImportFeedback;
class TracesPage;
class Workspace;
struct ImportResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start-up as `spanscope [--workspace PATH] [FILE...]` asks: the given workspace, else the
    // remembered one, else the demo workspace (filled with generated data when empty); then
    // imports the files.
    void start(const QString &workspaceArg, const QStringList &files);

    // Opens (creating when new) a workspace file; reports failures to the user.
    bool openWorkspace(const QString &path);
    // Imports into the open workspace on the worker thread.
    void importFiles(const QStringList &files);
    // Opens the demo workspace and generates its data when it is empty.
    void openDemoWorkspace();
    static QString demoWorkspacePath();

    Workspace *workspace() const { return m_workspace; }
    TracesPage *tracesPage() const { return m_tracesPage; }
    ImportController *importController() const { return m_imports; }
    ImportFeedback *importFeedback() const { return m_importFeedback; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void chooseWorkspace();
    void chooseFilesToImport();
    void showAbout();
    void rebuildRecentMenu();
    void rememberWorkspace(const QString &path);
    void onWorkspaceOpened(const QString &path);
    void onWorkspaceChanged();
    void onImportFinished(const ImportResult &result);
    void updateStatusBar();
    void saveSettings();
    void restoreSettings();

    Workspace *m_workspace = nullptr;
    ImportController *m_imports = nullptr;
    ImportFeedback *m_importFeedback = nullptr;
    QStackedWidget *m_pages = nullptr;
    TracesPage *m_tracesPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace spanscope::ui
