#pragma once
// What a structural HTML element collected, turned into Document blocks when
// the element ends. Each takes the blocks found inside the element (loose
// text already made into Paragraphs) and returns what goes to the parent.
#include <optional>
#include <vector>

#include "tei/import/document.h"

namespace crux {

// <h1>..<h6>: the paragraphs inside become one Heading (joined with a
// space); a list or table inside a heading follows it. Nothing for an empty one.
std::vector<Block> finish_heading(std::vector<Block> parts, int level);

// <li>: a first paragraph is the item's own content; the rest (nested lists,
// further paragraphs) are its children. Headings inside become paragraphs.
std::optional<Block> finish_list_item(std::vector<Block> parts);

// <ul>/<ol>: items; loose paragraphs become items, and a list placed directly
// in a list (<ul><li>a</li><ul>...</ul></ul>) joins the item before it.
std::optional<Block> finish_list(std::vector<Block> parts, bool ordered);

// <blockquote>: its blocks (headings become paragraphs); nothing when empty.
std::optional<Block> finish_quote(std::vector<Block> parts);

// <td>/<th>: a Cell holding its blocks as children until the table decides.
Block finish_cell(std::vector<Block> parts, bool label);
// <tr>: a Row of Cells (anything else is put in a cell of its own).
Block finish_row(std::vector<Block> parts);

// <table>. A data table becomes one Table whose cells hold inline content
// (several paragraphs in a cell joined by line breaks). A layout table - one
// cell only, or cells holding headings, lists, tables or quotations, as old
// pages built their columns - is dissolved: its cells' blocks follow one
// another in reading order. Captions and other blocks come first.
// *data_table tells which it was.
std::vector<Block> finish_table(std::vector<Block> parts, bool* data_table);

}  // namespace crux
