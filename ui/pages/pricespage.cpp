#include "pages/pricespage.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "dialogs/priceentrydialog.h"
#include "jobs/readjobs.h"
#include "util/format.h"
#include "util/writejob.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {
const QString kChannel = QStringLiteral("prices");

struct Row {
    QString id, model, pattern, origin, start;
    std::optional<double> input, output;
    bool inputIsTotal = false;
    int tiers = 0;
    PriceEntryDraft draft; // what the editor starts from
};

QString originName(pricing::Origin o)
{
    switch (o) {
    case pricing::Origin::User: return PricesPage::tr("user");
    case pricing::Origin::Project: return PricesPage::tr("project");
    case pricing::Origin::Bundled: return PricesPage::tr("bundled");
    }
    return {};
}

QString perMillion(std::optional<double> usdPerToken)
{
    return usdPerToken ? QStringLiteral("$%1").arg(*usdPerToken * 1e6, 0, 'g', 6) : QStringLiteral("–");
}
} // namespace

PricesPage::PricesPage(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter models…"));
    m_search->setClearButtonEnabled(true);
    auto *import = new QPushButton(tr("Import Catalog JSON…"), this);
    import->setObjectName(QStringLiteral("pricesImport"));
    auto *add = new QPushButton(tr("Add Entry…"), this);
    add->setObjectName(QStringLiteral("pricesAdd"));
    add->setToolTip(tr("Add a user price entry (a fine-tune, a self-hosted model, a negotiated price)"));
    auto *edit = new QPushButton(tr("Edit Entry…"), this);
    edit->setObjectName(QStringLiteral("pricesEdit"));
    edit->setToolTip(tr("Edit the selected user entry; for a bundled or project entry, create a user entry that overrides it"));
    auto *remove = new QPushButton(tr("Remove User Entry"), this);
    remove->setObjectName(QStringLiteral("pricesRemove"));
    m_repriceButton = new QPushButton(tr("Re-price Workspace…"), this);
    m_repriceButton->setObjectName(QStringLiteral("pricesReprice"));
    m_repriceButton->setToolTip(tr("Compute every observation's cost again with this catalog (provided costs are kept)"));
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(import);
    bar->addWidget(remove);
    bar->addWidget(m_repriceButton);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Model"), tr("Origin"), tr("Input / 1M"), tr("Output / 1M"), tr("Tiers"),
                                         tr("Effective from"), tr("Match pattern") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pricesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &PricesPage::applyFilter);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Price Catalog"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importCatalogFile(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
        if (!item || m_table->item(row, 1)->data(Qt::UserRole).toInt() != int(pricing::Origin::User)) {
            QMessageBox::information(this, tr("Remove User Entry"), tr("Select an entry whose origin is \"user\"."));
            return;
        }
        removeUserEntry(item->data(Qt::UserRole).toString());
    });
    connect(add, &QPushButton::clicked, this, [this] { editEntry(QString()); });
    connect(edit, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) {
            QMessageBox::information(this, tr("Edit Entry"), tr("Select an entry to edit."));
            return;
        }
        editEntry(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editEntry(m_table->item(row, 0)->data(Qt::UserRole).toString()); });
    connect(m_repriceButton, &QPushButton::clicked, this, [this] { reprice(false); });
    connect(m_workspace, &Workspace::opened, this, &PricesPage::reload);
}

PricesPage::~PricesPage() = default;

void PricesPage::reload()
{
    jobs::ReadJobs *jobs = m_workspace->readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    m_loading = true;
    struct Result {
        std::vector<Row> rows;
        QString warning;
    };
    jobs->run<std::shared_ptr<Result>>(
        kChannel, this,
        [](store::Database &db) {
            auto r = std::make_shared<Result>();
            const auto catalog = pricing::loadWorkspaceCatalog(db, &r->warning);
            for (const auto &e : catalog->entries()) {
                Row row;
                row.id = QString::fromStdString(e->id);
                row.model = QString::fromStdString(e->modelName);
                row.pattern = QString::fromStdString(e->matchPattern);
                row.origin = QString::number(int(e->origin));
                if (e->startDateNs)
                    row.start = formatTimestamp(*e->startDateNs);
                row.tiers = int(e->tiers.size());
                if (e->defaultTier >= 0) {
                    const auto &prices = e->tiers[size_t(e->defaultTier)].prices;
                    if (auto it = prices.find("input"); it != prices.end())
                        row.input = it->second;
                    if (auto it = prices.find("output"); it != prices.end())
                        row.output = it->second;
                    if (auto it = prices.find("total"); !row.input && it != prices.end()) {
                        row.input = it->second; // embeddings and the like: one price per token of any kind
                        row.inputIsTotal = true;
                    }
                }
                row.draft.id = row.id;
                row.draft.modelName = row.model;
                row.draft.matchPattern = row.pattern;
                if (e->startDateNs)
                    row.draft.startDateMs = *e->startDateNs / 1000000;
                if (e->defaultTier >= 0)
                    for (const auto &[key, price] : e->tiers[size_t(e->defaultTier)].prices)
                        row.draft.prices[QString::fromStdString(key)] = price;
                const QJsonArray tiers = QJsonDocument::fromJson(QByteArray::fromStdString(e->tiersJson)).array();
                for (const QJsonValue &t : tiers)
                    if (!t.toObject().value(QStringLiteral("isDefault")).toBool())
                        row.draft.otherTiers.append(t);
                r->rows.push_back(std::move(row));
            }
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            m_table->setSortingEnabled(false);
            m_table->setRowCount(int(r->rows.size()));
            m_drafts.clear();
            for (const Row &row : r->rows)
                m_drafts[row.id] = { row.draft, pricing::Origin(row.origin.toInt()) };
            int user = 0, project = 0;
            for (int i = 0; i < int(r->rows.size()); ++i) {
                const Row &row = r->rows[size_t(i)];
                const auto origin = pricing::Origin(row.origin.toInt());
                user += origin == pricing::Origin::User;
                project += origin == pricing::Origin::Project;
                auto *model = new QTableWidgetItem(row.model);
                model->setData(Qt::UserRole, row.id);
                auto *originItem = new QTableWidgetItem(originName(origin));
                originItem->setData(Qt::UserRole, int(origin));
                m_table->setItem(i, 0, model);
                m_table->setItem(i, 1, originItem);
                m_table->setItem(i, 2, new QTableWidgetItem(perMillion(row.input)
                                                            + (row.inputIsTotal ? tr(" (any token)") : QString())));
                m_table->setItem(i, 3, new QTableWidgetItem(perMillion(row.output)));
                m_table->setItem(i, 4, new QTableWidgetItem(QString::number(row.tiers)));
                m_table->setItem(i, 5, new QTableWidgetItem(row.start));
                m_table->setItem(i, 6, new QTableWidgetItem(row.pattern));
            }
            m_table->setSortingEnabled(true);
            if (m_table->horizontalHeader()->sortIndicatorSection() >= m_table->columnCount()
                || !m_sorted) {
                m_table->sortByColumn(0, Qt::AscendingOrder);
                m_sorted = true;
            }
            m_table->resizeColumnsToContents();
            applyFilter();
            m_status->setText(tr("%n price entries", nullptr, int(r->rows.size()))
                              + tr(" (%1 user, %2 project). User entries win over project entries, project over "
                                   "bundled; among those the latest effective date applies.")
                                    .arg(user)
                                    .arg(project)
                              + (r->warning.isEmpty() ? QString() : QLatin1Char('\n') + r->warning)
                              + (m_notice.isEmpty() ? QString() : QLatin1Char('\n') + m_notice));
            m_loading = false;
            emit loaded();
        },
        [this](const QString &message) {
            m_status->setText(message);
            m_loading = false;
            emit loaded();
        });
}

void PricesPage::setNotice(const QString &text)
{
    m_notice = text;
    m_status->setText(text);
}

void PricesPage::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setRowHidden(r, !text.isEmpty() && !m_table->item(r, 0)->text().contains(text, Qt::CaseInsensitive));
}

void PricesPage::importCatalogFile(const QString &path)
{
    // Read and parsed on the worker: a catalog file can be large.
    storeUserEntries(
        [path](QString &error) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                error = tr("cannot read the file: %1").arg(f.errorString());
                return QByteArray();
            }
            return f.readAll();
        },
        tr("Imported %1.").arg(path), [path](const QString &error) { return tr("%1 was not imported: %2").arg(path, error); });
}

void PricesPage::saveUserEntry(const QByteArray &json, const QString &model)
{
    storeUserEntries([json](QString &) { return json; }, tr("Saved the price entry for %1.").arg(model),
                     [model](const QString &error) { return tr("The price entry for %1 was not saved: %2").arg(model, error); });
}

void PricesPage::storeUserEntries(std::function<QByteArray(QString &)> read, const QString &done,
                                  std::function<QString(const QString &)> failed)
{
    runWrite<QString>(
        m_workspace->path(), this,
        [read](store::Database &db, const QString &openError) {
            if (!openError.isEmpty())
                return openError;
            QString error;
            const QByteArray json = read(error);
            if (!error.isEmpty())
                return error;
            const int n = pricing::importUserEntries(db, std::string_view(json.constData(), size_t(json.size())), &error);
            return n < 0 ? error : QString();
        },
        [this, done, failed](QString error) {
            if (!error.isEmpty()) {
                setNotice(failed(error));
                emit errorOccurred(error);
            } else {
                setNotice(done + tr(" Re-price the workspace to apply the new prices to earlier imports."));
                emit catalogChanged();
            }
            reload();
        });
}

void PricesPage::editEntry(const QString &id)
{
    PriceEntryDraft draft;
    if (!id.isEmpty()) {
        const auto it = m_drafts.find(id);
        if (it == m_drafts.end())
            return;
        draft = it->second.first;
        // A bundled or project entry is not changed: a user entry of its own overrides it, and
        // removing that user entry brings the original back.
        if (it->second.second != pricing::Origin::User)
            draft.id = QStringLiteral("user-") + draft.id;
    }
    PriceEntryDialog dialog(draft, this);
    if (dialog.exec() == QDialog::Accepted)
        saveUserEntry(dialog.entryJson(), dialog.modelEdit()->text().trimmed());
}

void PricesPage::removeUserEntry(const QString &id)
{
    runWrite<store::Status>(
        m_workspace->path(), this,
        [id](store::Database &db, const QString &openError) {
            return openError.isEmpty() ? store::deleteModelPrice(db, id.toStdString()) : store::Status::failure(openError);
        },
        [this](store::Status s) {
            if (!s)
                emit errorOccurred(s.error);
            emit catalogChanged();
            reload();
        });
}

void PricesPage::reprice(bool quiet)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    QProgressDialog *progress = nullptr;
    QTimer *poll = nullptr;
    if (!quiet) {
        progress = new QProgressDialog(tr("Re-pricing the workspace…"), tr("Cancel"), 0, 1000, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
        poll = new QTimer(progress);
        connect(poll, &QTimer::timeout, progress, [progress, done, total] {
            if (*total > 0)
                progress->setValue(int(1000 * *done / *total));
        });
        poll->start(100);
    }
    m_repriceButton->setEnabled(false);
    runWrite<pricing::RepriceSummary>(
        m_workspace->path(), this,
        [cancel, done, total](store::Database &db, const QString &openError) {
            if (!openError.isEmpty()) {
                pricing::RepriceSummary s;
                s.error = openError;
                return s;
            }
            const auto catalog = pricing::loadWorkspaceCatalog(db);
            return pricing::repriceWorkspace(db, *catalog, [done, total](int64_t d, int64_t t) {
                *done = d;
                *total = t;
            }, cancel.get());
        },
        [this, progress](pricing::RepriceSummary s) {
            if (progress)
                progress->deleteLater();
            m_repriceButton->setEnabled(true);
            m_lastReprice = s;
            if (s.cancelled) {
                setNotice(tr("Re-pricing cancelled; nothing changed."));
            } else if (!s.ok) {
                setNotice(tr("Re-pricing failed: %1").arg(s.error));
                emit errorOccurred(s.error);
            } else {
                setNotice(tr("Re-priced %n observation(s).", nullptr, int(s.observations))
                                  + tr(" Computed cost %1 → %2 (%3), %4 trace(s) changed; provided cost %5 kept; "
                                       "unpriced %6 → %7.")
                                        .arg(formatCost(s.computedBefore), formatCost(s.computedAfter),
                                             formatCost(s.computedAfter - s.computedBefore))
                                        .arg(s.tracesChanged)
                                        .arg(formatCost(s.providedTotal))
                                        .arg(s.unpricedBefore)
                                        .arg(s.unpricedAfter));
                m_workspace->notifyChanged();
            }
            emit repriced();
        });
}

} // namespace spanscope::ui
