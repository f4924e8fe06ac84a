#pragma once
// Factories of the concrete importers, one file each; the registry
// (importer_registry.cpp) lists them.
#include <memory>

#include "tei/import/importer.h"

namespace crux {

std::unique_ptr<Importer> make_text_importer();  // text_importer.cpp
std::unique_ptr<Importer> make_html_importer();  // html_importer.cpp
std::unique_ptr<Importer> make_tei_importer();   // tei_importer.cpp

}  // namespace crux
