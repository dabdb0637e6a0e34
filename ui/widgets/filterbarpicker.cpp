#include "widgets/filterbarpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "jobs/readjobs.h"

namespace spanscope::ui {

namespace {
struct Values {
    store::Status status;
    std::vector<std::string> values;
};
} // namespace

FilterValuePicker::FilterValuePicker(store::TraceField field, const QString &title, jobs::ReadJobs *jobs,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("filterValuePicker"));
    setWindowTitle(title);
    m_box = new QComboBox(this);
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->setMinimumWidth(320);
    m_box->setMaxVisibleItems(16);
    m_box->lineEdit()->setPlaceholderText(tr("Type or choose a value"));
    m_box->completer()->setFilterMode(Qt::MatchContains);
    m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_status = new QLabel(this);
    m_status->setEnabled(false); // muted text in every palette
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Filter"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!value().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(title, this));
    layout->addWidget(m_box);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (!jobs) {
        m_status->setText(tr("No workspace open: type a value."));
        return;
    }
    m_status->setText(tr("Loading values…"));
    jobs->run<Values>(
        QStringLiteral("filter-values/") + QString::number(quintptr(this), 16), this,
        [field](store::Database &db) {
            Values v;
            v.status = store::distinctTraceValues(db, field, std::string(), MaxValues, v.values);
            return v;
        },
        [this](Values v) {
            if (!v.status) {
                m_status->setText(v.status.error);
                return;
            }
            const QString typed = m_box->currentText();
            QStringList items;
            items.reserve(int(v.values.size()));
            for (const std::string &s : v.values)
                items << QString::fromStdString(s);
            m_box->addItems(items);
            m_box->setCurrentIndex(-1);
            m_box->setEditText(typed);
            m_status->setText(items.isEmpty() ? tr("The workspace holds no values for this field yet.")
                                              : tr("%n value(s) in this workspace", nullptr, int(items.size())));
            emit valuesLoaded(int(items.size()));
        },
        [this](const QString &error) { m_status->setText(error); });
}

QString FilterValuePicker::value() const
{
    return m_box->currentText().trimmed();
}

} // namespace spanscope::ui
