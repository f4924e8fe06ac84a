#pragma once
// Writes an imported Document and its SourceMeta as a TEI P5 document, with
// the header fields where TEI puts them (docs/file-format.md has the map) and
// a stable xml:id on every block ("<source-id>.p12"). Deterministic: the same
// input gives the same bytes. The text content is written so that each
// block's TEI string value equals its plain text (no white-space runs, line
// breaks as <lb/> followed by a newline), which keeps string-range offsets
// and plain-text offsets in step.
#include <string>

#include "tei/import/document.h"
#include "tei/import/source_meta.h"
#include "tei/xml/xml_tree.h"

namespace crux {

std::string write_source_tei(const Document& doc, const SourceMeta& meta);

// Appends a <teiHeader> for meta to root (the header of write_source_tei;
// also used to rewrite the header when a source's metadata is edited).
void write_tei_header(XmlNode& root, const SourceMeta& meta);

// English name of a language code ("vi" → "Vietnamese"), for langUsage.
std::string language_name(const std::string& code);

}  // namespace crux
