#pragma once
// One file in, one TEI document out: read (with the size limit), choose the
// importer by content, run it, merge the metadata the user gave with what the
// file holds, and write TEI. Used by `crux to-tei`, `crux import` and the GUI.
#include <string>

#include "tei/import/importer.h"

namespace crux {

struct ImportOutput {
  std::string tei;       // the TEI document (UTF-8)
  SourceMeta meta;       // the metadata as written into it
  ImportReport report;
};

// `given` holds what the user gave (--title, --author, --date, --lang, --type,
// --perspective, ...; empty fields are unknown); given.id must be set.
// Throws crux::Error naming the file.
ImportOutput import_file(const std::string& path, const ImportOptions& options, const SourceMeta& given);
// The same for bytes already in memory (`path` only names them).
ImportOutput import_bytes(const std::string& path, std::string_view bytes, const ImportOptions& options,
                          const SourceMeta& given);

// The report as lines of text for humans, and as a JSON object.
std::string report_text(const ImportReport& report);
std::string report_json(const ImportReport& report, const std::string& source_id, bool pretty = false);

}  // namespace crux
