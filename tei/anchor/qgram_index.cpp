#include "tei/anchor/qgram_index.h"

#include <algorithm>
#include <cwchar>
#include <limits>

namespace crux {

namespace {

constexpr size_t kMaxIndexed = std::numeric_limits<uint32_t>::max();

inline uint64_t mix_gram(const char32_t* g) {
  uint64_t h = g[0] * 0x9E3779B97F4A7C15ull;
  h ^= g[1] * 0xC2B2AE3D27D4EB4Full;
  h ^= g[2] * 0x165667B19E3779F9ull;
  h ^= g[3] * 0xD6E8FEB86659FD93ull;
  return h * 0xFF51AFD7ED558CCDull;
}
static_assert(QgramIndex::kQ == 4, "mix_gram reads four code points");

}  // namespace

QgramIndex::QgramIndex(std::u32string_view text) : text_(text) {
  if (text.size() < kQ) return;
  size_t grams = std::min(text.size() - kQ + 1, kMaxIndexed);
  indexed_ = grams;
  // About one bucket per q-gram: short posting lists, 4 bytes a bucket.
  unsigned bits = 4;
  while ((size_t{1} << bits) < grams && bits < 31) ++bits;
  shift_ = 64 - bits;
  size_t buckets = size_t{1} << bits;

  std::vector<uint32_t> bucket(grams);
  offsets_.assign(buckets + 1, 0);
  for (size_t i = 0; i < grams; ++i) {
    bucket[i] = static_cast<uint32_t>(bucket_of(i));
    ++offsets_[bucket[i] + 1];
  }
  for (size_t b = 0; b < buckets; ++b) offsets_[b + 1] += offsets_[b];
  positions_.resize(grams);
  std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (size_t i = 0; i < grams; ++i) positions_[fill[bucket[i]]++] = static_cast<uint32_t>(i);
}

size_t QgramIndex::bucket_of(size_t pos) const { return mix_gram(text_.data() + pos) >> shift_; }

size_t QgramIndex::bucket_of(std::u32string_view gram) const { return mix_gram(gram.data()) >> shift_; }

std::vector<size_t> QgramIndex::find_all(std::u32string_view needle, size_t max_hits) const {
  std::vector<size_t> hits;
  if (needle.empty() || needle.size() > text_.size()) return hits;
  if (needle.size() < kQ || indexed_ == 0) return scan(needle, 0, max_hits, std::move(hits));

  // The rarest q-gram of the needle (looking at no more than 16 of them:
  // each look is a cache miss, and a rare one is usually among them).
  size_t grams = needle.size() - kQ + 1;
  size_t step = grams > 16 ? grams / 16 : 1;
  size_t best_offset = 0, best_bucket = 0, best_count = SIZE_MAX;
  for (size_t k = 0; k < grams; k += step) {
    size_t b = bucket_of(needle.substr(k, kQ));
    size_t count = offsets_[b + 1] - offsets_[b];
    if (count < best_count) {
      best_count = count;
      best_offset = k;
      best_bucket = b;
      if (count <= 1) break;  // cannot do better (0: the needle is absent)
    }
  }
  for (size_t i = offsets_[best_bucket]; i < offsets_[best_bucket + 1]; ++i) {
    size_t pos = positions_[i];
    if (pos < best_offset) continue;
    size_t start = pos - best_offset;
    if (start + needle.size() > text_.size()) break;
    if (text_.compare(start, needle.size(), needle) == 0) {
      hits.push_back(start);
      if (hits.size() > max_hits) return hits;
    }
  }
  // Occurrences whose rarest q-gram lies past the indexed part (texts over 4G).
  if (indexed_ < text_.size() - kQ + 1) {
    size_t from = indexed_ > best_offset ? indexed_ - best_offset : 0;
    return scan(needle, from, max_hits, std::move(hits));
  }
  return hits;
}

std::vector<size_t> QgramIndex::scan(std::u32string_view needle, size_t from, size_t max_hits,
                                     std::vector<size_t> hits) const {
  // wmemchr finds the first code point (glibc vectorises it; wchar_t is
  // 32 bits here), then the rest is compared.
  static_assert(sizeof(wchar_t) == sizeof(char32_t), "wchar_t holds a code point");
  const auto* base = reinterpret_cast<const wchar_t*>(text_.data());
  const auto first = static_cast<wchar_t>(needle[0]);
  const size_t last = text_.size() - needle.size();  // the last possible start
  for (size_t pos = from; pos <= last;) {
    const wchar_t* p = std::wmemchr(base + pos, first, last - pos + 1);
    if (!p) break;
    pos = static_cast<size_t>(p - base);
    if (text_.compare(pos, needle.size(), needle) == 0 && (hits.empty() || pos > hits.back())) {
      hits.push_back(pos);
      if (hits.size() > max_hits) break;
    }
    ++pos;
  }
  return hits;
}

}  // namespace crux
