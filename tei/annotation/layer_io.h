#pragma once
// Layer files: layers/<id>.tei.xml, one TEI P5 document per layer with the
// claims in <standOff> (docs/file-format.md has the full mapping):
//   teiHeader      layer name (title), owner (respStmt), description
//                  (projectDesc), the people who made claims and links
//   standOff/fs    the layer's settings (colour, visible, read-only)
//   annotation     a claim: string-range target(s) into ../sources/, @ana to
//                  its properties, @cert, author (respStmt), created and
//                  modified (revisionDesc/change), note
//   fs             the claim's properties and its text quotes (for re-anchoring)
//   listRelation   links: relation @name @active/@passive or @mutual
// Writing is deterministic (claims by source, position, id; links by id), so
// the same layer always gives the same bytes and a diff shows one edit.
#include <string>

#include "tei/annotation/model.h"

namespace crux {

// sorted: claims by source, position, id and links by id (what saving a
// model does); false keeps the order given (the merge driver, whose claims
// have no positions, keeps the order of the files it merges).
std::string write_layer(const Layer& layer, bool sorted = true);

// Reads a layer file. Throws crux::Error(BadInput) naming the file for
// malformed XML, a target outside the project's sources, a bad pointer,
// duplicate ids, a missing layer id. Nothing is half-read: on error the
// caller's data is untouched. expected_id: the id the file name gives.
Layer read_layer(const std::string& bytes, const std::string& file, const std::string& expected_id);

// "../sources/x.tei.xml#string-range(x.p12,4,30)"
std::string format_target(const std::string& source, const TextRange& r);

}  // namespace crux
