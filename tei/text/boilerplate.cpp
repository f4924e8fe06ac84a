// Web boilerplate on the document model. Single lines are recognised by
// narrow rules (boilerplate_rules.h); then the page's shape decides the rest:
// runs of month-year lines are archives, contact lists take their heading
// along, an advert takes the short lines that follow it, menus that occur
// twice or consist of links are navigation, and the short lines after the
// last sentence of prose are the site's footer. Nothing that ends like a
// sentence of 60+ characters is ever moved by the shape rules, so article
// text stays in the body; what is moved is kept in <back>, not deleted.
#include "tei/text/boilerplate.h"

#include <deque>
#include <string_view>
#include <unordered_map>

#include "tei/text/boilerplate_rules.h"
#include "tei/text/byte_scan.h"
#include "tei/text/text_lines.h"

namespace crux {
namespace {

constexpr size_t kMinArchiveRun = 3;       // month-year lines in a row
constexpr size_t kMinRepeatedRun = 5;      // lines of a menu that occurs twice
constexpr size_t kMinLinkRun = 3;          // link-only blocks in a row
constexpr size_t kMinFooter = 3;           // blocks after the last prose
constexpr size_t kMaxAdvertFollowers = 3;  // short lines an advert takes along
constexpr size_t kProseLength = 60;        // a sentence this long is prose
constexpr size_t kLongLine = 200;          // ... and so is any block this long
constexpr size_t kMenuLength = 80;

struct Info {
  std::string_view text;  // the block's text: its single inline, or one put together in a side store
  size_t length = 0;      // code points, capped at kLongLine + 1
  bool prose = false;
  bool link_only = false;
  const char* reason = nullptr;
};

void append_inlines(std::string& out, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    if (in.kind == InlineKind::LineBreak)
      out += '\n';
    else if (in.kind == InlineKind::Text || in.kind == InlineKind::Citation)
      out += in.text;
    else
      append_inlines(out, in.children);
  }
}

// At least one link and otherwise only spaces and separators ("|", "·", "•").
bool links_only(const std::vector<Inline>& content) {
  bool link = false;
  for (const Inline& in : content) {
    if (in.kind == InlineKind::Link)
      link = true;
    else if (in.kind == InlineKind::Text &&
             trim_line(in.text).find_first_not_of("|/-,;\xC2\xB7\xE2\x80\xA2 ") != std::string_view::npos)
      return false;
    else if (in.kind != InlineKind::Text && in.kind != InlineKind::LineBreak)
      return false;
  }
  return link;
}

size_t capped_length(std::string_view text) { return scan::cp_length_capped(text, kLongLine); }

bool is_prose(std::string_view text, size_t length) {
  return length >= kLongLine || (length >= kProseLength && ends_as_prose(text));
}

// Texts that had to be put together (lists, several inlines); a deque, so
// that the views into it stay valid as it grows.
using TextStore = std::deque<std::string>;

Info describe(const Block& b, TextStore& store) {
  Info info;
  if (b.kind == BlockKind::List) {
    std::string& owned = store.emplace_back();
    bool all_links = !b.children.empty();
    const char* common = nullptr;
    bool same = true;
    for (const Block& item : b.children) {
      std::string t;
      append_inlines(t, item.content);
      size_t len = capped_length(t);
      info.prose = info.prose || is_prose(t, len);
      all_links = all_links && links_only(item.content);
      const char* r = line_boilerplate_reason(trim_line(t));
      if (&item == &b.children.front()) common = r;
      same = same && r == common;
      if (!owned.empty()) owned += '\n';
      owned += t;
    }
    info.text = owned;
    info.length = capped_length(owned);
    info.link_only = all_links;
    if (same && common && !info.prose)
      info.reason = common;
    else if (all_links && b.children.size() >= kMinLinkRun)
      info.reason = "navigation";
    return info;
  }
  // Paragraphs are mostly one text run: look at it where it is.
  if (b.children.empty() && b.content.size() == 1 && b.content[0].kind == InlineKind::Text) {
    info.text = b.content[0].text;
  } else {
    std::string& owned = store.emplace_back();
    append_inlines(owned, b.content);
    for (const Block& child : b.children) append_inlines(owned, child.content);
    info.text = owned;
  }
  std::string_view text = info.text;
  info.length = capped_length(text);
  // Tables and quotations are content by construction.
  info.prose = b.kind == BlockKind::Table || b.kind == BlockKind::Quote || is_prose(text, info.length);
  info.link_only = links_only(b.content);
  if (b.kind != BlockKind::Table && b.kind != BlockKind::Quote && !info.prose)
    info.reason = line_boilerplate_reason(trim_line(text));
  return info;
}

bool menu_like(const Info& i) { return !i.prose && i.length > 0 && i.length <= kMenuLength; }

void mark_archives(std::vector<Info>& info) {
  for (size_t i = 0; i < info.size();) {
    size_t j = i;
    while (j < info.size() && !info[j].reason && is_month_year(trim_line(info[j].text))) ++j;
    if (j - i >= kMinArchiveRun) {
      for (size_t k = i; k < j; ++k) info[k].reason = "archive";
      // Its title ("Archives", "Alphabetical listing") goes with it.
      if (i > 0 && !info[i - 1].reason && menu_like(info[i - 1]) && info[i - 1].length <= 40)
        info[i - 1].reason = "archive";
    }
    i = j > i ? j : i + 1;
  }
}

void mark_followers(std::vector<Info>& info, const std::vector<Block>& body) {
  // "Regional organisers:" heads the phone list below it.
  for (size_t i = info.size(); i-- > 1;) {
    Info& head = info[i - 1];
    bool is_contact = info[i].reason && std::string_view(info[i].reason) == "contact";
    if (is_contact && !head.reason && menu_like(head) && trim_line(head.text).ends_with(':')) head.reason = "contact";
  }
  // An advert's short lines ("Tutors are matched to...", "30+ subjects") follow it.
  for (size_t i = 0; i < info.size(); ++i) {
    if (!info[i].reason || std::string_view(info[i].reason) != "advert") continue;
    size_t j = i + 1;
    for (; j < info.size() && j - i <= kMaxAdvertFollowers; ++j) {
      const Info& f = info[j];
      // A heading or an introduction ("Your message:") starts something else.
      if (f.reason || f.prose || f.length > 100 || body[j].kind == BlockKind::Heading ||
          trim_line(f.text).ends_with(':'))
        break;
      info[j].reason = "advert";
    }
    i = j - 1;  // followers do not take followers of their own
  }
}

void mark_navigation(std::vector<Info>& info) {
  const size_t n = info.size();
  // Runs of link-only blocks.
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && info[j].link_only && !info[j].prose) ++j;
    if (j - i >= kMinLinkRun)
      for (size_t k = i; k < j; ++k)
        if (!info[k].reason) info[k].reason = "navigation";
    i = j > i ? j : i + 1;
  }
  // Menus that occur twice: the same run of short lines at two places.
  std::unordered_map<std::string_view, size_t> first_seen;
  for (size_t i = 0; i < n; ++i) {
    if (!menu_like(info[i])) continue;
    auto [it, inserted] = first_seen.try_emplace(info[i].text, i);
    if (inserted) continue;
    size_t k = it->second, len = 0;
    while (k + len < i && i + len < n && menu_like(info[i + len]) && info[k + len].text == info[i + len].text) ++len;
    if (len < kMinRepeatedRun) continue;
    for (size_t m = 0; m < len; ++m) {
      if (!info[k + m].reason) info[k + m].reason = "navigation";
      if (!info[i + m].reason) info[i + m].reason = "navigation";
    }
    i += len - 1;
  }
  // The footer: short blocks after the last prose of the page.
  size_t last_prose = n;
  for (size_t i = n; i-- > 0;)
    if (info[i].prose) {
      last_prose = i;
      break;
    }
  if (last_prose == n || n - last_prose - 1 < kMinFooter) return;
  size_t shortish = 0;
  for (size_t i = last_prose + 1; i < n; ++i) shortish += info[i].length <= kMaxContactLength ? 1 : 0;
  if (shortish * 5 < (n - last_prose - 1) * 3) return;
  for (size_t i = last_prose + 1; i < n; ++i)
    if (!info[i].reason) info[i].reason = "navigation";
}

}  // namespace

size_t move_boilerplate(Document& doc, bool strip) {
  TextStore store;
  std::vector<Info> info;
  info.reserve(doc.body.size());
  for (const Block& b : doc.body) info.push_back(describe(b, store));
  mark_archives(info);
  mark_followers(info, doc.body);
  mark_navigation(info);

  size_t moved = 0;
  for (const Info& i : info) moved += i.reason ? 1 : 0;
  if (moved == 0) return 0;
  if (!strip) doc.boilerplate.reserve(doc.boilerplate.size() + moved);
  // Compact the body in place, keeping the order of both parts.
  size_t kept = 0;
  for (size_t i = 0; i < doc.body.size(); ++i) {
    if (!info[i].reason) {
      if (kept != i) doc.body[kept] = std::move(doc.body[i]);
      ++kept;
    } else if (!strip) {
      doc.boilerplate.push_back({info[i].reason, std::move(doc.body[i])});
    }
  }
  doc.body.erase(doc.body.begin() + static_cast<std::ptrdiff_t>(kept), doc.body.end());
  return moved;
}

}  // namespace crux
