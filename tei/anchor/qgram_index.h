#pragma once
// An index of a text's q-grams (runs of kQ code points) for finding every
// exact occurrence of a string without scanning the whole text. Built once
// per source text in O(n) time (two passes, a counting sort of positions by
// bucket) and 8 to 12 bytes per code point; a look-up reads the posting list
// of the rarest q-gram of the needle and compares the candidates.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crux {

class QgramIndex {
 public:
  static constexpr size_t kQ = 4;

  // Keeps a view of `text`, which must outlive the index. Texts are limited
  // to 2^32 - 1 code points (positions are 32-bit); longer texts are indexed
  // only up to that point and find_all falls back to scanning beyond it.
  explicit QgramIndex(std::u32string_view text);

  // Start positions of the occurrences of needle, ascending. Stops early and
  // returns max_hits + 1 positions when there are more than max_hits.
  // An empty needle has no occurrences. Needles shorter than kQ are found
  // by scanning the text.
  std::vector<size_t> find_all(std::u32string_view needle, size_t max_hits = SIZE_MAX) const;

 private:
  size_t bucket_of(size_t pos) const;
  size_t bucket_of(std::u32string_view gram) const;
  std::vector<size_t> scan(std::u32string_view needle, size_t from, size_t max_hits,
                           std::vector<size_t> hits) const;

  std::u32string_view text_;
  size_t indexed_ = 0;  // q-grams starting before this are in the index
  unsigned shift_ = 64;
  std::vector<uint32_t> offsets_;    // bucket b's positions are positions_[offsets_[b], offsets_[b+1])
  std::vector<uint32_t> positions_;  // q-gram start positions grouped by bucket, ascending in each
};

}  // namespace crux
