#pragma once
// A summary of one source of a project, for `crux info` and the project pane.
#include <cstddef>
#include <string>

#include "tei/import/source_meta.h"

namespace crux {

class Project;

struct SourceInfo {
  std::string id;
  std::string path;
  SourceMeta meta;
  size_t characters = 0;  // code points of the plain text
  size_t blocks = 0;      // blocks (paragraphs, headings, items...) of the plain text
  size_t bytes = 0;       // size of the TEI file
};

// Reads and summarises sources/<id>.tei.xml. Throws crux::Error naming the file.
SourceInfo read_source_info(const Project& project, const std::string& id);

}  // namespace crux
