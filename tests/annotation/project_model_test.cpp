#include "tei/annotation/project_model.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tei/annotation/anchoring.h"
#include "tei/annotation/layer_io.h"
#include "tei/base/error.h"
#include "tei/project/write_lock.h"
#include "tests/annotation/annotation_fixture.h"

using namespace crux;
using crux::test::AnnotationTest;

TEST_F(AnnotationTest, AddLinkUndoRedoThroughTheOneCommitPath) {
  std::vector<std::string> seen;
  model_->add_observer([&](const std::string& what) { seen.push_back(what); });
  Claim a = make_claim(*model_, "palace", "only a small number of cadets", "forces");
  Claim b = make_claim(*model_, "encyclopedia", "More than 2000 military officers", "forces");
  model_->commit(op::add_claim("demo", a));
  model_->commit(op::add_claim("demo", b));
  Link l;
  l.id = model_->new_link_id("demo", "x");
  l.type = "contradicts";
  l.claims = {a.id, b.id};
  model_->commit(op::add_link("demo", l));
  EXPECT_EQ(model_->layer("demo")->claims.size(), 2u);
  EXPECT_EQ(model_->undo_name(), "Link claims");
  model_->undo();
  EXPECT_TRUE(model_->layer("demo")->links.empty());
  EXPECT_EQ(model_->redo_name(), "Link claims");
  model_->redo();
  EXPECT_EQ(model_->layer("demo")->links.size(), 1u);
  EXPECT_EQ(seen, (std::vector<std::string>{"Add claim", "Add claim", "Link claims", "Undo Link claims", "Redo Link claims"}));
  EXPECT_TRUE(model_->dirty());
  model_->save();
  EXPECT_FALSE(model_->dirty());

  auto again = reload();
  const Claim* c = again->state().find_claim(a.id);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->anchor, AnchorStatus::Exact);
  EXPECT_EQ(claim_quote(*c, *again->source("palace")), "only a small number of cadets");
  EXPECT_EQ(again->layer("demo")->links.at(0).claims, (std::vector<std::string>{a.id, b.id}));
  // Saving an unchanged reload writes the same bytes.
  std::string before = test::slurp(dir_ + "/layers/demo.tei.xml");
  again->commit(op::edit_layer(again->layer("demo")->info));
  again->save();
  EXPECT_EQ(test::slurp(dir_ + "/layers/demo.tei.xml"), before);
}

TEST_F(AnnotationTest, InvalidOperationsChangeNothing) {
  Claim a = make_claim(*model_, "palace", "fired blank shots", "events-that-do-not-exist");
  EXPECT_THROW(model_->commit(op::add_claim("demo", a)), Error);
  a.type = "event";
  a.source = "nowhere";
  EXPECT_THROW(model_->commit(op::add_claim("demo", a)), Error);
  Link l;
  l.id = "l-x";
  l.type = "contradicts";
  l.claims = {"c-missing1", "c-missing2"};
  EXPECT_THROW(model_->commit(op::add_link("demo", l)), Error);
  EXPECT_TRUE(model_->layer("demo")->claims.empty());
  EXPECT_EQ(model_->undo_name(), "New layer");
}

TEST_F(AnnotationTest, ReadOnlyLayerRefusesEdits) {
  LayerInfo info = model_->layer("demo")->info;
  info.read_only = true;
  model_->commit(op::edit_layer(info));
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  try {
    model_->commit(op::add_claim("demo", a));
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos);
  }
}

TEST_F(AnnotationTest, DeletingAClaimRemovesItsLinksAndMoveToLayerWorks) {
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  Claim b = make_claim(*model_, "encyclopedia", "there was a fierce battle", "event");
  model_->commit(op::add_claim("demo", a));
  model_->commit(op::add_claim("demo", b));
  Link l{"l-testtest", "contradicts", {a.id, b.id}, false, "", "", "", Certainty::High, {}};
  model_->commit(op::add_link("demo", l));
  model_->commit(op::new_layer({"shared", "Shared", "", "#2ca02c", "", true, false}));
  model_->commit(op::move_to_layer(b.id, "shared"));
  EXPECT_TRUE(model_->layer("shared")->find_claim(b.id));
  EXPECT_FALSE(model_->layer("demo")->find_claim(b.id));
  model_->commit(op::delete_claim(b.id));
  EXPECT_TRUE(model_->layer("demo")->links.empty());
}

TEST_F(AnnotationTest, ClaimsCrossingParagraphsGetOneRangePerBlock) {
  auto src = model_->source("palace");
  auto s = find_quote(*src, "25th October.").at(0);
  auto e = find_quote(*src, "Aurora (a cruiser").at(0) + 6;
  auto ranges = ranges_for(*src, s, e);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[0].exact, "25th October.");
  EXPECT_EQ(ranges[1].exact, "Aurora");
  EXPECT_NE(ranges[0].block_id, ranges[1].block_id);
}

TEST_F(AnnotationTest, ClaimsReanchorWhenTheSourceChanges) {
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  Claim b = make_claim(*model_, "palace", "all other troops had deserted", "forces");
  model_->commit(op::add_claim("demo", a));
  model_->commit(op::add_claim("demo", b));
  model_->save();
  // A corrected re-import: a paragraph added before, and the sentence of b deleted.
  std::string path = dir_ + "/sources/palace.tei.xml";
  std::string tei = test::slurp(path);
  size_t p = tei.find("Red Guards and Kronstadt");
  tei.insert(p, "In the evening the cruiser moved up the Neva. ");
  size_t q = tei.find(" - all other troops had deserted.");
  tei.erase(q, std::string(" - all other troops had deserted.").size());
  test::spit(path, tei);
  auto again = reload();
  const Claim* ma = again->state().find_claim(a.id);
  const Claim* mb = again->state().find_claim(b.id);
  EXPECT_EQ(ma->anchor, AnchorStatus::Exact);  // other paragraph: pointer still right
  EXPECT_EQ(mb->anchor, AnchorStatus::Orphaned);
  EXPECT_FALSE(mb->anchor_reason.empty());
  auto problems = again->check();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ModelProblem::Kind::Orphaned);
  EXPECT_EQ(problems[0].object, b.id);
}

TEST_F(AnnotationTest, QuoteMovedWithinItsParagraphIsReanchored) {
  Claim a = make_claim(*model_, "palace", "stormed the Winter Palace", "event");
  model_->commit(op::add_claim("demo", a));
  model_->save();
  std::string path = dir_ + "/sources/palace.tei.xml";
  std::string tei = test::slurp(path);
  tei.replace(tei.find("Red Guards and Kronstadt sailors"), 32, "Sailors from Kronstadt and Red Guards");
  test::spit(path, tei);
  auto again = reload();
  const Claim* c = again->state().find_claim(a.id);
  EXPECT_EQ(c->anchor, AnchorStatus::Moved);
  EXPECT_EQ(claim_quote(*c, *again->source("palace")), "stormed the Winter Palace");
}

TEST_F(AnnotationTest, ChangesOnDiskByAnotherProcessAreReloadedNotOverwritten) {
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  model_->commit(op::add_claim("demo", a));
  model_->save();
  // Another process adds a claim to the same layer meanwhile.
  auto other = reload();
  Claim b = make_claim(*other, "encyclopedia", "Kerensky escaped", "event");
  other->commit(op::add_claim("demo", b));
  ::usleep(20000);
  other->save();
  Claim c = make_claim(*model_, "palace", "Red Guards", "forces");
  model_->commit(op::add_claim("demo", c));
  model_->save();
  auto final_state = reload();
  EXPECT_TRUE(final_state->state().find_claim(a.id));
  EXPECT_TRUE(final_state->state().find_claim(b.id));
  EXPECT_TRUE(final_state->state().find_claim(c.id));
}

TEST_F(AnnotationTest, ALiveLockHolderMakesSavingFailClearly) {
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  model_->commit(op::add_claim("demo", a));
  // A lock held by a live process (this one, through another WriteLock).
  WriteLock held(dir_);
  try {
    model_->save();
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::Environment);
    EXPECT_NE(std::string(e.what()).find("the project is busy"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("pid " + std::to_string(::getpid())), std::string::npos);
  }
  EXPECT_TRUE(model_->dirty());  // the edit is kept in memory
}

TEST_F(AnnotationTest, AStaleLockIsTakenOver) {
  test::spit(dir_ + "/.crux/lock", "pid=999999\nhost=" + [] {
    char b[256] = {0};
    ::gethostname(b, 255);
    return std::string(b);
  }() + "\nuser=ghost\nsince=2017-11-08T00:00:00Z\n");
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  model_->commit(op::add_claim("demo", a));
  model_->save();
  EXPECT_FALSE(model_->dirty());
}

TEST_F(AnnotationTest, AReadOnlyFolderOnSaveKeepsOldFilesAndEdits) {
  model_->save();
  std::string before = test::slurp(dir_ + "/layers/demo.tei.xml");
  Claim a = make_claim(*model_, "palace", "fired blank shots", "event");
  model_->commit(op::add_claim("demo", a));
  pid_t pid = ::fork();
  if (pid == 0) {
    // As an ordinary user (root writes anywhere), with the folder read-only.
    ::chmod(tmp_.path().c_str(), 0755);
    ::chmod(dir_.c_str(), 0755);
    ::chmod((dir_ + "/.crux").c_str(), 0777);
    ::chmod((dir_ + "/layers").c_str(), 0555);
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) _exit(10);
    try {
      model_->save();
    } catch (const Error& e) {
      bool ok = e.category() == ErrorCategory::Environment && model_->dirty();
      _exit(ok ? 0 : 11);
    }
    _exit(12);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::chmod((dir_ + "/layers").c_str(), 0755);
  EXPECT_EQ(WEXITSTATUS(status), 0) << "10: cannot drop root, 11: wrong error, 12: saved";
  EXPECT_EQ(test::slurp(dir_ + "/layers/demo.tei.xml"), before);
}
