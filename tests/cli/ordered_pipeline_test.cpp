// parse::ordered_pipeline: outcomes taken in item order for any --jobs and any
// finishing order, errors delivered with their item, and never more than its
// window of items done but not yet taken.
#include "parse/ordered_pipeline.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using clausecheck::parse::ordered_pipeline;
using clausecheck::parse::Outcome;

TEST_CASE("ordered_pipeline: every item taken once, in order, whatever order the work finishes in") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    CAPTURE(jobs);
    std::vector<std::size_t> taken;
    ordered_pipeline(
        100, jobs,
        [](std::size_t i) {
          // Early items finish last.
          std::this_thread::sleep_for(std::chrono::microseconds((100 - i) % 7 * 50));
          return std::to_string(i);
        },
        [&](std::size_t i, Outcome<std::string>& out) {
          CHECK(out.get() == std::to_string(i));
          taken.push_back(i);
        });
    REQUIRE(taken.size() == 100);
    for (std::size_t i = 0; i < taken.size(); ++i) CHECK(taken[i] == i);
  }
}

TEST_CASE("ordered_pipeline: what an item's work throws is rethrown by get() for that item only") {
  std::vector<std::string> seen;
  ordered_pipeline(
      6, 2,
      [](std::size_t i) {
        if (i % 3 == 1) throw std::runtime_error("bad " + std::to_string(i));
        return static_cast<int>(i);
      },
      [&](std::size_t, Outcome<int>& out) {
        try {
          seen.push_back(std::to_string(out.get()));
        } catch (const std::runtime_error& e) {
          seen.emplace_back(e.what());
        }
      });
  CHECK(seen == std::vector<std::string>{"0", "bad 1", "2", "3", "bad 4", "5"});
}

TEST_CASE("ordered_pipeline: a slow first item holds back at most the window (4 a thread), not the run") {
  std::atomic<std::size_t> started{0};
  std::size_t most_ahead = 0;
  ordered_pipeline(
      200, 2,
      [&](std::size_t i) {
        ++started;
        if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return i;
      },
      [&](std::size_t i, Outcome<std::size_t>& out) {
        CHECK(out.get() == i);
        most_ahead = std::max(most_ahead, started.load() - (i + 1));
      });
  CHECK(started == 200);
  CHECK(most_ahead <= 8);
}

TEST_CASE("ordered_pipeline: a throw from take stops the workers and reaches the caller") {
  std::atomic<std::size_t> done{0};
  CHECK_THROWS_AS(ordered_pipeline(
                      1000, 2,
                      [&](std::size_t i) {
                        ++done;
                        return i;
                      },
                      [](std::size_t i, Outcome<std::size_t>&) {
                        if (i == 3) throw std::logic_error("stop");
                      }),
                  std::logic_error);
  CHECK(done < 1000);
}

TEST_CASE("ordered_pipeline: the calling thread is one of the jobs: it works while it waits, jobs - 1 threads more") {
  const auto caller = std::this_thread::get_id();
  std::mutex mutex;
  std::set<std::thread::id> threads;
  std::size_t by_caller = 0;
  ordered_pipeline(
      64, 2,
      [&](std::size_t i) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
        if (std::this_thread::get_id() == caller) ++by_caller;
        return i;
      },
      [](std::size_t i, Outcome<std::size_t>& out) { CHECK(out.get() == i); });
  CHECK(threads.size() == 2);
  CHECK(threads.count(caller) == 1);
  CHECK(by_caller > 0);
}
