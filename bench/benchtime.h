// SPDX-License-Identifier: Apache-2.0
// Timing helpers shared by the benchmark executables.
#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace ksd::bench {

/// CPU time of the whole process in milliseconds (other work on the machine does not inflate it).
inline double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace ksd::bench
