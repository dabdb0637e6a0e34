#include "pages/promptspage.h"

#include <QComboBox>

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "pages/abreport.h"
#include "util/format.h"
#include "widgets/diffview.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcPromptsPage, "spanscope.ui.prompts")

namespace spanscope::ui {

namespace {

const QString kCatalogChannel = QStringLiteral("prompt-catalog");
const QString kMetricsChannel = QStringLiteral("prompt-metrics");
const QString kCallsChannel = QStringLiteral("prompt-calls");
constexpr int kCallRows = 1000; // calls listed for one version (newest first)
constexpr int kNameRole = Qt::UserRole + 1;

struct CatalogResult {
    store::Status status;
    analytics::PromptCatalog catalog;
    std::vector<std::pair<std::string, int64_t>> models;
};
struct MetricsResult {
    store::Status status;
    QString prompt;
    std::vector<analytics::VersionMetrics> metrics;
};
struct CallsResult {
    store::Status status;
    store::CallSet calls;
};

QString originText(analytics::PromptOrigin o)
{
    switch (o) {
    case analytics::PromptOrigin::Langfuse:
        return PromptsPage::tr("Langfuse prompt");
    case analytics::PromptOrigin::Generations:
        return PromptsPage::tr("named by generations");
    case analytics::PromptOrigin::OpenInference:
        return PromptsPage::tr("OpenInference template");
    case analytics::PromptOrigin::Inferred:
        return PromptsPage::tr("inferred");
    }
    return QString();
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    return i;
}

QTableWidgetItem *number(const QString &text)
{
    return item(text, Qt::AlignRight | Qt::AlignVCenter);
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QString optMs(const std::optional<double> &ms)
{
    return ms ? formatDuration(int64_t(*ms * 1e6)) : unknownText();
}

} // namespace

PromptsPage::PromptsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_jobs(std::make_unique<jobs::ReadJobs>())
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("promptFilter"));
    m_filter->setPlaceholderText(tr("Filter prompts"));
    m_filter->setClearButtonEnabled(true);
    m_prompts = makeTable(this, QStringLiteral("promptTable"),
                          {tr("Prompt"), tr("Source"), tr("Versions"), tr("Calls"), tr("Last used")});
    // Names are what a reader scans: they keep their full width; the pane scrolls sideways.
    m_prompts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("promptOrigin"));
    m_origin->setWordWrap(true);
    m_versions = makeTable(this, QStringLiteral("versionTable"),
                           {tr("Version"), tr("Labels"), tr("Created"), tr("Calls"), tr("Latency p50"),
                            tr("Latency p95"), tr("Tokens in / out"), tr("Cost per call"), tr("Errors"), tr("Scores (mean)")});
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setStretchLastSection(true);

    // Diff tab: any two versions.
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_diff = new DiffView(this);
    auto *diffTab = new QWidget(this);
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Compare"), diffTab));
    choose->addWidget(m_from);
    choose->addWidget(new QLabel(tr("with"), diffTab));
    choose->addWidget(m_to);
    choose->addStretch(1);
    auto *dl = new QVBoxLayout(diffTab);
    dl->addLayout(choose);
    dl->addWidget(m_diff, 1);

    m_ab = new AbReportPanel(this);
    m_ab->setJobs(m_jobs.get());
    m_calls = makeTable(this, QStringLiteral("callTable"),
                        {tr("Time"), tr("Trace"), tr("Latency"), tr("Tokens"), tr("Cost"), tr("Status")});
    m_calls->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calls->setToolTip(tr("Double-click a call to open its trace"));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(diffTab, tr("Diff"));
    m_tabs->addTab(m_ab, tr("A/B report"));
    m_tabs->addTab(m_calls, tr("Calls"));

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_filter);
    ll->addWidget(m_prompts, 1);
    auto *top = new QWidget(this);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_origin);
    tl->addWidget(m_versions, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(m_tabs);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 980});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, this, &PromptsPage::fillPrompts);
    connect(m_prompts, &QTableWidget::itemSelectionChanged, this, &PromptsPage::onPromptSelected);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PromptsPage::onVersionSelected);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PromptsPage::updateDiffFromChoosers);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PromptsPage::updateDiffFromChoosers);
    connect(m_calls, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *i = m_calls->item(row, 1))
            emit openTraceRequested(i->data(kNameRole).toString());
    });

    if (m_workspace) {
        m_jobs->setDatabasePath(m_workspace->path());
        connect(m_workspace, &Workspace::opened, this, [this](const QString &path) {
            m_jobs->setDatabasePath(path);
            reload();
        });
        connect(m_workspace, &Workspace::closed, this, [this] {
            m_jobs->setDatabasePath(QString());
            m_catalog = {};
            fillPrompts();
        });
        connect(m_workspace, &Workspace::changed, this, &PromptsPage::reload);
        if (m_workspace->isOpen())
            reload();
    }
}

PromptsPage::~PromptsPage() = default;

void PromptsPage::reload()
{
    if (m_jobs->databasePath().isEmpty())
        return;
    ++m_loading;
    m_jobs->run<std::shared_ptr<CatalogResult>>(
        kCatalogChannel, this,
        [](store::Database &db) {
            auto out = std::make_shared<CatalogResult>();
            out->status = analytics::loadPromptCatalog(db, out->catalog);
            if (out->status)
                out->status = store::loadModels(db, out->models);
            return out;
        },
        [this](std::shared_ptr<CatalogResult> r) {
            --m_loading;
            if (!r->status) {
                qCWarning(lcPromptsPage) << r->status.error;
                emit errorOccurred(r->status.error);
                return;
            }
            m_catalog = std::move(r->catalog);
            m_ab->setModels(r->models);
            if (m_pendingName.isEmpty())
                m_pendingName = m_currentName;
            fillPrompts();
            emit catalogLoaded();
        },
        [this](const QString &e) {
            --m_loading;
            emit errorOccurred(e);
        });
}

void PromptsPage::fillPrompts()
{
    const QString filter = m_filter->text().trimmed();
    const QSignalBlocker block(m_prompts);
    m_prompts->setRowCount(0);
    int selectRow = -1;
    // Managed prompts first, inferred guesses last; by name within each origin.
    std::vector<const analytics::PromptEntry *> ordered;
    for (const analytics::PromptEntry &p : m_catalog.prompts)
        ordered.push_back(&p);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto *a, const auto *b) { return int(a->origin) < int(b->origin); });
    for (const analytics::PromptEntry *entry : ordered) {
        const analytics::PromptEntry &p = *entry;
        if (!filter.isEmpty() && !p.name.contains(filter, Qt::CaseInsensitive))
            continue;
        const int row = m_prompts->rowCount();
        m_prompts->insertRow(row);
        QTableWidgetItem *name = item(p.name);
        name->setData(kNameRole, p.name);
        if (!p.tags.isEmpty())
            name->setToolTip(tr("Tags: %1").arg(p.tags.join(QStringLiteral(", "))));
        QTableWidgetItem *origin = item(originText(p.origin));
        if (p.origin == analytics::PromptOrigin::Inferred) {
            // Inferred prompts are guesses: set apart in italics, with the reason on hover.
            QFont f = origin->font();
            f.setItalic(true);
            origin->setFont(f);
            name->setFont(f);
            origin->setToolTip(tr("Grouped by Spanscope from identical normalised system messages; not a managed prompt"));
        }
        m_prompts->setItem(row, 0, name);
        m_prompts->setItem(row, 1, origin);
        m_prompts->setItem(row, 2, number(QString::number(p.versions.size())));
        m_prompts->setItem(row, 3, number(formatCount(p.calls())));
        m_prompts->setItem(row, 4, item(p.lastUsedNs() ? formatTimestamp(p.lastUsedNs()) : unknownText()));
        if (p.name == m_pendingName)
            selectRow = row;
    }
    if (selectRow < 0 && m_prompts->rowCount() > 0 && m_pendingName.isEmpty())
        selectRow = 0;
    m_pendingName.clear();
    if (selectRow >= 0) {
        m_prompts->selectRow(selectRow);
        onPromptSelected();
    } else if (m_prompts->rowCount() == 0) {
        m_versions->setRowCount(0);
        m_origin->setText(m_catalog.prompts.empty() ? tr("No prompts in this workspace yet: import Langfuse prompt "
                                                         "files or traces whose generations name a prompt.")
                                                    : QString());
        m_diff->clear(tr("No prompt selected."));
    }
}

const analytics::PromptEntry *PromptsPage::currentPrompt() const
{
    return m_catalog.find(m_currentName);
}

bool PromptsPage::showPrompt(const QString &name, int64_t version)
{
    for (int row = 0; row < m_prompts->rowCount(); ++row) {
        if (m_prompts->item(row, 0)->data(kNameRole).toString() != name)
            continue;
        m_prompts->selectRow(row);
        if (version >= 0)
            for (int v = 0; v < m_versions->rowCount(); ++v)
                if (m_versions->item(v, 0)->data(kNameRole).toLongLong() == version)
                    m_versions->selectRow(v);
        return true;
    }
    m_pendingName = name;
    m_pendingVersion = version;
    return false;
}

void PromptsPage::onPromptSelected()
{
    const QList<QTableWidgetItem *> sel = m_prompts->selectedItems();
    if (sel.isEmpty())
        return;
    const QString name = m_prompts->item(sel.first()->row(), 0)->data(kNameRole).toString();
    m_currentName = name;
    const analytics::PromptEntry *p = currentPrompt();
    if (!p)
        return;
    switch (p->origin) {
    case analytics::PromptOrigin::Inferred:
        m_origin->setText(tr("<b>%1</b> — <i>inferred prompt</i>: Spanscope normalised the system messages of "
                             "generations that name no prompt and grouped identical templates; each distinct "
                             "template at this call site is a version.")
                              .arg(name.toHtmlEscaped()));
        break;
    case analytics::PromptOrigin::Generations:
        m_origin->setText(tr("<b>%1</b> — named by generations; no prompt object was imported, so each version "
                             "shows the system message its first call sent.")
                              .arg(name.toHtmlEscaped()));
        break;
    default:
        m_origin->setText(QStringLiteral("<b>%1</b> — %2").arg(name.toHtmlEscaped(), originText(p->origin)));
    }
    {
        const QSignalBlocker block(m_versions);
        m_versions->setRowCount(int(p->versions.size()));
        // Newest first, as a release list reads.
        for (int i = 0; i < int(p->versions.size()); ++i) {
            const auto &v = p->versions[p->versions.size() - 1 - size_t(i)];
            QTableWidgetItem *ver = number(v.note.isEmpty() ? QString::number(v.version)
                                                            : QStringLiteral("%1 (%2)").arg(v.version).arg(v.note));
            ver->setData(kNameRole, qint64(v.version));
            m_versions->setItem(i, 0, ver);
            m_versions->setItem(i, 1, item(v.labels.join(QStringLiteral(", "))));
            m_versions->setItem(i, 2, item(v.createdAtNs ? formatTimestamp(v.createdAtNs) : unknownText()));
            m_versions->setItem(i, 3, number(formatCount(v.calls)));
            for (int c = 4; c < m_versions->columnCount(); ++c)
                m_versions->setItem(i, c, number(v.calls ? tr("…") : QStringLiteral("–")));
        }
    }
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->clear();
        m_to->clear();
        for (const auto &v : p->versions) {
            const QString label = v.labels.isEmpty()
                ? tr("version %1").arg(v.version)
                : tr("version %1 (%2)").arg(v.version).arg(v.labels.join(QStringLiteral(", ")));
            m_from->addItem(label, qint64(v.version));
            m_to->addItem(label, qint64(v.version));
        }
        const int n = int(p->versions.size());
        m_to->setCurrentIndex(n - 1);
        m_from->setCurrentIndex(std::max(0, n - 2));
    }
    updateDiffFromChoosers();
    m_ab->setPrompt(p);
    loadMetrics(*p);
    const int wanted = m_pendingVersion;
    m_pendingVersion = -1;
    int row = 0;
    for (int v = 0; v < m_versions->rowCount(); ++v)
        if (m_versions->item(v, 0)->data(kNameRole).toLongLong() == wanted)
            row = v;
    if (m_versions->rowCount() > 0)
        m_versions->selectRow(row);
}

void PromptsPage::onVersionSelected()
{
    const analytics::PromptEntry *p = currentPrompt();
    const QList<QTableWidgetItem *> sel = m_versions->selectedItems();
    if (!p || sel.isEmpty())
        return;
    const int64_t version = m_versions->item(sel.first()->row(), 0)->data(kNameRole).toLongLong();
    if (const analytics::PromptVersionEntry *v = p->version(version))
        loadCalls(*v);
}

void PromptsPage::diffVersions(int64_t from, int64_t to)
{
    m_from->setCurrentIndex(m_from->findData(qint64(from)));
    m_to->setCurrentIndex(m_to->findData(qint64(to)));
    updateDiffFromChoosers();
}

void PromptsPage::updateDiffFromChoosers()
{
    const analytics::PromptEntry *p = currentPrompt();
    if (!p || m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        m_diff->clear(tr("Choose two versions to compare."));
        return;
    }
    const auto *a = p->version(m_from->currentData().toLongLong());
    const auto *b = p->version(m_to->currentData().toLongLong());
    if (!a || !b)
        return;
    m_diff->setPrompts({a->type, a->bodyJson, a->configJson}, {b->type, b->bodyJson, b->configJson},
                       tr("%1 · version %2").arg(p->name).arg(a->version),
                       tr("%1 · version %2").arg(p->name).arg(b->version));
}

void PromptsPage::loadMetrics(const analytics::PromptEntry &prompt)
{
    std::vector<store::CallSelector> selectors;
    for (const auto &v : prompt.versions)
        selectors.push_back(v.selector);
    const QString name = prompt.name;
    ++m_loading;
    m_jobs->run<std::shared_ptr<MetricsResult>>(
        kMetricsChannel, this,
        [selectors, name](store::Database &db) {
            auto out = std::make_shared<MetricsResult>();
            out->prompt = name;
            for (const auto &s : selectors) {
                store::CallSet set;
                out->status = store::loadCalls(db, s, set);
                if (!out->status)
                    break;
                out->metrics.push_back(analytics::computeMetrics(set));
            }
            return out;
        },
        [this](std::shared_ptr<MetricsResult> r) {
            --m_loading;
            const analytics::PromptEntry *p = currentPrompt();
            if (!r->status || !p || p->name != r->prompt || r->metrics.size() != p->versions.size()) {
                if (!r->status)
                    emit errorOccurred(r->status.error);
                return;
            }
            for (int i = 0; i < m_versions->rowCount(); ++i) {
                const analytics::VersionMetrics &m = r->metrics[r->metrics.size() - 1 - size_t(i)];
                if (m.calls == 0)
                    continue;
                m_versions->item(i, 3)->setText(formatCount(m.calls));
                m_versions->item(i, 4)->setText(optMs(m.latencyP50Ms));
                m_versions->item(i, 5)->setText(optMs(m.latencyP95Ms));
                m_versions->item(i, 6)->setText(
                    QStringLiteral("%1 / %2")
                        .arg(m.inputTokensMean ? formatCount(int64_t(std::llround(*m.inputTokensMean))) : unknownText(),
                             m.outputTokensMean ? formatCount(int64_t(std::llround(*m.outputTokensMean))) : unknownText()));
                m_versions->item(i, 7)->setText(m.costPerCall ? formatCost(m.costPerCall) : unknownText());
                m_versions->item(i, 8)->setText(QString::number(m.errorShare * 100, 'f', 1) + QLatin1Char('%'));
                QStringList scores;
                for (const auto &[n, s] : m.scores)
                    scores << QStringLiteral("%1 %2 (n=%3)").arg(QString::fromStdString(n)).arg(s.mean, 0, 'f', 2).arg(s.n);
                m_versions->item(i, 9)->setText(scores.join(QStringLiteral(" · ")));
                m_versions->item(i, 9)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                m_versions->item(i, 9)->setToolTip(scores.join(QLatin1Char('\n')));
            }
            emit metricsLoaded();
        },
        [this](const QString &e) {
            --m_loading;
            emit errorOccurred(e);
        });
}

void PromptsPage::loadCalls(const analytics::PromptVersionEntry &version)
{
    const store::CallSelector selector = version.selector;
    ++m_loading;
    m_jobs->run<std::shared_ptr<CallsResult>>(
        kCallsChannel, this,
        [selector](store::Database &db) {
            auto out = std::make_shared<CallsResult>();
            out->status = store::loadCalls(db, selector, out->calls);
            return out;
        },
        [this](std::shared_ptr<CallsResult> r) {
            --m_loading;
            if (!r->status) {
                emit errorOccurred(r->status.error);
                return;
            }
            const auto &calls = r->calls.calls;
            const int n = std::min<int>(kCallRows, int(calls.size()));
            m_calls->setRowCount(n);
            for (int i = 0; i < n; ++i) {
                const store::CallSample &c = calls[calls.size() - 1 - size_t(i)]; // newest first
                m_calls->setItem(i, 0, item(formatTimestamp(c.startNs)));
                QTableWidgetItem *trace = item(QString::fromStdString(c.traceId));
                trace->setData(kNameRole, QString::fromStdString(c.traceId));
                trace->setForeground(palette().color(QPalette::Link));
                m_calls->setItem(i, 1, trace);
                m_calls->setItem(i, 2, number(optMs(c.latencyMs)));
                m_calls->setItem(i, 3, number(formatCount(c.totalTokens)));
                m_calls->setItem(i, 4, number(formatCost(c.cost)));
                m_calls->setItem(i, 5, item(c.error ? tr("error") : tr("ok")));
            }
            emit callsLoaded();
        },
        [this](const QString &e) {
            --m_loading;
            emit errorOccurred(e);
        });
}

} // namespace spanscope::ui
