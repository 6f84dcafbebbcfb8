/*
 * A64 scalar floating point: the "Floating-point data-processing" and
 * "Conversion between floating-point and integer / fixed-point" encodings
 * (FMOV in all its forms, FABS/FNEG/FSQRT, FCVT between precisions,
 * FRINT*, FADD..FNMUL, FMAX/FMIN(NM), FMADD/FMSUB/FNMADD/FNMSUB,
 * FCMP/FCMPE, FCCMP/FCCMPE, FCSEL, FCVT[NPMZA][SU], SCVTF/UCVTF with and
 * without fraction bits) for single and double precision; half precision
 * only as a conversion source or destination.
 *
 * in->size is the precision (2 single, 3 double, 1 half) and in->cond the
 * sub-operation; the arithmetic, NaN rules and FPSR flags live in fp-ops.c.
 * Writing a scalar FP register clears the rest of the vector register.
 */
#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"

static inline uint64_t fpr(const Cpu *c, unsigned r, unsigned size)
{
    switch (size) {
    case 1: return c->a64.v[r].h[0];
    case 2: return c->a64.v[r].s[0];
    default: return c->a64.v[r].d[0];
    }
}
static inline void fpw(Cpu *c, unsigned r, uint64_t v) { c->a64.v[r].q = v; }

/* ftype (bits 23:22): 00 single, 01 double, 11 half. */
static bool fmt_ftype(uint32_t w, A64Insn *in)
{
    static const uint8_t sizes[4] = { 2, 3, 0, 1 };
    in->size = sizes[bits_of(w, 23, 22)];
    return in->size >= 2;       /* half-precision arithmetic is not implemented */
}

static bool fmt_fp_2src(uint32_t w, A64Insn *in)
{
    static const uint8_t ops[9] = { FPOP_MUL, FPOP_DIV, FPOP_ADD, FPOP_SUB, FPOP_MAX,
                                    FPOP_MIN, FPOP_MAXNM, FPOP_MINNM, FPOP_NMUL };
    unsigned opcode = bits_of(w, 15, 12);
    if (opcode > 8)
        return false;
    in->cond = ops[opcode];
    return fmt_ftype(w, in);
}
static void h_fp_2src(Cpu *c, const A64Insn *i)
{
    uint64_t a = fpr(c, i->rn, i->size), b = fpr(c, i->rm, i->size);
    fpw(c, i->rd, i->size == 3 ? a64_fp_binop64(c, i->cond, a, b)
                               : a64_fp_binop32(c, i->cond, a, b));
}
/* The two hottest get their own handlers with no operation switch. */
static void h_fadd_d(Cpu *c, const A64Insn *i)
{
    fpw(c, i->rd, a64_fp_binop64(c, FPOP_ADD, c->a64.v[i->rn].d[0], c->a64.v[i->rm].d[0]));
}
static void h_fmul_d(Cpu *c, const A64Insn *i)
{
    fpw(c, i->rd, a64_fp_binop64(c, FPOP_MUL, c->a64.v[i->rn].d[0], c->a64.v[i->rm].d[0]));
}
static bool fmt_fp_2src_fast(uint32_t w, A64Insn *in)
{
    if (!fmt_fp_2src(w, in))
        return false;
    if (in->size == 3 && in->cond == FPOP_ADD)
        in->fn = h_fadd_d;
    else if (in->size == 3 && in->cond == FPOP_MUL)
        in->fn = h_fmul_d;
    return true;
}

/* 3-source: aux bit 0 negates the product, bit 1 negates the addend. */
static bool fmt_fp_3src(uint32_t w, A64Insn *in)
{
    unsigned o1 = bits_of(w, 21, 21), o0 = bits_of(w, 15, 15);
    in->aux = (o0 ^ o1) | (o1 << 1);
    return fmt_ftype(w, in);
}
static void h_fp_3src(Cpu *c, const A64Insn *i)
{
    uint64_t sign = i->size == 3 ? 1ull << 63 : 1ull << 31;
    uint64_t n = fpr(c, i->rn, i->size), m = fpr(c, i->rm, i->size), a = fpr(c, i->ra, i->size);
    if (i->aux & 1) n ^= sign;
    if (i->aux & 2) a ^= sign;
    fpw(c, i->rd, i->size == 3 ? a64_fp_fma64(c, a, n, m) : a64_fp_fma32(c, a, n, m));
}

/* 1-source: cond = opcode (bits 20:15). */
static bool fmt_fp_1src(uint32_t w, A64Insn *in)
{
    unsigned type = bits_of(w, 23, 22), opcode = bits_of(w, 20, 15);
    in->cond = opcode;
    if (type == 3)
        in->size = 1;
    else if (type == 2)
        return false;
    else
        in->size = 2 + type;
    if (opcode >= 4 && opcode <= 7) {   /* FCVT: to single, double, -, half */
        if (opcode == 6)
            return false;
        static const uint8_t to[4] = { 2, 3, 0, 1 };
        in->aux = to[opcode - 4];
        return in->aux != in->size;
    }
    if (in->size == 1)
        return false;
    return opcode <= 3 || (opcode >= 8 && opcode <= 15 && opcode != 13);
}
static void h_fp_1src(Cpu *c, const A64Insn *i)
{
    bool dbl = i->size == 3;
    uint64_t a = fpr(c, i->rn, i->size), sign = dbl ? 1ull << 63 : 1ull << 31, r;
    switch (i->cond) {
    case 0: r = a; break;
    case 1: r = a & ~sign; break;
    case 2: r = a ^ sign; break;
    case 3: r = dbl ? a64_fp_sqrt64(c, a) : a64_fp_sqrt32(c, a); break;
    case 4: case 5: case 7: r = a64_fp_convert(c, a, i->size, i->aux); break;
    case 8: r = a64_fp_round(c, a, dbl, 0, false); break;      /* FRINTN */
    case 9: r = a64_fp_round(c, a, dbl, 1, false); break;      /* FRINTP */
    case 10: r = a64_fp_round(c, a, dbl, 2, false); break;     /* FRINTM */
    case 11: r = a64_fp_round(c, a, dbl, 3, false); break;     /* FRINTZ */
    case 12: r = a64_fp_round(c, a, dbl, 4, false); break;     /* FRINTA */
    case 14: r = a64_fp_round(c, a, dbl, 5, true); break;      /* FRINTX */
    default: r = a64_fp_round(c, a, dbl, 5, false); break;     /* FRINTI */
    }
    fpw(c, i->rd, r);
}

static bool fmt_fcmp(uint32_t w, A64Insn *in)
{
    in->aux = bits_of(w, 4, 4);         /* FCMPE */
    in->flags = bits_of(w, 3, 3);       /* compare with zero */
    /* Rm of the compare-with-zero forms is ignored, as capstone has it. */
    return fmt_ftype(w, in);
}
static void h_fcmp(Cpu *c, const A64Insn *i)
{
    uint64_t a = fpr(c, i->rn, i->size), b = i->flags ? 0 : fpr(c, i->rm, i->size);
    c->a64.nzcv = i->size == 3 ? a64_fp_cmp64(c, a, b, i->aux) : a64_fp_cmp32(c, a, b, i->aux);
}

static bool fmt_fccmp(uint32_t w, A64Insn *in)
{
    in->aux = bits_of(w, 4, 4);
    in->cond = bits_of(w, 15, 12);
    in->imm = (uint64_t)(w & 15) << 28;
    return fmt_ftype(w, in);
}
static void h_fccmp(Cpu *c, const A64Insn *i)
{
    if (!cond_holds(c->a64.nzcv, i->cond)) {
        c->a64.nzcv = i->imm;
        return;
    }
    uint64_t a = fpr(c, i->rn, i->size), b = fpr(c, i->rm, i->size);
    c->a64.nzcv = i->size == 3 ? a64_fp_cmp64(c, a, b, i->aux) : a64_fp_cmp32(c, a, b, i->aux);
}

static bool fmt_fcsel(uint32_t w, A64Insn *in)
{
    in->cond = bits_of(w, 15, 12);
    return fmt_ftype(w, in);
}
static void h_fcsel(Cpu *c, const A64Insn *i)
{
    unsigned r = cond_holds(c->a64.nzcv, i->cond) ? i->rn : i->rm;
    fpw(c, i->rd, fpr(c, r, i->size));
}

static bool fmt_fmov_imm(uint32_t w, A64Insn *in)
{
    if (!fmt_ftype(w, in))
        return false;
    in->imm = a64_fp_expand_imm(bits_of(w, 20, 13), in->size == 3);
    return true;
}
static void h_fmov_imm(Cpu *c, const A64Insn *i) { fpw(c, i->rd, i->imm); }

/* ---- conversions between FP and integer ---- */

/* cond = rounding (0 N, 1 P, 2 M, 3 Z, 4 A), aux = unsigned, amt = fbits. */
static void h_fcvt_int(Cpu *c, const A64Insn *i)
{
    uint64_t r = a64_fp_to_int(c, fpr(c, i->rn, i->size), i->size == 3, i->aux, i->sf,
                               i->cond, i->amt);
    xw(c, i->rd, i->sf, r);
}
static void h_cvtf(Cpu *c, const A64Insn *i)
{
    fpw(c, i->rd, a64_int_to_fp(c, xr(c, i->rn), i->aux, i->sf, i->size == 3, i->amt));
}
static void h_fmov_to_gpr(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, fpr(c, i->rn, i->size)); }
static void h_fmov_from_gpr(Cpu *c, const A64Insn *i)
{
    fpw(c, i->rd, i->size == 3 ? xr(c, i->rn) : (uint32_t)xr(c, i->rn));
}
static void h_fmov_to_gpr_top(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, c->a64.v[i->rn].d[1]); }
static void h_fmov_from_gpr_top(Cpu *c, const A64Insn *i) { c->a64.v[i->rd].d[1] = xr(c, i->rn); }

static bool fmt_fp_int(uint32_t w, A64Insn *in)
{
    unsigned type = bits_of(w, 23, 22), rmode = bits_of(w, 20, 19), opcode = bits_of(w, 18, 16);
    if (opcode >= 6) {      /* FMOV */
        if (rmode == 1 && type == 2 && in->sf) {
            in->fn = opcode == 6 ? h_fmov_to_gpr_top : h_fmov_from_gpr_top;
            return true;
        }
        if (rmode || type != in->sf)
            return false;
        in->size = 2 + type;
        in->fn = opcode == 6 ? h_fmov_to_gpr : h_fmov_from_gpr;
        return true;
    }
    if (!fmt_ftype(w, in))
        return false;
    if (opcode == 2 || opcode == 3) {   /* SCVTF, UCVTF */
        if (rmode)
            return false;
        in->aux = opcode & 1;
        in->fn = h_cvtf;
        return true;
    }
    if (opcode >= 4) {                  /* FCVTAS, FCVTAU */
        if (rmode)
            return false;
        in->cond = 4;
    } else {
        in->cond = rmode == 0 ? 0 : rmode;  /* N P M Z */
    }
    in->aux = opcode & 1;
    in->fn = h_fcvt_int;
    return true;
}

static bool fmt_fp_fixed(uint32_t w, A64Insn *in)
{
    unsigned rmode = bits_of(w, 20, 19), opcode = bits_of(w, 18, 16), scale = bits_of(w, 15, 10);
    if (!in->sf && scale < 32)
        return false;
    if (!fmt_ftype(w, in))
        return false;
    in->amt = 64 - scale;
    in->aux = opcode & 1;
    if (rmode == 0 && (opcode == 2 || opcode == 3)) {
        in->fn = h_cvtf;
        return true;
    }
    if (rmode == 3 && opcode <= 1) {
        in->cond = 3;
        in->fn = h_fcvt_int;
        return true;
    }
    return false;
}

/* ---- for the translator (ops.h) ---- */

A64Op a64_fp_op(A64Handler *fn)
{
    static const struct { A64Handler *fn; A64Op op; } ops[] = {
        { h_fp_2src, A64_OP_FP2 }, { h_fadd_d, A64_OP_FP2 }, { h_fmul_d, A64_OP_FP2 },
        { h_fp_1src, A64_OP_FP1 }, { h_fp_3src, A64_OP_FP3 }, { h_fmov_imm, A64_OP_FMOV_IMM },
        { h_fmov_to_gpr, A64_OP_FMOV_TO_GPR }, { h_fmov_from_gpr, A64_OP_FMOV_FROM_GPR },
        { h_fcmp, A64_OP_FCMP }, { h_fccmp, A64_OP_FCCMP }, { h_fcsel, A64_OP_FCSEL },
        { h_fcvt_int, A64_OP_FCVT_INT }, { h_cvtf, A64_OP_CVTF },
    };
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (ops[k].fn == fn)
            return ops[k].op;
    return A64_OP_NONE;
}

/* FMOV Xd, Vn.D[1] and FMOV Vd.D[1], Xn are moves of the upper half. */
A64SimdOp a64_fp_simd_op(const A64Insn *in)
{
    return in->fn == h_fmov_to_gpr_top ? A64_SIMD_MOV_FROM_TOP
         : in->fn == h_fmov_from_gpr_top ? A64_SIMD_MOV_TO_TOP : A64_SIMD_NONE;
}

const A64Pattern a64_fp_patterns[] = {
    { 0xff200c00, 0x1e200800, fmt_fp_2src_fast, h_fp_2src, "fmul fdiv fadd fsub fmax fmin fmaxnm fminnm fnmul", 0 },
    { 0xff000000, 0x1f000000, fmt_fp_3src, h_fp_3src, "fmadd fmsub fnmadd fnmsub", 0 },
    { 0xff207c00, 0x1e204000, fmt_fp_1src, h_fp_1src, "fmov fabs fneg fsqrt fcvt frintn frintp frintm frintz frinta frintx frinti", 0 },
    { 0xff20fc07, 0x1e202000, fmt_fcmp, h_fcmp, "fcmp fcmpe", 0 },
    { 0xff200c00, 0x1e200400, fmt_fccmp, h_fccmp, "fccmp fccmpe", 0 },
    { 0xff200c00, 0x1e200c00, fmt_fcsel, h_fcsel, "fcsel", 0 },
    { 0xff201fe0, 0x1e201000, fmt_fmov_imm, h_fmov_imm, "fmov", 0 },
    { 0x7f20fc00, 0x1e200000, fmt_fp_int, NULL, "fcvtns fcvtnu scvtf ucvtf fcvtas fcvtau fmov fcvtps fcvtpu fcvtms fcvtmu fcvtzs fcvtzu", 0 },
    { 0x7f200000, 0x1e000000, fmt_fp_fixed, NULL, "scvtf ucvtf fcvtzs fcvtzu", 0 },
    { 0 },
};
