#include "remote/profiles.h"

#include <memory>

#include <QSettings>

namespace spanscope::remote {

namespace {
std::unique_ptr<QSettings> settings()
{
    const QString path = qEnvironmentVariable("SPANSCOPE_SYNC_PROFILES");
    if (!path.isEmpty())
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Spanscope"),
                                       QStringLiteral("sync-profiles"));
}
} // namespace

QList<Profile> loadProfiles()
{
    auto s = settings();
    QList<Profile> out;
    const int n = s->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        Profile p;
        p.name = s->value(QStringLiteral("name")).toString();
        p.host = s->value(QStringLiteral("host")).toString();
        p.publicKey = s->value(QStringLiteral("publicKey")).toString();
        if (!p.name.isEmpty())
            out << p;
    }
    s->endArray();
    return out;
}

bool saveProfiles(const QList<Profile> &profiles)
{
    auto s = settings();
    s->remove(QStringLiteral("profiles"));
    s->beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s->setArrayIndex(i);
        s->setValue(QStringLiteral("name"), profiles[i].name);
        s->setValue(QStringLiteral("host"), profiles[i].host);
        s->setValue(QStringLiteral("publicKey"), profiles[i].publicKey);
    }
    s->endArray();
    s->sync();
    return s->status() == QSettings::NoError;
}

std::optional<Profile> findProfile(const QString &name)
{
    for (const Profile &p : loadProfiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

Connection connectionFromEnvironment()
{
    Connection c;
    c.host = qEnvironmentVariable("LANGFUSE_HOST");
    if (c.host.isEmpty())
        c.host = qEnvironmentVariable("LANGFUSE_BASE_URL");
    c.publicKey = qEnvironmentVariable("LANGFUSE_PUBLIC_KEY");
    c.secretKey = qEnvironmentVariable("LANGFUSE_SECRET_KEY");
    return c;
}

} // namespace spanscope::remote
