// unbundle() against hostile and broken archives, each built here: every one
// is refused with a message naming the bundle and the problem, and leaves the
// disk exactly as it was (no target, no temp folder).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zip.h>

#include <chrono>
#include <filesystem>

#include "tei/base/error.h"
#include "tei/bundle/bundle.h"
#include "tei/bundle/bundle_index.h"
#include "tei/bundle/central_directory.h"
#include "tests/bundle/bundle_fixtures.h"
#include "tests/support/test_support.h"

using namespace crux;
namespace fs = std::filesystem;
using test::ForgedEntry;

namespace {

class Hostile : public ::testing::Test {
 protected:
  test::TempDir dir;
  std::string bundle_file = dir.file("in.crux");

  // The minimal bundle plus the extra entries, forged into bundle_file.
  void forge(std::vector<ForgedEntry> extra) {
    std::vector<ForgedEntry> entries = test::minimal_bundle();
    entries.insert(entries.end(), extra.begin(), extra.end());
    test::forge_zip(bundle_file, entries);
  }

  void expect_refused(const std::string& phrase, const UnbundleLimits& limits = {}) {
    std::string target = dir.file("out");
    std::string before = test::snapshot_tree(dir.path());
    try {
      unbundle(bundle_file, target, limits);
      ADD_FAILURE() << "accepted; expected a refusal with: " << phrase;
    } catch (const Error& e) {
      std::string what = e.what();
      EXPECT_EQ(e.category(), ErrorCategory::BadInput) << what;
      EXPECT_EQ(what.rfind(bundle_file + ": ", 0), 0u) << what;  // names the file first
      EXPECT_NE(what.find(phrase), std::string::npos) << what;
      EXPECT_NE(what.find("nothing was unpacked"), std::string::npos) << what;
    }
    EXPECT_FALSE(fs::exists(target));
    EXPECT_EQ(test::snapshot_tree(dir.path()), before);  // no temp folder left either
  }
};

constexpr std::uint32_t kSymlink = S_IFLNK | 0777;

}  // namespace

TEST_F(Hostile, AForgedButHonestBundleIsAccepted) {
  forge({{"notes/", "", S_IFDIR | 0755}, {"layers/deep/x.tei.xml", "<x/>"}});  // layers/ and deep/ only implied
  BundleSummary s = unbundle(bundle_file, dir.file("out"));
  EXPECT_EQ(s.files, 3u);
  EXPECT_EQ(test::slurp(dir.file("out/layers/deep/x.tei.xml")), "<x/>");
  EXPECT_TRUE(fs::is_directory(dir.file("out/notes")));
}

TEST_F(Hostile, PathsClimbingOutAreRefused) {
  forge({{"../evil.txt", "owned"}});
  expect_refused("'../evil.txt' climbs out of the project folder");
  forge({{"sources/../../evil.txt", "owned"}});
  expect_refused("climbs out");
  EXPECT_FALSE(fs::exists(dir.file("evil.txt")));
}

TEST_F(Hostile, AbsolutePathsAreRefused) {
  forge({{"/tmp/evil.txt", "owned"}});
  expect_refused("'/tmp/evil.txt' is an absolute path");
}

TEST_F(Hostile, BackslashesAndDriveLettersAreRefused) {
  forge({{"..\\evil.txt", "owned"}});
  expect_refused("backslash");
  forge({{"sources\\a.tei.xml", "x"}});
  expect_refused("backslash");
  forge({{"C:evil.txt", "x"}});
  expect_refused("drive letter");
}

TEST_F(Hostile, ControlCharactersAndNulAreRefused) {
  forge({{"sources/a\x1b[2Jb.xml", "x"}});
  expect_refused("'sources/a\\x1b[2Jb.xml' has a control character");
  // libzip turns NUL into a space; the raw table of contents tells.
  forge({{"sources/aXb.xml", "x"}});
  std::string bytes = test::slurp(bundle_file);
  test::patch_entry_name(bytes, "sources/aXb.xml", std::string("sources/a\0b.xml", 15));
  test::spit(bundle_file, bytes);
  expect_refused("'sources/a\\x00b.xml' has a NUL character");
}

TEST_F(Hostile, SymbolicLinkEntriesAreRefused) {
  // What `zip --symlinks` makes: the link target as data, S_IFLNK in the mode.
  forge({{"sources/passwd.tei.xml", "/etc/passwd", kSymlink}});
  expect_refused("'sources/passwd.tei.xml' is a symbolic link");
  forge({{"sources/fifo", "", S_IFIFO | 0644}});
  expect_refused("special file");
  forge({{"sources/dir-without-slash", "", S_IFDIR | 0755}});
  expect_refused("marked as a folder");
}

TEST_F(Hostile, DuplicatesAndClashesAreRefused) {
  forge({{"sources/b.tei.xml", "second"}});
  std::string bytes = test::slurp(bundle_file);
  test::patch_entry_name(bytes, "sources/b.tei.xml", "sources/a.tei.xml");  // now twice
  test::spit(bundle_file, bytes);
  expect_refused("the entry 'sources/a.tei.xml' appears twice");
  forge({{"sources/a.tei.xml/x", "under a file"}});
  expect_refused("both a file and a folder");
  forge({{"sources/A.tei.xml", "case"}});
  expect_refused("differ only in case");
}

TEST_F(Hostile, CachesAndGitFoldersAreRefused) {
  forge({{".crux/index.sqlite", "poisoned"}});
  expect_refused(".crux/");
  forge({{".git/config", "[core]\n\tfsmonitor = rm -rf ~\n"}});
  expect_refused(".git");
}

TEST_F(Hostile, AZipBombPastTheTotalBoundIsRefusedFromItsTableOfContents) {
  forge({{"sources/zeros.tei.xml", std::string(50u << 20, '\0')}});  // 50 MB, about 50 KB packed
  EXPECT_LT(fs::file_size(bundle_file), 200u * 1024);
  UnbundleLimits limits;
  limits.max_total_bytes = 10u << 20;
  limits.max_ratio = 1'000'000;  // so that the total bound is what stops it
  expect_refused("unpacks to more than the limit of 10 MB in all", limits);
  expect_refused("compressed more than 100:1");  // default limits: the ratio stops it first
}

TEST_F(Hostile, AZipBombThatLiesAboutItsSizeIsStoppedWhileStreaming) {
  forge({{"sources/zeros.tei.xml", std::string(50u << 20, '\0')}});
  std::string bytes = test::slurp(bundle_file);
  test::patch_uncompressed_size(bytes, "sources/zeros.tei.xml", 1000);  // claims 1000 bytes, ratio < 1
  test::spit(bundle_file, bytes);
  UnbundleLimits limits;
  limits.max_total_bytes = 10u << 20;
  auto start = std::chrono::steady_clock::now();
  expect_refused("'sources/zeros.tei.xml' unpacks to more than the 1000 bytes its table of contents declares", limits);
  // Stopped after the first piece, not after inflating 50 MB.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(Hostile, AnEntryShorterThanDeclaredIsDamaged) {
  forge({{"sources/b.tei.xml", std::string(5000, 'b')}});
  std::string bytes = test::slurp(bundle_file);
  test::patch_uncompressed_size(bytes, "sources/b.tei.xml", 9000);
  test::spit(bundle_file, bytes);
  expect_refused("damaged");
}

TEST_F(Hostile, OneEntryPastItsBoundIsRefused) {
  std::string noise;
  for (unsigned x = 1; noise.size() < (2u << 20); x = x * 1103515245u + 12345u) noise += static_cast<char>(x >> 24);
  forge({{"sources/big.tei.xml", noise}});
  UnbundleLimits limits;
  limits.max_entry_bytes = 1u << 20;
  expect_refused("'sources/big.tei.xml' unpacks to more than the limit of 1 MB for one file", limits);
}

TEST_F(Hostile, TooManyEntriesAreRefused) {
  std::vector<ForgedEntry> many;
  for (int i = 0; i < 6; ++i) many.push_back({"sources/s" + std::to_string(i) + ".tei.xml", "x"});
  forge(many);
  UnbundleLimits limits;
  limits.max_entries = 5;
  expect_refused("holds 8 entries, more than the limit of 5", limits);
}

TEST_F(Hostile, NotAZipIsNotABundle) {
  test::spit(bundle_file, "Dear colleague, here is the project.\n");
  expect_refused("not a Crux bundle: it is not a ZIP archive");
  test::spit(bundle_file, "");
  expect_refused("not a Crux bundle: the file is empty");
}

TEST_F(Hostile, ATruncatedBundleIsDamaged) {
  test::make_sample_project(dir.file("p"));
  bundle(dir.file("p"), bundle_file);
  fs::remove_all(dir.file("p"));
  std::string bytes = test::slurp(bundle_file);
  test::spit(bundle_file, bytes.substr(0, bytes.size() / 2));
  expect_refused("damaged or incomplete");
  test::spit(bundle_file, bytes.substr(0, bytes.size() - 10));  // only the end record cut
  expect_refused("damaged or incomplete");
}

TEST_F(Hostile, CorruptedDataIsDamaged) {
  forge({{"sources/b.tei.xml", std::string(20000, 'b') + std::string(20000, 'c')}});
  std::string bytes = test::slurp(bundle_file);
  size_t at = test::entry_data_offset(bytes, "sources/b.tei.xml");
  for (size_t i = 2; i < 12; ++i) bytes[at + i] = static_cast<char>(bytes[at + i] ^ 0x5a);
  test::spit(bundle_file, bytes);
  expect_refused("damaged");
}

TEST_F(Hostile, ABundleWithoutManifestIsNotABundle) {
  test::forge_zip(bundle_file, {{"sources/a.tei.xml", "<TEI/>"}});
  expect_refused("not a Crux bundle: it has no crux-project.xml at its top level");
  test::forge_zip(bundle_file, {{"seminar/crux-project.xml", "<x/>"}, {"seminar/sources/a.tei.xml", "<TEI/>"}});
  expect_refused("holds a folder 'seminar/' with a project inside");
}

TEST_F(Hostile, OtherCompressionMethodsAreRefused) {
  if (!zip_compression_method_supported(ZIP_CM_BZIP2, 1)) GTEST_SKIP() << "libzip built without bzip2";
  forge({{"sources/b.tei.xml", "bzip2", 0, ZIP_CM_BZIP2}});
  expect_refused("compressed with a method Crux does not read");
}

TEST_F(Hostile, ZipWithMoreThan65535EntriesIsReadThroughItsZip64Records) {
  // Past 65535 entries the counts live in the ZIP64 end record, which the raw
  // reader must follow to see every name (and to bound the count early).
  std::vector<ForgedEntry> many;
  for (int i = 0; i < 70'000; ++i) many.push_back({"sources/s" + std::to_string(i) + ".xml", "", 0, ZIP_CM_STORE});
  forge(many);
  std::vector<std::string> raw = read_central_directory_names(bundle_file, 100'000);
  ASSERT_EQ(raw.size(), 70'002u);
  EXPECT_EQ(raw, test::zip_entry_names(bundle_file));
  EXPECT_EQ(inspect_bundle(bundle_file, UnbundleLimits{}).entries.size(), 70'002u);
  UnbundleLimits limits;
  limits.max_entries = 70'001;
  expect_refused("holds 70002 entries, more than the limit of 70001", limits);
}
