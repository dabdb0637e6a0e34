#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include "import/importcontroller.h"
#include "import/importfeedback.h"
#include "pages/tracespage.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {

constexpr int kMaxRecent = 10;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kWindowStateKey = QStringLiteral("window/state");
const QString kTracesPageKey = QStringLiteral("pages/traces");
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");
const QString kRecentKey = QStringLiteral("workspace/recent");

// The demo data set: big enough to scroll and chart, small enough to generate in seconds.
generate::Options demoOptions()
{
    generate::Options o;
    o.format = generate::Format::LangfuseJsonl;
    o.traces = 300;
    o.spansPerTrace = 12;
    o.seed = 20260101; // fixed: every demo workspace holds the same data
    return o;
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Spanscope"));
    setAcceptDrops(true);

    m_workspace = new Workspace(this);
    m_imports = new ImportController(this);
    m_importFeedback = new ImportFeedback(m_imports, this);

    m_tracesPage = new TracesPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tracesPage);
    setCentralWidget(m_pages);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("workspaceCountsLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();

    connect(m_workspace, &Workspace::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &Workspace::closed, this, [this] { m_tracesPage->setRepository(nullptr); });
    connect(m_workspace, &Workspace::changed, this, &MainWindow::onWorkspaceChanged);
    connect(m_imports, &ImportController::jobFinished, this, &MainWindow::onImportFinished);
    connect(m_tracesPage, &TracesPage::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    restoreSettings();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the workspace's repository: detach them before it closes.
    m_tracesPage->setRepository(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));

    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setStatusTip(tr("Open a workspace file, or create a new one"));

    m_importAction = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import trace files into the open workspace"));

    m_recentMenu = file->addMenu(tr("&Recent Workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);

    QAction *demo = file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    demo->setObjectName(QStringLiteral("openDemoAction"));

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Spanscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

QString MainWindow::demoWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.spanscope"));
}

void MainWindow::start(const QString &workspaceArg, const QStringList &files)
{
    QString path = workspaceArg;
    if (path.isEmpty()) {
        const QString last = QSettings().value(kLastWorkspaceKey).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty())
        openDemoWorkspace();
    else
        openWorkspace(path);
    // Queued behind any demo generation, so the files land in the workspace just opened.
    if (!files.isEmpty() && m_workspace->isOpen())
        importFiles(files);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (store::Status s = m_workspace->open(path); !s) {
        updateStatusBar();
        QMessageBox::warning(this, tr("Cannot open workspace"),
            tr("The workspace %1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), s.error));
        return false;
    }
    return true;
}

void MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (!openWorkspace(path))
        return;
    if (m_workspace->summary().traces == 0)
        m_imports->generateDemo(path, demoOptions());
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (!m_workspace->isOpen()) {
        QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace before importing files."));
        return;
    }
    m_imports->importFiles(m_workspace->path(), files);
}

void MainWindow::chooseWorkspace()
{
    QFileDialog dialog(this, tr("Open Workspace"));
    // A save-style dialog lets the user pick an existing workspace or name a new one.
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    dialog.setNameFilters({ tr("Spanscope workspaces (*.spanscope)"), tr("All files (*)") });
    dialog.setDefaultSuffix(QStringLiteral("spanscope"));
    if (m_workspace->isOpen())
        dialog.setDirectory(QFileInfo(m_workspace->path()).absolutePath());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openWorkspace(dialog.selectedFiles().constFirst());
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Trace Files"), QString(),
        tr("Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)"));
    importFiles(files);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Spanscope"),
        tr("<h3>Spanscope %1</h3><p>A desktop viewer for LLM and agent traces: import exported "
           "trace files into a local workspace and explore them offline.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(kRecentKey); });
}

void MainWindow::rememberWorkspace(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastWorkspaceKey, path);
}

void MainWindow::onWorkspaceOpened(const QString &path)
{
    rememberWorkspace(path);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Spanscope").arg(QFileInfo(path).fileName()));
    m_tracesPage->setRepository(m_workspace->traces());
    updateStatusBar();
}

void MainWindow::onWorkspaceChanged()
{
    m_tracesPage->reload();
    updateStatusBar();
}

void MainWindow::onImportFinished(const ImportResult &result)
{
    if (m_workspace->isOpen() && QFileInfo(result.job.workspacePath) == QFileInfo(m_workspace->path()))
        m_workspace->notifyChanged();
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace->isOpen()) {
        m_pathLabel->setText(tr("No workspace open"));
        m_pathLabel->setToolTip(QString());
        m_countsLabel->clear();
        return;
    }
    const QString native = QDir::toNativeSeparators(m_workspace->path());
    m_pathLabel->setText(native);
    m_pathLabel->setToolTip(native);
    const store::WorkspaceSummary s = m_workspace->summary();
    // %Ln: plural forms and locale digit grouping in one go.
    m_countsLabel->setText(tr("%Ln trace(s)", nullptr, int(s.traces)) + QStringLiteral(" · ")
        + tr("%Ln observation(s)", nullptr, int(s.observations)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_imports->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Import running"),
            tr("An import is still running. Cancel it and quit? The workspace stays as it was before the import."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_imports->cancelAll();
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kTracesPageKey, m_tracesPage->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kWindowStateKey).toByteArray());
    m_tracesPage->restoreState(settings.value(kTracesPageKey).toByteArray());
}

} // namespace spanscope::ui
