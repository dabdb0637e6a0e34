#pragma once
// Installs the translators for the system locale: Spanscope's own (compiled into the ui
// library's resources) and Qt's (standard dialogs and buttons). Main thread, before any window.

#include <QString>

class QCoreApplication;

namespace spanscope::ui {

// Returns the language that was loaded ("ru", "de"), or an empty string for English.
QString installTranslations(QCoreApplication &app);

} // namespace spanscope::ui
