#include "tei/bundle/central_directory.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "tei/base/error.h"

namespace crux {

namespace {

constexpr std::uint32_t kEndSignature = 0x06054b50;       // "PK\5\6"
constexpr std::uint32_t kEnd64Signature = 0x06064b50;     // "PK\6\6"
constexpr std::uint32_t kLocator64Signature = 0x07064b50; // "PK\6\7"
constexpr std::uint32_t kEntrySignature = 0x02014b50;     // "PK\1\2"
constexpr std::uint64_t kEndSize = 22, kLocator64Size = 20, kEnd64Size = 56, kEntrySize = 46;
constexpr std::uint64_t kMaxComment = 65535;
// 100,000 entries with 1 KB names and some extra fields stay far below this.
constexpr std::uint64_t kMaxDirectoryBytes = 256ull << 20;

std::uint64_t le(const unsigned char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path), fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    struct stat st {};
    if (fd_ < 0 || ::fstat(fd_, &st) != 0)
      throw environment_error(path, std::string("cannot read the bundle: ") + std::strerror(errno));
    size_ = static_cast<std::uint64_t>(st.st_size);
  }
  ~Reader() { ::close(fd_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  std::uint64_t size() const { return size_; }
  std::string read(std::uint64_t offset, std::uint64_t length) const {
    if (offset > size_ || length > size_ - offset) damaged("a part of it lies past its end");
    std::string buf(length, '\0');
    std::uint64_t done = 0;
    while (done < length) {
      ssize_t n = ::pread(fd_, buf.data() + done, length - done, static_cast<off_t>(offset + done));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw environment_error(path_, std::string("cannot read the bundle: ") + std::strerror(errno));
      if (n == 0) damaged("it ended while it was being read");
      done += static_cast<std::uint64_t>(n);
    }
    return buf;
  }
  [[noreturn]] void damaged(const std::string& why) const {
    throw bad_input(path_, "the bundle is damaged or incomplete: its table of contents cannot be read (" + why + ")");
  }

 private:
  std::string path_;
  int fd_;
  std::uint64_t size_ = 0;
};

const unsigned char* bytes(const std::string& s, std::uint64_t at = 0) {
  return reinterpret_cast<const unsigned char*>(s.data()) + at;
}

}  // namespace

std::vector<std::string> read_central_directory_names(const std::string& path, std::uint64_t max_entries) {
  Reader in(path);
  if (in.size() < kEndSize) throw bad_input(path, "not a Crux bundle: it is too short to be a ZIP archive");
  // The end record is the last 22 bytes plus a comment of up to 64 KB; the
  // right one is the last whose comment length reaches exactly the file's end.
  std::uint64_t tail_size = std::min(in.size(), kEndSize + kMaxComment);
  std::uint64_t tail_at = in.size() - tail_size;
  std::string tail = in.read(tail_at, tail_size);
  std::uint64_t end_at = 0;
  bool found = false;
  for (std::uint64_t i = tail_size - kEndSize + 1; i-- > 0;) {
    if (le(bytes(tail, i), 4) == kEndSignature && i + kEndSize + le(bytes(tail, i + 20), 2) == tail_size) {
      end_at = tail_at + i;
      found = true;
      break;
    }
  }
  if (!found) {
    // The end is what a ZIP reader needs first, so a file cut short in sending
    // fails here; tell it from a file that never was a ZIP archive.
    if (in.read(0, 2) == "PK")
      throw bad_input(path, "the bundle is damaged or incomplete (it starts like a ZIP archive but its end is "
                            "missing; was it cut short on the way?)");
    throw bad_input(path, "not a Crux bundle: it is not a ZIP archive");
  }
  const unsigned char* end = bytes(tail, end_at - tail_at);
  if (le(end + 4, 2) != 0 || le(end + 6, 2) != 0) in.damaged("it is split over several files");
  std::uint64_t count = le(end + 10, 2), dir_size = le(end + 12, 4), dir_at = le(end + 16, 4);
  std::uint64_t dir_limit = end_at;  // the directory ends where the end records begin
  if (count == 0xffff || dir_size == 0xffffffff || dir_at == 0xffffffff) {
    if (end_at < kLocator64Size) in.damaged("its ZIP64 locator is missing");
    std::string locator = in.read(end_at - kLocator64Size, kLocator64Size);
    if (le(bytes(locator), 4) != kLocator64Signature) in.damaged("its ZIP64 locator is missing");
    std::uint64_t end64_at = le(bytes(locator, 8), 8);
    std::string end64 = in.read(end64_at, kEnd64Size);
    if (le(bytes(end64), 4) != kEnd64Signature) in.damaged("its ZIP64 end record is missing");
    if (le(bytes(end64, 16), 4) != 0 || le(bytes(end64, 20), 4) != 0) in.damaged("it is split over several files");
    count = le(bytes(end64, 32), 8);
    dir_size = le(bytes(end64, 40), 8);
    dir_at = le(bytes(end64, 48), 8);
    dir_limit = end64_at;
  }
  // Checked before the directory is read, so a crafted count costs nothing.
  if (count > max_entries)
    throw bad_input(path, "refused: the bundle holds " + std::to_string(count) + " entries, more than the limit of " +
                              std::to_string(max_entries));
  if (dir_size > kMaxDirectoryBytes) in.damaged("it is larger than 256 MB");
  if (dir_at > dir_limit || dir_size > dir_limit - dir_at) in.damaged("it overlaps its end record");
  std::string dir = in.read(dir_at, dir_size);

  std::vector<std::string> names;
  names.reserve(static_cast<size_t>(count));
  std::uint64_t at = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (dir_size - at < kEntrySize || le(bytes(dir, at), 4) != kEntrySignature)
      in.damaged("entry " + std::to_string(i + 1) + " is not where it should be");
    std::uint64_t name_len = le(bytes(dir, at + 28), 2), extra_len = le(bytes(dir, at + 30), 2),
                  comment_len = le(bytes(dir, at + 32), 2);
    std::uint64_t record = kEntrySize + name_len + extra_len + comment_len;
    if (dir_size - at < record) in.damaged("entry " + std::to_string(i + 1) + " runs past its end");
    names.emplace_back(dir, at + kEntrySize, name_len);
    at += record;
  }
  return names;
}

}  // namespace crux
