#pragma once
// Connection profiles (name, host, public key) shared by the app and the CLI in their own
// settings file (~/.config/Spanscope/sync-profiles.conf; SPANSCOPE_SYNC_PROFILES overrides the
// path). Secret keys are never stored here: the app keeps them in the system keychain, the CLI
// reads LANGFUSE_SECRET_KEY. Any thread (each call opens the settings file itself).

#include <optional>

#include <QList>
#include <QString>

#include "remote/synctypes.h"

namespace spanscope::remote {

struct Profile {
    QString name;
    QString host;
    QString publicKey;
};

QList<Profile> loadProfiles();
// Replaces every stored profile with these; false when the settings file cannot be written.
bool saveProfiles(const QList<Profile> &profiles);
std::optional<Profile> findProfile(const QString &name);

// What the Langfuse SDKs read: LANGFUSE_HOST (else LANGFUSE_BASE_URL), LANGFUSE_PUBLIC_KEY,
// LANGFUSE_SECRET_KEY. Empty fields when unset.
Connection connectionFromEnvironment();

} // namespace spanscope::remote
