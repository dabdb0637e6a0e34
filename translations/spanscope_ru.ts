<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Explore LLM and agent traces offline: import trace files into a workspace and browse them.</source>
        <translation>Изучайте трассировки LLM и агентов офлайн: импортируйте файлы трассировок в рабочее пространство и просматривайте их.</translation>
    </message>
    <message>
        <source>Open (or create) the workspace file &lt;path&gt;.</source>
        <translation>Открыть (или создать) файл рабочего пространства &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Trace files to import into the workspace.</source>
        <translation>Файлы трассировок для импорта в рабочее пространство.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportController</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <source>Cannot generate the demo data: %1</source>
        <translation>Не удалось создать демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::ImportFeedback</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Подготовка демонстрационного рабочего пространства…</translation>
    </message>
    <message>
        <source>Starting import…</source>
        <translation>Запуск импорта…</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Обновление поискового индекса…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)</source>
        <translation>Чтение %1 (файл %2 из %3)</translation>
    </message>
    <message>
        <source>%1 records read, %2 skipped</source>
        <translation>Прочитано записей: %1, пропущено: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import finished with skipped records</source>
        <translation>Импорт завершён, некоторые записи пропущены</translation>
    </message>
    <message>
        <source>File could not be read</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Импорт отменён. Рабочее пространство не изменилось.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, байт %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4.</source>
        <translation>Импортировано: %1, %2 и %3 из %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln трассировка</numerusform>
            <numerusform>%Ln трассировки</numerusform>
            <numerusform>%Ln трассировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln наблюдение</numerusform>
            <numerusform>%Ln наблюдения</numerusform>
            <numerusform>%Ln наблюдений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s)</source>
        <translation>
            <numerusform>%Ln оценка</numerusform>
            <numerusform>%Ln оценки</numerusform>
            <numerusform>%Ln оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped; details below and in the import log.</source>
        <translation>
            <numerusform>Пропущена %Ln запись; подробности ниже и в журнале импорта.</numerusform>
            <numerusform>Пропущено %Ln записи; подробности ниже и в журнале импорта.</numerusform>
            <numerusform>Пропущено %Ln записей; подробности ниже и в журнале импорта.</numerusform>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation>Открыть файл рабочего пространства или создать новый</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import trace files into the open workspace</source>
        <translation>Импортировать файлы трассировок в открытое рабочее пространство</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Недавние рабочие пространства</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Spanscope</source>
        <translation>&amp;О программе Spanscope</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не удалось открыть рабочее пространство</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation>Не удалось открыть рабочее пространство %1.

%2</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Нет рабочего пространства</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing files.</source>
        <translation>Откройте или создайте рабочее пространство перед импортом файлов.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Spanscope workspaces (*.spanscope)</source>
        <translation>Рабочие пространства Spanscope (*.spanscope)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Trace Files</source>
        <translation>Импорт файлов трассировок</translation>
    </message>
    <message>
        <source>Trace files (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;All files (*)</source>
        <translation>Файлы трассировок (*.json *.jsonl *.ndjson *.gz *.csv *.pb *.bin);;Все файлы (*)</translation>
    </message>
    <message>
        <source>About Spanscope</source>
        <translation>О программе Spanscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for LLM and agent traces: import exported trace files into a local workspace and explore them offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spanscope %1&lt;/h3&gt;&lt;p&gt;Настольное приложение для просмотра трассировок LLM и агентов: импортируйте экспортированные файлы трассировок в локальное рабочее пространство и изучайте их офлайн.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Нет недавних рабочих пространств</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>%1 — Spanscope</source>
        <translation>%1 — Spanscope</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Идёт импорт</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Импорт ещё выполняется. Отменить его и выйти? Рабочее пространство останется таким, каким было до импорта.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln трассировка</numerusform>
            <numerusform>%Ln трассировки</numerusform>
            <numerusform>%Ln трассировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln наблюдение</numerusform>
            <numerusform>%Ln наблюдения</numerusform>
            <numerusform>%Ln наблюдений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spanscope::ui::PayloadView</name>
    <message>
        <source>Select an observation to see its input and output.</source>
        <translation>Выберите наблюдение, чтобы увидеть его входные и выходные данные.</translation>
    </message>
    <message>
        <source>This observation is no longer in the workspace.</source>
        <translation>Этого наблюдения больше нет в рабочем пространстве.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… ещё %1 символов не показано]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Параметры модели</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>This observation has no input, output or metadata.</source>
        <translation>У этого наблюдения нет входных, выходных данных или метаданных.</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::SpanTreeModel</name>
    <message>
        <source>Observation %1</source>
        <translation>Наблюдение %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>Parent not found in the trace: shown as a root</source>
        <translation>Родитель не найден в трассировке: показано как корень</translation>
    </message>
    <message>
        <source>Parent chain formed a cycle: shown as a root</source>
        <translation>Цепочка родителей образует цикл: показано как корень</translation>
    </message>
    <message>
        <source>Starts before its parent (clock skew)</source>
        <translation>Начинается раньше родителя (расхождение часов)</translation>
    </message>
    <message>
        <source>Appeared more than once in the input and was merged</source>
        <translation>Встречалось во входных данных несколько раз и было объединено</translation>
    </message>
    <message>
        <source>Input %1, output %2</source>
        <translation>Вход %1, выход %2</translation>
    </message>
    <message>
        <source>Cost provided by the source</source>
        <translation>Стоимость указана источником</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog</source>
        <translation>Стоимость рассчитана по каталогу цен</translation>
    </message>
    <message>
        <source>No price known for this model</source>
        <translation>Цена для этой модели неизвестна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>spanscope::ui::TraceDetailPanel</name>
    <message>
        <source>No trace selected</source>
        <translation>Трассировка не выбрана</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Трассировка %1</translation>
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
        <translation>Трассировка %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Cost unknown: no provided cost and no matching price</source>
        <translation>Стоимость неизвестна: нет указанной стоимости и подходящей цены</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) with level ERROR</source>
        <translation>
            <numerusform>%n наблюдение с уровнем ERROR</numerusform>
            <numerusform>%n наблюдения с уровнем ERROR</numerusform>
            <numerusform>%n наблюдений с уровнем ERROR</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
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
        <translation>Не удалось создать папку для %1</translation>
    </message>
</context>
</TS>
