#pragma once
// Rewriting the header of a source Crux generated, when its metadata is
// edited (`crux source set`, the GUI's source inspector): the new
// <teiHeader> replaces the old one in the file's bytes; the text is not
// touched, so no claim moves. Existing TEI kept as imported is refused: its
// header is the editor's own work, to be changed in a TEI editor.
#include <string>

#include "tei/import/source_meta.h"

namespace crux {

std::string replace_tei_header(const std::string& tei_bytes, const SourceMeta& meta, const std::string& file);

}  // namespace crux
