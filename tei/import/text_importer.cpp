// The plain-text importer: bytes → clean UTF-8 (tei/text/decode.h) →
// headings, paragraphs, lists, citation marks (structure.h) → web boilerplate
// moved to <back> or dropped (boilerplate.h) → language (language.h). It is
// the fallback importer: anything that decodes as text is text, so its sniff
// score is low and the HTML and TEI importers win when they recognise their
// formats. Every step is counted in the report; nothing is changed silently.
#include <algorithm>
#include <string_view>

#include "tei/base/error.h"
#include "tei/import/importers.h"
#include "tei/text/boilerplate.h"
#include "tei/text/decode.h"
#include "tei/text/language.h"
#include "tei/text/structure.h"

namespace crux {
namespace {

constexpr size_t kLanguageSampleBytes = 64 * 1024;
// Below this cld2 confidence (or when cld2 calls its answer unreliable) the
// report warns and suggests --lang.
constexpr double kLanguageWarnBelow = 50;

void append_plain(std::string& out, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    if (in.kind == InlineKind::Text || in.kind == InlineKind::Citation)
      out += in.text;
    else if (in.kind == InlineKind::LineBreak)
      out += '\n';
    else
      append_plain(out, in.children);
  }
}

void count_blocks(const std::vector<Block>& blocks, ImportReport& r) {
  for (const Block& b : blocks) {
    switch (b.kind) {
      case BlockKind::Heading:
        ++r.headings;
        break;
      case BlockKind::Paragraph:
        ++r.paragraphs;
        break;
      case BlockKind::ListItem:
        ++r.list_items;
        break;
      case BlockKind::Table:
        ++r.tables;
        break;
      default:
        break;
    }
    for (const Inline& in : b.content) r.citations += in.kind == InlineKind::Citation ? 1 : 0;
    count_blocks(b.children, r);
  }
}

// The body's text, block by block, until about `limit` bytes: the language is
// that of the text the reader keeps, not of the site's menus.
std::string body_sample(const std::vector<Block>& blocks, size_t limit) {
  std::string s;
  for (const Block& b : blocks) {
    if (s.size() >= limit) break;
    append_plain(s, b.content);
    s += '\n';
    if (!b.children.empty()) s += body_sample(b.children, limit - std::min(limit, s.size()));
  }
  return s;
}

std::string first_heading(const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::Heading) continue;
    std::string t;
    append_plain(t, b.content);
    for (unsigned char c : t)
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) return t;  // "2.1.5" alone is no title
  }
  return {};
}

bool has_suffix(const std::string& name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = name[name.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

class TextImporter final : public Importer {
 public:
  std::string format() const override { return "text"; }

  int sniff(std::string_view head, const std::string& filename) const override {
    try {
      // head may end inside a UTF-8 sequence: lossy, so only real trouble says no.
      decode_text(head, filename, DecodeOptions{{}, true});
    } catch (const Error&) {
      return 0;
    }
    return has_suffix(filename, ".txt") || has_suffix(filename, ".text") ? 2 : 1;
  }

  ImportResult run(const std::string& filename, std::string_view bytes, const ImportOptions& options,
                   const SourceMeta& /*meta*/) const override {
    DecodedText decoded = decode_text(bytes, filename, DecodeOptions{options.encoding, options.lossy});
    ImportResult result;
    ImportReport& r = result.report;
    r.format = "text";
    r.encoding = decoded.encoding;
    r.encoding_confidence = decoded.confidence;
    r.encoding_source = decoded.source == "ascii" ? "utf-8" : decoded.source;  // ASCII is UTF-8
    r.control_chars_removed = decoded.control_chars_removed;
    r.invalid_sequences_replaced = decoded.invalid_replaced;
    r.warnings = std::move(decoded.warnings);

    Document doc;
    StructureCounts structure = recognize_structure(decoded.utf8, doc);
    if (doc.body.empty()) throw bad_input(filename, "the file contains only white space and control characters");
    decoded.utf8 = std::string();  // the blocks hold the text now
    r.duplicates_collapsed = structure.duplicates_collapsed;
    r.boilerplate_moved = move_boilerplate(doc, options.strip_boilerplate);
    if (doc.body.empty())
      r.warnings.push_back("everything in the file looked like web boilerplate; it is kept in <back>");
    count_blocks(doc.body, r);

    if (!options.lang.empty()) {
      r.language = options.lang;
      r.language_source = "given";
      r.language_confidence = 100;
    } else {
      LanguageGuess lang = detect_language(body_sample(doc.body, kLanguageSampleBytes));
      r.language = lang.code;
      r.language_confidence = lang.confidence;
      r.language_source = "detected";
      if (lang.code == "und")
        r.warnings.push_back("the language could not be identified; give it with --lang");
      else if (!lang.reliable || lang.confidence < kLanguageWarnBelow)
        r.warnings.push_back("the language was guessed as '" + lang.code +
                             "' with low confidence; give it with --lang if that is wrong");
    }

    result.found.title = first_heading(doc.body);
    doc.title_hint = result.found.title;
    result.document = std::move(doc);
    return result;
  }
};

}  // namespace

std::unique_ptr<Importer> make_text_importer() { return std::make_unique<TextImporter>(); }

}  // namespace crux
