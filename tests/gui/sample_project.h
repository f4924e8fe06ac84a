#pragma once
// A small project for the GUI tests and smoke checks, made with the core
// (Project::create, Project::add_source) from TEI in the shape the importer
// writes: a Vietnamese history with diacritics, a Russian textbook, an
// English encyclopedia entry and a Chinese summary, each with headings and
// paragraphs. The texts are short on purpose; their exact plain text is
// known, so tests can assert on it.
#include <string>
#include <vector>

namespace crux::test {

struct SampleSource {
  std::string id;
  std::string title;
  std::string lang;
  std::string perspective;
  // The blocks of the body in order: {element, text}; "head" blocks form the
  // heading of their div (div_depth 1 or 2).
  struct Block {
    std::string element;
    std::string text;
    int depth = 1;
  };
  std::vector<Block> blocks;

  // The plain text the core computes: the blocks joined by '\n'.
  std::string plain_text() const;
  std::string tei() const;
};

// The sources of the sample project, sorted by id (as Project lists them).
const std::vector<SampleSource>& sample_sources();
const SampleSource& sample_source(const std::string& id);

inline constexpr const char* kSampleTitle = "1917 in memory";

// Creates the sample project in dir (new or empty).
void make_sample_project(const std::string& dir);

}  // namespace crux::test
