#pragma once
// Adding missing xml:ids to an existing TEI document without reformatting it:
// the bytes of the file are kept exactly, and ` xml:id="<source-id>.<name><n>"`
// is inserted into the start tags of block-level elements inside <text> that
// lack one. Existing ids are kept; new ones never clash with them.
#include <cstddef>
#include <string>
#include <string_view>

namespace crux {

struct IdInsertionResult {
  std::string xml;       // the document with ids added
  size_t ids_added = 0;
};

// Throws crux::Error(BadInput) naming the file if the document is not
// well-formed (parsed through the safe reader first).
IdInsertionResult add_missing_tei_ids(std::string_view xml, const std::string& source_id, const std::string& file);

}  // namespace crux
