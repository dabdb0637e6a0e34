#include "widgets/detailpane.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "model/records.h"
#include "models/spantreemodel.h"
#include "util/format.h"
#include "widgets/payloadsection.h"

namespace spanscope::ui {

namespace {

QString qs(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

QTreeWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setHeaderLabels(headers);
    t->setWordWrap(false);
    t->header()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QString offsetText(std::optional<int64_t> ns, int64_t traceStart)
{
    if (!ns)
        return unknownText();
    if (traceStart == store::TraceTree::kNoTime)
        return formatTimestamp(ns);
    return QStringLiteral("+") + formatDuration(*ns - traceStart);
}

QString scoreValue(const store::ScoreRow &s)
{
    if (s.dataType == "NUMERIC" && s.value)
        return QLocale().toString(*s.value, 'g', 6);
    if (s.dataType == "BOOLEAN" && s.value)
        return *s.value != 0 ? QObject::tr("true") : QObject::tr("false");
    if (s.stringValue)
        return QString::fromStdString(*s.stringValue);
    return s.value ? QLocale().toString(*s.value, 'g', 6) : unknownText();
}

// {key: number} JSON from the usage/cost detail columns; empty when absent or not an object.
QJsonObject detailsObject(const std::optional<std::string> &json)
{
    if (!json)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
}

} // namespace

ObservationView ObservationView::prepare(store::ObservationDetail detail, int64_t traceStartNs)
{
    ObservationView v;
    v.input = buildPayloadDoc(detail.inputJson);
    v.output = buildPayloadDoc(detail.outputJson);
    v.metadata = buildPayloadDoc(detail.metadataJson);
    v.modelParameters = buildPayloadDoc(detail.modelParametersJson);
    // The parsed documents hold everything the pane shows; the raw text need not travel on.
    detail.inputJson.reset();
    detail.outputJson.reset();
    detail.metadataJson.reset();
    v.detail = std::move(detail);
    v.traceStartNs = traceStartNs;
    return v;
}

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("observationTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_title->setFont(f);
    m_copyId = new QToolButton(this);
    m_copyId->setText(tr("Copy id"));
    m_copyId->setAutoRaise(true);
    m_copyId->setToolTip(tr("Copy the observation id"));
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (!m_observationId.isEmpty())
            QApplication::clipboard()->setText(m_observationId);
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("observationSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_input = new PayloadSection(tr("Input"), this);
    m_input->setObjectName(QStringLiteral("inputSection"));
    m_output = new PayloadSection(tr("Output"), this);
    m_output->setObjectName(QStringLiteral("outputSection"));
    auto *io = new QSplitter(Qt::Vertical, this);
    io->addWidget(m_input);
    io->addWidget(m_output);
    io->setStretchFactor(0, 3);
    io->setStretchFactor(1, 2);
    io->setChildrenCollapsible(false);

    m_metadata = new PayloadSection(tr("Metadata"), this);
    m_modelParameters = new PayloadSection(tr("Model parameters"), this);
    auto *meta = new QSplitter(Qt::Vertical, this);
    meta->addWidget(m_metadata);
    meta->addWidget(m_modelParameters);
    meta->setStretchFactor(0, 3);
    meta->setStretchFactor(1, 1);

    m_attributes = makeTable(this, { tr("Key"), tr("Value") }, QStringLiteral("attributesTable"));
    m_usage = makeTable(this, { tr("Item"), tr("Value"), tr("Note") }, QStringLiteral("usageTable"));
    m_scores = makeTable(this, { tr("Name"), tr("Value"), tr("Type"), tr("Source"), tr("Comment") },
                         QStringLiteral("scoresTable"));
    m_events = makeTable(this, { tr("Time"), tr("Name"), tr("Level"), tr("Message") }, QStringLiteral("eventsTable"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(io, tr("Input / Output"));
    m_tabs->addTab(meta, tr("Metadata"));
    m_tabs->addTab(m_attributes, tr("Attributes"));
    m_tabs->addTab(m_usage, tr("Usage && cost"));
    m_tabs->addTab(m_scores, tr("Scores"));
    m_tabs->addTab(m_events, tr("Events"));

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_title, 1);
    head->addWidget(m_copyId);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

void DetailPane::setTabCount(Tab tab, const QString &base, int count)
{
    m_tabs->setTabText(tab, count > 0 ? QStringLiteral("%1 (%2)").arg(base).arg(count) : base);
}

void DetailPane::clear()
{
    showMessage(tr("Select an observation to see its input, output and details."));
}

void DetailPane::showMessage(const QString &message)
{
    m_observationId.clear();
    m_title->setText(QString());
    m_copyId->setEnabled(false);
    m_summary->setText(message.toHtmlEscaped());
    m_input->showMessage(QString());
    m_output->showMessage(QString());
    m_metadata->showMessage(QString());
    m_modelParameters->showMessage(QString());
    for (QTreeWidget *t : { m_attributes, m_usage, m_scores, m_events })
        t->clear();
}

void DetailPane::showLoading(const QString &name)
{
    m_title->setText(name.toHtmlEscaped());
    m_summary->setText(tr("Loading…"));
}

void DetailPane::showObservation(const ObservationView &view)
{
    const store::ObservationDetail &d = view.detail;
    if (!d.found) {
        showMessage(tr("This observation is no longer in the workspace."));
        return;
    }
    m_observationId = QString::fromStdString(d.id);
    m_copyId->setEnabled(true);
    const QString type = QString::fromStdString(d.type);
    const QColor typeColor = SpanTreeModel::typeColor(type);
    m_title->setText(QStringLiteral("<span style='color:%1'>%2</span>&nbsp;&nbsp;%3")
                         .arg(typeColor.name(), type.toHtmlEscaped(), (d.name ? qs(d.name) : m_observationId).toHtmlEscaped()));

    // Summary: one line of facts, then problems (status, repairs) that must not be missed.
    QStringList facts, model;
    facts << tr("id <code>%1</code>").arg(m_observationId.toHtmlEscaped());
    facts << tr("starts %1").arg(offsetText(d.startNs, view.traceStartNs));
    if (d.startNs && d.endNs)
        facts << tr("duration <b>%1</b>").arg(formatDuration(*d.endNs - *d.startNs));
    if (d.completionStartNs && d.startNs)
        facts << tr("first token after %1").arg(formatDuration(*d.completionStartNs - *d.startNs));
    if (d.model)
        model << tr("model <b>%1</b>").arg(qs(d.model).toHtmlEscaped())
                + (d.provider ? QStringLiteral(" (%1)").arg(qs(d.provider).toHtmlEscaped()) : QString());
    if (d.promptName)
        model << tr("prompt %1 v%2").arg(qs(d.promptName).toHtmlEscaped()).arg(d.promptVersion.value_or(0));
    QString html = facts.join(QStringLiteral(" · "));
    if (!model.isEmpty())
        html += QStringLiteral("<br>") + model.join(QStringLiteral(" · "));
    if (d.level && (*d.level == "ERROR" || *d.level == "WARNING")) {
        const QString color = *d.level == "ERROR" ? QStringLiteral("#d32f2f") : QStringLiteral("#c77c02");
        html += QStringLiteral("<br><span style='color:%1'><b>%2</b> %3</span>")
                    .arg(color, qs(d.level).toHtmlEscaped(), qs(d.statusMessage).toHtmlEscaped());
    } else if (d.statusMessage) {
        html += QStringLiteral("<br>") + tr("Status: %1").arg(qs(d.statusMessage).toHtmlEscaped());
    }
    if (d.flags) {
        QStringList notes;
        if (d.flags & FlagOrphan)
            notes << tr("parent %1 is not in the trace, shown as a root").arg(qs(d.origParentId).toHtmlEscaped());
        if (d.flags & FlagCycleBroken)
            notes << tr("its parent chain formed a cycle, cut here (given parent %1)").arg(qs(d.origParentId).toHtmlEscaped());
        if (d.flags & FlagStartsBeforeParent)
            notes << tr("starts before its parent (clock skew)");
        if (d.flags & FlagDuplicateMerged)
            notes << tr("the id appeared more than once and the copies were merged");
        html += QStringLiteral("<br><span style='color:#e65100'>⚠ %1</span>").arg(notes.join(QStringLiteral("; ")));
    }
    m_summary->setText(html);

    m_input->setDocument(view.input);
    m_output->setDocument(view.output);
    m_metadata->setDocument(view.metadata);
    m_modelParameters->setDocument(view.modelParameters);
    fillAttributes(d.attributes);
    fillUsage(d);
    fillScores(d.scores);
    fillEvents(d.events, view.traceStartNs);
}

void DetailPane::fillAttributes(const std::vector<store::AttributeRow> &attributes)
{
    m_attributes->clear();
    QList<QTreeWidgetItem *> items;
    for (const store::AttributeRow &a : attributes) {
        const QString value = compactJson(a.valueJson, 4000);
        auto *item = new QTreeWidgetItem({ QString::fromStdString(a.key), value });
        item->setToolTip(1, value.left(2000));
        items << item;
    }
    m_attributes->addTopLevelItems(items);
    m_attributes->resizeColumnToContents(0);
    setTabCount(AttributesTab, tr("Attributes"), int(attributes.size()));
}

void DetailPane::fillUsage(const store::ObservationDetail &d)
{
    m_usage->clear();
    const auto add = [this](const QString &item, const QString &value, const QString &note = QString()) {
        auto *row = new QTreeWidgetItem(m_usage, { item, value, note });
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return row;
    };
    const auto tokens = [&](const QString &label, const std::optional<int64_t> &v) {
        if (v)
            add(label, formatCount(v));
    };
    tokens(tr("Input tokens"), d.inputTokens);
    tokens(tr("Output tokens"), d.outputTokens);
    tokens(tr("Total tokens"), d.totalTokens);
    tokens(tr("Cache read tokens"), d.cacheReadTokens);
    tokens(tr("Cache write tokens"), d.cacheWriteTokens);
    tokens(tr("Reasoning tokens"), d.reasoningTokens);
    const QJsonObject usage = detailsObject(d.usageDetailsJson);
    for (auto it = usage.begin(); it != usage.end(); ++it)
        add(tr("usage · %1").arg(it.key()), formatCount(int64_t(it.value().toDouble())), tr("as given by the source"));

    const std::optional<double> shown = d.costProvided ? d.costProvided : d.costComputed;
    QTreeWidgetItem *total = add(tr("Cost"), formatCost(shown),
                                 d.costProvided   ? tr("provided by the source")
                                     : d.costComputed ? tr("computed from the price catalog")
                                     : d.unpriced ? tr("unpriced: no catalog price matches this model")
                                                  : tr("no cost recorded"));
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(1, bold);
    auto *provided = add(tr("Provided cost"), formatCost(d.costProvided));
    const QJsonObject pd = detailsObject(d.costProvidedDetailsJson);
    for (auto it = pd.begin(); it != pd.end(); ++it)
        new QTreeWidgetItem(provided, { it.key(), formatCost(it.value().toDouble()) });
    auto *computed = add(tr("Computed cost"), formatCost(d.costComputed),
                         d.priceModelId ? tr("price entry %1").arg(qs(d.priceModelId))
                             : d.unpriced ? tr("unpriced") : QString());
    const QJsonObject cd = detailsObject(d.costComputedDetailsJson);
    for (auto it = cd.begin(); it != cd.end(); ++it)
        new QTreeWidgetItem(computed, { it.key(), formatCost(it.value().toDouble()) });
    if (d.costProvided && d.costComputed && *d.costComputed != 0) {
        const double diff = (*d.costProvided - *d.costComputed) / *d.costComputed * 100;
        add(tr("Provided vs computed"), QStringLiteral("%1%2 %").arg(diff >= 0 ? QStringLiteral("+") : QString()).arg(diff, 0, 'f', 1));
    }
    if (d.unpriced) {
        auto *row = add(tr("Unpriced"), tr("yes"), tr("model %1 has usage but no price in the catalog: cost unknown, not zero").arg(qs(d.model)));
        row->setForeground(2, QColor(0xe6, 0x51, 0x00));
    }
    m_usage->setRootIsDecorated(!pd.isEmpty() || !cd.isEmpty());
    m_usage->expandAll();
    m_usage->resizeColumnToContents(0);
    m_usage->resizeColumnToContents(1);
}

void DetailPane::fillScores(const std::vector<store::ScoreRow> &scores)
{
    m_scores->clear();
    for (const store::ScoreRow &s : scores) {
        auto *item = new QTreeWidgetItem(m_scores, { QString::fromStdString(s.name), scoreValue(s),
                                                     QString::fromStdString(s.dataType), qs(s.source), qs(s.comment) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(4, qs(s.comment));
    }
    m_scores->resizeColumnToContents(0);
    setTabCount(ScoresTab, tr("Scores"), int(scores.size()));
}

void DetailPane::fillEvents(const std::vector<store::EventRow> &events, int64_t traceStartNs)
{
    m_events->clear();
    for (const store::EventRow &e : events) {
        QString message = qs(e.statusMessage);
        if (message.isEmpty() && e.inputJson)
            message = compactJson(*e.inputJson, 500);
        if (message.isEmpty() && e.metadataJson)
            message = compactJson(*e.metadataJson, 500);
        auto *item = new QTreeWidgetItem(m_events, { offsetText(e.startNs, traceStartNs),
                                                     e.name ? qs(e.name) : QString::fromStdString(e.id), qs(e.level), message });
        item->setToolTip(3, message);
    }
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    setTabCount(EventsTab, tr("Events"), int(events.size()));
}

} // namespace spanscope::ui
