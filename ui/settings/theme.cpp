#include "settings/theme.h"

#include <optional>

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace spanscope::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");

// What the platform gave us before any theme was applied: "System" goes back to it.
struct SystemLook {
    QPalette palette;
    QString style;
};

SystemLook &systemLook()
{
    static SystemLook look = [] {
        SystemLook l;
        l.palette = QApplication::palette();
        l.style = QApplication::style() ? QApplication::style()->name() : QString();
        return l;
    }();
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor muted(0x8a, 0x8f, 0x98);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, muted);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x55, 0x5c));
    return p;
}

} // namespace

Theme savedTheme()
{
    const QString v = QSettings().value(kThemeKey).toString();
    if (v == QLatin1String("light"))
        return Theme::Light;
    if (v == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void saveTheme(Theme theme)
{
    const char *names[] = { "system", "light", "dark" };
    QSettings().setValue(kThemeKey, QString::fromLatin1(names[int(theme)]));
}

void applyTheme(Theme theme)
{
    const SystemLook &system = systemLook(); // captured before the first change
    if (theme == Theme::System) {
        if (!system.style.isEmpty() && QApplication::style()->name() != system.style)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return;
    }
    // Fusion draws every control from the palette, so both palettes look complete.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return QCoreApplication::translate("spanscope::ui::Theme", "Follow System");
    case Theme::Light: return QCoreApplication::translate("spanscope::ui::Theme", "Light");
    case Theme::Dark: return QCoreApplication::translate("spanscope::ui::Theme", "Dark");
    }
    return {};
}

} // namespace spanscope::ui
