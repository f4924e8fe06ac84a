#pragma once
// Reading a source's metadata back from its TEI header: the inverse of the
// TEI writer's header map (docs/file-format.md), tolerant of existing TEI
// that was imported as it was (first title, first author, ...).
#include "tei/import/source_meta.h"
#include "tei/xml/xml_tree.h"

namespace crux {

SourceMeta read_source_meta(const XmlDocument& tei);

}  // namespace crux
