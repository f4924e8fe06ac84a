#pragma once
// Checks on ids and pointers that XSD cannot express (or that kept TEI has
// no XSD for): xml:id unique, and every same-document pointer "#id" in
// @target, @corresp, @ana, @who, @ref resolves to an xml:id of the file.
// Xerces-free; used by validate_document (validator.h) and the TEI importer.
#include <vector>

#include "tei/xml/validator.h"
#include "tei/xml/xml_tree.h"

namespace crux {

// Kept TEI must at least be TEI: root <TEI> or <teiCorpus> in the TEI namespace.
void check_kept_tei_root(const XmlDocument& doc, std::vector<ValidationProblem>& out);
// One problem per repeated xml:id, at the repetition, naming the first use.
void check_unique_ids(const XmlDocument& doc, std::vector<ValidationProblem>& out);
// One problem per pointer token "#id" (or "#string-range(id,...)" and the
// other TEI pointer schemes that name an id first) whose id is not in the file.
// Pointers to other files ("x.xml#id", URLs) are not checked.
void check_pointers(const XmlDocument& doc, std::vector<ValidationProblem>& out);

}  // namespace crux
