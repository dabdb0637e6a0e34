// spanscope-cli: the command-line face of spanscope_core (no GUI libraries linked).

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#include "cli/commands.h"

namespace {

QByteArray usage()
{
    QByteArray text = "usage: spanscope-cli COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto &c : spanscope::cli::commands())
        text += "  " + QByteArray(c.name).leftJustified(14) + ' ' + c.usage + '\n';
    text += "\nexit codes: 0 ok, 1 usage error, 2 input unreadable (database unchanged),\n"
            "            3 imported with skipped records, 4 alert fired\n"
            "options for every command: --verbose (library log on stderr)\n";
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spanscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Spanscope"));
    QStringList args = app.arguments().mid(1);
    // Library chatter stays out of the CLI's output unless asked for (QT_LOGGING_RULES wins).
    if (!args.removeAll(QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("spanscope.*.debug=false\nspanscope.*.info=false"));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(usage().constData(), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 1 : 0;
    }
    const QString cmd = args.takeFirst();
    // A command name may be two words ("report cost"): the longest registered match wins.
    const QString twoWords = args.isEmpty() ? QString() : cmd + QLatin1Char(' ') + args.first();
    for (const auto &c : spanscope::cli::commands())
        if (!twoWords.isEmpty() && twoWords == QLatin1String(c.name))
            return c.fn(args.mid(1));
    for (const auto &c : spanscope::cli::commands())
        if (cmd == QLatin1String(c.name))
            return c.fn(args);
    std::fprintf(stderr, "spanscope-cli: unknown command '%s'\n\n%s", qPrintable(cmd), usage().constData());
    return 1;
}
