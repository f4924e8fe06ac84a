// TextPositions: the one conversion between the core's code points and
// Scintilla's UTF-8 bytes. Pure C++, no display; checked against the core's
// own (linear) conversions in tei/base/utf8.h.
#include "app/gui/text_positions.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tei/base/utf8.h"

using crux::gui::TextPositions;

namespace {

// 1-, 2-, 3- and 4-byte characters, several lines, an empty line.
const std::string kMixed =
    "Điện Mùa đông\nШтурм Зимнего дворца\n\n十月革命 and 𝔄urora 🚢\nplain ASCII line";

void expect_agrees_with_core(const std::string& text) {
  TextPositions p(text);
  size_t n = crux::count_code_points(text);
  ASSERT_EQ(p.code_points(), n);
  for (size_t cp = 0; cp <= n; ++cp) {
    size_t b = crux::byte_offset_of_code_point(text, cp);
    ASSERT_EQ(p.byte_of(cp), b) << "code point " << cp;
    ASSERT_EQ(p.code_point_of(b), cp) << "byte " << b;
  }
}

}  // namespace

TEST(TextPositions, EmptyText) {
  TextPositions p;
  EXPECT_EQ(p.code_points(), 0u);
  EXPECT_EQ(p.bytes(), 0u);
  EXPECT_EQ(p.byte_of(0), 0u);
  EXPECT_EQ(p.byte_of(5), 0u);
  EXPECT_EQ(p.code_point_of(3), 0u);
  EXPECT_EQ(p.line_count(), 1u);
  EXPECT_EQ(p.line_of_code_point(0), 0u);
}

TEST(TextPositions, AsciiPositionsAreEqual) {
  TextPositions p("one\ntwo\nthree");
  EXPECT_EQ(p.byte_of(5), 5u);
  EXPECT_EQ(p.code_point_of(9), 9u);
  EXPECT_EQ(p.line_count(), 3u);
  EXPECT_EQ(p.line_of_code_point(4), 1u);
  EXPECT_EQ(p.line_start_byte(2), 8u);
}

TEST(TextPositions, MixedScriptsAgreeWithTheCoreEverywhere) { expect_agrees_with_core(kMixed); }

TEST(TextPositions, LongTextsAcrossManyCheckpoints) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 3 == 0) ? "Việt " : (i % 3 == 1) ? "Русь\n" : "漢字🚢 ";
  expect_agrees_with_core(text);
}

TEST(TextPositions, KnownOffsets) {
  TextPositions p("aĐ十🚢b");
  EXPECT_EQ(p.byte_of(0), 0u);
  EXPECT_EQ(p.byte_of(1), 1u);   // Đ: 2 bytes
  EXPECT_EQ(p.byte_of(2), 3u);   // 十: 3 bytes
  EXPECT_EQ(p.byte_of(3), 6u);   // 🚢: 4 bytes
  EXPECT_EQ(p.byte_of(4), 10u);  // b
  EXPECT_EQ(p.byte_of(5), 11u);
  EXPECT_EQ(p.code_points(), 5u);
}

TEST(TextPositions, BytesInsideASequenceRoundDown) {
  TextPositions p("aĐ十🚢b");
  EXPECT_EQ(p.code_point_of(2), 1u);  // second byte of Đ
  EXPECT_EQ(p.code_point_of(4), 2u);
  EXPECT_EQ(p.code_point_of(5), 2u);
  EXPECT_EQ(p.code_point_of(7), 3u);
  EXPECT_EQ(p.code_point_of(9), 3u);
}

TEST(TextPositions, OutOfRangeClamps) {
  TextPositions p("Đêm");
  EXPECT_EQ(p.byte_of(100), p.bytes());
  EXPECT_EQ(p.code_point_of(100), 3u);
  EXPECT_EQ(p.line_start_code_point(7), 3u);
  EXPECT_EQ(p.line_start_byte(7), p.bytes());
}

TEST(TextPositions, LinesMatchScintillaNumbering) {
  TextPositions p(kMixed);
  ASSERT_EQ(p.line_count(), 5u);
  EXPECT_EQ(p.line_start_code_point(1), 14u);  // after "Điện Mùa đông\n"
  EXPECT_EQ(p.line_start_byte(1), std::string("Điện Mùa đông\n").size());
  EXPECT_EQ(p.line_start_code_point(2), 35u);
  EXPECT_EQ(p.line_start_code_point(3), 36u);  // the empty line is one '\n'
  for (size_t line = 0; line < p.line_count(); ++line) {
    size_t cp = p.line_start_code_point(line);
    EXPECT_EQ(p.line_of_code_point(cp), line);
    EXPECT_EQ(p.line_of_byte(p.line_start_byte(line)), line);
    EXPECT_EQ(p.byte_of(cp), p.line_start_byte(line));
  }
  // The '\n' belongs to the line it ends.
  EXPECT_EQ(p.line_of_code_point(13), 0u);
  EXPECT_EQ(p.line_of_code_point(p.code_points()), 4u);
}

TEST(TextPositions, StrayContinuationBytesDoNotCrash) {
  std::string bad = "\x80\x80" "ab\xC3";
  TextPositions p(bad);
  EXPECT_EQ(p.code_points(), crux::count_code_points(bad));
  EXPECT_EQ(p.code_point_of(0), 0u);
  EXPECT_EQ(p.code_point_of(1), 0u);
  EXPECT_LE(p.byte_of(1), bad.size());
}

TEST(TextPositions, LookupsStayFastOnABookLengthText) {
  std::string text;
  while (text.size() < 8'000'000) text += "Những người chứng kiến kể lại rằng cuộc chiếm giữ diễn ra nhanh chóng.\n";
  TextPositions p(text);
  auto start = std::chrono::steady_clock::now();
  size_t sum = 0;
  for (size_t i = 0; i < 20'000; ++i) {
    size_t cp = (i * 7919) % p.code_points();
    sum += p.code_point_of(p.byte_of(cp)) == cp;
    sum += p.line_of_code_point(cp) > 0;
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GE(sum, 20'000u);
  // Linear scans would take minutes; a generous bound for slow debug builds.
  EXPECT_LT(ms, 1000.0);
}
