#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "spanscope.ui.i18n")

namespace spanscope::ui {

QString installTranslations(QCoreApplication &app)
{
    // Settings ▸ Language wins over the system locale ("" or missing = follow the system).
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    // qt_add_translations puts the compiled .qm files under :/i18n.
    auto *own = new QTranslator(&app);
    QString loaded;
    if (own->load(locale, QStringLiteral("spanscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        loaded = own->language().section(QLatin1Char('_'), 0, 0);
        qCInfo(lcTranslations) << "loaded translation" << own->filePath();
    } else if (own->load(QStringLiteral("spanscope_en"), QStringLiteral(":/i18n"))) {
        // English is the source language; its catalog only holds the plural forms ("1 trace").
        app.installTranslator(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace spanscope::ui
