#pragma once
// A removable filter chip: "model: gpt-4o ✕". Shows one condition of the trace filter; the ✕
// button (or Delete/Backspace while it has focus) asks for its removal. UI thread only.

#include <QFrame>

class QLabel;
class QToolButton;

namespace spanscope::ui {

class Chip : public QFrame {
    Q_OBJECT
public:
    Chip(const QString &text, const QString &toolTip, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_label = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace spanscope::ui
