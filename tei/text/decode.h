#pragma once
// Turning the bytes of a text file into clean UTF-8: BOMs, UTF-8 validation,
// legacy 8-bit encodings detected with ICU's charset detector, conversion with
// ICU, NFC, removal of control characters. Never silent: everything it does
// is counted for the import report, and what it cannot decide it refuses.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crux {

struct DecodeOptions {
  std::string encoding;  // given with --encoding ("" = detect)
  bool lossy = false;    // replace invalid sequences with U+FFFD instead of refusing
};

struct DecodedText {
  std::string utf8;                 // NFC, without NULs and control characters (but \n \t)
  std::string encoding;             // canonical name: "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", ...
  double confidence = 0;            // 0..100
  std::string source;               // "bom" | "utf-8" | "ascii" | "detected" | "given" | "declared"
  size_t control_chars_removed = 0; // NULs and C0/C1 controls other than \t \n \r (and \f)
  size_t invalid_replaced = 0;      // invalid sequences replaced by U+FFFD (only with lossy)
  std::vector<std::string> warnings;
};

// Decodes a whole text file. `file` is used in messages. Throws crux::Error
// (BadInput) naming the file for: an empty file, a binary file, invalid UTF-8
// (with the byte offset of the first invalid sequence, unless lossy), an
// encoding the detector cannot decide (with the candidates and the advice to
// give --encoding), an unknown --encoding name.
DecodedText decode_text(std::string_view bytes, const std::string& file, const DecodeOptions& options);

// Converts bytes in a named charset to UTF-8 with ICU (for declared charsets,
// e.g. HTML's <meta charset>). Invalid sequences: refuse (BadInput with the
// offset) or, when lossy, replace and count.
std::string convert_to_utf8(std::string_view bytes, const std::string& charset, const std::string& file,
                            bool lossy, size_t* replaced = nullptr);

// NFC normalisation of UTF-8 text.
std::string to_nfc(std::string_view utf8);
// The same in place; already-NFC text (the usual case) is checked, not copied.
// Returns true when the text changed.
bool to_nfc_in_place(std::string& utf8);

// Replaces each run of bytes that are not valid UTF-8 by one U+FFFD (the unit
// count_invalid_utf8 counts), adding the number of replacements to *replaced.
std::string repair_utf8(std::string_view bytes, size_t* replaced = nullptr);

// Removes NULs and control characters other than \t and \n (\r\n and \r become \n;
// form feed becomes \n); returns how many were removed.
size_t remove_control_characters(std::string& utf8);

}  // namespace crux
