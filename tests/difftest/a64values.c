/*
 * Random register values for a64gen, weighted toward the edges where
 * implementations differ: integer extremes, FP specials, subnormals,
 * rounding ties and conversion boundaries.
 */
#include <string.h>

#include "a64gen.h"

uint64_t random_int_value(Gen *g)
{
    static const uint64_t edges[] = {
        0, 1, (uint64_t)-1, 0x8000000000000000ull, 0x7fffffffffffffffull,
        0xffffffff80000000ull, 0x80000000ull, 0x7fffffffull, 0xffffffffull,
        0x100000000ull, 0xffffffff7fffffffull, 0x8000000000000001ull,
        0x7f7f7f7f7f7f7f7full, 0x8080808080808080ull, 0x7fff7fff80008000ull,
    };
    switch (rng_below(g, 10)) {
    case 0: case 1: return PICK(g, edges);
    case 2: return (uint64_t)rng_range(g, -64, 64);
    case 3: return (uint64_t)(int64_t)(int32_t)rng_next(g);
    case 4: return (uint32_t)rng_next(g);
    case 5: {
        uint64_t p = 1ull << rng_below(g, 64);
        switch (rng_below(g, 3)) {
        case 0: return p;
        case 1: return p - 1;
        default: return -p;
        }
    }
    default: return rng_next(g);
    }
}

uint64_t random_muldiv_operand(Gen *g)
{
    static const uint64_t special[] = {
        0, (uint64_t)-1, 0x8000000000000000ull, 0xffffffff80000000ull,
        0x80000000ull, 1, 0xffffffffull, 0xffffffff00000000ull, 0x7fffffffffffffffull,
    };
    return PICK(g, special);
}

uint32_t f32_bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
uint64_t f64_bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

double random_conversion_edge(Gen *g)
{
    static const double bases[] = {
        0.0, 1.0, 2147483648.0, 4294967296.0, 9223372036854775808.0,
        18446744073709551616.0, 16777216.0, 9007199254740992.0, 65504.0, 32768.0,
    };
    static const double fractions[] = { 0.0, 0.25, 0.5, 0.75, -0.5, -0.25, 1.5, -1.0, 2.5 };
    double v = PICK(g, bases) + PICK(g, fractions);
    return chance(g, 40) ? -v : v;
}

uint32_t random_f32(Gen *g)
{
    uint32_t sign = (uint32_t)rng_below(g, 2) << 31;
    switch (rng_below(g, 16)) {
    case 0: return sign;
    case 1: return sign | 0x7f800000u;
    case 2: return 0x7fc00000u;
    case 3: return sign | 0x7fc00000u | (uint32_t)rng_below(g, 0x400000);
    case 4: return sign | 0x7f800000u | (uint32_t)(1 + rng_below(g, 0x3fffff));
    case 5: return sign | (uint32_t)(1 + rng_below(g, 0x7fffff));
    case 6: return sign | (chance(g, 50) ? 0x00800000u : 0x7f7fffffu);
    case 7: return f32_bits((float)rng_range(g, -100, 100));
    case 8: return f32_bits((float)random_conversion_edge(g));
    case 9: return f32_bits((float)random_conversion_edge(g)) + (uint32_t)rng_range(g, -2, 2);
    case 10: return f32_bits((float)rng_range(g, -16, 16) / 4.0f);
    case 11: case 12:
        return sign | (uint32_t)rng_range(g, 100, 154) << 23 | (uint32_t)rng_below(g, 0x800000);
    default: return (uint32_t)rng_next(g);
    }
}

uint64_t random_f64(Gen *g)
{
    uint64_t sign = rng_below(g, 2) << 63;
    switch (rng_below(g, 16)) {
    case 0: return sign;
    case 1: return sign | 0x7ff0000000000000ull;
    case 2: return 0x7ff8000000000000ull;
    case 3: return sign | 0x7ff8000000000000ull | rng_below(g, 1ull << 51);
    case 4: return sign | 0x7ff0000000000000ull | (1 + rng_below(g, (1ull << 51) - 1));
    case 5: return sign | (1 + rng_below(g, (1ull << 52) - 1));
    case 6: return sign | (chance(g, 50) ? 0x0010000000000000ull : 0x7fefffffffffffffull);
    case 7: return f64_bits((double)rng_range(g, -100, 100));
    case 8: return f64_bits(random_conversion_edge(g));
    case 9: return f64_bits(random_conversion_edge(g)) + (uint64_t)rng_range(g, -2, 2);
    case 10: return f64_bits((double)rng_range(g, -16, 16) / 4.0);
    case 11: return f64_bits((double)(float)random_conversion_edge(g));
    case 12: case 13:
        return sign | (uint64_t)rng_range(g, 900, 1150) << 52 | rng_below(g, 1ull << 52);
    default: return rng_next(g);
    }
}

/* One 64-bit half of a vector register holding integers: lanes of one
 * size, each an edge of its width or random. */
uint64_t random_int_lanes(Gen *g)
{
    unsigned bits = 8u << rng_below(g, 4);
    uint64_t v = 0;
    for (unsigned pos = 0; pos < 64; pos += bits) {
        uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1, lane;
        switch (rng_below(g, 8)) {
        case 0: lane = 0; break;
        case 1: lane = mask; break;
        case 2: lane = mask >> 1; break;        /* INT_MAX */
        case 3: lane = (mask >> 1) + 1; break;  /* INT_MIN */
        case 4: lane = (uint64_t)rng_range(g, -3, 3); break;
        default: lane = rng_next(g); break;
        }
        v |= (lane & mask) << pos;
    }
    return v;
}

void random_vreg_value(Gen *g, char *kind, uint64_t *lo, uint64_t *hi)
{
    switch (rng_below(g, 10)) {
    case 0: case 1: case 2: case 3:
        *kind = 's';
        *lo = random_f32(g) | (uint64_t)random_f32(g) << 32;
        *hi = random_f32(g) | (uint64_t)random_f32(g) << 32;
        return;
    case 4: case 5: case 6:
        *kind = 'd';
        *lo = random_f64(g);
        *hi = random_f64(g);
        return;
    default:
        *kind = 'i';
        *lo = random_int_lanes(g);
        *hi = random_int_lanes(g);
        return;
    }
}

/* FPCR: RMode (23:22), FZ (24), DN (25), AHP (26). */
uint64_t random_fpcr(Gen *g)
{
    uint64_t v = rng_below(g, 4) << 22;
    if (chance(g, 25)) v |= 1u << 24;
    if (chance(g, 25)) v |= 1u << 25;
    if (chance(g, 10)) v |= 1u << 26;
    return v;
}

/* FPSR: QC (27), IDC (7), IXC, UFC, OFC, DZC, IOC (4:0). */
uint64_t random_fpsr(Gen *g)
{
    if (chance(g, 70))
        return 0;
    return rng_next(g) & 0x0800009full;
}

