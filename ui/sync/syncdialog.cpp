#include "sync/syncdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include "remote/connectiontest.h"
#include "remote/profiles.h"
#include "sync/profileseditor.h"
#include "sync/secretstore.h"
#include "sync/synccontroller.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {
constexpr int64_t kNsPerMs = 1000000;
const char kEnvironmentEntry[] = "\x01env"; // item data of the "environment variables" entry

QString timeText(int64_t ns)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / kNsPerMs).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SyncDialog::SyncDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_controller(new SyncController(this))
{
    setWindowTitle(tr("Sync from Langfuse"));

    // Connection
    auto *connBox = new QGroupBox(tr("Server"), this);
    m_profile = new QComboBox(connBox);
    auto *edit = new QPushButton(tr("Edit Profiles…"), connBox);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(edit);
    m_host = new QLineEdit(connBox);
    m_host->setPlaceholderText(QStringLiteral("https://cloud.langfuse.com"));
    m_publicKey = new QLineEdit(connBox);
    m_publicKey->setPlaceholderText(QStringLiteral("pk-lf-…"));
    m_secret = new QLineEdit(connBox);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(QStringLiteral("sk-lf-…"));
    m_secretNote = new QLabel(SecretStore::instance().storageDescription(), connBox);
    m_secretNote->setWordWrap(true);
    m_secretNote->setForegroundRole(QPalette::PlaceholderText);
    m_test = new QPushButton(tr("Test Connection"), connBox);
    m_connectionResult = new QLabel(connBox);
    m_connectionResult->setWordWrap(true);
    m_connectionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_connectionResult, 1);
    auto *connForm = new QFormLayout(connBox);
    connForm->addRow(tr("Profile:"), profileRow);
    connForm->addRow(tr("Host:"), m_host);
    connForm->addRow(tr("Public key:"), m_publicKey);
    connForm->addRow(tr("Secret key:"), m_secret);
    connForm->addRow(QString(), m_secretNote);
    connForm->addRow(QString(), testRow);

    // Window and filters
    auto *winBox = new QGroupBox(tr("What to fetch"), this);
    m_preset = new QComboBox(winBox);
    m_preset->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Custom")});
    m_from = new QDateTimeEdit(winBox);
    m_to = new QDateTimeEdit(winBox);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_preset);
    range->addWidget(m_from, 1);
    range->addWidget(new QLabel(QStringLiteral("–"), winBox));
    range->addWidget(m_to, 1);
    m_environment = new QLineEdit(winBox);
    m_traceName = new QLineEdit(winBox);
    m_user = new QLineEdit(winBox);
    m_tags = new QLineEdit(winBox);
    m_tags->setPlaceholderText(tr("comma-separated; all must match"));
    for (QLineEdit *e : {m_environment, m_traceName, m_user})
        e->setPlaceholderText(tr("any"));
    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Environment:"), winBox), 0, 0);
    filters->addWidget(m_environment, 0, 1);
    filters->addWidget(new QLabel(tr("Trace name:"), winBox), 0, 2);
    filters->addWidget(m_traceName, 0, 3);
    filters->addWidget(new QLabel(tr("User:"), winBox), 1, 0);
    filters->addWidget(m_user, 1, 1);
    filters->addWidget(new QLabel(tr("Tags:"), winBox), 1, 2);
    filters->addWidget(m_tags, 1, 3);
    m_full = new QCheckBox(tr("Fetch the whole window again (ignore what earlier syncs fetched)"), winBox);
    auto *winForm = new QFormLayout(winBox);
    winForm->addRow(tr("Window:"), range);
    winForm->addRow(filters);
    winForm->addRow(m_full);

    // Progress
    auto *progBox = new QGroupBox(tr("Progress"), this);
    m_bar = new QProgressBar(progBox);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_window = new QLabel(tr("Not started."), progBox);
    m_counts = new QLabel(progBox);
    m_wait = new QLabel(progBox);
    m_wait->setForegroundRole(QPalette::PlaceholderText);
    m_log = new QPlainTextEdit(progBox);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setMinimumHeight(90);
    auto *progLayout = new QVBoxLayout(progBox);
    progLayout->addWidget(m_bar);
    progLayout->addWidget(m_window);
    progLayout->addWidget(m_counts);
    progLayout->addWidget(m_wait);
    progLayout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("Sync"), QDialogButtonBox::AcceptRole);
    m_pause = buttons->addButton(tr("Pause"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel Sync"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_sync->setDefault(true);

    // Names for tests, screenshots and accessibility tools.
    for (auto [w, name] : std::initializer_list<std::pair<QWidget *, const char *>> {
             { m_profile, "syncProfile" }, { m_host, "syncHost" }, { m_publicKey, "syncPublicKey" },
             { m_secret, "syncSecret" }, { m_test, "syncTest" }, { m_connectionResult, "syncConnectionResult" },
             { m_preset, "syncPreset" }, { m_from, "syncFrom" }, { m_to, "syncTo" }, { m_bar, "syncProgress" },
             { m_window, "syncWindow" }, { m_counts, "syncCounts" }, { m_wait, "syncWait" }, { m_log, "syncLog" },
             { m_sync, "syncStart" }, { m_pause, "syncPause" }, { m_cancel, "syncCancel" }, { m_close, "syncClose" } })
        w->setObjectName(QLatin1String(name));
    auto *root = new QVBoxLayout(this);
    root->addWidget(connBox);
    root->addWidget(winBox);
    root->addWidget(progBox, 1);
    root->addWidget(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &SyncDialog::profileChanged);
    connect(edit, &QPushButton::clicked, this, &SyncDialog::editProfiles);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SyncDialog::applyPreset);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] { m_preset->setCurrentIndex(3); });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] { m_preset->setCurrentIndex(3); });
    connect(m_test, &QPushButton::clicked, this, &SyncDialog::testConnection);
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::startSync);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_controller->setPaused(!m_controller->isPaused());
        m_pause->setText(m_controller->isPaused() ? tr("Resume") : tr("Pause"));
        m_wait->setText(m_controller->isPaused() ? tr("Paused: the sync waits before its next request.") : QString());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        m_cancel->setEnabled(false);
        m_wait->setText(tr("Cancelling… windows saved so far stay; the next sync resumes."));
    });
    connect(m_close, &QPushButton::clicked, this, &SyncDialog::reject);
    connect(m_controller, &SyncController::progress, this, &SyncDialog::showProgress);
    connect(m_controller, &SyncController::logLine, this, [this](const QString &l) { m_log->appendPlainText(l); });
    connect(m_controller, &SyncController::windowSaved, this, [this] {
        if (m_workspace)
            m_workspace->notifyChanged();
    });
    connect(m_controller, &SyncController::finished, this, [this](const remote::SyncSummary &s) {
        setRunning(false);
        showSummary(s);
        if (m_workspace)
            m_workspace->notifyChanged();
    });

    reloadProfiles();
    m_preset->setCurrentIndex(1);
    applyPreset(1);
    setRunning(false);
    resize(720, 680);
}

SyncDialog::~SyncDialog() = default;

bool SyncDialog::isSyncing() const
{
    return m_controller->isRunning();
}

void SyncDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const remote::Profile &p : remote::loadProfiles())
        m_profile->addItem(p.name, p.name);
    const remote::Connection env = remote::connectionFromEnvironment();
    if (!env.host.isEmpty())
        m_profile->addItem(tr("Environment variables (LANGFUSE_HOST)"), QString::fromLatin1(kEnvironmentEntry));
    m_profile->addItem(tr("Other server…"), QString());
    const int idx = m_profile->findData(select);
    m_profile->setCurrentIndex(idx >= 0 ? idx : 0);
    profileChanged();
}

void SyncDialog::profileChanged()
{
    const QString key = m_profile->currentData().toString();
    const bool custom = key.isEmpty();
    m_host->setReadOnly(!custom);
    m_publicKey->setReadOnly(!custom);
    m_connectionResult->clear();
    if (key == QLatin1String(kEnvironmentEntry)) {
        const remote::Connection env = remote::connectionFromEnvironment();
        m_host->setText(env.host);
        m_publicKey->setText(env.publicKey);
        m_secret->setText(env.secretKey);
    } else if (auto p = remote::findProfile(key)) {
        m_host->setText(p->host);
        m_publicKey->setText(p->publicKey);
        m_secret->setText(SecretStore::instance().read(p->name));
    } else if (custom) {
        m_host->clear();
        m_publicKey->clear();
        m_secret->clear();
    }
}

void SyncDialog::editProfiles()
{
    ProfilesEditor editor(this);
    editor.selectProfile(m_profile->currentData().toString());
    if (editor.exec() == QDialog::Accepted) {
        m_secretNote->setText(SecretStore::instance().storageDescription());
        reloadProfiles(editor.currentName());
    }
}

void SyncDialog::applyPreset(int index)
{
    static const int64_t hours[] = {24, 24 * 7, 24 * 30};
    if (index < 0 || index > 2)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const QSignalBlocker b1(m_from), b2(m_to);
    m_to->setDateTime(now);
    m_from->setDateTime(now.addSecs(-hours[index] * 3600));
}

bool SyncDialog::connectionFromForm(remote::Connection &c, QString &error) const
{
    const QString key = m_profile->currentData().toString();
    c.profile = key == QLatin1String(kEnvironmentEntry) ? QString() : key;
    c.host = m_host->text().trimmed();
    c.publicKey = m_publicKey->text().trimmed();
    c.secretKey = m_secret->text();
    if (c.host.isEmpty())
        error = tr("Enter the server address.");
    else if (c.publicKey.isEmpty() || c.secretKey.isEmpty())
        error = tr("Enter the public and the secret key of the project.");
    return error.isEmpty();
}

void SyncDialog::testConnection()
{
    remote::Connection c;
    QString error;
    if (!connectionFromForm(c, error) && c.host.isEmpty()) {
        m_connectionResult->setText(error);
        return;
    }
    m_test->setEnabled(false);
    m_connectionResult->setText(tr("Testing…"));
    QPointer<SyncDialog> self(this);
    QThread *t = QThread::create([self, c] {
        const remote::ConnectionCheck check = remote::testConnection(c);
        QMetaObject::invokeMethod(qApp, [self, check] {
            if (!self)
                return;
            self->m_test->setEnabled(true);
            self->m_connectionResult->setText((check.ok() ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + check.message);
        }, Qt::QueuedConnection);
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void SyncDialog::startSync()
{
    remote::Connection c;
    QString error;
    if (!m_workspace || !m_workspace->isOpen())
        error = tr("Open a workspace first.");
    else if (!connectionFromForm(c, error)) {
    } else if (m_from->dateTime() >= m_to->dateTime())
        error = tr("The window must start before it ends.");
    if (!error.isEmpty()) {
        m_window->setText(error);
        return;
    }
    if (!c.profile.isEmpty())
        SecretStore::instance().write(c.profile, c.secretKey);
    remote::SyncOptions o;
    o.fromNs = m_from->dateTime().toMSecsSinceEpoch() * kNsPerMs;
    o.toNs = m_to->dateTime().toMSecsSinceEpoch() * kNsPerMs;
    o.filters.environment = m_environment->text().trimmed();
    o.filters.traceName = m_traceName->text().trimmed();
    o.filters.userId = m_user->text().trimmed();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.filters.tags << t.trimmed();
    o.full = m_full->isChecked();
    m_log->clear();
    m_bar->setValue(0);
    if (m_controller->start(m_workspace->path(), c, o))
        setRunning(true);
}

void SyncDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_profile, m_host, m_publicKey, m_secret, m_test, m_preset, m_from,
                                                       m_to, m_environment, m_traceName, m_user, m_tags, m_full, m_sync})
        w->setEnabled(!running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    m_pause->setText(tr("Pause"));
    m_close->setEnabled(!running);
}

void SyncDialog::showProgress(const remote::SyncProgress &p)
{
    const int64_t span = p.totalToNs - p.totalFromNs;
    if (span > 0)
        m_bar->setValue(int(std::clamp<int64_t>(p.doneNs * 1000 / span, 0, 1000)));
    if (p.windowToNs > p.windowFromNs)
        m_window->setText(tr("Fetching %1 of %2 – %3").arg(p.resource.isEmpty() ? tr("data") : p.resource,
                                                           timeText(p.windowFromNs), timeText(p.windowToNs)));
    else if (p.stage == QLatin1String("prompts"))
        m_window->setText(tr("Fetching prompts"));
    else if (p.stage == QLatin1String("models"))
        m_window->setText(tr("Fetching the project's models"));
    else if (p.stage == QLatin1String("connecting"))
        m_window->setText(tr("Connecting…"));
    const QLocale l;
    m_counts->setText(tr("%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 requests")
                          .arg(l.toString(p.traces), l.toString(p.observations), l.toString(p.scores),
                               l.toString(p.sessions), l.toString(p.prompts), l.toString(p.requests)));
    if (p.waitMs > 0)
        m_wait->setText(tr("Waiting %1 s: %2").arg(p.waitMs / 1000.0, 0, 'f', 1).arg(p.waitReason));
    else if (!m_controller->isPaused())
        m_wait->setText(p.retries > 0 ? tr("%n retries so far", nullptr, int(p.retries)) : QString());
}

void SyncDialog::showSummary(const remote::SyncSummary &s)
{
    const QLocale l;
    QString head;
    switch (s.outcome) {
    case remote::SyncSummary::Outcome::Ok: head = tr("Sync complete."); break;
    case remote::SyncSummary::Outcome::Partial:
        head = tr("Sync complete, %n page(s) skipped (see the log; the next sync fetches them again).", nullptr,
                  int(s.skippedPages));
        break;
    case remote::SyncSummary::Outcome::Cancelled: head = tr("Sync cancelled; the next sync resumes where it stopped."); break;
    case remote::SyncSummary::Outcome::Failed: head = tr("Sync failed: %1").arg(s.error); break;
    }
    if (s.outcome == remote::SyncSummary::Outcome::Ok)
        m_bar->setValue(1000);
    m_window->setText(head);
    m_counts->setText(tr("%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 models")
                          .arg(l.toString(s.traces), l.toString(s.observations), l.toString(s.scores),
                               l.toString(s.sessions), l.toString(s.prompts), l.toString(s.models)));
    m_wait->setText(tr("%1 windows, %2 requests, %3 retries").arg(l.toString(s.windows), l.toString(s.requests), l.toString(s.retries)));
}

void SyncDialog::reject()
{
    if (m_controller->isRunning())
        return; // Cancel Sync first: closing must not leave a half-finished window behind unseen
    QDialog::reject();
}

} // namespace spanscope::ui
