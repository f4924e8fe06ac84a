#include "tei/import/html_encoding.h"

#include <string>

namespace crux {
namespace {

// The encodings of the WHATWG Encoding Standard that ICU can read with the
// same mapping. GBK is read with ICU's gb18030 (its superset, as WHATWG
// does); Big5 with Big5-HKSCS; Shift_JIS with windows-31j; EUC-KR with
// windows-949 (WHATWG's EUC-KR is Microsoft's superset). ISO-8859-16 is left
// out: ICU has no converter for it.
constexpr HtmlEncoding kEncodings[] = {
    {"UTF-8", "UTF-8"},              // 0
    {"windows-1252", "windows-1252"},  // 1
    {"windows-1251", "windows-1251"},  // 2
    {"windows-1250", "windows-1250"},  // 3
    {"windows-1253", "windows-1253"},  // 4
    {"windows-1254", "windows-1254"},  // 5
    {"windows-1255", "windows-1255"},  // 6
    {"windows-1256", "windows-1256"},  // 7
    {"windows-1257", "windows-1257"},  // 8
    {"windows-1258", "windows-1258"},  // 9
    {"windows-874", "windows-874"},    // 10
    {"KOI8-R", "KOI8-R"},              // 11
    {"KOI8-U", "KOI8-U"},              // 12
    {"IBM866", "IBM866"},              // 13
    {"ISO-8859-2", "ISO-8859-2"},      // 14
    {"ISO-8859-5", "ISO-8859-5"},      // 15
    {"ISO-8859-7", "ISO-8859-7"},      // 16
    {"ISO-8859-15", "ISO-8859-15"},    // 17
    {"macintosh", "macintosh"},        // 18
    {"x-mac-cyrillic", "x-mac-cyrillic"},  // 19
    {"GBK", "gb18030"},                // 20
    {"gb18030", "gb18030"},            // 21
    {"Big5", "Big5-HKSCS"},            // 22
    {"EUC-JP", "EUC-JP"},              // 23
    {"ISO-2022-JP", "ISO-2022-JP"},    // 24
    {"Shift_JIS", "windows-31j"},      // 25
    {"EUC-KR", "windows-949"},         // 26
    {"UTF-16LE", "UTF-16LE"},          // 27
    {"UTF-16BE", "UTF-16BE"},          // 28
    {"x-user-defined", ""},            // 29: only ever turned into windows-1252 here
    {"replacement", ""},               // 30: must not be decoded
    {"ISO-8859-4", "ISO-8859-4"},      // 31
    {"ISO-8859-13", "ISO-8859-13"},    // 32
};

struct Label {
  const char* label;
  int encoding;
};

// Labels from the WHATWG Encoding Standard for the encodings above.
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", 0}, {"unicode11utf8", 0}, {"unicode20utf8", 0}, {"utf-8", 0}, {"utf8", 0},
    {"x-unicode20utf8", 0},
    {"ansi_x3.4-1968", 1}, {"ascii", 1}, {"cp1252", 1}, {"cp819", 1}, {"csisolatin1", 1}, {"ibm819", 1},
    {"iso-8859-1", 1}, {"iso-ir-100", 1}, {"iso8859-1", 1}, {"iso88591", 1}, {"iso_8859-1", 1},
    {"iso_8859-1:1987", 1}, {"l1", 1}, {"latin1", 1}, {"us-ascii", 1}, {"windows-1252", 1}, {"x-cp1252", 1},
    {"cp1251", 2}, {"windows-1251", 2}, {"x-cp1251", 2},
    {"cp1250", 3}, {"windows-1250", 3}, {"x-cp1250", 3},
    {"cp1253", 4}, {"windows-1253", 4}, {"x-cp1253", 4},
    {"cp1254", 5}, {"csisolatin5", 5}, {"iso-8859-9", 5}, {"iso-ir-148", 5}, {"iso8859-9", 5}, {"iso88599", 5},
    {"iso_8859-9", 5}, {"iso_8859-9:1989", 5}, {"l5", 5}, {"latin5", 5}, {"windows-1254", 5}, {"x-cp1254", 5},
    {"cp1255", 6}, {"windows-1255", 6}, {"x-cp1255", 6},
    {"cp1256", 7}, {"windows-1256", 7}, {"x-cp1256", 7},
    {"cp1257", 8}, {"windows-1257", 8}, {"x-cp1257", 8},
    {"cp1258", 9}, {"windows-1258", 9}, {"x-cp1258", 9},
    {"dos-874", 10}, {"iso-8859-11", 10}, {"iso8859-11", 10}, {"iso885911", 10}, {"tis-620", 10},
    {"windows-874", 10},
    {"cskoi8r", 11}, {"koi", 11}, {"koi8", 11}, {"koi8-r", 11}, {"koi8_r", 11},
    {"koi8-ru", 12}, {"koi8-u", 12},
    {"866", 13}, {"cp866", 13}, {"csibm866", 13}, {"ibm866", 13},
    {"csisolatin2", 14}, {"iso-8859-2", 14}, {"iso-ir-101", 14}, {"iso8859-2", 14}, {"iso88592", 14},
    {"iso_8859-2", 14}, {"iso_8859-2:1987", 14}, {"l2", 14}, {"latin2", 14},
    {"csisolatincyrillic", 15}, {"cyrillic", 15}, {"iso-8859-5", 15}, {"iso-ir-144", 15}, {"iso8859-5", 15},
    {"iso88595", 15}, {"iso_8859-5", 15}, {"iso_8859-5:1988", 15},
    {"csisolatingreek", 16}, {"ecma-118", 16}, {"elot_928", 16}, {"greek", 16}, {"greek8", 16},
    {"iso-8859-7", 16}, {"iso-ir-126", 16}, {"iso8859-7", 16}, {"iso88597", 16}, {"iso_8859-7", 16},
    {"csisolatin9", 17}, {"iso-8859-15", 17}, {"iso8859-15", 17}, {"iso885915", 17}, {"iso_8859-15", 17},
    {"l9", 17},
    {"csmacintosh", 18}, {"mac", 18}, {"macintosh", 18}, {"x-mac-roman", 18},
    {"x-mac-cyrillic", 19}, {"x-mac-ukrainian", 19},
    {"chinese", 20}, {"csgb2312", 20}, {"csiso58gb231280", 20}, {"gb2312", 20}, {"gb_2312", 20},
    {"gb_2312-80", 20}, {"gbk", 20}, {"iso-ir-58", 20}, {"x-gbk", 20},
    {"gb18030", 21},
    {"big5", 22}, {"big5-hkscs", 22}, {"cn-big5", 22}, {"csbig5", 22}, {"x-x-big5", 22},
    {"cseucpkdfmtjapanese", 23}, {"euc-jp", 23}, {"x-euc-jp", 23},
    {"csiso2022jp", 24}, {"iso-2022-jp", 24},
    {"csshiftjis", 25}, {"ms932", 25}, {"ms_kanji", 25}, {"shift-jis", 25}, {"shift_jis", 25}, {"sjis", 25},
    {"windows-31j", 25}, {"x-sjis", 25},
    {"cseuckr", 26}, {"csksc56011987", 26}, {"euc-kr", 26}, {"iso-ir-149", 26}, {"korean", 26},
    {"ks_c_5601-1987", 26}, {"ks_c_5601-1989", 26}, {"ksc5601", 26}, {"ksc_5601", 26}, {"windows-949", 26},
    {"csunicode", 27}, {"iso-10646-ucs-2", 27}, {"ucs-2", 27}, {"unicode", 27}, {"unicodefeff", 27},
    {"utf-16", 27}, {"utf-16le", 27},
    {"unicodefffe", 28}, {"utf-16be", 28},
    {"x-user-defined", 29},
    {"csiso2022kr", 30}, {"hz-gb-2312", 30}, {"iso-2022-cn", 30}, {"iso-2022-cn-ext", 30},
    {"iso-2022-kr", 30}, {"replacement", 30},
    {"csisolatin4", 31}, {"iso-8859-4", 31}, {"iso-ir-110", 31}, {"iso8859-4", 31}, {"iso88594", 31},
    {"iso_8859-4", 31}, {"iso_8859-4:1988", 31}, {"l4", 31}, {"latin4", 31},
    {"iso-8859-13", 32}, {"iso8859-13", 32}, {"iso885913", 32},
};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

const HtmlEncoding* html_encoding_for_label(std::string_view label) {
  while (!label.empty() && is_ascii_space(label.front())) label.remove_prefix(1);
  while (!label.empty() && is_ascii_space(label.back())) label.remove_suffix(1);
  if (label.empty() || label.size() > 40) return nullptr;
  std::string lower(label);
  for (char& c : lower) c = ascii_lower(c);
  for (const Label& l : kLabels)
    if (lower == l.label) return &kEncodings[l.encoding];
  return nullptr;
}

const HtmlEncoding* encoding_from_meta_content(std::string_view s) {
  size_t pos = 0;
  for (;;) {
    // Find "charset" (ASCII case-insensitive) at or after pos.
    size_t at = std::string_view::npos;
    for (size_t i = pos; i + 7 <= s.size(); ++i) {
      bool match = true;
      for (size_t k = 0; k < 7 && match; ++k) match = ascii_lower(s[i + k]) == "charset"[k];
      if (match) {
        at = i;
        break;
      }
    }
    if (at == std::string_view::npos) return nullptr;
    size_t i = at + 7;
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {  // not "charset=": look further on
      pos = i;
      continue;
    }
    ++i;
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    if (i >= s.size()) return nullptr;
    if (s[i] == '"' || s[i] == '\'') {
      size_t close = s.find(s[i], i + 1);
      if (close == std::string_view::npos) return nullptr;  // unmatched quote
      return html_encoding_for_label(s.substr(i + 1, close - i - 1));
    }
    size_t end = i;
    while (end < s.size() && !is_ascii_space(s[end]) && s[end] != ';') ++end;
    return html_encoding_for_label(s.substr(i, end - i));
  }
}

}  // namespace crux
