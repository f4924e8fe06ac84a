#include "tei/base/error.h"

#include <gtest/gtest.h>

using namespace crux;

TEST(Error, MessageNamesTheFile) {
  Error e = bad_input("notes.txt", "the file is empty");
  EXPECT_STREQ(e.what(), "notes.txt: the file is empty");
  EXPECT_EQ(e.file(), "notes.txt");
  EXPECT_EQ(e.problem(), "the file is empty");
  EXPECT_EQ(e.category(), ErrorCategory::BadInput);
}

TEST(Error, CategoriesMapToTheConventionsExitCodes) {
  EXPECT_EQ(exit_code_for(ErrorCategory::BadInput), 1);
  EXPECT_EQ(exit_code_for(ErrorCategory::Usage), 2);
  EXPECT_EQ(exit_code_for(ErrorCategory::Environment), 2);
  EXPECT_EQ(exit_code_for(ErrorCategory::Internal), 3);
}
