#include "sync/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

// QtKeychain is used when ui/CMakeLists.txt links Qt6Keychain and defines
// SPANSCOPE_HAVE_QTKEYCHAIN; without it secrets stay in memory for the session.
#if defined(SPANSCOPE_HAVE_QTKEYCHAIN) && __has_include(<qt6keychain/keychain.h>)
#include <qt6keychain/keychain.h>
#define SPANSCOPE_KEYCHAIN 1
#endif

Q_LOGGING_CATEGORY(lcSecrets, "spanscope.ui.secrets")

namespace spanscope::ui {

namespace {
const char kService[] = "Spanscope Langfuse sync";

#ifdef SPANSCOPE_KEYCHAIN
// Runs a keychain job to completion (the backends answer within milliseconds, or fail).
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
#endif
} // namespace

SecretStore &SecretStore::instance()
{
    static SecretStore *store = new SecretStore(QCoreApplication::instance());
    return *store;
}

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
#ifdef SPANSCOPE_KEYCHAIN
    // Probe once: a read of a name that does not exist tells whether a backend answers.
    QKeychain::ReadPasswordJob probe(QString::fromLatin1(kService));
    probe.setKey(QStringLiteral("__probe__"));
    QString error;
    m_persistent = runJob(probe, &error) || probe.error() == QKeychain::EntryNotFound;
    if (!m_persistent) {
        m_lastError = error;
        qCInfo(lcSecrets) << "no keychain service, secrets stay in memory:" << error;
    }
#endif
}

QString SecretStore::storageDescription() const
{
    if (m_persistent)
        return tr("Secret keys are kept in the system keychain.");
    return tr("No keychain service is available: secret keys are kept in memory until Spanscope quits and "
              "must be entered again next time. They are never written to a file.");
}

QString SecretStore::read(const QString &profile)
{
    if (const auto it = m_memory.constFind(profile); it != m_memory.constEnd())
        return *it;
#ifdef SPANSCOPE_KEYCHAIN
    if (m_persistent) {
        QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
        job.setKey(profile);
        if (runJob(job, nullptr)) {
            m_memory.insert(profile, job.textData());
            return job.textData();
        }
    }
#endif
    return QString();
}

void SecretStore::write(const QString &profile, const QString &secret)
{
    m_memory.insert(profile, secret);
#ifdef SPANSCOPE_KEYCHAIN
    if (m_persistent) {
        QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
        job.setKey(profile);
        job.setTextData(secret);
        QString error;
        if (!runJob(job, &error))
            qCWarning(lcSecrets) << "keychain write failed, the secret stays in memory:" << error;
    }
#endif
}

void SecretStore::remove(const QString &profile)
{
    m_memory.remove(profile);
#ifdef SPANSCOPE_KEYCHAIN
    if (m_persistent) {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
        job.setKey(profile);
        runJob(job, nullptr);
    }
#endif
}

} // namespace spanscope::ui
