#pragma once
// One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a
// quote or a line break. Shared by the CLI's --csv output and the UI's table export. Any thread.

#include <QString>

namespace spanscope::util {

inline QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace spanscope::util
