#pragma once
// Web boilerplate detection on the document model, shared by the text and HTML
// importers: site navigation, adverts, share buttons, contact and phone lists,
// archive month lists. Detected blocks are moved from doc.body to
// doc.boilerplate (or dropped when strip is true) so that nothing is lost
// silently and the reader's text is clean.
#include <cstddef>

#include "tei/import/document.h"

namespace crux {

// Returns the number of blocks moved (or dropped).
size_t move_boilerplate(Document& doc, bool strip);

}  // namespace crux
