// parse::parallel_for: every index called once on the threads asked for, and the error of the first
// failing index, whatever order the calls finish in.
#include "parse/parallel_for.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using clausecheck::parse::parallel_for;

TEST_CASE("parallel_for: every index once, on up to the threads asked for, the calling one among them") {
  for (unsigned threads : {0U, 1U, 2U, 3U, 8U}) {
    CAPTURE(threads);
    std::vector<int> calls(50, 0);
    std::mutex mutex;
    std::set<std::thread::id> seen;
    parallel_for(calls.size(), threads, [&](std::size_t i) {
      std::this_thread::sleep_for(std::chrono::microseconds((50 - i) % 5 * 100));
      const std::lock_guard lock(mutex);
      ++calls[i];
      seen.insert(std::this_thread::get_id());
    });
    CHECK(calls == std::vector<int>(50, 1));
    CHECK(seen.size() <= std::max(threads, 1U));
    if (threads <= 1) CHECK(seen == std::set<std::thread::id>{std::this_thread::get_id()});
  }
  parallel_for(0, 4, [](std::size_t) { FAIL("no index to call"); });
}

TEST_CASE("parallel_for: the first failing index's error, after every call has run") {
  for (unsigned threads : {1U, 2U, 4U}) {
    CAPTURE(threads);
    std::vector<int> calls(20, 0);
    std::mutex mutex;
    try {
      parallel_for(calls.size(), threads, [&](std::size_t i) {
        // Later failures finish first.
        std::this_thread::sleep_for(std::chrono::microseconds(i == 5 ? 3000 : 0));
        {
          const std::lock_guard lock(mutex);
          ++calls[i];
        }
        if (i == 5 || i == 12 || i == 17) throw std::runtime_error("item " + std::to_string(i));
      });
      FAIL("no error");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) == "item 5");
    }
    CHECK(calls == std::vector<int>(20, 1));
  }
}
