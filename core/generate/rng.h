#pragma once
// A small deterministic PRNG (xoshiro256** seeded through splitmix64) with range helpers whose
// output depends only on the seed — unlike std distributions, which differ between standard
// libraries. Value type; one thread per instance.

#include <cstdint>

namespace spanscope::generate {

// splitmix64's finaliser: a bijection on 64-bit values, so distinct counters give distinct ids.
constexpr uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(uint64_t seed = 1) { reseed(seed); }

    void reseed(uint64_t seed)
    {
        uint64_t x = seed;
        for (uint64_t &s : m_s) {
            x += 0x9e3779b97f4a7c15ULL;
            s = mix64(x);
        }
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n) by multiply-shift (Lemire); the tiny bias is irrelevant for test data
    // and the result is the same on every platform.
    uint64_t below(uint64_t n) { return n == 0 ? 0 : uint64_t((static_cast<unsigned __int128>(next()) * n) >> 64); }
    // Uniform in [lo, hi] (inclusive).
    int64_t range(int64_t lo, int64_t hi) { return hi <= lo ? lo : lo + int64_t(below(uint64_t(hi - lo) + 1)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Skewed toward lo: lo + (hi - lo) * u^power.
    int64_t skewed(int64_t lo, int64_t hi, double power)
    {
        double u = unit(), p = u;
        // Integer powers by repeated multiplication keep the result independent of libm.
        for (int i = 1; i < int(power); ++i)
            p *= u;
        return lo + int64_t(double(hi - lo) * p);
    }
    template<typename T, int N>
    const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
    static constexpr uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace spanscope::generate
