/*
 * Reciprocal and reciprocal square root estimates (FRECPE, FRSQRTE, URECPE,
 * URSQRTE) and the reciprocal exponent FRECPX, single and double precision,
 * vector and scalar.  The estimates are not IEEE operations: each is an
 * 8-bit table lookup that the Arm ARM defines exactly (RecipEstimate,
 * RecipSqrtEstimate, FPRecipEstimate, FPRSqrtEstimate, FPRecpX), so they are
 * computed bit by bit here rather than with host arithmetic.  Software
 * (vectorised -ffast-math code, NEON intrinsics) refines them with
 * FRECPS/FRSQRTS, so every bit must match real hardware.
 */
#include "translate/aarch64/simd.h"

#define FPCR_FZ (1u << 24)
#define FPCR_DN (1u << 25)
#define FPSR_IOC 1u
#define FPSR_DZC 2u
#define FPSR_OFC 4u
#define FPSR_UFC 8u
#define FPSR_IXC 16u
#define FPSR_IDC 128u

/* A binary format: single (dbl = false) or double. */
typedef struct FpFormat {
    unsigned frac_bits;
    uint64_t sign, exp_mask, frac_mask;
    unsigned max_exp;           /* all ones: infinities and NaNs */
} FpFormat;

static FpFormat format_of(bool dbl)
{
    if (dbl)
        return (FpFormat){ 52, 1ull << 63, 0x7ffull << 52, (1ull << 52) - 1, 0x7ff };
    return (FpFormat){ 23, 1ull << 31, 0xffull << 23, (1ull << 23) - 1, 0xff };
}

static bool is_nan(const FpFormat *f, uint64_t v)
{
    return (v & f->exp_mask) == f->exp_mask && (v & f->frac_mask);
}

/* FPProcessNaN: a signalling NaN raises Invalid and is quietened; FPCR.DN
 * gives the default NaN. */
static uint64_t process_nan(Cpu *c, const FpFormat *f, uint64_t v)
{
    uint64_t quiet = 1ull << (f->frac_bits - 1);
    if (!(v & quiet))
        c->a64.fpsr |= FPSR_IOC;
    if (c->a64.fpcr & FPCR_DN)
        return f->exp_mask | quiet;
    return v | quiet;
}

/* FPUnpack under FPCR.FZ: a denormal input counts as a zero, with IDC. */
static uint64_t flush_input(Cpu *c, const FpFormat *f, uint64_t v)
{
    if ((c->a64.fpcr & FPCR_FZ) && !(v & f->exp_mask) && (v & f->frac_mask)) {
        c->a64.fpsr |= FPSR_IDC;
        return v & f->sign;
    }
    return v;
}

/* RecipEstimate: a in 256..511 (0.5 <= a/512 < 1) to 256..511 (1/x). */
static unsigned recip_estimate(unsigned a)
{
    a = a * 2 + 1;
    unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

/* RecipSqrtEstimate: a in 128..511 (0.25 <= a/512 < 1) to 256..511. */
static unsigned rsqrt_estimate(unsigned a)
{
    if (a < 256)
        a = a * 2 + 1;
    else
        a = ((a >> 1) << 1) * 2 + 2;
    /* the largest b with a * b * b < 2^28, at least 512 */
    uint64_t b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
        b++;
    return (unsigned)((b + 1) / 2);
}

static uint64_t frecpe(Cpu *c, uint64_t x, bool dbl)
{
    FpFormat f = format_of(dbl);
    uint64_t sign = x & f.sign;
    x = flush_input(c, &f, x);
    if (is_nan(&f, x))
        return process_nan(c, &f, x);
    uint64_t mag = x & ~f.sign;
    if (mag == f.exp_mask)
        return sign;                            /* 1/inf = 0 */
    if (mag == 0) {
        c->a64.fpsr |= FPSR_DZC;
        return sign | f.exp_mask;
    }
    int exp = (int)(mag >> f.frac_bits);
    if (exp == 0 && mag < 1ull << (f.frac_bits - 2)) {
        /* below 2^-128 (2^-1024): the reciprocal overflows */
        bool to_inf;
        switch ((c->a64.fpcr >> 22) & 3) {
        case 0: to_inf = true; break;
        case 1: to_inf = !sign; break;
        case 2: to_inf = sign; break;
        default: to_inf = false; break;
        }
        c->a64.fpsr |= FPSR_OFC | FPSR_IXC;
        return sign | (to_inf ? f.exp_mask : f.exp_mask - (1ull << f.frac_bits) + f.frac_mask);
    }
    if ((c->a64.fpcr & FPCR_FZ) && exp >= (int)f.max_exp - 2) {
        /* at least 2^126 (2^1022): the reciprocal would be denormal */
        c->a64.fpsr |= FPSR_UFC;
        return sign;
    }
    uint64_t fraction = (mag & f.frac_mask) << (52 - f.frac_bits);    /* 52 bits */
    const uint64_t mask52 = (1ull << 52) - 1;
    if (exp == 0) {
        if (!((fraction >> 51) & 1)) {
            exp = -1;
            fraction = (fraction << 2) & mask52;
        } else {
            fraction = (fraction << 1) & mask52;
        }
    }
    unsigned scaled = 256 | (unsigned)(fraction >> 44);
    int result_exp = (dbl ? 2045 : 253) - exp;
    fraction = (uint64_t)(recip_estimate(scaled) & 0xff) << 44;
    if (result_exp == 0) {
        fraction = (1ull << 51) | (fraction >> 1);
    } else if (result_exp == -1) {
        fraction = (1ull << 50) | (fraction >> 2);
        result_exp = 0;
    }
    return sign | ((uint64_t)result_exp << f.frac_bits) | (fraction >> (52 - f.frac_bits));
}

static uint64_t frsqrte(Cpu *c, uint64_t x, bool dbl)
{
    FpFormat f = format_of(dbl);
    uint64_t sign = x & f.sign;
    x = flush_input(c, &f, x);
    if (is_nan(&f, x))
        return process_nan(c, &f, x);
    uint64_t mag = x & ~f.sign;
    if (mag == 0) {
        c->a64.fpsr |= FPSR_DZC;
        return sign | f.exp_mask;
    }
    if (sign) {
        c->a64.fpsr |= FPSR_IOC;
        return f.exp_mask | (1ull << (f.frac_bits - 1));    /* the default NaN */
    }
    if (mag == f.exp_mask)
        return 0;
    const uint64_t mask52 = (1ull << 52) - 1;
    uint64_t fraction = (mag & f.frac_mask) << (52 - f.frac_bits);
    int exp = (int)(mag >> f.frac_bits);
    if (exp == 0) {
        while (!((fraction >> 51) & 1)) {
            fraction = (fraction << 1) & mask52;
            exp--;
        }
        fraction = (fraction << 1) & mask52;
    }
    unsigned scaled = (exp & 1) ? 128 | (unsigned)(fraction >> 45)
                                : 256 | (unsigned)(fraction >> 44);
    int result_exp = ((dbl ? 3068 : 380) - exp) / 2;
    uint64_t estimate = rsqrt_estimate(scaled) & 0xff;
    return ((uint64_t)result_exp << f.frac_bits) | (estimate << (f.frac_bits - 8));
}

/* FRECPX: the exponent inverted, fraction zero (a zero or denormal gives
 * the largest normal exponent). */
static uint64_t frecpx(Cpu *c, uint64_t x, bool dbl)
{
    FpFormat f = format_of(dbl);
    x = flush_input(c, &f, x);
    if (is_nan(&f, x))
        return process_nan(c, &f, x);
    uint64_t exp = (x & f.exp_mask) >> f.frac_bits;
    uint64_t result_exp = exp == 0 ? f.max_exp - 1 : ~exp & f.max_exp;
    return (x & f.sign) | (result_exp << f.frac_bits);
}

/* URECPE, URSQRTE on 32-bit lanes: the estimate of the fixed-point value
 * 0.x (operand / 2^32) in the top 9 bits. */
static uint32_t urecpe(uint32_t x)
{
    if (!(x >> 31))
        return UINT32_MAX;
    return (uint32_t)(recip_estimate(x >> 23) & 0x1ff) << 23;
}

static uint32_t ursqrte(uint32_t x)
{
    if (!(x >> 30))
        return UINT32_MAX;
    return (uint32_t)(rsqrt_estimate(x >> 23) & 0x1ff) << 23;
}

void a64_h_fp_estimate(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = { 0 };
    bool dbl = i->size == 3;
    for (unsigned k = 0; k < lanes(i); k++) {
        uint64_t x = lane(&a, i->size, k), v;
        switch (i->cond) {
        case A64_EST_FRECPE: v = frecpe(c, x, dbl); break;
        case A64_EST_FRSQRTE: v = frsqrte(c, x, dbl); break;
        case A64_EST_FRECPX: v = frecpx(c, x, dbl); break;
        case A64_EST_URECPE: v = urecpe((uint32_t)x); break;
        default: v = ursqrte((uint32_t)x); break;
        }
        set_lane(&r, i->size, k, v);
    }
    vwrite(c, i, r);
}
