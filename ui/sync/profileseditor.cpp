#include "sync/profileseditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "sync/secretstore.h"

namespace spanscope::ui {

ProfilesEditor::ProfilesEditor(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connection Profiles"));
    m_profiles = remote::loadProfiles();
    for (const remote::Profile &p : m_profiles)
        m_secrets.insert(p.name, SecretStore::instance().read(p.name));

    m_list = new QListWidget(this);
    m_list->setMinimumWidth(160);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(QStringLiteral("https://cloud.langfuse.com"));
    m_publicKey = new QLineEdit(this);
    m_publicKey->setPlaceholderText(QStringLiteral("pk-lf-…"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(QStringLiteral("sk-lf-…"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Public key:"), m_publicKey);
    form->addRow(tr("Secret key:"), m_secret);
    auto *storage = new QLabel(SecretStore::instance().storageDescription(), this);
    storage->setWordWrap(true);
    storage->setForegroundRole(QPalette::PlaceholderText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(storage);
    right->addWidget(m_error);
    right->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *root = new QVBoxLayout(this);
    root->addLayout(body, 1);
    root->addWidget(buttons);

    for (const remote::Profile &p : m_profiles)
        m_list->addItem(p.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeRow();
        showRow(row);
    });
    connect(add, &QPushButton::clicked, this, &ProfilesEditor::addProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesEditor::removeProfile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilesEditor::saveAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_profiles.isEmpty())
        addProfile();
    else
        m_list->setCurrentRow(0);
    resize(620, 300);
}

QString ProfilesEditor::currentName() const
{
    return m_row >= 0 && m_row < m_profiles.size() ? m_profiles[m_row].name : QString();
}

void ProfilesEditor::selectProfile(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == name)
            m_list->setCurrentRow(i);
}

void ProfilesEditor::showRow(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    for (QLineEdit *e : {m_name, m_host, m_publicKey, m_secret})
        e->setEnabled(valid);
    const remote::Profile p = valid ? m_profiles[row] : remote::Profile{};
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_publicKey->setText(p.publicKey);
    m_secret->setText(m_secrets.value(p.name));
}

void ProfilesEditor::storeRow()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    remote::Profile &p = m_profiles[m_row];
    const QString oldName = p.name;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.publicKey = m_publicKey->text().trimmed();
    m_secrets.remove(oldName);
    m_secrets.insert(p.name, m_secret->text());
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(p.name);
}

void ProfilesEditor::addProfile()
{
    storeRow();
    QString name = tr("New profile");
    for (int n = 2; std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const remote::Profile &p) { return p.name == name; }); ++n)
        name = tr("New profile %1").arg(n);
    m_profiles.append({name, QStringLiteral("https://cloud.langfuse.com"), QString()});
    m_row = -1;
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesEditor::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_row = -1;
    m_secrets.remove(m_profiles[row].name);
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    showRow(m_list->currentRow());
}

void ProfilesEditor::saveAndAccept()
{
    storeRow();
    QSet<QString> names;
    for (const remote::Profile &p : m_profiles) {
        if (p.name.isEmpty() || names.contains(p.name)) {
            m_error->setText(tr("Each profile needs a name of its own."));
            return;
        }
        names.insert(p.name);
    }
    if (!remote::saveProfiles(m_profiles)) {
        m_error->setText(tr("The profiles could not be saved."));
        return;
    }
    for (const remote::Profile &p : m_profiles)
        if (!m_secrets.value(p.name).isEmpty())
            SecretStore::instance().write(p.name, m_secrets.value(p.name));
    accept();
}

} // namespace spanscope::ui
