#pragma once
// Helpers for the CLI commands that work on annotations: loading the model,
// turning --prop key=value options into claim fields, and the JSON and table
// forms of claims and links (conventions, "JSON of claims").
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "tei/annotation/project_model.h"

namespace crux::cli {

std::unique_ptr<ProjectModel> open_model(const std::string& dir);
std::string now_timestamp();
std::string user();

// Applies "key=value" properties to a claim. Known keys: actor (repeatable),
// actors (comma-separated), time (as written), when, calendar, when-julian,
// place, quantity (e.g. "20000-30000", ">=2000"), quantity-min, quantity-max,
// unit, qualifier, attribution; anything else lands in claim.properties.
// An empty value clears the field. Throws usage errors for malformed input.
void apply_props(Claim& claim, const std::vector<std::string>& props);

// Finds the plain-text span of a quote in a source (white space in the quote
// matches a paragraph break too). occurrence is 1-based, 0 = must be unique.
std::pair<size_t, size_t> locate_quote(const SourceText& source, const std::string& quote, int occurrence);

Certainty parse_certainty(const std::string& s);

nlohmann::ordered_json claim_json(const ProjectModel& m, const std::string& layer, const Claim& c);
nlohmann::ordered_json link_json(const std::string& layer, const Link& l);
// Tabs and newlines would break a table row.
std::string cell(std::string s);

}  // namespace crux::cli
