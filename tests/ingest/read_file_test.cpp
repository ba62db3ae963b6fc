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
  CHECK_THROWS_WITH_AS(ingest::read_file(big),
                       std::string(big.string() + ": 文件太大（11 字节，超过 --max-size 10 字节），未读取").c_str(),
                       InputError);
}

TEST_CASE("read_file: a FIFO, a device and a socket are refused at once, never read") {
  TempDir dir;
  const auto fifo = dir.path() / "fifo.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH_AS(ingest::read_file(fifo),
                       std::string(fifo.string() + ": 是命名管道（FIFO），不是普通文件，未读取").c_str(),
                       InputError);  // no writer: would block
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK_THROWS_WITH_AS(ingest::read_file("/dev/zero"),
                       std::string("/dev/zero: 是字符设备，不是普通文件，未读取").c_str(),
                       InputError);  // would never end
  CHECK_THROWS_WITH_AS(ingest::read_file("/dev/urandom"),
                       std::string("/dev/urandom: 是字符设备，不是普通文件，未读取").c_str(), InputError);
  const auto sock = dir.path() / "sock.txt";
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, sock.c_str(), sizeof addr.sun_path - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  CHECK_THROWS_WITH_AS(ingest::read_file(sock),
                       std::string(sock.string() + ": 是套接字（socket），不是普通文件，未读取").c_str(), InputError);
  ::close(fd);
}

TEST_CASE("read_file: missing, a directory, a symlink loop; `what` names the kind of file") {
  TempDir dir;
  CHECK_THROWS_WITH_AS(ingest::read_file(dir.path() / "nope"),
                       std::string((dir.path() / "nope").string() + ": 文件不存在").c_str(), InputError);
  CHECK_THROWS_WITH_AS(ingest::read_file(dir.path()), std::string(dir.path().string() + ": 是目录，不是文件").c_str(),
                       InputError);
  std::filesystem::create_symlink(dir.path() / "loop", dir.path() / "loop");
  CHECK_THROWS_WITH_AS(ingest::read_file(dir.path() / "loop"),
                       std::string((dir.path() / "loop").string() + ": 符号链接成环，未读取").c_str(), InputError);
  CHECK_THROWS_WITH_AS(ingest::read_file(dir.path() / "pack.yaml", "规则包"), doctest::Contains("规则包不存在"),
                       InputError);
}
