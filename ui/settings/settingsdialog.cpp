#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "settings/theme.h"

namespace spanscope::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString SettingsDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void SettingsDialog::saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language: a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_initialLanguage = savedLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    for (Theme t : { Theme::System, Theme::Light, Theme::Dark })
        m_theme->addItem(themeName(t), int(t));
    m_theme->setCurrentIndex(m_theme->findData(int(savedTheme())));

    m_restartNote = new QLabel(tr("The language changes the next time Spanscope starts."), this);
    m_restartNote->setEnabled(false);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::apply()
{
    saveLanguage(m_language->currentData().toString());
    const auto theme = Theme(m_theme->currentData().toInt());
    saveTheme(theme);
    applyTheme(theme);
    emit themeChanged();
}

} // namespace spanscope::ui
