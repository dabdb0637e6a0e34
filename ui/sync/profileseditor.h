#pragma once
// Edits the Langfuse connection profiles (name, host, public key) and their secret keys: the
// profiles go to the shared profiles file (core/remote/profiles.h), the secrets to SecretStore
// (keychain, or memory for the session). UI thread only.

#include <QDialog>
#include <QList>

#include "remote/profiles.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace spanscope::ui {

class ProfilesEditor : public QDialog {
    Q_OBJECT
public:
    explicit ProfilesEditor(QWidget *parent = nullptr);
    QString currentName() const;
    void selectProfile(const QString &name);

private:
    void showRow(int row);
    void storeRow();
    void addProfile();
    void removeProfile();
    void saveAndAccept();

    QList<remote::Profile> m_profiles;
    QHash<QString, QString> m_secrets; // edited secrets by profile name
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr, *m_host = nullptr, *m_publicKey = nullptr, *m_secret = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace spanscope::ui
