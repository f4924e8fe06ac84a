#pragma once
// The bytes of an HTML page turned into the UTF-8 gumbo needs, with the
// encoding chosen the way a browser chooses it, and said in the report.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tei/import/importer.h"

namespace crux {

struct HtmlText {
  std::string utf8;                   // without BOM; C0/C1 controls removed (\t \n kept)
  std::string encoding;               // WHATWG name: "UTF-8", "windows-1251", ...
  std::string source;                 // "bom" | "given" | "declared" | "utf-8" | "detected"
  double confidence = 0;              // 0..100
  size_t control_chars_removed = 0;
  size_t invalid_replaced = 0;        // with --lossy
  std::vector<std::string> warnings;
};

// The order of evidence, first that applies wins:
//  1. a byte order mark (UTF-8, UTF-16LE/BE);
//  2. --encoding (options.encoding), mapped through the WHATWG labels;
//  3. the WHATWG prescan of the first 1024 bytes (<meta charset>,
//     <meta http-equiv="Content-Type">). Two checks against stale
//     declarations: a page declaring UTF-8 whose bytes are mostly not UTF-8
//     goes on to detection (with a warning), and a page declaring a legacy
//     encoding whose bytes are valid UTF-8 with non-ASCII characters is read
//     as UTF-8 (with a warning) - a legacy text is almost never valid UTF-8
//     by accident;
//  4. UTF-8 (plain ASCII included); mostly valid UTF-8 counts as UTF-8 with
//     a few bad bytes (refused unless --lossy), as crux::decode_text does;
//  5. ICU's charset detector (through crux::decode_text); when it cannot
//     decide, windows-1252 (what browsers in the West fall back to), with a
//     warning to give --encoding.
// Throws crux::Error (BadInput) naming the file for binary data (NUL bytes or
// many control bytes), a declared "replacement" encoding (iso-2022-kr,
// hz-gb-2312: not safely readable), invalid sequences in the chosen encoding
// unless options.lossy, and an --encoding ICU does not know.
HtmlText decode_html(std::string_view bytes, const std::string& file, const ImportOptions& options);

}  // namespace crux
