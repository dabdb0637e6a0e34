<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Explore LLM and agent traces offline: import trace files into a workspace and browse them.</source>
        <translation>LLM- und Agenten-Traces offline untersuchen: Trace-Dateien in einen Arbeitsbereich importieren und durchsuchen.</translation>
    </message>
    <message>
        <source>Open (or create) the workspace file &lt;path&gt;.</source>
        <translation>Die Arbeitsbereichsdatei &lt;path&gt; öffnen (oder anlegen).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Trace files to import into the workspace.</source>
        <translation>Trace-Dateien, die in den Arbeitsbereich importiert werden.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportController</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot generate the demo data: %1</source>
        <translation>Die Demodaten können nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportFeedback</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation>Import wird gestartet…</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Suchindex wird aktualisiert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)</source>
        <translation>Lese %1 (Datei %2 von %3)</translation>
    </message>
    <message>
        <source>%1 records read, %2 skipped</source>
        <translation>%1 Datensätze gelesen, %2 übersprungen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import finished with skipped records</source>
        <translation>Import abgeschlossen, einige Datensätze übersprungen</translation>
    </message>
    <message>
        <source>File could not be read</source>
        <translation>Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, Byte %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4.</source>
        <translation>%1, %2 und %3 aus %4 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln Beobachtung</numerusform>
            <numerusform>%Ln Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped; details below and in the import log.</source>
        <translation>
            <numerusform>%Ln Datensatz übersprungen; Details unten und im Importprotokoll.</numerusform>
            <numerusform>%Ln Datensätze übersprungen; Details unten und im Importprotokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::MainWindow</name>
    <message>
        <source>Spanscope</source>
        <translation>Spanscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation>Eine Arbeitsbereichsdatei öffnen oder eine neue anlegen</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import trace files into the open workspace</source>
        <translation>Trace-Dateien in den geöffneten Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Spanscope</source>
        <translation>&amp;Über Spanscope</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing files.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, bevor Sie Dateien importieren.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Spanscope workspaces (*.spanscope)</source>
        <translation>Spanscope-Arbeitsbereiche (*.spanscope)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Trace Files</source>
        <translation>Trace-Dateien importieren</translation>
    </message>
    <message>
        <source>Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)</source>
        <translation>Trace-Dateien (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Spanscope</source>
        <translation>Über Spanscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for LLM and agent traces: import exported trace files into a local workspace and explore them offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Betrachter für LLM- und Agenten-Traces: exportierte Trace-Dateien in einen lokalen Arbeitsbereich importieren und offline untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 — Spanscope</source>
        <translation>%1 — Spanscope</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Ein Import läuft noch. Abbrechen und beenden? Der Arbeitsbereich bleibt so, wie er vor dem Import war.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln Beobachtung</numerusform>
            <numerusform>%Ln Beobachtungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadView</name>
    <message>
        <source>Select an observation to see its input and output.</source>
        <translation>Wählen Sie eine Beobachtung aus, um ihre Ein- und Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>This observation is no longer in the workspace.</source>
        <translation>Diese Beobachtung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… %1 weitere Zeichen nicht angezeigt]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>This observation has no input, output or metadata.</source>
        <translation>Diese Beobachtung hat weder Eingabe noch Ausgabe noch Metadaten.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SpanTreeModel</name>
    <message>
        <source>Observation %1</source>
        <translation>Beobachtung %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Parent not found in the trace: shown as a root</source>
        <translation>Übergeordnetes Element nicht im Trace gefunden: als Wurzel angezeigt</translation>
    </message>
    <message>
        <source>Parent chain formed a cycle: shown as a root</source>
        <translation>Die Elternkette bildete einen Zyklus: als Wurzel angezeigt</translation>
    </message>
    <message>
        <source>Starts before its parent (clock skew)</source>
        <translation>Beginnt vor dem übergeordneten Element (Uhrenabweichung)</translation>
    </message>
    <message>
        <source>Appeared more than once in the input and was merged</source>
        <translation>Kam in der Eingabe mehrfach vor und wurde zusammengeführt</translation>
    </message>
    <message>
        <source>Input %1, output %2</source>
        <translation>Eingabe %1, Ausgabe %2</translation>
    </message>
    <message>
        <source>Cost provided by the source</source>
        <translation>Kosten von der Quelle angegeben</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog</source>
        <translation>Kosten aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <source>No price known for this model</source>
        <translation>Für dieses Modell ist kein Preis bekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPanel</name>
    <message>
        <source>No trace selected</source>
        <translation>Kein Trace ausgewählt</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceListModel</name>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Cost unknown: no provided cost and no matching price</source>
        <translation>Kosten unbekannt: keine angegebenen Kosten und kein passender Preis</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n Beobachtung mit Level ERROR</numerusform>
            <numerusform>%n Beobachtungen mit Level ERROR</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TracesPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Workspace</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
</context>
</TS>
