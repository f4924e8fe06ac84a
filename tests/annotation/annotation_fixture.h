#pragma once
// A small project with two imported sources, for the annotation tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "tei/annotation/project_model.h"
#include "tests/support/test_support.h"

namespace crux::test {

inline constexpr const char* kPalaceText =
    "The Storming of the Winter Palace\n\n"
    "Red Guards and Kronstadt sailors stormed the Winter Palace on the 25th October.\n\n"
    "Aurora (a cruiser harboured nearby) fired blank shots to signal the start of the attack.\n\n"
    "Kerensky had only a small number of cadets to defend him - all other troops had deserted.\n";

inline constexpr const char* kEncyclopediaText =
    "October Revolution\n\n"
    "More than 2000 military officers defended the Winter Palace, and there was a fierce battle.\n\n"
    "Kerensky escaped in a car of the American embassy.\n";

class AnnotationTest : public ::testing::Test {
 protected:
  void SetUp() override;
  // Imports text as sources/<id>.tei.xml of the project.
  void add_source(const std::string& id, const std::string& text);
  std::unique_ptr<ProjectModel> reload() { return ProjectModel::load(dir_); }
  // A claim on the first occurrence of quote.
  Claim make_claim(ProjectModel& m, const std::string& source, const std::string& quote, const std::string& type,
                   const std::string& layer = "demo");

  TempDir tmp_;
  std::string dir_;
  std::unique_ptr<ProjectModel> model_;
};

}  // namespace crux::test
