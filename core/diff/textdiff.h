#pragma once
// Line-level text diff (Myers O(NP) via libdtl) with word-level highlights inside changed lines.
// Pure functions; any thread.

#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include "diff/diffdocument.h"

namespace spanscope::diff {

struct TextDiffOptions {
    // Lines that differ only in whitespace (amount, leading/trailing) count as equal.
    bool ignoreWhitespace = false;
    // Highlight the changed words inside paired lines.
    bool wordLevel = true;
};

// Splits on \n (a trailing \r is dropped); an empty text has no lines.
QStringList splitLines(const QString &text);

DiffDocument diffText(const QString &a, const QString &b, const TextDiffOptions &options = {});
DiffDocument diffLines(const QStringList &a, const QStringList &b, const TextDiffOptions &options = {});

// Word tokens of a line: runs of letters/digits, single CJK characters, whitespace runs and
// single punctuation marks, as (start, length) in UTF-16 units. Surrogate pairs stay whole.
std::vector<Range> wordTokens(const QString &line);

// Changed ranges inside two versions of one line (adjacent ranges merged). When the lines have
// too little in common to make word highlights readable, each whole line is one range.
std::pair<std::vector<Range>, std::vector<Range>> wordHighlights(const QString &a, const QString &b,
                                                                 bool ignoreWhitespace = false);

// Generic edit script over two integer sequences (interned tokens): for each element of the
// merged sequence, -1 = only in a, 0 = common, +1 = only in b, with the indexes into a and b.
struct EditStep {
    int type = 0;
    int aIndex = -1;
    int bIndex = -1;
};
std::vector<EditStep> editScript(const std::vector<int> &a, const std::vector<int> &b);

} // namespace spanscope::diff
