#include "tei/import/html_blocks.h"

#include <utility>

namespace crux {
namespace {

// TEI has no <head> inside items, cells and quotations: headings there are paragraphs.
void demote_headings(std::vector<Block>& blocks) {
  for (Block& b : blocks)
    if (b.kind == BlockKind::Heading) {
      b.kind = BlockKind::Paragraph;
      b.level = 0;
    }
}

void append_content(std::vector<Inline>& to, std::vector<Inline>&& from, Inline separator) {
  if (from.empty()) return;
  if (!to.empty()) to.push_back(std::move(separator));
  for (Inline& in : from) to.push_back(std::move(in));
}

Block make(BlockKind kind) {
  Block b;
  b.kind = kind;
  return b;
}

}  // namespace

std::vector<Block> finish_heading(std::vector<Block> parts, int level) {
  Block heading = make(BlockKind::Heading);
  heading.level = level;
  std::vector<Block> out(1);
  for (Block& p : parts) {
    if (p.kind == BlockKind::Paragraph || p.kind == BlockKind::Heading)
      append_content(heading.content, std::move(p.content), Inline::text_run(" "));
    else
      out.push_back(std::move(p));
  }
  if (heading.content.empty()) out.erase(out.begin());
  else out.front() = std::move(heading);
  return out;
}

std::optional<Block> finish_list_item(std::vector<Block> parts) {
  demote_headings(parts);
  Block item = make(BlockKind::ListItem);
  size_t first = 0;
  if (!parts.empty() && parts.front().kind == BlockKind::Paragraph) {
    item.content = std::move(parts.front().content);
    first = 1;
  }
  for (size_t i = first; i < parts.size(); ++i) item.children.push_back(std::move(parts[i]));
  if (item.content.empty() && item.children.empty()) return std::nullopt;
  return item;
}

std::optional<Block> finish_list(std::vector<Block> parts, bool ordered) {
  Block list = make(BlockKind::List);
  list.attr = ordered ? "ordered" : "bulleted";
  for (Block& p : parts) {
    if (p.kind == BlockKind::ListItem) {
      list.children.push_back(std::move(p));
    } else if (p.kind == BlockKind::List && !list.children.empty()) {
      list.children.back().children.push_back(std::move(p));
    } else {
      std::vector<Block> one;
      one.push_back(std::move(p));
      if (auto item = finish_list_item(std::move(one))) list.children.push_back(std::move(*item));
    }
  }
  if (list.children.empty()) return std::nullopt;
  return list;
}

std::optional<Block> finish_quote(std::vector<Block> parts) {
  if (parts.empty()) return std::nullopt;
  demote_headings(parts);
  Block quote = make(BlockKind::Quote);
  quote.children = std::move(parts);
  return quote;
}

Block finish_cell(std::vector<Block> parts, bool label) {
  Block cell = make(BlockKind::Cell);
  if (label) cell.attr = "label";
  cell.children = std::move(parts);
  return cell;
}

Block finish_row(std::vector<Block> parts) {
  Block row = make(BlockKind::Row);
  for (Block& p : parts) {
    if (p.kind == BlockKind::Cell) {
      row.children.push_back(std::move(p));
    } else {
      std::vector<Block> one;
      one.push_back(std::move(p));
      row.children.push_back(finish_cell(std::move(one), false));
    }
  }
  return row;
}

std::vector<Block> finish_table(std::vector<Block> parts, bool* data_table) {
  std::vector<Block> out, rows;
  size_t cells = 0;
  bool layout = false;
  for (Block& p : parts) {
    if (p.kind != BlockKind::Row) {
      out.push_back(std::move(p));  // a caption, or text gumbo left in the table
      continue;
    }
    for (const Block& cell : p.children) {
      ++cells;
      for (const Block& b : cell.children) layout = layout || b.kind != BlockKind::Paragraph;
    }
    rows.push_back(std::move(p));
  }
  layout = layout || cells <= 1;
  *data_table = !layout && !rows.empty();
  if (layout) {
    for (Block& row : rows)
      for (Block& cell : row.children)
        for (Block& b : cell.children) out.push_back(std::move(b));
    return out;
  }
  Block table = make(BlockKind::Table);
  bool any_text = false;
  for (Block& row : rows) {
    for (Block& cell : row.children) {
      for (Block& b : cell.children)
        append_content(cell.content, std::move(b.content), Inline{InlineKind::LineBreak, {}, {}, {}});
      cell.children.clear();
      any_text = any_text || !cell.content.empty();
    }
    if (!row.children.empty()) table.children.push_back(std::move(row));
  }
  if (any_text) out.push_back(std::move(table));
  else *data_table = false;
  return out;
}

}  // namespace crux
