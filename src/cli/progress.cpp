#include "cli/progress.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <system_error>

namespace clausecheck::cli {

namespace {
bool enabled = true;
constexpr auto kRedraw = std::chrono::milliseconds(100);
}  // namespace

void Progress::enable(bool on) { enabled = on; }

Progress::Progress(const std::vector<std::filesystem::path>& paths)
    : shown_(enabled && ::isatty(STDERR_FILENO) == 1 && !paths.empty()),
      debug_(spdlog::should_log(spdlog::level::debug)),
      paths_(paths),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {
  if (!shown_) return;
  sizes_.reserve(paths.size());
  for (const auto& path : paths) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    sizes_.push_back(ec ? 0 : size);
    bytes_total_ += sizes_.back();
  }
}

Progress::~Progress() {
  const std::lock_guard lock(mutex_);
  clear();  // a run that stopped early leaves no half line
}

void Progress::done(std::size_t index) {
  const std::lock_guard lock(mutex_);
  if (debug_ && index < paths_.size()) {
    clear();
    spdlog::debug("{}: read and parsed, {:.1f} ms into the run", paths_[index].string(),
                  std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count());
  }
  if (!shown_) return;
  ++files_done_;
  if (index < sizes_.size()) bytes_done_ += sizes_[index];
  const auto now = std::chrono::steady_clock::now();
  if (files_done_ == sizes_.size()) return clear();  // before the run prints what it found
  if (now - last_draw_ < kRedraw) return;
  last_draw_ = now;
  draw();
}

void Progress::clear() {
  if (drawn_) std::fputs("\r\x1b[2K", stderr);
  drawn_ = false;
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb_per_s = seconds > 0 ? static_cast<double>(bytes_done_) / 1e6 / seconds : 0;
  const double left = bytes_done_ > 0
                          ? seconds * static_cast<double>(bytes_total_ - bytes_done_) / static_cast<double>(bytes_done_)
                          : 0;
  std::fprintf(stderr, "\r\x1b[2K%zu/%zu files  %.1f MB/s  ETA %.0fs", files_done_, sizes_.size(), mb_per_s, left);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace clausecheck::cli
