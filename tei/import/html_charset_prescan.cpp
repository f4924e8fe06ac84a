// The WHATWG "prescan a byte stream to determine its encoding", step by step
// as the HTML Living Standard writes it, so that a page is read in the
// encoding a browser would read it in. Running past the 1024 bytes ends the
// prescan without a result, as the spec says.
#include <string>
#include <vector>

#include "tei/import/html_encoding.h"

namespace crux {
namespace {

bool is_space(unsigned char c) { return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20; }
bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); }

struct Attribute {
  std::string name, value;
};

class Prescan {
 public:
  explicit Prescan(std::string_view s) : s_(s) {}

  const HtmlEncoding* run() {
    while (pos_ < s_.size()) {
      if (starts("<!--")) {
        // The first '>' preceded by "--" after the '<' ("<!-->" counts).
        size_t end = s_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return nullptr;
        pos_ = end + 2;
      } else if (starts_ci("<meta") && pos_ + 5 < s_.size() && (is_space(at(pos_ + 5)) || at(pos_ + 5) == '/')) {
        pos_ += 5;
        const HtmlEncoding* found = meta();
        if (eof_) return nullptr;
        if (found) return found;
      } else if (at(pos_) == '<' && pos_ + 1 < s_.size() &&
                 (is_alpha(at(pos_ + 1)) || (at(pos_ + 1) == '/' && pos_ + 2 < s_.size() && is_alpha(at(pos_ + 2))))) {
        while (pos_ < s_.size() && !is_space(at(pos_)) && at(pos_) != '>') ++pos_;
        while (get_attribute()) {
        }
        if (eof_) return nullptr;
      } else if (starts("<!") || starts("</") || starts("<?")) {
        size_t end = s_.find('>', pos_ + 2);
        if (end == std::string_view::npos) return nullptr;
        pos_ = end;
      }
      ++pos_;  // "next byte"
    }
    return nullptr;
  }

 private:
  unsigned char at(size_t i) const { return static_cast<unsigned char>(s_[i]); }
  bool starts(std::string_view w) const { return s_.substr(pos_, w.size()) == w; }
  bool starts_ci(std::string_view w) const {
    if (pos_ + w.size() > s_.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (lower(at(pos_ + k)) != w[k]) return false;
    return true;
  }

  // The attributes of one <meta>, then the spec's "processing" step.
  const HtmlEncoding* meta() {
    std::vector<std::string> seen;
    bool got_pragma = false;
    int need_pragma = -1;  // -1 null, 0 false, 1 true
    enum { Null, Failure, Found } charset_state = Null;
    const HtmlEncoding* charset = nullptr;
    while (get_attribute()) {
      bool dup = false;
      for (const auto& n : seen) dup = dup || n == attr_.name;
      if (dup) continue;
      seen.push_back(attr_.name);
      if (attr_.name == "http-equiv") {
        if (attr_.value == "content-type") got_pragma = true;
      } else if (attr_.name == "content") {
        if (charset_state == Null) {
          if (const HtmlEncoding* e = encoding_from_meta_content(attr_.value)) {
            charset = e;
            charset_state = Found;
            need_pragma = 1;
          }
        }
      } else if (attr_.name == "charset") {
        charset = html_encoding_for_label(attr_.value);
        charset_state = charset ? Found : Failure;
        need_pragma = 0;
      }
    }
    if (eof_ || need_pragma == -1 || (need_pragma == 1 && !got_pragma) || charset_state != Found) return nullptr;
    std::string_view name = charset->name;
    if (name == "UTF-16LE" || name == "UTF-16BE") return html_encoding_for_label("utf-8");
    if (name == "x-user-defined") return html_encoding_for_label("windows-1252");
    return charset;
  }

  // "Get an attribute": fills attr_ and returns true, or returns false at the
  // end of the tag (or of the bytes, setting eof_).
  bool get_attribute() {
    attr_ = {};
    for (;; ++pos_) {
      if (pos_ >= s_.size()) return set_eof();
      if (!is_space(at(pos_)) && at(pos_) != '/') break;
    }
    if (at(pos_) == '>') return false;
    for (;; ++pos_) {  // the name
      if (pos_ >= s_.size()) return set_eof();
      unsigned char c = at(pos_);
      if (c == '=' && !attr_.name.empty()) {
        ++pos_;
        return value();
      }
      if (is_space(c)) break;
      if (c == '/' || c == '>') return true;
      attr_.name += lower(c);
    }
    for (;; ++pos_) {  // spaces after the name
      if (pos_ >= s_.size()) return set_eof();
      if (!is_space(at(pos_))) break;
    }
    if (at(pos_) != '=') return true;  // a name without a value
    ++pos_;
    return value();
  }

  bool value() {
    for (;; ++pos_) {
      if (pos_ >= s_.size()) return set_eof();
      if (!is_space(at(pos_))) break;
    }
    unsigned char c = at(pos_);
    if (c == '"' || c == '\'') {
      for (++pos_;; ++pos_) {
        if (pos_ >= s_.size()) return set_eof();
        if (at(pos_) == c) {
          ++pos_;
          return true;
        }
        attr_.value += lower(at(pos_));
      }
    }
    if (c == '>') return true;
    attr_.value += lower(c);
    for (++pos_;; ++pos_) {
      if (pos_ >= s_.size()) return set_eof();
      if (is_space(at(pos_)) || at(pos_) == '>') return true;
      attr_.value += lower(at(pos_));
    }
  }

  bool set_eof() {
    eof_ = true;
    return false;
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool eof_ = false;
  Attribute attr_;
};

}  // namespace

const HtmlEncoding* prescan_html_encoding(std::string_view bytes) {
  return Prescan(bytes.substr(0, 1024)).run();
}

}  // namespace crux
