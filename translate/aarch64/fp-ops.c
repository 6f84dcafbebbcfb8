/*
 * AArch64 floating-point arithmetic on the x86-64 host, shared by the
 * scalar (fp.c) and vector (simd*.c) instructions.  Values travel as raw
 * bit patterns (uint64_t holding a single or a double).
 *
 * The host's SSE unit does the arithmetic: fp_enter() loads MXCSR with the
 * rounding mode FPCR asks for (ARM RMode 0 RN, 1 RP, 2 RM, 3 RZ; x86 RC 0
 * RN, 1 RM, 2 RP, 3 RZ), all exceptions masked and flags clear (FTZ when
 * FPCR.FZ); fp_leave() folds the host flags into FPSR (IE->IOC, ZE->DZC,
 * OE->OFC, UE->UFC, PE->IXC) and restores the host MXCSR.  FPCR.FZ differs
 * from x86's DAZ/FTZ in its flags: a flushed denormal input sets IDC (DAZ
 * sets nothing), so inputs are flushed in software (fz_input); a flushed
 * result sets UFC alone (FTZ also sets PE), so fp_leave drops PE then.  Empty
 * asm statements pin the operands and the result between the two, so the
 * compiler cannot move the arithmetic out of the window.
 *
 * What differs between the two architectures is done in software here:
 * NaN propagation (ARM: the first signalling NaN, quieted, then the first
 * quiet NaN, operand order as the Arm ARM's FPProcessNaNs; x86 returns the
 * first operand), the default NaN (ARM 0x7fc00000 positive, x86 negative:
 * every NaN the host generates is replaced), FPCR.DN, FMAX/FMIN of zeros
 * of both signs, FMAXNM/FMINNM, and every float-to-integer conversion
 * (saturating, NaN to 0, IOC/IXC computed here).
 */
#include <math.h>
#include <string.h>

#include "translate/aarch64/a64.h"

#define FPCR_DN (1u << 25)
#define FPCR_FZ (1u << 24)
#define FPCR_AHP (1u << 26)
#define FPSR_IOC 1u
#define FPSR_DZC 2u
#define FPSR_OFC 4u
#define FPSR_UFC 8u
#define FPSR_IXC 16u
#define FPSR_IDC 128u

static inline uint32_t mxcsr_read(void)
{
    uint32_t v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}
static inline void mxcsr_write(uint32_t v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

/* rmode: ARM encoding 0 RN, 1 RP, 2 RM, 3 RZ. */
static uint32_t fp_enter_mode(const Cpu *c, unsigned rmode)
{
    static const uint32_t rc[4] = { 0u << 13, 2u << 13, 1u << 13, 3u << 13 };
    uint32_t saved = mxcsr_read();
    uint32_t m = 0x1f80 | rc[rmode & 3];
    if (c->a64.fpcr & FPCR_FZ)
        m |= 0x8000;
    mxcsr_write(m);
    return saved;
}
static uint32_t fp_enter(const Cpu *c) { return fp_enter_mode(c, (c->a64.fpcr >> 22) & 3); }

static void fp_leave(Cpu *c, uint32_t saved)
{
    uint32_t f = mxcsr_read();
    mxcsr_write(saved);
    if ((c->a64.fpcr & FPCR_FZ) && (f & 16))
        f &= ~32u;      /* the result was flushed to zero: underflow, not inexact */
    c->a64.fpsr |= a64_fpsr_of_mxcsr(f);
}

uint32_t a64_fpsr_of_mxcsr(uint32_t f)
{
    return (f & 1 ? FPSR_IOC : 0) | (f & 4 ? FPSR_DZC : 0) | (f & 8 ? FPSR_OFC : 0) |
           (f & 16 ? FPSR_UFC : 0) | (f & 32 ? FPSR_IXC : 0);
}

void a64_fp_host_flags_fold(uint32_t *fpsr)
{
    uint32_t now = mxcsr_read();
    if (now & 0x3f) {
        if (fpsr)
            *fpsr |= a64_fpsr_of_mxcsr(now);
        mxcsr_write(now & ~0x3fu);
    }
}

void a64_fp_begin(Cpu *c, A64FpEnv *env) { env->saved_mxcsr = fp_enter(c); }
void a64_fp_end(Cpu *c, A64FpEnv *env) { fp_leave(c, env->saved_mxcsr); }

#define PIN(x) __asm__ volatile("" : "+x"(x))

/* ---- NaNs ---- */

static inline bool is_nan(uint64_t v, bool dbl)
{
    return dbl ? (v & 0x7fffffffffffffffull) > 0x7ff0000000000000ull
               : (v & 0x7fffffffu) > 0x7f800000u;
}
static inline bool is_snan(uint64_t v, bool dbl)
{
    return is_nan(v, dbl) && !(dbl ? (v >> 51) & 1 : (v >> 22) & 1);
}
static inline uint64_t quieted(uint64_t v, bool dbl)
{
    return v | (dbl ? 1ull << 51 : 1ull << 22);
}
static inline uint64_t default_nan(bool dbl)
{
    return dbl ? 0x7ff8000000000000ull : 0x7fc00000u;
}
static inline bool is_inf(uint64_t v, bool dbl)
{
    return dbl ? (v & 0x7fffffffffffffffull) == 0x7ff0000000000000ull
               : (v & 0x7fffffffu) == 0x7f800000u;
}
static inline bool is_zero(uint64_t v, bool dbl)
{
    return dbl ? !(v & 0x7fffffffffffffffull) : !(v & 0x7fffffffu);
}
static inline uint64_t sign_bit(bool dbl) { return dbl ? 1ull << 63 : 1ull << 31; }

/* FPUnpack under FPCR.FZ: a denormal input is a zero of its sign, and IDC. */
static inline uint64_t fz_input(Cpu *c, uint64_t v, bool dbl)
{
    uint64_t expmask = dbl ? 0x7ff0000000000000ull : 0x7f800000u;
    if ((c->a64.fpcr & FPCR_FZ) && !(v & expmask) && !is_zero(v, dbl)) {
        c->a64.fpsr |= FPSR_IDC;
        return v & sign_bit(dbl);
    }
    return v;
}

/* The NaN an operation with a NaN operand returns (FPProcessNaN). */
static uint64_t nan_result(Cpu *c, uint64_t v, bool dbl)
{
    if (is_snan(v, dbl))
        c->a64.fpsr |= FPSR_IOC;
    return c->a64.fpcr & FPCR_DN ? default_nan(dbl) : quieted(v, dbl);
}

/* FPProcessNaNs: true (and *out) when a or b is a NaN. */
static bool process_nans2(Cpu *c, uint64_t a, uint64_t b, bool dbl, uint64_t *out)
{
    if (is_snan(a, dbl)) *out = nan_result(c, a, dbl);
    else if (is_snan(b, dbl)) *out = nan_result(c, b, dbl);
    else if (is_nan(a, dbl)) *out = nan_result(c, a, dbl);
    else if (is_nan(b, dbl)) *out = nan_result(c, b, dbl);
    else return false;
    return true;
}

static bool process_nans3(Cpu *c, uint64_t a, uint64_t b, uint64_t d, bool dbl, uint64_t *out)
{
    if (is_snan(a, dbl)) *out = nan_result(c, a, dbl);
    else if (is_snan(b, dbl)) *out = nan_result(c, b, dbl);
    else if (is_snan(d, dbl)) *out = nan_result(c, d, dbl);
    else if (is_nan(a, dbl)) *out = nan_result(c, a, dbl);
    else if (is_nan(b, dbl)) *out = nan_result(c, b, dbl);
    else if (is_nan(d, dbl)) *out = nan_result(c, d, dbl);
    else return false;
    return true;
}

/* A NaN the host generated (invalid operation) becomes ARM's default NaN. */
static inline uint64_t fix_generated_nan(uint64_t r, bool dbl)
{
    return is_nan(r, dbl) ? default_nan(dbl) : r;
}

static inline double d_of(uint64_t v) { double d; memcpy(&d, &v, 8); return d; }
static inline float f_of(uint64_t v) { float f; uint32_t u = v; memcpy(&f, &u, 4); return f; }
static inline uint64_t bits_d(double d) { uint64_t v; memcpy(&v, &d, 8); return v; }
static inline uint64_t bits_f(float f) { uint32_t v; memcpy(&v, &f, 4); return v; }

/* FMAX/FMIN without NaNs: ARM orders -0 below +0. */
static uint64_t fp_maxmin(uint64_t a, uint64_t b, bool dbl, bool want_max)
{
    if (is_zero(a, dbl) && is_zero(b, dbl))
        return want_max ? (a & b) : (a | b);    /* sign bits: +0 wins max */
    bool a_less = dbl ? d_of(a) < d_of(b) : f_of(a) < f_of(b);
    return want_max ? (a_less ? b : a) : (a_less ? a : b);
}

/* FRSQRTS: (3 + x*y) / 2 rounded once (x already negated), computed as
 * 1.5 + x*(y/2) with the halving exact; when both operands are too small
 * for that, the product does not matter but for its sign and inexactness,
 * which the unhalved form keeps. */
static double rsqrts_d(double x, double y)
{
    if (fabs(y) >= 0x1p-1021)
        return fma(x, y * 0.5, 1.5);
    if (fabs(x) >= 0x1p-1021)
        return fma(x * 0.5, y, 1.5);
    return fma(x, y, 3.0) / 2.0;
}
static float rsqrts_f(float x, float y)
{
    if (fabsf(y) >= 0x1p-125f)
        return fmaf(x, y * 0.5f, 1.5f);
    if (fabsf(x) >= 0x1p-125f)
        return fmaf(x * 0.5f, y, 1.5f);
    return fmaf(x, y, 3.0f) / 2.0f;
}

static uint64_t binop(Cpu *c, unsigned op, uint64_t a, uint64_t b, bool dbl)
{
    uint64_t r;
    /* FNMUL is FPNeg(FPMul()): a NaN result is negated too. */
    if (op == FPOP_NMUL)
        return binop(c, FPOP_MUL, a, b, dbl) ^ sign_bit(dbl);
    /* FABD is FPAbs(FPSub()): a NaN result loses its sign too. */
    if (op == FPOP_ABD)
        return binop(c, FPOP_SUB, a, b, dbl) & ~sign_bit(dbl);
    /* FRECPS and FRSQRTS negate the first operand before anything else,
     * so a NaN there comes out with its sign flipped. */
    if (op == FPOP_RECPS || op == FPOP_RSQRTS)
        a ^= sign_bit(dbl);
    a = fz_input(c, a, dbl);
    b = fz_input(c, b, dbl);
    if (op == FPOP_MAXNM || op == FPOP_MINNM) {
        /* A quiet NaN against a number: the number. */
        bool qa = is_nan(a, dbl) && !is_snan(a, dbl), qb = is_nan(b, dbl) && !is_snan(b, dbl);
        if (qa && !qb && !is_nan(b, dbl))
            a = b;
        else if (qb && !qa && !is_nan(a, dbl))
            b = a;
    }
    if (process_nans2(c, a, b, dbl, &r))
        return r;
    if (op == FPOP_MAX || op == FPOP_MAXNM || op == FPOP_MIN || op == FPOP_MINNM)
        return fp_maxmin(a, b, dbl, op == FPOP_MAX || op == FPOP_MAXNM);
    bool inf_times_zero = (is_inf(a, dbl) && is_zero(b, dbl)) || (is_zero(a, dbl) && is_inf(b, dbl));
    if (op == FPOP_MULX && inf_times_zero) {
        uint64_t two = dbl ? 0x4000000000000000ull : 0x40000000u;
        return two | ((a ^ b) & sign_bit(dbl));
    }
    /* FRECPS and FRSQRTS of infinity and zero: 2.0 and 1.5, no exception. */
    if (op == FPOP_RECPS && inf_times_zero)
        return dbl ? bits_d(2.0) : bits_f(2.0f);
    if (op == FPOP_RSQRTS && inf_times_zero)
        return dbl ? bits_d(1.5) : bits_f(1.5f);
    uint32_t saved = fp_enter(c);
    if (dbl) {
        double x = d_of(a), y = d_of(b), z;
        PIN(x);
        PIN(y);
        switch (op) {
        case FPOP_ADD: z = x + y; break;
        case FPOP_SUB: z = x - y; break;
        case FPOP_MUL: case FPOP_MULX: z = x * y; break;
        case FPOP_DIV: z = x / y; break;
        case FPOP_ABD: z = fabs(x - y); break;
        case FPOP_RECPS: z = fma(x, y, 2.0); break;
        default: z = rsqrts_d(x, y); break;
        }
        PIN(z);
        r = bits_d(z);
    } else {
        float x = f_of(a), y = f_of(b), z;
        PIN(x);
        PIN(y);
        switch (op) {
        case FPOP_ADD: z = x + y; break;
        case FPOP_SUB: z = x - y; break;
        case FPOP_MUL: case FPOP_MULX: z = x * y; break;
        case FPOP_DIV: z = x / y; break;
        case FPOP_ABD: z = fabsf(x - y); break;
        case FPOP_RECPS: z = fmaf(x, y, 2.0f); break;
        default: z = rsqrts_f(x, y); break;
        }
        PIN(z);
        r = bits_f(z);
    }
    fp_leave(c, saved);
    return fix_generated_nan(r, dbl);
}

/* ARM detects tininess before rounding, x86 after: a result that rounded up
 * to the smallest normal number was tiny for ARM (UFC, and a zero under
 * FPCR.FZ).  Such a result is redone rounding toward zero, which stays
 * below 2^emin exactly when the exact result was below it.  The operands
 * of the redo are in *redo; ADDEND_OP marks an FMA. */
enum { ADDEND_OP = 99 };
typedef struct FpRedo { unsigned op; uint64_t a, b, addend; bool dbl; } FpRedo;
static uint64_t fma_op(Cpu *c, uint64_t addend, uint64_t a, uint64_t b, bool dbl);

static uint64_t run_redo(Cpu *c, const FpRedo *r)
{
    return r->op == ADDEND_OP ? fma_op(c, r->addend, r->a, r->b, r->dbl)
                              : binop(c, r->op, r->a, r->b, r->dbl);
}

static uint64_t with_arm_tininess(Cpu *c, const FpRedo *redo)
{
    bool dbl = redo->dbl;
    uint64_t min_normal = dbl ? 0x0010000000000000ull : 0x00800000u;
    uint32_t old = c->a64.fpsr, fpcr = c->a64.fpcr;
    c->a64.fpsr = 0;
    uint64_t r = run_redo(c, redo);
    uint32_t flags = c->a64.fpsr;
    if ((r & ~sign_bit(dbl)) == min_normal && (flags & FPSR_IXC) && !(flags & FPSR_UFC)) {
        c->a64.fpcr = fpcr | (3u << 22);    /* RMode RZ */
        uint64_t rz = run_redo(c, redo);
        c->a64.fpcr = fpcr;
        if ((rz & ~sign_bit(dbl)) != min_normal) {
            flags |= FPSR_UFC;
            if (fpcr & FPCR_FZ) {
                r &= sign_bit(dbl);
                flags &= ~FPSR_IXC;
            }
        }
    }
    c->a64.fpsr = old | flags;
    return r;
}

uint32_t a64_fp_binop32(Cpu *c, unsigned op, uint32_t a, uint32_t b)
{
    return with_arm_tininess(c, &(FpRedo){ .op = op, .a = a, .b = b, .dbl = false });
}
uint64_t a64_fp_binop64(Cpu *c, unsigned op, uint64_t a, uint64_t b)
{
    return with_arm_tininess(c, &(FpRedo){ .op = op, .a = a, .b = b, .dbl = true });
}

/* FPMulAdd(addend, a, b): addend + a * b, one rounding. */
static uint64_t fma_op(Cpu *c, uint64_t addend, uint64_t a, uint64_t b, bool dbl)
{
    uint64_t r;
    addend = fz_input(c, addend, dbl);
    a = fz_input(c, a, dbl);
    b = fz_input(c, b, dbl);
    bool inf_zero = (is_inf(a, dbl) && is_zero(b, dbl)) || (is_zero(a, dbl) && is_inf(b, dbl));
    if (is_nan(addend, dbl) && !is_snan(addend, dbl) && inf_zero) {
        c->a64.fpsr |= FPSR_IOC;
        return default_nan(dbl);
    }
    if (process_nans3(c, addend, a, b, dbl, &r))
        return r;
    uint32_t saved = fp_enter(c);
    if (dbl) {
        double x = d_of(a), y = d_of(b), z = d_of(addend);
        PIN(x);
        PIN(y);
        PIN(z);
        double res = fma(x, y, z);
        PIN(res);
        r = bits_d(res);
    } else {
        float x = f_of(a), y = f_of(b), z = f_of(addend);
        PIN(x);
        PIN(y);
        PIN(z);
        float res = fmaf(x, y, z);
        PIN(res);
        r = bits_f(res);
    }
    fp_leave(c, saved);
    return fix_generated_nan(r, dbl);
}
uint32_t a64_fp_fma32(Cpu *c, uint32_t addend, uint32_t a, uint32_t b)
{
    return with_arm_tininess(c, &(FpRedo){ .op = ADDEND_OP, .a = a, .b = b, .addend = addend, .dbl = false });
}
uint64_t a64_fp_fma64(Cpu *c, uint64_t addend, uint64_t a, uint64_t b)
{
    return with_arm_tininess(c, &(FpRedo){ .op = ADDEND_OP, .a = a, .b = b, .addend = addend, .dbl = true });
}

static uint64_t sqrt_op(Cpu *c, uint64_t a, bool dbl)
{
    a = fz_input(c, a, dbl);
    if (is_nan(a, dbl))
        return nan_result(c, a, dbl);
    uint64_t r;
    uint32_t saved = fp_enter(c);
    if (dbl) {
        double x = d_of(a);
        PIN(x);
        double z = sqrt(x);
        PIN(z);
        r = bits_d(z);
    } else {
        float x = f_of(a);
        PIN(x);
        float z = sqrtf(x);
        PIN(z);
        r = bits_f(z);
    }
    fp_leave(c, saved);
    return fix_generated_nan(r, dbl);
}
uint32_t a64_fp_sqrt32(Cpu *c, uint32_t a) { return sqrt_op(c, a, false); }
uint64_t a64_fp_sqrt64(Cpu *c, uint64_t a) { return sqrt_op(c, a, true); }

static uint32_t cmp_op(Cpu *c, uint64_t a, uint64_t b, bool dbl, bool signal_qnan)
{
    a = fz_input(c, a, dbl);
    b = fz_input(c, b, dbl);
    if (is_nan(a, dbl) || is_nan(b, dbl)) {
        if (signal_qnan || is_snan(a, dbl) || is_snan(b, dbl))
            c->a64.fpsr |= FPSR_IOC;
        return A64_C | A64_V;
    }
    double x = dbl ? d_of(a) : f_of(a), y = dbl ? d_of(b) : f_of(b);
    if (x == y)
        return A64_Z | A64_C;
    return x < y ? A64_N : A64_C;
}
uint32_t a64_fp_cmp32(Cpu *c, uint32_t a, uint32_t b, bool signal_qnan) { return cmp_op(c, a, b, false, signal_qnan); }
uint32_t a64_fp_cmp64(Cpu *c, uint64_t a, uint64_t b, bool signal_qnan) { return cmp_op(c, a, b, true, signal_qnan); }

/* Vector compares: EQ signals only on SNaN, GE and GT on any NaN. */
uint64_t a64_fp_cmpv(Cpu *c, unsigned op, uint64_t a, uint64_t b, bool dbl)
{
    uint64_t ones = dbl ? ~0ull : 0xffffffffu;
    a = fz_input(c, a, dbl);
    b = fz_input(c, b, dbl);
    if (is_nan(a, dbl) || is_nan(b, dbl)) {
        if (op != 0 || is_snan(a, dbl) || is_snan(b, dbl))
            c->a64.fpsr |= FPSR_IOC;
        return 0;
    }
    double x = dbl ? d_of(a) : f_of(a), y = dbl ? d_of(b) : f_of(b);
    switch (op) {
    case 0: return x == y ? ones : 0;
    case 1: return x >= y ? ones : 0;
    default: return x > y ? ones : 0;
    }
}

/* Round a double to an integral value: rmode 0 N, 1 P, 2 M, 3 Z, 4 A. */
static double round_integral(double x, unsigned rmode)
{
    switch (rmode) {
    case 0: {
        double r = nearbyint(x);    /* callers hold MXCSR at RN */
        return r;
    }
    case 1: return ceil(x);
    case 2: return floor(x);
    case 3: return trunc(x);
    default: return round(x);
    }
}

uint64_t a64_fp_round(Cpu *c, uint64_t a, bool dbl, unsigned rmode, bool exact)
{
    a = fz_input(c, a, dbl);
    if (is_nan(a, dbl))
        return nan_result(c, a, dbl);
    if (is_inf(a, dbl) || is_zero(a, dbl))
        return a;
    if (rmode == 5)
        rmode = (c->a64.fpcr >> 22) & 3;
    double x = dbl ? d_of(a) : f_of(a);
    uint32_t saved = fp_enter_mode(c, 0);
    double r = round_integral(x, rmode);
    mxcsr_write(saved);
    if (exact && r != x)
        c->a64.fpsr |= FPSR_IXC;
    if (r == 0)
        r = copysign(0.0, x);     /* keep the sign of a value rounded to zero */
    return dbl ? bits_d(r) : bits_f((float)r);
}

uint64_t a64_fp_to_int(Cpu *c, uint64_t a, bool dbl, bool is_unsigned, bool to64,
                       unsigned rmode, unsigned fbits)
{
    if (is_nan(a, dbl)) {
        c->a64.fpsr |= FPSR_IOC;
        return 0;
    }
    if (rmode == 5)
        rmode = (c->a64.fpcr >> 22) & 3;
    double x = dbl ? d_of(fz_input(c, a, dbl)) : f_of(fz_input(c, a, dbl));
    x = ldexp(x, fbits);
    uint32_t saved = fp_enter_mode(c, 0);
    double r = round_integral(x, rmode);
    mxcsr_write(saved);
    double lo, hi;      /* the representable range is [lo, hi) */
    if (is_unsigned) {
        lo = 0;
        hi = to64 ? 18446744073709551616.0 : 4294967296.0;
    } else {
        lo = to64 ? -9223372036854775808.0 : -2147483648.0;
        hi = -lo;
    }
    if (r < lo || r >= hi) {
        c->a64.fpsr |= FPSR_IOC;
        if (r < lo)
            return is_unsigned ? 0 : to64 ? (uint64_t)INT64_MIN : (uint32_t)INT32_MIN;
        return is_unsigned ? (to64 ? ~0ull : 0xffffffffu) : to64 ? (uint64_t)INT64_MAX : (uint32_t)INT32_MAX;
    }
    if (r != x)
        c->a64.fpsr |= FPSR_IXC;
    if (is_unsigned)
        return (uint64_t)r;
    int64_t v = (int64_t)r;
    return to64 ? (uint64_t)v : (uint32_t)(int32_t)v;
}

uint64_t a64_int_to_fp(Cpu *c, uint64_t v, bool is_unsigned, bool from64, bool dbl,
                       unsigned fbits)
{
    uint64_t r;
    if (!from64)
        v = is_unsigned ? (uint32_t)v : (uint64_t)(int64_t)(int32_t)v;
    uint32_t saved = fp_enter(c);
    if (dbl) {
        double z = is_unsigned ? (double)v : (double)(int64_t)v;
        PIN(z);
        if (fbits)
            z = ldexp(z, -(int)fbits);
        r = bits_d(z);
    } else if (fbits) {
        /* Scale exactly in double first where that loses nothing. */
        float z;
        if ((is_unsigned || (int64_t)v >= 0 ? v : -v) < (1ull << 53)) {
            double d = is_unsigned ? (double)v : (double)(int64_t)v;
            d = ldexp(d, -(int)fbits);
            PIN(d);
            z = (float)d;
        } else {
            z = is_unsigned ? (float)v : (float)(int64_t)v;
            PIN(z);
            z = ldexpf(z, -(int)fbits);
        }
        PIN(z);
        r = bits_f(z);
    } else {
        float z = is_unsigned ? (float)v : (float)(int64_t)v;
        PIN(z);
        r = bits_f(z);
    }
    fp_leave(c, saved);
    return r;
}

/* Half precision to double, exactly.  IEEE half, or with FPCR.AHP the
 * alternative format, whose exponent 31 is an ordinary one (no NaN, no
 * infinity). */
static double half_to_double(uint16_t h, bool ahp)
{
    unsigned sign = h >> 15, exp = (h >> 10) & 31, mant = h & 1023;
    double v;
    if (exp == 0)
        v = ldexp(mant, -24);
    else if (exp == 31 && !ahp)
        v = mant ? NAN : INFINITY;
    else
        v = ldexp(mant | 1024, (int)exp - 25);
    return sign ? -v : v;
}

/* Double to half with ARM rounding rmode (0 RN, 1 RP, 2 RM, 3 RZ); with
 * ahp to the alternative format, where infinities and values too large
 * become the largest number with Invalid Operation alone (FPRoundCV). */
static uint16_t double_to_half(Cpu *c, double x, unsigned rmode, bool ahp)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double ax = fabs(x);
    if (ax == 0)
        return sign;
    if (isinf(ax)) {
        if (!ahp)
            return sign | 0x7c00;
        c->a64.fpsr |= FPSR_IOC;
        return sign | 0x7fff;
    }
    int e;
    frexp(ax, &e);          /* ax = m * 2^e, m in [0.5, 1) */
    int unbiased = e - 1;
    double quantum = unbiased < -14 ? ldexp(1, -24) : ldexp(1, unbiased - 10);
    double q = ax / quantum, rq;
    bool up_dir = sign ? rmode == 2 : rmode == 1;    /* magnitude rounds up */
    switch (rmode) {
    case 0: rq = nearbyint(q); if (fabs(rq - q) == 0.5) rq = 2 * nearbyint(q / 2); break;
    case 3: rq = trunc(q); break;
    default: rq = up_dir ? ceil(q) : trunc(q); break;
    }
    double v = rq * quantum;
    if (ahp && v >= 131072.0) {
        c->a64.fpsr |= FPSR_IOC;
        return sign | 0x7fff;
    }
    if (rq != q)
        c->a64.fpsr |= FPSR_IXC;
    if (!ahp && v >= 65536.0) {
        c->a64.fpsr |= FPSR_OFC | FPSR_IXC;
        bool to_inf = rmode == 0 || up_dir;
        return sign | (to_inf ? 0x7c00 : 0x7bff);
    }
    if (ax < 0x1p-14) {     /* tiny before rounding, as ARM detects it */
        if (rq != q)
            c->a64.fpsr |= FPSR_UFC;
        return sign | (uint16_t)rq;
    }
    int ve;
    double m = frexp(v, &ve);      /* v = m * 2^ve, m in [0.5,1) */
    unsigned mant = (unsigned)(m * 2048) & 1023;
    return sign | (uint16_t)((ve - 1 + 15) << 10) | mant;
}

uint64_t a64_fp_convert(Cpu *c, uint64_t a, unsigned from, unsigned to)
{
    bool from_dbl = from == 3;
    bool ahp = c->a64.fpcr & FPCR_AHP;
    if (from == 1) {
        uint16_t h = a;
        if ((h & 0x7c00) == 0x7c00 && (h & 1023) && !ahp) {
            if (!(h & 0x200))
                c->a64.fpsr |= FPSR_IOC;
            if (c->a64.fpcr & FPCR_DN)
                return default_nan(to == 3);
            uint64_t payload = h & 0x1ff;
            uint64_t s = (uint64_t)(h >> 15);
            return to == 3 ? (s << 63) | 0x7ff8000000000000ull | (payload << 42)
                           : (s << 31) | 0x7fc00000u | (uint32_t)(payload << 13);
        }
        double d = half_to_double(h, ahp);
        return to == 3 ? bits_d(d) : bits_f((float)d);
    }
    a = fz_input(c, a, from_dbl);
    if (is_nan(a, from_dbl)) {
        if (is_snan(a, from_dbl))
            c->a64.fpsr |= FPSR_IOC;
        bool dn = c->a64.fpcr & FPCR_DN;
        uint64_t s = from_dbl ? a >> 63 : (a >> 31) & 1;
        uint64_t frac = from_dbl ? a & 0x000fffffffffffffull : (a & 0x7fffffu) << 29;
        if (to == 1 && ahp) {
            c->a64.fpsr |= FPSR_IOC;    /* no NaN in the alternative format: zero */
            return s << 15;
        }
        if (to == 1)
            return dn ? 0x7e00 : (s << 15) | 0x7e00 | ((frac >> 42) & 0x1ff);
        if (dn)
            return default_nan(to == 3);
        return to == 3 ? (s << 63) | 0x7ff8000000000000ull | frac
                       : (s << 31) | 0x7fc00000u | (uint32_t)(frac >> 29);
    }
    if (to == 1) {
        double x = from_dbl ? d_of(a) : f_of(a);
        return double_to_half(c, x, (c->a64.fpcr >> 22) & 3, ahp);
    }
    uint64_t r;
    /* Narrowing: ARM finds a result tiny before rounding, x86 after, so a
     * double below 2^-126 that rounds up to the smallest normal single
     * underflows (inexact) for ARM only, and FZ flushes it to zero. */
    bool tiny = from_dbl && !is_zero(a, true) && fabs(d_of(a)) < 0x1p-126;
    if (tiny && (c->a64.fpcr & FPCR_FZ)) {
        c->a64.fpsr |= FPSR_UFC;
        return (a >> 32) & 0x80000000u;
    }
    uint32_t fpsr_before = c->a64.fpsr;
    c->a64.fpsr = 0;
    uint32_t saved = fp_enter(c);
    if (to == 3) {
        float x = f_of(a);
        PIN(x);
        double z = x;
        PIN(z);
        r = bits_d(z);
    } else {
        double x = d_of(a);
        PIN(x);
        float z = (float)x;
        PIN(z);
        r = bits_f(z);
    }
    fp_leave(c, saved);
    if (tiny && (c->a64.fpsr & FPSR_IXC))
        c->a64.fpsr |= FPSR_UFC;
    c->a64.fpsr |= fpsr_before;
    return r;
}

uint64_t a64_fp_expand_imm(unsigned imm8, bool dbl)
{
    uint64_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1, low = imm8 & 0x3f;
    if (dbl) {
        uint64_t exp = ((b6 ^ 1) << 10) | (b6 ? 0xff << 2 : 0) | ((low >> 4) & 3);
        return (sign << 63) | (exp << 52) | ((low & 15) << 48);
    }
    uint64_t exp = ((b6 ^ 1) << 7) | (b6 ? 0x1f << 2 : 0) | ((low >> 4) & 3);
    return (sign << 31) | (exp << 23) | ((low & 15) << 19);
}
