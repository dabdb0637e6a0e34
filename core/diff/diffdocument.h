#pragma once
// The common result of every diff (text, chat, JSON): rows a side-by-side or unified view can
// draw, each row one line of the rendered left and/or right document. Plain values; any thread.

#include <vector>

#include <QString>

namespace spanscope::diff {

// Equal: same on both sides. Delete: left only. Insert: right only. Change: a left line paired
// with the right line that replaced it (word highlights show what changed inside).
enum class Op { Equal, Delete, Insert, Change };

// A highlighted range inside a line, in QString (UTF-16) units.
struct Range {
    int start = 0;
    int length = 0;
    bool operator==(const Range &o) const { return start == o.start && length == o.length; }
};

struct DiffRow {
    Op op = Op::Equal;
    // A section header (chat message "system", JSON key path, "config"): drawn as a band, not
    // as a content line. It still counts as a line of the rendered documents.
    bool header = false;
    // The row belongs to a chat message that moved (same content at another position).
    bool moved = false;
    int leftLine = 0;  // 1-based line in the rendered left document; 0 = no left side
    int rightLine = 0; // 1-based; 0 = no right side
    QString left, right;
    std::vector<Range> leftHighlights, rightHighlights;

    bool hasLeft() const { return leftLine > 0; }
    bool hasRight() const { return rightLine > 0; }
    bool isChange() const { return op != Op::Equal; }
};

struct DiffStats {
    int insertions = 0; // right-only lines
    int deletions = 0;  // left-only lines
    int changes = 0;    // paired changed lines
    bool identical() const { return insertions == 0 && deletions == 0 && changes == 0; }
};

enum class DiffKind { Text, Chat, Json };

struct DiffDocument {
    DiffKind kind = DiffKind::Text;
    std::vector<DiffRow> rows;
    DiffStats stats;

    // Index of each first row of a run of changed rows (the "next change" stops).
    std::vector<int> changeStops() const;
    // Appends rows of another document (line numbers shifted past this one's).
    void append(const DiffDocument &other);
    void recount();
};

// `diff -u` style text of the document: ---/+++ names, @@ hunks with `context` lines around
// each change. Empty when the documents are identical.
QString unifiedDiff(const DiffDocument &doc, const QString &nameA, const QString &nameB, int context = 3);

} // namespace spanscope::diff
