#pragma once
// What every benchmark here measures with: thread CPU time (the figure for
// "one core", steady on a loaded machine) and the median of repeated runs.
#include <time.h>

#include <algorithm>
#include <vector>

namespace clausecheck::bench {

inline double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace clausecheck::bench
