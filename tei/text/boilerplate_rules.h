#pragma once
// Internal to tei/text: the tests that recognise one line (one block's text)
// of web boilerplate. Each is deliberately narrow; move_boilerplate()
// (boilerplate.cpp) combines them with the position of the block in the page.
// English-language sites only for the word lists (documented in
// docs/import-text.md); phone numbers and e-mail addresses are universal.
#include <string_view>

namespace crux {

// Contact lines are at most this long: a paragraph that merely contains a
// phone number or an address is text.
inline constexpr size_t kMaxContactLength = 120;

// A phone number: 9 to 13 digits in groups separated by single spaces,
// hyphens or dots, starting with 0, + or "(" ("020 8988 8777", "+44 20 ...",
// "(555) 123-4567"). Years and ranges ("1917", "20000 - 30000", "1941-2014")
// do not qualify.
bool has_phone_number(std::string_view text);

// An e-mail address (x@y.z) or the "[email protected]" placeholder that
// scraped Cloudflare pages carry instead of one.
bool has_email_address(std::string_view text);

// A short line of contact details: a phone number, an e-mail address, a PO
// box, or a "Tel:"/"Email:" label.
bool is_contact_line(std::string_view text);

// Exactly a month and a year: "August 2021", "Sept. 1917", "May, 2020".
bool is_month_year(std::string_view text);

// Share and follow buttons: "Facebook Twitter", "Printable version",
// "Link to this page:", "Join us today!", "Share on WhatsApp".
bool is_share_line(std::string_view text);

// Adverts and fund-raising calls: "... tutoring", "Sponsored", "Donate ...",
// "Please donate here.", "Subscribe now".
bool is_advert_line(std::string_view text);

// The reason a single line is boilerplate by its own content ("share-buttons",
// "contact", "advert", "navigation" for a one-line menu), or nullptr.
const char* line_boilerplate_reason(std::string_view text);

// A menu written on one line: at least two "|" separators between short items.
bool is_pipe_menu(std::string_view text);

// Whether text ends as prose does: with a full stop (or "…"), possibly
// followed by closing quotes and trailing citation marks ("... power of.
// [29]"). Not "?" or "!": headlines end so ("Our health is not a game!").
bool ends_as_prose(std::string_view text);

}  // namespace crux
