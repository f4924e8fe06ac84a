// The name rules shared by bundle and unbundle, one hostile form at a time.
#include "tei/bundle/entry_rules.h"

#include <gtest/gtest.h>

using namespace crux;

namespace {

void expect_problem(std::string_view name, const std::string& phrase) {
  std::string problem = entry_name_problem(name);
  EXPECT_NE(problem.find(phrase), std::string::npos)
      << "name '" << printable_entry_name(name) << "': got '" << problem << "', expected '" << phrase << "'";
}

}  // namespace

TEST(EntryRules, OrdinaryProjectNamesPass) {
  for (std::string_view ok : {"crux-project.xml", "sources/", "sources/điện.tei.xml", "layers/a b.tei.xml",
                              ".gitignore", ".gitattributes", "notes/sub/", "sources/..x", "sources/x..",
                              "a/.cruxish/b", "sources/.crux"})
    EXPECT_EQ(entry_name_problem(ok), "") << ok;
}

TEST(EntryRules, NamesThatLeaveTheFolderAreRefused) {
  expect_problem("../evil", "climbs out");
  expect_problem("sources/../../evil", "climbs out");
  expect_problem("sources/..", "climbs out");
  expect_problem("../", "climbs out");
  expect_problem("/etc/passwd", "absolute path");
  expect_problem("/", "absolute path");
  expect_problem("..\\evil", "backslash");
  expect_problem("sources\\a.xml", "backslash");
  expect_problem("C:evil", "drive letter");
  expect_problem("c:/windows/evil", "drive letter");
  expect_problem("sources/a:b", "':'");
}

TEST(EntryRules, MalformedNamesAreRefused) {
  expect_problem("", "empty name");
  expect_problem("a//b", "empty folder name");
  expect_problem("a//", "empty folder name");
  expect_problem("./a", "'.' folder");
  expect_problem(std::string_view("a\0b", 3), "NUL");
  expect_problem("a\x01" "b", "control character");
  expect_problem("a\x7f", "control character");
  expect_problem("a\nb", "control character");
  expect_problem("bad\xff.xml", "not valid UTF-8");
  expect_problem(std::string(300, 'a'), "longer than 255");
  expect_problem(std::string(1100, 'a'), "longer than 1024");
}

TEST(EntryRules, CachesAndGitFoldersAreRefused) {
  expect_problem(".crux/index.sqlite", ".crux/");
  expect_problem(".crux/", ".crux/");
  expect_problem(".crux", ".crux/");
  expect_problem(".git/config", ".git");
  expect_problem(".GIT/config", ".git");
  expect_problem("sources/.git/hooks/post-checkout", ".git");
}

TEST(EntryRules, PrintableNamesShowControlBytes) {
  EXPECT_EQ(printable_entry_name("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(printable_entry_name(std::string_view("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(printable_entry_name("điện"), "điện");
}

TEST(EntryNameSet, DistinctNamesAndImpliedFoldersPass) {
  EntryNameSet names;
  for (std::string_view n : {"crux-project.xml", "sources/a.xml", "sources/", "sources/b.xml", "layers/x/y.xml",
                             "layers/x/"})
    EXPECT_EQ(names.add(n), "") << n;
}

TEST(EntryNameSet, DuplicatesAreFound) {
  EntryNameSet names;
  EXPECT_EQ(names.add("sources/a.xml"), "");
  EXPECT_NE(names.add("sources/a.xml").find("appears twice"), std::string::npos);
  EntryNameSet folders;
  EXPECT_EQ(folders.add("notes/"), "");
  EXPECT_NE(folders.add("notes/").find("appears twice"), std::string::npos);
}

TEST(EntryNameSet, FileAndFolderOfOneNameClash) {
  EntryNameSet file_first;
  EXPECT_EQ(file_first.add("sources"), "");
  EXPECT_NE(file_first.add("sources/a.xml").find("both a file and a folder"), std::string::npos);
  EntryNameSet folder_first;
  EXPECT_EQ(folder_first.add("sources/a.xml"), "");
  EXPECT_NE(folder_first.add("sources").find("both a file and a folder"), std::string::npos);
  EntryNameSet explicit_folder;
  EXPECT_EQ(explicit_folder.add("notes/"), "");
  EXPECT_NE(explicit_folder.add("notes").find("both a file and a folder"), std::string::npos);
}

TEST(EntryNameSet, NamesDifferingOnlyInCaseOrNormalisationClash) {
  EntryNameSet names;
  EXPECT_EQ(names.add("sources/Note.xml"), "");
  EXPECT_NE(names.add("sources/note.xml").find("differ only in case"), std::string::npos);
  EntryNameSet folders;
  EXPECT_EQ(folders.add("Sources/a.xml"), "");
  EXPECT_NE(folders.add("sources/b.xml").find("differ only in case"), std::string::npos);
  EntryNameSet accents;  // é precomposed (NFC) and e + combining acute (NFD)
  EXPECT_EQ(accents.add("caf\xc3\xa9.xml"), "");
  EXPECT_NE(accents.add("cafe\xcc\x81.xml").find("differ only in case"), std::string::npos);
}
