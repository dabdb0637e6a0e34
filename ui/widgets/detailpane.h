#pragma once
// The selected observation in the trace detail page: a summary (name, type, id, timing, model,
// status, repair flags) above tabs for Input/Output (chat or JSON), Metadata, raw Attributes,
// Usage and cost (provided vs computed, the price entry, unpriced), Scores and Events.
// ObservationView::prepare runs on a worker thread (it parses the payloads); the pane itself is
// UI thread only.

#include <QWidget>

#include "store/treerepository.h"
#include "widgets/payloaddoc.h"

class QLabel;
class QTabWidget;
class QTreeWidget;
class QToolButton;

namespace spanscope::ui {

class PayloadSection;

// One observation ready to show: the store's detail plus parsed payloads.
struct ObservationView {
    store::ObservationDetail detail;
    PayloadDoc input, output, metadata, modelParameters;
    int64_t traceStartNs = store::TraceTree::kNoTime; // for "+offset" times
    static ObservationView prepare(store::ObservationDetail detail, int64_t traceStartNs);
};

class DetailPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { IoTab, MetadataTab, AttributesTab, UsageTab, ScoresTab, EventsTab };

    explicit DetailPane(QWidget *parent = nullptr);

    void showObservation(const ObservationView &view);
    void showLoading(const QString &name);
    void showMessage(const QString &message);
    void clear();

    QString observationId() const { return m_observationId; }
    QTabWidget *tabs() const { return m_tabs; }
    PayloadSection *inputSection() const { return m_input; }
    PayloadSection *outputSection() const { return m_output; }
    PayloadSection *metadataSection() const { return m_metadata; }
    QTreeWidget *attributesTable() const { return m_attributes; }
    QTreeWidget *usageTable() const { return m_usage; }
    QTreeWidget *scoresTable() const { return m_scores; }
    QTreeWidget *eventsTable() const { return m_events; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fillUsage(const store::ObservationDetail &d);
    void fillScores(const std::vector<store::ScoreRow> &scores);
    void fillEvents(const std::vector<store::EventRow> &events, int64_t traceStartNs);
    void fillAttributes(const std::vector<store::AttributeRow> &attributes);
    void setTabCount(Tab tab, const QString &base, int count);

    QString m_observationId;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_copyId = nullptr;
    QTabWidget *m_tabs = nullptr;
    PayloadSection *m_input = nullptr;
    PayloadSection *m_output = nullptr;
    PayloadSection *m_metadata = nullptr;
    PayloadSection *m_modelParameters = nullptr;
    QTreeWidget *m_attributes = nullptr;
    QTreeWidget *m_usage = nullptr;
    QTreeWidget *m_scores = nullptr;
    QTreeWidget *m_events = nullptr;
};

} // namespace spanscope::ui
