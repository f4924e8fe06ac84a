#include "tei/text/boilerplate_rules.h"

#include <array>
#include <string>

#include "tei/text/text_lines.h"

namespace crux {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ASCII lower case; the word lists are English, so other letters can stay.
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Runs on every short line of a page against some thirty phrases: a needle
// is searched for only when its first two characters occur in the line.
bool contains_any(const std::string& s, std::initializer_list<std::string_view> needles) {
  std::array<bool, 256> present{};
  for (char c : s) present[static_cast<unsigned char>(c)] = true;
  for (std::string_view n : needles) {
    if (!present[static_cast<unsigned char>(n[0])] || (n.size() > 1 && !present[static_cast<unsigned char>(n[1])]))
      continue;
    if (s.find(n) != std::string::npos) return true;
  }
  return false;
}

bool starts_with_any(const std::string& s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (s.compare(0, p.size(), p) == 0) return true;
  return false;
}

// Digits of a phone number starting at i (at '0', '+' or '('), or 0.
size_t phone_digits_at(std::string_view t, size_t i) {
  size_t j = i, digits = 0;
  bool paren = false;
  if (t[j] == '+')
    ++j;
  else if (t[j] == '(') {
    paren = true;
    ++j;
  }
  if (j >= t.size() || !is_digit(t[j])) return 0;
  while (j < t.size()) {
    char c = t[j];
    bool next_digit = j + 1 < t.size() && is_digit(t[j + 1]);
    if (is_digit(c)) {
      ++digits;
      ++j;
    } else if ((c == ' ' || c == '-' || c == '.') && next_digit && is_digit(t[j - 1])) {
      ++j;
    } else if (c == ')' && paren) {
      paren = false;
      ++j;
      if (j < t.size() && t[j] == ' ') ++j;
    } else {
      break;
    }
  }
  if (j < t.size() && is_alnum(t[j])) return 0;
  return digits;
}

}  // namespace

bool has_phone_number(std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c != '0' && c != '+' && c != '(') continue;
    if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '-')) continue;
    size_t digits = phone_digits_at(t, i);
    if (digits >= 9 && digits <= 13) return true;
  }
  return false;
}

bool has_email_address(std::string_view t) {
  // Cloudflare's placeholder, "[email protected]" with a space or a no-break space.
  size_t placeholder = t.find("[email");
  if (placeholder != std::string_view::npos && t.substr(placeholder, 20).find("protected]") != std::string_view::npos)
    return true;
  for (size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
    if (at == 0 || !(is_alnum(t[at - 1]) || t[at - 1] == '.' || t[at - 1] == '_' || t[at - 1] == '-')) continue;
    size_t j = at + 1, dot = std::string_view::npos;
    while (j < t.size() && (is_alnum(t[j]) || t[j] == '-' || t[j] == '.')) {
      if (t[j] == '.') dot = j;
      ++j;
    }
    if (dot != std::string_view::npos && dot > at + 1 && dot + 1 < j && is_alnum(t[j - 1])) return true;
  }
  return false;
}

namespace {

// The rules below take the line (text), its lower-case copy (l) and its
// length in code points (n), so that classifying a line lowers and counts once.
bool contact_line(std::string_view text, const std::string& l, size_t n) {
  if (n > kMaxContactLength) return false;
  if (has_phone_number(text) || has_email_address(text)) return true;
  return starts_with_any(l, {"po box", "p.o. box", "tel:", "tel.", "phone:", "fax:", "email:", "e-mail:"});
}

bool share_line(const std::string& l, size_t n) {
  if (l.empty() || n > 60) return false;
  if (contains_any(l, {"share this", "share on", "printable version", "print this", "link to this page", "join us",
                       "follow us", "like us on", "tweet this", "email this", "send to a friend", "visit us on",
                       "facebook page", "on facebook", "on twitter", "on youtube", "on instagram"}))
    return true;
  // Only the names of networks and buttons: "Facebook   Twitter", "Share | Email | Print".
  static constexpr std::array<std::string_view, 18> kButtons{
      "facebook", "twitter",   "x",     "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "vk",
      "youtube",  "instagram", "email", "e-mail",   "print",    "share",     "tweet",  "mastodon", "bluesky"};
  size_t words = 0;
  size_t i = 0;
  while (i < l.size()) {
    while (i < l.size() && !is_alnum(l[i]) && l[i] != '-') ++i;
    size_t start = i;
    while (i < l.size() && (is_alnum(l[i]) || l[i] == '-')) ++i;
    if (i == start) break;
    std::string_view w(l.data() + start, i - start);
    bool known = false;
    for (std::string_view b : kButtons) known = known || w == b;
    if (!known) return false;
    ++words;
  }
  return words > 0;
}

bool advert_line(const std::string& l, size_t n) {
  if (l.empty() || n > 100) return false;
  return starts_with_any(l, {"donate", "sponsored", "advertisement"}) ||
         contains_any(l, {"tutoring", "free trial", "subscribe now", "sign up now", "buy now", "shop now", "order now",
                          "% off", "special offer", "limited offer", "unlock your full potential", "please donate",
                          "donate now", "my donation", "make a donation"});
}

}  // namespace

bool is_month_year(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
  if (text.size() > 20) return false;
  std::string l = lower(text);
  size_t word = 0;
  while (word < l.size() && l[word] >= 'a' && l[word] <= 'z') ++word;
  if (word < 3) return false;
  std::string_view w(l.data(), word);
  bool month = false;
  for (std::string_view m : kMonths)
    month = month || w == m || (w.size() >= 3 && m.substr(0, w.size()) == w && (w.size() == 3 || w == "sept"));
  if (!month) return false;
  size_t i = word;
  if (i < l.size() && l[i] == '.') ++i;
  if (i < l.size() && l[i] == ',') ++i;
  if (i >= l.size() || l[i] != ' ') return false;
  while (i < l.size() && l[i] == ' ') ++i;
  std::string_view year = std::string_view(l).substr(i);
  return year.size() == 4 && (year[0] == '1' || year[0] == '2') && is_digit(year[1]) && is_digit(year[2]) &&
         is_digit(year[3]);
}

bool is_contact_line(std::string_view text) { return contact_line(text, lower(text), cp_length(text)); }
bool is_share_line(std::string_view text) { return share_line(lower(text), cp_length(text)); }
bool is_advert_line(std::string_view text) { return advert_line(lower(text), cp_length(text)); }

const char* line_boilerplate_reason(std::string_view text) {
  if (text.empty() || text.size() > 4 * kMaxContactLength) return nullptr;  // longer than every rule allows
  std::string l = lower(text);
  size_t n = cp_length(text);
  if (share_line(l, n)) return "share-buttons";
  if (contact_line(text, l, n)) return "contact";
  if (advert_line(l, n)) return "advert";
  if (is_pipe_menu(text)) return "navigation";
  return nullptr;
}

bool is_pipe_menu(std::string_view text) {
  if (text.size() > 400 || text.find('|') == std::string_view::npos) return false;
  size_t pipes = 0, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '|') continue;
    std::string_view item = trim_line(text.substr(start, i - start));
    if (item.empty() || cp_length(item) > 40) return false;
    if (i < text.size()) ++pipes;
    start = i + 1;
  }
  return pipes >= 2;
}

bool ends_as_prose(std::string_view text) { return ends_with_period(text); }

}  // namespace crux
