#include "diff/abcompare.h"

#include <QCoreApplication>

#include <cmath>

namespace spanscope::diff {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("AbReport", s);
}

struct MetricSpec {
    const char *id;
    const char *title;
    const char *unit;
    const char *better; // B lower: "cheaper", "faster", ...
    const char *worse;
    bool inSummary;
};

const MetricSpec kSpecs[] = {
    {"cost", QT_TRANSLATE_NOOP("AbReport", "cost per call"), "$", QT_TRANSLATE_NOOP("AbReport", "cheaper"),
     QT_TRANSLATE_NOOP("AbReport", "more expensive"), true},
    {"latency", QT_TRANSLATE_NOOP("AbReport", "latency"), "ms", QT_TRANSLATE_NOOP("AbReport", "faster"),
     QT_TRANSLATE_NOOP("AbReport", "slower"), true},
    {"total_tokens", QT_TRANSLATE_NOOP("AbReport", "total tokens"), "tokens",
     QT_TRANSLATE_NOOP("AbReport", "uses fewer tokens"), QT_TRANSLATE_NOOP("AbReport", "uses more tokens"), true},
    {"input_tokens", QT_TRANSLATE_NOOP("AbReport", "input tokens"), "tokens",
     QT_TRANSLATE_NOOP("AbReport", "uses fewer input tokens"), QT_TRANSLATE_NOOP("AbReport", "uses more input tokens"),
     false},
    {"output_tokens", QT_TRANSLATE_NOOP("AbReport", "output tokens"), "tokens",
     QT_TRANSLATE_NOOP("AbReport", "writes fewer output tokens"),
     QT_TRANSLATE_NOOP("AbReport", "writes more output tokens"), false},
    {"error", QT_TRANSLATE_NOOP("AbReport", "error share"), "share", QT_TRANSLATE_NOOP("AbReport", "fails less often"),
     QT_TRANSLATE_NOOP("AbReport", "fails more often"), true},
};

QString effect(const analytics::Comparison &c)
{
    return QString::fromLatin1(analytics::magnitudeName(c.magnitude)) + tr(" effect");
}

QString percentChange(double a, double b)
{
    if (a == 0 || !std::isfinite(a) || !std::isfinite(b))
        return QString();
    const double pct = std::abs((b - a) / a * 100.0);
    return QString::number(pct, 'f', pct < 10 ? 1 : 0) + QLatin1Char('%');
}

void judge(AbMetric &m, const QString &labelA, const QString &labelB, const MetricSpec *spec, double alpha)
{
    const analytics::Comparison &c = m.result;
    if (c.insufficient) {
        m.verdict = tr("%1: insufficient data (n = %2 and %3)").arg(m.title).arg(c.nA).arg(c.nB);
        return;
    }
    if (!(c.pValue < alpha)) {
        m.verdict = tr("%1 unchanged (%2)").arg(m.title, formatP(c.pValue));
        return;
    }
    const bool lower = c.meanB < c.meanA;
    const QString stats = QStringLiteral("(%1, %2)").arg(formatP(c.pValue), effect(c));
    if (m.id == QLatin1String("error")) {
        m.verdict = tr("%1 %2 (%3% vs %4% of calls) %5")
                        .arg(labelB, tr(lower ? spec->better : spec->worse))
                        .arg(c.meanB * 100, 0, 'f', 1)
                        .arg(c.meanA * 100, 0, 'f', 1)
                        .arg(stats);
        return;
    }
    const QString pct = percentChange(c.meanA, c.meanB);
    if (spec) {
        const QString phrase = tr(lower ? spec->better : spec->worse);
        // "is cheaper by 23%" for adjectives, "uses fewer tokens (-23%)" for verbs.
        const bool adjective = !phrase.contains(QLatin1Char(' ')) || phrase.startsWith(QLatin1String("more "));
        if (adjective)
            m.verdict = pct.isEmpty() ? tr("%1 is %2 %3").arg(labelB, phrase, stats)
                                      : tr("%1 is %2 by %3 %4").arg(labelB, phrase, pct, stats);
        else
            m.verdict = pct.isEmpty() ? tr("%1 %2 %3").arg(labelB, phrase, stats)
                                      : tr("%1 %2 (%3%4) %5").arg(labelB, phrase, QLatin1String(lower ? "-" : "+"), pct, stats);
        return;
    }
    // Scores: higher is better.
    m.verdict = pct.isEmpty()
        ? tr("%1 scores %2 on %3 %4").arg(labelB, lower ? tr("lower") : tr("higher"), m.title, stats)
        : tr("%1 scores %2 on %3 by %4 %5").arg(labelB, lower ? tr("lower") : tr("higher"), m.title, pct, stats);
}

} // namespace

QString formatP(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("p = n/a");
    if (p < 0.001)
        return QStringLiteral("p < 0.001");
    return QStringLiteral("p = ") + QString::number(p, 'f', p < 0.01 ? 3 : 2);
}

AbReport buildAbReport(const store::CallSet &a, const store::CallSet &b, const QString &labelA, const QString &labelB,
                       const AbOptions &options)
{
    AbReport r;
    r.labelA = labelA;
    r.labelB = labelB;
    r.callsA = int64_t(a.calls.size());
    r.callsB = int64_t(b.calls.size());
    auto values = [](const store::CallSet &set, const char *id) {
        std::vector<double> v;
        for (const store::CallSample &c : set.calls) {
            const std::string_view k(id);
            if (k == "cost" && c.cost)
                v.push_back(*c.cost);
            else if (k == "latency" && c.latencyMs)
                v.push_back(*c.latencyMs);
            else if (k == "total_tokens" && c.totalTokens)
                v.push_back(double(*c.totalTokens));
            else if (k == "input_tokens" && c.inputTokens)
                v.push_back(double(*c.inputTokens));
            else if (k == "output_tokens" && c.outputTokens)
                v.push_back(double(*c.outputTokens));
            else if (k == "error")
                v.push_back(c.error ? 1.0 : 0.0);
        }
        return v;
    };
    QStringList summary;
    for (const MetricSpec &spec : kSpecs) {
        AbMetric m;
        m.id = QLatin1String(spec.id);
        m.title = tr(spec.title);
        m.unit = QLatin1String(spec.unit);
        m.a = values(a, spec.id);
        m.b = values(b, spec.id);
        if (m.a.empty() && m.b.empty())
            continue;
        m.result = analytics::compareGroups(m.a, m.b, options.stats);
        judge(m, labelA, labelB, &spec, options.alpha);
        if (spec.inSummary)
            summary << m.verdict;
        r.metrics.push_back(std::move(m));
    }
    // Every score name either side has.
    std::map<std::string, int> names;
    for (const auto &[n, v] : a.scores)
        names[n] = 1;
    for (const auto &[n, v] : b.scores)
        names[n] = 1;
    for (const auto &[name, unused] : names) {
        AbMetric m;
        m.id = QStringLiteral("score:") + QString::fromStdString(name);
        m.title = QString::fromStdString(name);
        m.lowerIsBetter = false;
        if (const auto it = a.scores.find(name); it != a.scores.end())
            m.a = it->second;
        if (const auto it = b.scores.find(name); it != b.scores.end())
            m.b = it->second;
        m.result = analytics::compareGroups(m.a, m.b, options.stats);
        judge(m, labelA, labelB, nullptr, options.alpha);
        summary << m.verdict;
        r.metrics.push_back(std::move(m));
    }
    r.verdict = summary.join(QStringLiteral("; "));
    return r;
}

store::Status loadAbReport(store::Database &db, const store::CallSelector &a, const store::CallSelector &b,
                           const QString &labelA, const QString &labelB, AbReport &out, const AbOptions &options)
{
    store::CallSet sa, sb;
    if (auto s = store::loadCalls(db, a, sa); !s)
        return s;
    if (auto s = store::loadCalls(db, b, sb); !s)
        return s;
    out = buildAbReport(sa, sb, labelA, labelB, options);
    return store::Status::success();
}

} // namespace spanscope::diff
