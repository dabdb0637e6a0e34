#pragma once
// Settings: the interface language (system, English, Deutsch, Русский; applied at the next
// start) and the theme (applied at once). Values live in QSettings. UI thread only.

#include <QDialog>

class QComboBox;
class QLabel;

namespace spanscope::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

    // Saves the choices and applies the theme.
    void apply();

    // "" = follow the system locale; else "en", "de", "ru".
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

signals:
    void themeChanged();

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_initialLanguage;
};

} // namespace spanscope::ui
