#pragma once
// Citation marks written as markup rather than as text: Wikipedia's
// <sup class="reference"><a href="#cite_note-47">[47]</a></sup>, footnote
// links <a href="#fn3">[3]</a>, superscript note numbers
// <sup><a href="#note-3">3</a></sup>. (Marks in plain text, "[47]", are found
// by crux::mark_citations on the text runs.)
#include <gumbo.h>

#include <optional>
#include <string>

namespace crux {

// For an <a> or <sup> element: the mark as written ("[47]", "3") when the
// element is a citation mark, else nullopt. Looks at a few nodes only.
std::optional<std::string> citation_mark(const GumboNode* element);

}  // namespace crux
