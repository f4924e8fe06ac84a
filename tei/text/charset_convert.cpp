// Charset names and conversion to UTF-8 with ICU. Conversion is strict by
// default: the first byte that is not valid in the charset stops the import
// with its byte offset; with lossy, each such sequence becomes U+FFFD and is
// counted. Nothing is ever dropped or substituted silently.
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tei/text/byte_scan.h"
#include "tei/text/charset.h"
#include "tei/text/decode.h"

namespace crux {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// What the to-Unicode callback saw. base is the start of the whole input, so
// offsets are byte offsets in the file as the user has it.
struct CallbackState {
  const char* base = nullptr;
  bool lossy = false;
  size_t replaced = 0;
  size_t first_offset = 0;
  bool seen = false;
};

void on_bad_bytes(const void* context, UConverterToUnicodeArgs* args, const char* /*code_units*/, int32_t length,
                  UConverterCallbackReason reason, UErrorCode* err) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  // ICU has consumed the offending bytes: they end where the source now points.
  size_t offset = static_cast<size_t>(args->source - state->base) - static_cast<size_t>(length);
  if (!state->seen) state->first_offset = offset;
  state->seen = true;
  if (!state->lossy) return;  // *err stays set: conversion stops here.
  ++state->replaced;
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

ConverterPtr open_converter(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return cnv;
}

// A single-byte charset as a table built from ICU: the UTF-8 of each byte
// value ([0] = its length, 0 for a byte the charset does not map). Legacy
// files are converted through it at memcpy speed instead of through ICU's
// UTF-16 pivot (4x faster on a 100 MB windows-1251 file).
using ByteTable = std::array<std::array<char, 4>, 256>;

// *nfc is set when every character of the table is NFC on its own and has a
// normalisation boundary before it: then any text made of them is NFC, and
// the (costly) NFC check of the converted text can be skipped.
bool single_byte_table(const std::string& canonical, ByteTable& table, bool* nfc) {
  UErrorCode nfc_err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc_norm = icu::Normalizer2::getNFCInstance(nfc_err);
  *nfc = U_SUCCESS(nfc_err) && nfc_norm;
  ConverterPtr cnv = open_converter(canonical);
  if (!cnv || ucnv_getMaxCharSize(cnv.get()) != 1) return false;
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  for (int b = 0; b < 256; ++b) {
    ucnv_reset(cnv.get());
    err = U_ZERO_ERROR;
    char in = static_cast<char>(b);
    const char* src = &in;
    UChar out[4];
    UChar* dst = out;
    ucnv_toUnicode(cnv.get(), &dst, out + 4, &src, src + 1, nullptr, true, &err);
    table[b] = {};
    if (U_FAILURE(err)) continue;                                  // unmapped
    if (dst - out != 1 || U16_IS_SURROGATE(out[0])) return false;  // not one BMP character: let ICU do it
    if (*nfc) {
      UErrorCode e = U_ZERO_ERROR;
      *nfc =
          nfc_norm->hasBoundaryBefore(out[0]) && nfc_norm->isNormalized(icu::UnicodeString(out[0]), e) && U_SUCCESS(e);
    }
    std::string utf8;
    append_utf8(utf8, out[0]);
    table[b][0] = static_cast<char>(utf8.size());
    std::copy(utf8.begin(), utf8.end(), table[b].begin() + 1);
  }
  return true;
}

std::string convert_with_table(std::string_view bytes, const ByteTable& table, const std::string& canonical,
                               size_t base_offset, const std::string& file, bool lossy, size_t* replaced,
                               size_t* first_offset) {
  bool ascii_identity = true;
  for (int b = 0; b < 0x80 && ascii_identity; ++b) ascii_identity = table[b][0] == 1 && table[b][1] == b;
  std::string out(bytes.size() * 3 + 4, '\0');
  char* o = out.data();
  size_t count = 0;
  for (size_t i = 0; i < bytes.size();) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80 && ascii_identity) {
      size_t run = scan::ascii_prefix(bytes.substr(i));
      std::memcpy(o, bytes.data() + i, run);
      o += run;
      i += run;
      continue;
    }
    const std::array<char, 4>& e = table[c];
    if (e[0] == 0) {
      if (!lossy)
        throw bad_input(file, "the byte sequence at byte offset " + std::to_string(base_offset + i) +
                                  " is not valid in " + canonical +
                                  "; give the right encoding with --encoding, or use --lossy to replace such "
                                  "sequences with U+FFFD");
      if (count++ == 0 && first_offset) *first_offset = base_offset + i;
      std::memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
    } else {
      std::memcpy(o, e.data() + 1, 3);  // room for 3 is always there; only e[0] bytes count
      o += e[0];
    }
    ++i;
  }
  out.resize(static_cast<size_t>(o - out.data()));
  if (replaced) *replaced = count;
  return out;
}

}  // namespace

std::string canonical_charset_name(const std::string& name) {
  if (name.empty()) return {};
  ConverterPtr cnv = open_converter(name);
  if (!cnv) return {};
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getName(cnv.get(), &err);
  if (U_FAILURE(err) || !internal) return name;
  for (const char* standard : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    const char* s = ucnv_getStandardName(internal, standard, &err);
    if (U_SUCCESS(err) && s && *s) return s;
  }
  return internal;
}

bool is_utf8_name(const std::string& canonical) { return canonical == "UTF-8"; }

std::string convert_to_utf8(std::string_view bytes, const std::string& charset, const std::string& file, bool lossy,
                            size_t* replaced) {
  std::string canonical = canonical_charset_name(charset);
  if (canonical.empty())
    throw bad_input(file, "unknown encoding '" + charset +
                              "' (examples of names Crux knows: UTF-8, UTF-16LE, windows-1251, KOI8-R, ISO-8859-1, "
                              "windows-1252)");
  return convert_bytes(bytes, canonical, 0, file, lossy, replaced);
}

std::string convert_bytes(std::string_view bytes, const std::string& canonical, size_t base_offset,
                          const std::string& file, bool lossy, size_t* replaced, size_t* first_offset, bool* is_nfc) {
  if (replaced) *replaced = 0;
  if (is_nfc) *is_nfc = false;
  if (is_utf8_name(canonical)) {
    size_t first = 0;
    size_t bad = count_invalid_utf8(bytes, &first);
    if (bad == 0) return std::string(bytes);
    if (!lossy)
      throw bad_input(file, "not valid UTF-8: invalid byte sequence at byte offset " +
                                std::to_string(base_offset + first) + " (" + std::to_string(bad) +
                                (bad == 1 ? " invalid sequence" : " invalid sequences") +
                                " in all); the file may be damaged or in another encoding: "
                                "give its encoding with --encoding, or use --lossy to replace them with U+FFFD");
    if (first_offset) *first_offset = base_offset + first;
    return repair_utf8(bytes, replaced);
  }

  ByteTable table;
  bool table_nfc = false;
  if (single_byte_table(canonical, table, &table_nfc)) {
    if (is_nfc) *is_nfc = table_nfc;
    return convert_with_table(bytes, table, canonical, base_offset, file, lossy, replaced, first_offset);
  }

  ConverterPtr source = open_converter(canonical);
  ConverterPtr target = open_converter("UTF-8");
  if (!source || !target) throw internal_error("ICU cannot open a converter for " + canonical);
  CallbackState state;
  state.base = bytes.data();
  state.lossy = lossy;
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), on_bad_bytes, &state, nullptr, nullptr, &err);

  std::string out;
  out.resize(bytes.size() + bytes.size() / 2 + 64);  // grows when a charset needs more
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* src = bytes.data();
  const char* src_limit = bytes.data() + bytes.size();
  size_t written = 0;
  bool reset = true;
  for (;;) {
    char* dst = out.data() + written;
    err = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &dst, out.data() + out.size(), &src, src_limit, pivot, &pivot_source,
                   &pivot_target, pivot + 4096, reset, true, &err);
    written = static_cast<size_t>(dst - out.data());
    reset = false;
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    out.resize(out.size() * 2);
  }
  if (state.seen && !lossy)
    throw bad_input(file, "the byte sequence at byte offset " + std::to_string(base_offset + state.first_offset) +
                              " is not valid in " + canonical +
                              "; give the right encoding with --encoding, or use --lossy to replace such sequences "
                              "with U+FFFD");
  if (U_FAILURE(err))
    throw internal_error("converting " + file + " from " + canonical + " failed: " + u_errorName(err));
  out.resize(written);
  if (replaced) *replaced = state.replaced;
  if (first_offset && state.seen) *first_offset = base_offset + state.first_offset;
  return out;
}

}  // namespace crux
