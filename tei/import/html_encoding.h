#pragma once
// Character encodings of HTML pages, the WHATWG way: the labels a page may
// declare ("latin1", "cp1251", "shift_jis"...) mapped to the encoding a
// browser would use, and the encoding-sniffing "prescan" of the first 1024
// bytes (HTML Living Standard, "prescan a byte stream to determine its
// encoding"). Only the encodings that matter in practice are listed; the ICU
// converter name says how crux::convert_to_utf8 reads each one.
#include <optional>
#include <string>
#include <string_view>

namespace crux {

struct HtmlEncoding {
  const char* name;  // WHATWG canonical name, reported to the user: "windows-1252"
  const char* icu;   // converter name ICU accepts for the same mapping
};

// The encoding for a label (ASCII white space around it ignored, ASCII case
// ignored), as WHATWG "get an encoding" does; nullptr for unknown labels.
// "iso-8859-1", "latin1" and "us-ascii" give windows-1252, "gb2312" gives GBK,
// as in every browser. Labels of the WHATWG "replacement" encoding
// (iso-2022-kr, hz-gb-2312...) give the entry named "replacement", which has
// no converter: such pages cannot be read safely.
const HtmlEncoding* html_encoding_for_label(std::string_view label);

// The WHATWG prescan over the first 1024 bytes of `bytes`: skips comments,
// end tags, <!...> and <?...> constructs, parses attributes of every tag the
// way the spec does, and takes the first <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=..."> that names a
// known encoding. UTF-16 declarations give UTF-8 and x-user-defined gives
// windows-1252, as the spec requires. nullptr when nothing usable is found.
const HtmlEncoding* prescan_html_encoding(std::string_view bytes);

// The WHATWG "algorithm for extracting a character encoding from a meta
// element" applied to a content attribute value ("text/html; charset=koi8-r").
const HtmlEncoding* encoding_from_meta_content(std::string_view content);

}  // namespace crux
