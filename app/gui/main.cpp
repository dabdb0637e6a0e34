// spanscope: the desktop explorer. `spanscope [--workspace PATH] [FILE...]` opens the workspace
// (created if new), or the remembered one, or the demo workspace, and imports the files given.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

#include "mainwindow.h"
#include "settings/theme.h"
#include "util/screenshottour.h"
#include "util/translations.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spanscope"));
    QApplication::setOrganizationDomain(QStringLiteral("spanscope.io"));
    QApplication::setApplicationName(QStringLiteral("Spanscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Spanscope"));
    QApplication::setApplicationVersion(QStringLiteral(SPANSCOPE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("spanscope"));

    spanscope::ui::installTranslations(app);
    spanscope::ui::applyTheme(spanscope::ui::savedTheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore LLM and agent traces offline: import trace files into a workspace and browse them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringList { QStringLiteral("w"), QStringLiteral("workspace") },
        QCoreApplication::translate("main", "Open (or create) the workspace file <path>."),
        QCoreApplication::translate("main", "path"));
    parser.addOption(workspaceOption);
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render every page to PNG files in <dir>, then quit (scripts/screenshots)."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "Trace files to import into the workspace."), QStringLiteral("[FILE...]"));
    parser.process(app);

    QStringList files;
    const QStringList positional = parser.positionalArguments();
    for (const QString &f : positional)
        files << QDir::current().absoluteFilePath(f);

    spanscope::ui::MainWindow window;
    window.show();
    window.start(parser.value(workspaceOption), files);
    if (parser.isSet(screenshotsOption)) {
        spanscope::ui::runScreenshotTour(&window, parser.value(screenshotsOption), [](bool ok, const QString &message) {
            if (!ok)
                std::fprintf(stderr, "spanscope: screenshots failed: %s\n", qPrintable(message));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
