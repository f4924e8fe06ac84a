#pragma once
// Source ids from file names, per the conventions: an ASCII slug of the file
// name without its last extension, transliterated with ICU
// "Any-Latin; Latin-ASCII", lower case, other runs become '-', prefixed "s-"
// when it does not start with a letter.
#include <string>

namespace crux {

std::string slug_from_filename(const std::string& filename);
// A slug of arbitrary text (same rules, no extension stripping).
std::string slugify(const std::string& text);
// True if id is a valid id for sources and layers: [a-z][a-z0-9-]* (XML NCName-safe).
bool is_valid_id(const std::string& id);

}  // namespace crux
