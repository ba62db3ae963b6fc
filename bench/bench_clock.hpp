#pragma once
// What every benchmark here measures with: thread CPU time (the figure for
// "one core", steady on a loaded machine) and the median of repeated runs.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <vector>

namespace clausecheck::bench {

inline double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// User + system CPU of a getrusage() or wait4() reading, in milliseconds.
inline double cpu_ms(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace clausecheck::bench
