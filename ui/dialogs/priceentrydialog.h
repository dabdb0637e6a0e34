#pragma once
// Add or edit a user price entry: model name, match pattern (a regular expression, checked as it
// is typed and tried on a sample model name), effective date, the default tier's price per usage
// key, and conditional tiers as Langfuse JSON. entryJson() is the entry in the Langfuse catalog
// format (/api/public/models), which the Prices page stores through the same path as an
// imported catalog file. UI thread only; no database access.

#include <map>
#include <optional>

#include <QDialog>
#include <QJsonArray>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace spanscope::ui {

struct PriceEntryDraft {
    QString id;      // empty for a new entry (the model name then identifies it)
    QString modelName, matchPattern;
    std::optional<qint64> startDateMs; // UTC
    std::map<QString, double> prices;   // default tier, USD per unit
    QJsonArray otherTiers;              // conditional tiers, Langfuse JSON
};

class PriceEntryDialog : public QDialog {
    Q_OBJECT
public:
    explicit PriceEntryDialog(const PriceEntryDraft &draft, QWidget *parent = nullptr);

    // A one-element JSON array in the Langfuse catalog format; valid once the dialog is accepted.
    QByteArray entryJson() const;
    // Empty when the form can be saved, else what to fix.
    QString problem() const;

    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QLineEdit *sampleEdit() const { return m_sample; }
    QLabel *sampleResult() const { return m_sampleResult; }
    QTableWidget *pricesTable() const { return m_prices; }
    QPlainTextEdit *tiersEdit() const { return m_tiers; }
    QCheckBox *startCheck() const { return m_hasStart; }
    QDateTimeEdit *startEdit() const { return m_start; }

private:
    void validate();
    void addPriceRow(const QString &key, std::optional<double> usdPerUnit);
    QString m_id;
    bool m_patternTouched = false;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_sample = nullptr;
    QLabel *m_sampleResult = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QTableWidget *m_prices = nullptr;
    QPlainTextEdit *m_tiers = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace spanscope::ui
