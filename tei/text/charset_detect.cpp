// Detection of legacy 8-bit charsets: ICU's detector, plus a tie-breaker for
// Russian. Measured on Russian text (a Bulgakov play from the shared corpus,
// 40 to 20,000 bytes, in four code pages, 1,200 samples per size): ICU's
// confidence for a correct Cyrillic guess never exceeds ~40, it mistakes short
// KOI8-R for Hebrew (ISO-8859-8, 40 vs 38 at 150 bytes) and does not know
// IBM866 at all (it answers windows-1252/fr at 10-16). The plausibility score
// below picked the right code page in every sample where it decided (best
// score >= 0.5 and a lead >= 0.15); it abstains on 2% of 40-byte samples, 10%
// of 40-byte ALL-CAPS ones, and never on 150 bytes of ordinary text.
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tei/text/charset.h"
#include "tei/text/decode.h"

namespace crux {
namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

std::string script_of_language(const char* lang) {
  std::string l = lang ? lang : "";
  if (l == "ru") return "Cyrillic";
  if (l == "el") return "Greek";
  if (l == "he") return "Hebrew";
  if (l == "ar") return "Arabic";
  if (l == "ja" || l == "zh" || l == "ko") return "CJK";
  return "Latin";
}

// The single-byte Cyrillic code pages the tie-breaker tries.
const char* const kCyrillicCharsets[] = {"windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"};

bool is_latin1_family(const std::string& name) { return name == "ISO-8859-1" || name == "windows-1252"; }

std::string percent(double confidence) { return std::to_string(static_cast<int>(confidence + 0.5)) + "%"; }

std::string list_candidates(const std::vector<CharsetCandidate>& cands) {
  std::ostringstream s;
  size_t shown = 0;
  for (const CharsetCandidate& c : cands) {
    if (shown == 4) break;
    s << (shown++ ? ", " : "") << c.name << " (" << c.script << " script, " << percent(c.confidence) << ")";
  }
  return s.str();
}

}  // namespace

std::vector<CharsetCandidate> icu_candidates(std::string_view bytes) {
  std::vector<CharsetCandidate> out;
  bytes = bytes.substr(0, std::min(bytes.size(), kDetectSampleBytes));
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) throw internal_error(std::string("ICU charset detector: ") + u_errorName(err));
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &n, &err);
  if (U_FAILURE(err)) return out;
  for (int32_t i = 0; i < n; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    std::string name = ucsdet_getName(matches[i], &e);
    // ICU proposes UTF-16/32 at 10% for any input and EBCDIC for some; BOM-less
    // UTF-16 is recognised from its zero bytes in decode.cpp, EBCDIC is not supported.
    if (name.rfind("UTF-", 0) == 0 || name.rfind("IBM42", 0) == 0) continue;
    bool dup = std::any_of(out.begin(), out.end(), [&](const CharsetCandidate& c) { return c.name == name; });
    if (dup) continue;
    out.push_back({name, static_cast<double>(ucsdet_getConfidence(matches[i], &e)),
                   script_of_language(ucsdet_getLanguage(matches[i], &e))});
  }
  return out;
}

double russian_plausibility(std::string_view utf8) {
  size_t non_ascii = 0, cyrillic = 0, common = 0, glued = 0, words = 0, consistent = 0;
  // Word state: letters seen, uppercase seen after the first letter, lowercase seen.
  size_t word_len = 0;
  bool first_upper = false, later_upper = false, any_lower = false;
  auto end_word = [&] {
    if (word_len == 0) return;
    ++words;
    bool all_upper = !any_lower;
    bool all_lower = !first_upper && !later_upper;
    bool capitalised = first_upper && !later_upper;
    if (all_upper || all_lower || capitalised) ++consistent;
    word_len = 0;
    first_upper = later_upper = any_lower = false;
  };
  auto is_ascii_letter = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  char32_t prev = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    char32_t c = decode_utf8(utf8, i);
    if (c >= 0x80) ++non_ascii;
    if (c >= 0x400 && c <= 0x45F) {
      ++cyrillic;
      bool upper = c < 0x430;
      char32_t lower = (c >= 0x410 && c <= 0x42F) ? c + 0x20 : c;
      // о е а и н т с р в л к м д п у: about 80% of the letters of Russian prose.
      static const char32_t kCommon[] = {0x43E, 0x435, 0x430, 0x438, 0x43D, 0x442, 0x441, 0x440,
                                         0x432, 0x43B, 0x43A, 0x43C, 0x434, 0x43F, 0x443};
      if (std::find(std::begin(kCommon), std::end(kCommon), lower) != std::end(kCommon)) ++common;
      if (is_ascii_letter(prev)) ++glued;
      if (word_len == 0)
        first_upper = upper;
      else if (upper)
        later_upper = true;
      if (!upper) any_lower = true;
      ++word_len;
    } else {
      if (word_len > 0 && is_ascii_letter(c)) ++glued;
      end_word();
    }
    prev = c;
  }
  end_word();
  if (cyrillic < 10 || words == 0) return 0;
  double c = static_cast<double>(cyrillic);
  return (common / c) * (c / non_ascii) * (static_cast<double>(consistent) / words) * (1.0 - std::min(1.0, glued / c));
}

CharsetDecision detect_legacy_charset(std::string_view bytes, const std::string& file) {
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kDetectSampleBytes));
  std::vector<CharsetCandidate> cands = icu_candidates(sample);
  double top = cands.empty() ? 0 : cands.front().confidence;
  bool cyrillic_near_top = std::any_of(cands.begin(), cands.end(), [&](const CharsetCandidate& c) {
    return c.script == "Cyrillic" && c.confidence >= top - kScriptTieMargin;
  });

  // Tie-breaker: whenever ICU leans to Cyrillic or is unsure (IBM866 Russian
  // comes out as windows-1252 at 10-26%). Greek text, the likeliest false
  // friend, scores 0.28 at most (measured) and ICU is sure of it (70%).
  if (cands.empty() || top < kWarnBelowConfidence || cyrillic_near_top) {
    std::vector<std::pair<double, std::string>> scores;
    for (const char* cs : kCyrillicCharsets)
      scores.push_back({russian_plausibility(convert_to_utf8(sample, cs, file, true)), cs});
    std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (scores[0].first >= kCyrillicAcceptScore && scores[0].first - scores[1].first >= kCyrillicMargin) {
      CharsetDecision d{scores[0].second, 100.0 * scores[0].first, {}};
      // KOI8-U is KOI8-R with Ukrainian letters where KOI8-R has box drawing
      // (є і ї ґ Є І Ї Ґ): those bytes in prose mean KOI8-U.
      if (d.name == "KOI8-R" && sample.find_first_of("\xA4\xA6\xA7\xAD\xB4\xB6\xB7\xBD") != std::string_view::npos)
        d.name = "KOI8-U";
      if (d.confidence < kWarnBelowConfidence)
        d.warnings.push_back("the encoding was guessed as " + d.name + " with low confidence (" +
                             percent(d.confidence) + "); if the text looks garbled, import it again with --encoding");
      return d;
    }
  }

  auto refuse = [&](const std::string& why) {
    std::string example = cands.empty() ? std::string("windows-1252") : cands.front().name;
    return bad_input(file, "cannot tell which encoding this file is in: it is not UTF-8, and " + why +
                               "; import it again naming the encoding, e.g. --encoding " + example);
  };
  if (cands.empty()) throw refuse("the charset detector recognises no encoding in it");

  CharsetCandidate chosen = cands.front();
  // Between close Latin candidates prefer the Western one: ICU ranks short
  // French windows-1252 text as ISO-8859-2/Romanian (46 vs 42, measured).
  if (chosen.script == "Latin" && !is_latin1_family(chosen.name)) {
    for (const CharsetCandidate& c : cands)
      if (is_latin1_family(c.name) && c.confidence >= top - kScriptTieMargin) {
        chosen = c;
        break;
      }
  }
  for (const CharsetCandidate& c : cands)
    if (c.script != chosen.script && c.confidence >= top - kScriptTieMargin)
      throw refuse("its likeliest encodings are in different scripts: " + list_candidates(cands));
  if (top < kRefuseBelowConfidence) throw refuse("the best guesses are too uncertain: " + list_candidates(cands));

  CharsetDecision d{chosen.name, chosen.confidence, {}};
  if (d.confidence < kWarnBelowConfidence)
    d.warnings.push_back("the encoding was guessed as " + d.name + " with low confidence (" + percent(d.confidence) +
                         "); if the text looks garbled, import it again with --encoding");
  for (const CharsetCandidate& c : cands)
    if (c.name != chosen.name && c.script == chosen.script && c.confidence >= top - kScriptTieMargin) {
      d.warnings.push_back("the encoding could also be " + c.name + " (" + percent(c.confidence) +
                           "); if accented letters look wrong, import it again with --encoding " + c.name);
      break;
    }
  return d;
}

}  // namespace crux
