<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="58"/>
        <source>true</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="58"/>
        <source>false</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="30"/>
        <location filename="../ui/util/exports.cpp" line="44"/>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="52"/>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png oder .svg.</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="61"/>
        <location filename="../ui/util/exports.cpp" line="83"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/dialogs/upgradedialog.cpp" line="12"/>
        <source>Upgrading %1 for this version of Spanscope (schema and cost rollups). This happens once; a large workspace takes a minute or more.</source>
        <translation>%1 wird für diese Spanscope-Version aktualisiert (Schema und Kosten-Rollups). Das geschieht einmal; ein großer Arbeitsbereich braucht eine Minute oder länger.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/upgradedialog.cpp" line="18"/>
        <source>Upgrading Workspace</source>
        <translation>Arbeitsbereich wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore LLM and agent traces offline: import trace files into a workspace and browse them.</source>
        <translation type="vanished">LLM- und Agenten-Traces offline untersuchen: Trace-Dateien in einen Arbeitsbereich importieren und durchsuchen.</translation>
    </message>
    <message>
        <source>Open (or create) the workspace file &lt;path&gt;.</source>
        <translation type="vanished">Die Arbeitsbereichsdatei &lt;path&gt; öffnen (oder anlegen).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="vanished">pfad</translation>
    </message>
    <message>
        <source>Trace files to import into the workspace.</source>
        <translation type="vanished">Trace-Dateien, die in den Arbeitsbereich importiert werden.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::AbReportPanel</name>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="100"/>
        <source>Prompt versions</source>
        <translation>Prompt-Versionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="101"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="102"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="109"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>A: n</source>
        <translation>A: n</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>A: mean</source>
        <translation>A: Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>B: n</source>
        <translation>B: n</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>B: mean</source>
        <translation>B: Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Cliff&apos;s δ</source>
        <translation>Cliffs δ</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Distributions (A blue, B orange)</source>
        <translation>Verteilungen (A blau, B orange)</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="135"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="137"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="148"/>
        <source>Pick two sides and press Compare.</source>
        <translation>Wählen Sie zwei Seiten und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="179"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="226"/>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="251"/>
        <source>No calls to compare.</source>
        <translation>Keine Aufrufe zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="267"/>
        <source>insufficient data</source>
        <translation>zu wenig Daten</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::AlertsPanel</name>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="44"/>
        <source>Rules file…</source>
        <translation>Regeldatei…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="45"/>
        <source>A JSON file of alert rules, as spanscope-cli alerts --rules reads</source>
        <translation>Eine JSON-Datei mit Alarmregeln, wie sie spanscope-cli alerts --rules liest</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="46"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="48"/>
        <source>No rules file chosen</source>
        <translation>Keine Regeldatei gewählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="85"/>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="85"/>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>Alarmregeln (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="122"/>
        <source>Evaluating %1…</source>
        <translation>Werte %1 aus…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="135"/>
        <source>Cannot read the rules file %1: %2. Choose another file.</source>
        <translation>Die Regeldatei %1 ist nicht lesbar: %2. Bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="141"/>
        <source>The rules file %1 is not valid: %2</source>
        <translation>Die Regeldatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="146"/>
        <source>Cannot evaluate the rules: %1</source>
        <translation>Die Regeln können nicht ausgewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualityalertspanel.cpp" line="154"/>
        <source>%n rule(s) evaluated</source>
        <translation>
            <numerusform>%n Regel ausgewertet</numerusform>
            <numerusform>%n Regeln ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="155"/>
        <source>nothing fires</source>
        <translation>nichts schlägt an</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualityalertspanel.cpp" line="155"/>
        <source>%n firing(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="178"/>
        <source>%1 worst of %2</source>
        <translation>die %1 schlechtesten von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="180"/>
        <source>Double-click or press Enter to open these traces</source>
        <translation>Doppelklick oder Eingabe öffnet diese Traces</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ChatView</name>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="53"/>
        <source>[… %1 more characters]</source>
        <translation>[… %1 weitere Zeichen]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="89"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="93"/>
        <source>result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="98"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="101"/>
        <source>calls tool</source>
        <translation>ruft Werkzeug auf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="110"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Chip</name>
    <message>
        <location filename="../ui/widgets/chip.cpp" line="24"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chip.cpp" line="25"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ComparePage</name>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="66"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="68"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="70"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="72"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="74"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="76"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="78"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="97"/>
        <source>Trace A id</source>
        <translation>Trace-ID A</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="100"/>
        <source>Trace B id</source>
        <translation>Trace-ID B</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="101"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="102"/>
        <source>Open A</source>
        <translation>A öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="104"/>
        <source>Open B</source>
        <translation>B öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="110"/>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Latency A</source>
        <translation>Latenz A</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Latency B</source>
        <translation>Latenz B</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Δ latency</source>
        <translation>Δ Latenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>Δ tokens</source>
        <translation>Δ Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>Δ cost</source>
        <translation>Δ Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="123"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="124"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="125"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="126"/>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="129"/>
        <source>Select a span present in both traces to diff its payloads.</source>
        <translation>Wählen Sie einen Span, der in beiden Traces vorkommt, um seine Nutzdaten zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="145"/>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="177"/>
        <source>Select two traces (Traces page) or paste their ids to compare them span by span.</source>
        <translation>Wählen Sie zwei Traces (Seite „Traces“) oder fügen Sie ihre IDs ein, um sie Span für Span zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="189"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="228"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;%3 same · &lt;b&gt;%4 changed&lt;/b&gt; · %5 added · %6 removed · %7 moved — B − A: latency %8, tokens %9, cost %10</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;%3 gleich · &lt;b&gt;%4 geändert&lt;/b&gt; · %5 hinzugefügt · %6 entfernt · %7 verschoben — B − A: Latenz %8, Tokens %9, Kosten %10</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="266"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="326"/>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="326"/>
        <source>A · (not in this trace)</source>
        <translation>A · (nicht in diesem Trace)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="327"/>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="327"/>
        <source>B · (not in this trace)</source>
        <translation>B · (nicht in diesem Trace)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="346"/>
        <source>Neither span has this payload.</source>
        <translation>Keiner der Spans hat diese Nutzdaten.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::CostPage</name>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="151"/>
        <source>Last 24 hours of data</source>
        <translation>Letzte 24 Stunden der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="152"/>
        <source>Last 7 days of data</source>
        <translation>Letzte 7 Tage der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="153"/>
        <source>Last 30 days of data</source>
        <translation>Letzte 30 Tage der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="154"/>
        <source>Last 90 days of data</source>
        <translation>Letzte 90 Tage der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="155"/>
        <source>Last 365 days of data</source>
        <translation>Letzte 365 Tage der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="156"/>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="160"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="436"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="161"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="162"/>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="437"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="163"/>
        <source>Trace name</source>
        <translation>Trace-Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="164"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="438"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="165"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="168"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="169"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="170"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="425"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="171"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="426"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="172"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="427"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="175"/>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="176"/>
        <source>Tokens by kind</source>
        <translation>Tokens nach Art</translation>
    </message>
    <message>
        <source>Apply the Traces filter</source>
        <translation type="vanished">Trace-Filter anwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="177"/>
        <source>Apply the Traces filter and time range</source>
        <translation>Trace-Filter und Zeitraum anwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="181"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="123"/>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="183"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="185"/>
        <source>Stack by:</source>
        <translation>Stapeln nach:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="187"/>
        <source>Bucket:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="219"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="225"/>
        <source>Cost / request</source>
        <translation>Kosten / Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="225"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="230"/>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="231"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="237"/>
        <source>Metadata key:</source>
        <translation>Metadaten-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="244"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="251"/>
        <source>Most Expensive Traces</source>
        <translation>Teuerste Traces</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="252"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="253"/>
        <source>What If</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Cost per request</source>
        <translation>Kosten pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="291"/>
        <source>Cache hit share</source>
        <translation>Cache-Trefferanteil</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="291"/>
        <source>Error share</source>
        <translation>Fehleranteil</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="340"/>
        <source>(the Traces page&apos;s range)</source>
        <translation>(Zeitraum der Trace-Seite)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="340"/>
        <source>(filtered, the Traces page&apos;s range)</source>
        <translation>(gefiltert, Zeitraum der Trace-Seite)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="341"/>
        <source>(filtered)</source>
        <translation>(gefiltert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="343"/>
        <source>The Traces page&apos;s time range applies. Clear it there, or untick &quot;Apply the Traces filter and time range&quot;, to choose a range here.</source>
        <translation>Es gilt der Zeitraum der Trace-Seite. Entfernen Sie ihn dort oder deaktivieren Sie „Trace-Filter und Zeitraum anwenden“, um hier einen Zeitraum zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="348"/>
        <location filename="../ui/pages/costpage.cpp" line="417"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="393"/>
        <source>%1 to %2 (UTC) · %3 buckets · %4</source>
        <translation>%1 bis %2 (UTC) · Intervalle: %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="396"/>
        <source>from rollups</source>
        <translation>aus Aggregaten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="396"/>
        <source>computed from raw rows for the filter</source>
        <translation>für den Filter aus Rohdaten berechnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="463"/>
        <source>%1%2 % vs previous</source>
        <translation>%1%2 % ggü. vorher</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="465"/>
        <source>no previous data</source>
        <translation>keine früheren Daten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpage.cpp" line="469"/>
        <source>%n request(s) without a price</source>
        <translation>
            <numerusform>%n Anfrage ohne Preis</numerusform>
            <numerusform>%n Anfragen ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Input (uncached)</source>
        <translation>Eingabe (ohne Cache)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="506"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="86"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="516"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="556"/>
        <source>Tokens over time by kind</source>
        <translation>Tokens im Zeitverlauf nach Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="556"/>
        <source>Cost over time by %1</source>
        <translation>Kosten im Zeitverlauf nach %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="92"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="93"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="94"/>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="95"/>
        <source>whole workspace</source>
        <translation>gesamter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="119"/>
        <source>Add Budget…</source>
        <translation>Budget hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="121"/>
        <source>Remove Budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="350"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="341"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="361"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <source>Crossings</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="174"/>
        <source>Price Selection</source>
        <translation>Auswahl bepreisen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="176"/>
        <source>Price the range&apos;s calls as:</source>
        <translation>Aufrufe des Zeitraums bepreisen als:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="181"/>
        <source>Pick a model: every call in the range (and filter) is priced with its usage as if it had used that model.</source>
        <translation>Wählen Sie ein Modell: Jeder Aufruf im Zeitraum (und Filter) wird mit seiner Nutzung so bepreist, als hätte er dieses Modell verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Model used</source>
        <translation>Verwendetes Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Actual cost</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Priced as target</source>
        <translation>Zum Zielpreis</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="189"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpagepanels.cpp" line="232"/>
        <source>%n trace(s) with a known cost</source>
        <translation>
            <numerusform>%n Trace mit bekannten Kosten</numerusform>
            <numerusform>%n Traces mit bekannten Kosten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="273"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="287"/>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="287"/>
        <source>computed in %1 ms</source>
        <translation>berechnet in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="317"/>
        <source>not enough history</source>
        <translation>zu wenig Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="333"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="334"/>
        <source>Add a budget for the workspace, a model, a user or a tag to follow its spend through the day, week or month.</source>
        <translation>Fügen Sie ein Budget für den Arbeitsbereich, ein Modell, einen Benutzer oder ein Tag hinzu, um die Ausgaben über Tag, Woche oder Monat zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="382"/>
        <source>Forecast band</source>
        <translation>Prognoseband</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="399"/>
        <source>Day of the period</source>
        <translation>Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="409"/>
        <source>%1: %2 of %3 this %4</source>
        <translation>%1: %2 von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="412"/>
        <source>Forecast to the end of the period: %1 (90 % band %2 – %3), burn rate %4 per day%5.</source>
        <translation>Prognose bis zum Ende des Zeitraums: %1 (90-%-Band %2 – %3), Verbrauch %4 pro Tag%5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="414"/>
        <source>, with weekday pattern</source>
        <translation>, mit Wochentagsmuster</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="415"/>
        <source>No forecast: %1.</source>
        <translation>Keine Prognose: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="421"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="454"/>
        <source>Add Budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="435"/>
        <source>Whole workspace</source>
        <translation>Gesamter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="440"/>
        <source>e.g. gpt-4o, a user id or a tag</source>
        <translation>z. B. gpt-4o, eine Benutzer-ID oder ein Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="445"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="446"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="447"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="448"/>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="449"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="454"/>
        <source>Give the budget a name and, for a model, user or tag, its value.</source>
        <translation>Geben Sie dem Budget einen Namen und, für ein Modell, einen Benutzer oder ein Tag, den Wert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="514"/>
        <source>Pricing…</source>
        <translation>Bepreisung…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpagepanels.cpp" line="527"/>
        <source>%n call(s) cost %1; priced as %2 they would have cost %3 (%4%5).</source>
        <translation>
            <numerusform>%n Aufruf kostete %1; als %2 bepreist hätte er %3 gekostet (%4%5).</numerusform>
            <numerusform>%n Aufrufe kosteten %1; als %2 bepreist hätten sie %3 gekostet (%4%5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="558"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="564"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="559"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="569"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="575"/>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="570"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::DetailPane</name>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="102"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="104"/>
        <source>Copy the observation id</source>
        <translation>Die Beobachtungs-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="115"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="117"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="126"/>
        <location filename="../ui/widgets/detailpane.cpp" line="144"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="127"/>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="134"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="134"/>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="143"/>
        <source>Input / Output</source>
        <translation>Eingabe / Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="145"/>
        <location filename="../ui/widgets/detailpane.cpp" line="266"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="146"/>
        <source>Usage &amp;&amp; cost</source>
        <translation>Nutzung &amp;&amp; Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="147"/>
        <location filename="../ui/widgets/detailpane.cpp" line="335"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="148"/>
        <location filename="../ui/widgets/detailpane.cpp" line="353"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="170"/>
        <source>Select an observation to see its input, output and details.</source>
        <translation>Wählen Sie eine Beobachtung, um Eingabe, Ausgabe und Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="190"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="197"/>
        <source>This observation is no longer in the workspace.</source>
        <translation>Diese Beobachtung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="209"/>
        <source>id &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>ID &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="210"/>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="212"/>
        <source>duration &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dauer &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="214"/>
        <source>first token after %1</source>
        <translation>erstes Token nach %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="216"/>
        <source>model &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modell &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="219"/>
        <source>prompt %1 v%2</source>
        <translation>Prompt %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="228"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="233"/>
        <source>parent %1 is not in the trace, shown as a root</source>
        <translation>Elternteil %1 ist nicht im Trace, als Wurzel angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="235"/>
        <source>its parent chain formed a cycle, cut here (given parent %1)</source>
        <translation>die Elternkette bildete einen Zyklus, hier getrennt (angegebenes Elternteil %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="237"/>
        <source>starts before its parent (clock skew)</source>
        <translation>beginnt vor seinem Elternteil (Uhrenabweichung)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="239"/>
        <source>the id appeared more than once and the copies were merged</source>
        <translation>die ID kam mehrfach vor, die Kopien wurden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="281"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="282"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="283"/>
        <source>Total tokens</source>
        <translation>Tokens gesamt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="284"/>
        <source>Cache read tokens</source>
        <translation>Cache-Lese-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="285"/>
        <source>Cache write tokens</source>
        <translation>Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="286"/>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="289"/>
        <source>usage · %1</source>
        <translation>Nutzung · %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="289"/>
        <source>as given by the source</source>
        <translation>wie von der Quelle angegeben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="292"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="293"/>
        <source>provided by the source</source>
        <translation>von der Quelle angegeben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="294"/>
        <source>computed from the price catalog</source>
        <translation>aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="295"/>
        <source>unpriced: no catalog price matches this model</source>
        <translation>ohne Preis: kein Katalogpreis passt zu diesem Modell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="296"/>
        <source>no cost recorded</source>
        <translation>keine Kosten erfasst</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="301"/>
        <source>Provided cost</source>
        <translation>Angegebene Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="305"/>
        <source>Computed cost</source>
        <translation>Berechnete Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="306"/>
        <source>price entry %1</source>
        <translation>Preiseintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="307"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="313"/>
        <source>Provided vs computed</source>
        <translation>Angegeben vs. berechnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>model %1 has usage but no price in the catalog: cost unknown, not zero</source>
        <translation>Modell %1 hat Nutzung, aber keinen Preis im Katalog: Kosten unbekannt, nicht null</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::DiffView</name>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="121"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="122"/>
        <source>Unified</source>
        <translation>Vereinheitlicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="123"/>
        <source>Ignore whitespace</source>
        <translation>Leerraum ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="127"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="128"/>
        <source>Previous change (Shift+F7)</source>
        <translation>Vorherige Änderung (Umschalt+F7)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="132"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="133"/>
        <source>Next change (F7)</source>
        <translation>Nächste Änderung (F7)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="137"/>
        <source>Copy unified diff</source>
        <translation>Als Unified-Diff kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="207"/>
        <source>Choose two versions to compare.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="289"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="321"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="321"/>
        <source> (whitespace ignored)</source>
        <translation> (Leerraum ignoriert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/diffview.cpp" line="323"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="324"/>
        <source>%1 changed, %2 removed, %3 added lines</source>
        <translation>%1 geänderte, %2 entfernte, %3 hinzugefügte Zeilen</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="51"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="52"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="53"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="54"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="55"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="56"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="57"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="58"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="59"/>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="91"/>
        <source>Search names, inputs, outputs and metadata  ( / )</source>
        <translation>Namen, Eingaben, Ausgaben und Metadaten durchsuchen  ( / )</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="97"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="98"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="99"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="100"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="101"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="102"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="103"/>
        <source>Trace time range</source>
        <translation>Zeitraum der Traces</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="107"/>
        <source>Add Filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="114"/>
        <source>Errors Only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="116"/>
        <source>Show only traces with an observation of level ERROR</source>
        <translation>Nur Traces mit einer Beobachtung der Stufe ERROR anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="170"/>
        <source>Model…</source>
        <translation>Modell…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="170"/>
        <source>Traces using the model</source>
        <translation>Traces, die das Modell verwenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="171"/>
        <source>User…</source>
        <translation>Benutzer…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="171"/>
        <source>Traces of the user</source>
        <translation>Traces des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="172"/>
        <source>Session…</source>
        <translation>Sitzung…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="172"/>
        <source>Traces of the session</source>
        <translation>Traces der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="173"/>
        <source>Trace Name…</source>
        <translation>Trace-Name…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="173"/>
        <source>Traces with the name</source>
        <translation>Traces mit dem Namen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="174"/>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="174"/>
        <source>Traces carrying the tag</source>
        <translation>Traces mit dem Tag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="175"/>
        <source>Environment…</source>
        <translation>Umgebung…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="175"/>
        <source>Traces from the environment</source>
        <translation>Traces aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="177"/>
        <source>Minimum Latency…</source>
        <translation>Minimale Latenz…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="178"/>
        <source>Minimum Cost…</source>
        <translation>Minimale Kosten…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="179"/>
        <source>Score Condition…</source>
        <translation>Bewertungsbedingung…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="230"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="230"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="287"/>
        <source>Write a condition like “relevance &lt; 0.6” or “tone = friendly”.</source>
        <translation>Schreiben Sie eine Bedingung wie „relevance &lt; 0.6“ oder „tone = friendly“.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="316"/>
        <source>“%1” is not a number; text values can only be compared with = or !=.</source>
        <translation>„%1“ ist keine Zahl; Textwerte lassen sich nur mit = oder != vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="359"/>
        <source>Type at least %n character(s)</source>
        <translation>
            <numerusform>Geben Sie mindestens %n Zeichen ein</numerusform>
            <numerusform>Geben Sie mindestens %n Zeichen ein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="400"/>
        <source>Minimum Latency</source>
        <translation>Minimale Latenz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="400"/>
        <source>Latency at least (milliseconds):</source>
        <translation>Latenz mindestens (Millisekunden):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="405"/>
        <source>Minimum Cost</source>
        <translation>Minimale Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="405"/>
        <source>Cost at least (US dollars):</source>
        <translation>Kosten mindestens (US-Dollar):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="417"/>
        <source>Score Condition</source>
        <translation>Bewertungsbedingung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="418"/>
        <source>Condition on a score of the trace, e.g. “relevance &lt; 0.6”:</source>
        <translation>Bedingung für eine Bewertung des Traces, z. B. „relevance &lt; 0.6“:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="435"/>
        <source>Custom Time Range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="449"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="450"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="490"/>
        <source>search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="490"/>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="496"/>
        <source>time: %1 – %2</source>
        <translation>Zeit: %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="500"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="514"/>
        <source>prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="520"/>
        <source>errors only</source>
        <translation>nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="522"/>
        <source>latency ≥ %1</source>
        <translation>Latenz ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="525"/>
        <source>cost ≥ %1</source>
        <translation>Kosten ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="527"/>
        <source>score: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="533"/>
        <source>%n selected trace(s)</source>
        <translation>
            <numerusform>%n ausgewählter Trace</numerusform>
            <numerusform>%n ausgewählte Traces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterValuePicker</name>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="33"/>
        <source>Type or choose a value</source>
        <translation>Wert eingeben oder auswählen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="40"/>
        <source>Add Filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="53"/>
        <source>No workspace open: type a value.</source>
        <translation>Kein Arbeitsbereich geöffnet: Wert eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="56"/>
        <source>Loading values…</source>
        <translation>Werte werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="77"/>
        <source>The workspace holds no values for this field yet.</source>
        <translation>Der Arbeitsbereich enthält noch keine Werte für dieses Feld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbarpicker.cpp" line="78"/>
        <source>%n value(s) in this workspace</source>
        <translation>
            <numerusform>%n Wert in diesem Arbeitsbereich</numerusform>
            <numerusform>%n Werte in diesem Arbeitsbereich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::HeatmapWidget</name>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="123"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="181"/>
        <source>No scores</source>
        <translation>Keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="183"/>
        <source>%1 of %2 scores (share %3)</source>
        <translation>%1 von %2 Bewertungen (Anteil %3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="185"/>
        <source>n = %1&lt;br&gt;mean %2 · median %3</source>
        <translation>n = %1&lt;br&gt;Mittelwert %2 · Median %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="186"/>
        <source>95% CI [%1, %2]</source>
        <translation>95%-KI [%1, %2]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="188"/>
        <source>colour scale %1 – %2</source>
        <translation>Farbskala %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="190"/>
        <source>Too few samples (below %1)</source>
        <translation>Zu wenige Stichproben (unter %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="191"/>
        <source>Click to open these traces</source>
        <translation>Klicken, um diese Traces zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="203"/>
        <source>No numeric, boolean or categorical scores to show</source>
        <translation>Keine numerischen, booleschen oder kategorialen Bewertungen vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="260"/>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="261"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="267"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="267"/>
        <source>scale per row</source>
        <translation>Skala je Zeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/heatmap.cpp" line="272"/>
        <source>fewer than %n sample(s)</source>
        <translation>
            <numerusform>weniger als %n Stichprobe</numerusform>
            <numerusform>weniger als %n Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="273"/>
        <source>▲ higher is better  ▼ lower is better (right-click a row)</source>
        <translation>▲ höher ist besser  ▼ niedriger ist besser (Rechtsklick auf eine Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="345"/>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="346"/>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportController</name>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="40"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="47"/>
        <source>Cannot generate the demo data: %1</source>
        <translation>Die Demodaten können nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportFeedback</name>
    <message>
        <source>Import</source>
        <translation type="vanished">Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="vanished">Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="vanished">Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation type="vanished">Import wird gestartet…</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation type="vanished">Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation type="vanished">Suchindex wird aktualisiert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="vanished">Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)</source>
        <translation type="vanished">Lese %1 (Datei %2 von %3)</translation>
    </message>
    <message>
        <source>%1 records read, %2 skipped</source>
        <translation type="vanished">%1 Datensätze gelesen, %2 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="45"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="47"/>
        <source>Import finished with skipped records</source>
        <translation>Import abgeschlossen, einige Datensätze übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="49"/>
        <source>File could not be read</source>
        <translation>Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="51"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="53"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="64"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="67"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="89"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="94"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="94"/>
        <source>%1, byte %2</source>
        <translation>%1, Byte %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="95"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="74"/>
        <source>Imported %1, %2 and %3 from %4.</source>
        <translation>%1, %2 und %3 aus %4 importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="75"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="75"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln Beobachtung</numerusform>
            <numerusform>%Ln Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="76"/>
        <source>%Ln score(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="76"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="79"/>
        <source>%Ln record(s) skipped; details below and in the import log.</source>
        <translation>
            <numerusform>%Ln Datensatz übersprungen; Details unten und im Importprotokoll.</numerusform>
            <numerusform>%Ln Datensätze übersprungen; Details unten und im Importprotokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="31"/>
        <source>Stop the import; the workspace stays as it was before it</source>
        <translation>Import anhalten; der Arbeitsbereich bleibt wie vorher</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="51"/>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="52"/>
        <source>Completing the search index…</source>
        <translation>Suchindex wird vervollständigt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importprogresswidget.cpp" line="53"/>
        <source>Starting import of %n file(s)…</source>
        <translation>
            <numerusform>Import von %n Datei beginnt…</numerusform>
            <numerusform>Import von %n Dateien beginnt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importprogresswidget.cpp" line="55"/>
        <source>(%n more queued)</source>
        <translation>
            <numerusform>(%n weiterer wartet)</numerusform>
            <numerusform>(%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="66"/>
        <source>Generating demo data…</source>
        <translation>Demo-Daten werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="77"/>
        <source>Updating the search index…</source>
        <translation>Suchindex wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="79"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="81"/>
        <source>Importing %1 (file %2 of %3)</source>
        <translation>Importiere %1 (Datei %2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="83"/>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="85"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="87"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="95"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportSummaryDialog</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="115"/>
        <source>Skipped records:</source>
        <translation>Übersprungene Datensätze:</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="117"/>
        <source>Copy List</source>
        <translation>Liste kopieren</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::JsonTreeModel</name>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="122"/>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="144"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="144"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::JsonTreeView</name>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="153"/>
        <source>Find in JSON</source>
        <translation>In JSON suchen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="169"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="170"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="171"/>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="171"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="172"/>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="172"/>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="176"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="176"/>
        <source>Copy the selected value as JSON</source>
        <translation>Den ausgewählten Wert als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="177"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="177"/>
        <source>Copy the whole document</source>
        <translation>Das ganze Dokument kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="233"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="249"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Spanscope</source>
        <translation>Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation type="vanished">Eine Arbeitsbereichsdatei öffnen oder eine neue anlegen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Import trace files into the open workspace</source>
        <translation>Trace-Dateien in den geöffneten Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation type="vanished">&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>S&amp;ync from Langfuse…</source>
        <translation>Mit Langfuse s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Pull traces, observations, scores, prompts and models from a Langfuse server</source>
        <translation>Traces, Beobachtungen, Bewertungen, Prompts und Modelle von einem Langfuse-Server holen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;About Spanscope</source>
        <translation>&amp;Über Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Open or create a workspace first (File ▸ New Workspace).</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich (Datei ▸ Neuer Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>Open or create a workspace before importing files.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, bevor Sie Dateien importieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Workspace exists</source>
        <translation>Arbeitsbereich existiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 existiert bereits. Stattdessen öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Spanscope workspaces (*.spanscope)</source>
        <translation>Spanscope-Arbeitsbereiche (*.spanscope)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="vanished">Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Import Trace Files</source>
        <translation>Trace-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)</source>
        <translation>Trace-Dateien (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>About Spanscope</source>
        <translation>Über Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for LLM and agent traces: import exported trace files into a local workspace and explore them offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Betrachter für LLM- und Agenten-Traces: exportierte Trace-Dateien in einen lokalen Arbeitsbereich importieren und offline untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="574"/>
        <source>%1 — Spanscope</source>
        <translation>%1 — Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Ein Import läuft noch. Abbrechen und beenden? Der Arbeitsbereich bleibt so, wie er vor dem Import war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Spanscope workspaces (*.spanscope);;All files (*)</source>
        <translation>Spanscope-Arbeitsbereiche (*.spanscope);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln Beobachtung</numerusform>
            <numerusform>%Ln Beobachtungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ObservationDiffDialog</name>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="40"/>
        <source>Diff of Two Spans</source>
        <translation>Diff zweier Spans</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="47"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="49"/>
        <source> &amp;nbsp;(two traces)</source>
        <translation> &amp;nbsp;(zwei Traces)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="51"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="52"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="53"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="54"/>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="59"/>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="75"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="81"/>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="81"/>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="83"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="98"/>
        <source>Neither span has this payload. Choose another one above.</source>
        <translation>Keiner der Spans hat diese Nutzdaten. Wählen Sie oben andere.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadSection</name>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="33"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="37"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="75"/>
        <location filename="../ui/widgets/payloadsection.cpp" line="87"/>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="101"/>
        <source>[… %1 more characters not shown]</source>
        <translation>[… %1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadView</name>
    <message>
        <source>Select an observation to see its input and output.</source>
        <translation type="vanished">Wählen Sie eine Beobachtung aus, um ihre Ein- und Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>This observation is no longer in the workspace.</source>
        <translation type="vanished">Diese Beobachtung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation type="vanished">[… %1 weitere Zeichen nicht angezeigt]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Ausgabe</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="vanished">Metadaten</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="vanished">Modellparameter</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="vanished">Verbrauch</translation>
    </message>
    <message>
        <source>This observation has no input, output or metadata.</source>
        <translation type="vanished">Diese Beobachtung hat weder Eingabe noch Ausgabe noch Metadaten.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PriceEntryDialog</name>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="43"/>
        <source>Add Price Entry</source>
        <translation>Preiseintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="43"/>
        <source>Edit Price Entry</source>
        <translation>Preiseintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="48"/>
        <source>e.g. my-finetune-v2</source>
        <translation>z. B. my-finetune-v2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="51"/>
        <source>A regular expression over the observation&apos;s model name; (?i) at the start ignores case.</source>
        <translation>Ein regulärer Ausdruck über den Modellnamen der Observation; (?i) am Anfang ignoriert Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="55"/>
        <source>A model name to try the pattern on</source>
        <translation>Ein Modellname zum Testen des Musters</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="57"/>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="212"/>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="61"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="75"/>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="76"/>
        <source>Match pattern:</source>
        <translation>Suchmuster:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="77"/>
        <source>Try on:</source>
        <translation>Testen mit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="78"/>
        <source>Effective:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="81"/>
        <source>Default tier: price per usage key (USD per 1M units; empty rows are ignored)</source>
        <translation>Standardstufe: Preis je Nutzungsschlüssel (USD pro 1 Mio. Einheiten; leere Zeilen werden ignoriert)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="84"/>
        <source>Usage key</source>
        <translation>Nutzungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="84"/>
        <source>USD / 1M</source>
        <translation>USD / 1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="95"/>
        <source>Add Usage Key</source>
        <translation>Nutzungsschlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="96"/>
        <source>Remove Usage Key</source>
        <translation>Nutzungsschlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="102"/>
        <source>Conditional tiers (Langfuse pricingTiers JSON, without the default tier; optional):</source>
        <translation>Bedingte Stufen (Langfuse-pricingTiers-JSON, ohne die Standardstufe; optional):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="106"/>
        <source>[{&quot;name&quot;: &quot;Long context&quot;, &quot;priority&quot;: 1, &quot;conditions&quot;: [{&quot;usageDetailPattern&quot;: &quot;input&quot;, &quot;operator&quot;: &quot;gt&quot;, &quot;value&quot;: 200000}], &quot;prices&quot;: {&quot;input&quot;: 5e-6, &quot;output&quot;: 2e-5}}]</source>
        <translation>[{&quot;name&quot;: &quot;Long context&quot;, &quot;priority&quot;: 1, &quot;conditions&quot;: [{&quot;usageDetailPattern&quot;: &quot;input&quot;, &quot;operator&quot;: &quot;gt&quot;, &quot;value&quot;: 200000}], &quot;prices&quot;: {&quot;input&quot;: 5e-6, &quot;output&quot;: 2e-5}}]</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="165"/>
        <source>Enter the model name.</source>
        <translation>Geben Sie den Modellnamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="167"/>
        <source>Enter a match pattern.</source>
        <translation>Geben Sie ein Suchmuster ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="170"/>
        <source>The match pattern is not a valid regular expression: %1 (at %2).</source>
        <translation>Das Suchmuster ist kein gültiger regulärer Ausdruck: %1 (an Position %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="181"/>
        <source>The price of &quot;%1&quot; is not a number.</source>
        <translation>Der Preis für „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="183"/>
        <source>The price of &quot;%1&quot; is negative.</source>
        <translation>Der Preis für „%1“ ist negativ.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="185"/>
        <source>Row %1 has a price but no usage key.</source>
        <translation>Zeile %1 hat einen Preis, aber keinen Nutzungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="189"/>
        <source>Enter at least one price (for example for &quot;input&quot; and &quot;output&quot;).</source>
        <translation>Geben Sie mindestens einen Preis ein (zum Beispiel für „input“ und „output“).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="195"/>
        <source>Conditional tiers are not valid JSON: %1 (at %2).</source>
        <translation>Die bedingten Stufen sind kein gültiges JSON: %1 (an Position %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="197"/>
        <source>Conditional tiers must be a JSON array of tiers.</source>
        <translation>Bedingte Stufen müssen ein JSON-Array von Stufen sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="200"/>
        <source>Each conditional tier must be an object with a &quot;prices&quot; object.</source>
        <translation>Jede bedingte Stufe muss ein Objekt mit einem „prices“-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="212"/>
        <source>matches</source>
        <translation>passt</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PricesPage</name>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="42"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="43"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="44"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="60"/>
        <source>Filter models…</source>
        <translation>Modelle filtern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="62"/>
        <source>Import Catalog JSON…</source>
        <translation>Katalog-JSON importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="64"/>
        <source>Add Entry…</source>
        <translation>Eintrag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="66"/>
        <source>Add a user price entry (a fine-tune, a self-hosted model, a negotiated price)</source>
        <translation>Einen eigenen Preiseintrag hinzufügen (Fine-Tune, selbst gehostetes Modell, verhandelter Preis)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="67"/>
        <source>Edit Entry…</source>
        <translation>Eintrag bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="69"/>
        <source>Edit the selected user entry; for a bundled or project entry, create a user entry that overrides it</source>
        <translation>Den ausgewählten eigenen Eintrag bearbeiten; für einen mitgelieferten oder Projekteintrag einen eigenen Eintrag anlegen, der ihn überschreibt</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="70"/>
        <location filename="../ui/pages/pricespage.cpp" line="107"/>
        <source>Remove User Entry</source>
        <translation>Benutzereintrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="72"/>
        <source>Re-price Workspace…</source>
        <translation>Arbeitsbereich neu bepreisen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="74"/>
        <source>Compute every observation&apos;s cost again with this catalog (provided costs are kept)</source>
        <translation>Die Kosten jeder Beobachtung mit diesem Katalog neu berechnen (gelieferte Kosten bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Input / 1M</source>
        <translation>Eingabe / 1M</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Output / 1M</source>
        <translation>Ausgabe / 1M</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Match pattern</source>
        <translation>Suchmuster</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="98"/>
        <source>Import Price Catalog</source>
        <translation>Preiskatalog importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="99"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="107"/>
        <source>Select an entry whose origin is &quot;user&quot;.</source>
        <translation>Wählen Sie einen Eintrag mit der Herkunft „Benutzer“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="116"/>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="116"/>
        <source>Select an entry to edit.</source>
        <translation>Wählen Sie einen Eintrag zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="199"/>
        <source> (any token)</source>
        <translation> (jedes Token)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="213"/>
        <source>%n price entries</source>
        <translation>
            <numerusform>%n Preiseintrag</numerusform>
            <numerusform>%n Preiseinträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="214"/>
        <source> (%1 user, %2 project). User entries win over project entries, project over bundled; among those the latest effective date applies.</source>
        <translation> (%1 Benutzer, %2 Projekt). Benutzereinträge gehen Projekteinträgen vor, Projekteinträge den mitgelieferten; darunter gilt das späteste Gültigkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="250"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="255"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="260"/>
        <source>Saved the price entry for %1.</source>
        <translation>Preiseintrag für %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="261"/>
        <source>The price entry for %1 was not saved: %2</source>
        <translation>Der Preiseintrag für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="284"/>
        <source> Re-price the workspace to apply the new prices to earlier imports.</source>
        <translation> Berechnen Sie die Preise des Arbeitsbereichs neu, um die neuen Preise auf frühere Importe anzuwenden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="255"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1. Re-price the workspace to apply the new prices to earlier imports.</source>
        <translation type="vanished">%1 importiert. Bepreisen Sie den Arbeitsbereich neu, um die neuen Preise auf frühere Importe anzuwenden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="332"/>
        <source>Re-pricing the workspace…</source>
        <translation>Arbeitsbereich wird neu bepreist…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="332"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="364"/>
        <source>Re-pricing cancelled; nothing changed.</source>
        <translation>Neubepreisung abgebrochen; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="366"/>
        <source>Re-pricing failed: %1</source>
        <translation>Neubepreisung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="369"/>
        <source>Re-priced %n observation(s).</source>
        <translation>
            <numerusform>%n Beobachtung neu bepreist.</numerusform>
            <numerusform>%n Beobachtungen neu bepreist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="370"/>
        <source> Computed cost %1 → %2 (%3), %4 trace(s) changed; provided cost %5 kept; unpriced %6 → %7.</source>
        <translation> Berechnete Kosten %1 → %2 (%3), %4 Trace(s) geändert; gelieferte Kosten %5 beibehalten; ohne Preis %6 → %7.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ProfilesEditor</name>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="18"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="25"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="26"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="43"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="44"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="45"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="46"/>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="126"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="128"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="155"/>
        <source>Each profile needs a name of its own.</source>
        <translation>Jedes Profil braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="161"/>
        <source>The profiles could not be saved.</source>
        <translation>Die Profile konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PromptsPage</name>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="53"/>
        <source>Langfuse prompt</source>
        <translation>Langfuse-Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="55"/>
        <source>named by generations</source>
        <translation>von Generierungen benannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="57"/>
        <source>OpenInference template</source>
        <translation>OpenInference-Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="59"/>
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="105"/>
        <source>Filter prompts</source>
        <translation>Prompts filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <location filename="../ui/pages/promptspage.cpp" line="150"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Tokens in / out</source>
        <translation>Tokens ein / aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Cost per call</source>
        <translation>Kosten pro Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Scores (mean)</source>
        <translation>Bewertungen (Mittel)</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="131"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="133"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="145"/>
        <source>Double-click a call to open its trace</source>
        <translation>Doppelklick auf einen Aufruf öffnet seinen Trace</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="148"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="149"/>
        <source>A/B report</source>
        <translation>A/B-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="259"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="267"/>
        <source>Grouped by Spanscope from identical normalised system messages; not a managed prompt</source>
        <translation>Von Spanscope nach identischen normalisierten Systemnachrichten gruppiert; kein verwalteter Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="285"/>
        <source>No prompts in this workspace yet: import Langfuse prompt files or traces whose generations name a prompt.</source>
        <translation>Noch keine Prompts in diesem Arbeitsbereich: importieren Sie Langfuse-Prompt-Dateien oder Traces, deren Generierungen einen Prompt nennen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="288"/>
        <source>No prompt selected.</source>
        <translation>Kein Prompt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="326"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;i&gt;inferred prompt&lt;/i&gt;: Spanscope normalised the system messages of generations that name no prompt and grouped identical templates; each distinct template at this call site is a version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — &lt;i&gt;abgeleiteter Prompt&lt;/i&gt;: Spanscope hat die Systemnachrichten von Generierungen ohne Prompt-Namen normalisiert und identische Vorlagen gruppiert; jede eigene Vorlage an dieser Aufrufstelle ist eine Version.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="332"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — named by generations; no prompt object was imported, so each version shows the system message its first call sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — von Generierungen benannt; kein Prompt-Objekt importiert, daher zeigt jede Version die Systemnachricht ihres ersten Aufrufs.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="353"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="362"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="363"/>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="406"/>
        <source>Choose two versions to compare.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="414"/>
        <location filename="../ui/pages/promptspage.cpp" line="415"/>
        <source>%1 · version %2</source>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="505"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="505"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::QualityPage</name>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="36"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="37"/>
        <source>Prompt version</source>
        <translation>Prompt-Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="38"/>
        <source>Trace name</source>
        <translation>Trace-Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="39"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="40"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="41"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="42"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="43"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="99"/>
        <source>Cells with fewer scores are grey: too few to judge</source>
        <translation>Zellen mit weniger Bewertungen sind grau: zu wenige für ein Urteil</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="104"/>
        <source>Scores:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="107"/>
        <source>By:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="110"/>
        <source>Min. samples:</source>
        <translation>Min. Stichproben:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="122"/>
        <source>Score vs score</source>
        <translation>Bewertung gegen Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="123"/>
        <source>Low quality</source>
        <translation>Geringe Qualität</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="125"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="203"/>
        <source>All numeric scores</source>
        <translation>Alle numerischen Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="206"/>
        <source>%1 (categories)</source>
        <translation>%1 (Kategorien)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="226"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualitypage.cpp" line="287"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="288"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="62"/>
        <source>vs</source>
        <translation>gegen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="94"/>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualitypagepanels.cpp" line="169"/>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="192"/>
        <source>%n pair(s) on the same traces/observations</source>
        <translation>
            <numerusform>%n Paar auf denselben Traces/Beobachtungen</numerusform>
            <numerusform>%n Paare auf denselben Traces/Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="170"/>
        <source>agreement %1 · Cohen&apos;s kappa %2</source>
        <translation>Übereinstimmung %1 · Cohens Kappa %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="171"/>
        <source>Rows: %1 · columns: %2</source>
        <translation>Zeilen: %1 · Spalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="191"/>
        <source>No target carries both scores.</source>
        <translation>Kein Ziel trägt beide Bewertungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="194"/>
        <source>Pearson r = %1 · Spearman ρ = %2</source>
        <translation>Pearson r = %1 · Spearman ρ = %2</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SecretStore</name>
    <message>
        <location filename="../ui/sync/secretstore.cpp" line="66"/>
        <source>Secret keys are kept in the system keychain.</source>
        <translation>Geheime Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/sync/secretstore.cpp" line="67"/>
        <source>No keychain service is available: secret keys are kept in memory until Spanscope quits and must be entered again next time. They are never written to a file.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar: geheime Schlüssel bleiben bis zum Beenden von Spanscope im Speicher und müssen beim nächsten Mal erneut eingegeben werden. Sie werden nie in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/sessionlistmodel.cpp" line="58"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/sessionlistmodel.cpp" line="83"/>
        <source>%n error(s) in this session</source>
        <translation>
            <numerusform>%n Fehler in dieser Sitzung</numerusform>
            <numerusform>%n Fehler in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="95"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="97"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="99"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="101"/>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="103"/>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="105"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="107"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="109"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionsPage</name>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="102"/>
        <source>[… cut here; the trace shows all of it]</source>
        <translation>[… hier gekürzt; der Trace zeigt alles]</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="132"/>
        <source>Filter by session id or user</source>
        <translation>Nach Sitzungs-ID oder Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="196"/>
        <source>Select a session to read it as a conversation.</source>
        <translation>Wählen Sie eine Sitzung, um sie als Unterhaltung zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="246"/>
        <location filename="../ui/pages/sessionspage.cpp" line="316"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="270"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="271"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="301"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="302"/>
        <source>%n trace(s)</source>
        <translation>
            <numerusform>%n Trace</numerusform>
            <numerusform>%n Traces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="303"/>
        <location filename="../ui/pages/sessionspage.cpp" line="351"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="305"/>
        <location filename="../ui/pages/sessionspage.cpp" line="354"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="356"/>
        <source>Turn %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="363"/>
        <source>No input or output recorded.</source>
        <translation>Keine Eingabe oder Ausgabe erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="366"/>
        <source>Only the first %1 traces are shown.</source>
        <translation>Nur die ersten %1 Traces werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="39"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="53"/>
        <source>The language changes the next time Spanscope starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Spanscope.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="63"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SkippedRecordsModel</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="50"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="51"/>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="65"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="66"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="67"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="68"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SpanTreeModel</name>
    <message>
        <source>Observation %1</source>
        <translation type="vanished">Beobachtung %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="235"/>
        <source>orphan</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="237"/>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="239"/>
        <source>clock skew</source>
        <translation>Uhrenabweichung</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="241"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="352"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="363"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="364"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="366"/>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="370"/>
        <source>Parent not found in the trace: shown as a root</source>
        <translation>Übergeordnetes Element nicht im Trace gefunden: als Wurzel angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="372"/>
        <source>Parent chain formed a cycle: shown as a root</source>
        <translation>Die Elternkette bildete einen Zyklus: als Wurzel angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="374"/>
        <source>Starts before its parent (clock skew)</source>
        <translation>Beginnt vor dem übergeordneten Element (Uhrenabweichung)</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="376"/>
        <source>Appeared more than once in the input and was merged</source>
        <translation>Kam in der Eingabe mehrfach vor und wurde zusammengeführt</translation>
    </message>
    <message>
        <source>Input %1, output %2</source>
        <translation type="vanished">Eingabe %1, Ausgabe %2</translation>
    </message>
    <message>
        <source>Cost provided by the source</source>
        <translation type="vanished">Kosten von der Quelle angegeben</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog</source>
        <translation type="vanished">Kosten aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="381"/>
        <source>No price known for this model</source>
        <translation>Für dieses Modell ist kein Preis bekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="383"/>
        <source>Provided by the source where present, else computed from the price catalog</source>
        <translation>Von der Quelle angegeben, wenn vorhanden, sonst aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="439"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="441"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="443"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="445"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="447"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SyncDialog</name>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="44"/>
        <source>Sync from Langfuse</source>
        <translation>Mit Langfuse synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="47"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="49"/>
        <source>Edit Profiles…</source>
        <translation>Profile bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="63"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="71"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="72"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="73"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="74"/>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="79"/>
        <source>What to fetch</source>
        <translation>Was geholt wird</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="97"/>
        <source>comma-separated; all must match</source>
        <translation>durch Kommas getrennt; alle müssen passen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="99"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="101"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="103"/>
        <source>Trace name:</source>
        <translation>Trace-Name:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="105"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="107"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="109"/>
        <source>Fetch the whole window again (ignore what earlier syncs fetched)</source>
        <translation>Das ganze Fenster neu holen (frühere Synchronisierungen ignorieren)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="111"/>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="116"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="121"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="137"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="138"/>
        <location filename="../ui/sync/syncdialog.cpp" line="166"/>
        <location filename="../ui/sync/syncdialog.cpp" line="336"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="139"/>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="166"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="167"/>
        <source>Paused: the sync waits before its next request.</source>
        <translation>Pausiert: die Synchronisierung wartet vor ihrer nächsten Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="172"/>
        <source>Cancelling… windows saved so far stay; the next sync resumes.</source>
        <translation>Wird abgebrochen… bisher gespeicherte Fenster bleiben; die nächste Synchronisierung setzt fort.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="210"/>
        <source>Environment variables (LANGFUSE_HOST)</source>
        <translation>Umgebungsvariablen (LANGFUSE_HOST)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="211"/>
        <source>Other server…</source>
        <translation>Anderer Server…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="269"/>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="271"/>
        <source>Enter the public and the secret key of the project.</source>
        <translation>Geben Sie den öffentlichen und den geheimen Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="284"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="304"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="307"/>
        <source>The window must start before it ends.</source>
        <translation>Das Fenster muss vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="346"/>
        <source>Fetching %1 of %2 – %3</source>
        <translation>Hole %1 von %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="346"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="349"/>
        <source>Fetching prompts</source>
        <translation>Prompts werden geholt</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="351"/>
        <source>Fetching the project&apos;s models</source>
        <translation>Modelle des Projekts werden geholt</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="353"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="355"/>
        <source>%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 requests</source>
        <translation>%1 Traces · %2 Beobachtungen · %3 Bewertungen · %4 Sitzungen · %5 Prompt-Versionen · %6 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="359"/>
        <source>Waiting %1 s: %2</source>
        <translation>Warte %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncdialog.cpp" line="361"/>
        <source>%n retries so far</source>
        <translation>
            <numerusform>bisher %n Wiederholung</numerusform>
            <numerusform>bisher %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="369"/>
        <source>Sync complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncdialog.cpp" line="371"/>
        <source>Sync complete, %n page(s) skipped (see the log; the next sync fetches them again).</source>
        <translation>
            <numerusform>Synchronisierung abgeschlossen, %n Seite übersprungen (siehe Protokoll; die nächste Synchronisierung holt sie erneut).</numerusform>
            <numerusform>Synchronisierung abgeschlossen, %n Seiten übersprungen (siehe Protokoll; die nächste Synchronisierung holt sie erneut).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="374"/>
        <source>Sync cancelled; the next sync resumes where it stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="375"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="380"/>
        <source>%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 models</source>
        <translation>%1 Traces · %2 Beobachtungen · %3 Bewertungen · %4 Sitzungen · %5 Prompt-Versionen · %6 Modelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="383"/>
        <source>%1 windows, %2 requests, %3 retries</source>
        <translation>%1 Fenster, %2 Anfragen, %3 Wiederholungen</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Theme</name>
    <message>
        <location filename="../ui/settings/theme.cpp" line="113"/>
        <source>Follow System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settings/theme.cpp" line="114"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/theme.cpp" line="115"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TimelineMinimap</name>
    <message>
        <location filename="../ui/widgets/timelineminimap.cpp" line="18"/>
        <source>Whole trace. Click or drag to move the timeline&apos;s window; Shift+drag to zoom to a range.</source>
        <translation>Ganzer Trace. Klicken oder ziehen, um das Fenster der Zeitleiste zu verschieben; Umschalt+Ziehen zoomt auf einen Bereich.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="301"/>
        <source>No timestamps in this trace</source>
        <translation>Dieser Trace hat keine Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="407"/>
        <source>Starts at +%1</source>
        <translation>Beginn +%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="409"/>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPage</name>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="111"/>
        <source>Find span by name, model, type or id (Ctrl+F)</source>
        <translation>Span nach Name, Modell, Typ oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="121"/>
        <source>depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="122"/>
        <source>Number of levels to show</source>
        <translation>Anzahl der angezeigten Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="123"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="116"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="123"/>
        <source>Show only the selected span and its descendants</source>
        <translation>Nur den ausgewählten Span und seine Nachfahren zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="133"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="134"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="137"/>
        <source>◀ Error</source>
        <translation>◀ Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="137"/>
        <source>Previous error (Shift+F8)</source>
        <translation>Vorheriger Fehler (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="138"/>
        <source>Error ▶</source>
        <translation>Fehler ▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="138"/>
        <source>Next error (F8)</source>
        <translation>Nächster Fehler (F8)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="141"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="141"/>
        <source>Expand every span</source>
        <translation>Alle Spans aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="142"/>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="142"/>
        <source>Collapse to the roots</source>
        <translation>Bis zu den Wurzeln zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="144"/>
        <source>Expand to depth</source>
        <translation>Bis Tiefe aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="144"/>
        <source>Show this many levels</source>
        <translation>So viele Ebenen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="146"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="146"/>
        <source>Copy the selected observation&apos;s id (Ctrl+C)</source>
        <translation>Die ID der ausgewählten Beobachtung kopieren (Strg+C)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="280"/>
        <source>No trace selected</source>
        <translation>Kein Trace ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="295"/>
        <source>Loading trace %1…</source>
        <translation>Trace %1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/tracedetailpage.cpp" line="339"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="359"/>
        <source>This trace has no observations.</source>
        <translation>Dieser Trace hat keine Beobachtungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="91"/>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="146"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="181"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="187"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="151"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="152"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="194"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="203"/>
        <source>no errors</source>
        <translation>keine Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="197"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="206"/>
        <source>error %1 of %2</source>
        <translation>Fehler %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="223"/>
        <source>Marked %1 for diff: select another span (in any trace) and press Ctrl+Shift+M.</source>
        <translation>%1 für den Diff markiert: wählen Sie einen anderen Span (in einem beliebigen Trace) und drücken Sie Strg+Umschalt+M.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="231"/>
        <source>Mark a span first (Ctrl+M), then select the span to compare it with.</source>
        <translation>Markieren Sie zuerst einen Span (Strg+M) und wählen Sie dann den Span, mit dem er verglichen werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="246"/>
        <source>Mark for Diff</source>
        <translation>Für Diff markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="247"/>
        <source>Diff with Marked Span</source>
        <translation>Mit markiertem Span vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="251"/>
        <source>Focus Subtree</source>
        <translation>Teilbaum fokussieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="252"/>
        <source>Copy Id</source>
        <translation>ID kopieren</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPanel</name>
    <message>
        <source>No trace selected</source>
        <translation type="vanished">Kein Trace ausgewählt</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation type="vanished">Trace %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceHeader</name>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="98"/>
        <source>This trace is not in the workspace.</source>
        <translation>Dieser Trace ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="103"/>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="107"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="108"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="111"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="112"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="113"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="118"/>
        <source>(provided %1, computed %2)</source>
        <translation>(angegeben %1, berechnet %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="120"/>
        <source>+ %n unpriced</source>
        <translation>
            <numerusform>+ %n ohne Preis</numerusform>
            <numerusform>+ %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="121"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="123"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="126"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="129"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="131"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="151"/>
        <source>true</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="151"/>
        <source>false</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="157"/>
        <source>%n observation score(s)</source>
        <translation>
            <numerusform>%n Beobachtungsbewertung</numerusform>
            <numerusform>%n Beobachtungsbewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="160"/>
        <source>repaired: %1</source>
        <translation>repariert: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceListModel</name>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="350"/>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="vanished">Tags: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="79"/>
        <source>%1 (%n score(s))</source>
        <translation>
            <numerusform>%1 (%n Bewertung)</numerusform>
            <numerusform>%1 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="329"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="356"/>
        <source>Cost unknown: no provided cost and no matching price</source>
        <translation>Kosten unbekannt: keine angegebenen Kosten und kein passender Preis</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="358"/>
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n Beobachtung mit Level ERROR</numerusform>
            <numerusform>%n Beobachtungen mit Level ERROR</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="400"/>
        <source>This column cannot be sorted</source>
        <translation>Diese Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="404"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="405"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="406"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="407"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="408"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="409"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="410"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="411"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="412"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="413"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="414"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="vanished">Fehler</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TracesPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="61"/>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="63"/>
        <source>Compare Selected Traces</source>
        <translation>Ausgewählte Traces vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="67"/>
        <source>Select two traces (Ctrl+click) to compare them span by span</source>
        <translation>Wählen Sie zwei Traces (Strg+Klick), um sie Span für Span zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="215"/>
        <source>No workspace is open.
Use File ▸ Open Workspace or File ▸ New Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet.
Verwenden Sie Datei ▸ Arbeitsbereich öffnen oder Datei ▸ Neuer Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="217"/>
        <source>No traces match these filters.
Remove a filter or press Esc in the search field.</source>
        <translation>Keine Traces passen zu diesen Filtern.
Entfernen Sie einen Filter oder drücken Sie Esc im Suchfeld.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="219"/>
        <source>This workspace holds no traces yet.
Use File ▸ Import Files or drop trace files here.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Traces.
Verwenden Sie Datei ▸ Dateien importieren oder ziehen Sie Trace-Dateien hierher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="277"/>
        <source>Select exactly two traces to compare (Ctrl+click the second one).</source>
        <translation>Wählen Sie genau zwei Traces zum Vergleichen (Strg+Klick auf den zweiten).</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="31"/>
        <source>Cannot create the folder for %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
</context>
</TS>
