#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace clausecheck::parse {

// What the work on one item gave: its result, or what the work threw.
template <typename T>
struct Outcome {
  std::optional<T> value;
  std::exception_ptr error;
  // The result (moved out), or rethrows what the work threw (InputError for a bad file).
  T get() {
    if (error) std::rethrow_exception(error);
    return std::move(*value);
  }
};

// Runs `work(i)` for every i < count on `jobs` worker threads and hands each
// outcome to `take(i, outcome)` on the calling thread in the order of i,
// whatever order the work finished in: output is the same for every `jobs`.
// At most a few outcomes a thread wait to be taken (a file is read, parsed,
// checked and written, then dropped), so memory is bounded by the window and
// not by the run. jobs 1: all in the calling thread, one item after the other.
// `take` may throw: the workers are stopped and joined first.
template <typename Work, typename Take>
void ordered_pipeline(std::size_t count, unsigned jobs, Work work, Take take) {
  using T = decltype(work(std::size_t{}));
  const auto run = [&work](std::size_t i, Outcome<T>& out) {
    try {
      out.value.emplace(work(i));
    } catch (...) {
      out.error = std::current_exception();  // one escaping a thread would terminate the process
    }
  };
  const std::size_t threads = std::min<std::size_t>(jobs, count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Outcome<T> out;
      run(i, out);
      take(i, out);
    }
    return;
  }
  // A ring of slots: item i waits in slot i % window until taken; a worker
  // does not start an item whose slot is still held.
  const std::size_t window = threads * 4;
  std::vector<Outcome<T>> slots(window);
  std::vector<char> ready(window, 0);
  std::mutex mutex;
  std::condition_variable done, freed;
  std::size_t next = 0, taken = 0;
  bool stop = false;
  const auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        freed.wait(lock, [&] { return stop || next >= count || next < taken + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Outcome<T> out;
      run(i, out);
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(out);
        ready[i % window] = 1;
      }
      done.notify_one();
    }
  };
  std::vector<std::jthread> workers;
  const auto finish = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    freed.notify_all();
    workers.clear();  // joins
  };
  try {
    for (std::size_t t = 0; t < threads; ++t) workers.emplace_back(worker);
  } catch (const std::system_error&) {
    // Near the process's thread limit: the threads started still do every item.
  }
  if (workers.empty()) {
    finish();
    for (std::size_t i = 0; i < count; ++i) {
      Outcome<T> out;
      run(i, out);
      take(i, out);
    }
    return;
  }
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Outcome<T> out;
      {
        std::unique_lock lock(mutex);
        done.wait(lock, [&] { return ready[i % window] != 0; });
        out = std::move(slots[i % window]);
        slots[i % window] = Outcome<T>{};
        ready[i % window] = 0;
        taken = i + 1;
      }
      freed.notify_all();
      take(i, out);
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

}  // namespace clausecheck::parse
