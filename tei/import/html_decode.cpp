#include "tei/import/html_decode.h"

#include <optional>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tei/import/html_encoding.h"
#include "tei/text/decode.h"

namespace crux {
namespace {

bool has_non_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

// More valid multi-byte UTF-8 sequences than invalid bytes: broken UTF-8
// (a stray byte in a UTF-8 page), never a legacy page (whose letters rarely
// happen to form valid pairs), so it is not re-guessed as a legacy charset.
bool mostly_utf8(std::string_view s) {
  size_t valid = 0, invalid = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    decode_utf8(s, i);
    (i - start > 1 ? valid : invalid) += 1;
  }
  return valid > invalid;
}

// NUL bytes or many other C0 controls in the first 8 KB: not a web page.
// (ESC is allowed: ISO-2022-JP uses it.)
bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++controls;
  }
  return controls * 20 > head.size();
}

void use(HtmlText& out, const HtmlEncoding* e, const char* source, double confidence) {
  out.encoding = e->name;
  out.source = source;
  out.confidence = confidence;
}

// The encoding ICU's detector (through decode_text) sees, as WHATWG names it
// (its ISO-8859-1 is windows-1252); windows-1252 with a warning when it
// cannot decide or sees nothing better.
const HtmlEncoding* detect(std::string_view bytes, const std::string& file, bool lossy, HtmlText& out) {
  const HtmlEncoding* cp1252 = html_encoding_for_label("windows-1252");
  try {
    DecodeOptions opts;
    opts.lossy = lossy;
    DecodedText d = decode_text(bytes, file, opts);
    const HtmlEncoding* e = html_encoding_for_label(d.encoding);
    if (e && *e->icu && std::string_view(e->name) != "UTF-8") {
      use(out, e, "detected", d.confidence);
      return e;
    }
  } catch (const Error&) {
    // Undecidable: fall through to the browsers' default.
  }
  use(out, cp1252, "detected", 10);
  out.warnings.push_back(
      "the page does not declare its encoding and it could not be detected; read as windows-1252 "
      "(give --encoding if the text looks wrong)");
  return cp1252;
}

}  // namespace

HtmlText decode_html(std::string_view bytes, const std::string& file, const ImportOptions& options) {
  HtmlText out;
  const HtmlEncoding* utf8 = html_encoding_for_label("utf-8");
  const HtmlEncoding* chosen = nullptr;
  std::string given_icu;  // an --encoding the table does not know, handed to ICU as it is
  std::optional<size_t> invalid_at;  // the first byte that is not UTF-8, once utf8_checked
  bool utf8_checked = false;

  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    use(out, utf8, "bom", 100);
    chosen = utf8;
  } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    chosen = html_encoding_for_label(bytes[0] == '\xFF' ? "utf-16le" : "utf-16be");
    bytes.remove_prefix(2);
    use(out, chosen, "bom", 100);
  } else if (!options.encoding.empty()) {
    chosen = html_encoding_for_label(options.encoding);
    if (!chosen) given_icu = options.encoding;
    out.encoding = chosen ? chosen->name : options.encoding;
    out.source = "given";
    out.confidence = 100;
  } else {
    if (looks_binary(bytes))
      throw bad_input(file, "this is not an HTML page: it contains binary data");
    invalid_at = first_invalid_utf8(bytes);
    utf8_checked = true;
    bool valid_utf8 = !invalid_at;
    if (const HtmlEncoding* declared = prescan_html_encoding(bytes)) {
      if (declared == utf8) {
        if (valid_utf8 || options.lossy || mostly_utf8(bytes)) {
          use(out, utf8, "declared", 100);
          chosen = utf8;
        } else {
          out.warnings.push_back("the page declares UTF-8 but is not UTF-8; its encoding was detected instead");
        }
      } else if (valid_utf8 && has_non_ascii(bytes)) {
        out.warnings.push_back(std::string("the page declares ") + declared->name +
                               " but is valid UTF-8 (it was probably re-saved); read as UTF-8");
        use(out, utf8, "utf-8", 100);
        chosen = utf8;
      } else {
        use(out, declared, "declared", 100);
        chosen = declared;
      }
    }
    if (!chosen && (valid_utf8 || mostly_utf8(bytes))) {
      use(out, utf8, "utf-8", 100);
      chosen = utf8;
    }
    if (!chosen) chosen = detect(bytes, file, options.lossy, out);
  }

  if (chosen && !*chosen->icu)
    throw bad_input(file, std::string(out.source == "given" ? "the encoding '" : "the page declares the encoding '") +
                              chosen->name + "', which cannot be read safely; give another with --encoding");
  if (chosen == utf8 && !utf8_checked) invalid_at = first_invalid_utf8(bytes);
  if (chosen == utf8 && !invalid_at) {
    out.utf8.assign(bytes);
  } else if (chosen == utf8 && !options.lossy) {
    throw bad_input(file, "the page is UTF-8 but byte " + std::to_string(*invalid_at) +
                              " is not valid UTF-8 (give --lossy to replace invalid bytes, or --encoding)");
  } else {
    out.utf8 = convert_to_utf8(bytes, chosen ? chosen->icu : given_icu, file, options.lossy, &out.invalid_replaced);
  }
  out.control_chars_removed = remove_control_characters(out.utf8);
  return out;
}

}  // namespace crux
