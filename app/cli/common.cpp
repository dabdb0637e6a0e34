#include <algorithm>
#include <cstdio>
#include <cstring>

#include <QDate>
#include <QDateTime>
#include <QFile>

#include "analytics/promptinfercatalog.h"
#include "cli/commands.h"
#include "import/common/jsonutil.h"

namespace spanscope::cli {

void printOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    if (!b.endsWith('\n'))
        std::fputc('\n', stderr);
}

bool openReadOnly(const QString &path, store::Database &db)
{
    if (!QFile::exists(path)) {
        printErr(QStringLiteral("spanscope-cli: %1: no such workspace").arg(path));
        return false;
    }
    if (store::Status s = db.open(path, store::Database::Mode::ReadOnly); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return false;
    }
    return true;
}

int usageError(const QString &message, const char *usage)
{
    printErr(QStringLiteral("spanscope-cli: ") + message);
    std::fputs(usage, stderr);
    return 1;
}

QString takeOption(QStringList &args, const QString &name)
{
    const int i = int(args.indexOf(name));
    if (i < 0)
        return QString();
    if (i + 1 >= args.size()) {
        args.removeAt(i);
        return QStringLiteral("");
    }
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}


namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(const char *name, const char *usage, CommandFn fn)
{
    auto &list = registry();
    const auto at = std::lower_bound(list.begin(), list.end(), name,
                                     [](const Command &c, const char *n) { return std::strcmp(c.name, n) < 0; });
    list.insert(at, Command{name, usage, fn});
}

const std::vector<Command> &commands() { return registry(); }

std::optional<int64_t> parseTimeArg(const QString &text)
{
    const QString t = text.trimmed();
    const int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    if (t == QLatin1String("now"))
        return now;
    static const struct { char unit; int64_t ns; } units[] = {
        {'s', 1000000000LL}, {'m', 60LL * 1000000000LL}, {'h', 3600LL * 1000000000LL}, {'d', 86400LL * 1000000000LL}};
    for (const auto &u : units) {
        if (t.size() > 1 && t.endsWith(QLatin1Char(u.unit))) {
            bool ok = false;
            const double n = t.left(t.size() - 1).toDouble(&ok);
            if (ok && n >= 0)
                return now - int64_t(n * double(u.ns));
        }
    }
    if (auto ns = import::json::parseIsoTimeNs(t.toStdString()))
        return ns;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d.startOfDay(Qt::UTC).toMSecsSinceEpoch() * 1000000;
    return std::nullopt;
}


bool loadPromptCatalogFor(store::Database &db, const QString &prompt, analytics::PromptCatalog &out)
{
    // Inference reads every unlinked generation: only when the prompt asked for is an inferred one.
    analytics::CatalogOptions options;
    options.infer = prompt.startsWith(QStringLiteral("inferred/"));
    if (store::Status s = analytics::loadPromptCatalog(db, out, options); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return false;
    }
    return true;
}

} // namespace spanscope::cli
