#pragma once
// Keeps connection secrets (Langfuse secret keys) per profile: in the system keychain through
// QtKeychain when the build has it and a keychain service answers, else in memory for this
// session only (never in a file) — isPersistent() tells the UI which, so it can say so.
// UI thread only (keychain jobs are asynchronous; read() spins a short local loop).

#include <QHash>
#include <QObject>
#include <QString>

namespace spanscope::ui {

class SecretStore : public QObject {
    Q_OBJECT
public:
    static SecretStore &instance();
    // The secret of a profile: memory first, then the keychain; empty when none.
    QString read(const QString &profile);
    // Stores in the keychain when possible; always in memory for this session.
    void write(const QString &profile, const QString &secret);
    void remove(const QString &profile);
    // False when secrets live only in memory until the app quits.
    bool isPersistent() const { return m_persistent; }
    QString storageDescription() const;

private:
    explicit SecretStore(QObject *parent = nullptr);
    QHash<QString, QString> m_memory;
    bool m_persistent = false;
    QString m_lastError;
};

} // namespace spanscope::ui
