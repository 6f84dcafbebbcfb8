/*
 * A guest for --verify (tests/jit/verify): superblocks with loops inside,
 * stores read back within the same superblock, 32-bit arithmetic (addw
 * and friends), loads, floating point, calls and returns through a
 * function pointer, and one loop long enough that the interpreter's run
 * of it stops at its bound.  Prints results that the x86-64 build of the
 * same source must print too.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t mix32(uint32_t h, uint32_t v)
{
    h ^= v;
    h *= 0x01000193u;
    return h + (h >> 7);
}

static int32_t sum32(const int32_t *a, int n)
{
    int32_t s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] * 3 - (a[i] >> 2);
    return s;
}

/* Prefix sums in place: each iteration reads what the previous stored. */
static void prefix(int64_t *a, int n)
{
    for (int i = 1; i < n; i++)
        a[i] += a[i - 1];
}

static double poly(double x)
{
    double r = 0;
    for (int i = 0; i < 16; i++)
        r = r * x + 1.0 / (i + 1);
    return r;
}

typedef uint64_t (*step_fn)(uint64_t);
static uint64_t step_a(uint64_t v) { return v * 6364136223846793005ULL + 1442695040888963407ULL; }
static uint64_t step_b(uint64_t v) { return (v << 13) ^ (v >> 7) ^ v; }

int main(void)
{
    static int32_t a32[1000];
    static int64_t a64[1000];
    static uint8_t bytes[4096];
    volatile step_fn steps[2] = { step_a, step_b };
    uint32_t h = 2166136261u;
    uint64_t v = 1;

    for (int i = 0; i < 1000; i++) {
        a32[i] = (int32_t)(i * 2654435761u);
        a64[i] = i * 7 - 3000;
    }
    for (int round = 0; round < 50; round++) {
        h = mix32(h, (uint32_t)sum32(a32, 1000));
        prefix(a64, 1000);
        h = mix32(h, (uint32_t)a64[999]);
        for (int i = 0; i < 1000; i++)
            a64[i] = (a64[i] >> 3) - round;
        v = steps[round & 1](v);
    }
    printf("hash %08x step %016llx\n", h, (unsigned long long)v);

    for (int i = 0; i < 4096; i++)
        bytes[i] = (uint8_t)(i * 31);
    for (int round = 0; round < 20; round++) {
        memmove(bytes + 1 + round, bytes, 3000);
        h = mix32(h, bytes[round * 100] | bytes[4095 - round] << 8);
    }
    printf("bytes %08x\n", h);

    double d = 0;
    for (int i = 0; i < 200; i++)
        d += poly(i / 200.0);
    printf("poly %.17g\n", d);

    /* Several million instructions in one loop: longer than one verified
     * interpreter run. */
    uint32_t x = 1;
    for (uint32_t i = 0; i < 3000000; i++)
        x = x * 1103515245u + i;
    printf("long %08x\n", x);
    return 0;
}
