#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;

namespace {
std::string read_error(const std::filesystem::path& path) {
  try {
    ingest::read_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// The limit set for one test case, put back after it.
struct SizeLimit {
  std::uint64_t before = ingest::max_file_size();
  explicit SizeLimit(std::uint64_t bytes) { ingest::set_max_file_size(bytes); }
  ~SizeLimit() { ingest::set_max_file_size(before); }
};
}  // namespace

TEST_CASE("read_file: a regular file whole, up to the size limit, and not a byte past it") {
  TempDir dir;
  const auto file = dir.write("a.txt", "0123456789");
  CHECK(ingest::read_file(file) == "0123456789");
  const SizeLimit limit(10);
  CHECK(ingest::read_file(file) == "0123456789");
  const auto big = dir.write("b.txt", "0123456789A");
  CHECK(read_error(big) == big.string() + ": 文件太大（11 字节，超过 --max-size 10 字节），未读取（file too large）");
}

TEST_CASE("read_file: a FIFO, a device and a socket are refused at once, never read") {
  TempDir dir;
  const auto fifo = dir.path() / "fifo.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto start = std::chrono::steady_clock::now();
  CHECK(read_error(fifo) == fifo.string() + ": 是命名管道（FIFO），不是普通文件，未读取");  // no writer: would block
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(read_error("/dev/zero") == "/dev/zero: 是字符设备，不是普通文件，未读取");  // would never end
  CHECK(read_error("/dev/urandom") == "/dev/urandom: 是字符设备，不是普通文件，未读取");
  const auto sock = dir.path() / "sock.txt";
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, sock.c_str(), sizeof addr.sun_path - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  CHECK(read_error(sock) == sock.string() + ": 是套接字（socket），不是普通文件，未读取");
  ::close(fd);
}

TEST_CASE("read_file: missing, a directory, a symlink loop; `what` names the kind of file") {
  TempDir dir;
  CHECK(read_error(dir.path() / "nope") == (dir.path() / "nope").string() + ": 文件不存在");
  CHECK(read_error(dir.path()) == dir.path().string() + ": 是目录，不是文件");
  std::filesystem::create_symlink(dir.path() / "loop", dir.path() / "loop");
  CHECK(read_error(dir.path() / "loop") == (dir.path() / "loop").string() + ": 符号链接成环，无法读取（symlink loop）");
  CHECK_THROWS_WITH_AS(ingest::read_file(dir.path() / "pack.yaml", "规则包"), doctest::Contains("规则包不存在"), InputError);
}
