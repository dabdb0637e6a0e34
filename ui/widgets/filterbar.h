#pragma once
// The Traces page's filter bar: full-text search (debounced), time range presets and a custom
// range, an "Add filter" menu (model, user, session, trace name, tag, environment, min latency,
// min cost, score condition), errors only, the matching count, and every active condition as a
// removable chip. Produces a store::TraceFilter; runs no queries itself except the pickers'
// value lists (through ReadJobs). UI thread only.

#include <optional>

#include <QDateTime>
#include <QWidget>

#include "store/tracefilter.h"
#include "store/tracerepository.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class Chip;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    enum class TimePreset { All, LastHour, Last24Hours, Last7Days, Last30Days, Custom };
    // Search text waits this long after the last key before it applies.
    static constexpr int DebounceMs = 300;

    explicit FilterBar(QWidget *parent = nullptr);

    // Where the pickers read their value lists; nullptr = free text only.
    void setReadJobs(jobs::ReadJobs *jobs) { m_jobs = jobs; }

    // The filter as shown (time presets resolved against the current time).
    store::TraceFilter filter() const;
    // Shows a filter (e.g. "open the traces of this chart segment") and applies it at once.
    void setFilter(const store::TraceFilter &filter);
    // Removes every condition.
    void clearAll();
    // "1,234 traces"; -1 shows that counting is under way.
    void setMatchCount(qint64 count);

    void setTimePreset(TimePreset preset);
    void setCustomTimeRange(const QDateTime &from, const QDateTime &to);
    TimePreset timePreset() const { return m_preset; }
    // Adds one value to a list condition (model, user, ...); ignored when already present.
    void addValue(store::TraceField field, const QString &value);
    void setErrorsOnly(bool on);
    void setMinLatencyMs(std::optional<double> ms);
    void setMinCostUsd(std::optional<double> usd);
    // Parses "relevance < 0.6", "correct = 1", "tone = friendly" and adds it; false + error
    // message when the text is not a condition.
    bool addScoreCondition(const QString &text, QString *error = nullptr);
    static bool parseScoreCondition(const QString &text, store::ScoreCondition &out, QString *error = nullptr);
    static QString describe(const store::ScoreCondition &condition);

    void focusSearch();
    // Applies pending search text now instead of after the debounce.
    void applyPendingText();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *timeRangeBox() const { return m_time; }
    QToolButton *addFilterButton() const { return m_add; }
    QToolButton *errorsButton() const { return m_errors; }
    QLabel *countLabel() const { return m_count; }
    QLabel *hintLabel() const { return m_hint; }
    QList<Chip *> chips() const;

signals:
    void filterChanged(const spanscope::store::TraceFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildAddMenu();
    void pickValue(store::TraceField field, const QString &title);
    void pickNumber(bool latency);
    void pickScore();
    void pickCustomRange();
    void onTextEdited();
    void onTimeIndexChanged(int index);
    void rebuildChips();
    void addChip(const QString &text, const QString &tip, std::function<void()> remove);
    void changed();

    jobs::ReadJobs *m_jobs = nullptr;
    store::TraceFilter m_filter; // everything but the time range
    TimePreset m_preset = TimePreset::All;
    QDateTime m_customFrom, m_customTo;
    bool m_updating = false;

    QLineEdit *m_search = nullptr;
    QComboBox *m_time = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_errors = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_chipRow = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace spanscope::ui
