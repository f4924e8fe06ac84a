#pragma once
// Owning handles for libzip objects, so every early return and every exception
// releases them. Internal to tei/bundle/; libzip types stay inside this folder.
#include <zip.h>

#include <memory>
#include <string>

namespace crux {

struct ZipDiscard {
  // Drops the archive without writing anything: readers never change the
  // archive, writers call zip_close() themselves when all went well.
  void operator()(zip_t* zip) const noexcept { zip_discard(zip); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
  void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileClose>;

// libzip's text for an error code ("Zip archive inconsistent").
inline std::string zip_error_text(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

}  // namespace crux
