<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="58"/>
        <source>true</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="58"/>
        <source>false</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="30"/>
        <location filename="../ui/util/exports.cpp" line="44"/>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation>Не удалось записать %1. Проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="52"/>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Выберите имя файла с расширением .png или .svg.</translation>
    </message>
    <message>
        <location filename="../ui/util/exports.cpp" line="61"/>
        <location filename="../ui/util/exports.cpp" line="83"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/dialogs/upgradedialog.cpp" line="12"/>
        <source>Upgrading %1 for this version of Spanscope (schema and cost rollups). This happens once; a large workspace takes a minute or more.</source>
        <translation>%1 обновляется для этой версии Spanscope (схема и сводки затрат). Это делается один раз; большое рабочее пространство обновляется минуту или дольше.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/upgradedialog.cpp" line="18"/>
        <source>Upgrading Workspace</source>
        <translation>Обновление рабочего пространства</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore LLM and agent traces offline: import trace files into a workspace and browse them.</source>
        <translation type="vanished">Изучайте трассировки LLM и агентов офлайн: импортируйте файлы трассировок в рабочее пространство и просматривайте их.</translation>
    </message>
    <message>
        <source>Open (or create) the workspace file &lt;path&gt;.</source>
        <translation type="vanished">Открыть (или создать) файл рабочего пространства &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="vanished">путь</translation>
    </message>
    <message>
        <source>Trace files to import into the workspace.</source>
        <translation type="vanished">Файлы трассировок для импорта в рабочее пространство.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::AbReportPanel</name>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="100"/>
        <source>Prompt versions</source>
        <translation>Версии промпта</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="101"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="102"/>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="109"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>A: n</source>
        <translation>A: n</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>A: mean</source>
        <translation>A: среднее</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>B: n</source>
        <translation>B: n</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>B: mean</source>
        <translation>B: среднее</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="121"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Cliff&apos;s δ</source>
        <translation>δ Клиффа</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Distributions (A blue, B orange)</source>
        <translation>Распределения (A синий, B оранжевый)</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="122"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
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
        <translation>Выберите две стороны и нажмите «Сравнить».</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="179"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="226"/>
        <source>Comparing %1 with %2…</source>
        <translation>Сравнение %1 с %2…</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="251"/>
        <source>No calls to compare.</source>
        <translation>Нет вызовов для сравнения.</translation>
    </message>
    <message>
        <location filename="../ui/pages/abreport.cpp" line="267"/>
        <source>insufficient data</source>
        <translation>недостаточно данных</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::AlertsPanel</name>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="44"/>
        <source>Rules file…</source>
        <translation>Файл правил…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="45"/>
        <source>A JSON file of alert rules, as spanscope-cli alerts --rules reads</source>
        <translation>JSON-файл правил оповещений, как его читает spanscope-cli alerts --rules</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="46"/>
        <source>Evaluate</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="48"/>
        <source>No rules file chosen</source>
        <translation>Файл правил не выбран</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Samples</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="55"/>
        <source>Traces</source>
        <translation>Трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="85"/>
        <source>Alert rules</source>
        <translation>Правила оповещений</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="85"/>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>Правила оповещений (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="122"/>
        <source>Evaluating %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="135"/>
        <source>Cannot read the rules file %1: %2. Choose another file.</source>
        <translation>Не удаётся прочитать файл правил %1: %2. Выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="141"/>
        <source>The rules file %1 is not valid: %2</source>
        <translation>Файл правил %1 некорректен: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="146"/>
        <source>Cannot evaluate the rules: %1</source>
        <translation>Не удаётся проверить правила: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualityalertspanel.cpp" line="154"/>
        <source>%n rule(s) evaluated</source>
        <translation>
            <numerusform>проверено %n правило</numerusform>
            <numerusform>проверено %n правила</numerusform>
            <numerusform>проверено %n правил</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="155"/>
        <source>nothing fires</source>
        <translation>ничего не сработало</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualityalertspanel.cpp" line="155"/>
        <source>%n firing(s)</source>
        <translation>
            <numerusform>%n срабатывание</numerusform>
            <numerusform>%n срабатывания</numerusform>
            <numerusform>%n срабатываний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="178"/>
        <source>%1 worst of %2</source>
        <translation>%1 худших из %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualityalertspanel.cpp" line="180"/>
        <source>Double-click or press Enter to open these traces</source>
        <translation>Двойной щелчок или Enter открывает эти трассы</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ChatView</name>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="53"/>
        <source>[… %1 more characters]</source>
        <translation>[… ещё символов: %1]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="89"/>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="93"/>
        <source>result of %1</source>
        <translation>результат %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="98"/>
        <source>[image]</source>
        <translation>[изображение]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="101"/>
        <source>calls tool</source>
        <translation>вызывает инструмент</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chatview.cpp" line="110"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Chip</name>
    <message>
        <location filename="../ui/widgets/chip.cpp" line="24"/>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chip.cpp" line="25"/>
        <source>Remove filter %1</source>
        <translation>Убрать фильтр %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ComparePage</name>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="66"/>
        <source>renamed</source>
        <translation>переименован</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="68"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="70"/>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="72"/>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="74"/>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="76"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="78"/>
        <source>moved</source>
        <translation>перемещён</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="97"/>
        <source>Trace A id</source>
        <translation>Id трассировки A</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="100"/>
        <source>Trace B id</source>
        <translation>Id трассировки B</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="101"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="102"/>
        <source>Open A</source>
        <translation>Открыть A</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="104"/>
        <source>Open B</source>
        <translation>Открыть B</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="110"/>
        <source>Only differences</source>
        <translation>Только различия</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Span</source>
        <translation>Спан</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Latency A</source>
        <translation>Задержка A</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Latency B</source>
        <translation>Задержка B</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="114"/>
        <source>Δ latency</source>
        <translation>Δ задержки</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>Δ tokens</source>
        <translation>Δ токенов</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>Δ cost</source>
        <translation>Δ стоимости</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="115"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="123"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="124"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="125"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="126"/>
        <source>Model parameters</source>
        <translation>Параметры модели</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="129"/>
        <source>Select a span present in both traces to diff its payloads.</source>
        <translation>Выберите спан, присутствующий в обеих трассировках, чтобы сравнить его данные.</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="145"/>
        <source>Payload:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="177"/>
        <source>Select two traces (Traces page) or paste their ids to compare them span by span.</source>
        <translation>Выберите две трассировки (страница «Трассировки») или вставьте их id, чтобы сравнить их по спанам.</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="189"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="228"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;%3 same · &lt;b&gt;%4 changed&lt;/b&gt; · %5 added · %6 removed · %7 moved — B − A: latency %8, tokens %9, cost %10</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;без изменений: %3 · &lt;b&gt;изменено: %4&lt;/b&gt; · добавлено: %5 · удалено: %6 · перемещено: %7 — B − A: задержка %8, токены %9, стоимость %10</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="265"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="266"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="326"/>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="326"/>
        <source>A · (not in this trace)</source>
        <translation>A · (нет в этой трассировке)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="327"/>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="327"/>
        <source>B · (not in this trace)</source>
        <translation>B · (нет в этой трассировке)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="346"/>
        <source>Neither span has this payload.</source>
        <translation>Ни у одного спана нет этих данных.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::CostPage</name>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="151"/>
        <source>Last 24 hours of data</source>
        <translation>Последние 24 часа данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="152"/>
        <source>Last 7 days of data</source>
        <translation>Последние 7 дней данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="153"/>
        <source>Last 30 days of data</source>
        <translation>Последние 30 дней данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="154"/>
        <source>Last 90 days of data</source>
        <translation>Последние 90 дней данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="155"/>
        <source>Last 365 days of data</source>
        <translation>Последние 365 дней данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="156"/>
        <source>All data</source>
        <translation>Все данные</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="160"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="436"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="161"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="162"/>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="437"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="163"/>
        <source>Trace name</source>
        <translation>Имя трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="164"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="438"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="165"/>
        <source>Environment</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="168"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="169"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="170"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="425"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="171"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="426"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="172"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="427"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="175"/>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="176"/>
        <source>Tokens by kind</source>
        <translation>Токены по видам</translation>
    </message>
    <message>
        <source>Apply the Traces filter</source>
        <translation type="vanished">Применить фильтр трассировок</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="177"/>
        <source>Apply the Traces filter and time range</source>
        <translation>Применить фильтр и период страницы трасс</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="181"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="123"/>
        <source>Export Chart…</source>
        <translation>Экспорт диаграммы…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="183"/>
        <source>Range:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="185"/>
        <source>Stack by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="187"/>
        <source>Bucket:</source>
        <translation>Интервал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="219"/>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="224"/>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="225"/>
        <source>Cost / request</source>
        <translation>Стоимость / запрос</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="225"/>
        <source>Input tokens</source>
        <translation>Входные токены</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Output tokens</source>
        <translation>Выходные токены</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="226"/>
        <source>Unpriced</source>
        <translation>Без цены</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <source>Traces</source>
        <translation>Трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="227"/>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="228"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="229"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="230"/>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="231"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="237"/>
        <source>Metadata key:</source>
        <translation>Ключ метаданных:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="244"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="251"/>
        <source>Most Expensive Traces</source>
        <translation>Самые дорогие трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="252"/>
        <source>Budgets</source>
        <translation>Бюджеты</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="253"/>
        <source>What If</source>
        <translation>Что если</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Total cost</source>
        <translation>Общая стоимость</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="290"/>
        <source>Cost per request</source>
        <translation>Стоимость запроса</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="291"/>
        <source>Cache hit share</source>
        <translation>Доля попаданий в кэш</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="291"/>
        <source>Error share</source>
        <translation>Доля ошибок</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="340"/>
        <source>(the Traces page&apos;s range)</source>
        <translation>(период страницы трасс)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="340"/>
        <source>(filtered, the Traces page&apos;s range)</source>
        <translation>(с фильтром, период страницы трасс)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="341"/>
        <source>(filtered)</source>
        <translation>(с фильтром)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="343"/>
        <source>The Traces page&apos;s time range applies. Clear it there, or untick &quot;Apply the Traces filter and time range&quot;, to choose a range here.</source>
        <translation>Действует период страницы трасс. Сбросьте его там или снимите флажок «Применить фильтр и период страницы трасс», чтобы выбрать период здесь.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="348"/>
        <location filename="../ui/pages/costpage.cpp" line="417"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="393"/>
        <source>%1 to %2 (UTC) · %3 buckets · %4</source>
        <translation>с %1 по %2 (UTC) · интервалы: %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="396"/>
        <source>from rollups</source>
        <translation>из агрегатов</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="396"/>
        <source>computed from raw rows for the filter</source>
        <translation>посчитано по исходным строкам из-за фильтра</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="463"/>
        <source>%1%2 % vs previous</source>
        <translation>%1%2 % к предыдущему</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="465"/>
        <source>no previous data</source>
        <translation>нет предыдущих данных</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpage.cpp" line="469"/>
        <source>%n request(s) without a price</source>
        <translation>
            <numerusform>%n запрос без цены</numerusform>
            <numerusform>%n запроса без цены</numerusform>
            <numerusform>%n запросов без цены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Input (uncached)</source>
        <translation>Вход (без кэша)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Cache read</source>
        <translation>Чтение из кэша</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="487"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="506"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="86"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="516"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="556"/>
        <source>Tokens over time by kind</source>
        <translation>Токены во времени по видам</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpage.cpp" line="556"/>
        <source>Cost over time by %1</source>
        <translation>Стоимость во времени: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="92"/>
        <source>model %1</source>
        <translation>модель %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="93"/>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="94"/>
        <source>tag %1</source>
        <translation>тег %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="95"/>
        <source>whole workspace</source>
        <translation>всё рабочее пространство</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="119"/>
        <source>Add Budget…</source>
        <translation>Добавить бюджет…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="121"/>
        <source>Remove Budget</source>
        <translation>Удалить бюджет</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="350"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="132"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="341"/>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="361"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="133"/>
        <source>Crossings</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="174"/>
        <source>Price Selection</source>
        <translation>Оценить выборку</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="176"/>
        <source>Price the range&apos;s calls as:</source>
        <translation>Оценить вызовы периода как:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="181"/>
        <source>Pick a model: every call in the range (and filter) is priced with its usage as if it had used that model.</source>
        <translation>Выберите модель: каждый вызов периода (и фильтра) оценивается по его использованию так, как если бы он использовал эту модель.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Model used</source>
        <translation>Использованная модель</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Actual cost</source>
        <translation>Фактическая стоимость</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="188"/>
        <source>Priced as target</source>
        <translation>По цене цели</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="189"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpagepanels.cpp" line="232"/>
        <source>%n trace(s) with a known cost</source>
        <translation>
            <numerusform>%n трассировка с известной стоимостью</numerusform>
            <numerusform>%n трассировки с известной стоимостью</numerusform>
            <numerusform>%n трассировок с известной стоимостью</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="273"/>
        <source>Computing…</source>
        <translation>Вычисляется…</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="287"/>
        <source>cached</source>
        <translation>из кэша</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="287"/>
        <source>computed in %1 ms</source>
        <translation>вычислено за %1 мс</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="317"/>
        <source>not enough history</source>
        <translation>мало истории</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="333"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="334"/>
        <source>Add a budget for the workspace, a model, a user or a tag to follow its spend through the day, week or month.</source>
        <translation>Добавьте бюджет для рабочего пространства, модели, пользователя или тега, чтобы следить за расходами за день, неделю или месяц.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="382"/>
        <source>Forecast band</source>
        <translation>Интервал прогноза</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="399"/>
        <source>Day of the period</source>
        <translation>День периода</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="409"/>
        <source>%1: %2 of %3 this %4</source>
        <translation>%1: %2 из %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="412"/>
        <source>Forecast to the end of the period: %1 (90 % band %2 – %3), burn rate %4 per day%5.</source>
        <translation>Прогноз на конец периода: %1 (90 % интервал %2 – %3), расход %4 в день%5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="414"/>
        <source>, with weekday pattern</source>
        <translation>, с учётом дней недели</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="415"/>
        <source>No forecast: %1.</source>
        <translation>Нет прогноза: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="421"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="454"/>
        <source>Add Budget</source>
        <translation>Добавить бюджет</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="435"/>
        <source>Whole workspace</source>
        <translation>Всё рабочее пространство</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="440"/>
        <source>e.g. gpt-4o, a user id or a tag</source>
        <translation>например, gpt-4o, id пользователя или тег</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="445"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="446"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="447"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="448"/>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="449"/>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="454"/>
        <source>Give the budget a name and, for a model, user or tag, its value.</source>
        <translation>Укажите имя бюджета и, для модели, пользователя или тега, значение.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="514"/>
        <source>Pricing…</source>
        <translation>Расчёт цен…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/costpagepanels.cpp" line="527"/>
        <source>%n call(s) cost %1; priced as %2 they would have cost %3 (%4%5).</source>
        <translation>
            <numerusform>%n вызов стоил %1; по цене %2 он стоил бы %3 (%4%5).</numerusform>
            <numerusform>%n вызова стоили %1; по цене %2 они стоили бы %3 (%4%5).</numerusform>
            <numerusform>%n вызовов стоили %1; по цене %2 они стоили бы %3 (%4%5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="558"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="564"/>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="559"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="569"/>
        <location filename="../ui/pages/costpagepanels.cpp" line="575"/>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../ui/pages/costpagepanels.cpp" line="570"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::DetailPane</name>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="102"/>
        <source>Copy id</source>
        <translation>Копировать id</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="104"/>
        <source>Copy the observation id</source>
        <translation>Скопировать id наблюдения</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="115"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="117"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="126"/>
        <location filename="../ui/widgets/detailpane.cpp" line="144"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="127"/>
        <source>Model parameters</source>
        <translation>Параметры модели</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="134"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="134"/>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="135"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="136"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="138"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="143"/>
        <source>Input / Output</source>
        <translation>Вход / выход</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="145"/>
        <location filename="../ui/widgets/detailpane.cpp" line="266"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="146"/>
        <source>Usage &amp;&amp; cost</source>
        <translation>Использование &amp;&amp; стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="147"/>
        <location filename="../ui/widgets/detailpane.cpp" line="335"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="148"/>
        <location filename="../ui/widgets/detailpane.cpp" line="353"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="170"/>
        <source>Select an observation to see its input, output and details.</source>
        <translation>Выберите наблюдение, чтобы увидеть его вход, выход и подробности.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="190"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="197"/>
        <source>This observation is no longer in the workspace.</source>
        <translation>Этого наблюдения больше нет в рабочем пространстве.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="209"/>
        <source>id &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>id &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="210"/>
        <source>starts %1</source>
        <translation>начало %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="212"/>
        <source>duration &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>длительность &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="214"/>
        <source>first token after %1</source>
        <translation>первый токен через %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="216"/>
        <source>model &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>модель &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="219"/>
        <source>prompt %1 v%2</source>
        <translation>промпт %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="228"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="233"/>
        <source>parent %1 is not in the trace, shown as a root</source>
        <translation>родителя %1 нет в трассировке, показан как корень</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="235"/>
        <source>its parent chain formed a cycle, cut here (given parent %1)</source>
        <translation>цепочка родителей образовала цикл, разрезана здесь (указанный родитель %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="237"/>
        <source>starts before its parent (clock skew)</source>
        <translation>начинается раньше родителя (расхождение часов)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="239"/>
        <source>the id appeared more than once and the copies were merged</source>
        <translation>id встретился несколько раз, копии объединены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="281"/>
        <source>Input tokens</source>
        <translation>Входные токены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="282"/>
        <source>Output tokens</source>
        <translation>Выходные токены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="283"/>
        <source>Total tokens</source>
        <translation>Всего токенов</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="284"/>
        <source>Cache read tokens</source>
        <translation>Токены чтения кэша</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="285"/>
        <source>Cache write tokens</source>
        <translation>Токены записи кэша</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="286"/>
        <source>Reasoning tokens</source>
        <translation>Токены рассуждений</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="289"/>
        <source>usage · %1</source>
        <translation>использование · %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="289"/>
        <source>as given by the source</source>
        <translation>как указано источником</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="292"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="293"/>
        <source>provided by the source</source>
        <translation>указана источником</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="294"/>
        <source>computed from the price catalog</source>
        <translation>рассчитана по каталогу цен</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="295"/>
        <source>unpriced: no catalog price matches this model</source>
        <translation>без цены: в каталоге нет цены для этой модели</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="296"/>
        <source>no cost recorded</source>
        <translation>стоимость не записана</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="301"/>
        <source>Provided cost</source>
        <translation>Указанная стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="305"/>
        <source>Computed cost</source>
        <translation>Рассчитанная стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="306"/>
        <source>price entry %1</source>
        <translation>запись цены %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="307"/>
        <source>unpriced</source>
        <translation>без цены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="313"/>
        <source>Provided vs computed</source>
        <translation>Указанная и рассчитанная</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>Unpriced</source>
        <translation>Без цены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/widgets/detailpane.cpp" line="316"/>
        <source>model %1 has usage but no price in the catalog: cost unknown, not zero</source>
        <translation>у модели %1 есть использование, но нет цены в каталоге: стоимость неизвестна, а не ноль</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::DiffView</name>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="121"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="122"/>
        <source>Unified</source>
        <translation>Единый</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="123"/>
        <source>Ignore whitespace</source>
        <translation>Игнорировать пробелы</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="127"/>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="128"/>
        <source>Previous change (Shift+F7)</source>
        <translation>Предыдущее изменение (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="132"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="133"/>
        <source>Next change (F7)</source>
        <translation>Следующее изменение (F7)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="137"/>
        <source>Copy unified diff</source>
        <translation>Копировать как unified diff</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="207"/>
        <source>Choose two versions to compare.</source>
        <translation>Выберите две версии для сравнения.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="289"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="321"/>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="321"/>
        <source> (whitespace ignored)</source>
        <translation> (пробелы игнорируются)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/diffview.cpp" line="323"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="324"/>
        <source>%1 changed, %2 removed, %3 added lines</source>
        <translation>строк изменено: %1, удалено: %2, добавлено: %3</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="51"/>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="52"/>
        <source>provider</source>
        <translation>провайдер</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="53"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="54"/>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="55"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="56"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="57"/>
        <source>environment</source>
        <translation>окружение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="58"/>
        <source>release</source>
        <translation>релиз</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="59"/>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="91"/>
        <source>Search names, inputs, outputs and metadata  ( / )</source>
        <translation>Поиск по именам, входам, выходам и метаданным  ( / )</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="97"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="98"/>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="99"/>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="100"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="101"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="102"/>
        <source>Custom range…</source>
        <translation>Свой диапазон…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="103"/>
        <source>Trace time range</source>
        <translation>Диапазон времени трассировок</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="107"/>
        <source>Add Filter</source>
        <translation>Добавить фильтр</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="114"/>
        <source>Errors Only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="116"/>
        <source>Show only traces with an observation of level ERROR</source>
        <translation>Показывать только трассировки с наблюдением уровня ERROR</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="170"/>
        <source>Model…</source>
        <translation>Модель…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="170"/>
        <source>Traces using the model</source>
        <translation>Трассировки, использующие модель</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="171"/>
        <source>User…</source>
        <translation>Пользователь…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="171"/>
        <source>Traces of the user</source>
        <translation>Трассировки пользователя</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="172"/>
        <source>Session…</source>
        <translation>Сессия…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="172"/>
        <source>Traces of the session</source>
        <translation>Трассировки сессии</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="173"/>
        <source>Trace Name…</source>
        <translation>Имя трассировки…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="173"/>
        <source>Traces with the name</source>
        <translation>Трассировки с этим именем</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="174"/>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="174"/>
        <source>Traces carrying the tag</source>
        <translation>Трассировки с тегом</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="175"/>
        <source>Environment…</source>
        <translation>Окружение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="175"/>
        <source>Traces from the environment</source>
        <translation>Трассировки из окружения</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="177"/>
        <source>Minimum Latency…</source>
        <translation>Минимальная задержка…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="178"/>
        <source>Minimum Cost…</source>
        <translation>Минимальная стоимость…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="179"/>
        <source>Score Condition…</source>
        <translation>Условие на оценку…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="230"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="230"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln трассировка</numerusform>
            <numerusform>%Ln трассировки</numerusform>
            <numerusform>%Ln трассировок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="287"/>
        <source>Write a condition like “relevance &lt; 0.6” or “tone = friendly”.</source>
        <translation>Напишите условие вида «relevance &lt; 0.6» или «tone = friendly».</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="316"/>
        <source>“%1” is not a number; text values can only be compared with = or !=.</source>
        <translation>«%1» — не число; текстовые значения можно сравнивать только через = или !=.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="359"/>
        <source>Type at least %n character(s)</source>
        <translation>
            <numerusform>Введите хотя бы %n символ</numerusform>
            <numerusform>Введите хотя бы %n символа</numerusform>
            <numerusform>Введите хотя бы %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="400"/>
        <source>Minimum Latency</source>
        <translation>Минимальная задержка</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="400"/>
        <source>Latency at least (milliseconds):</source>
        <translation>Задержка не меньше (миллисекунды):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="405"/>
        <source>Minimum Cost</source>
        <translation>Минимальная стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="405"/>
        <source>Cost at least (US dollars):</source>
        <translation>Стоимость не меньше (доллары США):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="417"/>
        <source>Score Condition</source>
        <translation>Условие на оценку</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="418"/>
        <source>Condition on a score of the trace, e.g. “relevance &lt; 0.6”:</source>
        <translation>Условие на оценку трассировки, например «relevance &lt; 0.6»:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="435"/>
        <source>Custom Time Range</source>
        <translation>Свой диапазон времени</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="449"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="450"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="490"/>
        <source>search: “%1”</source>
        <translation>поиск: «%1»</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="490"/>
        <source>Full-text search</source>
        <translation>Полнотекстовый поиск</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="496"/>
        <source>time: %1 – %2</source>
        <translation>время: %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="500"/>
        <source>Time range</source>
        <translation>Диапазон времени</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="514"/>
        <source>prompt: %1</source>
        <translation>промпт: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="520"/>
        <source>errors only</source>
        <translation>только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="522"/>
        <source>latency ≥ %1</source>
        <translation>задержка ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="525"/>
        <source>cost ≥ %1</source>
        <translation>стоимость ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="527"/>
        <source>score: %1</source>
        <translation>оценка: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="533"/>
        <source>%n selected trace(s)</source>
        <translation>
            <numerusform>%n выбранная трассировка</numerusform>
            <numerusform>%n выбранные трассировки</numerusform>
            <numerusform>%n выбранных трассировок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::FilterValuePicker</name>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="33"/>
        <source>Type or choose a value</source>
        <translation>Введите или выберите значение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="40"/>
        <source>Add Filter</source>
        <translation>Добавить фильтр</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="53"/>
        <source>No workspace open: type a value.</source>
        <translation>Рабочее пространство не открыто: введите значение.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="56"/>
        <source>Loading values…</source>
        <translation>Загрузка значений…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbarpicker.cpp" line="77"/>
        <source>The workspace holds no values for this field yet.</source>
        <translation>В рабочем пространстве пока нет значений для этого поля.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbarpicker.cpp" line="78"/>
        <source>%n value(s) in this workspace</source>
        <translation>
            <numerusform>%n значение в этом рабочем пространстве</numerusform>
            <numerusform>%n значения в этом рабочем пространстве</numerusform>
            <numerusform>%n значений в этом рабочем пространстве</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::HeatmapWidget</name>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="123"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="181"/>
        <source>No scores</source>
        <translation>Нет оценок</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="183"/>
        <source>%1 of %2 scores (share %3)</source>
        <translation>%1 из %2 оценок (доля %3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="185"/>
        <source>n = %1&lt;br&gt;mean %2 · median %3</source>
        <translation>n = %1&lt;br&gt;среднее %2 · медиана %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="186"/>
        <source>95% CI [%1, %2]</source>
        <translation>95% ДИ [%1, %2]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="188"/>
        <source>colour scale %1 – %2</source>
        <translation>цветовая шкала %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="190"/>
        <source>Too few samples (below %1)</source>
        <translation>Слишком мало наблюдений (меньше %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="191"/>
        <source>Click to open these traces</source>
        <translation>Щёлкните, чтобы открыть эти трассировки</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="203"/>
        <source>No numeric, boolean or categorical scores to show</source>
        <translation>Нет числовых, логических или категориальных оценок для показа</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="260"/>
        <source>worse</source>
        <translation>хуже</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="261"/>
        <source>better</source>
        <translation>лучше</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="267"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="267"/>
        <source>scale per row</source>
        <translation>шкала по строкам</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/heatmap.cpp" line="272"/>
        <source>fewer than %n sample(s)</source>
        <translation>
            <numerusform>меньше %n значения</numerusform>
            <numerusform>меньше %n значений</numerusform>
            <numerusform>меньше %n значений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="273"/>
        <source>▲ higher is better  ▼ lower is better (right-click a row)</source>
        <translation>▲ больше — лучше  ▼ меньше — лучше (правый щелчок по строке)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="345"/>
        <source>Higher is better</source>
        <translation>Больше — лучше</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="346"/>
        <source>Lower is better</source>
        <translation>Меньше — лучше</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportController</name>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="40"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="47"/>
        <source>Cannot generate the demo data: %1</source>
        <translation>Не удалось создать демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportFeedback</name>
    <message>
        <source>Import</source>
        <translation type="vanished">Импорт</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="vanished">Отмена…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="vanished">Подготовка демонстрационного рабочего пространства…</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation type="vanished">Запуск импорта…</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation type="vanished">Создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation type="vanished">Обновление поискового индекса…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="vanished">Сохранение…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)</source>
        <translation type="vanished">Чтение %1 (файл %2 из %3)</translation>
    </message>
    <message>
        <source>%1 records read, %2 skipped</source>
        <translation type="vanished">Прочитано записей: %1, пропущено: %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="45"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="47"/>
        <source>Import finished with skipped records</source>
        <translation>Импорт завершён, некоторые записи пропущены</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="49"/>
        <source>File could not be read</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="51"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="53"/>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="64"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Импорт отменён. Рабочее пространство не изменилось.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="67"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="89"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="94"/>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="94"/>
        <source>%1, byte %2</source>
        <translation>%1, байт %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="95"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfeedback.cpp" line="74"/>
        <source>Imported %1, %2 and %3 from %4.</source>
        <translation>Импортировано: %1, %2 и %3 из %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="75"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln трассировка</numerusform>
            <numerusform>%Ln трассировки</numerusform>
            <numerusform>%Ln трассировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="75"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln наблюдение</numerusform>
            <numerusform>%Ln наблюдения</numerusform>
            <numerusform>%Ln наблюдений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="76"/>
        <source>%Ln score(s)</source>
        <translation>
            <numerusform>%Ln оценка</numerusform>
            <numerusform>%Ln оценки</numerusform>
            <numerusform>%Ln оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="76"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importfeedback.cpp" line="79"/>
        <source>%Ln record(s) skipped; details below and in the import log.</source>
        <translation>
            <numerusform>Пропущена %Ln запись; подробности ниже и в журнале импорта.</numerusform>
            <numerusform>Пропущено %Ln записи; подробности ниже и в журнале импорта.</numerusform>
            <numerusform>Пропущено %Ln записей; подробности ниже и в журнале импорта.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="31"/>
        <source>Stop the import; the workspace stays as it was before it</source>
        <translation>Остановить импорт; рабочее пространство останется прежним</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="51"/>
        <source>Preparing the demo workspace…</source>
        <translation>Подготовка демонстрационного пространства…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="52"/>
        <source>Completing the search index…</source>
        <translation>Завершение поискового индекса…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importprogresswidget.cpp" line="53"/>
        <source>Starting import of %n file(s)…</source>
        <translation>
            <numerusform>Начинается импорт %n файла…</numerusform>
            <numerusform>Начинается импорт %n файлов…</numerusform>
            <numerusform>Начинается импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importprogresswidget.cpp" line="55"/>
        <source>(%n more queued)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="66"/>
        <source>Generating demo data…</source>
        <translation>Генерация демо-данных…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="77"/>
        <source>Updating the search index…</source>
        <translation>Обновление поискового индекса…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="79"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="81"/>
        <source>Importing %1 (file %2 of %3)</source>
        <translation>Импорт %1 (файл %2 из %3)</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="83"/>
        <source>%1 records</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="85"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="87"/>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresswidget.cpp" line="95"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportSummaryDialog</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="115"/>
        <source>Skipped records:</source>
        <translation>Пропущенные записи:</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="117"/>
        <source>Copy List</source>
        <translation>Копировать список</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::JsonTreeModel</name>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="122"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="144"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="144"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::JsonTreeView</name>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="153"/>
        <source>Find in JSON</source>
        <translation>Найти в JSON</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="169"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="170"/>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="171"/>
        <source>Expand</source>
        <translation>Развернуть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="171"/>
        <source>Expand all</source>
        <translation>Развернуть всё</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="172"/>
        <source>Collapse</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="172"/>
        <source>Collapse all</source>
        <translation>Свернуть всё</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="176"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="176"/>
        <source>Copy the selected value as JSON</source>
        <translation>Скопировать выбранное значение как JSON</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="177"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="177"/>
        <source>Copy the whole document</source>
        <translation>Скопировать весь документ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="233"/>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontree.cpp" line="249"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
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
        <translation>Трассировки</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Prompts</source>
        <translation>Промпты</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Create an empty workspace file</source>
        <translation>Создать пустой файл рабочего пространства</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation type="vanished">Открыть файл рабочего пространства или создать новый</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Import trace files into the open workspace</source>
        <translation>Импортировать файлы трассировок в открытое рабочее пространство</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation type="vanished">&amp;Недавние рабочие пространства</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>S&amp;ync from Langfuse…</source>
        <translation>&amp;Синхронизация с Langfuse…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Pull traces, observations, scores, prompts and models from a Langfuse server</source>
        <translation>Загрузить трассировки, наблюдения, оценки, промпты и модели с сервера Langfuse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;Go To</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;About Spanscope</source>
        <translation>&amp;О программе Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Open or create a workspace first (File ▸ New Workspace).</source>
        <translation>Сначала откройте или создайте рабочее пространство (Файл ▸ Новое рабочее пространство).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>Cannot open workspace</source>
        <translation>Не удалось открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation>Не удалось открыть рабочее пространство %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>No workspace</source>
        <translation>Нет рабочего пространства</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>Open or create a workspace before importing files.</source>
        <translation>Откройте или создайте рабочее пространство перед импортом файлов.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>New Workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Workspace exists</source>
        <translation>Рабочее пространство существует</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 уже существует. Открыть его?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Открыть</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Spanscope workspaces (*.spanscope)</source>
        <translation>Рабочие пространства Spanscope (*.spanscope)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="vanished">Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Import Trace Files</source>
        <translation>Импорт файлов трассировок</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)</source>
        <translation>Файлы трассировок (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>About Spanscope</source>
        <translation>О программе Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for LLM and agent traces: import exported trace files into a local workspace and explore them offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;Настольное приложение для просмотра трассировок LLM и агентов: импортируйте экспортированные файлы трассировок в локальное рабочее пространство и изучайте их офлайн.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>No recent workspaces</source>
        <translation>Нет недавних рабочих пространств</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="574"/>
        <source>%1 — Spanscope</source>
        <translation>%1 — Spanscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Import running</source>
        <translation>Идёт импорт</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Импорт ещё выполняется. Отменить его и выйти? Рабочее пространство останется таким, каким было до импорта.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln трассировка</numerusform>
            <numerusform>%Ln трассировки</numerusform>
            <numerusform>%Ln трассировок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Open a workspace file</source>
        <translation>Открыть файл рабочего пространства</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Spanscope workspaces (*.spanscope);;All files (*)</source>
        <translation>Рабочие пространства Spanscope (*.spanscope);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln наблюдение</numerusform>
            <numerusform>%Ln наблюдения</numerusform>
            <numerusform>%Ln наблюдений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ObservationDiffDialog</name>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="40"/>
        <source>Diff of Two Spans</source>
        <translation>Сравнение двух спанов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="47"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="49"/>
        <source> &amp;nbsp;(two traces)</source>
        <translation> &amp;nbsp;(две трассировки)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="51"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="52"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="53"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="54"/>
        <source>Model parameters</source>
        <translation>Параметры модели</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="59"/>
        <source>Payload:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="75"/>
        <source>No workspace is open.</source>
        <translation>Рабочее пространство не открыто.</translation>
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
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/observationdiffdialog.cpp" line="98"/>
        <source>Neither span has this payload. Choose another one above.</source>
        <translation>Ни у одного спана нет этих данных. Выберите другие выше.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadSection</name>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="33"/>
        <source>Chat</source>
        <translation>Чат</translation>
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
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payloadsection.cpp" line="101"/>
        <source>[… %1 more characters not shown]</source>
        <translation>[… ещё %1 символов не показано]</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadView</name>
    <message>
        <source>Select an observation to see its input and output.</source>
        <translation type="vanished">Выберите наблюдение, чтобы увидеть его входные и выходные данные.</translation>
    </message>
    <message>
        <source>This observation is no longer in the workspace.</source>
        <translation type="vanished">Этого наблюдения больше нет в рабочем пространстве.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation type="vanished">[… ещё %1 символов не показано]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Статус</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Вход</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Выход</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="vanished">Метаданные</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="vanished">Параметры модели</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="vanished">Использование</translation>
    </message>
    <message>
        <source>This observation has no input, output or metadata.</source>
        <translation type="vanished">У этого наблюдения нет входных, выходных данных или метаданных.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PriceEntryDialog</name>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="43"/>
        <source>Add Price Entry</source>
        <translation>Добавить цену</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="43"/>
        <source>Edit Price Entry</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="48"/>
        <source>e.g. my-finetune-v2</source>
        <translation>например, my-finetune-v2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="51"/>
        <source>A regular expression over the observation&apos;s model name; (?i) at the start ignores case.</source>
        <translation>Регулярное выражение для имени модели наблюдения; (?i) в начале отключает учёт регистра.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="55"/>
        <source>A model name to try the pattern on</source>
        <translation>Имя модели для проверки шаблона</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="57"/>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="212"/>
        <source>does not match</source>
        <translation>не совпадает</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="61"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="75"/>
        <source>Model name:</source>
        <translation>Имя модели:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="76"/>
        <source>Match pattern:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="77"/>
        <source>Try on:</source>
        <translation>Проверить на:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="78"/>
        <source>Effective:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="81"/>
        <source>Default tier: price per usage key (USD per 1M units; empty rows are ignored)</source>
        <translation>Основной тариф: цена за ключ использования (USD за 1 млн единиц; пустые строки не учитываются)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="84"/>
        <source>Usage key</source>
        <translation>Ключ использования</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="84"/>
        <source>USD / 1M</source>
        <translation>USD / 1 млн</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="95"/>
        <source>Add Usage Key</source>
        <translation>Добавить ключ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="96"/>
        <source>Remove Usage Key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="102"/>
        <source>Conditional tiers (Langfuse pricingTiers JSON, without the default tier; optional):</source>
        <translation>Условные тарифы (JSON pricingTiers Langfuse, без основного тарифа; необязательно):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="106"/>
        <source>[{&quot;name&quot;: &quot;Long context&quot;, &quot;priority&quot;: 1, &quot;conditions&quot;: [{&quot;usageDetailPattern&quot;: &quot;input&quot;, &quot;operator&quot;: &quot;gt&quot;, &quot;value&quot;: 200000}], &quot;prices&quot;: {&quot;input&quot;: 5e-6, &quot;output&quot;: 2e-5}}]</source>
        <translation>[{&quot;name&quot;: &quot;Long context&quot;, &quot;priority&quot;: 1, &quot;conditions&quot;: [{&quot;usageDetailPattern&quot;: &quot;input&quot;, &quot;operator&quot;: &quot;gt&quot;, &quot;value&quot;: 200000}], &quot;prices&quot;: {&quot;input&quot;: 5e-6, &quot;output&quot;: 2e-5}}]</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="165"/>
        <source>Enter the model name.</source>
        <translation>Введите имя модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="167"/>
        <source>Enter a match pattern.</source>
        <translation>Введите шаблон.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="170"/>
        <source>The match pattern is not a valid regular expression: %1 (at %2).</source>
        <translation>Шаблон не является корректным регулярным выражением: %1 (позиция %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="181"/>
        <source>The price of &quot;%1&quot; is not a number.</source>
        <translation>Цена «%1» не является числом.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="183"/>
        <source>The price of &quot;%1&quot; is negative.</source>
        <translation>Цена «%1» отрицательна.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="185"/>
        <source>Row %1 has a price but no usage key.</source>
        <translation>В строке %1 указана цена, но нет ключа использования.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="189"/>
        <source>Enter at least one price (for example for &quot;input&quot; and &quot;output&quot;).</source>
        <translation>Введите хотя бы одну цену (например, для «input» и «output»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="195"/>
        <source>Conditional tiers are not valid JSON: %1 (at %2).</source>
        <translation>Условные тарифы — некорректный JSON: %1 (позиция %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="197"/>
        <source>Conditional tiers must be a JSON array of tiers.</source>
        <translation>Условные тарифы должны быть JSON-массивом тарифов.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="200"/>
        <source>Each conditional tier must be an object with a &quot;prices&quot; object.</source>
        <translation>Каждый условный тариф должен быть объектом с объектом «prices».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/priceentrydialog.cpp" line="212"/>
        <source>matches</source>
        <translation>совпадает</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PricesPage</name>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="42"/>
        <source>user</source>
        <translation>пользовательская</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="43"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="44"/>
        <source>bundled</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="60"/>
        <source>Filter models…</source>
        <translation>Фильтр моделей…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="62"/>
        <source>Import Catalog JSON…</source>
        <translation>Импорт каталога JSON…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="64"/>
        <source>Add Entry…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="66"/>
        <source>Add a user price entry (a fine-tune, a self-hosted model, a negotiated price)</source>
        <translation>Добавить свою цену (дообученная модель, своя модель, договорная цена)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="67"/>
        <source>Edit Entry…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="69"/>
        <source>Edit the selected user entry; for a bundled or project entry, create a user entry that overrides it</source>
        <translation>Изменить выбранную пользовательскую цену; для встроенной или проектной — создать пользовательскую, которая её заменит</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="70"/>
        <location filename="../ui/pages/pricespage.cpp" line="107"/>
        <source>Remove User Entry</source>
        <translation>Удалить пользовательскую запись</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="72"/>
        <source>Re-price Workspace…</source>
        <translation>Пересчитать цены…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="74"/>
        <source>Compute every observation&apos;s cost again with this catalog (provided costs are kept)</source>
        <translation>Заново посчитать стоимость каждого наблюдения по этому каталогу (переданные стоимости сохраняются)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Input / 1M</source>
        <translation>Вход / 1M</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Output / 1M</source>
        <translation>Выход / 1M</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="84"/>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Match pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="98"/>
        <source>Import Price Catalog</source>
        <translation>Импорт каталога цен</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="99"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="107"/>
        <source>Select an entry whose origin is &quot;user&quot;.</source>
        <translation>Выберите запись с источником «пользовательская».</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="116"/>
        <source>Edit Entry</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="116"/>
        <source>Select an entry to edit.</source>
        <translation>Выберите запись для изменения.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="199"/>
        <source> (any token)</source>
        <translation> (любой токен)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="213"/>
        <source>%n price entries</source>
        <translation>
            <numerusform>%n запись цены</numerusform>
            <numerusform>%n записи цен</numerusform>
            <numerusform>%n записей цен</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="214"/>
        <source> (%1 user, %2 project). User entries win over project entries, project over bundled; among those the latest effective date applies.</source>
        <translation> (пользовательских: %1, проекта: %2). Пользовательские записи важнее записей проекта, записи проекта важнее встроенных; среди них действует самая поздняя дата.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="250"/>
        <source>cannot read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="255"/>
        <source>Imported %1.</source>
        <translation>%1 импортирован.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="260"/>
        <source>Saved the price entry for %1.</source>
        <translation>Цена для %1 сохранена.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="261"/>
        <source>The price entry for %1 was not saved: %2</source>
        <translation>Цена для %1 не сохранена: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="284"/>
        <source> Re-price the workspace to apply the new prices to earlier imports.</source>
        <translation> Пересчитайте стоимость в рабочем пространстве, чтобы применить новые цены к прежним импортам.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="vanished">Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="255"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message>
        <source>Imported %1. Re-price the workspace to apply the new prices to earlier imports.</source>
        <translation type="vanished">%1 импортирован. Пересчитайте цены, чтобы применить новые цены к ранее импортированным данным.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="332"/>
        <source>Re-pricing the workspace…</source>
        <translation>Пересчёт цен…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="332"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="364"/>
        <source>Re-pricing cancelled; nothing changed.</source>
        <translation>Пересчёт отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="366"/>
        <source>Re-pricing failed: %1</source>
        <translation>Пересчёт не удался: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="369"/>
        <source>Re-priced %n observation(s).</source>
        <translation>
            <numerusform>Пересчитано %n наблюдение.</numerusform>
            <numerusform>Пересчитано %n наблюдения.</numerusform>
            <numerusform>Пересчитано %n наблюдений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="370"/>
        <source> Computed cost %1 → %2 (%3), %4 trace(s) changed; provided cost %5 kept; unpriced %6 → %7.</source>
        <translation> Вычисленная стоимость %1 → %2 (%3), изменено трассировок: %4; переданная стоимость %5 сохранена; без цены %6 → %7.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ProfilesEditor</name>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="18"/>
        <source>Connection Profiles</source>
        <translation>Профили подключения</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="25"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="26"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="43"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="44"/>
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="45"/>
        <source>Public key:</source>
        <translation>Открытый ключ:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="46"/>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="126"/>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="128"/>
        <source>New profile %1</source>
        <translation>Новый профиль %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="155"/>
        <source>Each profile needs a name of its own.</source>
        <translation>У каждого профиля должно быть своё имя.</translation>
    </message>
    <message>
        <location filename="../ui/sync/profileseditor.cpp" line="161"/>
        <source>The profiles could not be saved.</source>
        <translation>Не удалось сохранить профили.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PromptsPage</name>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="53"/>
        <source>Langfuse prompt</source>
        <translation>Промпт Langfuse</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="55"/>
        <source>named by generations</source>
        <translation>назван в генерациях</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="57"/>
        <source>OpenInference template</source>
        <translation>Шаблон OpenInference</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="59"/>
        <source>inferred</source>
        <translation>выведен</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="105"/>
        <source>Filter prompts</source>
        <translation>Фильтр промптов</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <location filename="../ui/pages/promptspage.cpp" line="150"/>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="108"/>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="116"/>
        <source>Latency p50</source>
        <translation>Задержка p50</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Latency p95</source>
        <translation>Задержка p95</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Tokens in / out</source>
        <translation>Токены вход / выход</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Cost per call</source>
        <translation>Стоимость вызова</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="117"/>
        <source>Scores (mean)</source>
        <translation>Оценки (среднее)</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="131"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="133"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="143"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="145"/>
        <source>Double-click a call to open its trace</source>
        <translation>Двойной щелчок по вызову открывает его трассировку</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="148"/>
        <source>Diff</source>
        <translation>Различия</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="149"/>
        <source>A/B report</source>
        <translation>A/B-отчёт</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="259"/>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="267"/>
        <source>Grouped by Spanscope from identical normalised system messages; not a managed prompt</source>
        <translation>Сгруппирован Spanscope по одинаковым нормализованным системным сообщениям; не управляемый промпт</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="285"/>
        <source>No prompts in this workspace yet: import Langfuse prompt files or traces whose generations name a prompt.</source>
        <translation>В рабочем пространстве пока нет промптов: импортируйте файлы промптов Langfuse или трассировки, генерации которых называют промпт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="288"/>
        <source>No prompt selected.</source>
        <translation>Промпт не выбран.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="326"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;i&gt;inferred prompt&lt;/i&gt;: Spanscope normalised the system messages of generations that name no prompt and grouped identical templates; each distinct template at this call site is a version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — &lt;i&gt;выведенный промпт&lt;/i&gt;: Spanscope нормализовал системные сообщения генераций без имени промпта и сгруппировал одинаковые шаблоны; каждый отдельный шаблон в этом месте вызова — версия.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="332"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — named by generations; no prompt object was imported, so each version shows the system message its first call sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — назван в генерациях; объект промпта не импортирован, поэтому каждая версия показывает системное сообщение её первого вызова.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="353"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="362"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="363"/>
        <source>version %1 (%2)</source>
        <translation>версия %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="406"/>
        <source>Choose two versions to compare.</source>
        <translation>Выберите две версии для сравнения.</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="414"/>
        <location filename="../ui/pages/promptspage.cpp" line="415"/>
        <source>%1 · version %2</source>
        <translation>%1 · версия %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="505"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../ui/pages/promptspage.cpp" line="505"/>
        <source>ok</source>
        <translation>ок</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::QualityPage</name>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="36"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="37"/>
        <source>Prompt version</source>
        <translation>Версия промпта</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="38"/>
        <source>Trace name</source>
        <translation>Имя трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="39"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="40"/>
        <source>Environment</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="41"/>
        <source>Release</source>
        <translation>Релиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="42"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="43"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="99"/>
        <source>Cells with fewer scores are grey: too few to judge</source>
        <translation>Ячейки с меньшим числом оценок серые: данных слишком мало для вывода</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="104"/>
        <source>Scores:</source>
        <translation>Оценки:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="107"/>
        <source>By:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="110"/>
        <source>Min. samples:</source>
        <translation>Мин. значений:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="122"/>
        <source>Score vs score</source>
        <translation>Оценка против оценки</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="123"/>
        <source>Low quality</source>
        <translation>Низкое качество</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="125"/>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="203"/>
        <source>All numeric scores</source>
        <translation>Все числовые оценки</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="206"/>
        <source>%1 (categories)</source>
        <translation>%1 (категории)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="226"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualitypage.cpp" line="287"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="288"/>
        <source>%1 rows × %2 columns</source>
        <translation>строк: %1 × столбцов: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="62"/>
        <source>vs</source>
        <translation>против</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="86"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="94"/>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/qualitypagepanels.cpp" line="169"/>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="192"/>
        <source>%n pair(s) on the same traces/observations</source>
        <translation>
            <numerusform>%n пара на одних и тех же трассировках/наблюдениях</numerusform>
            <numerusform>%n пары на одних и тех же трассировках/наблюдениях</numerusform>
            <numerusform>%n пар на одних и тех же трассировках/наблюдениях</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="170"/>
        <source>agreement %1 · Cohen&apos;s kappa %2</source>
        <translation>согласие %1 · каппа Коэна %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="171"/>
        <source>Rows: %1 · columns: %2</source>
        <translation>Строки: %1 · столбцы: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="191"/>
        <source>No target carries both scores.</source>
        <translation>Ни у одного объекта нет обеих оценок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypagepanels.cpp" line="194"/>
        <source>Pearson r = %1 · Spearman ρ = %2</source>
        <translation>Пирсон r = %1 · Спирмен ρ = %2</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SecretStore</name>
    <message>
        <location filename="../ui/sync/secretstore.cpp" line="66"/>
        <source>Secret keys are kept in the system keychain.</source>
        <translation>Секретные ключи хранятся в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../ui/sync/secretstore.cpp" line="67"/>
        <source>No keychain service is available: secret keys are kept in memory until Spanscope quits and must be entered again next time. They are never written to a file.</source>
        <translation>Служба связки ключей недоступна: секретные ключи хранятся в памяти до выхода из Spanscope, и в следующий раз их нужно ввести снова. В файл они никогда не записываются.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/sessionlistmodel.cpp" line="58"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+ещё %n)</numerusform>
            <numerusform>%1 (+ещё %n)</numerusform>
            <numerusform>%1 (+ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/sessionlistmodel.cpp" line="83"/>
        <source>%n error(s) in this session</source>
        <translation>
            <numerusform>%n ошибка в этой сессии</numerusform>
            <numerusform>%n ошибки в этой сессии</numerusform>
            <numerusform>%n ошибок в этой сессии</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="95"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="97"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="99"/>
        <source>Traces</source>
        <translation>Трассировки</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="101"/>
        <source>First</source>
        <translation>Первая</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="103"/>
        <source>Last</source>
        <translation>Последняя</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="105"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="107"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/models/sessionlistmodel.cpp" line="109"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SessionsPage</name>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="102"/>
        <source>[… cut here; the trace shows all of it]</source>
        <translation>[… обрезано; в трассировке показано полностью]</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="132"/>
        <source>Filter by session id or user</source>
        <translation>Фильтр по id сессии или пользователю</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="196"/>
        <source>Select a session to read it as a conversation.</source>
        <translation>Выберите сессию, чтобы прочитать её как разговор.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="246"/>
        <location filename="../ui/pages/sessionspage.cpp" line="316"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="270"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="271"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="301"/>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="302"/>
        <source>%n trace(s)</source>
        <translation>
            <numerusform>%n трассировка</numerusform>
            <numerusform>%n трассировки</numerusform>
            <numerusform>%n трассировок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="303"/>
        <location filename="../ui/pages/sessionspage.cpp" line="351"/>
        <source>%1 tokens</source>
        <translation>токенов: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sessionspage.cpp" line="305"/>
        <location filename="../ui/pages/sessionspage.cpp" line="354"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="356"/>
        <source>Turn %1</source>
        <translation>Ход %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="363"/>
        <source>No input or output recorded.</source>
        <translation>Вход и выход не записаны.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.cpp" line="366"/>
        <source>Only the first %1 traces are shown.</source>
        <translation>Показаны только первые %1 трассировок.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="39"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="53"/>
        <source>The language changes the next time Spanscope starts.</source>
        <translation>Язык сменится при следующем запуске Spanscope.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="63"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SkippedRecordsModel</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="50"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="51"/>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="65"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="66"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="68"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SpanTreeModel</name>
    <message>
        <source>Observation %1</source>
        <translation type="vanished">Наблюдение %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="235"/>
        <source>orphan</source>
        <translation>сирота</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="237"/>
        <source>cycle</source>
        <translation>цикл</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="239"/>
        <source>clock skew</source>
        <translation>расхождение часов</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="241"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="352"/>
        <source>unpriced</source>
        <translation>без цены</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="363"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="364"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="366"/>
        <source>Start: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="370"/>
        <source>Parent not found in the trace: shown as a root</source>
        <translation>Родитель не найден в трассировке: показано как корень</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="372"/>
        <source>Parent chain formed a cycle: shown as a root</source>
        <translation>Цепочка родителей образует цикл: показано как корень</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="374"/>
        <source>Starts before its parent (clock skew)</source>
        <translation>Начинается раньше родителя (расхождение часов)</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="376"/>
        <source>Appeared more than once in the input and was merged</source>
        <translation>Встречалось во входных данных несколько раз и было объединено</translation>
    </message>
    <message>
        <source>Input %1, output %2</source>
        <translation type="vanished">Вход %1, выход %2</translation>
    </message>
    <message>
        <source>Cost provided by the source</source>
        <translation type="vanished">Стоимость указана источником</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog</source>
        <translation type="vanished">Стоимость рассчитана по каталогу цен</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="381"/>
        <source>No price known for this model</source>
        <translation>Цена для этой модели неизвестна</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="383"/>
        <source>Provided by the source where present, else computed from the price catalog</source>
        <translation>Указана источником, если есть, иначе рассчитана по каталогу цен</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="439"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Тип</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="441"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="443"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="445"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/models/spantreemodel.cpp" line="447"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SyncDialog</name>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="44"/>
        <source>Sync from Langfuse</source>
        <translation>Синхронизация с Langfuse</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="47"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="49"/>
        <source>Edit Profiles…</source>
        <translation>Изменить профили…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="63"/>
        <source>Test Connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="71"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="72"/>
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="73"/>
        <source>Public key:</source>
        <translation>Открытый ключ:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="74"/>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="79"/>
        <source>What to fetch</source>
        <translation>Что загружать</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="81"/>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="97"/>
        <source>comma-separated; all must match</source>
        <translation>через запятую; должны совпасть все</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="99"/>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="101"/>
        <source>Environment:</source>
        <translation>Окружение:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="103"/>
        <source>Trace name:</source>
        <translation>Имя трассировки:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="105"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="107"/>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="109"/>
        <source>Fetch the whole window again (ignore what earlier syncs fetched)</source>
        <translation>Загрузить всё окно заново (не учитывать прошлые синхронизации)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="111"/>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="116"/>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="121"/>
        <source>Not started.</source>
        <translation>Не начато.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="137"/>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="138"/>
        <location filename="../ui/sync/syncdialog.cpp" line="166"/>
        <location filename="../ui/sync/syncdialog.cpp" line="336"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="139"/>
        <source>Cancel Sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="166"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="167"/>
        <source>Paused: the sync waits before its next request.</source>
        <translation>Пауза: синхронизация ждёт перед следующим запросом.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="172"/>
        <source>Cancelling… windows saved so far stay; the next sync resumes.</source>
        <translation>Отмена… уже сохранённые окна остаются; следующая синхронизация продолжит.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="210"/>
        <source>Environment variables (LANGFUSE_HOST)</source>
        <translation>Переменные окружения (LANGFUSE_HOST)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="211"/>
        <source>Other server…</source>
        <translation>Другой сервер…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="269"/>
        <source>Enter the server address.</source>
        <translation>Введите адрес сервера.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="271"/>
        <source>Enter the public and the secret key of the project.</source>
        <translation>Введите открытый и секретный ключи проекта.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="284"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="304"/>
        <source>Open a workspace first.</source>
        <translation>Сначала откройте рабочее пространство.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="307"/>
        <source>The window must start before it ends.</source>
        <translation>Начало окна должно быть раньше конца.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="346"/>
        <source>Fetching %1 of %2 – %3</source>
        <translation>Загрузка: %1 за %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="346"/>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="349"/>
        <source>Fetching prompts</source>
        <translation>Загрузка промптов</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="351"/>
        <source>Fetching the project&apos;s models</source>
        <translation>Загрузка моделей проекта</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="353"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="355"/>
        <source>%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 requests</source>
        <translation>трассировок: %1 · наблюдений: %2 · оценок: %3 · сессий: %4 · версий промптов: %5 · запросов: %6</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="359"/>
        <source>Waiting %1 s: %2</source>
        <translation>Ожидание %1 с: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncdialog.cpp" line="361"/>
        <source>%n retries so far</source>
        <translation>
            <numerusform>пока %n повтор</numerusform>
            <numerusform>пока %n повтора</numerusform>
            <numerusform>пока %n повторов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="369"/>
        <source>Sync complete.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncdialog.cpp" line="371"/>
        <source>Sync complete, %n page(s) skipped (see the log; the next sync fetches them again).</source>
        <translation>
            <numerusform>Синхронизация завершена, пропущена %n страница (см. журнал; следующая синхронизация загрузит её снова).</numerusform>
            <numerusform>Синхронизация завершена, пропущено %n страницы (см. журнал; следующая синхронизация загрузит их снова).</numerusform>
            <numerusform>Синхронизация завершена, пропущено %n страниц (см. журнал; следующая синхронизация загрузит их снова).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="374"/>
        <source>Sync cancelled; the next sync resumes where it stopped.</source>
        <translation>Синхронизация отменена; следующая продолжит с места остановки.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="375"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="380"/>
        <source>%1 traces · %2 observations · %3 scores · %4 sessions · %5 prompt versions · %6 models</source>
        <translation>трассировок: %1 · наблюдений: %2 · оценок: %3 · сессий: %4 · версий промптов: %5 · моделей: %6</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncdialog.cpp" line="383"/>
        <source>%1 windows, %2 requests, %3 retries</source>
        <translation>окон: %1, запросов: %2, повторов: %3</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Theme</name>
    <message>
        <location filename="../ui/settings/theme.cpp" line="113"/>
        <source>Follow System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../ui/settings/theme.cpp" line="114"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../ui/settings/theme.cpp" line="115"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TimelineMinimap</name>
    <message>
        <location filename="../ui/widgets/timelineminimap.cpp" line="18"/>
        <source>Whole trace. Click or drag to move the timeline&apos;s window; Shift+drag to zoom to a range.</source>
        <translation>Вся трассировка. Щёлкните или перетащите, чтобы сдвинуть окно временной шкалы; Shift+перетаскивание увеличивает диапазон.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TimelineView</name>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="301"/>
        <source>No timestamps in this trace</source>
        <translation>В этой трассировке нет меток времени</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="407"/>
        <source>Starts at +%1</source>
        <translation>Начало +%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/timeline.cpp" line="409"/>
        <source>Duration %1</source>
        <translation>Длительность %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPage</name>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="111"/>
        <source>Find span by name, model, type or id (Ctrl+F)</source>
        <translation>Найти спан по имени, модели, типу или id (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="121"/>
        <source>depth </source>
        <translation>глубина </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="122"/>
        <source>Number of levels to show</source>
        <translation>Сколько уровней показать</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="123"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="116"/>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="123"/>
        <source>Show only the selected span and its descendants</source>
        <translation>Показать только выбранный спан и его потомков</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="133"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="134"/>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="137"/>
        <source>◀ Error</source>
        <translation>◀ Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="137"/>
        <source>Previous error (Shift+F8)</source>
        <translation>Предыдущая ошибка (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="138"/>
        <source>Error ▶</source>
        <translation>Ошибка ▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="138"/>
        <source>Next error (F8)</source>
        <translation>Следующая ошибка (F8)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="141"/>
        <source>Expand all</source>
        <translation>Развернуть всё</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="141"/>
        <source>Expand every span</source>
        <translation>Развернуть все спаны</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="142"/>
        <source>Collapse all</source>
        <translation>Свернуть всё</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="142"/>
        <source>Collapse to the roots</source>
        <translation>Свернуть до корней</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="144"/>
        <source>Expand to depth</source>
        <translation>Развернуть до глубины</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="144"/>
        <source>Show this many levels</source>
        <translation>Показать столько уровней</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="146"/>
        <source>Copy id</source>
        <translation>Копировать id</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="146"/>
        <source>Copy the selected observation&apos;s id (Ctrl+C)</source>
        <translation>Скопировать id выбранного наблюдения (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="280"/>
        <source>No trace selected</source>
        <translation>Трассировка не выбрана</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="295"/>
        <source>Loading trace %1…</source>
        <translation>Загрузка трассировки %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/tracedetailpage.cpp" line="339"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpage.cpp" line="359"/>
        <source>This trace has no observations.</source>
        <translation>В этой трассировке нет наблюдений.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="91"/>
        <source>Focus: %1</source>
        <translation>Фокус: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="146"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="181"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="187"/>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="151"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="152"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="194"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="203"/>
        <source>no errors</source>
        <translation>ошибок нет</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="197"/>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="206"/>
        <source>error %1 of %2</source>
        <translation>ошибка %1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="223"/>
        <source>Marked %1 for diff: select another span (in any trace) and press Ctrl+Shift+M.</source>
        <translation>%1 отмечен для сравнения: выберите другой спан (в любой трассировке) и нажмите Ctrl+Shift+M.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="231"/>
        <source>Mark a span first (Ctrl+M), then select the span to compare it with.</source>
        <translation>Сначала отметьте спан (Ctrl+M), затем выберите спан для сравнения с ним.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="246"/>
        <source>Mark for Diff</source>
        <translation>Отметить для сравнения</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="247"/>
        <source>Diff with Marked Span</source>
        <translation>Сравнить с отмеченным спаном</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="251"/>
        <source>Focus Subtree</source>
        <translation>Фокус на поддереве</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracedetailpagenav.cpp" line="252"/>
        <source>Copy Id</source>
        <translation>Копировать id</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPanel</name>
    <message>
        <source>No trace selected</source>
        <translation type="vanished">Трассировка не выбрана</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation type="vanished">Трассировка %1</translation>
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
        <translation>Этой трассировки нет в рабочем пространстве.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="103"/>
        <source>Trace %1</source>
        <translation>Трассировка %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="107"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="108"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="111"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="112"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="113"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="118"/>
        <source>(provided %1, computed %2)</source>
        <translation>(указано %1, рассчитано %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="120"/>
        <source>+ %n unpriced</source>
        <translation>
            <numerusform>+ %n без цены</numerusform>
            <numerusform>+ %n без цены</numerusform>
            <numerusform>+ %n без цены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="121"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="123"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="126"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="129"/>
        <source>Environment</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="131"/>
        <source>Release</source>
        <translation>Релиз</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="151"/>
        <source>true</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="151"/>
        <source>false</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/traceheader.cpp" line="157"/>
        <source>%n observation score(s)</source>
        <translation>
            <numerusform>%n оценка наблюдения</numerusform>
            <numerusform>%n оценки наблюдений</numerusform>
            <numerusform>%n оценок наблюдений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/traceheader.cpp" line="160"/>
        <source>repaired: %1</source>
        <translation>исправлено: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceListModel</name>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="350"/>
        <source>Trace %1</source>
        <translation>Трассировка %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="vanished">Теги: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="79"/>
        <source>%1 (%n score(s))</source>
        <translation>
            <numerusform>%1 (%n оценка)</numerusform>
            <numerusform>%1 (%n оценки)</numerusform>
            <numerusform>%1 (%n оценок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="329"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="356"/>
        <source>Cost unknown: no provided cost and no matching price</source>
        <translation>Стоимость неизвестна: нет указанной стоимости и подходящей цены</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/tracelistmodel.cpp" line="358"/>
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n наблюдение с уровнем ERROR</numerusform>
            <numerusform>%n наблюдения с уровнем ERROR</numerusform>
            <numerusform>%n наблюдений с уровнем ERROR</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="400"/>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="404"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="405"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="406"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="407"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="408"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="409"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="410"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="411"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="412"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="413"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/models/tracelistmodel.cpp" line="414"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="vanished">Ошибки</translation>
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
        <translation>Открыть трассировку</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="63"/>
        <source>Compare Selected Traces</source>
        <translation>Сравнить выбранные трассировки</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="67"/>
        <source>Select two traces (Ctrl+click) to compare them span by span</source>
        <translation>Выберите две трассировки (Ctrl+щелчок), чтобы сравнить их по спанам</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="215"/>
        <source>No workspace is open.
Use File ▸ Open Workspace or File ▸ New Workspace.</source>
        <translation>Рабочее пространство не открыто.
Используйте Файл ▸ Открыть рабочее пространство или Файл ▸ Новое рабочее пространство.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="217"/>
        <source>No traces match these filters.
Remove a filter or press Esc in the search field.</source>
        <translation>Ни одна трассировка не подходит под эти фильтры.
Уберите фильтр или нажмите Esc в поле поиска.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="219"/>
        <source>This workspace holds no traces yet.
Use File ▸ Import Files or drop trace files here.</source>
        <translation>В этом рабочем пространстве пока нет трассировок.
Используйте Файл ▸ Импорт файлов или перетащите сюда файлы трассировок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tracespage.cpp" line="277"/>
        <source>Select exactly two traces to compare (Ctrl+click the second one).</source>
        <translation>Выберите ровно две трассировки для сравнения (Ctrl+щелчок по второй).</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="31"/>
        <source>Cannot create the folder for %1</source>
        <translation>Не удалось создать папку для %1</translation>
    </message>
</context>
</TS>
