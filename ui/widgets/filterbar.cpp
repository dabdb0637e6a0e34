#include "widgets/filterbar.h"

#include <algorithm>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "util/format.h"
#include "widgets/chip.h"
#include "widgets/filterbarpicker.h"

namespace spanscope::ui {

namespace {

constexpr int64_t kNsPerMs = 1'000'000;

std::vector<std::string> *listFor(store::TraceFilter &f, store::TraceField field)
{
    switch (field) {
    case store::TraceField::Model: return &f.models;
    case store::TraceField::Provider: return &f.providers;
    case store::TraceField::User: return &f.userIds;
    case store::TraceField::Session: return &f.sessionIds;
    case store::TraceField::Name: return &f.traceNames;
    case store::TraceField::Tag: return &f.tags;
    case store::TraceField::Environment: return &f.environments;
    case store::TraceField::Release: return &f.releases;
    case store::TraceField::ScoreName: return nullptr;
    }
    return nullptr;
}

QString fieldLabel(store::TraceField field)
{
    switch (field) {
    case store::TraceField::Model: return FilterBar::tr("model");
    case store::TraceField::Provider: return FilterBar::tr("provider");
    case store::TraceField::User: return FilterBar::tr("user");
    case store::TraceField::Session: return FilterBar::tr("session");
    case store::TraceField::Name: return FilterBar::tr("name");
    case store::TraceField::Tag: return FilterBar::tr("tag");
    case store::TraceField::Environment: return FilterBar::tr("environment");
    case store::TraceField::Release: return FilterBar::tr("release");
    case store::TraceField::ScoreName: return FilterBar::tr("score");
    }
    return {};
}

const char *opSymbol(store::ScoreCondition::Op op)
{
    using Op = store::ScoreCondition::Op;
    switch (op) {
    case Op::Less: return "<";
    case Op::LessEqual: return "<=";
    case Op::Greater: return ">";
    case Op::GreaterEqual: return ">=";
    case Op::Equal: return "=";
    case Op::NotEqual: return "!=";
    }
    return "=";
}

QDateTime fromNs(int64_t ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / kNsPerMs);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("traceSearchField"));
    m_search->setPlaceholderText(tr("Search names, inputs, outputs and metadata  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeRangeBox"));
    m_time->addItem(tr("All time"), int(TimePreset::All));
    m_time->addItem(tr("Last hour"), int(TimePreset::LastHour));
    m_time->addItem(tr("Last 24 hours"), int(TimePreset::Last24Hours));
    m_time->addItem(tr("Last 7 days"), int(TimePreset::Last7Days));
    m_time->addItem(tr("Last 30 days"), int(TimePreset::Last30Days));
    m_time->addItem(tr("Custom range…"), int(TimePreset::Custom));
    m_time->setToolTip(tr("Trace time range"));

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addFilterButton"));
    m_add->setText(tr("Add Filter"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildAddMenu();

    m_errors = new QToolButton(this);
    m_errors->setObjectName(QStringLiteral("errorsOnlyButton"));
    m_errors->setText(tr("Errors Only"));
    m_errors->setCheckable(true);
    m_errors->setToolTip(tr("Show only traces with an observation of level ERROR"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000 traces")) + 8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("searchHintLabel"));
    m_hint->setEnabled(false);
    m_hint->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_time);
    top->addWidget(m_add);
    top->addWidget(m_errors);
    top->addWidget(m_hint);
    top->addWidget(m_count);

    m_chipRow = new QWidget(this);
    m_chipRow->setObjectName(QStringLiteral("chipRow"));
    m_chipLayout = new QHBoxLayout(m_chipRow);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(6);
    m_chipLayout->addStretch(1);
    m_chipRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_chipRow);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyPendingText);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::onTextEdited);
    connect(m_time, &QComboBox::activated, this, &FilterBar::onTimeIndexChanged);
    connect(m_errors, &QToolButton::toggled, this, [this](bool on) {
        if (!m_updating)
            setErrorsOnly(on);
    });
}

void FilterBar::buildAddMenu()
{
    auto *menu = new QMenu(m_add);
    menu->setObjectName(QStringLiteral("addFilterMenu"));
    const auto value = [this, menu](store::TraceField field, const QString &text, const QString &title) {
        QAction *a = menu->addAction(text, this, [this, field, title] { pickValue(field, title); });
        a->setData(int(field));
    };
    value(store::TraceField::Model, tr("Model…"), tr("Traces using the model"));
    value(store::TraceField::User, tr("User…"), tr("Traces of the user"));
    value(store::TraceField::Session, tr("Session…"), tr("Traces of the session"));
    value(store::TraceField::Name, tr("Trace Name…"), tr("Traces with the name"));
    value(store::TraceField::Tag, tr("Tag…"), tr("Traces carrying the tag"));
    value(store::TraceField::Environment, tr("Environment…"), tr("Traces from the environment"));
    menu->addSeparator();
    menu->addAction(tr("Minimum Latency…"), this, [this] { pickNumber(true); });
    menu->addAction(tr("Minimum Cost…"), this, [this] { pickNumber(false); });
    menu->addAction(tr("Score Condition…"), this, &FilterBar::pickScore);
    m_add->setMenu(menu);
}

store::TraceFilter FilterBar::filter() const
{
    store::TraceFilter f = m_filter;
    const int64_t now = QDateTime::currentMSecsSinceEpoch() * kNsPerMs;
    const int64_t hour = 3600LL * 1000 * kNsPerMs;
    f.fromNs.reset();
    f.toNs.reset();
    switch (m_preset) {
    case TimePreset::All: break;
    case TimePreset::LastHour: f.fromNs = now - hour; break;
    case TimePreset::Last24Hours: f.fromNs = now - 24 * hour; break;
    case TimePreset::Last7Days: f.fromNs = now - 7 * 24 * hour; break;
    case TimePreset::Last30Days: f.fromNs = now - 30 * 24 * hour; break;
    case TimePreset::Custom:
        if (m_customFrom.isValid())
            f.fromNs = m_customFrom.toMSecsSinceEpoch() * kNsPerMs;
        if (m_customTo.isValid())
            f.toNs = m_customTo.toMSecsSinceEpoch() * kNsPerMs;
        break;
    }
    return f;
}

void FilterBar::setFilter(const store::TraceFilter &filter)
{
    m_filter = filter;
    m_customFrom = filter.fromNs ? fromNs(*filter.fromNs) : QDateTime();
    m_customTo = filter.toNs ? fromNs(*filter.toNs) : QDateTime();
    m_preset = filter.fromNs || filter.toNs ? TimePreset::Custom : TimePreset::All;
    m_filter.fromNs.reset();
    m_filter.toNs.reset();
    m_updating = true;
    m_search->setText(QString::fromStdString(filter.text));
    m_debounce->stop();
    m_hint->hide();
    m_time->setCurrentIndex(m_time->findData(int(m_preset)));
    m_updating = false;
    changed();
}

void FilterBar::clearAll()
{
    setFilter({});
}

void FilterBar::setMatchCount(qint64 count)
{
    m_count->setText(count < 0 ? tr("Counting…") : tr("%Ln trace(s)", nullptr, count));
}

void FilterBar::setTimePreset(TimePreset preset)
{
    m_preset = preset;
    m_updating = true;
    m_time->setCurrentIndex(m_time->findData(int(preset)));
    m_updating = false;
    changed();
}

void FilterBar::setCustomTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = from;
    m_customTo = to;
    setTimePreset(TimePreset::Custom);
}

void FilterBar::addValue(store::TraceField field, const QString &value)
{
    std::vector<std::string> *list = listFor(m_filter, field);
    const std::string v = value.trimmed().toStdString();
    if (!list || v.empty() || std::find(list->begin(), list->end(), v) != list->end())
        return;
    list->push_back(v);
    changed();
}

void FilterBar::setErrorsOnly(bool on)
{
    if (m_filter.errorsOnly == on)
        return;
    m_filter.errorsOnly = on;
    changed();
}

void FilterBar::setMinLatencyMs(std::optional<double> ms)
{
    m_filter.minLatencyNs = ms ? std::optional<int64_t>(int64_t(*ms * double(kNsPerMs))) : std::nullopt;
    changed();
}

void FilterBar::setMinCostUsd(std::optional<double> usd)
{
    m_filter.minCostUsd = usd;
    changed();
}

bool FilterBar::parseScoreCondition(const QString &text, store::ScoreCondition &out, QString *error)
{
    using Op = store::ScoreCondition::Op;
    // name, operator, value: "relevance < 0.6", "tone != rude", "helpful=true"
    static const QRegularExpression re(QStringLiteral(R"(^\s*(.+?)\s*(<=|>=|!=|<>|==|=|<|>)\s*(.+?)\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("Write a condition like “relevance < 0.6” or “tone = friendly”.");
        return false;
    }
    store::ScoreCondition c;
    c.name = m.captured(1).toStdString();
    const QString op = m.captured(2);
    if (op == QLatin1String("<"))
        c.op = Op::Less;
    else if (op == QLatin1String("<="))
        c.op = Op::LessEqual;
    else if (op == QLatin1String(">"))
        c.op = Op::Greater;
    else if (op == QLatin1String(">="))
        c.op = Op::GreaterEqual;
    else if (op == QLatin1String("!=") || op == QLatin1String("<>"))
        c.op = Op::NotEqual;
    else
        c.op = Op::Equal;
    const QString value = m.captured(3);
    bool isNumber = false;
    const double n = QLocale::c().toDouble(value, &isNumber);
    if (isNumber) {
        c.number = n;
    } else if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
               || value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        c.number = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? 1.0 : 0.0;
    } else {
        if (c.op != Op::Equal && c.op != Op::NotEqual) {
            if (error)
                *error = tr("“%1” is not a number; text values can only be compared with = or !=.").arg(value);
            return false;
        }
        QString unquoted = value;
        if (unquoted.size() >= 2 && (unquoted.startsWith(QLatin1Char('"')) || unquoted.startsWith(QLatin1Char('\'')))
            && unquoted.endsWith(unquoted.front()))
            unquoted = unquoted.mid(1, unquoted.size() - 2);
        c.text = unquoted.toStdString();
    }
    out = c;
    return true;
}

QString FilterBar::describe(const store::ScoreCondition &c)
{
    const QString value
        = c.number ? QLocale().toString(*c.number, 'g', 6) : QString::fromStdString(c.text.value_or(std::string()));
    return QStringLiteral("%1 %2 %3").arg(QString::fromStdString(c.name), QLatin1String(opSymbol(c.op)), value);
}

bool FilterBar::addScoreCondition(const QString &text, QString *error)
{
    store::ScoreCondition c;
    if (!parseScoreCondition(text, c, error))
        return false;
    m_filter.scores.push_back(c);
    changed();
    return true;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::onTextEdited()
{
    if (m_updating)
        return;
    const QString text = m_search->text().trimmed();
    const bool tooShort = !text.isEmpty() && text.size() < store::traceSearchMinLength;
    m_hint->setVisible(tooShort);
    m_hint->setText(tr("Type at least %n character(s)", nullptr, store::traceSearchMinLength));
    m_debounce->start();
}

void FilterBar::applyPendingText()
{
    m_debounce->stop();
    QString text = m_search->text().trimmed();
    // Too short for the trigram index: keep the list as it was until the term is usable.
    if (!text.isEmpty() && text.size() < store::traceSearchMinLength)
        text.clear();
    if (text.toStdString() == m_filter.text)
        return;
    m_filter.text = text.toStdString();
    changed();
}

void FilterBar::onTimeIndexChanged(int index)
{
    if (m_updating)
        return;
    const auto preset = TimePreset(m_time->itemData(index).toInt());
    if (preset == TimePreset::Custom) {
        pickCustomRange();
        return;
    }
    setTimePreset(preset);
}

void FilterBar::pickValue(store::TraceField field, const QString &title)
{
    FilterValuePicker picker(field, title, m_jobs, this);
    if (picker.exec() == QDialog::Accepted)
        addValue(field, picker.value());
}

void FilterBar::pickNumber(bool latency)
{
    bool ok = false;
    if (latency) {
        const double current = m_filter.minLatencyNs ? double(*m_filter.minLatencyNs) / double(kNsPerMs) : 1000.0;
        const double ms = QInputDialog::getDouble(this, tr("Minimum Latency"), tr("Latency at least (milliseconds):"),
                                                  current, 0, 1e9, 1, &ok);
        if (ok)
            setMinLatencyMs(ms);
    } else {
        const double usd = QInputDialog::getDouble(this, tr("Minimum Cost"), tr("Cost at least (US dollars):"),
                                                   m_filter.minCostUsd.value_or(0.01), 0, 1e9, 6, &ok);
        if (ok)
            setMinCostUsd(usd);
    }
}

void FilterBar::pickScore()
{
    QString text;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Score Condition"),
                                     tr("Condition on a score of the trace, e.g. “relevance < 0.6”:"),
                                     QLineEdit::Normal, text, &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        QString error;
        if (addScoreCondition(text, &error))
            return;
        // Say what was wrong and let the user fix the text they typed.
        text = text.trimmed();
        m_hint->setText(error);
        m_hint->show();
    }
}

void FilterBar::pickCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom Time Range"));
    auto *from = new QDateTimeEdit(&dialog);
    auto *to = new QDateTimeEdit(&dialog);
    for (QDateTimeEdit *e : { from, to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QDateTime now = QDateTime::currentDateTime();
    from->setDateTime(m_customFrom.isValid() ? m_customFrom : now.addDays(-7));
    to->setDateTime(m_customTo.isValid() ? m_customTo : now);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime()) {
        setCustomTimeRange(from->dateTime(), to->dateTime());
        return;
    }
    // Cancelled: the box shows the range that still applies.
    m_updating = true;
    m_time->setCurrentIndex(m_time->findData(int(m_preset)));
    m_updating = false;
}

QList<Chip *> FilterBar::chips() const
{
    return m_chipRow->findChildren<Chip *>(QString(), Qt::FindDirectChildrenOnly);
}

void FilterBar::addChip(const QString &text, const QString &tip, std::function<void()> remove)
{
    auto *chip = new Chip(text, tip, m_chipRow);
    // Removal rebuilds the chips, so it runs after the click that asked for it has returned.
    connect(chip, &Chip::removeRequested, this, [this, remove = std::move(remove)] {
        remove();
        QTimer::singleShot(0, this, &FilterBar::changed);
    });
    m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
}

void FilterBar::rebuildChips()
{
    const QList<Chip *> old = chips();
    for (Chip *c : old) {
        // Out of the row at once; deleted later because its own click may still be on the stack.
        m_chipLayout->removeWidget(c);
        c->hide();
        c->setParent(nullptr);
        c->deleteLater();
    }
    store::TraceFilter &f = m_filter;
    if (!f.text.empty())
        addChip(tr("search: “%1”").arg(QString::fromStdString(f.text)), tr("Full-text search"),
                [this] { m_filter.text.clear(); m_updating = true; m_search->clear(); m_updating = false; });
    if (m_preset != TimePreset::All) {
        QString text = m_time->itemText(m_time->findData(int(m_preset)));
        if (m_preset == TimePreset::Custom) {
            const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
            text = tr("time: %1 – %2")
                       .arg(m_customFrom.isValid() ? m_customFrom.toString(fmt) : QStringLiteral("…"),
                            m_customTo.isValid() ? m_customTo.toString(fmt) : QStringLiteral("…"));
        }
        addChip(text, tr("Time range"), [this] { m_preset = TimePreset::All; m_time->setCurrentIndex(0); });
    }
    for (store::TraceField field : { store::TraceField::Model, store::TraceField::Provider, store::TraceField::User,
                                     store::TraceField::Session, store::TraceField::Name, store::TraceField::Tag,
                                     store::TraceField::Environment, store::TraceField::Release }) {
        for (const std::string &v : *listFor(f, field)) {
            addChip(QStringLiteral("%1: %2").arg(fieldLabel(field), QString::fromStdString(v)), QString(),
                    [this, field, v] {
                        std::vector<std::string> *list = listFor(m_filter, field);
                        list->erase(std::remove(list->begin(), list->end(), v), list->end());
                    });
        }
    }
    if (f.promptName) {
        QString text = tr("prompt: %1").arg(QString::fromStdString(*f.promptName));
        if (f.promptVersion)
            text += QStringLiteral(" v%1").arg(*f.promptVersion);
        addChip(text, QString(), [this] { m_filter.promptName.reset(); m_filter.promptVersion.reset(); });
    }
    if (f.errorsOnly)
        addChip(tr("errors only"), QString(), [this] { m_filter.errorsOnly = false; });
    if (f.minLatencyNs)
        addChip(tr("latency ≥ %1").arg(formatDuration(*f.minLatencyNs)), QString(),
                [this] { m_filter.minLatencyNs.reset(); });
    if (f.minCostUsd)
        addChip(tr("cost ≥ %1").arg(formatCost(*f.minCostUsd)), QString(), [this] { m_filter.minCostUsd.reset(); });
    for (size_t i = 0; i < f.scores.size(); ++i) {
        addChip(tr("score: %1").arg(describe(f.scores[i])), QString(), [this, i] {
            if (i < m_filter.scores.size())
                m_filter.scores.erase(m_filter.scores.begin() + std::ptrdiff_t(i));
        });
    }
    if (!f.traceIds.empty())
        addChip(tr("%n selected trace(s)", nullptr, int(f.traceIds.size())), QString(),
                [this] { m_filter.traceIds.clear(); });
    m_chipRow->setVisible(!chips().isEmpty());
}

void FilterBar::changed()
{
    m_updating = true;
    m_errors->setChecked(m_filter.errorsOnly);
    m_updating = false;
    rebuildChips();
    emit filterChanged(filter());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            // Esc clears the search; a second Esc (empty field) clears every filter.
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                applyPendingText();
            } else {
                clearAll();
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyPendingText();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace spanscope::ui
