#pragma once
// The trace detail page's header: trace name, time, duration, observation and error counts,
// tokens, cost (provided / computed / unpriced), user, session (a link), environment, tags,
// scores and repair flags. UI thread only.

#include <optional>

#include <QWidget>

#include "store/treerepository.h"

class QLabel;

namespace spanscope::ui {

class TraceHeader : public QWidget {
    Q_OBJECT
public:
    explicit TraceHeader(QWidget *parent = nullptr);

    void setHeader(const store::TraceHeader &header);
    void showMessage(const QString &message);
    QString text() const; // the header's visible text (tests and accessibility)

signals:
    void sessionLinkActivated(const QString &sessionId);
    void userLinkActivated(const QString &userId);

protected:
    // Links and label colours come from the palette: a theme switch re-renders the text.
    void changeEvent(QEvent *event) override;

private:
    std::optional<store::TraceHeader> m_shown;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_chips = nullptr;
};

} // namespace spanscope::ui
