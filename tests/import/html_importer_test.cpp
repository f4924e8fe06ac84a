// The HTML importer end to end (bytes in, Document and report out), and its
// parts: the WHATWG encoding prescan, the depth guard, the sniffer.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <chrono>
#include <functional>

#include "tei/base/error.h"
#include "tei/import/html_decode.h"
#include "tei/import/html_depth_guard.h"
#include "tei/import/html_encoding.h"
#include "tei/import/import_pipeline.h"
#include "tei/import/importers.h"
#include "tests/support/test_support.h"

namespace crux {
namespace {

// Inline content as text, with markup shown: {italic:...}, {link URL:...},
// {cite:[47]}, {lb}.
std::string shown(const std::vector<Inline>& content) {
  std::string s;
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::Text: s += in.text; break;
      case InlineKind::Citation: s += "{cite:" + in.text + "}"; break;
      case InlineKind::LineBreak: s += "{lb}"; break;
      case InlineKind::Emphasis: s += "{" + in.attr + ":" + shown(in.children) + "}"; break;
      case InlineKind::Link: s += "{link " + in.attr + ":" + shown(in.children) + "}"; break;
    }
  }
  return s;
}

// All blocks (recursively) as "KIND text" lines: "H2 Title", "P text", "LI item".
void outline(const std::vector<Block>& blocks, std::string& out, int depth = 0) {
  static const char* kNames[] = {"H", "P", "LIST", "LI", "TABLE", "ROW", "CELL", "QUOTE"};
  for (const Block& b : blocks) {
    out += std::string(2 * depth, ' ') + kNames[static_cast<int>(b.kind)];
    if (b.kind == BlockKind::Heading) out += std::to_string(b.level);
    if (!b.attr.empty()) out += "[" + b.attr + "]";
    if (!b.content.empty()) out += " " + shown(b.content);
    out += "\n";
    outline(b.children, out, depth + 1);
  }
}

std::string body_of(const Document& doc) {
  std::string s;
  outline(doc.body, s);
  return s;
}

// "reason: KIND text" lines.
std::string boilerplate_of(const Document& doc) {
  std::string s;
  for (const BoilerplateBlock& bp : doc.boilerplate) {
    std::string one;
    outline({bp.block}, one);
    s += bp.reason + ": " + one;
  }
  return s;
}

ImportResult import_html(const std::string& html, ImportOptions options = {}, const std::string& name = "page.html") {
  SourceMeta meta;
  meta.id = "s";
  return make_html_importer()->run(name, html, options, meta);
}

std::string page(const std::string& body) { return "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>"; }

std::string fixture(const std::string& name) { return test::slurp(std::string(CRUX_FIXTURES_DIR) + "/html/" + name); }

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// --- structure ---------------------------------------------------------------------------------

TEST(HtmlImporter, KeepsHeadingsParagraphsListsTablesQuotesAndInlineMarkup) {
  ImportResult r = import_html(page(
      "<h1>One</h1><h3>Three</h3><p>A <em>b</em> <i>c</i> <strong>d</strong> <b>e</b> <u>f</u> "
      "<a href=\"https://x.org/a?b=1&amp;c=2\">link</a>.</p>"
      "<ul><li>outer<ul><li>inner</li></ul></li><li>second</li></ul><ol><li>first</li></ol>"
      "<table><tr><th>Year</th><th>Event</th></tr><tr><td>1917</td><td>Revolution</td></tr></table>"
      "<blockquote><p>Quoted.</p><p>Twice.</p></blockquote><p>line<br>break</p>"));
  EXPECT_EQ(body_of(*r.document),
            "H1 One\n"
            "H3 Three\n"
            "P A {italic:b} {italic:c} {bold:d} {bold:e} {underline:f} {link https://x.org/a?b=1&c=2:link}.\n"
            "LIST[bulleted]\n  LI outer\n    LIST[bulleted]\n      LI inner\n  LI second\n"
            "LIST[ordered]\n  LI first\n"
            "TABLE\n  ROW\n    CELL[label] Year\n    CELL[label] Event\n  ROW\n    CELL 1917\n    CELL Revolution\n"
            "QUOTE\n  P Quoted.\n  P Twice.\n"
            "P line{lb}break\n");
  EXPECT_EQ(r.report.format, "html");
  EXPECT_EQ(r.report.headings, 2u);
  EXPECT_EQ(r.report.paragraphs, 4u);  // two in the quotation
  EXPECT_EQ(r.report.list_items, 4u);
  EXPECT_EQ(r.report.tables, 1u);
}

TEST(HtmlImporter, LooseTextInContainersBecomesParagraphs) {
  ImportResult r = import_html(page("<div>before<p>inside</p>between<div>deep</div>after <span>span</span></div>"
                                    "<section>end of section</section>"));
  EXPECT_EQ(body_of(*r.document), "P before\nP inside\nP between\nP deep\nP after span\nP end of section\n");
}

TEST(HtmlImporter, DropsScriptsStylesTemplatesCommentsAndDecodesEntities) {
  ImportResult r = import_html(
      "<html><head><style>p{}</style><script>var a='<p>no</p>';</script></head><body>"
      "<p>Caf&eacute; &amp; &#x41;&#66; &lt;tag&gt;<!-- hidden --></p><script>document.write('x')</script>"
      "<noscript><p>enable js</p></noscript><template><p>tmpl</p></template><style>.a{}</style></body></html>");
  EXPECT_EQ(body_of(*r.document), "P Caf\xC3\xA9 & AB <tag>\n");
}

TEST(HtmlImporter, CollapsesWhiteSpaceLikeABrowserAndKeepsPreLines) {
  ImportResult r = import_html(page("<p>\n   Many    spaces\n\tand\r\n lines <b> bold </b> end  </p>"
                                    "<p> <i>x</i><b>y</b> </p>"
                                    "<pre>\nfirst  line\n  second line\n</pre>"
                                    "<p>a<br>  <br>b</p>"));
  EXPECT_EQ(body_of(*r.document),
            "P Many spaces and lines {bold:bold} end\n"
            "P {italic:x}{bold:y}\n"
            "P first  line{lb}  second line\n"
            "P a\nP b\n");  // <br><br> separates paragraphs
}

TEST(HtmlImporter, DataTablesStayTablesLayoutTablesDissolve) {
  ImportResult r = import_html(page(
      "<table><tr><td><h1>Site title</h1><p>Article text.</p></td><td><ul><li>menu</li></ul></td></tr></table>"
      "<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>"));
  EXPECT_EQ(body_of(*r.document),
            "H1 Site title\nP Article text.\nLIST[bulleted]\n  LI menu\n"
            "TABLE\n  ROW\n    CELL a{lb}b\n    CELL c\n");
  EXPECT_EQ(r.report.tables, 1u);
}

// --- citations -----------------------------------------------------------------------------------

TEST(HtmlImporter, MarksCitationsInTextAndInSuperscriptLinks) {
  ImportResult r = import_html(page(
      "<p>Text.[47] More [3-5] and [a note].</p>"
      "<p>Wiki<sup id=\"cite_ref-47\" class=\"reference\"><a href=\"#cite_note-47\">[48]</a></sup> and "
      "note<sup><a href=\"#fn3\">3</a></sup> and x<sup>2</sup>.</p>"
      "<p>Split<sup><a href=\"#cite_note-1\"><span>&#91;</span>a<span>&#93;</span></a></sup> and "
      "<a href=\"#cite_note-7\">[7]</a> but <a href=\"/wiki/Seven\">[7]</a>.</p>"));
  EXPECT_EQ(body_of(*r.document),
            "P Text.{cite:[47]} More {cite:[3-5]} and [a note].\n"
            "P Wiki{cite:[48]} and note{cite:3} and x{superscript:2}.\n"
            "P Split{cite:[a]} and {cite:[7]} but {link /wiki/Seven:{cite:[7]}}.\n");
  EXPECT_EQ(r.report.citations, 7u);
}

// --- boilerplate ---------------------------------------------------------------------------------

TEST(HtmlImporter, MovesNavigationAsidesAndNamedBlocksToBoilerplate) {
  ImportResult r = import_html(page(
      "<nav><a href=\"/\">Home</a></nav><div class=\"top-menu\"><p>Menu</p></div>"
      "<p>The text of the page, long enough to be read as prose by anybody.</p>"
      "<div id=\"ad-slot-3\"><p>Buy now</p></div><div class=\"social-links\"><p>Follow</p></div>"
      "<aside><p>Related</p></aside><div class=\"wrapper has-sidebar\"><h1>Kept heading</h1></div>"
      "<footer><p>Footer line</p></footer>"));
  EXPECT_EQ(body_of(*r.document), "P The text of the page, long enough to be read as prose by anybody.\nH1 Kept heading\n");
  EXPECT_EQ(boilerplate_of(*r.document),
            "navigation: P {link /:Home}\nnavigation: P Menu\nadvert: P Buy now\nshare-buttons: P Follow\n"
            "sidebar: P Related\nfooter: P Footer line\n");
  EXPECT_EQ(r.report.boilerplate_moved, 6u);
}

TEST(HtmlImporter, EverythingOutsideMainIsBoilerplateAndStripDropsIt) {
  std::string html = page("<div class=\"intro\">Site intro</div><main><header><h1>Title</h1></header>"
                          "<p>Body text.</p><footer><p>Posted in History</p></footer></main><p>After main</p>");
  ImportResult moved = import_html(html);
  EXPECT_EQ(body_of(*moved.document), "H1 Title\nP Body text.\nP Posted in History\n");  // header/footer in <main> stay
  EXPECT_EQ(boilerplate_of(*moved.document), "outside-article: P Site intro\noutside-article: P After main\n");

  ImportOptions strip;
  strip.strip_boilerplate = true;
  ImportResult stripped = import_html(html, strip);
  EXPECT_EQ(body_of(*stripped.document), body_of(*moved.document));
  EXPECT_TRUE(stripped.document->boilerplate.empty());
  EXPECT_EQ(stripped.report.boilerplate_moved, 2u);
}

TEST(HtmlImporter, MarkupThatWouldLeaveNoTextIsIgnored) {
  ImportResult r = import_html(page("<div class=\"sidebar-layout\"><p>All of the text is here.</p></div>"));
  EXPECT_EQ(body_of(*r.document), "P All of the text is here.\n");
  ASSERT_FALSE(r.report.warnings.empty());
  EXPECT_TRUE(contains(r.report.warnings.back(), "marked all of its text"));
}

// A saved web page: site furniture around an article.
TEST(HtmlImporter, SavedWebPageKeepsTheArticleAndMovesTheRest) {
  ImportResult r = import_html(fixture("saved-article.html"), {}, "saved-article.html");
  const Document& doc = *r.document;
  EXPECT_EQ(body_of(doc),
            "H1 October 1917: workers take power\n"
            "P Clare Doyle, 29 October 2014\n"
            "P On 25 October 1917 (7 November in the Western calendar) the {italic:Military Revolutionary "
            "Committee} of the Petrograd Soviet took the Winter Palace.{cite:[12]} The cruiser "
            "{link /wiki/Aurora:Aurora} fired a blank shot as the signal.\n"
            "H2 The days before the insurrection\n"
            "P The government of Kerensky had lost \xE2\x80\x9C" "all authority\xE2\x80\x9D \xE2\x80\x93 even the "
            "{bold:Cossacks} would not defend it.{cite:[13]}\n"
            "LIST[bulleted]\n  LI The {underline:Red Guards} held the bridges.\n"
            "  LI The garrison had gone over to the Soviet:\n    LIST[ordered]\n"
            "      LI the Pavlovsky regiment,\n      LI the Kexholm regiment.\n"
            "TABLE\n  ROW\n    CELL[label] Date (Old Style)\n    CELL[label] Event\n"
            "  ROW\n    CELL 24 October\n    CELL Kerensky moves against the Bolshevik press\n"
            "  ROW\n    CELL 25 October\n    CELL The Winter Palace is taken\n"
            "QUOTE\n  P All power to the Soviets!\n"
            "P Loose text written straight into the article, between two blocks.\n");
  std::string back = boilerplate_of(doc);
  EXPECT_TRUE(contains(back, "cookie-notice: P We use cookies")) << back;
  EXPECT_TRUE(contains(back, "navigation: LIST[bulleted]\n  LI {link /:Home}\n  LI {link /news:News}")) << back;
  EXPECT_TRUE(contains(back, "navigation: P {link /:Home} \xC2\xBB {link /history:History}")) << back;  // breadcrumbs
  EXPECT_TRUE(contains(back, "share-buttons: P {link https://facebook.com/sharer:Facebook}")) << back;
  EXPECT_TRUE(contains(back, "sidebar: H3 Most read")) << back;
  EXPECT_TRUE(contains(back, "contact: P Tel: 020 8988 8777\ncontact: P Phone: 020 8988 8760")) << back;
  EXPECT_TRUE(contains(back, "archive: LIST[bulleted]\n  LI November 2014")) << back;
  EXPECT_FALSE(contains(body_of(doc) + back, "enable JavaScript"));
  EXPECT_FALSE(contains(body_of(doc) + back, "template row"));
  EXPECT_FALSE(contains(body_of(doc) + back, "dataLayer"));
  EXPECT_FALSE(contains(body_of(doc) + back, "font-family"));

  const ImportReport& rep = r.report;
  EXPECT_EQ(rep.encoding, "UTF-8");
  EXPECT_EQ(rep.encoding_source, "declared");
  EXPECT_EQ(rep.language, "en-GB");
  EXPECT_EQ(rep.language_source, "document");
  EXPECT_EQ(rep.headings, 2u);
  EXPECT_EQ(rep.paragraphs, 5u);
  EXPECT_EQ(rep.list_items, 4u);
  EXPECT_EQ(rep.tables, 1u);
  EXPECT_EQ(rep.citations, 2u);
  EXPECT_EQ(rep.boilerplate_moved, doc.boilerplate.size());
  EXPECT_GE(rep.boilerplate_moved, 10u);
  EXPECT_EQ(r.found.title, "October 1917: workers take power | The Socialist");
  EXPECT_EQ(doc.title_hint, r.found.title);
  EXPECT_EQ(r.found.author, "Clare Doyle");
  EXPECT_EQ(doc.author_hint, "Clare Doyle");
  EXPECT_EQ(r.found.date, "2014-10-29");
  EXPECT_EQ(r.found.lang, "en-GB");
}

// Through the pipeline and the TEI writer: the saved page is valid TEI, its
// text in <body>, the site in <back>, its metadata in the header.
TEST(HtmlImporter, SavedWebPageBecomesValidTei) {
  SourceMeta given;
  given.id = "october";
  ImportOutput out = import_bytes("saved-article.txt", fixture("saved-article.html"), {}, given);
  EXPECT_EQ(out.report.format, "html");  // chosen by content, not by name
  EXPECT_EQ(out.meta.title, "October 1917: workers take power | The Socialist");
  EXPECT_EQ(out.meta.author, "Clare Doyle");
  EXPECT_EQ(out.meta.lang, "en-GB");
  size_t back = out.tei.find("<back>");
  ASSERT_NE(back, std::string::npos);
  EXPECT_LT(out.tei.find("All power to the Soviets!"), back);
  EXPECT_GT(out.tei.find("020 8988 8777"), back);
  test::TempDir dir;
  test::spit(dir.file("october.tei.xml"), out.tei);
  std::string jing = test::jing_tei_all(dir.file("october.tei.xml"));
  if (jing.rfind("SKIP", 0) == 0) GTEST_SKIP() << jing;
  EXPECT_EQ(jing, "");
}

// --- metadata and language -----------------------------------------------------------------------

TEST(HtmlImporter, LanguageComesFromTheOptionTheDocumentOrDetection) {
  std::string vi = "<p>Cách mạng Tháng Mười Nga năm 1917 là cuộc cách mạng vô sản đầu tiên trên thế giới, "
                   "do giai cấp công nhân và nông dân Nga tiến hành dưới sự lãnh đạo của Đảng Bôn-sê-vích.</p>";
  ImportResult detected = import_html("<html><body>" + vi + "</body></html>");
  EXPECT_EQ(detected.report.language, "vi");
  EXPECT_EQ(detected.report.language_source, "detected");
  EXPECT_TRUE(detected.found.lang.empty());

  ImportResult document = import_html("<html lang=\"vi\"><body>" + vi + "</body></html>");
  EXPECT_EQ(document.report.language, "vi");
  EXPECT_EQ(document.report.language_source, "document");
  EXPECT_EQ(document.found.lang, "vi");

  ImportOptions given;
  given.lang = "fr";
  ImportResult option = import_html("<html lang=\"vi\"><body>" + vi + "</body></html>", given);
  EXPECT_EQ(option.report.language, "fr");
  EXPECT_EQ(option.report.language_source, "given");
}

TEST(HtmlImporter, MetadataFromMetaElements) {
  ImportResult r = import_html(
      "<html><head><title>\n  A   title \n</title><meta name=\"AUTHOR\" content=\"John Reed\">"
      "<meta name=\"date\" content=\"1919/03/01\"></head><body><h1>Heading</h1><p>Text.</p></body></html>");
  EXPECT_EQ(r.found.title, "A title");
  EXPECT_EQ(r.found.author, "John Reed");
  EXPECT_EQ(r.found.date, "1919-03-01");
  ImportResult untitled = import_html("<html><body><h2>First heading</h2><p>Text.</p></body></html>");
  EXPECT_EQ(untitled.document->title_hint, "First heading");
}

// --- encodings -----------------------------------------------------------------------------------

TEST(HtmlPrescan, FindsMetaCharsetTheWayTheSpecDoes) {
  auto name = [](const std::string& head) {
    const HtmlEncoding* e = prescan_html_encoding(head);
    return std::string(e ? e->name : "none");
  };
  EXPECT_EQ(name("<meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(name("<META CHARSET=KOI8-R>"), "KOI8-R");
  EXPECT_EQ(name("<meta charset='latin1'>"), "windows-1252");  // WHATWG: latin1 is windows-1252
  EXPECT_EQ(name("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"), "windows-1252");
  EXPECT_EQ(name("<meta content='text/html; charset=\"gb2312\"' http-equiv=content-type>"), "GBK");
  // content= without http-equiv="Content-Type" does not count.
  EXPECT_EQ(name("<meta content=\"text/html; charset=koi8-r\"><meta charset=utf-8>"), "UTF-8");
  // Comments and attribute values are skipped, not searched.
  EXPECT_EQ(name("<!-- <meta charset=koi8-r> --><meta charset=windows-1250>"), "windows-1250");
  EXPECT_EQ(name("<div title='<meta charset=koi8-r>'><meta charset=cp1251>"), "windows-1251");
  EXPECT_EQ(name("<!--><meta charset=cp1253>"), "windows-1253");  // "<!-->" is a whole comment
  EXPECT_EQ(name("<meta name=x charset=unknown-thing><meta charset=cp1251>"), "windows-1251");
  EXPECT_EQ(name("<meta charset=utf-16le>"), "UTF-8");             // as the spec says
  EXPECT_EQ(name("<meta charset=x-user-defined>"), "windows-1252");
  EXPECT_EQ(name(std::string(1100, ' ') + "<meta charset=cp1251>"), "none");  // only the first 1024 bytes
  EXPECT_EQ(name("<p>no declaration</p>"), "none");
}

TEST(HtmlPrescan, EveryEncodingInTheTableHasAnIcuConverter) {
  for (const char* label : {"utf-8", "latin1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
                            "cp1258", "tis-620", "koi8-r", "koi8-u", "cp866", "latin2", "iso-8859-5", "greek",
                            "l9", "mac", "x-mac-cyrillic", "gb2312", "gb18030", "big5", "euc-jp",
                            "iso-2022-jp", "sjis", "euc-kr", "utf-16le", "utf-16be", "latin4", "iso-8859-13"}) {
    const HtmlEncoding* e = html_encoding_for_label(label);
    if (!e) {
      ADD_FAILURE() << "no encoding for label " << label;
      continue;
    }
    UErrorCode err = U_ZERO_ERROR;
    UConverter* c = ucnv_open(e->icu, &err);
    EXPECT_TRUE(U_SUCCESS(err)) << label << " -> " << e->icu;
    if (c) ucnv_close(c);
  }
  EXPECT_EQ(html_encoding_for_label("  Windows-1251 ")->name, std::string("windows-1251"));
  EXPECT_EQ(html_encoding_for_label("no-such-charset"), nullptr);
}

TEST(HtmlImporter, ReadsAWindows1251PageDeclaredWithMetaCharset) {
  ImportResult r = import_html(fixture("cp1251-meta-charset.html"), {}, "oktyabr.html");
  EXPECT_EQ(r.report.encoding, "windows-1251");
  EXPECT_EQ(r.report.encoding_source, "declared");
  EXPECT_EQ(r.report.encoding_confidence, 100);
  EXPECT_EQ(r.found.title, "Октябрьская революция");
  EXPECT_TRUE(contains(body_of(*r.document), "P Двадцать пятого октября 1917 года Военно-революционный комитет"));
  EXPECT_EQ(r.report.language, "ru");
}

TEST(HtmlImporter, ReadsAWindows1252PageDeclaredWithHttpEquiv) {
  ImportResult r = import_html(fixture("cp1252-http-equiv.html"), {}, "revolution.html");
  EXPECT_EQ(r.report.encoding, "windows-1252");  // the page says iso-8859-1
  EXPECT_EQ(r.report.encoding_source, "declared");
  EXPECT_EQ(body_of(*r.document),
            "H1 La R\xC3\xA9volution d\xE2\x80\x99Octobre\n"
            "P L\xC3\xA9nine arrive \xC3\xA0 P\xC3\xA9trograd \xE2\x80\x93 K\xC3\xA9rensky s\xE2\x80\x99" "enfuit.\n");
}

TEST(HtmlImporter, EncodingFromBomUtf8OrDetection) {
  ImportResult bom = import_html("\xEF\xBB\xBF<p>Caf\xC3\xA9</p>");
  EXPECT_EQ(bom.report.encoding_source, "bom");
  EXPECT_EQ(body_of(*bom.document), "P Caf\xC3\xA9\n");

  ImportResult utf16 = import_html(std::string("\xFF\xFE<\0p\0>\0\x1F\x04\x40\x04\x38\x04<\0/\0p\0>\0", 22));
  EXPECT_EQ(utf16.report.encoding, "UTF-16LE");
  EXPECT_EQ(body_of(*utf16.document), "P \xD0\x9F\xD1\x80\xD0\xB8\n");  // При

  ImportResult plain = import_html("<p>Caf\xC3\xA9</p>");
  EXPECT_EQ(plain.report.encoding, "UTF-8");
  EXPECT_EQ(plain.report.encoding_source, "utf-8");

  // Undeclared legacy bytes: detected (Russian in windows-1251).
  std::string ru = test::slurp(std::string(CRUX_FIXTURES_DIR) + "/html/cp1251-meta-charset.html");
  std::string undeclared = ru.substr(ru.find("<body>"));
  ImportResult detected = import_html(undeclared);
  EXPECT_EQ(detected.report.encoding_source, "detected");
  EXPECT_EQ(detected.report.encoding, "windows-1251");
  EXPECT_TRUE(contains(body_of(*detected.document), "Двадцать пятого октября"));

  // A stale declaration: the page says windows-1252 but was re-saved as UTF-8.
  ImportResult stale = import_html("<meta charset=windows-1252><p>Caf\xC3\xA9</p>");
  EXPECT_EQ(stale.report.encoding, "UTF-8");
  EXPECT_EQ(body_of(*stale.document), "P Caf\xC3\xA9\n");
  EXPECT_FALSE(stale.report.warnings.empty());

  ImportOptions given;
  given.encoding = "koi8-r";
  ImportResult forced = import_html("<p>\xF0\xD2\xC9</p>", given);
  EXPECT_EQ(forced.report.encoding_source, "given");
  EXPECT_EQ(body_of(*forced.document), "P \xD0\x9F\xD1\x80\xD0\xB8\n");
}

TEST(HtmlImporter, BrokenUtf8IsRefusedUnlessLossy) {
  std::string html = "<meta charset=utf-8><p>Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xFF here</p>";
  try {
    import_html(html, {}, "broken.html");
    FAIL() << "accepted invalid UTF-8";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_EQ(e.file(), "broken.html");
    EXPECT_TRUE(contains(e.problem(), "--lossy")) << e.what();
  }
  ImportOptions lossy;
  lossy.lossy = true;
  ImportResult r = import_html(html, lossy);
  EXPECT_EQ(body_of(*r.document), "P Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xEF\xBF\xBD here\n");
  EXPECT_EQ(r.report.invalid_sequences_replaced, 1u);
}

TEST(HtmlImporter, ControlCharactersAndNfc) {
  ImportResult r = import_html("<p>a\x01" "b&#7;c e\xCC\x81t\xC3\xA9</p>");  // e + combining acute
  EXPECT_EQ(body_of(*r.document), "P abc \xC3\xA9t\xC3\xA9\n");
  EXPECT_EQ(r.report.control_chars_removed, 2u);
}

// --- depth ---------------------------------------------------------------------------------------

TEST(HtmlDepthGuard, LeavesOrdinaryPagesAlone) {
  DepthGuardResult g = guard_html_depth(fixture("saved-article.html"));
  EXPECT_EQ(g.flattened, 0u);
  EXPECT_LT(g.max_depth, 20u);
  EXPECT_TRUE(g.changed);  // its <template> is removed (with svg and math: nothing of them is kept)
  EXPECT_FALSE(contains(g.html, "template row"));
  EXPECT_TRUE(contains(g.html, "<p>All power to the Soviets!</p>"));
  EXPECT_FALSE(guard_html_depth(fixture("cp1252-http-equiv.html")).changed);
}

TEST(HtmlDepthGuard, FlattensBeyondTheLimitKeepingText) {
  std::string html;
  for (int i = 0; i < 10; ++i) html += "<div>" + std::to_string(i) + " ";
  for (int i = 0; i < 10; ++i) html += "</div>";
  DepthGuardResult g = guard_html_depth(html, 4);
  EXPECT_TRUE(g.changed);
  EXPECT_EQ(g.flattened, 6u);
  // Removed block tags leave a space each, so words stay apart.
  EXPECT_EQ(g.html, "<div>0 <div>1 <div>2 <div>3  4  5  6  7  8  9       </div></div></div></div>");
  // Unclosed list items and paragraphs close each other: no nesting.
  std::string items = "<ul>";
  for (int i = 0; i < 100; ++i) items += "<li><p>item ";
  EXPECT_FALSE(guard_html_depth(items, 10).changed);
}

TEST(HtmlImporter, HundredThousandNestedElementsImportQuicklyWithTheirText) {
  std::string html = "<html><body>";
  const int n = 100000;
  for (int i = 0; i < n; ++i) html += i % 2 ? "<span>" : "<div>";
  html += "deepest text";
  for (int i = n; i-- > 0;) html += i % 2 ? "</span>" : "</div>";
  html += "<p>after</p></body></html>";
  auto start = std::chrono::steady_clock::now();
  ImportResult r = import_html(html);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 3.0);
  EXPECT_EQ(body_of(*r.document), "P deepest text\nP after\n");
  EXPECT_EQ(r.report.depth_flattened, n - kHtmlDepthLimit);
  ASSERT_FALSE(r.report.warnings.empty());
  EXPECT_TRUE(contains(r.report.warnings.front(), "flattened"));
}

TEST(HtmlImporter, DeepListsAndQuotesStayWithinTheDocumentDepth) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<blockquote><ul><li>level " + std::to_string(i);
  ImportResult r = import_html(html);
  size_t depth = 0;
  std::function<void(const std::vector<Block>&, size_t)> walk = [&](const std::vector<Block>& blocks, size_t d) {
    for (const Block& b : blocks) {
      depth = std::max(depth, d);
      walk(b.children, d + 1);
    }
  };
  walk(r.document->body, 1);
  EXPECT_LE(depth, 60u);
  EXPECT_TRUE(contains(body_of(*r.document), "level 2999"));
  EXPECT_TRUE(contains(body_of(*r.document), "level 0"));
}

// gumbo 0.10 aborts (a failed assert) on this; svg and MathML never reach it.
TEST(HtmlImporter, SvgAndMathAreRemovedBeforeParsing) {
  ImportResult r = import_html(page("<p>before</p><table><tr><td><svg><select><foreignObject><table><table>"
                                    "</table></foreignObject></svg>cell</td></tr></table>"
                                    "<p>after <math><mi>x</mi></math> math</p>"));
  EXPECT_EQ(body_of(*r.document), "P before\nP cell\nP after math\n");
}

// --- sniffing and refusals ------------------------------------------------------------------------

TEST(HtmlImporter, SniffsHtmlButNeverTei) {
  auto imp = make_html_importer();
  EXPECT_EQ(imp->format(), "html");
  EXPECT_GE(imp->sniff("\xEF\xBB\xBF  <!-- saved --><!DOCTYPE html><html>", "x.txt"), 90);
  EXPECT_GE(imp->sniff("<HTML><BODY>", "x"), 90);
  EXPECT_GE(imp->sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "a.xhtml"), 90);
  EXPECT_GE(imp->sniff("Some preface\n<div>text</div>", "x"), 50);
  EXPECT_GT(imp->sniff("<p>x</p>", "page.htm"), imp->sniff("<p>x</p>", "page"));
  EXPECT_EQ(imp->sniff("<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>", "a.html"), 0);
  EXPECT_EQ(imp->sniff("<!-- x --><teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><p>", "a.xml"), 0);
  EXPECT_EQ(imp->sniff("<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\">", "a.xml"), 0);
  EXPECT_EQ(imp->sniff("Lenin returned on 3 April 1917.\n", "notes.txt"), 0);
  EXPECT_EQ(imp->sniff(std::string("<html>\0\x01\x02", 9), "x.html"), 0);
}

TEST(HtmlImporter, RefusesPagesWithoutTextAndBinaryData) {
  for (const std::string& html : {std::string("<html><head><title>T</title><script>x()</script></head></html>"),
                                  std::string("<html><body>  <!-- nothing -->\n<img src=a.png></body></html>")}) {
    try {
      import_html(html, {}, "empty.html");
      ADD_FAILURE() << "accepted " << html;
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::BadInput);
      EXPECT_EQ(e.file(), "empty.html");
      EXPECT_TRUE(contains(e.problem(), "no text found")) << e.what();
    }
  }
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919) % 256);
  EXPECT_THROW(import_html(garbage, {}, "garbage.html"), Error);
}

}  // namespace
}  // namespace crux
