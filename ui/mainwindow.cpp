#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include "dialogs/upgradedialog.h"
#include "import/importcontroller.h"
#include "import/importfeedback.h"
#include "import/importprogresswidget.h"
#include "jobs/readjobs.h"
#include "pages/comparepage.h"
#include "pages/costpage.h"
#include "pages/pricespage.h"
#include "pages/promptspage.h"
#include "pages/qualitypage.h"
#include "pages/sessionspage.h"
#include "pages/tracedetailpage.h"
#include "pages/tracespage.h"
#include "settings/settingsdialog.h"
#include "settings/theme.h"
#include "store/searchindex.h"
#include "sync/syncdialog.h"
#include "store/tracerepository.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcMainWindow, "spanscope.ui.mainwindow")

namespace spanscope::ui {

namespace {

constexpr int kMaxRecent = 10;
// While the search index builds after an import, the pages re-read at most this often.
constexpr qint64 kIndexRefreshMs = 2000;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kWindowStateKey = QStringLiteral("window/state");
const QString kLastPageKey = QStringLiteral("window/page");
const QString kPageStateKey = QStringLiteral("pages/%1");
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

struct Counts {
    store::Status status;
    store::WorkspaceSummary summary;
};

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

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("pageNavigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setSpacing(1);
    m_nav->setFixedWidth(m_nav->fontMetrics().horizontalAdvance(QStringLiteral("Observations·Overview")) + 24);
    applyNavigationStyle();
    m_pages = new QStackedWidget(this);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageIds.size())
            showPage(m_pageIds.at(row));
    });

    createActions();
    createStatusBar();

    m_tracesPage = new TracesPage(m_workspace, this);
    m_tracePage = new TraceDetailPage(m_workspace, this);
    m_sessionsPage = new SessionsPage(m_workspace, this);
    addPage(TracesPageId, tr("Traces"), m_tracesPage, QKeySequence(Qt::CTRL | Qt::Key_1));
    addPage(TracePageId, tr("Trace"), m_tracePage, QKeySequence(Qt::CTRL | Qt::Key_2));
    addPage(SessionsPageId, tr("Sessions"), m_sessionsPage, QKeySequence(Qt::CTRL | Qt::Key_3));
    m_promptsPage = new PromptsPage(m_workspace, this);
    m_comparePage = new ComparePage(m_workspace, this);
    m_qualityPage = new QualityPage(m_workspace, this);
    addPage(PromptsPageId, tr("Prompts"), m_promptsPage, QKeySequence(Qt::CTRL | Qt::Key_4));
    addPage(ComparePageId, tr("Compare"), m_comparePage, QKeySequence(Qt::CTRL | Qt::Key_5));
    addPage(QualityPageId, tr("Quality"), m_qualityPage, QKeySequence(Qt::CTRL | Qt::Key_6));
    m_costPage = new CostPage(m_workspace, this);
    addPage(CostPageId, tr("Cost"), m_costPage, QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(m_tracesPage, &TracesPage::filterChanged, m_costPage, &CostPage::setTracesFilter);
    m_pricesPage = new PricesPage(m_workspace, this);
    addPage(PricesPageId, tr("Prices"), m_pricesPage, QKeySequence(Qt::CTRL | Qt::Key_8));
    connect(m_tracesPage, &TracesPage::compareTracesRequested, this, &MainWindow::showCompare);
    for (QWidget *p : { static_cast<QWidget *>(m_tracesPage), static_cast<QWidget *>(m_tracePage),
                        static_cast<QWidget *>(m_sessionsPage), static_cast<QWidget *>(m_promptsPage),
                        static_cast<QWidget *>(m_comparePage), static_cast<QWidget *>(m_qualityPage),
                        static_cast<QWidget *>(m_costPage), static_cast<QWidget *>(m_pricesPage) })
        connect(p, SIGNAL(errorOccurred(QString)), statusBar(), SLOT(showMessage(QString)));

    connect(m_workspace, &Workspace::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::updateStatusBar);
    connect(m_workspace, &Workspace::changed, this, &MainWindow::updateStatusBar);
    connect(m_imports, &ImportController::jobCommitted, this, &MainWindow::onImportCommitted);
    connect(m_imports, &ImportController::jobFinished, this, &MainWindow::onImportFinished);
    connect(m_imports, &ImportController::progressChanged, this, [this](const import::ImportProgress &p) {
        // Rows become searchable batch by batch: refresh now and then so results grow.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (p.stage == QLatin1String("indexing") && now - m_lastIndexRefreshMs >= kIndexRefreshMs
            && m_workspace->isOpen() && QFileInfo(m_imports->currentJob().workspacePath) == QFileInfo(m_workspace->path())) {
            m_lastIndexRefreshMs = now;
            m_workspace->notifyChanged();
        }
    });

    restoreSettings();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Pages read through the workspace's jobs: stop them before the pages go away.
    m_workspace->readJobs()->setDatabasePath(QString());
    m_workspace->readJobs()->waitForDone();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    create->setObjectName(QStringLiteral("newWorkspaceAction"));
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Create an empty workspace file"));

    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setStatusTip(tr("Open a workspace file"));

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *demo = file->addAction(tr("Open &Demo Workspace"), this, [this] { openDemoWorkspace(); });
    demo->setObjectName(QStringLiteral("openDemoAction"));

    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import trace files into the open workspace"));

    file->addSeparator();
    QAction *sync = file->addAction(tr("S&ync from Langfuse…"), this, &MainWindow::showSync);
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    sync->setStatusTip(tr("Pull traces, observations, scores, prompts and models from a Langfuse server"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_goMenu = m_viewMenu->addMenu(tr("&Go To"));
    QAction *back = m_viewMenu->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence::Back);
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (Theme t : { Theme::System, Theme::Light, Theme::Dark }) {
        QAction *a = themes->addAction(themeName(t));
        a->setCheckable(true);
        a->setData(int(t));
        a->setChecked(t == savedTheme());
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [t] {
            saveTheme(t);
            applyTheme(t);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Spanscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("workspaceCountsLabel"));
    m_jobsLabel = new QLabel(this);
    m_jobsLabel->setObjectName(QStringLiteral("jobsLabel"));
    m_jobsLabel->setEnabled(false);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_importFeedback->progressWidget());
    statusBar()->addPermanentWidget(m_jobsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    connect(m_workspace->readJobs(), &jobs::ReadJobs::activeCountChanged, this,
            [this](int active) { m_jobsLabel->setText(active > 0 ? tr("Reading…") : QString()); });
}

void MainWindow::applyNavigationStyle()
{
    // palette() references in a style sheet are resolved when it is set: set it again (empty
    // first, or Qt keeps the old rules) whenever the palette changes, so dark stays dark.
    m_nav->setStyleSheet(QString());
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); padding: 6px 4px; }"
        "QListWidget::item { padding: 7px 12px; border-radius: 5px; color: palette(window-text); }"
        "QListWidget::item:hover:!selected { background: palette(midlight); }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_nav
        && !m_restylingNavigation) {
        m_restylingNavigation = true; // setStyleSheet itself may send palette events
        applyNavigationStyle();
        m_restylingNavigation = false;
    }
}

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page, const QKeySequence &shortcut)
{
    if (!page || m_pageIds.contains(id)) {
        qCWarning(lcMainWindow) << "page not added:" << id;
        return;
    }
    m_pageIds << id;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, id);
    if (!shortcut.isEmpty())
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    QAction *go = m_goMenu->addAction(title, this, [this, id] { showPage(id); });
    go->setObjectName(QStringLiteral("goTo_") + id);
    go->setShortcut(shortcut);
    connectPageSignals(page);
    if (m_pageIds.size() == 1 || id == m_restorePage) {
        showPage(id);
        m_history.clear();
    }
}

void MainWindow::connectPageSignals(QWidget *page)
{
    // By signature, so pages need no header of the window and the window none of theirs.
    const QMetaObject *pmo = page->metaObject();
    const QMetaObject *mmo = metaObject();
    const struct {
        const char *name;
        const char *slot;
    } links[] = { { "openTraceRequested", "showTrace(QString)" },
                  { "openTracesRequested", "showTraces(spanscope::store::TraceFilter)" },
                  { "openSessionRequested", "showSession(QString)" } };
    for (const auto &link : links) {
        const QMetaMethod slot = mmo->method(mmo->indexOfSlot(link.slot));
        for (int i = pmo->methodOffset(); i < pmo->methodCount(); ++i) {
            const QMetaMethod signal = pmo->method(i);
            if (signal.methodType() != QMetaMethod::Signal || signal.name() != link.name || signal.parameterCount() != 1)
                continue;
            if (!connect(page, signal, this, slot))
                qCWarning(lcMainWindow) << "cannot connect" << signal.methodSignature() << "to" << link.slot;
        }
    }
}

QWidget *MainWindow::page(const QString &id) const
{
    const int i = m_pageIds.indexOf(id);
    return i < 0 ? nullptr : m_pages->widget(i);
}

QString MainWindow::currentPageId() const
{
    const int i = m_pages->currentIndex();
    return i < 0 || i >= m_pageIds.size() ? QString() : m_pageIds.at(i);
}

bool MainWindow::showPage(const QString &id)
{
    const int i = m_pageIds.indexOf(id);
    if (i < 0)
        return false;
    const QString current = currentPageId();
    if (current != id && !current.isEmpty() && !m_goingBack) {
        m_history.removeAll(current);
        m_history << current;
    }
    m_pages->setCurrentIndex(i);
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentRow(i);
    return true;
}

void MainWindow::goBack()
{
    while (!m_history.isEmpty()) {
        const QString id = m_history.takeLast();
        if (id != currentPageId() && m_pageIds.contains(id)) {
            m_goingBack = true;
            showPage(id);
            m_goingBack = false;
            return;
        }
    }
}

void MainWindow::showTraces(const store::TraceFilter &filter)
{
    m_tracesPage->setFilter(filter);
    showPage(TracesPageId);
}

void MainWindow::showTrace(const QString &traceId)
{
    if (traceId.isEmpty())
        return;
    showPage(TracePageId);
    m_tracePage->showTrace(traceId);
}

void MainWindow::showSync()
{
    if (!m_workspace->isOpen()) {
        statusBar()->showMessage(tr("Open or create a workspace first (File ▸ New Workspace)."));
        return;
    }
    auto *dialog = new SyncDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showCompare(const QString &traceA, const QString &traceB)
{
    showPage(ComparePageId);
    m_comparePage->compare(traceA, traceB);
}

void MainWindow::showSession(const QString &sessionId)
{
    showPage(SessionsPageId);
    m_sessionsPage->showSession(sessionId);
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
    // The files land in the workspace once it is open (queued behind any demo generation).
    auto importArgs = [this, files] {
        if (!files.isEmpty() && m_workspace->isOpen())
            importFiles(files);
    };
    if (path.isEmpty())
        openDemoWorkspace(importArgs);
    else
        openWorkspace(path, importArgs);
}

bool MainWindow::openWorkspace(const QString &path, const std::function<void()> &then)
{
    auto failed = [this, path](const store::Status &s) {
        updateStatusBar();
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("The workspace %1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), s.error));
    };
    if (store::Database::needsUpgrade(path)) {
        upgradeAndOpen(m_workspace, this, path, [failed, then](store::Status s) {
            if (!s)
                failed(s);
            else if (then)
                then();
        });
        return true;
    }
    if (store::Status s = m_workspace->open(path); !s) {
        failed(s);
        return false;
    }
    if (then)
        then();
    return true;
}

void MainWindow::openDemoWorkspace(const std::function<void()> &then)
{
    const QString path = demoWorkspacePath();
    openWorkspace(path, [this, path, then] {
        if (m_workspace->summary().traces == 0)
            m_imports->generateDemo(path, demoOptions());
        if (then)
            then();
    });
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

void MainWindow::newWorkspace()
{
    const QString dir = m_workspace->isOpen() ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), dir,
                                                tr("Spanscope workspaces (*.spanscope)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".spanscope");
    if (QFileInfo::exists(path)) {
        // Never overwrite: a workspace holds imported data the user may not have elsewhere.
        const auto answer = QMessageBox::question(this, tr("Workspace exists"),
                                                  tr("%1 already exists. Open it instead?").arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString dir = m_workspace->isOpen() ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("Spanscope workspaces (*.spanscope);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Trace Files"), QString(),
        tr("Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)"));
    importFiles(files);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::themeChanged, this, [this] {
        for (QAction *a : m_themeGroup->actions())
            a->setChecked(Theme(a->data().toInt()) == savedTheme());
    });
    dialog.exec();
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
    m_history.clear();
    updateStatusBar();
    // An index left incomplete (import cancelled while indexing, or the app closed) catches up in
    // the background, so search finds everything again without another import.
    m_workspace->readJobs()->run<int64_t>(
        QStringLiteral("search-index-pending"), this,
        [](store::Database &db) {
            int64_t pending = 0;
            return store::pendingSearchRows(db, pending) ? pending : int64_t(0);
        },
        [this, path](int64_t pending) {
            if (pending <= 0 || !m_workspace->isOpen() || m_workspace->path() != path)
                return;
            const ImportJob &running = m_imports->currentJob();
            if (m_imports->isBusy() && running.workspacePath == path)
                return; // the running import builds the index when it is done
            m_imports->resumeSearchIndex(path);
        });
}

void MainWindow::onImportCommitted(const ImportJob &job)
{
    // The new traces are readable from the commit on: show them before the index is built.
    if (m_workspace->isOpen() && QFileInfo(job.workspacePath) == QFileInfo(m_workspace->path()))
        m_workspace->notifyChanged();
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
    // Counting a big workspace takes a moment: on a worker, like every other read.
    m_workspace->readJobs()->run<Counts>(
        QStringLiteral("status-counts"), this,
        [](store::Database &db) {
            Counts c;
            store::TraceRepository repo(db);
            c.status = repo.status() ? repo.workspaceSummary(c.summary) : repo.status();
            return c;
        },
        [this](Counts c) {
            if (!c.status) {
                m_countsLabel->setText(c.status.error);
                return;
            }
            // %Ln: plural forms and locale digit grouping in one go.
            m_countsLabel->setText(tr("%Ln trace(s)", nullptr, c.summary.traces) + QStringLiteral(" · ")
                                   + tr("%Ln observation(s)", nullptr, c.summary.observations));
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_imports->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
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
    settings.setValue(kLastPageKey, currentPageId());
    settings.setValue(kPageStateKey.arg(TracesPageId), m_tracesPage->saveState());
    settings.setValue(kPageStateKey.arg(TracePageId), m_tracePage->saveState());
    settings.setValue(kPageStateKey.arg(SessionsPageId), m_sessionsPage->saveState());
    settings.setValue(kPageStateKey.arg(CostPageId), m_costPage->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kWindowStateKey).toByteArray());
    m_tracesPage->restoreState(settings.value(kPageStateKey.arg(TracesPageId)).toByteArray());
    m_tracePage->restoreState(settings.value(kPageStateKey.arg(TracePageId)).toByteArray());
    m_sessionsPage->restoreState(settings.value(kPageStateKey.arg(SessionsPageId)).toByteArray());
    m_costPage->restoreState(settings.value(kPageStateKey.arg(CostPageId)).toByteArray());
    // The trace page starts empty, so coming back to it would show nothing: Traces instead.
    // Pages added later (addPage) are shown when they are the remembered one.
    const QString last = settings.value(kLastPageKey).toString();
    m_restorePage = last == TracePageId ? TracesPageId : last;
    showPage(m_pageIds.contains(m_restorePage) ? m_restorePage : TracesPageId);
    m_history.clear();
}

} // namespace spanscope::ui
