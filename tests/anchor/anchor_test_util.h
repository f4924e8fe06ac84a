#pragma once
// Shared by the re-anchoring case tests: three paragraphs of an account of
// October 1917, and helpers that find a quote in UTF-8 text and give its
// anchor and offsets in code points.
#include <gtest/gtest.h>

#include <string>

#include "tei/anchor/reanchorer.h"
#include "tei/base/utf8.h"

namespace crux::test {

inline const std::string kPara1 =
    "On the evening of 24 October the Military Revolutionary Committee sent its commissars to the "
    "telegraph, the railway stations and the bridges over the Neva.\n";
inline const std::string kPara2 =
    "At two in the morning the garrison stormed the Winter Palace and arrested the ministers of the "
    "Provisonal Government, who had waited there all day.\n";
inline const std::string kPara3 =
    "Kerensky had left the capital in a car borrowed from the American embassy, hoping to bring "
    "loyal troops from the front.\n";

// The anchor of an occurrence (0: the first) of `quote` in `text` (UTF-8 in,
// code points out), and the code point offset of one.
inline TextAnchor anchor_of(const std::string& text, const std::string& quote, size_t occurrence = 0) {
  size_t byte = text.find(quote);
  for (size_t k = 0; k < occurrence; ++k) byte = text.find(quote, byte + 1);
  EXPECT_NE(byte, std::string::npos) << quote;
  size_t start = code_point_of_byte_offset(text, byte);
  return make_anchor(to_u32(text), start, start + count_code_points(quote));
}

inline size_t cp_offset(const std::string& text, const std::string& quote, size_t occurrence = 0) {
  size_t byte = text.find(quote);
  for (size_t k = 0; k < occurrence; ++k) byte = text.find(quote, byte + 1);
  EXPECT_NE(byte, std::string::npos) << quote;
  return code_point_of_byte_offset(text, byte);
}

inline std::string covered(const Reanchorer& r, const AnchorResult& res) {
  return to_utf8(std::u32string_view(r.text()).substr(res.start, res.end - res.start));
}

}  // namespace crux::test
