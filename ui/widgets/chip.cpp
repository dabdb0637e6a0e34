#include "widgets/chip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace spanscope::ui {

Chip::Chip(const QString &text, const QString &toolTip, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("filterChip"));
    setFocusPolicy(Qt::TabFocus);
    setToolTip(toolTip);
    m_label = new QLabel(text, this);
    m_label->setTextFormat(Qt::PlainText);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("chipRemoveButton"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setCursor(Qt::PointingHandCursor);
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAccessibleName(tr("Remove filter %1").arg(text));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &Chip::removeRequested);
    updateColors();
}

QString Chip::text() const
{
    return m_label->text();
}

void Chip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit removeRequested();
        return;
    }
    QFrame::keyPressEvent(event);
}

void Chip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QFrame::changeEvent(event);
}

void Chip::updateColors()
{
    // Built from the palette so chips follow light and dark themes.
    const QPalette p = palette();
    QColor fill = p.color(QPalette::Highlight);
    fill.setAlpha(40);
    QColor border = p.color(QPalette::Highlight);
    border.setAlpha(140);
    const QString sheet = (QStringLiteral("#filterChip { background: %1; border: 1px solid %2; border-radius: 10px; }"
                                 "#filterChip:focus { border: 2px solid %3; }")
                      .arg(fill.name(QColor::HexArgb), border.name(QColor::HexArgb),
                           p.color(QPalette::Highlight).name()));
    if (sheet != styleSheet()) // a style sheet change must not feed back into another one
        setStyleSheet(sheet);
}

} // namespace spanscope::ui
