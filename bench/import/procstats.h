#pragma once
// Process figures for the benchmark: peak resident memory (VmHWM, resettable on Linux through
// /proc/self/clear_refs, and getrusage's lifetime maximum) and a monotonic clock. Main thread.

#include <cstdint>

namespace spanscope::bench {

double nowSeconds();
// Peak RSS since the last resetPeakRss() (VmHWM), in bytes; -1 when unavailable.
int64_t peakRssBytes();
// Current RSS (VmRSS), in bytes; -1 when unavailable.
int64_t currentRssBytes();
// getrusage(RUSAGE_SELF).ru_maxrss in bytes: the peak over the whole process.
int64_t lifetimeMaxRssBytes();
// Resets VmHWM to the current RSS (writes "5" to /proc/self/clear_refs). False if not supported.
bool resetPeakRss();

} // namespace spanscope::bench
