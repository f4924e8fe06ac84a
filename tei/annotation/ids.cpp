#include "tei/annotation/ids.h"

#include <random>

#include "tei/base/clock.h"

namespace crux {

unsigned long long stable_hash(const std::string& s) {
  unsigned long long h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

static std::string base32(unsigned long long v) {
  static const char* digits = "abcdefghijkmnpqrstuvwxyz23456789";  // no l, o, 0, 1: easy to read aloud
  std::string out;
  for (int i = 0; i < 8; ++i) {
    out += digits[v & 31];
    v >>= 5;
  }
  return out;
}

std::string new_object_id(const std::string& prefix, const std::string& layer, const std::string& seed,
                          const std::function<bool(const std::string&)>& taken) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  bool reproducible = reproducible_mode();
  for (unsigned long long seq = 0;; ++seq) {
    unsigned long long v = reproducible ? stable_hash(prefix + "|" + layer + "|" + seed + "|" + std::to_string(seq)) : rng();
    std::string id = prefix + base32(v);
    if (!taken(id)) return id;
  }
}

}  // namespace crux
