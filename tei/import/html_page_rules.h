#pragma once
// What the markup of a web page says about which parts are the text and which
// are the site around it: <main> or a single <article> holds the text;
// <nav>, <aside>, page-level <header> and <footer>, ARIA roles, and id/class
// names such as "nav", "menu", "breadcrumb", "share", "social", "advert",
// "sidebar", "footer", "cookie" mark boilerplate. HTML semantics come first;
// crux::move_boilerplate's text rules run afterwards on what is left.
#include <gumbo.h>

#include <string_view>
#include <unordered_set>
#include <vector>

#include "tei/import/document.h"

namespace crux {

struct PageOutline {
  // The first <main> (or role="main"), else the only top-level <article>;
  // nullptr when the page has neither (or several articles). Everything
  // outside it is boilerplate ("outside-article"), moved and not lost.
  const GumboNode* content_root = nullptr;
  // The content root, every <article> and <h1>, and all their ancestors:
  // elements that hold the text are never boilerplate because of a class
  // name (<div class="page has-sidebar"> around everything is no sidebar).
  std::unordered_set<const GumboNode*> holds_content;
};

// One iterative pass over the tree below `root`.
PageOutline outline_page(const GumboNode* root);

// Why `element` is boilerplate, or nullptr. Reasons: "navigation" (nav,
// menus, breadcrumbs), "advert", "share-buttons", "sidebar" (aside),
// "header" and "footer" (page-level ones only: those inside <article> or
// <main> belong to the text, so `inside_article` must say where we are),
// "cookie-notice". Class and id names are split into words at any
// non-alphanumeric character and matched as words or word beginnings.
const char* boilerplate_reason(const GumboNode* element, bool inside_article, const PageOutline& outline);

// Boilerplate of a general kind ("header", "footer", "sidebar",
// "outside-article") gets a more precise reason from crux::move_boilerplate's
// text rules where they have one: a footer's phone list is "contact", its
// month list "archive". Blocks stay where they are.
void refine_boilerplate_reasons(std::vector<BoilerplateBlock>& boilerplate);

// The value of an attribute (names are lower case in gumbo), or "".
std::string_view attribute(const GumboNode* element, const char* name);

}  // namespace crux
