#pragma once
// spanscope-cli subcommands. Each takes the arguments after the subcommand name and returns the
// process exit code (0 ok, 1 usage error, 2 input unreadable, 3 imported with skipped records,
// 4 alert fired). Main thread only.

#include <QStringList>

namespace spanscope::cli {

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

} // namespace spanscope::cli
