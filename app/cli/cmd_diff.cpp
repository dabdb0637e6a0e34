// spanscope-cli diff: two versions of one prompt (any two, not only neighbours), side by side or
// as a unified diff.


#include "analytics/promptinfercatalog.h"
#include "cli/commands.h"
#include "diff/payloaddiff.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {
const char kUsage[] = "usage: spanscope-cli diff --db DB --prompt NAME --from V --to V [--unified] [--ignore-whitespace]\n"
                      "       V is a version number or a label (production, latest, ...)\n";

QString fit(const QString &s, int width)
{
    QString t = s;
    t.replace(QLatin1Char('\t'), QLatin1String("    "));
    if (t.size() > width)
        return t.left(width - 1) + QChar(0x2026);
    return t.leftJustified(width);
}

QString rtrim(QString s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

QByteArray sideBySide(const diff::DiffDocument &doc, const QString &titleA, const QString &titleB)
{
    constexpr int kWidth = 72;
    QString out = QStringLiteral("      %1   %2\n").arg(fit(titleA, kWidth), fit(titleB, kWidth));
    for (const diff::DiffRow &r : doc.rows) {
        QChar mark = QLatin1Char(' ');
        switch (r.op) {
        case diff::Op::Equal:
            break;
        case diff::Op::Delete:
            mark = QLatin1Char('<');
            break;
        case diff::Op::Insert:
            mark = QLatin1Char('>');
            break;
        case diff::Op::Change:
            mark = QLatin1Char('|');
            break;
        }
        const QString left = r.hasLeft() ? (r.header ? QStringLiteral("== ") + r.left : r.left) : QString();
        const QString right = r.hasRight() ? (r.header ? QStringLiteral("== ") + r.right : r.right) : QString();
        const QString ln = r.hasLeft() ? QString::number(r.leftLine).rightJustified(4) : QStringLiteral("    ");
        out += ln + QStringLiteral("  ") + fit(left, kWidth) + QLatin1Char(' ') + mark + QLatin1Char(' ')
            + rtrim(fit(right, kWidth)) + QLatin1Char('\n');
    }
    out += QStringLiteral("\n%1 changed, %2 removed, %3 added lines\n")
               .arg(doc.stats.changes)
               .arg(doc.stats.deletions)
               .arg(doc.stats.insertions);
    return out.toUtf8();
}

int cmdDiff(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const QString prompt = takeOption(args, QStringLiteral("--prompt"));
    const QString from = takeOption(args, QStringLiteral("--from"));
    const QString to = takeOption(args, QStringLiteral("--to"));
    const bool unified = takeFlag(args, QStringLiteral("--unified"));
    const bool ignoreWs = takeFlag(args, QStringLiteral("--ignore-whitespace"));
    if (db.isEmpty() || prompt.isEmpty() || from.isEmpty() || to.isEmpty())
        return usageError(QStringLiteral("diff needs --db, --prompt, --from and --to"), kUsage);
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    store::Database database;
    if (!openReadOnly(db, database))
        return 2;
    analytics::PromptCatalog catalog;
    if (!loadPromptCatalogFor(database, prompt, catalog))
        return 2;
    const analytics::PromptEntry *entry = catalog.find(prompt);
    if (!entry) {
        QStringList names;
        for (const auto &p : catalog.prompts)
            names << p.name;
        return usageError(QStringLiteral("no prompt named \"%1\" (known: %2)")
                              .arg(prompt, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
                          kUsage);
    }
    const analytics::PromptVersionEntry *a = catalog.resolve(prompt, from);
    const analytics::PromptVersionEntry *b = catalog.resolve(prompt, to);
    if (!a || !b) {
        QStringList versions;
        for (const auto &v : entry->versions)
            versions << QString::number(v.version);
        return usageError(QStringLiteral("prompt \"%1\" has no version %2 (versions: %3)")
                              .arg(prompt, !a ? from : to, versions.join(QStringLiteral(", "))),
                          kUsage);
    }
    diff::TextDiffOptions opts;
    opts.ignoreWhitespace = ignoreWs;
    const diff::DiffDocument doc = diff::diffPrompts({a->type, a->bodyJson, a->configJson},
                                                     {b->type, b->bodyJson, b->configJson}, opts);
    const QString nameA = QStringLiteral("%1@v%2").arg(prompt).arg(a->version);
    const QString nameB = QStringLiteral("%1@v%2").arg(prompt).arg(b->version);
    if (unified)
        printOut(diff::unifiedDiff(doc, nameA, nameB).toUtf8());
    else
        printOut(sideBySide(doc, nameA, nameB));
    return 0;
}

const CommandRegistration reg{"diff", "--db DB --prompt NAME --from V --to V [--unified] [--ignore-whitespace]\n"
                                      "            diff two versions of a prompt (V: number or label)",
                              cmdDiff};
}

} // namespace spanscope::cli
