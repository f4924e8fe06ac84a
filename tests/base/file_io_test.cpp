#include "tei/base/file_io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "tei/base/error.h"
#include "tests/support/test_support.h"

using namespace crux;
using crux::test::TempDir;

static ErrorCategory category_of(const std::function<void()>& f, std::string* message) {
  try {
    f();
  } catch (const Error& e) {
    *message = e.what();
    return e.category();
  }
  ADD_FAILURE() << "no error thrown";
  return ErrorCategory::Internal;
}

TEST(FileIo, ReadsAWholeFile) {
  TempDir d;
  test::spit(d.file("a.txt"), "hello\nworld");
  EXPECT_EQ(read_file(d.file("a.txt")), "hello\nworld");
}

TEST(FileIo, MissingPathIsBadInputNamingTheFile) {
  std::string msg;
  EXPECT_EQ(category_of([] { read_file("/nonexistent/crux/file.txt"); }, &msg), ErrorCategory::BadInput);
  EXPECT_EQ(msg, "/nonexistent/crux/file.txt: no such file");
}

TEST(FileIo, DirectoryIsRefused) {
  TempDir d;
  std::string msg;
  EXPECT_EQ(category_of([&] { read_file(d.path()); }, &msg), ErrorCategory::BadInput);
  EXPECT_NE(msg.find("is a folder"), std::string::npos);
}

TEST(FileIo, UnreadableFileIsAnEnvironmentError) {
  TempDir d;
  test::spit(d.file("secret.txt"), "x");
  ::chmod(d.file("secret.txt").c_str(), 0);
  ::chmod(d.path().c_str(), 0755);
  // Root reads anything, so check in a child that gives up root first.
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) _exit(10);
    try {
      read_file(d.file("secret.txt"));
    } catch (const Error& e) {
      bool ok = e.category() == ErrorCategory::Environment &&
                std::string(e.what()).find("secret.txt: permission denied") != std::string::npos;
      _exit(ok ? 0 : 11);
    }
    _exit(12);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "10: cannot drop root, 11: wrong error, 12: no error";
}

TEST(FileIo, TooLargeFileIsRefusedWithTheLimit) {
  TempDir d;
  test::spit(d.file("big.txt"), std::string(3 * 1024 * 1024, 'a'));
  std::string msg;
  EXPECT_EQ(category_of([&] { read_file(d.file("big.txt"), 2 * 1024 * 1024); }, &msg), ErrorCategory::BadInput);
  EXPECT_NE(msg.find("more than the limit of 2 MB"), std::string::npos) << msg;
}

TEST(FileIo, SparseGigabyteFileIsRefusedWithoutReadingIt) {
  TempDir d;
  std::string path = d.file("huge.txt");
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_TRUE(f);
  ASSERT_EQ(::ftruncate(fileno(f), 1024ll * 1024 * 1024), 0);  // 1 GB, sparse: no disk used
  std::fclose(f);
  std::string msg;
  EXPECT_EQ(category_of([&] { read_file(path); }, &msg), ErrorCategory::BadInput);
  EXPECT_NE(msg.find("1024 MB, more than the limit of 256 MB"), std::string::npos) << msg;
}

TEST(FileIo, AtomicWriteReplacesAndLeavesNoTempFile) {
  TempDir d;
  std::string path = d.file("out.xml");
  write_file_atomic(path, "old");
  write_file_atomic(path, "new content");
  EXPECT_EQ(test::slurp(path), "new content");
  size_t entries = 0;
  for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(d.path())) ++entries;
  EXPECT_EQ(entries, 1u);
}

TEST(FileIo, AtomicWriteIntoMissingFolderFailsCleanly) {
  TempDir d;
  std::string msg;
  EXPECT_EQ(category_of([&] { write_file_atomic(d.file("no/such/dir/x.xml"), "x"); }, &msg),
            ErrorCategory::Environment);
  EXPECT_NE(msg.find("cannot write the file"), std::string::npos);
}
