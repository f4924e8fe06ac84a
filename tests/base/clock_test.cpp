#include "tei/base/clock.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "tei/base/identity.h"

using namespace crux;

TEST(Clock, HonoursSourceDateEpoch) {
  ::setenv("SOURCE_DATE_EPOCH", "1510099200", 1);  // 2017-11-08
  EXPECT_TRUE(reproducible_mode());
  EXPECT_EQ(now_epoch_seconds(), 1510099200);
  EXPECT_EQ(iso_timestamp(now_epoch_seconds()), "2017-11-08T00:00:00Z");
  EXPECT_EQ(iso_date(now_epoch_seconds()), "2017-11-08");
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_FALSE(reproducible_mode());
  EXPECT_GT(now_epoch_seconds(), 1700000000);
}

TEST(Identity, ExplicitUserThenEnvironment) {
  ::setenv("CRUX_USER", "Minh", 1);
  EXPECT_EQ(acting_user("Dr. Lan"), "Dr. Lan");
  EXPECT_EQ(acting_user(), "Minh");
  ::unsetenv("CRUX_USER");
  EXPECT_FALSE(acting_user().empty());
}
