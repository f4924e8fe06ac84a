#pragma once
// What an import did, for the user: printed as text or JSON on stderr.
#include <cstddef>
#include <string>
#include <vector>

namespace crux {

struct ImportReport {
  std::string file;
  std::string format;               // "text" | "html" | "tei"
  std::string encoding;             // e.g. "UTF-8", "windows-1251"
  double encoding_confidence = 0;   // 0..100; 100 for BOM / declared / given
  std::string encoding_source;      // "bom" | "utf-8" | "declared" | "detected" | "given"
  std::string language;             // detected or given
  double language_confidence = 0;   // 0..100
  std::string language_source;      // "detected" | "given" | "document"
  size_t paragraphs = 0;
  size_t headings = 0;
  size_t list_items = 0;
  size_t tables = 0;
  size_t duplicates_collapsed = 0;
  size_t boilerplate_moved = 0;
  size_t citations = 0;
  size_t control_chars_removed = 0; // control characters and NULs removed
  size_t invalid_sequences_replaced = 0;  // with --lossy
  size_t ids_added = 0;             // TEI import: xml:ids that were missing
  size_t depth_flattened = 0;       // HTML: elements beyond the depth limit flattened
  std::vector<std::string> warnings;
};

}  // namespace crux
