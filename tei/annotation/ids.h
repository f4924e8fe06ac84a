#pragma once
// Claim and link ids (conventions, "Ids"): a prefix ("c-", "l-") and 8
// base-32 characters, random so that two students adding claims in parallel
// never collide; derived from a hash of (layer, target, sequence) instead
// when SOURCE_DATE_EPOCH is set, so regenerating the sample project gives
// the same bytes. Ids are never reused: the caller passes a predicate that
// says whether an id is taken.
#include <functional>
#include <string>

namespace crux {

std::string new_object_id(const std::string& prefix, const std::string& layer, const std::string& seed,
                          const std::function<bool(const std::string&)>& taken);

// 64-bit FNV-1a: stable across platforms and runs.
unsigned long long stable_hash(const std::string& s);

}  // namespace crux
