#include "tests/annotation/annotation_fixture.h"

#include "tei/anchor/text_anchor.h"
#include "tei/annotation/anchoring.h"
#include "tei/import/import_pipeline.h"

namespace crux::test {

void AnnotationTest::SetUp() {
  dir_ = tmp_.file("project");
  create_project(dir_, "Test project", "", "Tester");
  add_source("palace", kPalaceText);
  add_source("encyclopedia", kEncyclopediaText);
  model_ = ProjectModel::load(dir_);
  LayerInfo info;
  info.id = "demo";
  info.name = "Demo";
  info.owner = "Tester";
  model_->commit(op::new_layer(info));
}

void AnnotationTest::add_source(const std::string& id, const std::string& text) {
  SourceMeta given;
  given.id = id;
  ImportOutput out = import_bytes(id + ".txt", text, {}, given);
  Project::open(dir_).add_source(id, out.tei);
}

Claim AnnotationTest::make_claim(ProjectModel& m, const std::string& source, const std::string& quote,
                                 const std::string& type, const std::string& layer) {
  auto src = m.source(source);
  auto hits = find_quote(*src, quote);
  EXPECT_FALSE(hits.empty()) << quote;
  Claim c;
  c.source = source;
  c.type = type;
  c.ranges = ranges_for(*src, hits.at(0), hits.at(0) + to_u32(quote).size());
  c.author = "Tester";
  c.created = c.modified = "2017-11-08T00:00:00Z";
  c.id = m.new_claim_id(layer, source + quote);
  return c;
}

}  // namespace crux::test
