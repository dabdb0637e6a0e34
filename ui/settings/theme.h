#pragma once
// Light and dark palettes: follow the system (the platform's own palette and style), or force
// light or dark (Fusion with a matching palette). The choice is kept in QSettings. UI thread only.

#include <QString>

namespace spanscope::ui {

enum class Theme { System, Light, Dark };

// The saved choice (System when none).
Theme savedTheme();
void saveTheme(Theme theme);
// Applies a theme to the running application (every widget repaints).
void applyTheme(Theme theme);
// True when the application's window colour is dark (for pages that pick their own colours).
bool isDarkPalette();
QString themeName(Theme theme);

} // namespace spanscope::ui
