# Every third-party dependency as an imported target. Libraries Debian ships
# without a CMake package (gumbo, cld2) and wxWidgets (CMake 3.25's FindwxWidgets
# has no imported target) get one interface target of our own here, so the rest
# of the build only ever links targets.
find_package(XercesC 3.2 REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(Boost 1.74 REQUIRED COMPONENTS filesystem)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
add_library(crux::gumbo ALIAS PkgConfig::GUMBO)
# libzip's CMake package in Debian 12 names tool binaries that are packaged
# separately (zipcmp...), so it fails without them: use its pkg-config file.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
add_library(crux::zip ALIAS PkgConfig::LIBZIP)

find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(crux::cld2 UNKNOWN IMPORTED)
set_target_properties(crux::cld2 PROPERTIES
  IMPORTED_LOCATION "${CLD2_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")

if(CRUX_BUILD_GUI)
  find_package(wxWidgets 3.2 REQUIRED COMPONENTS stc aui propgrid adv core base)
  add_library(crux_wx INTERFACE)
  add_library(crux::wx ALIAS crux_wx)
  target_include_directories(crux_wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
  target_compile_definitions(crux_wx INTERFACE ${wxWidgets_DEFINITIONS})
  target_compile_options(crux_wx INTERFACE ${wxWidgets_CXX_FLAGS})
  target_link_libraries(crux_wx INTERFACE ${wxWidgets_LIBRARIES})
endif()

if(CRUX_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(CRUX_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
