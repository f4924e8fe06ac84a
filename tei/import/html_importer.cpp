// The HTML importer: bytes → UTF-8 in the encoding a browser would choose
// (html_decode.h) → nesting beyond kHtmlDepthLimit flattened and svg/math/
// template removed (html_depth_guard.h) → gumbo → the Document
// (html_to_document.h), with the page's own structure and semantics deciding
// what is text and what is the site around it → crux::move_boilerplate's
// text rules → language. Everything it changes is counted in the report.
#include <memory>
#include <string_view>

#include "tei/base/error.h"
#include "tei/import/html_decode.h"
#include "tei/import/html_depth_guard.h"
#include "tei/import/html_gumbo_tree.h"
#include "tei/import/html_metadata.h"
#include "tei/import/html_sniff.h"
#include "tei/import/html_to_document.h"
#include "tei/import/importers.h"
#include "tei/text/boilerplate.h"
#include "tei/text/language.h"

namespace crux {
namespace {

constexpr size_t kLanguageSampleBytes = 64 * 1024;
constexpr double kLanguageWarnBelow = 50;  // as the text importer: below this, suggest --lang

void count_inlines(const std::vector<Inline>& content, ImportReport& r) {
  for (const Inline& in : content) {
    if (in.kind == InlineKind::Citation) ++r.citations;
    else if (in.kind == InlineKind::Emphasis || in.kind == InlineKind::Link) count_inlines(in.children, r);
  }
}

void count_blocks(const std::vector<Block>& blocks, ImportReport& r) {
  for (const Block& b : blocks) {
    switch (b.kind) {
      case BlockKind::Heading: ++r.headings; break;
      case BlockKind::Paragraph: ++r.paragraphs; break;
      case BlockKind::ListItem: ++r.list_items; break;
      case BlockKind::Table: ++r.tables; break;
      default: break;
    }
    count_inlines(b.content, r);
    count_blocks(b.children, r);
  }
}

// The body's text up to about `limit` bytes, for language detection.
void body_sample(const std::vector<Block>& blocks, std::string& out, size_t limit) {
  for (const Block& b : blocks) {
    if (out.size() >= limit) return;
    out += inline_text(b.content);
    out += '\n';
    body_sample(b.children, out, limit);
  }
}

std::string first_heading(const std::vector<Block>& blocks) {
  for (const Block& b : blocks)
    if (b.kind == BlockKind::Heading) return inline_text(b.content);
  return {};
}

void set_language(const ImportOptions& options, const HtmlMetadata& meta, const Document& doc, ImportReport& r) {
  if (!options.lang.empty()) {
    r.language = options.lang;
    r.language_source = "given";
    r.language_confidence = 100;
    return;
  }
  if (!meta.lang.empty()) {
    r.language = meta.lang;
    r.language_source = "document";
    r.language_confidence = 100;
    return;
  }
  std::string sample;
  body_sample(doc.body, sample, kLanguageSampleBytes);
  LanguageGuess guess = detect_language(sample);
  r.language = guess.code;
  r.language_confidence = guess.confidence;
  r.language_source = "detected";
  if (guess.code == "und")
    r.warnings.push_back("the language could not be identified; give it with --lang");
  else if (!guess.reliable || guess.confidence < kLanguageWarnBelow)
    r.warnings.push_back("the language was guessed as '" + guess.code +
                         "' with low confidence; give it with --lang if that is wrong");
}

class HtmlImporter final : public Importer {
 public:
  std::string format() const override { return "html"; }

  int sniff(std::string_view head, const std::string& filename) const override {
    return sniff_html(head, filename);
  }

  ImportResult run(const std::string& filename, std::string_view bytes, const ImportOptions& options,
                   const SourceMeta& /*meta*/) const override {
    ImportResult result;
    ImportReport& r = result.report;
    r.file = filename;
    r.format = "html";
    HtmlText text = decode_html(bytes, filename, options);
    r.encoding = text.encoding;
    r.encoding_source = text.source;
    r.encoding_confidence = text.confidence;
    r.control_chars_removed = text.control_chars_removed;
    r.invalid_sequences_replaced = text.invalid_replaced;
    r.warnings = std::move(text.warnings);

    DepthGuardResult guard = guard_html_depth(text.utf8);
    r.depth_flattened = guard.flattened;
    if (guard.flattened)
      r.warnings.push_back(std::to_string(guard.flattened) + " elements nested more than " +
                           std::to_string(kHtmlDepthLimit) +
                           " levels deep (or left open in great numbers) were flattened; their text is kept");
    std::string html = guard.changed ? std::move(guard.html) : std::move(text.utf8);

    HtmlMetadata meta;
    HtmlConversion conv;
    {
      // gumbo's tree lives only for this block: it is many times the page's size.
      GumboTree tree(html);
      meta = read_metadata(tree.root());
      PageOutline outline = outline_page(tree.root());
      conv = html_to_document(tree.root(), outline, options.strip_boilerplate, true);
      if (conv.doc.body.empty() && conv.boilerplate_moved > 0) {
        conv = html_to_document(tree.root(), outline, options.strip_boilerplate, false);
        r.warnings.push_back("the page's markup marked all of its text as navigation or boilerplate; "
                             "it was read without those marks");
      }
    }
    html = std::string();
    if (conv.doc.body.empty() && conv.boilerplate_moved == 0)
      throw bad_input(filename, "no text found: the page has no text outside its markup, scripts and styles");

    Document& doc = conv.doc;
    r.control_chars_removed += conv.control_chars_removed;
    r.boilerplate_moved = conv.boilerplate_moved + move_boilerplate(doc, options.strip_boilerplate);
    if (doc.body.empty())
      r.warnings.push_back(options.strip_boilerplate
                               ? "everything on the page looked like web boilerplate and was dropped"
                               : "everything on the page looked like web boilerplate; it is kept in <back>");
    count_blocks(doc.body, r);
    set_language(options, meta, doc, r);

    result.found.title = meta.title.empty() ? first_heading(doc.body) : meta.title;
    result.found.author = meta.author;
    result.found.date = meta.date;
    result.found.lang = meta.lang;
    doc.title_hint = result.found.title;
    doc.author_hint = meta.author;
    result.document = std::move(doc);
    return result;
  }
};

}  // namespace

std::unique_ptr<Importer> make_html_importer() { return std::make_unique<HtmlImporter>(); }

}  // namespace crux
