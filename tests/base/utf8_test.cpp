#include "tei/base/utf8.h"

#include <gtest/gtest.h>

using namespace crux;

TEST(Utf8, FindsFirstInvalidSequence) {
  EXPECT_EQ(first_invalid_utf8("plain ascii"), std::nullopt);
  EXPECT_EQ(first_invalid_utf8("Điện Mùa đông"), std::nullopt);
  EXPECT_EQ(first_invalid_utf8(std::string("abc\xff" "def")), 3u);
  EXPECT_EQ(first_invalid_utf8(std::string("ab\xc0\xaf")), 2u);          // overlong '/'
  EXPECT_EQ(first_invalid_utf8(std::string("\xed\xa0\x80")), 0u);        // surrogate
  EXPECT_EQ(first_invalid_utf8(std::string("x\xe2\x82")), 1u);           // truncated
}

TEST(Utf8, CountsInvalidRuns) {
  size_t first = 0;
  EXPECT_EQ(count_invalid_utf8(std::string("a\xff\xfe b \x80"), &first), 2u);
  EXPECT_EQ(first, 1u);
}

TEST(Utf8, ConvertsBetweenCodePointsAndBytes) {
  std::string s = "Điện Керенский";
  EXPECT_EQ(count_code_points(s), 14u);
  EXPECT_EQ(byte_offset_of_code_point(s, 1), 2u);  // Đ is two bytes
  EXPECT_EQ(code_point_of_byte_offset(s, byte_offset_of_code_point(s, 9)), 9u);
  std::string out;
  append_utf8(out, U'К');
  append_utf8(out, U'😀');
  size_t i = 0;
  EXPECT_EQ(decode_utf8(out, i), U'К');
  EXPECT_EQ(decode_utf8(out, i), U'😀');
  EXPECT_EQ(i, out.size());
}
