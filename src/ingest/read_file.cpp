#include "ingest/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include "ingest/inputs.hpp"
#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {

std::atomic<std::uint64_t> limit{kDefaultMaxFileSize};

// What a file that is not a regular one is, for the message.
std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "是目录，不是文件";
  if (S_ISFIFO(mode)) return "是命名管道（FIFO），不是普通文件，未读取";
  if (S_ISSOCK(mode)) return "是套接字（socket），不是普通文件，未读取";
  if (S_ISCHR(mode)) return "是字符设备，不是普通文件，未读取";
  if (S_ISBLK(mode)) return "是块设备，不是普通文件，未读取";
  return "不是普通文件，未读取";
}

std::string too_large(std::uint64_t size) {
  return "文件太大（" + std::to_string(size) + " 字节，超过 --max-size " + std::to_string(max_file_size()) +
         " 字节），未读取（file too large）";
}

// read(2) again when a signal interrupted it.
ssize_t read_some(int fd, char* to, std::size_t n) {
  ssize_t got;
  while ((got = ::read(fd, to, n)) < 0 && errno == EINTR) {
  }
  return got;
}

// Closes the descriptor on every way out of read_file.
struct Fd {
  int fd;
  ~Fd() { ::close(fd); }
};

// The way of a name that a plain open could not take: a symlink (O_NOFOLLOW
// refuses it), a socket, a name that is missing or cannot be reached. stat
// first, so that nothing but a regular file is ever opened through a symlink
// and each case keeps its own message; then opened, following the link.
int open_by_stat(const std::string& name, const std::string& what) {
  const auto fail = [&](const std::string& reason) { return InputError(name, reason); };
  struct stat st {};
  if (::stat(name.c_str(), &st) != 0) {
    if (errno == ENOENT) throw fail(what + "不存在");
    if (errno == ELOOP) throw fail("符号链接成环，无法读取（symlink loop）");
    throw fail("无法读取" + what + "（" + std::strerror(errno) + "）");
  }
  if (!S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  const int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw fail("无法打开" + what + "（" + std::strerror(errno) + "）");
  return fd;
}

}  // namespace

void set_max_file_size(std::uint64_t bytes) { limit = bytes; }
std::uint64_t max_file_size() { return limit; }

std::string read_file(const std::filesystem::path& path, const std::string& what) {
  const std::string& name = path.native();
  const auto fail = [&](const std::string& reason) { return InputError(name, reason); };
  // A plain name is opened at once and judged by fstat on the descriptor:
  // four system calls a file (open, fstat, one read, close) where a stat
  // before the open made six, which a check of 100,000 small files felt.
  // O_NONBLOCK: a FIFO opens and is refused without blocking; a device is
  // opened but never read; O_NOFOLLOW sends a symlink the way of stat first.
  int fd = ::open(name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fd = open_by_stat(name, what);
  const Fd file{fd};
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) throw fail("无法读取" + what + "（" + std::strerror(errno) + "）");
  if (!S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  const std::uint64_t max = max_file_size();
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > max) throw fail(too_large(size));
  // One read asks for a byte more than fstat's size: a shorter answer that
  // reaches the size is the end of the file, with no second read to see it.
  // A file that grew since is read on, never past the limit; the string
  // keeps at most a byte of spare capacity (a run holds every file's text).
  std::string bytes(static_cast<std::size_t>(size) + 1, '\0');
  const auto read_failed = [&] { return fail("读取" + what + "失败（" + std::strerror(errno) + "）"); };
  std::size_t have = 0;
  for (;;) {
    if (have == bytes.size()) {
      if (have > max) throw fail(too_large(have));
      bytes.resize(static_cast<std::size_t>(std::min<std::uint64_t>(have + (1 << 16), max) + 1));
    }
    const ssize_t n = read_some(file.fd, bytes.data() + have, bytes.size() - have);
    if (n < 0) throw read_failed();
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
    if (have < bytes.size() && have >= size) break;
  }
  bytes.resize(have);
  if (bytes.capacity() > have + 1) bytes.shrink_to_fit();
  return bytes;
}

std::string read_stdin() {
  const auto fail = [](const std::string& reason) { return InputError(kStdinName, reason); };
  const std::uint64_t max = max_file_size();
  std::string bytes;
  for (;;) {
    const std::size_t have = bytes.size();
    if (have > max) throw fail(too_large(have));
    bytes.resize(have + (1 << 16));
    const ssize_t n = read_some(STDIN_FILENO, bytes.data() + have, 1 << 16);
    if (n < 0) throw fail(std::string("读取标准输入失败（") + std::strerror(errno) + "）");
    bytes.resize(have + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n == 0) break;
  }
  return bytes;
}

}  // namespace clausecheck::ingest
