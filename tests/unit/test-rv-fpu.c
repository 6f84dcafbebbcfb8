/*
 * Unit tests for the RISC-V F/D helpers (translate/riscv64/fpu.c).
 *
 * Each test is a table of raw operand bits, rounding mode, expected raw result
 * and expected fflags.  Every expectation was checked against qemu-riscv64
 * (softfloat) running the same instruction with the same static rm on the
 * same register bits, and the helpers were also compared with it on millions
 * of random operands; the tables keep the edge cases that matter in the tree.
 * Singles are written S(bits): the NaN-boxed register image.
 */
#include <glib.h>
#include <stdio.h>

#include "translate/riscv64/fpu.h"

#define S(x) (0xffffffff00000000ull | (uint64_t)(x))

enum { NX = RV_FFLAG_NX, UF = RV_FFLAG_UF, OF = RV_FFLAG_OF, DZ = RV_FFLAG_DZ, NV = RV_FFLAG_NV };
enum { RNE = RV_RM_RNE, RTZ = RV_RM_RTZ, RDN = RV_RM_RDN, RUP = RV_RM_RUP, RMM = RV_RM_RMM };

/* single constants */
#define F_ONE     0x3f800000u
#define F_MONE    0xbf800000u
#define F_TWO     0x40000000u
#define F_HALF    0x3f000000u
#define F_MAX     0x7f7fffffu
#define F_INF     0x7f800000u
#define F_MINF    0xff800000u
#define F_QNAN    0x7fc00000u
#define F_SNAN    0x7f800001u
#define F_MZERO   0x80000000u
#define F_MINNORM 0x00800000u

/* double constants */
#define D_ONE     0x3ff0000000000000ull
#define D_MONE    0xbff0000000000000ull
#define D_TWO     0x4000000000000000ull
#define D_HALF    0x3fe0000000000000ull
#define D_MAX     0x7fefffffffffffffull
#define D_INF     0x7ff0000000000000ull
#define D_MINF    0xfff0000000000000ull
#define D_QNAN    0x7ff8000000000000ull
#define D_SNAN    0x7ff0000000000001ull
#define D_MZERO   0x8000000000000000ull

typedef struct ArithCase {
    RvFpOp op;
    bool dbl;
    unsigned rm;
    uint64_t a, b, c, want;
    uint32_t flags;
} ArithCase;

typedef struct CmpCase {
    RvFpCmp op;
    bool dbl;
    uint64_t a, b, want;
    uint32_t flags;
} CmpCase;

typedef struct ClassCase {
    bool dbl;
    uint64_t a, want;
} ClassCase;

typedef struct CvtCase {
    RvFpCvt op;
    unsigned rm;
    uint64_t a, want;
    uint32_t flags;
} CvtCase;

static void run_arith(const ArithCase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t flags = 0;
        uint64_t got = rv_fp_arith(t[i].op, t[i].dbl, t[i].a, t[i].b, t[i].c, t[i].rm, &flags);
        if (got != t[i].want || flags != t[i].flags) {
            g_printerr("case %zu: op %d %s rm %u a %016" G_GINT64_MODIFIER "x b %016"
                       G_GINT64_MODIFIER "x c %016" G_GINT64_MODIFIER "x: got %016"
                       G_GINT64_MODIFIER "x/%02x, want %016" G_GINT64_MODIFIER "x/%02x\n",
                       i, t[i].op, t[i].dbl ? "d" : "s", t[i].rm, t[i].a, t[i].b, t[i].c,
                       got, flags, t[i].want, t[i].flags);
            g_test_fail();
        }
    }
}

static void run_cmp(const CmpCase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t flags = 0;
        uint64_t got = rv_fp_compare(t[i].op, t[i].dbl, t[i].a, t[i].b, &flags);
        if (got != t[i].want || flags != t[i].flags) {
            g_printerr("case %zu: cmp %d: got %" G_GINT64_MODIFIER "u/%02x, want %"
                       G_GINT64_MODIFIER "u/%02x\n", i, t[i].op, got, flags, t[i].want, t[i].flags);
            g_test_fail();
        }
    }
}

static void run_cvt(const CvtCase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t flags = 0;
        uint64_t got = rv_fp_convert(t[i].op, t[i].a, t[i].rm, &flags);
        if (got != t[i].want || flags != t[i].flags) {
            g_printerr("case %zu: cvt %d rm %u a %016" G_GINT64_MODIFIER "x: got %016"
                       G_GINT64_MODIFIER "x/%02x, want %016" G_GINT64_MODIFIER "x/%02x\n",
                       i, t[i].op, t[i].rm, t[i].a, got, flags, t[i].want, t[i].flags);
            g_test_fail();
        }
    }
}

#define RUN(fn, table) fn(table, G_N_ELEMENTS(table))

/* ---- NaN boxing and canonical NaNs ------------------------------------------------------- */

static const ArithCase nan_boxing_cases[] = {
    /* an unboxed single reads as the canonical (quiet) NaN: no NV */
    { RV_FADD, false, RNE, 0x000000003f800000ull, S(F_ONE), 0, S(F_QNAN), 0 },
    { RV_FADD, false, RNE, 0xfffffffe3f800000ull, S(F_ONE), 0, S(F_QNAN), 0 },
    { RV_FMUL, false, RMM, S(F_ONE), 0x7fffffff3f800000ull, 0, S(F_QNAN), 0 },
    { RV_FMADD, false, RNE, S(F_ONE), S(F_ONE), 0x3f800000ull, S(F_QNAN), 0 },
    { RV_FMIN, false, RNE, 0x3f800000ull, S(F_TWO), 0, S(F_TWO), 0 },
    { RV_FMAX, false, RNE, 0x3f800000ull, 0x40000000ull, 0, S(F_QNAN), 0 },
    /* sign injection works on the unboxed value (canonical NaN has sign 0) */
    { RV_FSGNJ, false, RNE, 0x3f800000ull, S(F_MONE), 0, S(0xffc00000u), 0 },
    { RV_FSGNJN, false, RNE, S(F_ONE), 0xbf800000ull, 0, S(F_MONE), 0 },
    { RV_FSGNJX, false, RNE, S(F_MONE), 0xbf800000ull, 0, S(F_MONE), 0 },
    /* results are NaN-boxed */
    { RV_FADD, false, RNE, S(F_ONE), S(F_ONE), 0, S(F_TWO), 0 },
};

static const ArithCase canonical_nan_cases[] = {
    /* payloads never propagate; quiet inputs raise nothing, signaling ones NV */
    { RV_FADD, false, RNE, S(0x7fc00123u), S(F_ONE), 0, S(F_QNAN), 0 },
    { RV_FADD, false, RNE, S(0xffc00000u), S(F_ONE), 0, S(F_QNAN), 0 },
    { RV_FADD, false, RNE, S(F_SNAN), S(F_ONE), 0, S(F_QNAN), NV },
    { RV_FMUL, false, RMM, S(F_ONE), S(0xffa00000u), 0, S(F_QNAN), NV },
    { RV_FADD, true, RNE, 0x7ff8000000000123ull, D_ONE, 0, D_QNAN, 0 },
    { RV_FSUB, true, RTZ, D_ONE, D_SNAN, 0, D_QNAN, NV },
    { RV_FDIV, true, RMM, 0xfff4000000000000ull, D_ONE, 0, D_QNAN, NV },
    { RV_FSQRT, true, RMM, D_SNAN, 0, 0, D_QNAN, NV },
    { RV_FSQRT, false, RNE, S(0x7fc00001u), 0, 0, S(F_QNAN), 0 },
    /* invalid operations */
    { RV_FADD, true, RNE, D_INF, D_MINF, 0, D_QNAN, NV },
    { RV_FSUB, false, RMM, S(F_INF), S(F_INF), 0, S(F_QNAN), NV },
    { RV_FMUL, true, RNE, D_INF, 0, 0, D_QNAN, NV },
    { RV_FDIV, false, RNE, S(0), S(F_MZERO), 0, S(F_QNAN), NV },
    { RV_FDIV, true, RNE, D_INF, D_MINF, 0, D_QNAN, NV },
};

/* ---- fmin / fmax ------------------------------------------------------------------------- */

static const ArithCase min_max_cases[] = {
    { RV_FMIN, false, RNE, S(F_MZERO), S(0), 0, S(F_MZERO), 0 },
    { RV_FMIN, false, RNE, S(0), S(F_MZERO), 0, S(F_MZERO), 0 },
    { RV_FMAX, false, RNE, S(F_MZERO), S(0), 0, S(0), 0 },
    { RV_FMAX, false, RNE, S(0), S(F_MZERO), 0, S(0), 0 },
    { RV_FMIN, true, RNE, D_MZERO, 0, 0, D_MZERO, 0 },
    { RV_FMAX, true, RNE, 0, D_MZERO, 0, 0, 0 },
    { RV_FMIN, false, RNE, S(F_QNAN), S(F_ONE), 0, S(F_ONE), 0 },
    { RV_FMAX, false, RNE, S(F_ONE), S(0x7fc00123u), 0, S(F_ONE), 0 },
    { RV_FMIN, false, RNE, S(F_SNAN), S(F_ONE), 0, S(F_ONE), NV },
    { RV_FMAX, true, RNE, D_ONE, D_SNAN, 0, D_ONE, NV },
    { RV_FMIN, true, RNE, D_QNAN, 0x7ff8000000000123ull, 0, D_QNAN, 0 },
    { RV_FMAX, true, RNE, D_SNAN, D_QNAN, 0, D_QNAN, NV },
    { RV_FMIN, false, RNE, S(F_SNAN), S(F_SNAN), 0, S(F_QNAN), NV },
    { RV_FMIN, true, RNE, D_ONE, D_TWO, 0, D_ONE, 0 },
    { RV_FMAX, true, RNE, D_ONE, D_TWO, 0, D_TWO, 0 },
    { RV_FMAX, true, RNE, D_MINF, D_MONE, 0, D_MONE, 0 },
    { RV_FMIN, true, RNE, D_MINF, D_MONE, 0, D_MINF, 0 },
    { RV_FMIN, false, RNE, S(F_MINF), S(F_MAX), 0, S(F_MINF), 0 },
    { RV_FMAX, false, RNE, S(0x00000001u), S(F_MZERO), 0, S(0x00000001u), 0 },
    { RV_FMIN, false, RNE, S(0x80000001u), S(0), 0, S(0x80000001u), 0 },
};

/* ---- sign injection ---------------------------------------------------------------------- */

static const ArithCase sgnj_cases[] = {
    /* pure bit operations: NaNs keep their payload, no flags even for sNaN */
    { RV_FSGNJ, true, RNE, D_SNAN, D_MONE, 0, 0xfff0000000000001ull, 0 },
    { RV_FSGNJN, true, RNE, 0x7ff8000000000123ull, D_ONE, 0, 0xfff8000000000123ull, 0 },
    { RV_FSGNJX, true, RNE, 0xc000000000000000ull, 0xc008000000000000ull, 0, D_TWO, 0 },
    { RV_FSGNJX, true, RNE, D_TWO, D_MONE, 0, 0xc000000000000000ull, 0 },
    { RV_FSGNJ, false, RNE, S(F_SNAN), S(F_MONE), 0, S(0xff800001u), 0 },
    { RV_FSGNJN, false, RNE, S(F_ONE), S(F_ONE), 0, S(F_MONE), 0 },
    { RV_FSGNJN, false, RNE, S(F_ONE), S(F_MONE), 0, S(F_ONE), 0 },
    { RV_FSGNJX, false, RNE, S(F_MONE), S(F_MONE), 0, S(F_ONE), 0 },
    { RV_FSGNJ, false, RNE, S(F_MZERO), S(0), 0, S(0), 0 },
};

/* ---- rounding modes ---------------------------------------------------------------------- */

static const ArithCase rounding_cases[] = {
    /* 1 + 2^-24: a tie at single precision; even neighbour is 1.0 */
    { RV_FADD, false, RNE, S(F_ONE), S(0x33800000u), 0, S(F_ONE), NX },
    { RV_FADD, false, RTZ, S(F_ONE), S(0x33800000u), 0, S(F_ONE), NX },
    { RV_FADD, false, RDN, S(F_ONE), S(0x33800000u), 0, S(F_ONE), NX },
    { RV_FADD, false, RUP, S(F_ONE), S(0x33800000u), 0, S(0x3f800001u), NX },
    { RV_FADD, false, RMM, S(F_ONE), S(0x33800000u), 0, S(0x3f800001u), NX },
    /* the negative tie */
    { RV_FADD, false, RNE, S(F_MONE), S(0xb3800000u), 0, S(F_MONE), NX },
    { RV_FADD, false, RTZ, S(F_MONE), S(0xb3800000u), 0, S(F_MONE), NX },
    { RV_FADD, false, RDN, S(F_MONE), S(0xb3800000u), 0, S(0xbf800001u), NX },
    { RV_FADD, false, RUP, S(F_MONE), S(0xb3800000u), 0, S(F_MONE), NX },
    { RV_FADD, false, RMM, S(F_MONE), S(0xb3800000u), 0, S(0xbf800001u), NX },
    /* a tie whose even neighbour is the larger one: RNE and RMM agree */
    { RV_FADD, false, RNE, S(0x3f800001u), S(0x33800000u), 0, S(0x3f800002u), NX },
    { RV_FADD, false, RMM, S(0x3f800001u), S(0x33800000u), 0, S(0x3f800002u), NX },
    { RV_FADD, false, RTZ, S(0x3f800001u), S(0x33800000u), 0, S(0x3f800001u), NX },
    /* above and below the tie: every nearest mode agrees */
    { RV_FADD, true, RNE, D_ONE, 0x3cb8000000000000ull, 0, 0x3ff0000000000002ull, NX },
    { RV_FADD, true, RMM, D_ONE, 0x3cb8000000000000ull, 0, 0x3ff0000000000002ull, NX },
    { RV_FADD, true, RMM, D_ONE, 0x3c98000000000000ull, 0, D_ONE, NX },
    /* 1 + 2^-53 at double precision */
    { RV_FADD, true, RNE, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX },
    { RV_FADD, true, RTZ, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX },
    { RV_FADD, true, RDN, D_ONE, 0x3ca0000000000000ull, 0, D_ONE, NX },
    { RV_FADD, true, RUP, D_ONE, 0x3ca0000000000000ull, 0, 0x3ff0000000000001ull, NX },
    { RV_FADD, true, RMM, D_ONE, 0x3ca0000000000000ull, 0, 0x3ff0000000000001ull, NX },
    { RV_FSUB, true, RMM, D_MONE, 0x3ca0000000000000ull, 0, 0xbff0000000000001ull, NX },
    /* (1 + 3*2^-52) * 1.5 = 1.5 + 4.5*2^-52: a product tie */
    { RV_FMUL, true, RNE, 0x3ff0000000000003ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000004ull, NX },
    { RV_FMUL, true, RMM, 0x3ff0000000000003ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000005ull, NX },
    { RV_FMUL, true, RUP, 0x3ff0000000000003ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000005ull, NX },
    { RV_FMUL, true, RDN, 0x3ff0000000000003ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000004ull, NX },
    { RV_FMUL, true, RMM, 0xbff0000000000003ull, 0x3ff8000000000000ull, 0, 0xbff8000000000005ull, NX },
    /* 1/3 in every mode */
    { RV_FDIV, false, RNE, S(F_ONE), S(0x40400000u), 0, S(0x3eaaaaabu), NX },
    { RV_FDIV, false, RTZ, S(F_ONE), S(0x40400000u), 0, S(0x3eaaaaaau), NX },
    { RV_FDIV, false, RDN, S(F_ONE), S(0x40400000u), 0, S(0x3eaaaaaau), NX },
    { RV_FDIV, false, RUP, S(F_ONE), S(0x40400000u), 0, S(0x3eaaaaabu), NX },
    { RV_FDIV, false, RMM, S(F_ONE), S(0x40400000u), 0, S(0x3eaaaaabu), NX },
    { RV_FDIV, true, RNE, D_ONE, 0x4008000000000000ull, 0, 0x3fd5555555555555ull, NX },
    { RV_FDIV, true, RUP, D_ONE, 0x4008000000000000ull, 0, 0x3fd5555555555556ull, NX },
    { RV_FDIV, true, RMM, D_MONE, 0x4008000000000000ull, 0, 0xbfd5555555555555ull, NX },
    { RV_FDIV, true, RDN, D_MONE, 0x4008000000000000ull, 0, 0xbfd5555555555556ull, NX },
    /* exact cancellation: +0, except -0 when rounding down */
    { RV_FADD, true, RNE, D_ONE, D_MONE, 0, 0, 0 },
    { RV_FADD, true, RTZ, D_ONE, D_MONE, 0, 0, 0 },
    { RV_FADD, true, RUP, D_ONE, D_MONE, 0, 0, 0 },
    { RV_FADD, true, RMM, D_ONE, D_MONE, 0, 0, 0 },
    { RV_FADD, true, RDN, D_ONE, D_MONE, 0, D_MZERO, 0 },
    { RV_FSUB, false, RDN, S(F_ONE), S(F_ONE), 0, S(F_MZERO), 0 },
    { RV_FSUB, false, RMM, S(F_ONE), S(F_ONE), 0, S(0), 0 },
    { RV_FADD, false, RNE, S(F_MZERO), S(F_MZERO), 0, S(F_MZERO), 0 },
};

/* ---- fused multiply-add ------------------------------------------------------------------ */

static const ArithCase fma_cases[] = {
    /* FMADD a*b+c, FMSUB a*b-c, FNMSUB -(a*b)+c, FNMADD -(a*b)-c */
    { RV_FMADD, true, RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0x401c000000000000ull, 0 },
    { RV_FMSUB, true, RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0x4014000000000000ull, 0 },
    { RV_FNMSUB, true, RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0xc014000000000000ull, 0 },
    { RV_FNMADD, true, RNE, D_TWO, 0x4008000000000000ull, D_ONE, 0xc01c000000000000ull, 0 },
    /* signed zeros */
    { RV_FMADD, true, RNE, 0, D_ONE, D_MZERO, 0, 0 },
    { RV_FMADD, true, RDN, 0, D_ONE, D_MZERO, D_MZERO, 0 },
    { RV_FMADD, true, RNE, D_MZERO, D_ONE, D_MZERO, D_MZERO, 0 },
    { RV_FMSUB, true, RNE, 0, D_ONE, 0, 0, 0 },
    { RV_FMSUB, true, RDN, 0, D_ONE, 0, D_MZERO, 0 },
    { RV_FNMSUB, true, RNE, 0, D_ONE, 0, 0, 0 },
    { RV_FNMSUB, true, RNE, 0, D_ONE, D_MZERO, D_MZERO, 0 },
    { RV_FNMADD, true, RNE, 0, D_ONE, 0, D_MZERO, 0 },
    { RV_FNMADD, true, RNE, 0, D_ONE, D_MZERO, 0, 0 },
    { RV_FNMADD, false, RNE, S(F_ONE), S(F_ONE), S(F_MONE), S(0), 0 },
    { RV_FNMADD, false, RDN, S(F_ONE), S(F_ONE), S(F_MONE), S(F_MZERO), 0 },
    { RV_FNMADD, false, RMM, S(F_ONE), S(F_ONE), S(F_MONE), S(0), 0 },
    { RV_FMADD, false, RMM, S(F_MZERO), S(F_ONE), S(F_MZERO), S(F_MZERO), 0 },
    /* single rounding: (1+2^-12)^2 - 1 = 2^-11 + 2^-24 keeps the square term */
    { RV_FMSUB, false, RNE, S(0x3f800800u), S(0x3f800800u), S(F_ONE), S(0x3a000400u), 0 },
    { RV_FMADD, true, RNE, 0x3ff0000004000000ull, 0x3ff0000004000000ull, D_MONE,
      0x3e60000002000000ull, 0 },
    /* (1+2^-23)^2 - 1 = 2^-22 + 2^-46 is a tie after the single rounding */
    { RV_FMSUB, false, RNE, S(0x3f800001u), S(0x3f800001u), S(F_ONE), S(0x34800000u), NX },
    { RV_FMSUB, false, RMM, S(0x3f800001u), S(0x3f800001u), S(F_ONE), S(0x34800001u), NX },
    /* ties under a single rounding */
    { RV_FMADD, false, RNE, S(F_ONE), S(F_ONE), S(0x33800000u), S(F_ONE), NX },
    { RV_FMADD, false, RMM, S(F_ONE), S(F_ONE), S(0x33800000u), S(0x3f800001u), NX },
    { RV_FMADD, true, RNE, D_ONE, D_ONE, 0x3ca0000000000000ull, D_ONE, NX },
    { RV_FMADD, true, RMM, D_ONE, D_ONE, 0x3ca0000000000000ull, 0x3ff0000000000001ull, NX },
    { RV_FNMADD, true, RMM, D_ONE, D_ONE, 0x3ca0000000000000ull, 0xbff0000000000001ull, NX },
    /* inf * 0 is invalid even with a quiet NaN addend */
    { RV_FMADD, true, RNE, D_INF, 0, D_QNAN, D_QNAN, NV },
    { RV_FMADD, false, RNE, S(0), S(F_MINF), S(F_QNAN), S(F_QNAN), NV },
    { RV_FNMADD, true, RMM, 0, D_INF, D_ONE, D_QNAN, NV },
    { RV_FMADD, true, RNE, D_INF, D_ONE, D_MINF, D_QNAN, NV },
    { RV_FMSUB, false, RTZ, S(F_INF), S(F_ONE), S(F_INF), S(F_QNAN), NV },
    { RV_FMADD, true, RNE, D_SNAN, D_ONE, D_ONE, D_QNAN, NV },
    { RV_FMADD, true, RNE, D_ONE, D_ONE, D_SNAN, D_QNAN, NV },
    { RV_FMADD, true, RNE, 0x7ff8000000000123ull, D_ONE, D_ONE, D_QNAN, 0 },
    { RV_FMADD, false, RMM, S(F_ONE), S(F_ONE), S(F_SNAN), S(F_QNAN), NV },
    /* overflow and underflow inside the fused operation */
    { RV_FMADD, true, RNE, D_MAX, D_TWO, D_MINF, D_MINF, 0 },
    { RV_FMADD, true, RNE, D_MAX, D_TWO, D_MONE, D_INF, OF | NX },
    { RV_FMADD, true, RTZ, D_MAX, D_TWO, D_MONE, D_MAX, OF | NX },
    { RV_FMADD, false, RMM, S(F_MAX), S(F_TWO), S(F_MONE), S(F_INF), OF | NX },
    { RV_FMADD, false, RNE, S(0x00000001u), S(F_HALF), S(0), S(0), UF | NX },
    { RV_FMADD, false, RMM, S(0x00000001u), S(F_HALF), S(0), S(0x00000001u), UF | NX },
};

/* ---- overflow, underflow, division by zero, sqrt ----------------------------------------- */

static const ArithCase overflow_cases[] = {
    { RV_FMUL, false, RNE, S(F_MAX), S(F_TWO), 0, S(F_INF), OF | NX },
    { RV_FMUL, false, RTZ, S(F_MAX), S(F_TWO), 0, S(F_MAX), OF | NX },
    { RV_FMUL, false, RDN, S(F_MAX), S(F_TWO), 0, S(F_MAX), OF | NX },
    { RV_FMUL, false, RUP, S(F_MAX), S(F_TWO), 0, S(F_INF), OF | NX },
    { RV_FMUL, false, RMM, S(F_MAX), S(F_TWO), 0, S(F_INF), OF | NX },
    { RV_FMUL, false, RNE, S(0xff7fffffu), S(F_TWO), 0, S(F_MINF), OF | NX },
    { RV_FMUL, false, RTZ, S(0xff7fffffu), S(F_TWO), 0, S(0xff7fffffu), OF | NX },
    { RV_FMUL, false, RDN, S(0xff7fffffu), S(F_TWO), 0, S(F_MINF), OF | NX },
    { RV_FMUL, false, RUP, S(0xff7fffffu), S(F_TWO), 0, S(0xff7fffffu), OF | NX },
    { RV_FMUL, false, RMM, S(0xff7fffffu), S(F_TWO), 0, S(F_MINF), OF | NX },
    { RV_FADD, true, RNE, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RV_FADD, true, RTZ, D_MAX, D_MAX, 0, D_MAX, OF | NX },
    { RV_FADD, true, RDN, D_MAX, D_MAX, 0, D_MAX, OF | NX },
    { RV_FADD, true, RUP, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RV_FADD, true, RMM, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RV_FADD, true, RDN, 0xffefffffffffffffull, 0xffefffffffffffffull, 0, D_MINF, OF | NX },
    { RV_FADD, true, RUP, 0xffefffffffffffffull, 0xffefffffffffffffull, 0, 0xffefffffffffffffull,
      OF | NX },
    /* max + half an ulp is a tie that rounds to the (even) overflow in RNE and RMM */
    { RV_FADD, true, RNE, D_MAX, 0x7c90000000000000ull, 0, D_INF, OF | NX },
    { RV_FADD, true, RMM, D_MAX, 0x7c90000000000000ull, 0, D_INF, OF | NX },
    { RV_FADD, true, RMM, D_MAX, 0x7c8fffffffffffffull, 0, D_MAX, NX },
    /* exact infinities raise nothing */
    { RV_FMUL, true, RNE, D_INF, D_TWO, 0, D_INF, 0 },
    { RV_FADD, false, RMM, S(F_INF), S(F_MAX), 0, S(F_INF), 0 },
};

static const ArithCase underflow_cases[] = {
    /* an exact subnormal result is not an underflow */
    { RV_FMUL, false, RNE, S(F_MINNORM), S(F_HALF), 0, S(0x00400000u), 0 },
    { RV_FMUL, true, RMM, 0x0010000000000000ull, D_HALF, 0, 0x0008000000000000ull, 0 },
    { RV_FSUB, false, RNE, S(F_MINNORM), S(0x00000001u), 0, S(0x007fffffu), 0 },
    /* min subnormal / 2: a tie between 0 and the min subnormal */
    { RV_FMUL, false, RNE, S(0x00000001u), S(F_HALF), 0, S(0), UF | NX },
    { RV_FMUL, false, RTZ, S(0x00000001u), S(F_HALF), 0, S(0), UF | NX },
    { RV_FMUL, false, RDN, S(0x00000001u), S(F_HALF), 0, S(0), UF | NX },
    { RV_FMUL, false, RUP, S(0x00000001u), S(F_HALF), 0, S(0x00000001u), UF | NX },
    { RV_FMUL, false, RMM, S(0x00000001u), S(F_HALF), 0, S(0x00000001u), UF | NX },
    { RV_FMUL, false, RDN, S(0x80000001u), S(F_HALF), 0, S(0x80000001u), UF | NX },
    { RV_FMUL, false, RMM, S(0x80000001u), S(F_HALF), 0, S(0x80000001u), UF | NX },
    { RV_FMUL, false, RNE, S(0x80000001u), S(F_HALF), 0, S(F_MZERO), UF | NX },
    { RV_FMUL, true, RNE, 1, D_HALF, 0, 0, UF | NX },
    { RV_FMUL, true, RMM, 1, D_HALF, 0, 1, UF | NX },
    { RV_FMUL, true, RUP, 1, D_HALF, 0, 1, UF | NX },
    { RV_FMUL, true, RDN, 0x8000000000000001ull, D_HALF, 0, 0x8000000000000001ull, UF | NX },
    /* 2^-126 * (1 - 2^-24) is representable at 24 bits but below 2^-126:
     * tiny after rounding even though it rounds up to the min normal */
    { RV_FMUL, false, RNE, S(F_MINNORM), S(0x3f7fffffu), 0, S(F_MINNORM), UF | NX },
    { RV_FMUL, false, RMM, S(F_MINNORM), S(0x3f7fffffu), 0, S(F_MINNORM), UF | NX },
    { RV_FMUL, false, RTZ, S(F_MINNORM), S(0x3f7fffffu), 0, S(0x007fffffu), UF | NX },
    /* underflow to a subnormal by division */
    { RV_FDIV, true, RNE, 0x0010000000000000ull, 0x4008000000000000ull, 0, 0x0005555555555555ull,
      UF | NX },
    { RV_FDIV, true, RMM, 0x0010000000000000ull, 0x4008000000000000ull, 0, 0x0005555555555555ull,
      UF | NX },
};

static const ArithCase div_sqrt_cases[] = {
    { RV_FDIV, false, RNE, S(F_ONE), S(0), 0, S(F_INF), DZ },
    { RV_FDIV, false, RNE, S(F_MONE), S(0), 0, S(F_MINF), DZ },
    { RV_FDIV, false, RMM, S(F_ONE), S(F_MZERO), 0, S(F_MINF), DZ },
    { RV_FDIV, true, RTZ, D_MONE, D_MZERO, 0, D_INF, DZ },
    { RV_FDIV, true, RNE, D_INF, 0, 0, D_INF, 0 },
    { RV_FDIV, true, RNE, 0, 0, 0, D_QNAN, NV },
    { RV_FDIV, true, RMM, 0, D_MZERO, 0, D_QNAN, NV },
    { RV_FDIV, true, RNE, D_ONE, D_INF, 0, 0, 0 },
    { RV_FSQRT, false, RNE, S(F_MONE), 0, 0, S(F_QNAN), NV },
    { RV_FSQRT, true, RNE, D_MONE, 0, 0, D_QNAN, NV },
    { RV_FSQRT, true, RMM, D_MINF, 0, 0, D_QNAN, NV },
    { RV_FSQRT, true, RNE, 0x8000000000000001ull, 0, 0, D_QNAN, NV },
    { RV_FSQRT, false, RNE, S(F_MZERO), 0, 0, S(F_MZERO), 0 },
    { RV_FSQRT, true, RMM, D_MZERO, 0, 0, D_MZERO, 0 },
    { RV_FSQRT, true, RNE, D_INF, 0, 0, D_INF, 0 },
    { RV_FSQRT, false, RNE, S(0x40800000u), 0, 0, S(F_TWO), 0 },
    { RV_FSQRT, false, RNE, S(F_TWO), 0, 0, S(0x3fb504f3u), NX },
    { RV_FSQRT, false, RTZ, S(F_TWO), 0, 0, S(0x3fb504f3u), NX },
    { RV_FSQRT, false, RUP, S(F_TWO), 0, 0, S(0x3fb504f4u), NX },
    { RV_FSQRT, false, RMM, S(F_TWO), 0, 0, S(0x3fb504f3u), NX },
    { RV_FSQRT, true, RNE, D_TWO, 0, 0, 0x3ff6a09e667f3bcdull, NX },
    { RV_FSQRT, true, RDN, D_TWO, 0, 0, 0x3ff6a09e667f3bccull, NX },
    { RV_FSQRT, true, RMM, D_TWO, 0, 0, 0x3ff6a09e667f3bcdull, NX },
    { RV_FSQRT, true, RNE, 1, 0, 0, 0x1e60000000000000ull, 0 },
};

/* ---- compare and classify ---------------------------------------------------------------- */

static const CmpCase compare_cases[] = {
    { RV_FEQ, true, D_ONE, D_ONE, 1, 0 },
    { RV_FEQ, true, 0, D_MZERO, 1, 0 },
    { RV_FLT, true, D_MZERO, 0, 0, 0 },
    { RV_FLE, true, D_MZERO, 0, 1, 0 },
    { RV_FLT, true, D_MINF, D_MAX, 1, 0 },
    { RV_FLE, true, D_TWO, D_ONE, 0, 0 },
    { RV_FEQ, true, D_QNAN, D_ONE, 0, 0 },
    { RV_FEQ, true, D_QNAN, D_QNAN, 0, 0 },
    { RV_FEQ, true, D_SNAN, D_ONE, 0, NV },
    { RV_FLT, true, D_QNAN, D_ONE, 0, NV },
    { RV_FLE, true, D_ONE, D_QNAN, 0, NV },
    { RV_FLE, true, D_SNAN, D_SNAN, 0, NV },
    { RV_FEQ, false, S(F_ONE), S(F_ONE), 1, 0 },
    { RV_FLT, false, S(0x80000001u), S(0), 1, 0 },
    { RV_FLE, false, S(F_INF), S(F_INF), 1, 0 },
    { RV_FEQ, false, S(F_SNAN), S(F_SNAN), 0, NV },
    { RV_FEQ, false, S(F_QNAN), S(F_ONE), 0, 0 },
    { RV_FLT, false, S(F_ONE), S(F_QNAN), 0, NV },
    /* unboxed inputs are the canonical quiet NaN */
    { RV_FEQ, false, 0x3f800000ull, 0x3f800000ull, 0, 0 },
    { RV_FLE, false, 0x3f800000ull, S(F_TWO), 0, NV },
};

static const ClassCase class_cases[] = {
    { false, S(F_MINF), 1u << 0 },
    { false, S(F_MONE), 1u << 1 },
    { false, S(0x80000001u), 1u << 2 },
    { false, S(0x807fffffu), 1u << 2 },
    { false, S(F_MZERO), 1u << 3 },
    { false, S(0), 1u << 4 },
    { false, S(0x00000001u), 1u << 5 },
    { false, S(F_MINNORM), 1u << 6 },
    { false, S(F_MAX), 1u << 6 },
    { false, S(F_INF), 1u << 7 },
    { false, S(F_SNAN), 1u << 8 },
    { false, S(0xffbfffffu), 1u << 8 },
    { false, S(F_QNAN), 1u << 9 },
    { false, S(0xffc00001u), 1u << 9 },
    { false, 0x000000003f800000ull, 1u << 9 },
    { true, D_MINF, 1u << 0 },
    { true, 0xffefffffffffffffull, 1u << 1 },
    { true, 0x800fffffffffffffull, 1u << 2 },
    { true, D_MZERO, 1u << 3 },
    { true, 0, 1u << 4 },
    { true, 1, 1u << 5 },
    { true, 0x0010000000000000ull, 1u << 6 },
    { true, D_INF, 1u << 7 },
    { true, D_SNAN, 1u << 8 },
    { true, 0xfff7ffffffffffffull, 1u << 8 },
    { true, D_QNAN, 1u << 9 },
    { true, 0xffffffffffffffffull, 1u << 9 },
};

/* ---- conversions ------------------------------------------------------------------------- */

#define X_MIN32 0xffffffff80000000ull
#define X_MAX32 0x000000007fffffffull
#define X_ALL   0xffffffffffffffffull
#define X_MIN64 0x8000000000000000ull
#define X_MAX64 0x7fffffffffffffffull

static const CvtCase fp_to_int_cases[] = {
    /* fcvt.w.s */
    { RV_CVT_W_S, RNE, S(F_QNAN), X_MAX32, NV },
    { RV_CVT_W_S, RNE, S(0xffc00000u), X_MAX32, NV },
    { RV_CVT_W_S, RNE, 0x3f800000ull, X_MAX32, NV },
    { RV_CVT_W_S, RNE, S(F_INF), X_MAX32, NV },
    { RV_CVT_W_S, RNE, S(F_MINF), X_MIN32, NV },
    { RV_CVT_W_S, RNE, S(0x4f000000u), X_MAX32, NV },
    { RV_CVT_W_S, RNE, S(0xcf000000u), X_MIN32, 0 },
    { RV_CVT_W_S, RNE, S(0xcf000001u), X_MIN32, NV },
    { RV_CVT_W_S, RNE, S(0x4effffffu), 0x7fffff80ull, 0 },
    { RV_CVT_W_S, RNE, S(0x3fc00000u), 2, NX },
    { RV_CVT_W_S, RNE, S(0x40200000u), 2, NX },
    { RV_CVT_W_S, RMM, S(0x40200000u), 3, NX },
    { RV_CVT_W_S, RTZ, S(0x40200000u), 2, NX },
    { RV_CVT_W_S, RUP, S(0x40200000u), 3, NX },
    { RV_CVT_W_S, RDN, S(0x40200000u), 2, NX },
    { RV_CVT_W_S, RNE, S(0xc0200000u), (uint64_t)-2, NX },
    { RV_CVT_W_S, RMM, S(0xc0200000u), (uint64_t)-3, NX },
    { RV_CVT_W_S, RTZ, S(0xc0200000u), (uint64_t)-2, NX },
    { RV_CVT_W_S, RUP, S(0xc0200000u), (uint64_t)-2, NX },
    { RV_CVT_W_S, RDN, S(0xc0200000u), (uint64_t)-3, NX },
    { RV_CVT_W_S, RNE, S(F_MZERO), 0, 0 },
    { RV_CVT_W_S, RDN, S(0x00000001u), 0, NX },
    { RV_CVT_W_S, RUP, S(0x00000001u), 1, NX },
    /* fcvt.wu.s: results sign-extended from bit 31 */
    { RV_CVT_WU_S, RNE, S(F_QNAN), X_ALL, NV },
    { RV_CVT_WU_S, RNE, S(F_INF), X_ALL, NV },
    { RV_CVT_WU_S, RNE, S(F_MINF), 0, NV },
    { RV_CVT_WU_S, RNE, S(0x4f800000u), X_ALL, NV },
    { RV_CVT_WU_S, RNE, S(0x4f7fffffu), 0xffffffffffffff00ull, 0 },
    { RV_CVT_WU_S, RNE, S(0x4f32d05eu), 0xffffffffb2d05e00ull, 0 },
    { RV_CVT_WU_S, RNE, S(F_MONE), 0, NV },
    { RV_CVT_WU_S, RTZ, S(0xbf000000u), 0, NX },
    { RV_CVT_WU_S, RNE, S(0xbf000000u), 0, NX },
    { RV_CVT_WU_S, RUP, S(0xbf000000u), 0, NX },
    { RV_CVT_WU_S, RDN, S(0xbf000000u), 0, NV },
    { RV_CVT_WU_S, RMM, S(0xbf000000u), 0, NV },
    { RV_CVT_WU_S, RNE, S(0xbf400000u), 0, NV },
    { RV_CVT_WU_S, RNE, S(F_MZERO), 0, 0 },
    /* fcvt.l.s, fcvt.lu.s */
    { RV_CVT_L_S, RNE, S(F_QNAN), X_MAX64, NV },
    { RV_CVT_L_S, RNE, S(0x5f000000u), X_MAX64, NV },
    { RV_CVT_L_S, RNE, S(0xdf000000u), X_MIN64, 0 },
    { RV_CVT_L_S, RNE, S(0xdf000001u), X_MIN64, NV },
    { RV_CVT_L_S, RNE, S(F_MINF), X_MIN64, NV },
    { RV_CVT_L_S, RNE, S(0x5effffffu), 0x7fffff8000000000ull, 0 },
    { RV_CVT_L_S, RMM, S(0xbfc00000u), (uint64_t)-2, NX },
    { RV_CVT_LU_S, RNE, S(F_QNAN), X_ALL, NV },
    { RV_CVT_LU_S, RNE, S(0x5f800000u), X_ALL, NV },
    { RV_CVT_LU_S, RNE, S(0x5f7fffffu), 0xffffff0000000000ull, 0 },
    { RV_CVT_LU_S, RNE, S(F_MONE), 0, NV },
    { RV_CVT_LU_S, RNE, S(F_MINF), 0, NV },
    { RV_CVT_LU_S, RTZ, S(0xbf7fffffu), 0, NX },
    { RV_CVT_LU_S, RMM, S(0x3f000000u), 1, NX },
    /* fcvt.w.d: 2147483647.5 and -2147483648.5 sit on the edges */
    { RV_CVT_W_D, RNE, D_QNAN, X_MAX32, NV },
    { RV_CVT_W_D, RNE, 0x41dfffffffe00000ull, X_MAX32, NV },
    { RV_CVT_W_D, RTZ, 0x41dfffffffe00000ull, X_MAX32, NX },
    { RV_CVT_W_D, RDN, 0x41dfffffffe00000ull, X_MAX32, NX },
    { RV_CVT_W_D, RUP, 0x41dfffffffe00000ull, X_MAX32, NV },
    { RV_CVT_W_D, RMM, 0x41dfffffffe00000ull, X_MAX32, NV },
    { RV_CVT_W_D, RNE, 0xc1e0000000100000ull, X_MIN32, NX },
    { RV_CVT_W_D, RTZ, 0xc1e0000000100000ull, X_MIN32, NX },
    { RV_CVT_W_D, RMM, 0xc1e0000000100000ull, X_MIN32, NV },
    { RV_CVT_W_D, RDN, 0xc1e0000000100000ull, X_MIN32, NV },
    { RV_CVT_W_D, RNE, 0xc1e0000000000000ull, X_MIN32, 0 },
    { RV_CVT_W_D, RNE, D_INF, X_MAX32, NV },
    { RV_CVT_W_D, RNE, D_MINF, X_MIN32, NV },
    { RV_CVT_W_D, RNE, 0x3fe0000000000000ull, 0, NX },
    { RV_CVT_W_D, RMM, 0x3fe0000000000000ull, 1, NX },
    { RV_CVT_W_D, RMM, 0xbfe0000000000000ull, (uint64_t)-1, NX },
    /* fcvt.wu.d: 4294967295.5 */
    { RV_CVT_WU_D, RTZ, 0x41efffffffff0000ull, X_ALL, NX },
    { RV_CVT_WU_D, RNE, 0x41efffffffff0000ull, X_ALL, NV },
    { RV_CVT_WU_D, RMM, 0x41efffffffff0000ull, X_ALL, NV },
    { RV_CVT_WU_D, RNE, 0x41efffffffe00000ull, X_ALL, 0 },
    { RV_CVT_WU_D, RNE, 0x41e0000000000000ull, 0xffffffff80000000ull, 0 },
    { RV_CVT_WU_D, RTZ, 0xbfe0000000000000ull, 0, NX },
    { RV_CVT_WU_D, RUP, 0xbfe0000000000000ull, 0, NX },
    { RV_CVT_WU_D, RNE, 0xbfe0000000000000ull, 0, NX },
    { RV_CVT_WU_D, RDN, 0xbfe0000000000000ull, 0, NV },
    { RV_CVT_WU_D, RMM, 0xbfe0000000000000ull, 0, NV },
    { RV_CVT_WU_D, RNE, D_MONE, 0, NV },
    { RV_CVT_WU_D, RNE, D_MZERO, 0, 0 },
    { RV_CVT_WU_D, RNE, D_SNAN, X_ALL, NV },
    /* fcvt.l.d, fcvt.lu.d */
    { RV_CVT_L_D, RNE, 0x43e0000000000000ull, X_MAX64, NV },
    { RV_CVT_L_D, RNE, 0x43dfffffffffffffull, 0x7ffffffffffffc00ull, 0 },
    { RV_CVT_L_D, RNE, 0xc3e0000000000000ull, X_MIN64, 0 },
    { RV_CVT_L_D, RNE, 0xc3e0000000000001ull, X_MIN64, NV },
    { RV_CVT_L_D, RNE, D_QNAN, X_MAX64, NV },
    { RV_CVT_L_D, RNE, D_INF, X_MAX64, NV },
    { RV_CVT_L_D, RNE, D_MINF, X_MIN64, NV },
    { RV_CVT_L_D, RNE, 0x4330000000000001ull, 0x0010000000000001ull, 0 },
    { RV_CVT_L_D, RNE, 0x432ffffffffffffdull, 0x000ffffffffffffeull, NX },
    { RV_CVT_L_D, RMM, 0x432ffffffffffffdull, 0x000fffffffffffffull, NX },
    { RV_CVT_L_D, RTZ, 0xc32ffffffffffffdull, (uint64_t)-0x000ffffffffffffeull, NX },
    { RV_CVT_LU_D, RNE, 0x43f0000000000000ull, X_ALL, NV },
    { RV_CVT_LU_D, RNE, 0x43efffffffffffffull, 0xfffffffffffff800ull, 0 },
    { RV_CVT_LU_D, RNE, D_MZERO, 0, 0 },
    { RV_CVT_LU_D, RNE, D_MINF, 0, NV },
    { RV_CVT_LU_D, RNE, D_QNAN, X_ALL, NV },
    { RV_CVT_LU_D, RUP, 1, 1, NX },
    { RV_CVT_LU_D, RDN, 0x8000000000000001ull, 0, NV },
    { RV_CVT_LU_D, RUP, 0x8000000000000001ull, 0, NX },
};

static const CvtCase int_to_fp_cases[] = {
    /* 2^24 + 1 is a tie at single precision */
    { RV_CVT_S_W, RNE, 0x1000001, S(0x4b800000u), NX },
    { RV_CVT_S_W, RTZ, 0x1000001, S(0x4b800000u), NX },
    { RV_CVT_S_W, RUP, 0x1000001, S(0x4b800001u), NX },
    { RV_CVT_S_W, RMM, 0x1000001, S(0x4b800001u), NX },
    { RV_CVT_S_W, RDN, 0xfeffffff, S(0xcb800001u), NX },
    { RV_CVT_S_W, RMM, 0xfeffffff, S(0xcb800001u), NX },
    { RV_CVT_S_W, RNE, 0xfeffffff, S(0xcb800000u), NX },
    { RV_CVT_S_W, RNE, 0x00000000ffffffffull, S(F_MONE), 0 },
    { RV_CVT_S_W, RNE, 0x80000000, S(0xcf000000u), 0 },
    { RV_CVT_S_W, RNE, 0, S(0), 0 },
    { RV_CVT_S_WU, RNE, 0x12345678ffffffffull, S(0x4f800000u), NX },
    { RV_CVT_S_WU, RTZ, 0xffffffff, S(0x4f7fffffu), NX },
    { RV_CVT_S_L, RNE, X_MIN64, S(0xdf000000u), 0 },
    { RV_CVT_S_L, RNE, X_ALL, S(F_MONE), 0 },
    { RV_CVT_S_L, RMM, X_MAX64, S(0x5f000000u), NX },
    { RV_CVT_S_L, RTZ, X_MAX64, S(0x5effffffu), NX },
    { RV_CVT_S_LU, RNE, X_ALL, S(0x5f800000u), NX },
    { RV_CVT_S_LU, RDN, X_ALL, S(0x5f7fffffu), NX },
    { RV_CVT_D_W, RNE, 0x00000000ffffffffull, D_MONE, 0 },
    { RV_CVT_D_W, RNE, 0x80000000, 0xc1e0000000000000ull, 0 },
    { RV_CVT_D_WU, RNE, 0xffffffffffffffffull, 0x41efffffffe00000ull, 0 },
    { RV_CVT_D_L, RNE, 0x20000000000001ull, 0x4340000000000000ull, NX },
    { RV_CVT_D_L, RMM, 0x20000000000001ull, 0x4340000000000001ull, NX },
    { RV_CVT_D_L, RMM, (uint64_t)-0x20000000000001ll, 0xc340000000000001ull, NX },
    { RV_CVT_D_L, RNE, 0x20000000000003ull, 0x4340000000000002ull, NX },
    { RV_CVT_D_L, RNE, X_MIN64, 0xc3e0000000000000ull, 0 },
    { RV_CVT_D_LU, RNE, X_ALL, 0x43f0000000000000ull, NX },
    { RV_CVT_D_LU, RTZ, X_ALL, 0x43efffffffffffffull, NX },
    { RV_CVT_D_LU, RNE, 0, 0, 0 },
};

static const CvtCase fp_to_fp_cases[] = {
    /* fcvt.s.d: 1 + 2^-24 is a tie */
    { RV_CVT_S_D, RNE, 0x3ff0000010000000ull, S(F_ONE), NX },
    { RV_CVT_S_D, RMM, 0x3ff0000010000000ull, S(0x3f800001u), NX },
    { RV_CVT_S_D, RUP, 0x3ff0000000000001ull, S(0x3f800001u), NX },
    { RV_CVT_S_D, RDN, 0xbff0000000000001ull, S(0xbf800001u), NX },
    { RV_CVT_S_D, RTZ, 0xbff0000000000001ull, S(F_MONE), NX },
    { RV_CVT_S_D, RNE, D_MAX, S(F_INF), OF | NX },
    { RV_CVT_S_D, RTZ, D_MAX, S(F_MAX), OF | NX },
    { RV_CVT_S_D, RDN, 0xffefffffffffffffull, S(F_MINF), OF | NX },
    { RV_CVT_S_D, RNE, 1, S(0), UF | NX },
    { RV_CVT_S_D, RUP, 1, S(0x00000001u), UF | NX },
    { RV_CVT_S_D, RNE, 0x36a0000000000000ull, S(0x00000001u), 0 },
    { RV_CVT_S_D, RNE, 0x3690000000000000ull, S(0), UF | NX },
    { RV_CVT_S_D, RMM, 0x3690000000000000ull, S(0x00000001u), UF | NX },
    /* 2^-126 (1 - 2^-30): rounds to 2^-126 at 24 bits, so not tiny after rounding */
    { RV_CVT_S_D, RNE, 0x380fffffff800000ull, S(F_MINNORM), NX },
    { RV_CVT_S_D, RTZ, 0x380fffffff800000ull, S(0x007fffffu), UF | NX },
    { RV_CVT_S_D, RNE, D_SNAN, S(F_QNAN), NV },
    { RV_CVT_S_D, RNE, 0xfff8000000000123ull, S(F_QNAN), 0 },
    { RV_CVT_S_D, RNE, D_MINF, S(F_MINF), 0 },
    { RV_CVT_S_D, RNE, D_MZERO, S(F_MZERO), 0 },
    /* fcvt.d.s is exact */
    { RV_CVT_D_S, RNE, S(F_SNAN), D_QNAN, NV },
    { RV_CVT_D_S, RNE, S(0xffc00123u), D_QNAN, 0 },
    { RV_CVT_D_S, RNE, 0x3f800000ull, D_QNAN, 0 },
    { RV_CVT_D_S, RNE, S(0x00000001u), 0x36a0000000000000ull, 0 },
    { RV_CVT_D_S, RNE, S(F_MAX), 0x47efffffe0000000ull, 0 },
    { RV_CVT_D_S, RNE, S(F_MINF), D_MINF, 0 },
    { RV_CVT_D_S, RNE, S(F_MZERO), D_MZERO, 0 },
};

/* ---- tests ------------------------------------------------------------------------------- */

static void test_nan_boxing(void)
{
    g_assert_cmphex(rv_fp_box32(0x3f800000u), ==, 0xffffffff3f800000ull);
    g_assert_cmphex(rv_fp_unbox32(0xffffffff3f800000ull), ==, 0x3f800000u);
    g_assert_cmphex(rv_fp_unbox32(0x000000003f800000ull), ==, RV_F32_CANONICAL_NAN);
    g_assert_cmphex(rv_fp_unbox32(0x7fffffff3f800000ull), ==, RV_F32_CANONICAL_NAN);
    g_assert_cmphex(rv_fp_fmv_x_w(0x12345678bf800000ull), ==, 0xffffffffbf800000ull);
    g_assert_cmphex(rv_fp_fmv_x_w(0xffffffff3f800000ull), ==, 0x000000003f800000ull);
    RUN(run_arith, nan_boxing_cases);
}

static void test_canonical_nan(void) { RUN(run_arith, canonical_nan_cases); }
static void test_min_max(void)       { RUN(run_arith, min_max_cases); }
static void test_sgnj(void)          { RUN(run_arith, sgnj_cases); }
static void test_rounding(void)      { RUN(run_arith, rounding_cases); }
static void test_fma(void)           { RUN(run_arith, fma_cases); }
static void test_overflow(void)      { RUN(run_arith, overflow_cases); }
static void test_underflow(void)     { RUN(run_arith, underflow_cases); }
static void test_div_sqrt(void)      { RUN(run_arith, div_sqrt_cases); }
static void test_compare(void)       { RUN(run_cmp, compare_cases); }
static void test_fp_to_int(void)     { RUN(run_cvt, fp_to_int_cases); }
static void test_int_to_fp(void)     { RUN(run_cvt, int_to_fp_cases); }
static void test_fp_to_fp(void)      { RUN(run_cvt, fp_to_fp_cases); }

static void test_class(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(class_cases); i++) {
        uint64_t got = rv_fp_class(class_cases[i].dbl, class_cases[i].a);
        if (got != class_cases[i].want) {
            g_printerr("case %zu: fclass got %#" G_GINT64_MODIFIER "x, want %#"
                       G_GINT64_MODIFIER "x\n", i, got, class_cases[i].want);
            g_test_fail();
        }
    }
}

/* Flags accumulate (ORed, never cleared), and the host's own rounding mode
 * and exception state survive a call. */
static void test_flags_accumulate(void)
{
    uint32_t flags = RV_FFLAG_DZ;
    rv_fp_arith(RV_FADD, true, D_ONE, 0x3ca0000000000000ull, 0, RUP, &flags);
    g_assert_cmphex(flags, ==, RV_FFLAG_DZ | RV_FFLAG_NX);
    rv_fp_arith(RV_FADD, true, D_ONE, D_ONE, 0, RNE, &flags);
    g_assert_cmphex(flags, ==, RV_FFLAG_DZ | RV_FFLAG_NX);
    rv_fp_convert(RV_CVT_W_D, D_QNAN, RNE, &flags);
    g_assert_cmphex(flags, ==, RV_FFLAG_DZ | RV_FFLAG_NX | RV_FFLAG_NV);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/rv-fpu/nan-boxing", test_nan_boxing);
    g_test_add_func("/rv-fpu/canonical-nan", test_canonical_nan);
    g_test_add_func("/rv-fpu/min-max", test_min_max);
    g_test_add_func("/rv-fpu/sign-injection", test_sgnj);
    g_test_add_func("/rv-fpu/rounding-modes", test_rounding);
    g_test_add_func("/rv-fpu/fused-multiply-add", test_fma);
    g_test_add_func("/rv-fpu/overflow", test_overflow);
    g_test_add_func("/rv-fpu/underflow", test_underflow);
    g_test_add_func("/rv-fpu/div-sqrt", test_div_sqrt);
    g_test_add_func("/rv-fpu/compare", test_compare);
    g_test_add_func("/rv-fpu/class", test_class);
    g_test_add_func("/rv-fpu/convert/fp-to-int", test_fp_to_int);
    g_test_add_func("/rv-fpu/convert/int-to-fp", test_int_to_fp);
    g_test_add_func("/rv-fpu/convert/fp-to-fp", test_fp_to_fp);
    g_test_add_func("/rv-fpu/flags-accumulate", test_flags_accumulate);
    return g_test_run();
}
