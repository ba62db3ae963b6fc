// Issue 11 items 1 and 2, run for real as the CI runner runs them (as root):
// outputs onto devices, FIFOs, symlinks and files the run reads; inputs that
// are FIFOs, devices, sockets, dangling or looping links, links leaving the
// directory, unreadable entries. Every file -o is pointed at is compared
// before and after (type, device, inode, mtime, sha256).
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli/run_cli.hpp"
#include "ingest/temp_dir.hpp"
#include "source_paths.hpp"

using nlohmann::json;
namespace fs = std::filesystem;
using namespace clausecheck::test;

namespace {

const std::string kBinary = CLAUSECHECK_BINARY;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// What must not change about a file the run was told to write onto.
struct Snapshot {
  mode_t mode = 0;
  dev_t rdev = 0;
  ino_t ino = 0;
  long mtime_sec = 0, mtime_nsec = 0;
  std::string sha256;  // of a regular file's bytes
  bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const fs::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  Snapshot s{st.st_mode, st.st_rdev, st.st_ino, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, ""};
  if (S_ISREG(st.st_mode)) s.sha256 = run_shell("sha256sum < " + q(path)).out;
  return s;
}

void copy_example(const std::string& example, const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(kExamples + "/" + example, to, fs::copy_options::overwrite_existing);
}

// A scratch tree of what a run reads: drafts (one through a subfolder), a
// pack, a folder of packs, a config, a baseline, a sidecar of suppressions.
struct Tree {
  TempDir dir;
  fs::path at(const std::string& name) const { return dir.path() / name; }
  Tree() {
    copy_example("drafts/wrong-brackets.txt", at("drafts/a.txt"));
    copy_example("drafts/numbering-gap.txt", at("drafts/sub/b.txt"));
    fs::copy_file(CLAUSECHECK_SOURCE_DIR "/rules/format.yaml", at("pack.yaml"));
    fs::create_directories(at("packs"));
    fs::copy_file(CLAUSECHECK_SOURCE_DIR "/rules/format.yaml", at("packs/p.yaml"));
    dir.write("cfg.yaml", "fail_on: error\n");
    dir.write(".clausecheck.yaml", "fail_on: error\n");  // found upward from the working folder (refused())
    dir.write("drafts/.clausecheck-suppressions.yaml", "suppress: []\n");
    REQUIRE(run_cli("check " + q(at("drafts")) + " --write-baseline " + q(at("baseline.json"))).code == 1);
    fs::create_symlink(at("drafts/a.txt"), at("link.txt"));
    fs::create_hard_link(at("drafts/a.txt"), at("hard.txt"));
  }
};

// A run that must be refused before it does anything, leaving `target` as it was.
void refused(const std::string& args, const fs::path& target, const std::string& env = "") {
  CAPTURE(args);
  const Snapshot before = snapshot(target);
  // In the drafts' folder, so that the .clausecheck.yaml above it is found and read.
  const CliRun r = run_shell("cd " + q(target.parent_path()) + " && " + env + " " + kBinary + " " + args);
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("不能是本次运行读取的文件") != std::string::npos);
  CHECK(snapshot(target) == before);
}

}  // namespace

TEST_CASE("-o, --write-baseline and GITHUB_STEP_SUMMARY onto any file the run reads: refused before anything runs") {
  const Tree t;
  const std::string drafts = q(t.at("drafts"));
  for (const std::string command : {"check", "parse", "status"}) {
    refused(command + " " + drafts + " -o " + q(t.at("drafts/a.txt")), t.at("drafts/a.txt"));
    refused(command + " " + drafts + " -o " + q(t.at("drafts/sub/b.txt")), t.at("drafts/sub/b.txt"));  // found inside
    refused(command + " " + drafts + " -o " + q(t.at("link.txt")), t.at("drafts/a.txt"));
    refused(command + " " + drafts + " -o " + q(t.at("hard.txt")), t.at("drafts/a.txt"));
  }
  refused("check " + drafts + " --rules " + q(t.at("pack.yaml")) + " -o " + q(t.at("pack.yaml")), t.at("pack.yaml"));
  refused("check " + drafts + " --rules " + q(t.at("packs")) + " -o " + q(t.at("packs/p.yaml")), t.at("packs/p.yaml"));
  refused("check " + drafts + " --config " + q(t.at("cfg.yaml")) + " -o " + q(t.at("cfg.yaml")), t.at("cfg.yaml"));
  refused("status " + drafts + " --config " + q(t.at("cfg.yaml")) + " -o " + q(t.at("cfg.yaml")), t.at("cfg.yaml"));
  refused("check " + drafts + " --baseline " + q(t.at("baseline.json")) + " -o " + q(t.at("baseline.json")),
          t.at("baseline.json"));
  const fs::path sidecar = t.at("drafts/.clausecheck-suppressions.yaml");
  refused("check " + drafts + " -o " + q(sidecar), sidecar);
  refused("check " + drafts + " --write-baseline " + q(t.at("drafts/a.txt")), t.at("drafts/a.txt"));
  refused("check " + drafts + " --write-baseline " + q(t.at("link.txt")), t.at("drafts/a.txt"));
  refused(
      "check " + drafts + " --baseline " + q(t.at("baseline.json")) + " --write-baseline " + q(t.at("baseline.json")),
      t.at("baseline.json"));
  const std::string a = q(t.at("drafts/a.txt")), b = q(t.at("drafts/sub/b.txt"));
  refused("diff " + a + " " + b + " -o " + b, t.at("drafts/sub/b.txt"));
  refused("diff " + a + " " + b + " --rules " + q(t.at("pack.yaml")) + " -o " + q(t.at("pack.yaml")),
          t.at("pack.yaml"));
  refused("diff " + a + " " + b + " --config " + q(t.at("cfg.yaml")) + " -o " + q(t.at("cfg.yaml")), t.at("cfg.yaml"));
  refused("check " + drafts + " -o " + q(t.at(".clausecheck.yaml")), t.at(".clausecheck.yaml"));
  refused("check " + drafts + " --format github", t.at("drafts/a.txt"),
          "GITHUB_STEP_SUMMARY=" + q(t.at("drafts/a.txt")));
  refused("check " + drafts + " --format github", t.at(".clausecheck.yaml"),
          "GITHUB_STEP_SUMMARY=" + q(t.at(".clausecheck.yaml")));
}

TEST_CASE("-o onto device nodes, a FIFO and a socket: written in place or refused, never replaced or removed") {
  const Tree t;
  const std::string draft = q(t.at("drafts/a.txt"));
  const fs::path null = t.at("null"), full = t.at("full"), fifo = t.at("fifo"), sock = t.at("sock");
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      ::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    MESSAGE("skipped: mknod needs CAP_MKNOD (run as root)");
    return;
  }
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, sock.c_str(), sizeof addr.sun_path - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  const Snapshot null_before = snapshot(null), full_before = snapshot(full), fifo_before = snapshot(fifo),
                 sock_before = snapshot(sock);

  CHECK(run_cli("check " + draft + " -o " + q(null)).code == 1);  // the draft's findings, into the void
  const CliRun on_full = run_cli("check " + draft + " -o " + q(full));
  CHECK(on_full.code == 2);
  CHECK(on_full.err.find("No space left on device") != std::string::npos);
  const CliRun through =
      run_shell("cat " + q(fifo) + " & " + kBinary + " parse " + draft + " -o " + q(fifo) + "; wait");
  CHECK(through.code == 0);
  CHECK(through.out.find("a.txt (UTF-8)") != std::string::npos);  // the outline came out of the pipe
  const CliRun on_socket = run_cli("parse " + draft + " -o " + q(sock));
  CHECK(on_socket.code == 2);
  CHECK(on_socket.err.find("a.txt") == std::string::npos);

  CHECK(snapshot(null) == null_before);
  CHECK(snapshot(full) == full_before);
  const Snapshot fifo_after = snapshot(fifo);  // a write into a FIFO moves its mtime, nothing else
  CHECK(fifo_after.mode == fifo_before.mode);
  CHECK(fifo_after.ino == fifo_before.ino);
  CHECK(snapshot(sock) == sock_before);
  ::close(fd);
}

TEST_CASE("-o /dev/null, /dev/full, /dev/stdout, /dev/stderr in a private /dev: the nodes and links stay") {
  const Tree t;
  // A mount namespace of its own with a tmpfs on /dev, so that a fault here cannot break the machine's /dev.
  const fs::path script = t.dir.write("private-dev.sh",
                                      "set -e\n"
                                      "mount -t tmpfs tmpfs /dev\n"
                                      "mknod -m 666 /dev/null c 1 3; mknod -m 666 /dev/full c 1 7\n"
                                      "ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr\n"
                                      "before=$(stat -c '%F %t:%T %i %y' /dev/null /dev/full)\n"
                                      "set +e\n"
                                      "B=" +
                                          kBinary + "; D=" + q(t.at("drafts/a.txt")) +
                                          "\n"
                                          "$B parse $D -o /dev/null; echo null=$?\n"
                                          "$B parse $D -o /dev/full 2>/dev/null; echo full=$?\n"
                                          "$B check $D --format json -o /dev/full 2>/dev/null; echo check-full=$?\n"
                                          "$B parse $D -o /dev/stdout | grep -c 'a.txt (UTF-8)'\n"
                                          "$B parse $D -o /dev/stderr 2>&1 >/dev/null | grep -c 'a.txt (UTF-8)'\n"
                                          "$B parse $D -o /dev/stdout >> /dev/null; echo append=$?\n"
                                          "after=$(stat -c '%F %t:%T %i %y' /dev/null /dev/full)\n"
                                          "[ \"$before\" = \"$after\" ] && echo nodes-unchanged\n"
                                          "[ -L /dev/stdout ] && [ -L /dev/stderr ] && echo links-unchanged\n"
                                          "ls -A /dev | tr '\\n' ' '\n");
  const CliRun r = run_shell("unshare -m sh " + q(script));
  if (r.out.empty()) {
    MESSAGE("skipped: unshare -m with a tmpfs on /dev needs CAP_SYS_ADMIN: " << r.err);
    return;
  }
  CHECK(r.out ==
        "null=0\nfull=2\ncheck-full=2\n1\n1\nappend=0\nnodes-unchanged\nlinks-unchanged\nfull null stderr stdout ");
}

TEST_CASE("stdout onto /dev/full or a closed pipe: exit 2 with the reason") {
  const std::string seed = kExamples + "/zhumadian-gazette-2023-02.txt";
  for (const std::string& args :
       {"parse " + seed, "check " + seed + " --format json", std::string("rules list"), std::string("--help")}) {
    CAPTURE(args);
    const CliRun r = run_cli(args + " > /dev/full");
    CHECK(r.code == 2);
    CHECK(r.err.find("No space left on device") != std::string::npos);
  }
  // The JSON is larger than a pipe holds, so the writer meets the closed end whenever `true` exits.
  const CliRun r =
      run_shell("bash -c '" + kBinary + " parse --format json " + seed + " | true; exit ${PIPESTATUS[0]}'");
  CHECK(r.code == 2);
  CHECK(r.err.find("Broken pipe") != std::string::npos);
}

TEST_CASE("a dangling symlink as -o is not followed to create a file elsewhere") {
  const Tree t;
  fs::create_directories(t.at("elsewhere"));
  fs::create_symlink(t.at("elsewhere/planted.json"), t.at("report.json"));
  const CliRun r = run_cli("check " + q(t.at("drafts")) + " -o " + q(t.at("report.json")));
  CHECK(r.code == 2);
  CHECK(r.err.find("不会跟随它创建文件") != std::string::npos);
  CHECK(fs::is_empty(t.at("elsewhere")));
  CHECK(fs::is_symlink(t.at("report.json")));
}

TEST_CASE("an interrupted run leaves the old report whole and no temporary file") {
  const Tree t;
  for (int i = 0; i < 200; ++i)
    copy_example("zhumadian-gazette-2023-02.txt", t.at("big/" + std::to_string(i) + ".txt"));
  const fs::path report = t.at("out/report.json");
  fs::create_directories(report.parent_path());
  const std::string old = "{\"old\": true}\n";
  int kept = 0;
  for (const char* delay : {"0.05", "0.1", "0.3", "0.6", "1", "2"}) {
    CAPTURE(delay);
    std::ofstream(report) << old;
    run_shell(kBinary + " check " + q(t.at("big")) + " --format json -o " + q(report) + " & sleep " + delay +
              "; kill -TERM $! ; wait");
    std::ifstream in(report);
    const std::string now((std::istreambuf_iterator<char>(in)), {});
    kept += now == old;
    CHECK((now == old || json::parse(now)["findings"].size() > 200));  // the old report, or the whole new one
    CHECK(std::distance(fs::directory_iterator(report.parent_path()), fs::directory_iterator{}) == 1);
  }
  CHECK(kept > 0);  // at least one run was cut short
}

TEST_CASE("inputs: special files, bad links and links leaving the directory are each an error; the rest is checked") {
  const Tree t;
  const fs::path in = t.at("drafts");
  REQUIRE(::mkfifo((in / "fifo.txt").c_str(), 0600) == 0);
  const bool have_mknod = ::mknod((in / "zero.txt").c_str(), S_IFCHR | 0666, makedev(1, 5)) == 0;
  fs::create_symlink("/etc/passwd", in / "leak.txt");
  fs::create_symlink(in / "missing.txt", in / "dangling.txt");
  fs::create_symlink(in / "loop.txt", in / "loop.txt");
  fs::create_directory_symlink("..", in / "sub" / "up");
  fs::create_symlink(in / "a.txt", in / "same.txt");  // inside: read once, as a.txt
  const CliRun r = run_cli("check --format json " + q(in));
  CHECK(r.code == 1);  // a.txt and b.txt were checked: their findings decide, the bad entries are error lines
  for (const std::string bad :
       {"fifo.txt: 是命名管道（FIFO）", "leak.txt: 符号链接指向输入目录之外", "dangling.txt: 符号链接的目标不存在",
        "loop.txt: 符号链接成环", "sub/up: 符号链接指向它所在的目录或其上级"}) {
    CAPTURE(bad);
    CHECK(r.err.find(bad) != std::string::npos);
  }
  if (have_mknod) CHECK(r.err.find("zero.txt: 是设备文件") != std::string::npos);
  CHECK(r.out.find("root:") == std::string::npos);  // /etc/passwd was not read
  const json report = json::parse(r.out);
  std::set<std::string> files;
  for (const json& f : report["findings"]) files.insert(fs::path(f["file"].get<std::string>()).filename().string());
  CHECK(files == std::set<std::string>{"a.txt", "b.txt"});
  const CliRun named = run_cli("parse " + q(in / "leak.txt"));  // named on the command line: taken as given
  CHECK(named.code == 0);
  CHECK(named.out.find("leak.txt") != std::string::npos);
  const CliRun opted = run_cli("parse --follow-symlinks " + q(in));
  CHECK(opted.err.find("leak.txt: 符号链接指向输入目录之外") == std::string::npos);
}

TEST_CASE("inputs: unreadable directories and files are errors with the reason, as an unprivileged user") {
  const Tree t;
  fs::permissions(t.dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
  fs::create_directories(t.at("drafts/locked"));
  copy_example("drafts/trial-three-years.txt", t.at("drafts/locked/c.txt"));
  fs::permissions(t.at("drafts/locked"), fs::perms::none);
  fs::permissions(t.at("drafts/sub/b.txt"), fs::perms::none);
  // Root reads through mode 000: run as nobody.
  const CliRun r = run_shell("setpriv --reuid=nobody --regid=nogroup --clear-groups " + kBinary +
                             " check --format json " + q(t.at("drafts")) + " --config " + q(t.at("cfg.yaml")));
  if (r.code == 127 || r.err.find("setpriv:") != std::string::npos) {
    MESSAGE("skipped: cannot run as nobody: " << r.err);
    return;
  }
  CHECK(r.code == 1);  // a.txt was checked: its findings decide
  CHECK(r.err.find("locked: 无法读取目录（Permission denied）") != std::string::npos);
  CHECK(r.err.find("b.txt: 无法打开文件（Permission denied）") != std::string::npos);
  CHECK(json::parse(r.out)["findings"].size() > 0);  // a.txt still checked
  fs::permissions(t.at("drafts/locked"), fs::perms::owner_all);
}

TEST_CASE(
    "a FIFO, /dev/zero or a file over --max-size as a document, pack, config, baseline or sidecar: exit 2 at once") {
  const Tree t;
  const fs::path fifo = t.at("fifo.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  t.dir.write("fifo-packs.yaml", "packs: [fifo.yaml]\n");
  const std::string drafts = q(t.at("drafts"));
  // timeout: a blocked read would otherwise hang the test instead of failing it.
  for (const std::string& args :
       {"parse " + q(fifo), std::string("parse /dev/zero"), std::string("parse /dev/urandom"),
        "check " + drafts + " --rules " + q(fifo), "check " + drafts + " --config " + q(fifo),
        "check " + drafts + " --config " + q(t.at("fifo-packs.yaml")), "check " + drafts + " --baseline " + q(fifo),
        "rules test " + q(fifo), "diff " + q(fifo) + " " + q(fifo), "parse --max-size 100 " + drafts}) {
    CAPTURE(args);
    const CliRun r = run_shell("timeout 20 " + kBinary + " " + args);
    CHECK(r.code == 2);
    CHECK(r.err.find("internal error") == std::string::npos);
  }
  const std::string seed = kExamples + "/zhumadian-gazette-2023-02.txt";  // 143,642 bytes
  const CliRun big = run_cli("parse --max-size 100kb " + seed);
  CHECK(big.code == 2);
  CHECK(big.err.find("文件太大（143642 字节，超过 --max-size 102400 字节）") != std::string::npos);
  CHECK(run_cli("parse --max-size 1mb " + seed).code == 0);
  // A FIFO where the sidecar of suppressions is looked for.
  fs::remove(t.at("drafts/.clausecheck-suppressions.yaml"));
  REQUIRE(::mkfifo(t.at("drafts/.clausecheck-suppressions.yaml").c_str(), 0600) == 0);
  const CliRun sidecar = run_shell("timeout 20 " + kBinary + " check " + drafts);
  CHECK(sidecar.code == 2);
  CHECK(sidecar.err.find(".clausecheck-suppressions.yaml: 是命名管道") != std::string::npos);
}
