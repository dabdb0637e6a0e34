// spanscope-cli: the command-line face of spanscope_core (no GUI libraries linked).

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#include "cli/commands.h"

namespace {

const char kUsage[] =
    "usage: spanscope-cli COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  import   --db DB [--json] [--format ID] FILE...   import trace files into a workspace\n"
    "  stats    --db DB [--json]                         counts, tokens and costs of a workspace\n"
    "  query    --db DB [--csv|--json] SQL               run a read-only SQL query\n"
    "  generate --format langfuse-jsonl|otlp-jsonl --traces N --spans-per-trace M --seed S --out FILE\n"
    "                                                    write deterministic realistic test data\n"
    "\n"
    "exit codes: 0 ok, 1 usage error, 2 input unreadable (database unchanged),\n"
    "            3 imported with skipped records\n";

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
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 1 : 0;
    }
    const QString cmd = args.takeFirst();
    using Fn = int (*)(const QStringList &);
    const struct {
        const char *name;
        Fn fn;
    } commands[] = {
        {"import", spanscope::cli::cmdImport},
        {"stats", spanscope::cli::cmdStats},
        {"query", spanscope::cli::cmdQuery},
        {"generate", spanscope::cli::cmdGenerate},
    };
    for (const auto &c : commands)
        if (cmd == QLatin1String(c.name))
            return c.fn(args);
    std::fprintf(stderr, "spanscope-cli: unknown command '%s'\n\n%s", qPrintable(cmd), kUsage);
    return 1;
}
