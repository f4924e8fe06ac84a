#pragma once
// Helpers shared by the tests of tei/text: encoding fixtures from UTF-8 with
// ICU (so legacy-encoded bytes need not be committed), and reading the
// shared corpus.
#include <unicode/ucnv.h>

#include <stdexcept>
#include <string>

#include "tests/support/test_support.h"

namespace crux::test {

// utf8 converted to the named charset (strict: throws if a character is missing).
inline std::string encode_as(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* from = ucnv_open("UTF-8", &err);
  UConverter* to = ucnv_open(charset, &err);
  if (U_SUCCESS(err)) ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  if (U_SUCCESS(err))
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(), nullptr, nullptr,
                   nullptr, nullptr, true, true, &err);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("cannot encode as ") + charset);
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

inline std::string corpus(const std::string& relative) { return slurp(shared_dir() + "/corpus/" + relative); }

// Russian prose (from the corpus's Soviet-textbook account), long enough that
// every detector has something to go on, short enough to be a hard case.
inline const std::string kRussian =
    "Вечером того же дня открылся II Всероссийский съезд Советов. Съезд провозгласил переход власти к "
    "Советам и принял Декрет о мире и Декрет о земле.\n";

}  // namespace crux::test
