#pragma once
// What Crux knows about a source beyond its text: bibliographic data and the
// source-criticism profile a historian fills in before reading. The TEI
// writer puts each field where TEI puts it (docs/file-format.md has the map).
#include <string>

namespace crux {

struct SourceMeta {
  std::string id;           // source id (slug), prefix of every xml:id
  std::string title;
  std::string author;
  std::string date;         // date of creation of the source, as given (ISO if possible)
  std::string lang;         // BCP 47 code, e.g. "en", "vi", "ru"
  std::string type;         // "primary" | "secondary" | "tertiary" (empty = unknown)
  std::string perspective;  // e.g. "Soviet-era official", "post-1991 research"
  std::string audience;     // for whom it was written
  std::string commissioner; // at whose behest
  std::string distance;     // "eyewitness" | "contemporary" | "later"
  std::string provenance;   // where the copy comes from (URL, archive)
  std::string reliability;  // the historian's reliability notes
  // Filled by import:
  std::string original_file;     // file name as given
  std::string original_format;   // "text", "html", "tei"
  std::string encoding;          // detected or given
  double encoding_confidence = 0;  // 0..100
  std::string import_date;       // ISO timestamp (SOURCE_DATE_EPOCH honoured)
  std::string crux_version;
  std::string import_note;       // the import note as written (kept when the header is rewritten)
};

}  // namespace crux
