#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace clausecheck::parse {

// Calls `fn(i)` for every i < count on `threads` threads, the calling one among them, each taking the
// next i not yet taken: the items (files, rules, documents) differ in cost by orders of magnitude, so a
// fixed split would leave threads idle. Returns when every call has returned. What a call throws is
// kept (one escaping a thread would end the process), and the first of them by i is rethrown: the same
// error for every `threads`. Near the process's thread limit, the threads started, this one among
// them, still make every call. threads 0 or 1: all in the calling thread, in the order of i.
template <typename Fn>
void parallel_for(std::size_t count, unsigned threads, Fn fn) {
  std::vector<std::exception_ptr> failed(count);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        fn(i);
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    const std::size_t wanted = std::min<std::size_t>(std::max(threads, 1U), count);
    try {
      for (std::size_t t = 1; t < wanted; ++t) helpers.emplace_back(work);
    } catch (const std::system_error&) {
      // Fewer threads than asked: the ones started do the rest.
    }
    work();
  }  // jthreads join here
  for (const std::exception_ptr& error : failed)
    if (error) std::rethrow_exception(error);
}

}  // namespace clausecheck::parse
