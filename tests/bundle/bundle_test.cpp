// bundle() and the round trip through unbundle(): what goes in, what stays
// out, reproducible bytes, where the bundle may go, and that every failure
// leaves the disk as it was.
#include "tei/bundle/bundle.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>

#include "tei/base/error.h"
#include "tests/bundle/bundle_fixtures.h"
#include "tests/support/test_support.h"

using namespace crux;
namespace fs = std::filesystem;

namespace {

// Runs f, expecting a crux::Error of `category` whose message holds every phrase.
template <typename F>
void expect_error(F f, ErrorCategory category, std::initializer_list<std::string> phrases) {
  try {
    f();
    ADD_FAILURE() << "no error thrown";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), category) << e.what();
    for (const std::string& p : phrases) EXPECT_NE(std::string(e.what()).find(p), std::string::npos) << e.what();
  }
}

class Bundle : public ::testing::Test {
 protected:
  void SetUp() override { test::make_sample_project(project); }
  test::TempDir dir;
  std::string project = dir.file("seminar");
  test::ScopedEnv no_epoch{"SOURCE_DATE_EPOCH", nullptr};
};

}  // namespace

TEST_F(Bundle, RoundTripGivesTheSameTreeWithoutCachesOrGit) {
  std::string file = dir.file("seminar.crux");
  BundleSummary packed = bundle(project, file);
  EXPECT_EQ(packed.path, file);
  EXPECT_EQ(packed.files, 7u);    // manifest, 2 sources, layer, taxonomy, .gitignore, .gitattributes
  EXPECT_EQ(packed.folders, 4u);  // sources, layers, taxonomies, notes (empty, kept)

  BundleSummary unpacked = unbundle(file, dir.file("copy"));
  EXPECT_EQ(unpacked.path, dir.file("copy"));
  EXPECT_EQ(unpacked.files, packed.files);
  EXPECT_EQ(unpacked.bytes, packed.bytes);

  auto expected = test::tree(project);
  for (auto it = expected.begin(); it != expected.end();)
    it = (it->first.starts_with(".crux") || it->first.starts_with(".git/") || it->first == ".git") ? expected.erase(it)
                                                                                                   : std::next(it);
  EXPECT_EQ(test::tree(dir.file("copy")), expected);
  EXPECT_EQ(test::tree(dir.file("copy")).at("sources/điện.tei.xml"), test::slurp(project + "/sources/điện.tei.xml"));
}

TEST_F(Bundle, EntriesAreSortedRelativeAndDeflated) {
  std::string file = dir.file("seminar.crux");
  bundle(project, file);
  std::vector<std::string> names = test::zip_entry_names(file);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(names, (std::vector<std::string>{".gitattributes", ".gitignore", "crux-project.xml", "layers/",
                                             "layers/seminar.tei.xml", "notes/", "sources/",
                                             "sources/dien-mua-dong.tei.xml", "sources/điện.tei.xml", "taxonomies/",
                                             "taxonomies/claims.tei.xml"}));
  std::vector<int> methods = test::zip_entry_methods(file);
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i].back() != '/') {
      EXPECT_EQ(methods[i], ZIP_CM_DEFLATE) << names[i];
    }
}

TEST_F(Bundle, SourceDateEpochMakesTheSameBytesWhateverTheFileTimesAndModes) {
  test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1700000000");
  bundle(project, dir.file("a.crux"));
  // The same project elsewhere, with other times and modes.
  fs::copy(project, dir.file("other"), fs::copy_options::recursive);
  fs::last_write_time(dir.file("other/sources/điện.tei.xml"), fs::file_time_type::clock::now() - std::chrono::hours(50));
  fs::permissions(dir.file("other/layers/seminar.tei.xml"), fs::perms::owner_read | fs::perms::owner_write);
  bundle(dir.file("other"), dir.file("b.crux"));
  EXPECT_EQ(test::slurp(dir.file("a.crux")), test::slurp(dir.file("b.crux")));
  // And the moment itself is inside: 2023-11-14 22:13:20 UTC as DOS date bytes.
  std::string bytes = test::slurp(dir.file("a.crux"));
  std::string dos_date{static_cast<char>(0x6e), static_cast<char>(0x57)};  // (43<<9)|(11<<5)|14 = 0x576e
  EXPECT_NE(bytes.find(dos_date), std::string::npos);
}

TEST_F(Bundle, SourceDateEpochZeroBecomesTheFirstDosDate) {
  test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "0");
  bundle(project, dir.file("a.crux"));
  bundle(project, dir.file("b.crux"));
  EXPECT_EQ(test::slurp(dir.file("a.crux")), test::slurp(dir.file("b.crux")));
  EXPECT_EQ(unbundle(dir.file("a.crux"), dir.file("copy")).files, 7u);
}

TEST_F(Bundle, ABundleInsideTheProjectLeavesItselfOut) {
  std::string file = project + "/seminar.crux";
  bundle(project, file);
  bundle(project, file);  // again, with the first one present
  std::vector<std::string> names = test::zip_entry_names(file);
  EXPECT_EQ(std::count(names.begin(), names.end(), "seminar.crux"), 0);
  EXPECT_EQ(names.size(), 11u);
}

TEST_F(Bundle, RefusesPlacesInsideTheProjectItMustNotGo) {
  for (std::string bad : {"/.crux/x.crux", "/sources/x.crux", "/layers/x.crux", "/taxonomies/x.crux", "/.crux"}) {
    std::string before = test::snapshot_tree(project);
    expect_error([&] { bundle(project, project + bad); }, ErrorCategory::BadInput, {project + bad, "folder"});
    EXPECT_EQ(test::snapshot_tree(project), before) << bad;
  }
  expect_error([&] { bundle(project, project + "/crux-project.xml"); }, ErrorCategory::BadInput,
               {"must end in .crux"});
  expect_error([&] { bundle(project, dir.file("nowhere/x.crux")); }, ErrorCategory::BadInput, {"does not exist"});
  expect_error([&] { bundle(project, dir.path()); }, ErrorCategory::BadInput, {"is a folder"});
}

TEST_F(Bundle, RefusesFoldersThatAreNoProject) {
  fs::create_directories(dir.file("plain"));
  expect_error([&] { bundle(dir.file("plain"), dir.file("x.crux")); }, ErrorCategory::BadInput,
               {"plain", "not a Crux project: crux-project.xml is missing"});
  expect_error([&] { bundle(dir.file("absent"), dir.file("x.crux")); }, ErrorCategory::BadInput, {"no such folder"});
  EXPECT_FALSE(fs::exists(dir.file("x.crux")));
}

TEST_F(Bundle, RefusesSymbolicLinksAndLeavesNothing) {
  fs::create_symlink("/etc/hostname", project + "/sources/link.tei.xml");
  test::spit(dir.file("seminar.crux"), "the previous bundle");
  expect_error([&] { bundle(project, dir.file("seminar.crux")); }, ErrorCategory::BadInput,
               {"sources/link.tei.xml", "is a symbolic link"});
  EXPECT_EQ(test::slurp(dir.file("seminar.crux")), "the previous bundle");
  EXPECT_EQ(test::folder_names(dir.path()).size(), 2u);  // seminar/ and seminar.crux: no temp file
}

TEST_F(Bundle, RefusesNamesUnbundleWouldRefuse) {
  test::spit(project + "/sources/a\\b.xml", "x");
  expect_error([&] { bundle(project, dir.file("x.crux")); }, ErrorCategory::BadInput, {"a\\b.xml", "backslash"});
  fs::remove(project + "/sources/a\\b.xml");
  test::spit(project + "/sources/Note.xml", "x");
  test::spit(project + "/sources/note.xml", "y");
  expect_error([&] { bundle(project, dir.file("x.crux")); }, ErrorCategory::BadInput, {"differ only in case"});
  EXPECT_FALSE(fs::exists(dir.file("x.crux")));
}

TEST_F(Bundle, ABundleUnbundleWouldRefuseIsRemovedAfterWriting) {
  // 3 MB of one byte compresses about 1000:1, past the ZIP-bomb ratio: found
  // only once the archive is written, which must then vanish.
  test::spit(project + "/sources/zeros.tei.xml", std::string(3 << 20, ' '));
  expect_error([&] { bundle(project, dir.file("x.crux")); }, ErrorCategory::BadInput,
               {"would be refused when unpacked", "compressed more than 100:1"});
  EXPECT_EQ(test::folder_names(dir.path()), std::vector<std::string>{"seminar"});
}

TEST_F(Bundle, UnbundleWantsANewOrEmptyFolder) {
  std::string file = dir.file("seminar.crux");
  bundle(project, file);
  fs::create_directories(dir.file("empty"));
  EXPECT_EQ(unbundle(file, dir.file("empty")).files, 7u);
  EXPECT_TRUE(fs::is_regular_file(dir.file("empty/crux-project.xml")));

  fs::create_directories(dir.file("full"));
  test::spit(dir.file("full/keep.txt"), "mine");
  expect_error([&] { unbundle(file, dir.file("full")); }, ErrorCategory::BadInput, {"full", "not empty"});
  EXPECT_EQ(test::tree(dir.file("full")), (std::map<std::string, std::string>{{"keep.txt", "mine"}}));
  expect_error([&] { unbundle(file, dir.file("full/keep.txt")); }, ErrorCategory::BadInput, {"not a folder"});
  expect_error([&] { unbundle(file, dir.file("nowhere/p")); }, ErrorCategory::BadInput, {"does not exist"});
  fs::create_directory_symlink(dir.file("empty2"), dir.file("link"));
  expect_error([&] { unbundle(file, dir.file("link")); }, ErrorCategory::BadInput, {"symbolic link"});
}

TEST_F(Bundle, UnpackedModesAreOrdinary) {
  std::string file = dir.file("seminar.crux");
  bundle(project, file);
  unbundle(file, dir.file("copy"));
  struct stat st {};
  ASSERT_EQ(::stat(dir.file("copy/crux-project.xml").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07000, 0u);  // never setuid, setgid or sticky
  EXPECT_NE(st.st_mode & S_IRUSR, 0u);
  EXPECT_EQ(st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH), 0u);
}
