#pragma once
// The Quality page: a heatmap of scores by a chosen grouping (model, prompt version, trace name,
// user, environment, release, day, week) whose cells open the Traces page filtered to exactly the
// cell's traces; score-vs-score correlation (confusion matrix for categorical pairs); and the
// low-quality list, newest first. Reads run through jobs::ReadJobs. UI thread only.

#include <memory>

#include <QWidget>

#include "store/qualityrepository.h"
#include "store/tracefilter.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class HeatmapWidget;
class AlertsPanel;
class Workspace;

class QualityPage : public QWidget {
    Q_OBJECT
public:
    QualityPage(Workspace *workspace, QWidget *parent = nullptr);
    ~QualityPage() override;

    void reload();
    // True while any of the page's reads has not delivered (superseded reads do not count).
    bool isLoading() const;

    HeatmapWidget *heatmap() const { return m_heatmap; }
    QComboBox *scoreCombo() const { return m_score; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QSpinBox *minSamplesBox() const { return m_minSamples; }
    QComboBox *pairFirstCombo() const { return m_pairA; }
    QComboBox *pairSecondCombo() const { return m_pairB; }
    QLabel *correlationLabel() const { return m_correlation; }
    QTableWidget *confusionTable() const { return m_confusion; }
    QComboBox *lowScoreCombo() const { return m_lowScore; }
    QDoubleSpinBox *lowThresholdBox() const { return m_lowThreshold; }
    QTableWidget *lowQualityTable() const { return m_lowTable; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    QTabWidget *tabs() const { return m_tabs; }
    // The map behind the heatmap as loaded (for click-through).
    const store::QualityHeatmap &currentMap() const { return m_map; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void openTraceRequested(const QString &traceId);
    void openTracesRequested(const spanscope::store::TraceFilter &filter);
    void loaded();
    void errorOccurred(const QString &message);

private:
    void buildUi();
    QWidget *buildPairsPanel();
    QWidget *buildLowQualityPanel();
    void fillPanelPickers();
    void loadNames();
    void loadHeatmap();
    void loadPairs();
    void loadLowQuality();
    void showHeatmap(store::QualityHeatmap map);
    void onCellClicked(int row, int column);
    void applyDirections();
    void finished();
    jobs::ReadJobs *readJobs() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<jobs::ReadJobs> m_ownJobs;
    std::vector<store::ScoreNameInfo> m_names;
    store::QualityHeatmap m_map;
    HeatmapWidget *m_heatmap = nullptr;
    QScrollArea *m_scroll = nullptr;
    QComboBox *m_score = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_minSamples = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_pairA = nullptr;
    QComboBox *m_pairB = nullptr;
    QLabel *m_correlation = nullptr;
    QTableWidget *m_confusion = nullptr;
    QComboBox *m_lowScore = nullptr;
    QDoubleSpinBox *m_lowThreshold = nullptr;
    QComboBox *m_lowLabel = nullptr;
    QTableWidget *m_lowTable = nullptr;
    AlertsPanel *m_alerts = nullptr;
};

} // namespace spanscope::ui
