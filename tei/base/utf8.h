#pragma once
// UTF-8 helpers used across the core. Positions in the core are Unicode code
// points; these convert between code points and UTF-8 byte offsets.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crux {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if s is valid.
// Overlong forms, surrogates and code points past U+10FFFF count as invalid.
std::optional<size_t> first_invalid_utf8(std::string_view s);
// Number of invalid sequences (each maximal invalid subpart counts once).
size_t count_invalid_utf8(std::string_view s, size_t* first_offset = nullptr);
// Number of code points in valid UTF-8.
size_t count_code_points(std::string_view s);
// Byte offset of code point index cp (clamped to s.size()).
size_t byte_offset_of_code_point(std::string_view s, size_t cp);
// Code point index of byte offset b (b should be on a boundary).
size_t code_point_of_byte_offset(std::string_view s, size_t b);
// Appends the UTF-8 encoding of code point c.
void append_utf8(std::string& out, char32_t c);
// Decodes one code point at s[i], advancing i; returns U+FFFD on invalid input.
char32_t decode_utf8(std::string_view s, size_t& i);

}  // namespace crux
