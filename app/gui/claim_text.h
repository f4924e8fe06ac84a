#pragma once
// A claim in words, as the workbench shows it: one line for the status bar
// ("c-jjy4s32h · Forces · “Điện Mùa đông chỉ được bảo vệ…”") and a few lines
// for the hover tip (type, quote, the properties that are set, layer and
// author). Also the colour and label of a claim type from the claim
// taxonomy. No wx: UTF-8 std::string in and out, unit-tested without a
// display.
#include <cstddef>
#include <string>

#include "tei/annotation/model.h"
#include "tei/annotation/taxonomy.h"

namespace crux::gui {

// The category's label, or the id when the taxonomy lacks it.
std::string type_label(const Taxonomy& taxonomy, const std::string& type);
// "#rrggbb" of a category; a sub-category without a colour takes its
// parent's; "" when neither has one (or the type is unknown).
std::string type_colour(const Taxonomy& taxonomy, const std::string& type);

// The quoted text (ranges joined with " … "), cut to at most max_code_points
// code points with a trailing "…" (between words where it can).
std::string claim_quote_text(const Claim& claim, size_t max_code_points);
// One line: id · type label · “quote”.
std::string claim_summary(const Claim& claim, const Taxonomy& taxonomy, size_t max_quote = 60);
// Several lines: type, quote, the properties that are set, the note, and
// "layer · author · date", wrapped at about `width` code points (a hover tip
// must stay on the screen). A claim that could not be placed says so.
std::string claim_details(const Claim& claim, const LayerInfo& layer, const Taxonomy& taxonomy, size_t width = 72);
// Breaks lines longer than width code points at spaces.
std::string wrap_lines(const std::string& text, size_t width);

// A number without a needless ".0" (2000, 2.5).
std::string format_number(double value);
// "more than 2000 soldiers", "20000–30000", "few" (the qualifier alone).
std::string format_quantity(const Quantity& q);

}  // namespace crux::gui
