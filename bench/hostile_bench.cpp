// Time on hostile input shapes (issue 11 item 3): each shape at N and 4N,
// run through the clausecheck binary, against the laws corpus's MB/s.
//
//   bench_hostile [LAWS_DIR] [SHAPE...]
//
// CLAUSECHECK_BINARY in the environment runs another build of the binary (an
// old one, for a same-run A/B) instead of the one built beside the benchmark.
//
// The inputs are generated into a temporary folder (never committed), each
// run's output goes to /dev/null. Printed per run: bytes read, CPU seconds of
// the child (user + system: the machine is shared, wall time says little),
// MB/s, the ratio to the corpus's MB/s through the same command (`parse
// --format json` shapes to the corpus's parse, the others to its check;
// target ≥ 0.5) and, for 4N, the time
// ratio to N (target ≈ 4), the exit code (never 3) and the child's peak RSS.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "law_files.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kHead =
    "驻马店市人民政府关于测试工作的通知\n\n驻政〔2023〕13号\n\n各县区人民政府，市直有关部门：\n\n";
const std::string kTail = "\n2023年3月4日\n";
const std::string kSentence = "有关部门应当在收到申请之日起十五日内作出决定，罚款不超过5000元，自2023年3月1日起施行。";

// 第…条 needs Chinese numerals up to 99,999.
std::string chinese(unsigned n) {
  static const char* digit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* unit[] = {"", "十", "百", "千", "万"};
  std::string out;
  bool zero = false;
  for (int place = 4; place >= 0; --place) {
    unsigned scale = 1;
    for (int k = 0; k < place; ++k) scale *= 10;
    const unsigned d = n / scale % 10;
    if (d == 0) {
      zero = !out.empty();
      continue;
    }
    if (zero) out += "零";
    zero = false;
    if (!(d == 1 && place == 1 && out.empty())) out += digit[d];
    out += unit[place];
  }
  return out;
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string articles(unsigned n, unsigned variant) {
  std::string s = kHead;
  for (unsigned i = 1; i <= n; ++i)
    s += "第" + chinese(i) + "条 有关部门应当在收到申请之日起十五日内作出决定，罚款不超过" +
         std::to_string((i * (variant + 1)) % 7 + (variant && i % 10 == 0)) + "元。\n";
  return s + kTail;
}

std::string long_line(std::size_t bytes, bool revised) {
  std::string s = kHead;
  for (std::size_t k = 0; s.size() < bytes; ++k) {
    std::string unit = kSentence;
    if (revised && k % 97 == 0) unit.replace(unit.find("十五"), 6, "三十");
    s += unit;
  }
  return s + "\n" + kTail;
}

struct Run {
  std::vector<std::string> args;  // after the binary
  std::uintmax_t bytes = 0;       // of input read
};

using Shape = std::function<Run(const fs::path& dir, unsigned scale)>;

std::uintmax_t size_of(const fs::path& p) {
  if (!fs::is_directory(p)) return fs::file_size(p);
  std::uintmax_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(p))
    if (e.is_regular_file()) n += e.file_size();
  return n;
}

Run small_files(const fs::path& dir, unsigned scale) {
  const unsigned n = 25000 * scale;
  for (unsigned i = 0; i < n; ++i) {
    const fs::path sub = dir / std::to_string(i / 1000);
    fs::create_directories(sub);
    write(sub / ("f" + std::to_string(i) + ".txt"),
          "关于测试工作的通知\n\n一、第" + std::to_string(i) + "项工作自2023年3月1日起施行，有效期三年。\n");
  }
  return {{"check", "--as-of", "2024-01-01", "--jobs", "1", dir.string()}, size_of(dir)};
}

Run many_articles(const fs::path& dir, unsigned scale) {
  write(dir / "a.txt", articles(25000 * scale, 0));
  return {{"check", "--as-of", "2024-01-01", "--jobs", "1", (dir / "a.txt").string()}, size_of(dir / "a.txt")};
}

Run many_articles_json(const fs::path& dir, unsigned scale) {
  write(dir / "a.txt", articles(25000 * scale, 0));
  return {{"parse", "--format", "json", (dir / "a.txt").string()}, size_of(dir / "a.txt")};
}

Run deadlines(const fs::path& dir, unsigned scale) {
  std::string s = kHead + "一、";
  for (unsigned i = 0; i < 5000 * scale; ++i)
    s += "于2024年3月" + std::to_string(i % 28 + 1) + "日前完成第" + std::to_string(i) + "项工作，";
  write(dir / "d.txt", s + "。\n" + kTail);
  return {{"check", "--as-of", "2024-01-01", "--jobs", "1", (dir / "d.txt").string()}, size_of(dir / "d.txt")};
}

Run line_json(const fs::path& dir, unsigned scale) {
  write(dir / "l.txt", long_line(2500000u * scale, false));
  return {{"parse", "--format", "json", (dir / "l.txt").string()}, size_of(dir / "l.txt")};
}

Run line_diff(const fs::path& dir, unsigned scale) {
  write(dir / "old.txt", long_line(1250000u * scale, false));
  write(dir / "new.txt", long_line(1250000u * scale, true));
  return {{"diff", (dir / "old.txt").string(), (dir / "new.txt").string()},
          size_of(dir / "old.txt") + size_of(dir / "new.txt")};
}

Run similar_diff(const fs::path& dir, unsigned scale) {
  write(dir / "old.txt", articles(2250 * scale, 0));
  write(dir / "new.txt", articles(2250 * scale, 1));
  return {{"diff", (dir / "old.txt").string(), (dir / "new.txt").string()},
          size_of(dir / "old.txt") + size_of(dir / "new.txt")};
}

Run empty_pattern(const fs::path& dir, unsigned scale) {
  write(dir / "pack.yaml",
        "pack: hostile\nrules:\n  - id: hostile.empty\n    severity: info\n    kind: pattern\n    scope: gazette\n"
        "    pattern: \"x*\"\n    message: \"{match}\"\n");
  write(dir / "l.txt", long_line(250000u * scale, false));
  return {{"check", "--rules", (dir / "pack.yaml").string(), "--jobs", "1", (dir / "l.txt").string()},
          size_of(dir / "l.txt")};
}

Run big_baseline(const fs::path& dir, unsigned scale) {
  std::string s = "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [\n";
  for (unsigned i = 0; i < 75000 * scale; ++i)
    s += std::string(i ? ",\n" : "") + "{\"fingerprint\": \"" + std::to_string(i % 100) +
         "\", \"rule\": \"typos.common\", \"line\": 1, \"column\": 1}";
  write(dir / "baseline.json", s + "]}\n");
  write(dir / "a.txt", articles(100, 0));
  return {{"check", "--as-of", "2024-01-01", "--baseline", (dir / "baseline.json").string(), (dir / "a.txt").string()},
          size_of(dir / "baseline.json")};
}

struct Outcome {
  double cpu;       // seconds, user + system
  int code;         // exit code, 128 + signal
  long max_rss_kb;  // peak resident set
};

// Runs the binary with args, output dropped.
Outcome run(const std::string& binary, const std::vector<std::string>& args) {
  std::vector<char*> argv{const_cast<char*>(binary.c_str())};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(nullptr);  // else the child would write the parent's buffered lines again
  const pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  const double cpu = clausecheck::bench::cpu_ms(usage) / 1e3;
  return {cpu, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), usage.ru_maxrss};
}

}  // namespace

int main(int argc, char** argv) {
  const char* chosen = std::getenv("CLAUSECHECK_BINARY");
  const std::string binary = chosen && *chosen ? chosen : CLAUSECHECK_BINARY;
  const fs::path laws = argc > 1 ? fs::path(argv[1]) : clausecheck::bench::laws_dir();
  if (laws.empty() || !fs::is_directory(laws)) {
    std::fprintf(stderr,
                 "bench_hostile: the laws corpus is the measure; give LAWS_DIR or set CLAUSECHECK_CORPUS_DIR\n");
    return 2;
  }
  const std::vector<std::string> only(argv + std::min(argc, 2), argv + argc);
  const std::vector<std::pair<std::string, Shape>> shapes = {
      {"small files (check)", small_files},          {"articles (check)", many_articles},
      {"articles (parse json)", many_articles_json}, {"deadlines on a line (check)", deadlines},
      {"one line (parse json)", line_json},          {"one line (diff)", line_diff},
      {"similar articles (diff)", similar_diff},     {"empty pattern (check)", empty_pattern},
      {"baseline entries (check)", big_baseline}};

  // Each shape is held to the corpus run through the same command: `parse
  // --format json` writes five times its input, `check` a few findings.
  const auto corpus_rate = [&](const char* name, const std::vector<std::string>& args) {
    const auto [cpu, code, rss] = run(binary, args);
    const double mbs = static_cast<double>(size_of(laws)) / 1e6 / cpu;
    std::printf("laws corpus, %s: %.1f MB in %.2f s CPU = %.1f MB/s (exit %d, %ld MB peak RSS)\n", name,
                static_cast<double>(size_of(laws)) / 1e6, cpu, mbs, code, rss / 1024);
    return mbs;
  };
  std::printf("%s\n", binary.c_str());
  const double check_mbs = corpus_rate("check", {"check", "--as-of", "2024-01-01", "--jobs", "1", laws.string()});
  const double parse_mbs =
      corpus_rate("parse --format json", {"parse", "--format", "json", "--jobs", "1", laws.string()});
  std::printf("\n");
  std::printf(
      "| shape | size | MB | CPU s | MB/s | ÷ corpus | time 4N ÷ N | exit | peak RSS MB |\n"
      "|---|---|---|---|---|---|---|---|---|\n");
  const fs::path root = fs::temp_directory_path() / ("clausecheck-hostile-" + std::to_string(getpid()));
  for (const auto& [name, shape] : shapes) {
    if (!only.empty() && std::find(only.begin(), only.end(), name.substr(0, name.find(' '))) == only.end()) continue;
    double first = 0;
    for (unsigned scale : {1u, 4u}) {
      fs::remove_all(root);
      fs::create_directories(root);
      const Run r = shape(root, scale);
      const auto [cpu, code, rss] = run(binary, r.args);
      const double mbs = static_cast<double>(r.bytes) / 1e6 / cpu;
      const double corpus_mbs = r.args.front() == "parse" ? parse_mbs : check_mbs;
      std::printf("| %s | %s | %.2f | %.2f | %.1f | %.2f | %s | %d | %ld |\n", name.c_str(), scale == 1 ? "N" : "4N",
                  static_cast<double>(r.bytes) / 1e6, cpu, mbs, mbs / corpus_mbs,
                  scale == 1 ? "" : std::to_string(cpu / first).substr(0, 4).c_str(), code, rss / 1024);
      std::fflush(stdout);
      first = cpu;
    }
  }
  fs::remove_all(root);
}
