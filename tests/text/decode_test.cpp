// decode_text: BOMs, UTF-8, legacy charsets, refusals. Exact strings,
// counts and messages.
#include "tei/text/decode.h"

#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tests/text/text_test_util.h"

namespace crux {
namespace {

using namespace std::string_literals;
using test::encode_as;
using test::kRussian;

DecodedText decode(std::string_view bytes, DecodeOptions options = {}) { return decode_text(bytes, "f.txt", options); }

// The message of the BadInput error decode_text throws for bytes.
std::string refusal(std::string_view bytes, DecodeOptions options = {}) {
  try {
    decode_text(bytes, "notes.txt", options);
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_EQ(e.file(), "notes.txt");
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

TEST(Decode, AsciiAndUtf8) {
  DecodedText a = decode("Lenin returned.\n");
  EXPECT_EQ(a.utf8, "Lenin returned.\n");
  EXPECT_EQ(a.encoding, "UTF-8");
  EXPECT_EQ(a.source, "ascii");
  EXPECT_EQ(a.confidence, 100);
  DecodedText u = decode("Điện Mùa đông\n");
  EXPECT_EQ(u.utf8, "Điện Mùa đông\n");
  EXPECT_EQ(u.source, "utf-8");
  EXPECT_TRUE(u.warnings.empty());
}

TEST(Decode, Utf8BomIsRemoved) {
  DecodedText d = decode("\xEF\xBB\xBFЗимний дворец");
  EXPECT_EQ(d.utf8, "Зимний дворец");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.source, "bom");
}

TEST(Decode, Utf16WithBom) {
  std::string le = "\xFF\xFE" + encode_as("Аврора, 1917\n", "UTF-16LE");
  std::string be = "\xFE\xFF" + encode_as("Аврора, 1917\n", "UTF-16BE");
  DecodedText l = decode(le), b = decode(be);
  EXPECT_EQ(l.utf8, "Аврора, 1917\n");
  EXPECT_EQ(l.encoding, "UTF-16LE");
  EXPECT_EQ(l.source, "bom");
  EXPECT_EQ(b.utf8, "Аврора, 1917\n");
  EXPECT_EQ(b.encoding, "UTF-16BE");
}

TEST(Decode, Utf16WithoutBomIsRecognisedAndSaidSo) {
  DecodedText d = decode(encode_as("The Winter Palace was stormed on the night of 25 October.\n", "UTF-16LE"));
  EXPECT_EQ(d.utf8, "The Winter Palace was stormed on the night of 25 October.\n");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.source, "detected");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("no byte-order mark"), std::string::npos);
}

TEST(Decode, CorpusRussianInThreeEncodingsGivesTheSameText) {
  CRUX_REQUIRE_SHARED();
  DecodedText utf8 = decode(test::corpus("encodings/oktyabr-uchebnik.ru.utf8.txt"));
  DecodedText cp1251 = decode(test::corpus("encodings/oktyabr-uchebnik.ru.cp1251.txt"));
  DecodedText koi8 = decode(test::corpus("encodings/oktyabr-uchebnik.ru.koi8r.txt"));
  EXPECT_EQ(utf8.encoding, "UTF-8");
  EXPECT_EQ(cp1251.encoding, "windows-1251");
  EXPECT_EQ(koi8.encoding, "KOI8-R");
  EXPECT_EQ(cp1251.source, "detected");
  EXPECT_EQ(koi8.source, "detected");
  // ICU alone says 38%; the Russian tie-breaker is sure of these (measured 82.9 and 83.6).
  EXPECT_GT(cp1251.confidence, 80);
  EXPECT_GT(koi8.confidence, 80);
  EXPECT_TRUE(cp1251.warnings.empty());
  EXPECT_TRUE(koi8.warnings.empty());
  EXPECT_EQ(cp1251.utf8, utf8.utf8);
  // KOI8-R has no « » —: the file uses << >> -- instead.
  std::string expected = utf8.utf8;
  for (auto [from, to] : {std::pair<std::string, std::string>{"«", "<<"}, {"»", ">>"}, {"—", "--"}})
    for (size_t at; (at = expected.find(from)) != std::string::npos;) expected.replace(at, from.size(), to);
  EXPECT_EQ(koi8.utf8, expected);
  EXPECT_NE(koi8.utf8.find("Министр-председатель Керенский бежал из столицы"), std::string::npos);
}

TEST(Decode, ShortRussianInEveryCyrillicCodePage) {
  // ICU alone gets IBM866 wrong (it answers windows-1252) and ranks short
  // KOI8-R below Hebrew; the tie-breaker decides these.
  for (const char* cs : {"windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"}) {
    DecodedText d = decode(encode_as(kRussian, cs));
    EXPECT_EQ(d.encoding, cs);
    EXPECT_EQ(d.utf8, kRussian) << cs;
    EXPECT_TRUE(d.warnings.empty()) << cs;
  }
}

TEST(Decode, UkrainianInKoi8U) {
  std::string uk =
      "Жовтневе повстання в Петрограді відбулося 25 жовтня 1917 року. Унаслідок повстання було повалено "
      "Тимчасовий уряд, і влада перейшла до рад. Її визнали не всі губернії України.\n";
  DecodedText d = decode(encode_as(uk, "KOI8-U"));
  EXPECT_EQ(d.encoding, "KOI8-U");
  EXPECT_EQ(d.utf8, uk);
  DecodedText w = decode(encode_as(uk, "windows-1251"));
  EXPECT_EQ(w.encoding, "windows-1251");
  EXPECT_EQ(w.utf8, uk);
}

TEST(Decode, WesternLegacyText) {
  std::string fr = "Le café était très animé. L'élève a reçu un prix à l'école. Où est la gare? Noël approche déjà.";
  DecodedText d = decode(encode_as(fr, "windows-1252"));
  EXPECT_EQ(d.utf8, fr);
  // ICU ranks this ISO-8859-2/Romanian 46 over ISO-8859-1/French 42: the Western one is preferred, with warnings.
  EXPECT_EQ(d.encoding, "ISO-8859-1");
  EXPECT_EQ(d.confidence, 42);
  ASSERT_EQ(d.warnings.size(), 2u);
  EXPECT_EQ(d.warnings[0],
            "the encoding was guessed as ISO-8859-1 with low confidence (42%); if the text looks garbled, import it "
            "again with --encoding");
  EXPECT_NE(d.warnings[1].find("could also be ISO-8859-2 (46%)"), std::string::npos);

  std::string de = "Die Straße war schön, aber die Brücke über den Fluß wurde geöffnet. Müller grüßt.";
  DecodedText g = decode(encode_as(de, "ISO-8859-1"));
  EXPECT_EQ(g.utf8, de);
  EXPECT_EQ(g.encoding, "ISO-8859-1");
  EXPECT_TRUE(g.warnings.empty());
}

TEST(Decode, RefusesWhenScriptsTie) {
  // ICU: ISO-8859-1 (Latin) 20%, windows-1251 (Cyrillic) 20%.
  std::string m = refusal("\xC4\xD7\xC0 \xC6\xD1 \xEE\xC2 Zoe ");
  EXPECT_NE(m.find("notes.txt: cannot tell which encoding this file is in"), std::string::npos) << m;
  EXPECT_NE(m.find("different scripts"), std::string::npos) << m;
  EXPECT_NE(m.find("ISO-8859-1 (Latin script, 20%)"), std::string::npos) << m;
  EXPECT_NE(m.find("windows-1251 (Cyrillic script, 20%)"), std::string::npos) << m;
  EXPECT_NE(m.find("--encoding"), std::string::npos) << m;
}

TEST(Decode, GivenEncodingWins) {
  std::string bytes = encode_as(kRussian, "windows-1251");
  DecodedText d = decode(bytes, {"cp1251", false});
  EXPECT_EQ(d.utf8, kRussian);
  EXPECT_EQ(d.encoding, "windows-1251");  // canonical name of the alias
  EXPECT_EQ(d.source, "given");
  EXPECT_EQ(d.confidence, 100);
  // A wrong but valid choice is honoured: the user asked for it.
  DecodedText k = decode(bytes, {"KOI8-R", false});
  EXPECT_EQ(k.encoding, "KOI8-R");
  EXPECT_NE(k.utf8, kRussian);
}

TEST(Decode, UnknownEncodingNameIsAnError) {
  std::string m = refusal("text", {"klingon-8", false});
  EXPECT_NE(m.find("notes.txt: unknown encoding 'klingon-8'"), std::string::npos) << m;
}

TEST(Decode, EmptyFileIsAnError) { EXPECT_EQ(refusal(""), "notes.txt: the file is empty: there is no text to import"); }

TEST(Decode, BinaryFilesAreRefused) {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16);
  EXPECT_EQ(refusal(png), "notes.txt: this is not a text file but a PNG image");
  std::string elf(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
      16);
  EXPECT_EQ(refusal(elf), "notes.txt: this is not a text file but an ELF executable or library");
  // No magic number: 25% NULs and control bytes.
  std::string blob;
  for (int i = 0; i < 400; ++i) blob += (i % 4 == 0) ? std::string(1, '\0') : std::string("abc").substr(i % 3, 1);
  std::string m = refusal(blob);
  EXPECT_NE(m.find("looks like a binary file"), std::string::npos) << m;
  EXPECT_NE(m.find("25% of its first 400 bytes"), std::string::npos) << m;
  EXPECT_NE(m.find("more than 5%"), std::string::npos) << m;
}

TEST(Decode, BinaryThatLooksLikeUtf16IsStillBinary) {
  // Quiet 16-bit audio: every high byte is 0x00 or 0xFF, the low bytes vary.
  std::string pcm;
  for (int i = 0; i < 2000; ++i) {
    int sample = (i * 37) % 200 - 100;
    pcm += static_cast<char>(sample & 0xFF);
    pcm += static_cast<char>(sample < 0 ? 0xFF : 0x00);
  }
  EXPECT_NE(refusal(pcm).find("looks like a binary file"), std::string::npos);
}

TEST(Decode, StrayNulsAndControlsAreRemovedAndCounted) {
  std::string text = "The Aurora\0 fired\0 a blank shot.\r\nLenin\x1B spoke.\x7F\rPage\fTwo\tcolumns\v\n"s;
  DecodedText d = decode(text);
  EXPECT_EQ(d.utf8, "The Aurora fired a blank shot.\nLenin spoke.\nPage\nTwo\tcolumns\n");
  EXPECT_EQ(d.control_chars_removed, 5u);  // 2 NULs, ESC, DEL, \v
}

TEST(Decode, MostlyValidUtf8IsReportedAsInvalidUtf8) {
  std::string bytes = "Điện Mùa đông bị tấn công.\n\xFF\xFE nhưng Kérensky đã trốn.\n";
  size_t offset = bytes.find('\xFF');
  ASSERT_EQ(offset, 38u);
  std::string m = refusal(bytes);
  EXPECT_NE(m.find("notes.txt: not valid UTF-8: invalid byte sequence at byte offset 38"), std::string::npos) << m;
  EXPECT_NE(m.find("--lossy"), std::string::npos) << m;

  DecodedText d = decode(bytes, {"", true});
  EXPECT_EQ(d.utf8, "Điện Mùa đông bị tấn công.\n\xEF\xBF\xBD nhưng Kérensky đã trốn.\n");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.invalid_replaced, 1u);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "1 invalid byte sequence was replaced by U+FFFD (the first at byte offset 38)");
}

TEST(Decode, InvalidBytesOfAGivenLegacyEncoding) {
  // 0xC0 is unassigned in ISO-8859-8 (Hebrew).
  std::string bytes = encode_as("מהפכה", "ISO-8859-8") + "\xC0!";
  std::string m = refusal(bytes, {"ISO-8859-8", false});
  EXPECT_NE(m.find("notes.txt: the byte sequence at byte offset 5 is not valid in ISO-8859-8"), std::string::npos) << m;
  DecodedText d = decode(bytes, {"ISO-8859-8", true});
  EXPECT_EQ(d.utf8, "מהפכה\xEF\xBF\xBD!");
  EXPECT_EQ(d.invalid_replaced, 1u);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "1 invalid byte sequence was replaced by U+FFFD (the first at byte offset 5)");
}

TEST(Decode, TextIsNfc) {
  // "e" + COMBINING ACUTE, Vietnamese "ệ" as e + dot below + circumflex.
  DecodedText d = decode("Pe\xCC\x81trograd, Vie\xCC\xA3\xCC\x82t Nam");
  EXPECT_EQ(d.utf8, "Pétrograd, Việt Nam");
}

TEST(Decode, LegacyCombiningMarksAreComposed) {
  // windows-1258 writes Vietnamese tones as combining marks: ê (0xEA) + dot below (0xF2).
  DecodedText d = decode("Vi\xEA\xF2t Nam", {"windows-1258", false});
  EXPECT_EQ(d.utf8, "Việt Nam");
  // windows-1251 has no combining characters: its output is NFC by construction.
  EXPECT_EQ(decode(encode_as("Йод и йогурт", "windows-1251"), {"windows-1251", false}).utf8, "Йод и йогурт");
}

TEST(DecodeNormalize, ToNfcAndInPlace) {
  EXPECT_EQ(to_nfc("Ke\xCC\x81rensky"), "Kérensky");
  std::string already = "Kérensky, Керенский";
  EXPECT_FALSE(to_nfc_in_place(already));
  std::string decomposed = "A\xCC\x8A";  // A + ring
  EXPECT_TRUE(to_nfc_in_place(decomposed));
  EXPECT_EQ(decomposed, "Å");
}

TEST(DecodeNormalize, RemoveControlCharacters) {
  std::string s =
      "a\xC2\x85"
      "b\xC2\xA0"
      "c\x01\r\nd";  // NEL (C1), NBSP kept, SOH
  EXPECT_EQ(remove_control_characters(s), 2u);
  EXPECT_EQ(s,
            "ab\xC2\xA0"
            "c\nd");
  std::string clean = "no controls here\n\tnone";
  EXPECT_EQ(remove_control_characters(clean), 0u);
  EXPECT_EQ(clean, "no controls here\n\tnone");
}

TEST(DecodeConvert, ToUtf8) {
  EXPECT_EQ(convert_to_utf8("\xC0\xE2\xF0\xEE\xF0\xE0", "windows-1251", "f.txt", false), "Аврора");
  size_t replaced = 0;
  EXPECT_EQ(convert_to_utf8("ok\xFFok", "UTF-8", "f.txt", true, &replaced), "ok\xEF\xBF\xBDok");
  EXPECT_EQ(replaced, 1u);
  EXPECT_THROW(convert_to_utf8("x", "no-such-charset", "f.txt", false), Error);
}

TEST(DecodeConvert, RepairUtf8CountsRuns) {
  size_t replaced = 0;
  // A truncated 3-byte sequence counts once, as count_invalid_utf8 does.
  EXPECT_EQ(repair_utf8("a\xE2\x82"
                        "b\xC0\xAF"
                        "c",
                        &replaced),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c");
  EXPECT_EQ(replaced, 2u);
}

}  // namespace
}  // namespace crux
