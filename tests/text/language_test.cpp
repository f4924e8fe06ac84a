// detect_language (cld2): the corpus languages, and short inline samples.
#include "tei/text/language.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tei/text/decode.h"
#include "tests/text/text_test_util.h"

namespace crux {
namespace {

LanguageGuess of_corpus_file(const std::string& relative) {
  return detect_language(decode_text(test::corpus(relative), relative, {}).utf8);
}

TEST(Language, CorpusFiles) {
  CRUX_REQUIRE_SHARED();
  namespace fs = std::filesystem;
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(test::shared_dir() + "/corpus/october-1917")) {
    std::string name = entry.path().filename().string();
    std::string expected = name.find(".en.txt") != std::string::npos   ? "en"
                           : name.find(".vi.txt") != std::string::npos ? "vi"
                                                                       : "";
    if (expected.empty()) continue;
    LanguageGuess g = of_corpus_file("october-1917/" + name);
    EXPECT_EQ(g.code, expected) << name;
    EXPECT_TRUE(g.reliable) << name;
    EXPECT_GE(g.confidence, 90) << name;
    ++checked;
  }
  EXPECT_EQ(checked, 5u);
  for (const char* ru : {"utf8", "cp1251", "koi8r"}) {
    LanguageGuess g = of_corpus_file(std::string("encodings/oktyabr-uchebnik.ru.") + ru + ".txt");
    EXPECT_EQ(g.code, "ru") << ru;
    EXPECT_TRUE(g.reliable) << ru;
  }
}

TEST(Language, ShortSamples) {
  struct Sample {
    const char* code;
    const char* text;
  };
  const Sample samples[] = {
      {"zh",
       "十月革命是1917年俄国工人阶级在布尔什维克党领导下，联合贫农所完成的社会主义革命。起义的工人和士兵攻占了冬宫，"
       "推翻了资产阶级临时政府，建立了世界上第一个无产阶级专政的国家。"},
      {"fr",
       "La révolution d'Octobre est la seconde phase de la révolution russe de 1917. Les bolcheviks prirent "
       "le pouvoir à Pétrograd dans la nuit du 24 au 25 octobre, et le gouvernement provisoire fut renversé."},
      {"de",
       "Die Oktoberrevolution war die gewaltsame Machtübernahme durch die Bolschewiki in Russland. In der "
       "Nacht zum 7. November 1917 besetzten bewaffnete Arbeiter und Soldaten den Winterpalast in Petrograd."},
      {"vi",
       "Cách mạng Tháng Mười Nga là cuộc cách mạng vô sản do Đảng Bolshevik lãnh đạo, nổ ra tại Petrograd vào "
       "ngày 7 tháng 11 năm 1917 và lật đổ Chính phủ lâm thời."},
      {"ru",
       "Октябрьская революция произошла в Петрограде в ночь с 25 на 26 октября 1917 года. Временное "
       "правительство было свергнуто, а власть перешла к Советам."},
      {"en",
       "The October Revolution was a revolution in Russia led by the Bolshevik Party of Vladimir Lenin that "
       "was a key moment in the larger Russian Revolution of 1917."},
  };
  for (const Sample& s : samples) {
    LanguageGuess g = detect_language(s.text);
    EXPECT_EQ(g.code, s.code) << s.text;
    EXPECT_TRUE(g.reliable) << s.code;
    EXPECT_GT(g.confidence, 50) << s.code;
  }
}

TEST(Language, NothingToGoOn) {
  LanguageGuess empty = detect_language("");
  EXPECT_EQ(empty.code, "und");
  EXPECT_EQ(empty.confidence, 0);
  EXPECT_FALSE(empty.reliable);
  EXPECT_EQ(detect_language("1917 - 1921, 25/10 (7/11)").code, "und");
}

TEST(Language, OnlyTheFirst64KiBAreRead) {
  // 70 KB of English, then French: the bounded sample sees English only, and
  // the cut falls inside a two-byte character without harm.
  std::string text;
  while (text.size() < 65535) text += "The soldiers of the Petrograd garrison went over to the Soviet. ";
  text.resize(65535);
  text += "é";  // bytes 65535 and 65536: the cut at 65536 would split it
  while (text.size() < 140000) text += "Les soldats de la garnison passèrent du côté du soviet de Pétrograd. ";
  EXPECT_EQ(detect_language(text).code, "en");
}

}  // namespace
}  // namespace crux
