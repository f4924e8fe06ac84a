#pragma once
// Recognising an HTML page from its first bytes, for the importer registry.
#include <string>
#include <string_view>

namespace crux {

// 0 = not HTML; higher = more certain. After a BOM, white space, comments and
// an XML declaration: "<!DOCTYPE html" or "<html" give 90, another HTML
// element first (<head>, <body>, <div>, <p>, <meta>...) 70, a page that
// shows <body, <p, <div, <br, <table or a heading in its first 4 KB 50. A
// document whose root is <TEI> or <teiCorpus> (or that declares such a
// DOCTYPE) is never HTML: the TEI importer takes it. NUL bytes (outside
// UTF-16 with a BOM) mean binary: 0. The file name (.html, .htm, .xhtml,
// .shtml) only adds a little, or gives 20 to markup that has tags but none of
// the above.
int sniff_html(std::string_view head, const std::string& filename);

}  // namespace crux
