#pragma once
// The small dialog behind "Add filter ▸ Model…" and friends: an editable list of the values the
// workspace holds for one field (loaded in the background), filtered as the user types.
// UI thread only.

#include <QDialog>

#include "store/tracerepository.h"

class QComboBox;
class QLabel;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class FilterValuePicker : public QDialog {
    Q_OBJECT
public:
    // Values listed at most; the user can still type any other value.
    static constexpr int MaxValues = 2000;

    FilterValuePicker(store::TraceField field, const QString &title, jobs::ReadJobs *jobs, QWidget *parent = nullptr);

    QString value() const;
    QComboBox *valueBox() const { return m_box; }

signals:
    void valuesLoaded(int count);

private:
    QComboBox *m_box = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace spanscope::ui
