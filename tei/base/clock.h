#pragma once
// The one clock of Crux. Every time stamp Crux writes comes from here, so that
// SOURCE_DATE_EPOCH makes regenerated files byte-identical (reproducible builds).
#include <cstdint>
#include <string>

namespace crux {

// Seconds since the epoch: SOURCE_DATE_EPOCH when set and valid, else now.
std::int64_t now_epoch_seconds();
// True when SOURCE_DATE_EPOCH is set: callers then derive ids deterministically.
bool reproducible_mode();
// "2026-11-23T16:30:00Z" (UTC) and "2026-11-23".
std::string iso_timestamp(std::int64_t epoch_seconds);
std::string iso_date(std::int64_t epoch_seconds);

}  // namespace crux
