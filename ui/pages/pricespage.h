#pragma once
// The Prices page: the price catalog the workspace prices with — the bundled Langfuse catalog,
// project entries from a Langfuse sync and the user's own entries (user > project > bundled) —
// with per-token prices of each entry's default tier. Import a catalog JSON in the Langfuse
// format (/api/public/models or a bare array) to add or update user entries, remove user entries,
// and re-price the whole workspace in the background (progress, cancel; trace totals and cost
// rollups follow, provided costs are kept). UI thread only.

#include <atomic>
#include <functional>
#include <map>
#include <memory>

#include <QWidget>

#include "dialogs/priceentrydialog.h"
#include "pricing/reprice.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace spanscope::ui {

class Workspace;

class PricesPage : public QWidget {
    Q_OBJECT
public:
    PricesPage(Workspace *workspace, QWidget *parent = nullptr);
    ~PricesPage() override;

    void reload();
    bool isLoading() const { return m_loading; }
    // Adds user entries from a Langfuse-format file (on a worker), then reloads.
    void importCatalogFile(const QString &path);
    void removeUserEntry(const QString &id);
    // Opens the entry editor for an entry of the table (empty id: a new entry) and saves it.
    void editEntry(const QString &id);
    // Stores entries in the Langfuse catalog format as user entries (on a worker), then reloads.
    void saveUserEntry(const QByteArray &json, const QString &model);
    // Re-prices every observation; shows a progress dialog unless quiet.
    void reprice(bool quiet = false);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    const pricing::RepriceSummary &lastReprice() const { return m_lastReprice; }

signals:
    void loaded();
    void catalogChanged();
    void repriced();
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    // read() runs on the worker and returns the catalog JSON (or sets an error); failed(error)
    // words the notice when storing did not work.
    void storeUserEntries(std::function<QByteArray(QString &)> read, const QString &done,
                          std::function<QString(const QString &)> failed);
    // The last action's outcome; stays under the catalog summary across reloads.
    void setNotice(const QString &text);
    Workspace *m_workspace;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_repriceButton = nullptr;
    QString m_notice;
    bool m_loading = false;
    bool m_sorted = false; // sorted by model once; later the user's choice stays
    pricing::RepriceSummary m_lastReprice;
    std::map<QString, std::pair<PriceEntryDraft, pricing::Origin>> m_drafts; // by entry id, from the last load
};

} // namespace spanscope::ui
