// move_boilerplate: what it moves (with the reason) and, as important, what it
// leaves in the body. The corpus acceptance check is here.
#include "tei/text/boilerplate.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "tei/text/boilerplate_rules.h"
#include "tei/text/decode.h"
#include "tei/text/structure.h"
#include "tests/text/text_test_util.h"

namespace crux {
namespace {

std::string text_of(const Block& b) {
  std::string s;
  for (const Inline& in : b.content) {
    s += in.text;
    for (const Inline& c : in.children) s += c.text;
  }
  for (const Block& c : b.children) {
    if (!s.empty()) s += '\n';
    s += text_of(c);
  }
  return s;
}

Document from_text(const std::string& text) {
  Document doc;
  recognize_structure(text, doc);
  return doc;
}

Document from_corpus(const std::string& name) {
  return from_text(decode_text(test::corpus("october-1917/" + name), name, {}).utf8);
}

// Moved text → reason.
std::map<std::string, std::string> moved(const Document& doc) {
  std::map<std::string, std::string> m;
  for (const BoilerplateBlock& b : doc.boilerplate) m[text_of(b.block)] = b.reason;
  return m;
}

// The reason of the moved block whose text starts with prefix (the page pads
// some lines with no-break spaces).
std::string reason_of(const Document& doc, const std::string& prefix) {
  for (const BoilerplateBlock& b : doc.boilerplate)
    if (text_of(b.block).rfind(prefix, 0) == 0) return b.reason;
  return "(not moved)";
}

std::string body_text(const Document& doc) {
  std::string s;
  for (const Block& b : doc.body) s += text_of(b) + "\n";
  return s;
}

const std::string kProse =
    "The Decree on Land meant the immediate expulsion of the feudal lords from their estates and the allocation "
    "of land to be used by the poor peasantry.";

TEST(Boilerplate, SocialistArticle) {
  CRUX_REQUIRE_SHARED();
  Document doc = from_corpus("socialist-lessons-1917.en.txt");
  size_t n = move_boilerplate(doc, false);
  EXPECT_EQ(n, doc.boilerplate.size());
  std::map<std::string, std::string> m = moved(doc);
  // Share buttons at the top.
  for (const char* s :
       {"Join the Socialist Party Join us today!", "Printable version Printable version", "Link to this page:"})
    EXPECT_EQ(m[s], "share-buttons") << s;
  EXPECT_EQ(reason_of(doc, "Facebook\xC2\xA0"), "share-buttons");  // "Facebook   Twitter"
  // The party's phone list.
  for (const char* s : {"Phone our national office on 020 8988 8777", "Email: [email\xC2\xA0protected]",
                        "Regional Socialist Party organisers:", "Eastern: 079 8202 1969", "North West 079 5437 6096",
                        "Yorkshire: 078 0983 9793"})
    EXPECT_EQ(m[s], "contact") << s;
  // The month archive.
  for (const char* s : {"Alphabetical listing", "August 2021", "July 2021", "June 2021", "May 2021", "April 2021",
                        "March 2021", "February 2021", "January 2021"})
    EXPECT_EQ(m[s], "archive") << s;
  EXPECT_EQ(reason_of(doc, "Home\xC2\xA0"), "navigation");  // "Home | The Socialist 29 October 2014 | Join ..."
  EXPECT_EQ(m["triangleMass protests in Russia against Putin regime"], "navigation");
  EXPECT_EQ(m["Please donate here."], "advert");

  std::string body = body_text(doc);
  for (const char* gone : {"020 8988", "079 8202", "August 2021", "Alphabetical listing", "Facebook", "triangle"})
    EXPECT_EQ(body.find(gone), std::string::npos) << gone;
  // The article stays: dateline, headline, first, middle and last paragraphs.
  for (const char* kept : {"From The Socialist newspaper, 29 October 2014\n", "Lessons from history: 1917\n",
                           "Revolution in Russia\n", "Clare Doyle\n", "Four conditions\n",
                           "The October revolution (7-8 November in the modern calendar) of 1917 in Russia was",
                           "Workers and young people who want to find a way of changing the ugly capitalist world"})
    EXPECT_NE(body.find(kept), std::string::npos) << kept;
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(text_of(doc.body[0]), "From The Socialist newspaper, 29 October 2014");
}

TEST(Boilerplate, RevisionNotes) {
  CRUX_REQUIRE_SHARED();
  Document doc = from_corpus("revision-notes-october-november.en.txt");
  size_t headings_before = 0;
  for (const Block& b : doc.body) headings_before += b.kind == BlockKind::Heading;
  EXPECT_EQ(move_boilerplate(doc, false), 23u);
  std::map<std::string, std::string> m = moved(doc);
  for (const char* s :
       {"Unlock your full potential with GoStudent tutoring", "Affordable 1:1 tutoring from the comfort of your home",
        "Tutors are matched to your specific learning needs", "30+ school subjects covered"})
    EXPECT_EQ(m[s], "advert") << s;
  for (const char* s : {"1The End of Tsardom", "3.2Stalin's Modernisation of the USSR", "Jump to other topics"})
    EXPECT_EQ(m[s], "navigation") << s;
  size_t menus = 0;
  for (const BoilerplateBlock& b : doc.boilerplate) menus += text_of(b.block) == "1The End of Tsardom";
  EXPECT_EQ(menus, 2u);  // both copies of the topic menu
  // Every heading and list of the notes stays, none doubled.
  size_t headings = 0;
  for (const Block& b : doc.body) headings += b.kind == BlockKind::Heading;
  EXPECT_EQ(headings, headings_before);
  EXPECT_EQ(headings, 12u);
  std::string body = body_text(doc);
  EXPECT_NE(body.find("Kerensky escaped and fled"), std::string::npos);
  EXPECT_EQ(body.find("GoStudent"), std::string::npos);
  for (size_t i = 1; i < doc.body.size(); ++i) EXPECT_NE(text_of(doc.body[i]), text_of(doc.body[i - 1]));
}

TEST(Boilerplate, OtherCorpusFilesKeepTheirText) {
  CRUX_REQUIRE_SHARED();
  for (const char* name :
       {"encyclopedia-october-revolution.en.txt", "cach-mang-1917-lich-su.vi.txt", "nam-1918-cach-mang-nga.vi.txt"}) {
    Document doc = from_corpus(name);
    std::string before = body_text(doc);
    EXPECT_EQ(move_boilerplate(doc, false), 0u) << name;
    EXPECT_EQ(body_text(doc), before) << name;
  }
}

TEST(Boilerplate, ContentThatLooksLikeBoilerplateStays) {
  std::string text =
      "Lessons from history: 1917\n" + kProse +
      "\n"
      "On 29 October 2014 the newspaper printed the article; in August 2021 it was still online.\n"
      "Soviet 10000 navy, 20000 - 30000 army\n"
      "1500 – 2000 members of the Russian Interim Government\n"
      "October 1917\nNovember 1917\n" +
      kProse +
      "\n"
      "The agitator read out the party's address, PO Box 24697, and its number, 020 8988 8789, to the crowd "
      "gathered in front of the Smolny before the vote.\n" +
      kProse + "\nClare Doyle\n29 October 2014\n";
  Document doc = from_text(text);
  std::string before = body_text(doc);
  EXPECT_EQ(move_boilerplate(doc, false), 0u);
  EXPECT_EQ(body_text(doc), before);
}

TEST(Boilerplate, LinkMenusOfHtmlPages) {
  auto link = [](const std::string& t) { return Inline{InlineKind::Link, {}, "/" + t, {Inline::text_run(t)}}; };
  Document doc;
  Block menu;
  menu.kind = BlockKind::List;
  for (const char* t : {"Home", "News", "History", "About us"}) {
    Block item;
    item.kind = BlockKind::ListItem;
    item.content = {link(t)};
    menu.children.push_back(item);
  }
  doc.body.push_back(menu);
  Block p;
  p.content = {Inline::text_run(kProse + " See "), link("the decree"), Inline::text_run(".")};
  doc.body.push_back(p);
  for (const char* t : {"Previous", "Next", "Top"}) {
    Block b;
    b.content = {link(t)};
    doc.body.push_back(b);
  }
  EXPECT_EQ(move_boilerplate(doc, false), 4u);
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].content.size(), 3u);  // the paragraph with a link in its text stays
  ASSERT_EQ(doc.boilerplate.size(), 4u);
  for (const BoilerplateBlock& b : doc.boilerplate) EXPECT_EQ(b.reason, "navigation");
  EXPECT_EQ(doc.boilerplate[0].block.kind, BlockKind::List);
}

TEST(Boilerplate, StripDropsInsteadOfMoving) {
  Document doc = from_text(kProse + "\nFacebook Twitter\n" + kProse + "\n");
  EXPECT_EQ(move_boilerplate(doc, true), 1u);
  EXPECT_TRUE(doc.boilerplate.empty());
  EXPECT_EQ(doc.body.size(), 2u);
}

TEST(BoilerplateRules, Lines) {
  EXPECT_TRUE(has_phone_number("Phone our national office on 020 8988 8777"));
  EXPECT_TRUE(has_phone_number("Text your name and postcode to 07761 818 206"));
  EXPECT_TRUE(has_phone_number("Call +44 20 7946 0958 now"));
  EXPECT_TRUE(has_phone_number("(555) 123-4567"));
  EXPECT_FALSE(has_phone_number("Soviet 10000 navy, 20000 - 30000 army"));
  EXPECT_FALSE(has_phone_number("Bill Webster 1941-2014"));
  EXPECT_FALSE(has_phone_number("On 7 November 1917, 25 October 1917"));
  EXPECT_FALSE(has_phone_number("Prisoner DV 3695"));
  EXPECT_TRUE(has_email_address("write to info@socialistparty.org.uk"));
  EXPECT_FALSE(has_email_address("@by txiuqw4"));
  EXPECT_TRUE(is_month_year("August 2021"));
  EXPECT_TRUE(is_month_year("Sept. 1917"));
  EXPECT_FALSE(is_month_year("August 7, 2021"));
  EXPECT_FALSE(is_month_year("Mayday 2021"));
  EXPECT_TRUE(is_share_line("Share | Email | Print"));
  EXPECT_TRUE(is_share_line("Visit us on Youtube"));
  EXPECT_FALSE(is_share_line("Twitter and the Arab Spring"));
  EXPECT_TRUE(is_advert_line("Unlock your full potential with GoStudent tutoring"));
  EXPECT_FALSE(is_advert_line("Lenin, the revolutionary tutor, is propagating [24]"));
  EXPECT_TRUE(is_pipe_menu("Subscribe   |   Donate   |   Audio  |   PDF  |   ebook"));
  EXPECT_FALSE(is_pipe_menu("a | b"));
  EXPECT_TRUE(ends_as_prose("and the power of. [29]"));
  EXPECT_FALSE(ends_as_prose("Our health is not a game!"));
}

}  // namespace
}  // namespace crux
