# Warnings and sanitizers, applied to our own targets through crux_warnings.
add_library(crux_warnings INTERFACE)
target_compile_options(crux_warnings INTERFACE -Wall -Wextra)
if(CRUX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
