#include "tei/import/html_page_rules.h"

#include <string>
#include <utility>
#include <vector>

#include "tei/text/boilerplate.h"

namespace crux {
namespace {

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (c != b[i]) return false;
  }
  return true;
}

const char* reason_for_word(std::string_view w) {
  auto starts = [&](std::string_view p) { return w.substr(0, p.size()) == p; };
  auto ends = [&](std::string_view p) { return w.size() >= p.size() && w.substr(w.size() - p.size()) == p; };
  auto has = [&](std::string_view p) { return w.find(p) != std::string_view::npos; };
  if (starts("nav") || ends("nav") || starts("menu") || ends("menu") || has("breadcrumb")) return "navigation";
  if ((starts("share") && w != "shared") || starts("sharing") || has("social")) return "share-buttons";
  if (w == "ad" || w == "ads" || starts("advert") || starts("adsby") || starts("adslot") || starts("adsense") ||
      has("sponsor") || has("banner"))
    return "advert";
  if (has("sidebar")) return "sidebar";
  if (has("footer")) return "footer";
  if (has("cookie")) return "cookie-notice";
  return nullptr;
}

// The first reason any word of an id or class value gives ("main-nav",
// "shareButtons" → "sharebuttons", "site-footer").
const char* reason_for_names(std::string_view value) {
  std::string word;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (alnum) {
      word += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      continue;
    }
    if (!word.empty())
      if (const char* r = reason_for_word(word)) return r;
    word.clear();
  }
  return nullptr;
}

// Block containers, the only elements that may be boilerplate; inline
// elements (a link with class "share") are not cut out of a sentence.
bool is_container(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_P: case GUMBO_TAG_DL: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS:
      return true;
    default:
      return false;
  }
}

bool general_reason(const std::string& r) {
  return r == "header" || r == "footer" || r == "sidebar" || r == "outside-article";
}

}  // namespace

std::string_view attribute(const GumboNode* element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

PageOutline outline_page(const GumboNode* root) {
  PageOutline outline;
  const GumboNode* first_main = nullptr;
  std::vector<const GumboNode*> articles, headings;
  // Children are pushed in reverse, so nodes come off in document order.
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};  // (node, inside an article)
  while (!stack.empty()) {
    auto [node, in_article] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = node->v.element.tag;
    if (!first_main && (tag == GUMBO_TAG_MAIN || equals_ci(attribute(node, "role"), "main"))) first_main = node;
    if (tag == GUMBO_TAG_ARTICLE && !in_article) articles.push_back(node);
    if (tag == GUMBO_TAG_H1) headings.push_back(node);
    bool inner = in_article || tag == GUMBO_TAG_ARTICLE;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), inner);
  }
  outline.content_root = first_main ? first_main : articles.size() == 1 ? articles.front() : nullptr;

  auto mark = [&](const GumboNode* n) {
    for (; n && n->type == GUMBO_NODE_ELEMENT; n = n->parent)
      if (!outline.holds_content.insert(n).second) break;  // the rest of the way is marked already
  };
  if (outline.content_root) mark(outline.content_root);
  for (const GumboNode* a : articles) mark(a);
  for (const GumboNode* h : headings) mark(h);
  return outline;
}

const char* boilerplate_reason(const GumboNode* element, bool inside_article, const PageOutline& outline) {
  GumboTag tag = element->v.element.tag;
  if (!is_container(tag)) return nullptr;  // called for every element: the cheap test first
  if (outline.holds_content.count(element)) return nullptr;
  switch (tag) {
    case GUMBO_TAG_NAV: return "navigation";
    case GUMBO_TAG_ASIDE: return "sidebar";
    case GUMBO_TAG_HEADER:
      if (!inside_article) return "header";
      break;
    case GUMBO_TAG_FOOTER:
      if (!inside_article) return "footer";
      break;
    default: break;
  }
  std::string_view role = attribute(element, "role");
  if (!role.empty()) {
    if (equals_ci(role, "navigation") || equals_ci(role, "search") || equals_ci(role, "menubar")) return "navigation";
    if (equals_ci(role, "complementary")) return "sidebar";
    if (equals_ci(role, "banner") && !inside_article) return "header";
    if (equals_ci(role, "contentinfo") && !inside_article) return "footer";
  }
  if (const char* r = reason_for_names(attribute(element, "id"))) return r;
  return reason_for_names(attribute(element, "class"));
}

// Runs of boilerplate with a general reason are shown to the text rules,
// lists item by item (a month list is an archive only line by line); a block
// they recognise, or a list all of whose items they recognise alike, takes
// their reason. The text rules see copies, each carrying in `level` the
// index of the block it comes from.
void refine_boilerplate_reasons(std::vector<BoilerplateBlock>& bp) {
  for (size_t i = 0; i < bp.size();) {
    if (!general_reason(bp[i].reason)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < bp.size() && bp[j].reason == bp[i].reason) ++j;
    Document look;
    std::vector<size_t> pieces(j - i, 0);
    for (size_t k = i; k < j; ++k) {
      const Block& b = bp[k].block;
      if (b.kind == BlockKind::List) {
        for (const Block& item : b.children) {
          Block p;
          p.content = item.content;
          look.body.push_back(std::move(p));
        }
      } else {
        look.body.push_back(b);
      }
      pieces[k - i] = b.kind == BlockKind::List ? b.children.size() : 1;
      for (size_t n = 0; n < pieces[k - i]; ++n) look.body[look.body.size() - 1 - n].level = static_cast<int>(k - i);
    }
    move_boilerplate(look, false);
    std::vector<size_t> moved(j - i, 0);
    std::vector<std::string> reason(j - i);
    for (const BoilerplateBlock& m : look.boilerplate) {
      size_t k = static_cast<size_t>(m.block.level);
      if (moved[k]++ == 0) reason[k] = m.reason;
      else if (reason[k] != m.reason) reason[k].clear();
    }
    for (size_t k = 0; k < j - i; ++k)
      if (moved[k] == pieces[k] && !reason[k].empty()) bp[i + k].reason = reason[k];
    i = j;
  }
}

}  // namespace crux
