#pragma once
// Three-way merge of one layer file, for `crux merge BASE OURS THEIRS -o OUT`
// and git's merge driver. Claims and links merge by id: a change on one side
// is taken; the same object changed differently on both sides is a conflict,
// and both versions are kept: ours under its id, theirs under "<id>-theirs"
// marked with conflict_of (crux check lists it). An object changed on one
// side and deleted on the other is kept and marked as a conflict with
// itself. Nothing is ever lost. Order follows ours, with theirs' additions
// placed after the object that precedes them in theirs, so the merged file
// reads like both.
#include <string>
#include <vector>

#include "tei/annotation/model.h"

namespace crux {

struct MergeResult {
  Layer layer;
  std::vector<std::string> conflicts;  // human-readable, one per conflicting object
};

MergeResult merge_layers(const Layer& base, const Layer& ours, const Layer& theirs);

bool same_content(const Claim& a, const Claim& b);
bool same_content(const Link& a, const Link& b);

}  // namespace crux
