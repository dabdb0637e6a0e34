#pragma once
// The Cost page: KPIs for a range with the change against the previous equal range, cost (or
// tokens by kind) over time stacked by model / provider / user / trace name / tag / environment,
// breakdown tables (the grouping, sessions, a metadata key, the most expensive traces with
// per-trace p50/p95), budgets with their crossings and a forecast to the end of the period, and
// what-if pricing as another model. Numbers come from analytics/costreport (the same as
// `spanscope-cli report cost`), read through jobs::ReadJobs; a bar segment or a table row opens
// the Traces page filtered to it. Charts export as PNG/SVG, tables as CSV. UI thread only.

#include <memory>
#include <vector>

#include <QWidget>

#include "analytics/costreport.h"
#include "analytics/spendforecast.h"
#include "pricing/reprice.h"
#include "store/costrepository.h"
#include "store/tracefilter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTableWidgetItem;

class QChart;
class QChartView;

namespace spanscope::ui {

class Workspace;

struct BudgetView {
    store::Budget budget;
    double spent = 0; // in the current period
    std::vector<analytics::BudgetCrossing> crossings; // last three periods
    analytics::SpendForecast forecast;
    std::vector<double> periodDaily; // the current period's days so far
};

struct CostPageData {
    store::Status status;
    int64_t fromNs = 0, toNs = 0;
    analytics::CostKpis kpis;
    analytics::CostSeries series;
    store::TraceCostStats traces;
    std::vector<store::TraceGroupCost> sessions;
    std::vector<std::string> metadataKeys;
    std::vector<BudgetView> budgets;
};

class CostPage : public QWidget {
    Q_OBJECT
public:
    enum Range { Last24h, Last7d, Last30d, Last90d, Last365d, AllData };
    CostPage(Workspace *workspace, QWidget *parent = nullptr);
    ~CostPage() override;

    void reload();
    bool isLoading() const;
    // The Traces page's filter; applied (except its time range) while "Traces filter" is on.
    void setTracesFilter(const store::TraceFilter &filter);

    QComboBox *rangeCombo() const { return m_range; }
    QComboBox *groupCombo() const { return m_group; }
    QComboBox *bucketCombo() const { return m_bucket; }
    QComboBox *measureCombo() const { return m_measure; }
    QCheckBox *tracesFilterBox() const { return m_useFilter; }
    QLabel *kpiValue(int i) const { return m_kpiValues.at(i); }
    QChartView *chartView() const { return m_chartView; }
    QChartView *budgetChartView() const { return m_budgetChartView; }
    QTableWidget *breakdownTable() const { return m_breakdown; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *metadataTable() const { return m_metadata; }
    QComboBox *metadataKeyCombo() const { return m_metadataKey; }
    QLabel *metadataNote() const { return m_metadataNote; }
    QTableWidget *topTracesTable() const { return m_topTraces; }
    QTableWidget *budgetTable() const { return m_budgets; }
    QTableWidget *whatIfTable() const { return m_whatIf; }
    QComboBox *whatIfModelCombo() const { return m_whatIfModel; }
    QLabel *whatIfSummary() const { return m_whatIfSummary; }
    QTabWidget *tabs() const { return m_tabs; }
    const CostPageData &data() const { return m_data; }

    // Chart export by suffix (.png / .svg); table export as CSV.
    bool exportChart(const QString &path, QString *error) const;
    // Adds a budget (written on a worker) and reloads.
    void addBudget(const store::Budget &budget);
    void removeBudget(int64_t id);
    // What-if for the page's current range and filter.
    void runWhatIf(const QString &targetModel);
    // Clicks on chart segment (bucket b, group index g; -1 = "Other").
    void openSegment(int bucket, int group);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void openTraceRequested(const QString &traceId);
    void openTracesRequested(const spanscope::store::TraceFilter &filter);
    void loaded();
    void budgetsChanged();
    void whatIfReady();
    void errorOccurred(const QString &message);

private:
    void buildUi();
    QWidget *buildKpis();
    QWidget *buildBudgetsTab();
    QWidget *buildWhatIfTab();
    void present(CostPageData data);
    void showKpis();
    void showChart();
    void showTables();
    void showTraceTables();
    void loadTraceTables();
    void showBudgets();
    void showBudgetChart(int row);
    void loadMetadata();
    store::TraceFilter pageFilter() const;
    store::TraceFilter segmentFilter(int bucket, const std::string *group) const;
    void chooseExport(QWidget *what);
    void exportTable(QTableWidget *table);
    void addBudgetDialog();
    void finished(const QString &channel);

    Workspace *m_workspace;
    QComboBox *m_range = nullptr, *m_group = nullptr, *m_bucket = nullptr, *m_measure = nullptr;
    QCheckBox *m_useFilter = nullptr;
    QLabel *m_filterNote = nullptr, *m_status = nullptr, *m_traceStats = nullptr;
    std::vector<QLabel *> m_kpiValues, m_kpiChanges;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_breakdown = nullptr, *m_sessions = nullptr, *m_metadata = nullptr, *m_topTraces = nullptr;
    QComboBox *m_metadataKey = nullptr;
    QLabel *m_metadataNote = nullptr;
    // Breakdowns by metadata key already computed (shared with the workers that fill it).
    std::shared_ptr<store::MetadataCostCache> m_metadataCache = std::make_shared<store::MetadataCostCache>();
    QTableWidget *m_budgets = nullptr;
    QChart *m_budgetChart = nullptr;
    QChartView *m_budgetChartView = nullptr;
    QLabel *m_budgetNote = nullptr;
    QComboBox *m_whatIfModel = nullptr;
    QTableWidget *m_whatIf = nullptr;
    QLabel *m_whatIfSummary = nullptr;
    store::TraceFilter m_tracesFilter;
    CostPageData m_data;
    std::vector<std::string> m_chartGroups; // groups drawn as their own bar sets (the rest: Other)
};

} // namespace spanscope::ui
