#include "tei/base/slug.h"

#include <gtest/gtest.h>

using namespace crux;

TEST(Slug, ConventionsExamples) {
  EXPECT_EQ(slug_from_filename("socialist-lessons-1917.en.txt"), "socialist-lessons-1917-en");
  EXPECT_EQ(slug_from_filename("oktyabr-uchebnik.ru.cp1251.txt"), "oktyabr-uchebnik-ru-cp1251");
  EXPECT_EQ(slug_from_filename("/some/dir/cach-mang-1917-lich-su.vi.txt"), "cach-mang-1917-lich-su-vi");
}

TEST(Slug, TransliteratesOtherScripts) {
  EXPECT_EQ(slug_from_filename("Октябрь 1917.txt"), "oktabr-1917");
  EXPECT_EQ(slug_from_filename("Cách mạng Tháng Mười.html"), "cach-mang-thang-muoi");
}

TEST(Slug, PrefixesWhenNotStartingWithALetter) {
  EXPECT_EQ(slug_from_filename("1917.txt"), "s-1917");
  EXPECT_EQ(slug_from_filename("___.txt"), "s-source");
}

TEST(Slug, ValidIds) {
  EXPECT_TRUE(is_valid_id("demo"));
  EXPECT_TRUE(is_valid_id("socialist-lessons-1917-en"));
  EXPECT_FALSE(is_valid_id("Demo"));
  EXPECT_FALSE(is_valid_id("../etc"));
  EXPECT_FALSE(is_valid_id("1917"));
  EXPECT_FALSE(is_valid_id(""));
}
