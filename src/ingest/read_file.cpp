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
#include "model/messages.hpp"

namespace clausecheck::ingest {

namespace {

std::atomic<std::uint64_t> limit{kDefaultMaxFileSize};

// What a file that is not a regular one is, for the message.
std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return msg(Msg::is_directory);
  if (S_ISFIFO(mode)) return msg(Msg::fifo_not_read);
  if (S_ISSOCK(mode)) return msg(Msg::socket_not_read);
  if (S_ISCHR(mode)) return msg(Msg::char_device_not_read);
  if (S_ISBLK(mode)) return msg(Msg::block_device_not_read);
  return msg(Msg::special_not_read);
}

std::string too_large(std::uint64_t size) {
  return msg(Msg::too_large, {std::to_string(size), std::to_string(max_file_size())});
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
    if (errno == ENOENT) throw fail(msg(Msg::not_found, {what}));
    if (errno == ELOOP) throw fail(msg(Msg::symlink_loop));
    throw fail(msg(Msg::cannot_read, {std::strerror(errno)}));
  }
  if (!S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  const int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw fail(msg(Msg::cannot_open, {what, std::strerror(errno)}));
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
  if (::fstat(file.fd, &st) != 0) throw fail(msg(Msg::cannot_read, {std::strerror(errno)}));
  if (!S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  const std::uint64_t max = max_file_size();
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > max) throw fail(too_large(size));
  // One read asks for a byte more than fstat's size: a shorter answer that
  // reaches the size is the end of the file, with no second read to see it.
  // A file that grew since is read on, never past the limit; the string
  // keeps at most a byte of spare capacity (a run holds every file's text).
  std::string bytes(static_cast<std::size_t>(size) + 1, '\0');
  const auto read_failed = [&] { return fail(msg(Msg::read_failed, {what, std::strerror(errno)})); };
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
    if (n < 0) throw fail(msg(Msg::stdin_failed, {std::strerror(errno)}));
    bytes.resize(have + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n == 0) break;
  }
  return bytes;
}

}  // namespace clausecheck::ingest
