#include "widgets/diffview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include "diff/chatdiff.h"

namespace spanscope::ui {

namespace {

// Inputs up to this size are diffed at once; larger ones on a worker thread.
constexpr qsizetype kSyncChars = 64 * 1024;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

struct Palette {
    QColor deleted, deletedWord, inserted, insertedWord, header, moved, gutter, filler, variable;
    explicit Palette(const QPalette &p)
    {
        const QColor base = p.color(QPalette::Base);
        const QColor text = p.color(QPalette::Text);
        const bool dark = base.lightnessF() < 0.5;
        const QColor red(0xe5, 0x39, 0x35), green(0x2e, 0x9d, 0x4a), blue(0x1e, 0x88, 0xe5);
        deleted = mix(base, red, dark ? 0.22 : 0.13);
        deletedWord = mix(base, red, dark ? 0.5 : 0.35);
        inserted = mix(base, green, dark ? 0.22 : 0.13);
        insertedWord = mix(base, green, dark ? 0.5 : 0.35);
        moved = mix(base, blue, dark ? 0.22 : 0.12);
        header = mix(base, text, 0.08);
        filler = mix(base, text, 0.035);
        gutter = mix(text, base, 0.55);
        variable = mix(text, QColor(0x8e, 0x24, 0xaa), 0.7);
    }
};

QString gutterText(int line)
{
    return line > 0 ? QString::number(line).rightJustified(5) + QStringLiteral("  ") : QString(7, QLatin1Char(' '));
}

// Appends one line: gutter, text with word highlights and {{variables}}, block background.
void appendLine(QTextCursor &c, bool first, const QString &gutter, const QString &text,
                const std::vector<diff::Range> &highlights, const QColor &background, const QColor &word,
                bool header, const Palette &pal, const QColor &textColor)
{
    if (!first)
        c.insertBlock();
    QTextBlockFormat bf;
    if (background.isValid())
        bf.setBackground(background);
    c.setBlockFormat(bf);
    QTextCharFormat g;
    g.setForeground(pal.gutter);
    c.insertText(gutter, g);
    QTextCharFormat plain;
    plain.setForeground(textColor);
    if (header)
        plain.setFontWeight(QFont::Bold);
    // Per character: highlighted (changed word) or template variable or plain.
    std::vector<uint8_t> kind(size_t(text.size()), 0);
    for (const diff::Range &v : diff::templateVariables(text))
        for (int i = v.start; i < v.start + v.length && i < text.size(); ++i)
            kind[size_t(i)] = 2;
    for (const diff::Range &r : highlights)
        for (int i = r.start; i < r.start + r.length && i < text.size(); ++i)
            kind[size_t(i)] = 1;
    int i = 0;
    while (i < text.size()) {
        int j = i;
        while (j < text.size() && kind[size_t(j)] == kind[size_t(i)])
            ++j;
        QTextCharFormat f = plain;
        if (kind[size_t(i)] == 1)
            f.setBackground(word);
        else if (kind[size_t(i)] == 2)
            f.setForeground(pal.variable);
        c.insertText(text.mid(i, j - i), f);
        i = j;
    }
}

QPlainTextEdit *makeEdit(QWidget *parent, const QString &name)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    e->setFont(mono);
    return e;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("diffMode"));
    m_modeBox->addItem(tr("Side by side"));
    m_modeBox->addItem(tr("Unified"));
    m_whitespace = new QCheckBox(tr("Ignore whitespace"), this);
    m_whitespace->setObjectName(QStringLiteral("ignoreWhitespace"));
    m_prev = new QToolButton(this);
    m_prev->setObjectName(QStringLiteral("previousChange"));
    m_prev->setText(tr("◀ Previous"));
    m_prev->setToolTip(tr("Previous change (Shift+F7)"));
    m_prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextChange"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("Next change (F7)"));
    m_next->setShortcut(QKeySequence(Qt::Key_F7));
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyUnified"));
    m_copy->setText(tr("Copy unified diff"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_modeBox);
    bar->addWidget(m_whitespace);
    bar->addSpacing(12);
    bar->addWidget(m_prev);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_copy);

    m_left = makeEdit(this, QStringLiteral("diffLeft"));
    m_right = makeEdit(this, QStringLiteral("diffRight"));
    m_unified = makeEdit(this, QStringLiteral("diffUnified"));
    m_titleLeft = new QLabel(this);
    m_titleRight = new QLabel(this);
    for (QLabel *l : {m_titleLeft, m_titleRight}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    for (auto [title, edit] : {std::pair{m_titleLeft, m_left}, std::pair{m_titleRight, m_right}}) {
        auto *pane = new QWidget(sideBySide);
        auto *v = new QVBoxLayout(pane);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(title);
        v->addWidget(edit, 1);
        sideBySide->addWidget(pane);
    }
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    // Synchronised scrolling: both sides have one line per row, so equal positions align.
    auto sync = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int v) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(v);
            m_syncing = false;
        });
    };
    sync(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    sync(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    sync(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    sync(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMode(i == 0 ? Mode::SideBySide : Mode::Unified); });
    connect(m_whitespace, &QCheckBox::toggled, this, &DiffView::setIgnoreWhitespace);
    connect(m_prev, &QToolButton::clicked, this, &DiffView::previousChange);
    connect(m_next, &QToolButton::clicked, this, &DiffView::nextChange);
    connect(m_copy, &QToolButton::clicked, this, &DiffView::copyUnified);
    clear(tr("Choose two versions to compare."));
}

DiffView::~DiffView() = default;

void DiffView::setTexts(const QString &a, const QString &b, const QString &titleA, const QString &titleB)
{
    Source s;
    s.a.bodyJson = a;
    s.b.bodyJson = b;
    m_source = s;
    m_titleA = titleA;
    m_titleB = titleB;
    recompute();
}

void DiffView::setPrompts(const diff::PromptContent &a, const diff::PromptContent &b, const QString &titleA,
                          const QString &titleB)
{
    Source s;
    s.prompts = true;
    s.a = a;
    s.b = b;
    m_source = s;
    m_titleA = titleA;
    m_titleB = titleB;
    recompute();
}

void DiffView::clear(const QString &message)
{
    ++m_generation;
    m_pending = false;
    m_source.reset();
    m_doc = diff::DiffDocument();
    m_stops.clear();
    m_current = -1;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_summary->clear();
    updateControls();
}

void DiffView::setMode(Mode mode)
{
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
    if (m_source && !m_pending)
        render();
}

void DiffView::setIgnoreWhitespace(bool ignore)
{
    if (m_ignoreWhitespace == ignore)
        return;
    m_ignoreWhitespace = ignore;
    const QSignalBlocker block(m_whitespace);
    m_whitespace->setChecked(ignore);
    if (m_source)
        recompute();
}

void DiffView::recompute()
{
    if (!m_source)
        return;
    const quint64 generation = ++m_generation;
    diff::TextDiffOptions options;
    options.ignoreWhitespace = m_ignoreWhitespace;
    const Source src = *m_source;
    auto compute = [src, options]() {
        return src.prompts ? diff::diffPrompts(src.a, src.b, options)
                           : diff::diffPayloads(src.a.bodyJson, src.b.bodyJson, options);
    };
    const qsizetype size = src.a.bodyJson.size() + src.b.bodyJson.size() + src.a.configJson.size()
        + src.b.configJson.size();
    if (size <= kSyncChars) {
        present(compute(), generation);
        return;
    }
    m_pending = true;
    m_message->setText(tr("Comparing…"));
    m_stack->setCurrentWidget(m_message);
    updateControls();
    QPointer<DiffView> self(this);
    QThreadPool::globalInstance()->start([self, compute, generation]() {
        auto doc = std::make_shared<diff::DiffDocument>(compute());
        QMetaObject::invokeMethod(
            qApp,
            [self, doc, generation]() {
                if (self)
                    self->present(std::move(*doc), generation);
            },
            Qt::QueuedConnection);
    });
}

void DiffView::present(diff::DiffDocument doc, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer diff was asked for meanwhile
    m_pending = false;
    m_doc = std::move(doc);
    m_stops = m_doc.changeStops();
    m_current = -1;
    render();
    emit diffShown();
}

void DiffView::render()
{
    const diff::DiffStats &s = m_doc.stats;
    if (s.identical())
        m_summary->setText(tr("No differences") + (m_ignoreWhitespace ? tr(" (whitespace ignored)") : QString()));
    else
        m_summary->setText(tr("%n change(s)", nullptr, int(m_stops.size())) + QStringLiteral(" · ")
                           + tr("%1 changed, %2 removed, %3 added lines").arg(s.changes).arg(s.deletions).arg(s.insertions));
    m_titleLeft->setText(m_titleA);
    m_titleRight->setText(m_titleB);
    if (m_mode == Mode::SideBySide) {
        renderSideBySide();
        m_stack->setCurrentIndex(0);
    } else {
        renderUnified();
        m_stack->setCurrentIndex(1);
    }
    updateControls();
}

void DiffView::renderSideBySide()
{
    const Palette pal(palette());
    const QColor text = palette().color(QPalette::Text);
    for (QPlainTextEdit *edit : {m_left, m_right}) {
        const bool left = edit == m_left;
        edit->clear();
        QTextCursor c(edit->document());
        c.beginEditBlock();
        bool first = true;
        for (const diff::DiffRow &r : m_doc.rows) {
            const bool present = left ? r.hasLeft() : r.hasRight();
            QColor bg, word;
            if (!present) {
                bg = pal.filler;
            } else if (r.moved) {
                bg = pal.moved;
                word = pal.moved;
            } else if (r.op == diff::Op::Equal) {
                bg = r.header ? pal.header : QColor();
            } else {
                bg = left ? pal.deleted : pal.inserted;
                word = left ? pal.deletedWord : pal.insertedWord;
            }
            if (r.header && present && r.op == diff::Op::Equal)
                bg = pal.header;
            appendLine(c, first, gutterText(present ? (left ? r.leftLine : r.rightLine) : 0),
                       present ? (left ? r.left : r.right) : QString(),
                       present ? (left ? r.leftHighlights : r.rightHighlights) : std::vector<diff::Range>{}, bg, word,
                       r.header, pal, text);
            first = false;
        }
        c.endEditBlock();
        edit->moveCursor(QTextCursor::Start);
    }
}

void DiffView::renderUnified()
{
    const Palette pal(palette());
    const QColor text = palette().color(QPalette::Text);
    m_unified->clear();
    m_unifiedLineOfRow.assign(m_doc.rows.size(), 0);
    QTextCursor c(m_unified->document());
    c.beginEditBlock();
    int line = 0;
    // Inside a run of changed rows: every removed line first, then every added line.
    for (size_t i = 0; i < m_doc.rows.size();) {
        const diff::DiffRow &r = m_doc.rows[i];
        if (!r.isChange()) {
            m_unifiedLineOfRow[i] = line;
            appendLine(c, line == 0, QStringLiteral("  ") + gutterText(r.leftLine), r.left, {},
                       r.header ? pal.header : QColor(), QColor(), r.header, pal, text);
            ++line;
            ++i;
            continue;
        }
        size_t j = i;
        while (j < m_doc.rows.size() && m_doc.rows[j].isChange())
            ++j;
        for (size_t k = i; k < j; ++k) {
            const diff::DiffRow &x = m_doc.rows[k];
            m_unifiedLineOfRow[k] = line;
            if (!x.hasLeft())
                continue;
            appendLine(c, line == 0, QStringLiteral("- ") + gutterText(x.leftLine), x.left, x.leftHighlights,
                       x.moved ? pal.moved : pal.deleted, pal.deletedWord, x.header, pal, text);
            ++line;
        }
        for (size_t k = i; k < j; ++k) {
            const diff::DiffRow &x = m_doc.rows[k];
            if (!x.hasRight())
                continue;
            appendLine(c, line == 0, QStringLiteral("+ ") + gutterText(x.rightLine), x.right, x.rightHighlights,
                       x.moved ? pal.moved : pal.inserted, pal.insertedWord, x.header, pal, text);
            ++line;
        }
        i = j;
    }
    c.endEditBlock();
    m_unified->moveCursor(QTextCursor::Start);
}

bool DiffView::nextChange()
{
    if (m_stops.empty() || m_current + 1 >= int(m_stops.size()))
        return false;
    goToChange(m_current + 1);
    return true;
}

bool DiffView::previousChange()
{
    if (m_stops.empty() || m_current <= 0)
        return false;
    goToChange(m_current - 1);
    return true;
}

void DiffView::goToChange(int index)
{
    m_current = index;
    const int row = m_stops[size_t(index)];
    auto place = [](QPlainTextEdit *edit, int block) {
        const QTextBlock b = edit->document()->findBlockByNumber(block);
        if (!b.isValid())
            return;
        QTextCursor c(b);
        edit->setTextCursor(c);
        edit->centerCursor();
    };
    if (m_mode == Mode::SideBySide) {
        place(m_left, row);
        place(m_right, row);
    } else if (size_t(row) < m_unifiedLineOfRow.size()) {
        place(m_unified, m_unifiedLineOfRow[size_t(row)]);
    }
    updateControls();
}

void DiffView::updateControls()
{
    const bool shown = m_source && !m_pending;
    m_prev->setEnabled(shown && m_current > 0);
    m_next->setEnabled(shown && m_current + 1 < int(m_stops.size()));
    m_copy->setEnabled(shown && !m_doc.stats.identical());
    m_modeBox->setEnabled(shown);
    m_whitespace->setEnabled(bool(m_source));
}

QString DiffView::unifiedText() const
{
    return diff::unifiedDiff(m_doc, m_titleA.isEmpty() ? QStringLiteral("a") : m_titleA,
                             m_titleB.isEmpty() ? QStringLiteral("b") : m_titleB);
}

void DiffView::copyUnified() const
{
    QApplication::clipboard()->setText(unifiedText());
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_source && !m_pending)
        render();
}

} // namespace spanscope::ui
