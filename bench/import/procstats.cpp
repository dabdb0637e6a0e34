#include "import/procstats.h"

#include <chrono>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>

namespace spanscope::bench {

namespace {

int64_t statusField(const char *name)
{
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    int64_t kb = -1;
    const size_t n = std::strlen(name);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, name, n) == 0 && line[n] == ':') {
            long long v = 0;
            if (std::sscanf(line + n + 1, "%lld", &v) == 1)
                kb = v;
            break;
        }
    }
    std::fclose(f);
    return kb < 0 ? -1 : kb * 1024;
}

} // namespace

double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

int64_t peakRssBytes() { return statusField("VmHWM"); }
int64_t currentRssBytes() { return statusField("VmRSS"); }

int64_t lifetimeMaxRssBytes()
{
    rusage u {};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
    return int64_t(u.ru_maxrss) * 1024; // kilobytes on Linux
}

bool resetPeakRss()
{
    std::FILE *f = std::fopen("/proc/self/clear_refs", "w");
    if (!f)
        return false;
    const bool ok = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && ok;
}

} // namespace spanscope::bench
