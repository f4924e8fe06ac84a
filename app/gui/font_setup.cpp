#include "app/gui/font_setup.h"

#include <fontconfig/fontconfig.h>

namespace crux::gui {

bool turn_off_ligatures() {
  static const bool done = [] {
    // Standard, contextual and discretionary ligatures, for every font.
    const char* rule = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <match target="font">
    <edit name="fontfeatures" mode="append">
      <string>liga off</string>
      <string>clig off</string>
      <string>dlig off</string>
    </edit>
  </match>
</fontconfig>)";
    return FcConfigParseAndLoadFromMemory(FcConfigGetCurrent(), reinterpret_cast<const FcChar8*>(rule), FcTrue) ==
           FcTrue;
  }();
  return done;
}

}  // namespace crux::gui
