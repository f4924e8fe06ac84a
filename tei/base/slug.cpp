#include "tei/base/slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

#include "tei/base/error.h"

namespace crux {

static icu::Transliterator& ascii_transliterator() {
  static std::unique_ptr<icu::Transliterator> t;
  static std::once_flag once;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw internal_error("ICU transliterator Any-Latin; Latin-ASCII is unavailable");
  });
  return *t;
}

std::string slugify(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  {
    static std::mutex m;  // ICU transliterators are not thread-safe.
    std::lock_guard<std::mutex> lock(m);
    ascii_transliterator().transliterate(u);
  }
  std::string ascii;
  u.toUTF8String(ascii);
  std::string out;
  bool dash = false;
  for (unsigned char c : ascii) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      dash = false;
    } else if (!dash && !out.empty()) {
      out += '-';
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || !(out[0] >= 'a' && out[0] <= 'z')) out = "s-" + out;
  if (out == "s-") out = "s-source";
  return out;
}

std::string slug_from_filename(const std::string& filename) {
  std::string name = filename;
  if (auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
  if (auto dot = name.find_last_of('.'); dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return slugify(name);
}

bool is_valid_id(const std::string& id) {
  if (id.empty() || id.size() > 100) return false;
  if (!(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

}  // namespace crux
