<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>spanscope::ui::TraceListModel</name>
    <message numerus="yes">
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n observation with level ERROR</numerusform>
            <numerusform>%n observations with level ERROR</numerusform>
        </translation>
    </message>
</context>
</TS>
