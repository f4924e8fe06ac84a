#pragma once
// A source as the annotation model needs it: its metadata, its plain text
// (with the pointer mapping) and the same text as UTF-32 for anchoring.
#include <memory>
#include <string>

#include "tei/import/source_meta.h"
#include "tei/source/plain_text.h"

namespace crux {

class Reanchorer;

struct SourceText {
  std::string id;
  SourceMeta meta;
  PlainText text;
  std::u32string text32;  // the plain text, one char32_t per code point
  bool generated = false; // written by Crux (else existing TEI kept as it was)
  // Built on first need (only claims that are not where they were need it).
  mutable std::shared_ptr<const Reanchorer> reanchorer;
  const Reanchorer& fuzzy() const;
};

// Reads sources/<id>.tei.xml. Throws crux::Error naming the file.
std::shared_ptr<const SourceText> load_source_text(const std::string& path, const std::string& id);

}  // namespace crux
