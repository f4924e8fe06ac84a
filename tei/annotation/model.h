#pragma once
// The annotation model: claims (annotations with structured properties),
// links between claims, and the layers that hold them. Plain values, no
// behaviour: every change goes through the operations of
// tei/annotation/operations.h, applied by ProjectModel::commit().
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crux {

enum class Certainty { Unknown, Low, Medium, High };
std::string to_string(Certainty c);              // "unknown" | "low" | "medium" | "high"
std::optional<Certainty> certainty_from(const std::string& s);

// One contiguous stretch of a source's text. Stored twice (TEI string-range
// on a block, and a text quote with context) so it survives edits of the
// source (see docs/anchoring.md).
struct TextRange {
  std::string block_id;  // xml:id of the TEI element the range starts in
  size_t offset = 0;     // code points into that element's string value
  size_t length = 0;     // code points (may run past the element: ranges may cross blocks)
  std::string exact;     // the quoted text
  std::string prefix;    // ~32 code points before it
  std::string suffix;    // ~32 code points after it
  // Plain-text position (code points), computed on load and kept current by
  // re-anchoring; not stored.
  size_t start = 0;
  size_t end = 0;
};

enum class AnchorStatus { Exact, Moved, Orphaned };
std::string to_string(AnchorStatus s);

// "20000 - 30000 army" → min 20000, max 30000, unit "soldiers";
// "more than 2000" → min 2000, qualifier "more-than".
struct Quantity {
  std::optional<double> min;
  std::optional<double> max;
  std::string unit;
  std::string qualifier;  // "", "more-than", "less-than", "about", "at-least", "at-most"
  bool empty() const { return !min && !max && unit.empty() && qualifier.empty(); }
};

// A date as the source writes it, and normalised: ISO proleptic Gregorian in
// `when`, the calendar it was written in, and the Julian form when that
// calendar is Julian.
struct ClaimTime {
  std::string as_written;  // "25th October"
  std::string when;        // "1917-11-07" (Gregorian)
  std::string calendar;    // "julian" | "gregorian" | ""
  std::string when_julian; // "1917-10-25" when calendar is julian
  bool empty() const { return as_written.empty() && when.empty() && calendar.empty() && when_julian.empty(); }
};

struct Claim {
  std::string id;                  // "c-" + 8 base-32 characters, unique across copies of a project
  std::string source;              // source id
  std::vector<TextRange> ranges;   // one or more, in text order
  std::string type;                // category id of the claim taxonomy
  std::vector<std::string> categories;  // further categories (any taxonomy)
  std::vector<std::string> actors;
  ClaimTime time;
  std::string place;
  Quantity quantity;
  std::string attribution;         // "according to Soviet official accounts"
  std::map<std::string, std::string> properties;  // further key=value properties
  std::string note;
  std::string author;
  std::string created;             // ISO timestamps
  std::string modified;
  Certainty certainty = Certainty::Unknown;
  // Runtime state, not stored.
  AnchorStatus anchor = AnchorStatus::Exact;
  std::string anchor_reason;
  // A merge conflict: the other side's version of this claim, kept whole.
  std::optional<std::string> conflict_of;  // id of the claim this one conflicts with
};

struct Link {
  std::string id;                  // "l-" + 8 base-32 characters
  std::string type;                // relation id: contradicts, corroborates, qualifies, derives-from, same-event
  std::vector<std::string> claims; // two or more claim ids (directed: from, to)
  bool directed = false;           // from the relation taxonomy
  std::string note;
  std::string author;
  std::string created;
  Certainty certainty = Certainty::Unknown;
  std::optional<std::string> conflict_of;
};

struct LayerInfo {
  std::string id;
  std::string name;
  std::string owner;
  std::string colour = "#1f77b4";
  std::string description;
  bool visible = true;
  bool read_only = false;
};

struct Layer {
  LayerInfo info;
  std::vector<Claim> claims;  // kept sorted: source, position, id
  std::vector<Link> links;    // kept sorted by id
  const Claim* find_claim(const std::string& id) const;
  Claim* find_claim(const std::string& id);
  const Link* find_link(const std::string& id) const;
  Link* find_link(const std::string& id);
  void sort();                // the stable order the file is written in
};

}  // namespace crux
