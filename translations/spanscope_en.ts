<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>spanscope::ui::AlertsPanel</name>
    <message numerus="yes">
        <source>%n rule(s) evaluated</source>
        <translation>
            <numerusform>%n rule evaluated</numerusform>
            <numerusform>%n rules evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firing(s)</source>
        <translation>
            <numerusform>%n firing</numerusform>
            <numerusform>%n firings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::CostPage</name>
    <message numerus="yes">
        <source>%n request(s) without a price</source>
        <translation>
            <numerusform>%n request without a price</numerusform>
            <numerusform>%n requests without a price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s) with a known cost</source>
        <translation>
            <numerusform>%n trace with a known cost</numerusform>
            <numerusform>%n traces with a known cost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) cost %1; priced as %2 they would have cost %3 (%4%5).</source>
        <translation>
            <numerusform>%n call cost %1; priced as %2 it would have cost %3 (%4%5).</numerusform>
            <numerusform>%n calls cost %1; priced as %2 they would have cost %3 (%4%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::DiffView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterBar</name>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln trace</numerusform>
            <numerusform>%Ln traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s)</source>
        <translation>
            <numerusform>Type at least %n character</numerusform>
            <numerusform>Type at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected trace(s)</source>
        <translation>
            <numerusform>%n selected trace</numerusform>
            <numerusform>%n selected traces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterValuePicker</name>
    <message numerus="yes">
        <source>%n value(s) in this workspace</source>
        <translation>
            <numerusform>%n value in this workspace</numerusform>
            <numerusform>%n values in this workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>fewer than %n sample(s)</source>
        <translation>
            <numerusform>fewer than %n sample</numerusform>
            <numerusform>fewer than %n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportFeedback</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln trace</numerusform>
            <numerusform>%Ln traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln observation</numerusform>
            <numerusform>%Ln observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s)</source>
        <translation>
            <numerusform>%Ln score</numerusform>
            <numerusform>%Ln scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped; details below and in the import log.</source>
        <translation>
            <numerusform>%Ln record skipped; details below and in the import log.</numerusform>
            <numerusform>%Ln records skipped; details below and in the import log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportProgressWidget</name>
    <message numerus="yes">
        <source>Starting import of %n file(s)…</source>
        <translation>
            <numerusform>Starting import of %n file…</numerusform>
            <numerusform>Starting import of %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more queued)</source>
        <translation>
            <numerusform>(%n more queued)</numerusform>
            <numerusform>(%n more queued)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln trace</numerusform>
            <numerusform>%Ln traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln observation</numerusform>
            <numerusform>%Ln observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PricesPage</name>
    <message numerus="yes">
        <source>%n price entries</source>
        <translation>
            <numerusform>%n price entry</numerusform>
            <numerusform>%n price entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-priced %n observation(s).</source>
        <translation>
            <numerusform>Re-priced %n observation.</numerusform>
            <numerusform>Re-priced %n observations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::QualityPage</name>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) on the same traces/observations</source>
        <translation>
            <numerusform>%n pair on the same traces/observations</numerusform>
            <numerusform>%n pairs on the same traces/observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionListModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in this session</source>
        <translation>
            <numerusform>%n error in this session</numerusform>
            <numerusform>%n errors in this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s)</source>
        <translation>
            <numerusform>%n trace</numerusform>
            <numerusform>%n traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SyncDialog</name>
    <message numerus="yes">
        <source>%n retries so far</source>
        <translation>
            <numerusform>%n retries so far</numerusform>
            <numerusform>%n retries so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync complete, %n page(s) skipped (see the log; the next sync fetches them again).</source>
        <translation>
            <numerusform>Sync complete, %n page skipped (see the log; the next sync fetches them again).</numerusform>
            <numerusform>Sync complete, %n pages skipped (see the log; the next sync fetches them again).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceHeader</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n unpriced</source>
        <translation>
            <numerusform>+ %n unpriced</numerusform>
            <numerusform>+ %n unpriced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation score(s)</source>
        <translation>
            <numerusform>%n observation score</numerusform>
            <numerusform>%n observation scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceListModel</name>
    <message numerus="yes">
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n observation with level ERROR</numerusform>
            <numerusform>%n observations with level ERROR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s))</source>
        <translation>
            <numerusform>%1 (%n score)</numerusform>
            <numerusform>%1 (%n scores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
</TS>
