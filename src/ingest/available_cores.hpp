#pragma once

namespace clausecheck::ingest {

// The cores this process may run on, at least 1: the CPUs of its affinity
// mask (sched_getaffinity: taskset, cpusets, a container's --cpuset-cpus),
// capped by its cgroup v2 CPU quota (cpu.max of its cgroup and of each one
// above it: a container's --cpus, a Kubernetes CPU limit), rounded up. The
// hardware threads when neither can be read. The default of --jobs: more
// threads than the quota buys only wait for their turn.
unsigned available_cores();

}  // namespace clausecheck::ingest
