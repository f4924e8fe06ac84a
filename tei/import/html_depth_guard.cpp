// The scanner of the depth guard: a linear pass over the page that finds
// tags the way the HTML tokenizer does (comments, <!...>, <?...>, quoted
// attribute values, raw text up to its end tag) and feeds them to the model.
// It never looks at a byte twice except to find the end of a raw-text element.
#include "tei/import/html_depth_guard.h"

#include <cstring>
#include <vector>

#include "tei/import/html_depth_model.h"

namespace crux {
namespace {

using namespace html_tags;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

struct Cut {
  size_t begin, end;
  bool space;  // a removed block-level tag leaves a space
};

class Scanner {
 public:
  Scanner(std::string_view s, size_t limit, size_t formatting_limit) : s_(s), model_(tags_, limit, formatting_limit) {}

  DepthGuardResult run() {
    size_t i = 0;
    while (i < s_.size()) {
      const void* lt = std::memchr(s_.data() + i, '<', s_.size() - i);
      if (!lt) break;
      i = static_cast<size_t>(static_cast<const char*>(lt) - s_.data());
      i = tag(i);
    }
    DepthGuardResult r;
    r.flattened = model_.flattened();
    r.max_depth = model_.max_depth();
    if (!cuts_.empty()) {
      r.changed = true;
      r.html.reserve(s_.size());
      size_t from = 0;
      for (const Cut& c : cuts_) {
        r.html.append(s_.data() + from, c.begin - from);
        if (c.space) r.html += ' ';
        from = c.end;
      }
      r.html.append(s_.data() + from, s_.size() - from);
    }
    return r;
  }

 private:
  // Handles the markup at s_[i] == '<'; returns where scanning goes on.
  size_t tag(size_t i) {
    const size_t n = s_.size();
    char c1 = i + 1 < n ? s_[i + 1] : '\0';
    if (c1 == '!') {
      if (s_.compare(i, 4, "<!--") == 0) return comment_end(i + 4);
      return after(s_.find('>', i + 2));
    }
    if (c1 == '?') return after(s_.find('>', i + 2));
    if (c1 == '/') {
      char c2 = i + 2 < n ? s_[i + 2] : '\0';
      if (c2 == '>') return i + 3;
      if (!is_alpha(c2)) return after(s_.find('>', i + 2));  // a bogus comment
      size_t name_end;
      uint32_t id = name(i + 2, name_end);
      bool self_closing = false;
      size_t end = tag_end(name_end, self_closing);
      if (!model_.end(id)) cut(i, end, id);
      return end;
    }
    if (!is_alpha(c1)) return i + 1;  // a '<' in text
    size_t name_end;
    uint32_t id = name(i + 1, name_end);
    bool self_closing = false;
    size_t end = tag_end(name_end, self_closing);
    uint32_t k = tags_.kinds(id);
    // svg, math and template are removed with their content: Crux keeps
    // none of them, and gumbo 0.10 aborts on some svg/math inside tables.
    if (k & kForeign) {
      size_t region_end = self_closing ? end : foreign_end(end, id);
      cuts_.push_back({i, region_end, false});
      return region_end;
    }
    if (id == TEMPLATE) {
      size_t region_end = template_end(end);
      cuts_.push_back({i, region_end, false});
      return region_end;
    }
    HtmlDepthModel::Start started = model_.start(id);
    if (started == HtmlDepthModel::Start::kRemoved) cut(i, end, id);
    // Raw text only where gumbo opens the element: a <title> it ignores (in
    // a select) hides nothing.
    if (started != HtmlDepthModel::Start::kKept) return end;
    if (k & kPlaintext) return n;
    if (k & kRaw) return raw_text_end(end, s_.substr(i + 1, name_end - i - 1));
    return end;
  }

  size_t after(size_t gt) const { return gt == std::string_view::npos ? s_.size() : gt + 1; }

  // "<!-->" and "<!--->" are complete comments; otherwise up to "-->" or "--!>".
  size_t comment_end(size_t i) const {
    if (s_.compare(i, 1, ">") == 0) return i + 1;
    if (s_.compare(i, 2, "->") == 0) return i + 2;
    for (size_t d = s_.find("--", i); d != std::string_view::npos; d = s_.find("--", d + 1)) {
      if (s_.compare(d + 2, 1, ">") == 0) return d + 3;
      if (s_.compare(d + 2, 2, "!>") == 0) return d + 4;
    }
    return s_.size();
  }

  uint32_t name(size_t i, size_t& end) {
    char buf[64];
    size_t len = 0;
    end = i;
    while (end < s_.size() && !is_space(s_[end]) && s_[end] != '/' && s_[end] != '>') {
      if (len < sizeof buf) buf[len++] = lower(s_[end]);
      ++end;
    }
    return tags_.id(std::string_view(buf, len));
  }

  // The end of a tag: the '>' outside attribute values. "/>" self-closes
  // only outside an unquoted value (in <svg id=3/> the '/' is the value's).
  size_t tag_end(size_t i, bool& self_closing) const {
    const size_t n = s_.size();
    bool in_value = false, slash = false;
    while (i < n) {
      char c = s_[i++];
      if (c == '>') {
        self_closing = slash;
        return i;
      }
      if (in_value) {
        in_value = !is_space(c);
        continue;
      }
      slash = c == '/';
      if (c != '=') continue;
      while (i < n && is_space(s_[i])) ++i;
      if (i < n && (s_[i] == '"' || s_[i] == '\'')) {
        size_t q = s_.find(s_[i], i + 1);
        if (q == std::string_view::npos) return n;
        i = q + 1;
      } else {
        in_value = true;
      }
    }
    return n;
  }

  // The end of svg or math content opened before `i`: after its matching end
  // tag, or before an HTML start tag that breaks out of it (outside
  // foreignObject, mi and the other HTML integration points).
  size_t foreign_end(size_t i, uint32_t root) {
    const uint32_t integration_kind = root == SVG ? kSvgIntegration : kMathIntegration;
    size_t nest = 1, integration = 0;
    while (i < s_.size()) {
      const void* lt = std::memchr(s_.data() + i, '<', s_.size() - i);
      if (!lt) break;
      size_t j = static_cast<size_t>(static_cast<const char*>(lt) - s_.data());
      char c1 = j + 1 < s_.size() ? s_[j + 1] : '\0';
      if (c1 == '!') {
        if (s_.compare(j, 9, "<![CDATA[") == 0) i = after_seq(s_.find("]]>", j + 9), 3);
        else if (s_.compare(j, 4, "<!--") == 0) i = comment_end(j + 4);
        else i = after(s_.find('>', j + 2));
        continue;
      }
      bool end_tag = c1 == '/';
      if (!is_alpha(end_tag ? (j + 2 < s_.size() ? s_[j + 2] : '\0') : c1)) {
        i = j + 1;
        continue;
      }
      size_t name_end;
      uint32_t id = name(j + (end_tag ? 2 : 1), name_end);
      bool self_closing = false;
      i = tag_end(name_end, self_closing);
      uint32_t k = tags_.kinds(id);
      if (end_tag) {
        if (id == SVG || id == MATH) {
          if (--nest == 0) return i;
        } else if ((k & integration_kind) && integration > 0) {
          --integration;
        }
        continue;
      }
      if (integration == 0 && (k & kBreakout)) return j;
      if (self_closing) continue;
      if (id == SVG || id == MATH) ++nest;
      else if (k & integration_kind) ++integration;
      else if (integration > 0 && (k & kRaw)) i = raw_text_end(i, s_.substr(j + 1, name_end - j - 1));
    }
    return s_.size();
  }

  // After the </template> matching one opened before `i` (templates nest;
  // comments and raw text hide tags), or the end of the page.
  size_t template_end(size_t i) {
    size_t nest = 1;
    while (i < s_.size()) {
      const void* lt = std::memchr(s_.data() + i, '<', s_.size() - i);
      if (!lt) break;
      size_t j = static_cast<size_t>(static_cast<const char*>(lt) - s_.data());
      char c1 = j + 1 < s_.size() ? s_[j + 1] : '\0';
      if (c1 == '!') {
        i = s_.compare(j, 4, "<!--") == 0 ? comment_end(j + 4) : after(s_.find('>', j + 2));
        continue;
      }
      bool end_tag = c1 == '/';
      if (!is_alpha(end_tag ? (j + 2 < s_.size() ? s_[j + 2] : '\0') : c1)) {
        i = j + 1;
        continue;
      }
      size_t name_end;
      uint32_t id = name(j + (end_tag ? 2 : 1), name_end);
      bool self_closing = false;
      i = tag_end(name_end, self_closing);
      if (id == TEMPLATE) {
        if (!end_tag) ++nest;
        else if (--nest == 0) return i;
      } else if (!end_tag && (tags_.kinds(id) & kRaw)) {
        i = raw_text_end(i, s_.substr(j + 1, name_end - j - 1));
      }
    }
    return s_.size();
  }

  size_t after_seq(size_t at, size_t len) const { return at == std::string_view::npos ? s_.size() : at + len; }

  // Raw text (script, style, textarea, title...) runs to "</name" followed by
  // white space, '/' or '>'; that end tag is then scanned as usual.
  size_t raw_text_end(size_t i, std::string_view tag_name) const {
    for (size_t p = s_.find("</", i); p != std::string_view::npos; p = s_.find("</", p + 2)) {
      size_t k = 0;
      while (k < tag_name.size() && p + 2 + k < s_.size() && lower(s_[p + 2 + k]) == lower(tag_name[k])) ++k;
      if (k < tag_name.size()) continue;
      size_t after_name = p + 2 + k;
      if (after_name >= s_.size() || is_space(s_[after_name]) || s_[after_name] == '/' || s_[after_name] == '>')
        return p;
    }
    return s_.size();
  }

  void cut(size_t begin, size_t end, uint32_t id) {
    cuts_.push_back({begin, end, (tags_.kinds(id) & kSpecial) != 0});
  }

  std::string_view s_;
  TagTable tags_;
  HtmlDepthModel model_;
  std::vector<Cut> cuts_;
};

}  // namespace

DepthGuardResult guard_html_depth(std::string_view html, size_t limit, size_t formatting_limit) {
  return Scanner(html, limit, formatting_limit).run();
}

}  // namespace crux
