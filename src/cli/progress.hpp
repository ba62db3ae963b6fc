#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace clausecheck::cli {

// A one-line meter on stderr while files are processed: files done/total,
// MB/s and the time left. Only when stderr is a terminal and the run is not
// -q; redrawn at most ten times a second, and the line cleared at the end.
// The loop that processes files calls done() once per file. With -vv each
// file's time into the run is logged as a debug message.
class Progress {
 public:
  // `paths`: the files the run will process (their sizes are the bytes to go).
  explicit Progress(const std::vector<std::filesystem::path>& paths);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more file done (`index` into the paths given); from any thread.
  void done(std::size_t index);

  // done() as parse_paths' per-file callback (empty when no meter is shown: no call per file).
  std::function<void(std::size_t)> hook() {
    if (!shown_ && !debug_) return {};
    return [this](std::size_t i) { done(i); };
  }

  // Whether a meter is shown: stderr is a terminal, not -q (enabled), and not turned off.
  static void enable(bool on);

 private:
  void draw();
  void clear();  // the meter's line erased, so that what follows starts clean
  bool shown_ = false;
  bool drawn_ = false;
  bool debug_ = false;  // -vv: each file's time logged
  const std::vector<std::filesystem::path>& paths_;
  std::mutex mutex_;
  std::vector<std::uint64_t> sizes_;
  std::size_t files_done_ = 0;
  std::uint64_t bytes_total_ = 0, bytes_done_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace clausecheck::cli
