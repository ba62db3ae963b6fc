#include "ingest/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

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

}  // namespace

void set_max_file_size(std::uint64_t bytes) { limit = bytes; }
std::uint64_t max_file_size() { return limit; }

std::string read_file(const std::filesystem::path& path, const std::string& what) {
  const std::string name = path.string();
  const auto fail = [&](const std::string& reason) { return InputError(name, reason); };
  // stat first, so that nothing but a regular file is ever opened (opening a
  // device can have effects of its own, a tape rewinding for one).
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) throw fail(what + "不存在");
    if (errno == ELOOP) throw fail("符号链接成环，无法读取（symlink loop）");
    throw fail("无法读取" + what + "（" + std::strerror(errno) + "）");
  }
  if (!S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  // O_NONBLOCK: should a FIFO take the file's place after the stat, open and read return at once.
  const Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (file.fd < 0) throw fail("无法打开" + what + "（" + std::strerror(errno) + "）");
  if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) throw fail(kind_of(st.st_mode));
  const std::uint64_t max = max_file_size();
  if (static_cast<std::uint64_t>(st.st_size) > max) throw fail(too_large(static_cast<std::uint64_t>(st.st_size)));
  // The size fstat gave, read into a string of exactly that size (no spare
  // capacity: a run holds every file's text at once), then whatever the file
  // grew by, never more than the limit.
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  const auto read_failed = [&] { return fail("读取" + what + "失败（" + std::strerror(errno) + "）"); };
  std::size_t have = 0;
  while (have < bytes.size()) {
    const ssize_t n = read_some(file.fd, bytes.data() + have, bytes.size() - have);
    if (n < 0) throw read_failed();
    if (n == 0) break;  // the file shrank
    have += static_cast<std::size_t>(n);
  }
  bytes.resize(have);
  char chunk[1 << 16];
  for (ssize_t n; (n = read_some(file.fd, chunk, sizeof chunk)) != 0;) {
    if (n < 0) throw read_failed();
    bytes.append(chunk, static_cast<std::size_t>(n));
    if (bytes.size() > max) throw fail(too_large(bytes.size()));
  }
  return bytes;
}

}  // namespace clausecheck::ingest
