#pragma once
// spanscope-cli subcommands. Each takes the arguments after the subcommand name and returns the
// process exit code (0 ok, 1 usage error, 2 input unreadable, 3 imported with skipped records,
// 4 alert fired). Main thread only.

#include <QStringList>

#include <optional>
#include <vector>

#include "store/database.h"

namespace spanscope::analytics {
struct PromptCatalog;
}

namespace spanscope::cli {

using CommandFn = int (*)(const QStringList &args);

// Each cmd_*.cpp registers its subcommands with a file-scope CommandRegistration, so a new
// command is one new file: `const CommandRegistration reg{"name", "usage line", cmdName};`.
// The usage line is the text after the command name in `spanscope-cli --help`. A name may be
// two words ("report cost"); main() matches those before one-word names.
struct Command {
    const char *name;
    const char *usage;
    CommandFn fn;
};
struct CommandRegistration {
    CommandRegistration(const char *name, const char *usage, CommandFn fn);
};
// All registered commands, sorted by name.
const std::vector<Command> &commands();

int cmdImport(const QStringList &args);
int cmdStats(const QStringList &args);
int cmdQuery(const QStringList &args);
int cmdGenerate(const QStringList &args);

// Shared helpers.
void printOut(const QByteArray &text);
void printErr(const QString &text);
int usageError(const QString &message, const char *usage);
// Takes "--name VALUE" out of args; returns VALUE or a null QString.
QString takeOption(QStringList &args, const QString &name);
bool takeFlag(QStringList &args, const QString &name);
// Opens an existing workspace read-only; on failure prints why ("no such workspace" or the
// database error) and returns false (the command then exits with 2).
bool openReadOnly(const QString &path, store::Database &db);
// A time argument: "now", an age ("30m", "6h", "7d"), an ISO date-time or an ISO date (UTC
// midnight). Nanoseconds since the epoch, or nullopt when unreadable.
std::optional<int64_t> parseTimeArg(const QString &text);
// The prompt catalog for a command about one prompt (inferred templates are computed only when
// the prompt is an "inferred/..." one); on failure prints why and returns false (exit 2).
bool loadPromptCatalogFor(store::Database &db, const QString &prompt, analytics::PromptCatalog &out);

} // namespace spanscope::cli
