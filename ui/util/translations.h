#pragma once
// Installs the translators for the language chosen in Settings, else the system locale:
// Spanscope's own (compiled into the ui library's resources) and Qt's (standard dialogs and
// buttons). Main thread, before any window, after the organisation and application names are
// set (the choice is read from QSettings).

#include <QString>

class QCoreApplication;

namespace spanscope::ui {

// Returns the language that was loaded ("ru", "de"), or an empty string for English.
QString installTranslations(QCoreApplication &app);

} // namespace spanscope::ui
