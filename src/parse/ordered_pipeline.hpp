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

// Runs `work(i)` for every i < count on `jobs` threads, the calling one among
// them, and hands each outcome to `take(i, outcome)` on the calling thread in the order of i,
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
  // A ring of slots: item i waits in slot i % window until taken; no thread
  // starts an item whose slot is still held. The calling thread is one of the
  // `threads`: while the outcome it is to take next is not ready, it does the
  // next item itself rather than sleep (a wake-up a file, with a thread more
  // than the cores, cost a check of the laws on two cores a sixth of its CPU).
  const std::size_t window = threads * 4;
  std::vector<Outcome<T>> slots(window);
  std::vector<char> ready(window, 0);
  std::mutex mutex;
  std::condition_variable done, freed;
  std::size_t next = 0, taken = 0;
  bool stop = false;
  const auto startable = [&] { return next < count && next < taken + window; };
  const auto store = [&](std::size_t i, Outcome<T>& out) {
    {
      std::lock_guard lock(mutex);
      slots[i % window] = std::move(out);
      ready[i % window] = 1;
    }
    done.notify_one();
  };
  const auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        freed.wait(lock, [&] { return stop || next >= count || startable(); });
        if (stop || next >= count) return;
        i = next++;
      }
      Outcome<T> out;
      run(i, out);
      store(i, out);
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
    for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(worker);
  } catch (const std::system_error&) {
    // Near the process's thread limit: the threads started, this one among them, still do every item.
  }
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Outcome<T> out;
      for (;;) {
        std::unique_lock lock(mutex);
        if (ready[i % window] != 0) {
          out = std::move(slots[i % window]);
          slots[i % window] = Outcome<T>{};
          ready[i % window] = 0;
          taken = i + 1;
          break;
        }
        if (!startable()) {
          done.wait(lock, [&] { return ready[i % window] != 0; });
          continue;
        }
        const std::size_t mine = next++;
        lock.unlock();
        Outcome<T> own;
        run(mine, own);
        store(mine, own);
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
