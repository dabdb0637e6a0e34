#pragma once
// Renders every page of the main window to PNG files (light theme, plus the trace page dark):
// what `scripts/screenshots` runs under Xvfb to refresh docs/screenshots/. It waits for the
// workspace's import and each page's background loads, then grabs the window. UI thread only.

#include <functional>

#include <QString>

namespace spanscope::ui {

class MainWindow;

// Starts the tour; done(ok, message) is called when every picture is written or one failed.
void runScreenshotTour(MainWindow *window, const QString &directory, std::function<void(bool, QString)> done);

} // namespace spanscope::ui
