#pragma once
// One importer per format behind this interface (after Poedit's catalog
// formats), chosen from the registry by sniffing the content, with the file
// name as a hint only.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tei/import/document.h"
#include "tei/import/import_report.h"
#include "tei/import/source_meta.h"

namespace crux {

struct ImportOptions {
  std::string encoding;        // --encoding: overrides detection ("" = detect)
  std::string lang;            // --lang: overrides language detection
  bool lossy = false;          // --lossy: replace invalid sequences with U+FFFD
  bool strip_boilerplate = false;  // --strip-boilerplate: drop instead of moving to <back>
  std::string format;          // --format: force an importer ("" = detect)
};

// What an importer hands back. Either a Document to be written as TEI by the
// TEI writer, or (for existing TEI) the finished TEI text, kept as it was.
struct ImportResult {
  std::optional<Document> document;
  std::string tei;             // set instead of document for kept TEI
  ImportReport report;
  SourceMeta found;            // metadata found in the file (title, author, lang...)
};

class Importer {
 public:
  virtual ~Importer() = default;
  virtual std::string format() const = 0;  // "text", "html", "tei"
  // 0 = not this format, higher = more certain. `head` is the first bytes.
  virtual int sniff(std::string_view head, const std::string& filename) const = 0;
  // bytes: the whole file. meta.id is already set (ids must carry it).
  virtual ImportResult run(const std::string& filename, std::string_view bytes,
                           const ImportOptions& options, const SourceMeta& meta) const = 0;
};

// All importers, and the choice among them.
const std::vector<std::unique_ptr<Importer>>& importers();
// The importer for this content, or the one named by options.format; throws
// crux::Error(BadInput) naming the file when none fits.
const Importer& choose_importer(const std::string& filename, std::string_view bytes,
                                const ImportOptions& options);

}  // namespace crux
