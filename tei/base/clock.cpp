#include "tei/base/clock.h"

#include <cstdlib>
#include <ctime>

namespace crux {

static bool parse_epoch(const char* s, std::int64_t& out) {
  if (!s || !*s) return false;
  char* end = nullptr;
  long long v = std::strtoll(s, &end, 10);
  if (*end != '\0' || v < 0) return false;
  out = v;
  return true;
}

std::int64_t now_epoch_seconds() {
  std::int64_t v = 0;
  if (parse_epoch(std::getenv("SOURCE_DATE_EPOCH"), v)) return v;
  return static_cast<std::int64_t>(std::time(nullptr));
}

bool reproducible_mode() {
  std::int64_t v = 0;
  return parse_epoch(std::getenv("SOURCE_DATE_EPOCH"), v);
}

static std::string format_utc(std::int64_t epoch_seconds, const char* fmt) {
  std::time_t t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, fmt, &tm);
  return buf;
}

std::string iso_timestamp(std::int64_t s) { return format_utc(s, "%Y-%m-%dT%H:%M:%SZ"); }
std::string iso_date(std::int64_t s) { return format_utc(s, "%Y-%m-%d"); }

}  // namespace crux
