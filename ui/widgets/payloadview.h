#pragma once
// Read-only text pane for one observation's payloads (input, output, metadata, model
// parameters, usage, status) with JSON pretty-printed. UI thread only.

#include <QPlainTextEdit>

#include "store/tracerepository.h"

namespace spanscope::ui {

class PayloadView : public QPlainTextEdit {
    Q_OBJECT
public:
    // Payloads longer than this are cut for display: a multi-megabyte document would stall
    // the layout, and the head is what a reader scans.
    static constexpr qsizetype MaxSectionChars = 1 << 20;

    explicit PayloadView(QWidget *parent = nullptr);

    void showPayload(const QString &title, const store::ObservationPayload &payload);
    void showMessage(const QString &message);
    void clearPayload();
};

} // namespace spanscope::ui
