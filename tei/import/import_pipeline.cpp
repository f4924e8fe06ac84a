#include "tei/import/import_pipeline.h"

#include <nlohmann/json.hpp>

#include <sstream>

#include "crux/version.h"
#include "tei/base/clock.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/import/tei_writer.h"

namespace crux {

static std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

static const char* kSourceTypes[] = {"primary", "secondary", "tertiary"};

static void check_given(const SourceMeta& given) {
  if (!given.type.empty()) {
    bool ok = false;
    for (const char* t : kSourceTypes) ok = ok || given.type == t;
    if (!ok) throw usage_error("--type must be primary, secondary or tertiary, not '" + given.type + "'");
  }
}

ImportOutput import_bytes(const std::string& path, std::string_view bytes, const ImportOptions& options,
                          const SourceMeta& given) {
  if (given.id.empty()) throw internal_error("import_bytes called without a source id");
  check_given(given);
  if (bytes.empty()) throw bad_input(path, "the file is empty");
  const Importer& importer = choose_importer(path, bytes, options);
  ImportResult result = importer.run(path, bytes, options, given);

  ImportOutput out;
  out.report = std::move(result.report);
  out.report.file = path;
  if (out.report.format.empty()) out.report.format = importer.format();

  // What the user gave wins over what the file says; the file over guesses.
  SourceMeta m = given;
  auto pick = [](std::string& field, const std::string& found) {
    if (field.empty()) field = found;
  };
  pick(m.title, result.found.title);
  if (result.document) pick(m.title, result.document->title_hint);
  pick(m.title, base_name(path));
  pick(m.author, result.found.author);
  if (result.document) pick(m.author, result.document->author_hint);
  pick(m.date, result.found.date);
  if (!options.lang.empty()) m.lang = options.lang;
  pick(m.lang, result.found.lang);
  pick(m.lang, out.report.language);
  if (m.lang.empty()) m.lang = "und";
  if (!options.lang.empty()) {
    out.report.language = options.lang;
    out.report.language_source = "given";
    out.report.language_confidence = 100;
  }
  m.original_file = base_name(path);
  m.original_format = out.report.format;
  m.encoding = out.report.encoding;
  m.encoding_confidence = out.report.encoding_confidence;
  m.import_date = iso_timestamp(now_epoch_seconds());
  m.crux_version = kVersion;

  if (result.document) {
    out.tei = write_source_tei(*result.document, m);
  } else {
    out.tei = std::move(result.tei);
    bool gave_meta = !given.title.empty() || !given.author.empty() || !given.date.empty() ||
                     !given.type.empty() || !given.perspective.empty();
    if (gave_meta)
      out.report.warnings.push_back(
          "existing TEI is kept as it was: the metadata given on the command line was not written into its "
          "header (use `crux source set` after import)");
  }
  out.meta = std::move(m);
  return out;
}

ImportOutput import_file(const std::string& path, const ImportOptions& options, const SourceMeta& given) {
  std::string bytes = read_file(path);
  return import_bytes(path, bytes, options, given);
}

std::string report_text(const ImportReport& r) {
  std::ostringstream s;
  s << r.file << ": imported as " << r.format;
  if (!r.encoding.empty()) {
    s << ", encoding " << r.encoding;
    if (!r.encoding_source.empty()) s << " (" << r.encoding_source;
    if (r.encoding_confidence > 0) s << ", confidence " << static_cast<int>(r.encoding_confidence) << "%";
    if (!r.encoding_source.empty()) s << ")";
  }
  s << ", language " << (r.language.empty() ? "unknown" : r.language);
  if (r.language_confidence > 0 && r.language_source != "given")
    s << " (" << r.language_source << ", " << static_cast<int>(r.language_confidence) << "%)";
  s << "\n  " << r.paragraphs << " paragraphs, " << r.headings << " headings, " << r.list_items
    << " list items, " << r.tables << " tables, " << r.citations << " citation marks\n";
  s << "  " << r.duplicates_collapsed << " duplicate lines collapsed, " << r.boilerplate_moved
    << " boilerplate blocks moved out of the body, " << r.control_chars_removed << " control characters removed";
  if (r.invalid_sequences_replaced) s << ", " << r.invalid_sequences_replaced << " invalid sequences replaced by U+FFFD";
  if (r.ids_added) s << ", " << r.ids_added << " xml:ids added";
  if (r.depth_flattened) s << ", " << r.depth_flattened << " over-deep elements flattened";
  s << "\n";
  for (const auto& w : r.warnings) s << "  warning: " << w << "\n";
  return s.str();
}

std::string report_json(const ImportReport& r, const std::string& source_id, bool pretty) {
  nlohmann::ordered_json j;
  j["id"] = source_id;
  j["file"] = r.file;
  j["format"] = r.format;
  j["encoding"] = r.encoding;
  j["encoding_confidence"] = r.encoding_confidence;
  j["encoding_source"] = r.encoding_source;
  j["language"] = r.language;
  j["language_confidence"] = r.language_confidence;
  j["language_source"] = r.language_source;
  j["paragraphs"] = r.paragraphs;
  j["headings"] = r.headings;
  j["list_items"] = r.list_items;
  j["tables"] = r.tables;
  j["citations"] = r.citations;
  j["duplicates_collapsed"] = r.duplicates_collapsed;
  j["boilerplate_moved"] = r.boilerplate_moved;
  j["control_chars_removed"] = r.control_chars_removed;
  j["invalid_sequences_replaced"] = r.invalid_sequences_replaced;
  j["ids_added"] = r.ids_added;
  j["depth_flattened"] = r.depth_flattened;
  j["warnings"] = r.warnings;
  return j.dump(pretty ? 2 : -1);
}

}  // namespace crux
