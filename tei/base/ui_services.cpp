#include "tei/base/ui_services.h"

namespace crux {

void UiServices::warn(const std::string&) {}
bool UiServices::progress(const std::string&, double, double) { return true; }

static UiServices g_default;
static UiServices* g_current = &g_default;

UiServices& ui() { return *g_current; }
void set_ui_services(UiServices* services) { g_current = services ? services : &g_default; }

}  // namespace crux
