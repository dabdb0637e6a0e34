#include "util/format.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace spanscope::ui {

QString unknownText()
{
    return QStringLiteral("—");
}

QString formatTimestamp(std::optional<int64_t> ns)
{
    if (!ns)
        return unknownText();
    // Floor division keeps pre-1970 times on the right millisecond.
    int64_t ms = *ns / 1000000;
    if (*ns % 1000000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString formatDuration(std::optional<int64_t> ns)
{
    if (!ns)
        return unknownText();
    const QLocale locale;
    const double v = double(*ns);
    const double a = std::abs(v);
    if (a < 1e3)
        return locale.toString(qint64(*ns)) + QStringLiteral(" ns");
    // Three significant digits below a second: "8.51 ms", "85.1 ms", "851 ms".
    const auto decimals = [](double scaled) { return scaled < 10 ? 2 : scaled < 100 ? 1 : 0; };
    if (a < 1e6)
        return locale.toString(v / 1e3, 'f', decimals(a / 1e3)) + QStringLiteral(" µs");
    if (a < 1e9)
        return locale.toString(v / 1e6, 'f', decimals(a / 1e6)) + QStringLiteral(" ms");
    if (a < 60e9)
        return locale.toString(v / 1e9, 'f', 2) + QStringLiteral(" s");
    const int64_t totalSeconds = int64_t(std::llround(v / 1e9));
    const int64_t hours = totalSeconds / 3600;
    const int64_t minutes = (totalSeconds % 3600) / 60;
    const int64_t seconds = totalSeconds % 60;
    const QString ss = QStringLiteral("%1").arg(std::abs(seconds), 2, 10, QLatin1Char('0'));
    if (hours != 0)
        return QStringLiteral("%1 h %2 min").arg(hours).arg(std::abs(minutes), 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 min %2 s").arg(minutes).arg(ss);
}

QString formatCount(std::optional<int64_t> n)
{
    if (!n)
        return unknownText();
    return QLocale().toString(qint64(*n));
}

QString formatCost(std::optional<double> usd)
{
    if (!usd || !std::isfinite(*usd))
        return unknownText();
    const double v = *usd;
    if (v == 0)
        return QStringLiteral("$0.00");
    // Decimals so that exactly 6 significant digits show, in fixed notation (no "1e-05").
    const int magnitude = int(std::floor(std::log10(std::abs(v))));
    const int decimals = std::clamp(5 - magnitude, 0, 15);
    QString text = QString::number(v, 'f', decimals);
    // Trailing zeros add noise, but keep cents so "$3.50" does not read as "$3.5".
    if (text.contains(QLatin1Char('.'))) {
        const int dot = int(text.indexOf(QLatin1Char('.')));
        int keep = int(text.size());
        while (keep > dot + 3 && text.at(keep - 1) == QLatin1Char('0'))
            --keep;
        text.truncate(keep);
        while (text.size() < dot + 3)
            text.append(QLatin1Char('0'));
    } else {
        text += QStringLiteral(".00");
    }
    if (text.startsWith(QLatin1Char('-')))
        return QStringLiteral("-$") + text.mid(1);
    return QStringLiteral("$") + text;
}

QString prettyJson(const std::string &json)
{
    const QByteArray bytes = QByteArray::fromRawData(json.data(), qsizetype(json.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    // A scalar document: QJsonDocument only parses objects/arrays, so wrap it to read it.
    const QJsonDocument wrapped
        = QJsonDocument::fromJson("[" + QByteArray(json.data(), qsizetype(json.size())) + "]", &error);
    if (error.error == QJsonParseError::NoError && wrapped.isArray() && wrapped.array().size() == 1) {
        const QJsonValue v = wrapped.array().at(0);
        if (v.isString())
            return v.toString();
        if (v.isNull())
            return QStringLiteral("null");
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
    }
    return QString::fromUtf8(json.data(), qsizetype(json.size()));
}

} // namespace spanscope::ui
