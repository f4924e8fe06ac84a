#pragma once
// The intermediate document every non-TEI importer produces and the TEI
// writer serialises: a tree of blocks (headings, paragraphs, lists, tables,
// quotations) holding inline content (text, emphasis, citation marks, line
// breaks). It is deliberately small: only what TEI output needs, UTF-8 and
// NFC throughout. Importers of existing TEI bypass it (their XML is kept).
#include <string>
#include <vector>

namespace crux {

enum class InlineKind {
  Text,         // text: characters (NFC, no control characters)
  Emphasis,     // children; attr = "italic" | "bold" | "underline" | ... (TEI @rend)
  Citation,     // text: a citation mark as written, e.g. "[47]" → <ref type="citation">
  Link,         // children; attr = target URL → <ref target>
  LineBreak,    // → <lb/>
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string attr;
  std::vector<Inline> children;

  static Inline text_run(std::string t) { return {InlineKind::Text, std::move(t), {}, {}}; }
};

enum class BlockKind {
  Heading,    // level 1..6; content        → <div><head>
  Paragraph,  // content                     → <p>
  List,       // children are ListItem; attr "ordered"|"bulleted" → <list rend>
  ListItem,   // content (and nested List children) → <item>
  Table,      // children are Row            → <table>
  Row,        // children are Cell           → <row>
  Cell,       // content; attr "label" for header cells → <cell role>
  Quote,      // children are blocks         → <quote>
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;  // headings: 1 = top
  std::string attr;
  std::vector<Inline> content;
  std::vector<Block> children;
};

// Why a block was moved out of the body, for the report and for the
// <div type="boilerplate"> it lands in (its @subtype).
struct BoilerplateBlock {
  std::string reason;  // "navigation", "advert", "share-buttons", "contact", "archive", ...
  Block block;
};

struct Document {
  std::vector<Block> body;
  std::vector<BoilerplateBlock> boilerplate;  // → <back><div type="boilerplate">
  std::string title_hint;                     // e.g. HTML <title>, first heading
  std::string author_hint;                    // e.g. <meta name="author">
};

// Plain text of inline content (text and citations; line breaks as '\n').
std::string inline_text(const std::vector<Inline>& content);
// Plain text of a block and its children.
std::string block_text(const Block& block);

}  // namespace crux
