// Bad layer files: loading never half-applies, and a clear message names the
// file and the problem; what can still be loaded is loaded and reported by
// check().
#include <gtest/gtest.h>

#include "tei/annotation/layer_io.h"
#include "tei/annotation/project_model.h"
#include "tei/base/error.h"
#include "tests/annotation/annotation_fixture.h"

using namespace crux;
using crux::test::AnnotationTest;

namespace {

class BadLayerTest : public AnnotationTest {
 protected:
  // A valid layer with one claim on "fired blank shots", as text to corrupt.
  std::string good_layer() {
    Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
    claim_id_ = a.id;
    model_->commit(op::add_claim("demo", a));
    model_->save();
    return test::slurp(path());
  }
  std::string path() const { return dir_ + "/layers/demo.tei.xml"; }
  std::string load_error() {
    try {
      ProjectModel::load(dir_);
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  }
  static void replace(std::string& s, const std::string& from, const std::string& to) {
    size_t p = s.find(from);
    ASSERT_NE(p, std::string::npos) << from;
    s.replace(p, from.size(), to);
  }
  std::string claim_id_;
};

}  // namespace

TEST_F(BadLayerTest, MalformedXmlIsRefusedWithFileLineAndColumn) {
  std::string x = good_layer();
  x.resize(x.size() / 2);
  test::spit(path(), x);
  std::string msg = load_error();
  EXPECT_NE(msg.find(path() + ":"), std::string::npos) << msg;
}

TEST_F(BadLayerTest, DuplicateIdsAreRefused) {
  std::string x = good_layer();
  // The claim: its <annotation> and the <fs> of its properties, whole.
  size_t from = x.find("<annotation");
  size_t to = x.find("</f>\n    </fs>", from) + std::string("</f>\n    </fs>").size();
  std::string ann = x.substr(from, to - from);
  replace(x, ann, ann + "\n" + ann);
  test::spit(path(), x);
  std::string msg = load_error();
  EXPECT_NE(msg.find("the id '" + claim_id_ + "' is used twice"), std::string::npos) << msg;
}

TEST_F(BadLayerTest, ALayerPointingOutsideTheProjectIsRefused) {
  std::string x = good_layer();
  replace(x, "../sources/palace.tei.xml#", "../../etc/passwd#");
  test::spit(path(), x);
  std::string msg = load_error();
  EXPECT_NE(msg.find("points outside the project's sources"), std::string::npos) << msg;
  EXPECT_NE(msg.find("demo.tei.xml"), std::string::npos);
}

TEST_F(BadLayerTest, ATargetAtAMissingSourceIsOrphanedAndReported) {
  std::string x = good_layer();
  replace(x, "../sources/palace.tei.xml#string-range(palace.", "../sources/gone.tei.xml#string-range(palace.");
  test::spit(path(), x);
  auto m = ProjectModel::load(dir_);
  auto problems = m->check();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ModelProblem::Kind::Orphaned);
  EXPECT_NE(problems[0].message.find("the source 'gone' is not in the project"), std::string::npos);
}

TEST_F(BadLayerTest, AMissingIdOrOffsetsPastTheEndFallBackOnTheQuote) {
  std::string x = good_layer();
  std::string target = x.substr(x.find("string-range(") + 13);
  target = target.substr(0, target.find(')'));
  replace(x, target, "palace.p99,9000,17");
  test::spit(path(), x);
  auto m = ProjectModel::load(dir_);
  const Claim* c = m->state().find_claim(claim_id_);
  EXPECT_EQ(c->anchor, AnchorStatus::Moved);  // found again by its quote
  // Without a quote that exists, it is orphaned, not dropped.
  replace(x, "<string>fired blank shots</string>", "<string>a passage that is nowhere</string>");
  test::spit(path(), x);
  auto m2 = ProjectModel::load(dir_);
  EXPECT_EQ(m2->state().find_claim(claim_id_)->anchor, AnchorStatus::Orphaned);
}

TEST_F(BadLayerTest, UnknownCategoriesAndLinksToMissingClaimsAreReported) {
  std::string x = good_layer();
  replace(x, "<symbol value=\"event\"/>", "<symbol value=\"gossip\"/>");
  replace(x, "</standOff>",
          "  <listRelation type=\"crux-links\">\n    <relation xml:id=\"l-zzzzzzzz\" type=\"crux-link\" name=\"contradicts\" mutual=\"#" +
              claim_id_ + " #c-missing0\"/>\n  </listRelation>\n</standOff>");
  test::spit(path(), x);
  auto m = ProjectModel::load(dir_);
  auto problems = m->check();
  bool invalid = false, dangling = false;
  for (const auto& p : problems) {
    invalid = invalid || (p.kind == ModelProblem::Kind::Invalid && p.message.find("gossip") != std::string::npos);
    dangling = dangling || (p.kind == ModelProblem::Kind::Dangling && p.message.find("c-missing0") != std::string::npos);
  }
  EXPECT_TRUE(invalid);
  EXPECT_TRUE(dangling);
}
