#include "tei/xml/start_tag_scanner.h"

namespace crux {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Name characters as far as the scanner needs them: anything that ends a
// name in a well-formed tag is white space, '/', '>' or '='.
bool ends_name(char c) { return is_space(c) || c == '/' || c == '>' || c == '='; }

bool is_predefined(std::string_view name) {
  return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
}

class Scanner {
 public:
  Scanner(std::string_view s, std::vector<size_t>* refs) : s_(s), refs_(refs) {}

  // Skips the prolog up to the DOCTYPE or the root, whichever comes first.
  std::pair<size_t, size_t> doctype() {
    while (true) {
      size_t lt = s_.find('<', i_);
      if (lt == std::string_view::npos) break;
      i_ = lt;
      std::string_view rest = s_.substr(i_);
      bool ok;
      if (rest.starts_with("<!--")) ok = skip_past("-->", 4);
      else if (rest.starts_with("<?")) ok = skip_past("?>", 2);
      else if (rest.starts_with("<!DOCTYPE")) return skip_doctype() ? std::pair{lt, i_} : std::pair{lt, s_.size()};
      else break;
      if (!ok) break;
    }
    return {std::string_view::npos, std::string_view::npos};
  }

  bool run(std::vector<StartTag>& out) {
    while (true) {
      size_t lt = s_.find('<', i_);
      find_entity_refs(i_, lt == std::string_view::npos ? s_.size() : lt);
      if (lt == std::string_view::npos) return true;
      i_ = lt;
      std::string_view rest = s_.substr(i_);
      bool ok;
      if (rest.starts_with("<!--")) ok = skip_past("-->", 4);
      else if (rest.starts_with("<?")) ok = skip_past("?>", 2);
      else if (rest.starts_with("<![CDATA[")) ok = skip_past("]]>", 9);
      else if (rest.starts_with("<!DOCTYPE")) ok = skip_doctype();
      else if (rest.starts_with("</")) ok = skip_past(">", 2);
      else if (rest.starts_with("<!")) return false;  // nothing else is allowed in content
      else ok = start_tag(out);
      if (!ok) return false;
    }
  }

 private:
  // Moves past the first `end` found at or after i_ + from.
  bool skip_past(std::string_view end, size_t from) {
    size_t k = s_.find(end, i_ + from);
    if (k == std::string_view::npos) return false;
    i_ = k + end.size();
    return true;
  }

  bool skip_quoted(bool attribute_value = false) {  // i_ on a quote
    char q = s_[i_];
    size_t k = s_.find(q, i_ + 1);
    if (k == std::string_view::npos) return false;
    if (attribute_value) find_entity_refs(i_ + 1, k);
    i_ = k + 1;
    return true;
  }

  // Character data and attribute values: '&' always starts a reference.
  void find_entity_refs(size_t from, size_t to) {
    if (!refs_) return;
    for (size_t k = s_.find('&', from); k < to; k = s_.find('&', k + 1)) {
      if (k + 1 < to && s_[k + 1] == '#') continue;
      size_t semi = s_.find(';', k);
      if (semi == std::string_view::npos || semi > to || !is_predefined(s_.substr(k + 1, semi - k - 1)))
        refs_->push_back(k);
    }
  }

  // <!DOCTYPE name ExternalID? [ internal subset ]? >; the internal subset
  // holds declarations (with quoted literals), comments, PIs and PE refs.
  bool skip_doctype() {
    i_ += 9;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"' || c == '\'') {
        if (!skip_quoted()) return false;
      } else if (c == '[') {
        ++i_;
        if (!skip_internal_subset()) return false;
      } else if (c == '>') {
        ++i_;
        return true;
      } else {
        ++i_;
      }
    }
    return false;
  }

  bool skip_internal_subset() {
    while (i_ < s_.size()) {
      std::string_view rest = s_.substr(i_);
      if (rest.starts_with("<!--")) {
        if (!skip_past("-->", 4)) return false;
      } else if (rest.starts_with("<?")) {
        if (!skip_past("?>", 2)) return false;
      } else if (rest[0] == '"' || rest[0] == '\'') {
        if (!skip_quoted()) return false;
      } else if (rest[0] == ']') {
        ++i_;
        return true;
      } else {
        ++i_;
      }
    }
    return false;
  }

  bool start_tag(std::vector<StartTag>& out) {
    StartTag t;
    t.begin = i_;
    size_t k = i_ + 1;
    while (k < s_.size() && !ends_name(s_[k])) ++k;
    if (k == i_ + 1 || k >= s_.size()) return false;
    t.qname = s_.substr(i_ + 1, k - i_ - 1);
    i_ = k;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"' || c == '\'') {
        if (!skip_quoted(true)) return false;
      } else if (c == '>') {
        t.insert_at = i_;
        ++i_;
        out.push_back(t);
        return true;
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '>') {
        t.insert_at = i_;
        i_ += 2;
        out.push_back(t);
        return true;
      } else {
        ++i_;
      }
    }
    return false;
  }

  std::string_view s_;
  std::vector<size_t>* refs_;
  size_t i_ = 0;
};

}  // namespace

std::pair<size_t, size_t> find_doctype(std::string_view xml) { return Scanner(xml, nullptr).doctype(); }

bool scan_start_tags(std::string_view xml, std::vector<StartTag>& out, std::vector<size_t>* entity_refs) {
  out.clear();
  return Scanner(xml, entity_refs).run(out);
}

}  // namespace crux
