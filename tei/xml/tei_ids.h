#pragma once
// Adding missing xml:ids to an existing TEI document without reformatting it:
// the bytes of the file are kept exactly, and ` xml:id="<source-id>.<name><n>"`
// is inserted into the start tags of block-level elements inside <text> that
// lack one. Existing ids are kept; new ones never clash with them.
#include <cstddef>
#include <string>
#include <string_view>

#include "tei/xml/xml_tree.h"

namespace crux {

struct IdInsertionResult {
  std::string xml;       // the document with ids added
  size_t ids_added = 0;
};

// Throws crux::Error(BadInput) naming the file if the document is not
// well-formed (parsed through the safe reader first).
//
// Which elements: div, p, head, sp, speaker, stage, l, lg, item, list, table,
// row, cell, quote, note, the cast list and front-matter blocks ... (the list
// is in tei_ids.cpp), in the TEI namespace (any prefix), inside a TEI <text>.
// New ids are "<source-id>.<local-name><n>", numbered per local name in
// document order, skipping numbers whose id the file already has. The input
// must be UTF-8 (xml_to_utf8, xml_encoding.h); source_id must be a valid
// start of an xml:id (both are internal errors otherwise, as is a byte scan
// that disagrees with the parse).
IdInsertionResult add_missing_tei_ids(std::string_view xml, const std::string& source_id, const std::string& file);

// The same, for a document the caller has already parsed from exactly these
// bytes with parse_xml (saves a second parse; doc.file names the file).
IdInsertionResult add_missing_tei_ids(const XmlDocument& doc, std::string_view xml, const std::string& source_id);

}  // namespace crux
