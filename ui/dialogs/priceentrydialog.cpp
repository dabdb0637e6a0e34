#include "dialogs/priceentrydialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spanscope::ui {

namespace {
constexpr double kPerMillion = 1e6;

// A price as typed: the user's locale first ("2,5" in German), then the C locale ("2.5").
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString defaultPattern(const QString &model)
{
    return QStringLiteral("(?i)^(%1)$").arg(QRegularExpression::escape(model));
}
} // namespace

PriceEntryDialog::PriceEntryDialog(const PriceEntryDraft &draft, QWidget *parent) : QDialog(parent), m_id(draft.id)
{
    setWindowTitle(draft.id.isEmpty() ? tr("Add Price Entry") : tr("Edit Price Entry"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_model = new QLineEdit(draft.modelName, this);
    m_model->setObjectName(QStringLiteral("priceModel"));
    m_model->setPlaceholderText(tr("e.g. my-finetune-v2"));
    m_pattern = new QLineEdit(draft.matchPattern, this);
    m_pattern->setObjectName(QStringLiteral("pricePattern"));
    m_pattern->setToolTip(tr("A regular expression over the observation's model name; (?i) at the start ignores case."));
    m_patternTouched = !draft.matchPattern.isEmpty();
    m_sample = new QLineEdit(draft.modelName, this);
    m_sample->setObjectName(QStringLiteral("priceSample"));
    m_sample->setPlaceholderText(tr("A model name to try the pattern on"));
    m_sampleResult = new QLabel(this);
    m_sampleResult->setMinimumWidth(m_sampleResult->fontMetrics().horizontalAdvance(tr("does not match")) + 8);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sample, 1);
    sampleRow->addWidget(m_sampleResult);
    m_hasStart = new QCheckBox(tr("From"), this);
    m_hasStart->setObjectName(QStringLiteral("priceHasStart"));
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("priceStart"));
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(draft.startDateMs ? QDateTime::fromMSecsSinceEpoch(*draft.startDateMs, Qt::UTC)
                                           : QDateTime::currentDateTimeUtc());
    m_hasStart->setChecked(draft.startDateMs.has_value());
    m_start->setEnabled(m_hasStart->isChecked());
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_hasStart);
    startRow->addWidget(m_start, 1);
    form->addRow(tr("Model name:"), m_model);
    form->addRow(tr("Match pattern:"), m_pattern);
    form->addRow(tr("Try on:"), sampleRow);
    form->addRow(tr("Effective:"), startRow);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Default tier: price per usage key (USD per 1M units; empty rows are ignored)"), this));
    m_prices = new QTableWidget(0, 2, this);
    m_prices->setObjectName(QStringLiteral("pricePrices"));
    m_prices->setHorizontalHeaderLabels({ tr("Usage key"), tr("USD / 1M") });
    m_prices->horizontalHeader()->setStretchLastSection(true);
    m_prices->verticalHeader()->hide();
    for (const auto &[key, price] : draft.prices)
        addPriceRow(key, price);
    if (draft.prices.empty())
        for (const char *key : { "input", "output", "input_cache_read", "input_cache_creation", "output_reasoning" })
            addPriceRow(QLatin1String(key), std::nullopt);
    m_prices->resizeColumnToContents(0);
    layout->addWidget(m_prices, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *addRow = new QPushButton(tr("Add Usage Key"), this);
    auto *removeRow = new QPushButton(tr("Remove Usage Key"), this);
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    layout->addWidget(new QLabel(tr("Conditional tiers (Langfuse pricingTiers JSON, without the default tier; optional):"), this));
    m_tiers = new QPlainTextEdit(this);
    m_tiers->setObjectName(QStringLiteral("priceTiers"));
    m_tiers->setPlaceholderText(
        tr("[{\"name\": \"Long context\", \"priority\": 1, \"conditions\": [{\"usageDetailPattern\": \"input\", "
           "\"operator\": \"gt\", \"value\": 200000}], \"prices\": {\"input\": 5e-6, \"output\": 2e-5}}]"));
    if (!draft.otherTiers.isEmpty())
        m_tiers->setPlainText(QString::fromUtf8(QJsonDocument(draft.otherTiers).toJson(QJsonDocument::Indented)));
    m_tiers->setMaximumHeight(140);
    layout->addWidget(m_tiers);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("priceProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    resize(560, 620);

    connect(m_model, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_patternTouched) {
            const QSignalBlocker block(m_pattern);
            m_pattern->setText(text.trimmed().isEmpty() ? QString() : defaultPattern(text.trimmed()));
            m_sample->setText(text.trimmed());
        }
        validate();
    });
    connect(m_pattern, &QLineEdit::textEdited, this, [this] { m_patternTouched = true; });
    connect(m_pattern, &QLineEdit::textChanged, this, &PriceEntryDialog::validate);
    connect(m_sample, &QLineEdit::textChanged, this, &PriceEntryDialog::validate);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_prices, &QTableWidget::itemChanged, this, &PriceEntryDialog::validate);
    connect(m_tiers, &QPlainTextEdit::textChanged, this, &PriceEntryDialog::validate);
    connect(addRow, &QPushButton::clicked, this, [this] {
        addPriceRow(QString(), std::nullopt);
        m_prices->setCurrentCell(m_prices->rowCount() - 1, 0);
        m_prices->editItem(m_prices->item(m_prices->rowCount() - 1, 0));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0)
            m_prices->removeRow(m_prices->currentRow());
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void PriceEntryDialog::addPriceRow(const QString &key, std::optional<double> usdPerUnit)
{
    const QSignalBlocker block(m_prices);
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    m_prices->setItem(row, 0, new QTableWidgetItem(key));
    m_prices->setItem(row, 1, new QTableWidgetItem(usdPerUnit ? QLocale().toString(*usdPerUnit * kPerMillion, 'g', 10) : QString()));
}

QString PriceEntryDialog::problem() const
{
    if (m_model->text().trimmed().isEmpty())
        return tr("Enter the model name.");
    if (m_pattern->text().trimmed().isEmpty())
        return tr("Enter a match pattern.");
    const QRegularExpression re = QRegularExpression(m_pattern->text().trimmed());
    if (!re.isValid())
        return tr("The match pattern is not a valid regular expression: %1 (at %2).")
            .arg(re.errorString())
            .arg(re.patternErrorOffset());
    int priced = 0;
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        const QString key = m_prices->item(r, 0) ? m_prices->item(r, 0)->text().trimmed() : QString();
        const QString value = m_prices->item(r, 1) ? m_prices->item(r, 1)->text().trimmed() : QString();
        if (value.isEmpty())
            continue;
        const std::optional<double> v = parseNumber(value);
        if (!v)
            return tr("The price of \"%1\" is not a number.").arg(key);
        if (*v < 0)
            return tr("The price of \"%1\" is negative.").arg(key);
        if (key.isEmpty())
            return tr("Row %1 has a price but no usage key.").arg(r + 1);
        ++priced;
    }
    if (priced == 0)
        return tr("Enter at least one price (for example for \"input\" and \"output\").");
    const QString tiers = m_tiers->toPlainText().trimmed();
    if (!tiers.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(tiers.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return tr("Conditional tiers are not valid JSON: %1 (at %2).").arg(error.errorString()).arg(error.offset);
        if (!doc.isArray())
            return tr("Conditional tiers must be a JSON array of tiers.");
        for (const QJsonValue &t : doc.array())
            if (!t.isObject() || !t.toObject().value(QStringLiteral("prices")).isObject())
                return tr("Each conditional tier must be an object with a \"prices\" object.");
    }
    return {};
}

void PriceEntryDialog::validate()
{
    const QRegularExpression re = QRegularExpression(m_pattern->text().trimmed());
    const QString sample = m_sample->text().trimmed();
    if (sample.isEmpty() || !re.isValid())
        m_sampleResult->clear();
    else
        m_sampleResult->setText(re.match(sample).hasMatch() ? tr("matches") : tr("does not match"));
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

QByteArray PriceEntryDialog::entryJson() const
{
    QJsonObject prices;
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        const QString key = m_prices->item(r, 0) ? m_prices->item(r, 0)->text().trimmed() : QString();
        const QString value = m_prices->item(r, 1) ? m_prices->item(r, 1)->text().trimmed() : QString();
        if (key.isEmpty() || value.isEmpty())
            continue;
        if (const std::optional<double> v = parseNumber(value))
            prices.insert(key, *v / kPerMillion);
    }
    const QString model = m_model->text().trimmed();
    const QString id = m_id.isEmpty() ? model : m_id;
    QJsonArray tiers;
    tiers.append(QJsonObject { { QStringLiteral("id"), QString(id + QStringLiteral("_tier_default")) },
                               { QStringLiteral("name"), QStringLiteral("Standard") },
                               { QStringLiteral("isDefault"), true },
                               { QStringLiteral("priority"), 0 },
                               { QStringLiteral("conditions"), QJsonArray() },
                               { QStringLiteral("prices"), prices } });
    const QString extra = m_tiers->toPlainText().trimmed();
    if (!extra.isEmpty()) {
        int n = 1;
        for (const QJsonValue &t : QJsonDocument::fromJson(extra.toUtf8()).array()) {
            QJsonObject tier = t.toObject();
            tier.insert(QStringLiteral("isDefault"), false);
            if (!tier.contains(QStringLiteral("id")))
                tier.insert(QStringLiteral("id"), QStringLiteral("%1_tier_%2").arg(id).arg(n));
            if (!tier.contains(QStringLiteral("priority")))
                tier.insert(QStringLiteral("priority"), n);
            tiers.append(tier);
            ++n;
        }
    }
    QJsonObject entry { { QStringLiteral("id"), id },
                        { QStringLiteral("modelName"), model },
                        { QStringLiteral("matchPattern"), m_pattern->text().trimmed() },
                        { QStringLiteral("pricingTiers"), tiers } };
    if (m_hasStart->isChecked())
        entry.insert(QStringLiteral("startDate"), m_start->dateTime().toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(QJsonArray { entry }).toJson(QJsonDocument::Compact);
}

} // namespace spanscope::ui
