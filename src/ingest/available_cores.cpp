#include "ingest/available_cores.hpp"

#include <sched.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>

#include "grammar/run_numbers.hpp"

namespace clausecheck::ingest {

namespace {

std::optional<std::string> slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);  // /proc and /sys files report no size: read to the end
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

unsigned affinity_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::max(1, CPU_COUNT(&set)));
}

// The smallest cpu.max quota from this process's cgroup up to the root ("0::/path" in /proc/self/cgroup).
std::optional<unsigned> quota_cores() {
  const auto membership = slurp("/proc/self/cgroup");
  if (!membership) return std::nullopt;
  const std::size_t at = membership->find("0::/");
  if (at == std::string::npos) return std::nullopt;  // cgroup v1 only
  const std::size_t end = membership->find('\n', at);
  std::filesystem::path group = membership->substr(at + 3, end == std::string::npos ? end : end - at - 3);
  std::optional<unsigned> least;
  for (;;) {
    if (const auto text = slurp(std::filesystem::path("/sys/fs/cgroup") / group.relative_path() / "cpu.max"))
      if (const auto cores = grammar::cpu_max_cores(*text)) least = std::min(least.value_or(*cores), *cores);
    if (group == group.root_path()) break;
    group = group.parent_path();
  }
  return least;
}

}  // namespace

unsigned available_cores() {
  const unsigned cores = affinity_cores();
  const auto quota = quota_cores();
  return quota ? std::min(cores, *quota) : cores;
}

}  // namespace clausecheck::ingest
