#pragma once
// Helpers shared by tests: temporary workspaces, fixture paths, running the CLI, one-value queries.
// Test thread only.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"

namespace spanscope::test {

QString fixture(const QString &relative);   // ../shared/fixtures/<relative>, QFAIL-friendly
QString testData(const QString &relative);  // tests/data/<relative>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliResult runCli(const QStringList &args, int timeoutMs = 600000);

// Import options for tests that do not search: no search index after the commit.
import::ImportOptions unindexedImport();
// Writes the generator's output for `options` to `file` and imports it into `db` without the
// search index. Empty when both worked, else what failed.
QString importGenerated(store::Database &db, const QString &file, const generate::Options &options);

// Runs a query expected to return one row with one column.
QVariant scalar(store::Database &db, const QString &sql);
qint64 count(store::Database &db, const QString &table, const QString &where = QString());
// Stable digest of the whole workspace content (traces, observations, scores, attributes,
// import_log, sources minus timestamps) so tests can prove "nothing changed".
QByteArray contentDigest(store::Database &db);

} // namespace spanscope::test
