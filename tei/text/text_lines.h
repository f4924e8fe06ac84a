#pragma once
// Internal to tei/text: what a single line of text looks like (a list item, a
// numbered section title, a title, a sentence), shared by structure
// recognition and boilerplate detection. Byte-level scans only: these run on
// every line of files up to 256 MiB.
#include <cstddef>
#include <string_view>

namespace crux {

// Lines up to this many code points can be titles (headings, menu entries).
inline constexpr size_t kMaxTitleLength = 80;

// Leading and trailing spaces, tabs and no-break spaces removed.
std::string_view trim_line(std::string_view s);

// Code points in valid UTF-8.
size_t cp_length(std::string_view s);

enum class ListMarker { None, Bullet, Ordered };
struct ListMarkerInfo {
  ListMarker kind = ListMarker::None;
  size_t strip = 0;  // bytes of marker and following spaces to drop (bullets only)
};
// "- ", "• ", "* ", "· ", "▪ ", "◦ " bullets; "1. ", "1) ", "12、" numbers (1 to 3
// digits, so "1917. " is a sentence, not item 1917). The em dash is not a
// bullet: it opens dialogue in Russian and French text.
ListMarkerInfo list_marker(std::string_view line);

// Depth of a numbered section title such as "2.1.5" or "3.2 Stalin the
// Dictator" (components of 1 to 3 digits, at least two of them, then the end
// of the line or a space); 0 when the line does not start with one.
int section_depth(std::string_view line);

// How a line ends, looking through closing quotes, brackets and trailing
// citation marks ("... of. [29]"): Stop is . … 。, Pause is , ; : (and their
// full-width forms), Exclamation ! and Question ?.
enum class LineEnd { None, Stop, Pause, Exclamation, Question };
LineEnd line_end(std::string_view line);

// The last character, looking through closing quotes, brackets and trailing
// citation marks ("... of. [29]"), is one of . , ; : ! … (a "?" is allowed:
// headings can be questions).
bool ends_like_sentence(std::string_view line);
// Ends with . ! ? … (through closing quotes and brackets).
bool ends_with_full_stop(std::string_view line);
// Ends with . … or 。 (through closing quotes and brackets).
bool ends_with_period(std::string_view line);

// A short line that could be a title: 1..kMaxTitleLength code points, has a
// letter, does not start with a bracket or "@", is not a list item, no URL,
// and does not end like a sentence.
bool title_like(std::string_view line);
// The same for a line whose length (code points), list marker and ending are known.
bool title_like(std::string_view line, size_t length, ListMarkerInfo marker, LineEnd end);

// True when the line has an ASCII letter or any non-ASCII character.
bool has_letter(std::string_view line);

}  // namespace crux
