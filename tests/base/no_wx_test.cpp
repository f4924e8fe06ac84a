// The core must stay headless: no file under tei/ may include a wx header
// (house style, rule 1). This test fails the suite the moment one does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

TEST(Layering, NoWxHeaderUnderTei) {
  std::string offenders;
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(std::string(CRUX_SOURCE_DIR) + "/tei")) {
    if (!entry.is_regular_file()) continue;
    std::string ext = entry.path().extension().string();
    if (ext != ".h" && ext != ".cpp" && ext != ".hpp" && ext != ".in") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      size_t i = line.find_first_not_of(" \t");
      if (i == std::string::npos || line[i] != '#') continue;
      if (line.find("include") != std::string::npos &&
          (line.find("<wx/") != std::string::npos || line.find("\"wx/") != std::string::npos))
        offenders += entry.path().string() + ": " + line + "\n";
    }
  }
  EXPECT_GT(files, 10u);
  EXPECT_TRUE(offenders.empty()) << "tei/ must not include wx headers:\n" << offenders;
}
