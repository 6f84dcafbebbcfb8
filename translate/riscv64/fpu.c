/*
 * RISC-V F and D arithmetic over raw register bits (see fpu.h).
 *
 * Three strategies, chosen per operation for exactness first and speed second:
 *
 *  1. The host FPU, where IEEE 754 gives the host the same answer as RISC-V:
 *     add, sub, mul, div, sqrt and fused multiply-add in RNE, RTZ, RDN and RUP.
 *     x86-64 SSE detects tininess after rounding, as RISC-V does, so its five
 *     exception flags map one to one.  The rounding mode and the flags live in
 *     MXCSR; host_fp_begin() loads a MXCSR with the guest mode and clear
 *     flags, host_fp_end() reads the flags and restores the host's rounding
 *     mode (the host's sticky flags are left clear: xlat never reads them, and
 *     an RNE operation that raises nothing then costs no ldmxcsr at all).
 *     Operands and results pass through volatile variables so GCC neither
 *     folds nor moves the arithmetic out of the bracket (GCC ignores
 *     #pragma STDC FENV_ACCESS).  Only the result NaN needs fixing: the host
 *     propagates payloads, RISC-V returns the canonical NaN.  RMM and a host
 *     without the FMA extension take the slower <fenv.h> route, which also
 *     covers the x87 unit.
 *
 *  2. Round to odd for RMM (round to nearest, ties to max magnitude), which
 *     the host lacks.  The operation runs in a wider format (double for
 *     singles, x87 long double for doubles) rounding toward zero; if it was
 *     inexact the lowest bit of the wide significand is forced to 1.  A value
 *     rounded to odd with at least two more bits than the target rounds
 *     correctly to the target in any mode (Boldo and Melquiond), so
 *     round_pack() finishes in software with ties away from zero, detecting
 *     overflow, tininess after rounding and inexactness itself.  Example:
 *     fadd.s 1.0, 0x1p-24 rmm is exact in double (1 + 2^-24), a tie at single
 *     precision; round_pack sees half bit 1, sticky 0 and rounds up to
 *     1 + 2^-23, where RNE would give 1.0.
 *
 *  3. Pure integer code for everything that is bit manipulation or where
 *     RISC-V differs from IEEE/x86 defaults: sign injection, min/max
 *     (minimumNumber/maximumNumber), compares, classify, and all conversions
 *     (float->int saturates per the RISC-V table instead of x86's "integer
 *     indefinite"; int->float and double->single go through round_pack, which
 *     serves all five modes).
 */
#include "translate/riscv64/fpu.h"

#include <fenv.h>
#include <float.h>
#include <math.h>
#include <string.h>

_Static_assert(LDBL_MANT_DIG == 64, "RMM for doubles needs x87 extended long double");

/* ---- bit views ------------------------------------------------------------------------- */

static inline float f32_of(uint32_t bits)
{
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static inline uint32_t f32_bits(float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    return bits;
}

static inline double f64_of(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static inline uint64_t f64_bits(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

static inline bool f32_is_nan(uint32_t v)  { return (v & 0x7fffffffu) > 0x7f800000u; }
static inline bool f32_is_snan(uint32_t v) { return f32_is_nan(v) && !(v & 0x00400000u); }
static inline bool f32_is_inf(uint32_t v)  { return (v & 0x7fffffffu) == 0x7f800000u; }
static inline bool f32_is_zero(uint32_t v) { return (v & 0x7fffffffu) == 0; }

static inline bool f64_is_nan(uint64_t v)
{
    return (v & 0x7fffffffffffffffull) > 0x7ff0000000000000ull;
}
static inline bool f64_is_snan(uint64_t v)
{
    return f64_is_nan(v) && !(v & 0x0008000000000000ull);
}
static inline bool f64_is_inf(uint64_t v)
{
    return (v & 0x7fffffffffffffffull) == 0x7ff0000000000000ull;
}
static inline bool f64_is_zero(uint64_t v) { return (v & 0x7fffffffffffffffull) == 0; }

/* ---- host floating-point environment ------------------------------------------------------ */

static uint32_t flags_from_fenv(int fe)
{
    return (fe & FE_INVALID ? RV_FFLAG_NV : 0) | (fe & FE_DIVBYZERO ? RV_FFLAG_DZ : 0) |
           (fe & FE_OVERFLOW ? RV_FFLAG_OF : 0) | (fe & FE_UNDERFLOW ? RV_FFLAG_UF : 0) |
           (fe & FE_INEXACT ? RV_FFLAG_NX : 0);
}

static const int fenv_mode[4] = { FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD };

#if defined(__x86_64__)
#include <cpuid.h>

/* MXCSR: flags IE DE ZE OE UE PE in bits 0-5, DAZ bit 6, masks bits 7-12,
 * rounding control bits 13-14 (00 nearest, 01 down, 10 up, 11 toward zero), FTZ bit 15. */
enum { MXCSR_FLAGS = 0x3f, MXCSR_DAZ = 0x40, MXCSR_MASKS = 0x1f80, MXCSR_RC = 0x6000,
       MXCSR_FTZ = 0x8000 };
static const uint32_t mxcsr_rc[4] = { 0x0000, 0x6000, 0x2000, 0x4000 };

typedef uint32_t HostFpState;

/* Enter guest rounding mode rm (0..3) with clear flags for SSE arithmetic.
 * Returns the MXCSR to go back to: the host's, with its sticky flags cleared.
 * Keeping the host flags clear lets the common case (RNE, host in
 * round-to-nearest, exact result) run without any ldmxcsr. */
static inline HostFpState host_fp_begin(unsigned rm)
{
    uint32_t host, guest;
    __asm__ volatile("stmxcsr %0" : "=m"(host) : : "memory");
    guest = (host & ~(MXCSR_FLAGS | MXCSR_DAZ | MXCSR_RC | MXCSR_FTZ)) | MXCSR_MASKS | mxcsr_rc[rm];
    if (guest != host)
        __asm__ volatile("ldmxcsr %0" : : "m"(guest) : "memory");
    return host & ~MXCSR_FLAGS;
}

/* Read the flags raised since host_fp_begin() and go back to the host's mode. */
static inline uint32_t host_fp_end(HostFpState restore)
{
    uint32_t now;
    __asm__ volatile("stmxcsr %0" : "=m"(now) : : "memory");
    if (now != restore)
        __asm__ volatile("ldmxcsr %0" : : "m"(restore) : "memory");
    return rv_fp_flags_of_mxcsr(now);
}

/* With the FMA extension the fused multiply-add is one SSE instruction under
 * MXCSR; without it, glibc's software fma may touch the x87 unit and read the
 * x87 rounding mode, so that path goes through <fenv.h> (see fused_host). */
__attribute__((target("fma"))) static float fmaf_hw(float a, float b, float c)
{
    return __builtin_fmaf(a, b, c);
}

__attribute__((target("fma"))) static double fma_hw(double a, double b, double c)
{
    return __builtin_fma(a, b, c);
}

/* Long double arithmetic must round to the full 64-bit significand whatever
 * precision control the process runs with (Linux starts at 64 bits; the
 * caller's fesetenv() restores the original control word). */
static inline void x87_full_precision(void)
{
    uint16_t cw;
    __asm__ volatile("fnstcw %0" : "=m"(cw) : : "memory");
    cw |= 0x0300;
    __asm__ volatile("fldcw %0" : : "m"(cw) : "memory");
}

/* The RISC-V flags of MXCSR's exception flags (DE has none). */
uint32_t rv_fp_flags_of_mxcsr(uint32_t mxcsr)
{
    return (mxcsr & 0x01 ? RV_FFLAG_NV : 0) | (mxcsr & 0x04 ? RV_FFLAG_DZ : 0) |
           (mxcsr & 0x08 ? RV_FFLAG_OF : 0) | (mxcsr & 0x10 ? RV_FFLAG_UF : 0) |
           (mxcsr & 0x20 ? RV_FFLAG_NX : 0);
}

void rv_fp_host_flags_fold(uint32_t *fflags)
{
    uint32_t now;
    __asm__ volatile("stmxcsr %0" : "=m"(now) : : "memory");
    if (now & MXCSR_FLAGS) {
        *fflags |= rv_fp_flags_of_mxcsr(now);
        now &= ~MXCSR_FLAGS;
        __asm__ volatile("ldmxcsr %0" : : "m"(now) : "memory");
    }
}

/* MXCSR's flags for fflags (the inverse of rv_fp_flags_of_mxcsr). */
static uint32_t mxcsr_of_flags(uint32_t fflags)
{
    return (fflags & RV_FFLAG_NV ? 0x01 : 0) | (fflags & RV_FFLAG_DZ ? 0x04 : 0) |
           (fflags & RV_FFLAG_OF ? 0x08 : 0) | (fflags & RV_FFLAG_UF ? 0x10 : 0) |
           (fflags & RV_FFLAG_NX ? 0x20 : 0);
}

uint32_t rv_fp_host_flags_peek(uint32_t *fflags)
{
    uint32_t now;
    __asm__ volatile("stmxcsr %0" : "=m"(now) : : "memory");
    *fflags |= rv_fp_flags_of_mxcsr(now);
    return now;
}

void rv_fp_host_flags_settle(uint32_t mxcsr, uint32_t fflags)
{
    if (mxcsr & MXCSR_FLAGS & ~mxcsr_of_flags(fflags)) {
        mxcsr &= ~MXCSR_FLAGS;
        __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr) : "memory");
    }
}

void rv_fp_host_flags_enter(uint32_t fflags)
{
    uint32_t now;
    __asm__ volatile("stmxcsr %0" : "=m"(now) : : "memory");
    rv_fp_host_flags_settle(now, fflags);
}

/* FMA3, usable: the CPU has it and the OS saves the AVX state.  Asked with
 * cpuid here, on the first fused multiply-add, rather than through
 * __builtin_cpu_supports, whose library constructor runs a dozen cpuid at
 * the start of every process (each one a trap to the hypervisor in a VM). */
static bool host_has_fma(void)
{
    static int cached = -1;
    if (cached < 0) {
        unsigned a, b, c, d, xcr0_lo, xcr0_hi;
        bool fma = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_FMA) && (c & bit_OSXSAVE);
        if (fma) {
            __asm__("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
            fma = (xcr0_lo & 6) == 6;       /* XMM and YMM state */
        }
        cached = fma;
    }
    return cached;
}
#else
typedef struct { fenv_t env; } HostFpState;

static inline HostFpState host_fp_begin(unsigned rm)
{
    HostFpState st;
    feholdexcept(&st.env);
    fesetround(fenv_mode[rm]);
    return st;
}

static inline uint32_t host_fp_end(HostFpState st)
{
    uint32_t flags = flags_from_fenv(fetestexcept(FE_ALL_EXCEPT));
    fesetenv(&st.env);
    return flags;
}

static float fmaf_hw(float a, float b, float c) { return fmaf(a, b, c); }
static double fma_hw(double a, double b, double c) { return fma(a, b, c); }
static bool host_has_fma(void) { return true; }
uint32_t rv_fp_flags_of_mxcsr(uint32_t mxcsr) { (void)mxcsr; return 0; }
void rv_fp_host_flags_fold(uint32_t *fflags) { (void)fflags; }
void rv_fp_host_flags_enter(uint32_t fflags) { (void)fflags; }
uint32_t rv_fp_host_flags_peek(uint32_t *fflags) { (void)fflags; return 0; }
void rv_fp_host_flags_settle(uint32_t mxcsr, uint32_t fflags) { (void)mxcsr; (void)fflags; }
static inline void x87_full_precision(void) { }
#endif

/* The whole environment (x87 and SSE), for library calls and long double. */
typedef struct { fenv_t env; } FullFpState;

static inline FullFpState full_fp_begin(int fe_mode)
{
    FullFpState st;
    feholdexcept(&st.env);
    fesetround(fe_mode);
    return st;
}

static inline uint32_t full_fp_end(FullFpState *st)
{
    uint32_t flags = flags_from_fenv(fetestexcept(FE_ALL_EXCEPT));
    fesetenv(&st->env);
    return flags;
}

/* ---- software rounding -------------------------------------------------------------------- */

/* Whether to add one unit in the last place, given the kept least significant
 * bit, the first dropped bit (half) and whether any lower bit is set (sticky). */
static inline bool round_increment(unsigned rm, bool neg, bool lsb, bool half, bool sticky)
{
    switch (rm) {
    case RV_RM_RNE: return half && (sticky || lsb);
    case RV_RM_RTZ: return false;
    case RV_RM_RDN: return neg && (half || sticky);
    case RV_RM_RUP: return !neg && (half || sticky);
    default:        return half; /* RMM */
    }
}

/* Round sign * sig * 2^(exp - 63) (sig has bit 63 set; its lowest bit may be a
 * round-to-odd sticky bit) to single or double in mode rm.  Returns the raw
 * bits (a single unboxed) and ORs OF, UF (tiny after rounding and inexact) and
 * NX into *fflags. */
static uint64_t round_pack(bool neg, uint64_t sig, int exp, bool dbl, unsigned rm,
                           uint32_t *fflags)
{
    const int prec = dbl ? 53 : 24, emin = dbl ? -1022 : -126, emax = dbl ? 1023 : 127;
    const uint64_t sign = (uint64_t)neg << (dbl ? 63 : 31);
    const uint64_t inf_bits = dbl ? 0x7ff0000000000000ull : 0x7f800000ull;
    int shift = 64 - prec;
    bool tiny = false;

    if (exp > emax)
        goto overflow;
    if (exp < emin) {
        /* Tininess after rounding: would rounding to full precision with an
         * unbounded exponent still leave the value below 2^emin? */
        if (exp < emin - 1) {
            tiny = true;
        } else {
            uint64_t keep = sig >> shift, rem = sig << (64 - shift);
            keep += round_increment(rm, neg, keep & 1, rem >> 63, (rem << 1) != 0);
            tiny = keep < (1ull << prec);
        }
        shift += emin - exp;
    }

    uint64_t keep;
    bool half, sticky;
    if (shift < 64) {
        uint64_t rem = sig << (64 - shift);
        keep = sig >> shift;
        half = rem >> 63;
        sticky = (rem << 1) != 0;
    } else {
        keep = 0;
        half = shift == 64 && (sig >> 63);
        sticky = shift == 64 ? (sig << 1) != 0 : sig != 0;
    }
    keep += round_increment(rm, neg, keep & 1, half, sticky);

    /* keep carries the hidden bit at 2^(prec-1), which adds one to the biased
     * exponent field; a subnormal that rounds up to 2^emin encodes itself. */
    uint64_t bits = exp < emin ? keep : ((uint64_t)(exp - emin) << (prec - 1)) + keep;
    if (bits >= inf_bits)
        goto overflow;
    if (half || sticky) {
        *fflags |= RV_FFLAG_NX | (tiny ? RV_FFLAG_UF : 0);
    }
    return sign | bits;

overflow:
    *fflags |= RV_FFLAG_OF | RV_FFLAG_NX;
    bool to_inf = rm == RV_RM_RNE || rm == RV_RM_RMM || (rm == RV_RM_RUP && !neg) ||
                  (rm == RV_RM_RDN && neg);
    return sign | (to_inf ? inf_bits : inf_bits - 1);
}

/* A floating-point value taken apart; for K_FINITE,
 * value = sig * 2^(exp - 63) with bit 63 of sig set. */
typedef enum { K_ZERO, K_FINITE, K_INF, K_NAN } FpKind;
typedef struct Unpacked {
    FpKind kind;
    bool neg, snan;
    uint64_t sig;
    int exp;
} Unpacked;

static Unpacked unpack(bool dbl, uint64_t bits)
{
    const int mbits = dbl ? 52 : 23, bias = dbl ? 1023 : 127;
    const unsigned emask = dbl ? 0x7ff : 0xff;
    uint64_t frac = bits & ((1ull << mbits) - 1);
    unsigned bexp = (bits >> mbits) & emask;
    Unpacked u = { .neg = (bits >> (dbl ? 63 : 31)) & 1 };

    if (bexp == emask) {
        u.kind = frac ? K_NAN : K_INF;
        u.snan = frac && !(frac >> (mbits - 1));
    } else if (bexp == 0) {
        if (frac == 0) {
            u.kind = K_ZERO;
        } else {
            int top = 63 - __builtin_clzll(frac);
            u.kind = K_FINITE;
            u.sig = frac << (63 - top);
            u.exp = 1 - bias - mbits + top;
        }
    } else {
        u.kind = K_FINITE;
        u.sig = (frac | (1ull << mbits)) << (63 - mbits);
        u.exp = (int)bexp - bias;
    }
    return u;
}

/* ---- RMM through round to odd --------------------------------------------------------------- */

static uint64_t arith_rmm_single(RvFpOp op, uint32_t a, uint32_t b, uint32_t c, uint32_t *fflags)
{
    /* Every single is exact in double, and every exact result of these
     * operations on singles lies well inside double's normal range.  Double
     * arithmetic is SSE, so the cheap MXCSR bracket serves, except for a
     * software fma. */
    volatile double va = f32_of(a), vb = f32_of(b), vc = f32_of(c), vr = 0;
    uint32_t host;
    if (op >= RV_FMADD && !host_has_fma()) {
        double sa = op == RV_FNMSUB || op == RV_FNMADD ? -1.0 : 1.0;
        double sc = op == RV_FMSUB || op == RV_FNMADD ? -1.0 : 1.0;
        FullFpState st = full_fp_begin(FE_TOWARDZERO);
        vr = fma(va * sa, vb, vc * sc);
        host = full_fp_end(&st);
    } else {
        HostFpState st = host_fp_begin(RV_RM_RTZ);
        switch (op) {
        case RV_FADD:   vr = va + vb; break;
        case RV_FSUB:   vr = va - vb; break;
        case RV_FMUL:   vr = va * vb; break;
        case RV_FDIV:   vr = va / vb; break;
        case RV_FSQRT:  vr = __builtin_sqrt(va); break;
        case RV_FMADD:  vr = fma_hw(va, vb, vc); break;
        case RV_FMSUB:  vr = fma_hw(va, vb, -vc); break;
        case RV_FNMSUB: vr = fma_hw(-va, vb, vc); break;
        case RV_FNMADD: vr = fma_hw(-va, vb, -vc); break;
        default: break;
        }
        host = host_fp_end(st);
    }
    double r = vr;

    *fflags |= host & (RV_FFLAG_NV | RV_FFLAG_DZ);
    Unpacked u = unpack(true, f64_bits(r));
    if (u.kind == K_NAN)
        return RV_F32_CANONICAL_NAN;
    if (u.kind != K_FINITE)     /* zeros and infinities are exact */
        return f32_bits((float)r);
    return round_pack(u.neg, u.sig | ((host & RV_FFLAG_NX) != 0), u.exp, false, RV_RM_RMM, fflags);
}

static uint64_t arith_rmm_double(RvFpOp op, uint64_t a, uint64_t b, uint64_t c, uint32_t *fflags)
{
    /* x87 extended has 64 significand bits (>= 53 + 2) and a 15-bit exponent:
     * no exact result of a double operation overflows or underflows it. */
    volatile long double va = f64_of(a), vb = f64_of(b), vc = f64_of(c), vr = 0;
    FullFpState st = full_fp_begin(FE_TOWARDZERO);
    x87_full_precision();
    switch (op) {
    case RV_FADD:   vr = va + vb; break;
    case RV_FSUB:   vr = va - vb; break;
    case RV_FMUL:   vr = va * vb; break;
    case RV_FDIV:   vr = va / vb; break;
    case RV_FSQRT:  vr = sqrtl(va); break;
    case RV_FMADD:  vr = fmal(va, vb, vc); break;
    case RV_FMSUB:  vr = fmal(va, vb, -vc); break;
    case RV_FNMSUB: vr = fmal(-va, vb, vc); break;
    case RV_FNMADD: vr = fmal(-va, vb, -vc); break;
    default: break;
    }
    long double r = vr;
    uint32_t host = full_fp_end(&st);

    *fflags |= host & (RV_FFLAG_NV | RV_FFLAG_DZ);
    if (isnan(r))
        return RV_F64_CANONICAL_NAN;
    if (r == 0 || isinf(r))
        return f64_bits((double)r);
    uint64_t sig;
    uint16_t sign_exp;
    memcpy(&sig, &r, sizeof sig);
    memcpy(&sign_exp, (const char *)&r + 8, sizeof sign_exp);
    return round_pack(sign_exp >> 15, sig | ((host & RV_FFLAG_NX) != 0),
                      (int)(sign_exp & 0x7fff) - 16383, true, RV_RM_RMM, fflags);
}

/* ---- host arithmetic (RNE, RTZ, RDN, RUP) ---------------------------------------------------- */

static uint64_t arith_host_single(RvFpOp op, uint32_t a, uint32_t b, uint32_t c, unsigned rm,
                                  uint32_t *fflags)
{
    volatile float va = f32_of(a), vb = f32_of(b), vc = f32_of(c), vr = 0;
    HostFpState st = host_fp_begin(rm);
    switch (op) {
    case RV_FADD:   vr = va + vb; break;
    case RV_FSUB:   vr = va - vb; break;
    case RV_FMUL:   vr = va * vb; break;
    case RV_FDIV:   vr = va / vb; break;
    case RV_FSQRT:  vr = __builtin_sqrtf(va); break;
    case RV_FMADD:  vr = fmaf_hw(va, vb, vc); break;
    case RV_FMSUB:  vr = fmaf_hw(va, vb, -vc); break;
    case RV_FNMSUB: vr = fmaf_hw(-va, vb, vc); break;
    case RV_FNMADD: vr = fmaf_hw(-va, vb, -vc); break;
    default: break;
    }
    uint32_t r = f32_bits(vr);
    *fflags |= host_fp_end(st);
    return f32_is_nan(r) ? RV_F32_CANONICAL_NAN : r;
}

static uint64_t arith_host_double(RvFpOp op, uint64_t a, uint64_t b, uint64_t c, unsigned rm,
                                  uint32_t *fflags)
{
    volatile double va = f64_of(a), vb = f64_of(b), vc = f64_of(c), vr = 0;
    HostFpState st = host_fp_begin(rm);
    switch (op) {
    case RV_FADD:   vr = va + vb; break;
    case RV_FSUB:   vr = va - vb; break;
    case RV_FMUL:   vr = va * vb; break;
    case RV_FDIV:   vr = va / vb; break;
    case RV_FSQRT:  vr = __builtin_sqrt(va); break;
    case RV_FMADD:  vr = fma_hw(va, vb, vc); break;
    case RV_FMSUB:  vr = fma_hw(va, vb, -vc); break;
    case RV_FNMSUB: vr = fma_hw(-va, vb, vc); break;
    case RV_FNMADD: vr = fma_hw(-va, vb, -vc); break;
    default: break;
    }
    uint64_t r = f64_bits(vr);
    *fflags |= host_fp_end(st);
    return f64_is_nan(r) ? RV_F64_CANONICAL_NAN : r;
}

/* Fused multiply-add without the host FMA extension: libm's software fma
 * under the full environment. */
static uint64_t fused_libm(RvFpOp op, bool dbl, uint64_t a, uint64_t b, uint64_t c, unsigned rm,
                           uint32_t *fflags)
{
    double sa = op == RV_FNMSUB || op == RV_FNMADD ? -1.0 : 1.0;
    double sc = op == RV_FMSUB || op == RV_FNMADD ? -1.0 : 1.0;
    uint64_t r;
    FullFpState st = full_fp_begin(fenv_mode[rm]);
    if (dbl) {
        volatile double va = f64_of(a) * sa, vb = f64_of(b), vc = f64_of(c) * sc;
        volatile double vr = fma(va, vb, vc);
        r = f64_bits(vr);
        if (f64_is_nan(r))
            r = RV_F64_CANONICAL_NAN;
    } else {
        volatile float va = f32_of(a) * (float)sa, vb = f32_of(b), vc = f32_of(c) * (float)sc;
        volatile float vr = fmaf(va, vb, vc);
        r = f32_bits(vr);
        if (f32_is_nan(r))
            r = RV_F32_CANONICAL_NAN;
    }
    *fflags |= full_fp_end(&st);
    return r;
}

/* ---- min, max, sign injection ---------------------------------------------------------------- */

/* fmin/fmax per IEEE 754-2019 minimumNumber/maximumNumber (ISA 2.2+). */
static uint64_t min_max(bool is_max, bool dbl, uint64_t a, uint64_t b, uint32_t *fflags)
{
    bool a_nan = dbl ? f64_is_nan(a) : f32_is_nan(a);
    bool b_nan = dbl ? f64_is_nan(b) : f32_is_nan(b);
    if ((dbl ? f64_is_snan(a) : f32_is_snan(a)) || (dbl ? f64_is_snan(b) : f32_is_snan(b)))
        *fflags |= RV_FFLAG_NV;
    if (a_nan && b_nan)
        return dbl ? RV_F64_CANONICAL_NAN : RV_F32_CANONICAL_NAN;
    if (a_nan)
        return b;
    if (b_nan)
        return a;

    bool a_lt_b;
    unsigned sign_shift = dbl ? 63 : 31;
    if ((dbl ? f64_is_zero(a) && f64_is_zero(b) : f32_is_zero(a) && f32_is_zero(b)))
        a_lt_b = (a >> sign_shift) & 1; /* -0 < +0 */
    else
        a_lt_b = dbl ? f64_of(a) < f64_of(b) : f32_of(a) < f32_of(b);
    return a_lt_b != is_max ? a : b;
}

static uint64_t sign_inject(RvFpOp op, bool dbl, uint64_t a, uint64_t b)
{
    const uint64_t sign = dbl ? 1ull << 63 : 1ull << 31;
    uint64_t s = b & sign;
    if (op == RV_FSGNJN)
        s ^= sign;
    else if (op == RV_FSGNJX)
        s ^= a & sign;
    return (a & ~sign) | s;
}

/* ---- public entry points --------------------------------------------------------------------- */

uint64_t rv_fp_arith(RvFpOp op, bool dbl, uint64_t a, uint64_t b, uint64_t c, unsigned rm,
                     uint32_t *fflags)
{
    if (rm > RV_RM_RMM)     /* the caller's job; never index out of bounds */
        rm = RV_RM_RNE;
    if (!dbl) {
        a = rv_fp_unbox32(a);
        b = rv_fp_unbox32(b);
        c = rv_fp_unbox32(c);
    }

    uint64_t r;
    switch (op) {
    case RV_FMIN: case RV_FMAX:
        r = min_max(op == RV_FMAX, dbl, a, b, fflags);
        break;
    case RV_FSGNJ: case RV_FSGNJN: case RV_FSGNJX:
        r = sign_inject(op, dbl, a, b);
        break;
    case RV_FMADD: case RV_FMSUB: case RV_FNMSUB: case RV_FNMADD:
        /* RISC-V requires NV for inf * 0 even when the addend is a quiet NaN;
         * IEEE leaves that case to the implementation and x86 stays quiet. */
        if (dbl ? (f64_is_inf(a) && f64_is_zero(b)) || (f64_is_zero(a) && f64_is_inf(b))
                : (f32_is_inf(a) && f32_is_zero(b)) || (f32_is_zero(a) && f32_is_inf(b))) {
            *fflags |= RV_FFLAG_NV;
            r = dbl ? RV_F64_CANONICAL_NAN : RV_F32_CANONICAL_NAN;
            break;
        }
        if (rm != RV_RM_RMM && !host_has_fma()) {
            r = fused_libm(op, dbl, a, b, c, rm, fflags);
            break;
        }
        /* fall through */
    default:
        if (rm == RV_RM_RMM) {
            /* The widening conversions quiet signaling NaNs outside the
             * flag bracket, so raise their NV here. */
            int used = op == RV_FSQRT ? 1 : op >= RV_FMADD ? 3 : 2;
            if (dbl ? f64_is_snan(a) || (used > 1 && f64_is_snan(b)) || (used > 2 && f64_is_snan(c))
                    : f32_is_snan(a) || (used > 1 && f32_is_snan(b)) || (used > 2 && f32_is_snan(c)))
                *fflags |= RV_FFLAG_NV;
            r = dbl ? arith_rmm_double(op, a, b, c, fflags) : arith_rmm_single(op, a, b, c, fflags);
        } else {
            r = dbl ? arith_host_double(op, a, b, c, rm, fflags)
                    : arith_host_single(op, a, b, c, rm, fflags);
        }
        break;
    }
    return dbl ? r : rv_fp_box32((uint32_t)r);
}

uint64_t rv_fp_compare(RvFpCmp op, bool dbl, uint64_t a, uint64_t b, uint32_t *fflags)
{
    if (!dbl) {
        a = rv_fp_unbox32(a);
        b = rv_fp_unbox32(b);
    }
    bool a_nan = dbl ? f64_is_nan(a) : f32_is_nan(a);
    bool b_nan = dbl ? f64_is_nan(b) : f32_is_nan(b);
    if (a_nan || b_nan) {
        bool snan = dbl ? f64_is_snan(a) || f64_is_snan(b) : f32_is_snan(a) || f32_is_snan(b);
        if (op != RV_FEQ || snan)
            *fflags |= RV_FFLAG_NV;
        return 0;
    }
    /* No NaN is left, so host comparisons raise nothing. */
    double x = dbl ? f64_of(a) : f32_of(a), y = dbl ? f64_of(b) : f32_of(b);
    switch (op) {
    case RV_FEQ: return x == y;
    case RV_FLT: return x < y;
    default:     return x <= y;
    }
}

uint64_t rv_fp_class(bool dbl, uint64_t a)
{
    Unpacked u = unpack(dbl, dbl ? a : rv_fp_unbox32(a));
    bool subnormal = u.kind == K_FINITE && u.exp < (dbl ? -1022 : -126);
    switch (u.kind) {
    case K_NAN:  return u.snan ? 1u << 8 : 1u << 9;
    case K_INF:  return u.neg ? 1u << 0 : 1u << 7;
    case K_ZERO: return u.neg ? 1u << 3 : 1u << 4;
    default:
        if (subnormal)
            return u.neg ? 1u << 2 : 1u << 5;
        return u.neg ? 1u << 1 : 1u << 6;
    }
}

/* float -> integer: round in mode rm, then saturate per the ISA's table
 * (NaN and too-large values give the maximum, too-small the minimum, both with NV). */
static uint64_t fp_to_int(Unpacked u, bool is_signed, int width, unsigned rm, uint32_t *fflags)
{
    const uint64_t max = is_signed ? (1ull << (width - 1)) - 1
                                   : (width == 64 ? ~0ull : (1ull << width) - 1);
    const uint64_t min = is_signed ? (uint64_t)0 - (1ull << (width - 1)) : 0;
    uint64_t mag = 0;
    bool inexact = false, overflow = false;
    uint64_t result;

    switch (u.kind) {
    case K_NAN:
        *fflags |= RV_FFLAG_NV;
        result = max;
        goto done;
    case K_INF:
        overflow = true;
        break;
    case K_ZERO:
        break;
    case K_FINITE:
        if (u.exp >= 64) {
            overflow = true;
        } else if (u.exp == 63) {
            mag = u.sig;
        } else {
            int shift = 63 - u.exp;
            uint64_t keep;
            bool half, sticky;
            if (shift < 64) {
                uint64_t rem = u.sig << (64 - shift);
                keep = u.sig >> shift;
                half = rem >> 63;
                sticky = (rem << 1) != 0;
            } else {
                keep = 0;
                half = shift == 64;
                sticky = shift == 64 ? (u.sig << 1) != 0 : true;
            }
            inexact = half || sticky;
            mag = keep + round_increment(rm, u.neg, keep & 1, half, sticky);
        }
        break;
    }

    if (!overflow) {
        if (u.neg)
            overflow = is_signed ? mag > (1ull << (width - 1)) : mag != 0;
        else
            overflow = mag > max;
    }
    if (overflow) {
        *fflags |= RV_FFLAG_NV;
        result = u.neg ? min : max;
    } else {
        if (inexact)
            *fflags |= RV_FFLAG_NX;
        result = u.neg ? (uint64_t)0 - mag : mag;
    }
done:
    return width == 32 ? (uint64_t)(int64_t)(int32_t)(uint32_t)result : result;
}

/* integer -> float (exact or rounded by round_pack). */
static uint64_t int_to_fp(bool neg, uint64_t mag, bool dbl, unsigned rm, uint32_t *fflags)
{
    uint64_t bits;
    if (mag == 0) {
        bits = 0;
    } else {
        int lz = __builtin_clzll(mag);
        bits = round_pack(neg, mag << lz, 63 - lz, dbl, rm, fflags);
    }
    return dbl ? bits : rv_fp_box32((uint32_t)bits);
}

/* Any format change between single and double: NaNs become canonical, the rest rounds. */
static uint64_t fp_to_fp(Unpacked u, bool to_dbl, unsigned rm, uint32_t *fflags)
{
    uint64_t bits;
    const uint64_t sign = (uint64_t)u.neg << (to_dbl ? 63 : 31);
    switch (u.kind) {
    case K_NAN:
        if (u.snan)
            *fflags |= RV_FFLAG_NV;
        bits = to_dbl ? RV_F64_CANONICAL_NAN : RV_F32_CANONICAL_NAN;
        break;
    case K_INF:
        bits = sign | (to_dbl ? 0x7ff0000000000000ull : 0x7f800000ull);
        break;
    case K_ZERO:
        bits = sign;
        break;
    default:
        bits = round_pack(u.neg, u.sig, u.exp, to_dbl, rm, fflags);
        break;
    }
    return to_dbl ? bits : rv_fp_box32((uint32_t)bits);
}

uint64_t rv_fp_convert(RvFpCvt op, uint64_t a, unsigned rm, uint32_t *fflags)
{
    switch (op) {
    case RV_CVT_W_S:  return fp_to_int(unpack(false, rv_fp_unbox32(a)), true, 32, rm, fflags);
    case RV_CVT_WU_S: return fp_to_int(unpack(false, rv_fp_unbox32(a)), false, 32, rm, fflags);
    case RV_CVT_L_S:  return fp_to_int(unpack(false, rv_fp_unbox32(a)), true, 64, rm, fflags);
    case RV_CVT_LU_S: return fp_to_int(unpack(false, rv_fp_unbox32(a)), false, 64, rm, fflags);
    case RV_CVT_W_D:  return fp_to_int(unpack(true, a), true, 32, rm, fflags);
    case RV_CVT_WU_D: return fp_to_int(unpack(true, a), false, 32, rm, fflags);
    case RV_CVT_L_D:  return fp_to_int(unpack(true, a), true, 64, rm, fflags);
    case RV_CVT_LU_D: return fp_to_int(unpack(true, a), false, 64, rm, fflags);
    case RV_CVT_S_W: case RV_CVT_D_W: {
        int32_t v = (int32_t)(uint32_t)a;
        return int_to_fp(v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, op == RV_CVT_D_W, rm, fflags);
    }
    case RV_CVT_S_WU: case RV_CVT_D_WU:
        return int_to_fp(false, (uint32_t)a, op == RV_CVT_D_WU, rm, fflags);
    case RV_CVT_S_L: case RV_CVT_D_L: {
        bool neg = (int64_t)a < 0;
        return int_to_fp(neg, neg ? (uint64_t)0 - a : a, op == RV_CVT_D_L, rm, fflags);
    }
    case RV_CVT_S_LU: case RV_CVT_D_LU:
        return int_to_fp(false, a, op == RV_CVT_D_LU, rm, fflags);
    case RV_CVT_S_D:
        return fp_to_fp(unpack(true, a), false, rm, fflags);
    case RV_CVT_D_S:
        return fp_to_fp(unpack(false, rv_fp_unbox32(a)), true, rm, fflags);
    }
    return 0;
}
