/*
 * Advanced SIMD, part 2: three registers of the same type (integer, bitwise
 * and FP; vector, pairwise and scalar), three different (the long, wide
 * and high-narrow forms), shift by immediate (vector and scalar, including
 * the narrowing and the fixed-point conversions), vector x indexed element,
 * and scalar pairwise.
 *
 * The integer three-same lane operation is keyed by U:opcode (in->cond) as
 * the Arm ARM's encoding table lists it, so the switch below reads like
 * that table.  Lane conventions are in simd.h.
 */
#include <string.h>

#include "translate/aarch64/simd.h"

/* Shift of a lane by a signed amount (SSHL/USHL and rounding forms). */
static uint64_t shl_lane(uint64_t x, int64_t sh, unsigned size, bool u, bool round)
{
    unsigned bits = 8u << size;
    __int128 v = u ? (__int128)x : (__int128)slane(x, size);
    if (sh >= 0) {
        if (sh >= (int)bits)
            return 0;
        return (x << sh) & lane_mask(size);     /* the low bits: same for both signs */
    }
    int64_t r = -sh;
    if (r > (int)bits)
        r = bits + 1;
    __int128 res = round ? (v + ((__int128)1 << (r - 1))) >> r : v >> r;
    return (uint64_t)res & lane_mask(size);
}

/* Saturating shift of a lane by a signed amount (SQSHL, UQSHL, SQRSHL,
 * UQRSHL by register): right shifts cannot overflow; left shifts saturate
 * and set FPSR.QC when bits are lost. */
static uint64_t qshl_lane(Cpu *c, uint64_t x, int64_t sh, unsigned size, bool u, bool round)
{
    unsigned bits = 8u << size;
    if (sh <= 0)
        return shl_lane(x, sh, size, u, round);
    if (u) {
        if (sh >= (int)bits ? x != 0 : (x >> (bits - sh)) != 0) {
            c->a64.fpsr |= FPSR_QC;
            return lane_mask(size);
        }
        return (x << sh) & lane_mask(size);
    }
    __int128 v = slane(x, size);
    if (sh >= (int)bits)
        return v == 0 ? 0 : sat_signed(c, v < 0 ? -((__int128)1 << 64) : (__int128)1 << 64, size);
    return sat_signed(c, v * ((__int128)1 << sh), size);
}

static uint64_t same_lane(Cpu *c, unsigned key, unsigned size, uint64_t a, uint64_t b, uint64_t d)
{
    uint64_t m = lane_mask(size);
    int64_t sa = slane(a, size), sb = slane(b, size);
    switch (key) {
    case 0x00: return (uint64_t)((sa + (__int128)sb) >> 1) & m;
    case 0x20: return (uint64_t)(((unsigned __int128)a + b) >> 1) & m;
    case 0x01: return sat_signed(c, (__int128)sa + sb, size);
    case 0x21: return sat_unsigned(c, (__int128)a + b, size);
    case 0x02: return (uint64_t)((sa + (__int128)sb + 1) >> 1) & m;
    case 0x22: return (uint64_t)(((unsigned __int128)a + b + 1) >> 1) & m;
    case 0x04: return (uint64_t)((sa - (__int128)sb) >> 1) & m;
    case 0x24: return (uint64_t)(((__int128)a - (__int128)b) >> 1) & m;
    case 0x05: return sat_signed(c, (__int128)sa - sb, size);
    case 0x25: return sat_unsigned(c, (__int128)a - (__int128)b, size);
    case 0x06: return sa > sb ? m : 0;
    case 0x26: return a > b ? m : 0;
    case 0x07: return sa >= sb ? m : 0;
    case 0x27: return a >= b ? m : 0;
    case 0x08: return shl_lane(a, (int8_t)b, size, false, false);
    case 0x28: return shl_lane(a, (int8_t)b, size, true, false);
    case 0x0a: return shl_lane(a, (int8_t)b, size, false, true);
    case 0x2a: return shl_lane(a, (int8_t)b, size, true, true);
    case 0x09: return qshl_lane(c, a, (int8_t)b, size, false, false);
    case 0x29: return qshl_lane(c, a, (int8_t)b, size, true, false);
    case 0x0b: return qshl_lane(c, a, (int8_t)b, size, false, true);
    case 0x2b: return qshl_lane(c, a, (int8_t)b, size, true, true);
    case 0x0c: case 0x14: return sa > sb ? a : b;
    case 0x2c: case 0x34: return a > b ? a : b;
    case 0x0d: case 0x15: return sa < sb ? a : b;
    case 0x2d: case 0x35: return a < b ? a : b;
    case 0x0e: return (uint64_t)(sa > sb ? (__int128)sa - sb : (__int128)sb - sa) & m;
    case 0x2e: return (a > b ? a - b : b - a) & m;
    case 0x0f: return (d + (uint64_t)(sa > sb ? (__int128)sa - sb : (__int128)sb - sa)) & m;
    case 0x2f: return (d + (a > b ? a - b : b - a)) & m;
    case 0x10: case 0x17: return (a + b) & m;
    case 0x30: return (a - b) & m;
    case 0x11: return (a & b) ? m : 0;
    case 0x31: return a == b ? m : 0;
    case 0x12: return (d + a * b) & m;
    case 0x32: return (d - a * b) & m;
    case 0x13: return (a * b) & m;
    case 0x33: {        /* PMUL: carry-less, bytes */
        uint64_t r = 0;
        for (int k = 0; k < 8; k++)
            if ((b >> k) & 1)
                r ^= a << k;
        return r & 0xff;
    }
    case 0x16: case 0x36: {     /* SQDMULH, SQRDMULH */
        unsigned bits = 8u << size;
        __int128 p = 2 * (__int128)sa * sb;
        if (key == 0x36)
            p += (__int128)1 << (bits - 1);
        return sat_signed(c, p >> bits, size);
    }
    default: return 0;
    }
}

static void h_same(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), d = *vreg(c, i->rd), r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, same_lane(c, i->cond, i->size, lane(&a, i->size, k),
                                           lane(&b, i->size, k), lane(&d, i->size, k)));
    vwrite(c, i, r);
}
/* Hot enough for their own handlers: ADD, SUB, CMEQ on bytes. */
static void h_add_v(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, lane(&a, i->size, k) + lane(&b, i->size, k));
    vwrite(c, i, r);
}
static void h_cmeq_16b(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), r;
    for (unsigned k = 0; k < 16; k++)
        r.b[k] = a.b[k] == b.b[k] ? 0xff : 0;
    c->a64.v[i->rd] = r;
}

static void h_same_pairwise(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), r = { 0 };
    unsigned n = lanes(i);
    for (unsigned k = 0; k < n; k++) {
        const A64Vreg *src = 2 * k < n ? &a : &b;
        unsigned j = (2 * k) % n;
        set_lane(&r, i->size, k, same_lane(c, i->cond, i->size, lane(src, i->size, j),
                                           lane(src, i->size, j + 1), 0));
    }
    vwrite(c, i, r);
}

/* Bitwise: cond = U:size (AND BIC ORR ORN EOR BSL BIT BIF). */
static void h_logic(Cpu *c, const A64Insn *i)
{
    unsigned __int128 a = vreg(c, i->rn)->q, b = vreg(c, i->rm)->q, d = vreg(c, i->rd)->q, r;
    switch (i->cond) {
    case 0: r = a & b; break;
    case 1: r = a & ~b; break;
    case 2: r = a | b; break;
    case 3: r = a | ~b; break;
    case 4: r = a ^ b; break;
    case 5: r = (d & a) | (~d & b); break;
    case 6: r = (b & a) | (~b & d); break;
    default: r = (~b & a) | (b & d); break;
    }
    A64Vreg v;
    v.q = r;
    vwrite(c, i, v);
}

/* FP three-same: cond is one of these. */
enum { F3_BIN, F3_FMLA, F3_FMLS, F3_CMEQ, F3_CMGE, F3_CMGT, F3_ACGE, F3_ACGT };

static uint64_t fp3_lane(Cpu *c, const A64Insn *i, uint64_t a, uint64_t b, uint64_t d)
{
    bool dbl = i->size == 3;
    uint64_t sign = dbl ? 1ull << 63 : 1ull << 31;
    switch (i->cond) {
    case F3_BIN: return dbl ? a64_fp_binop64(c, i->aux, a, b) : a64_fp_binop32(c, i->aux, a, b);
    case F3_FMLA: return dbl ? a64_fp_fma64(c, d, a, b) : a64_fp_fma32(c, d, a, b);
    case F3_FMLS: return dbl ? a64_fp_fma64(c, d, a ^ sign, b) : a64_fp_fma32(c, d, a ^ sign, b);
    case F3_CMEQ: return a64_fp_cmpv(c, 0, a, b, dbl);
    case F3_CMGE: return a64_fp_cmpv(c, 1, a, b, dbl);
    case F3_CMGT: return a64_fp_cmpv(c, 2, a, b, dbl);
    case F3_ACGE: return a64_fp_cmpv(c, 1, a & ~sign, b & ~sign, dbl);
    default: return a64_fp_cmpv(c, 2, a & ~sign, b & ~sign, dbl);
    }
}
static void h_fp3(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), d = *vreg(c, i->rd), r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, fp3_lane(c, i, lane(&a, i->size, k), lane(&b, i->size, k),
                                          lane(&d, i->size, k)));
    vwrite(c, i, r);
}
static void h_fp3_pairwise(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), r = { 0 };
    unsigned n = lanes(i);
    for (unsigned k = 0; k < n; k++) {
        const A64Vreg *src = 2 * k < n ? &a : &b;
        unsigned j = (2 * k) % n;
        set_lane(&r, i->size, k, fp3_lane(c, i, lane(src, i->size, j), lane(src, i->size, j + 1), 0));
    }
    vwrite(c, i, r);
}

static bool fmt_same_fp(uint32_t w, A64Insn *in, bool scalar)
{
    unsigned u = bits_of(w, 29, 29), a = bits_of(w, 23, 23), opcode = bits_of(w, 15, 11);
    unsigned key = (u << 6) | (a << 5) | (opcode & 7);
    in->size = 2 + bits_of(w, 22, 22);
    if (!scalar && in->size == 3 && !in->sf)
        return false;
    in->fn = h_fp3;
    in->cond = F3_BIN;
    bool pairwise = false;
    switch (key) {
    case 0x00: in->aux = FPOP_MAXNM; break;
    case 0x20: in->aux = FPOP_MINNM; break;
    case 0x01: in->cond = F3_FMLA; break;
    case 0x21: in->cond = F3_FMLS; break;
    case 0x02: in->aux = FPOP_ADD; break;
    case 0x22: in->aux = FPOP_SUB; break;
    case 0x03: in->aux = FPOP_MULX; break;
    case 0x04: in->cond = F3_CMEQ; break;
    case 0x06: in->aux = FPOP_MAX; break;
    case 0x26: in->aux = FPOP_MIN; break;
    case 0x07: in->aux = FPOP_RECPS; break;
    case 0x27: in->aux = FPOP_RSQRTS; break;
    case 0x40: in->aux = FPOP_MAXNM; pairwise = true; break;
    case 0x60: in->aux = FPOP_MINNM; pairwise = true; break;
    case 0x42: in->aux = FPOP_ADD; pairwise = true; break;
    case 0x62: in->aux = FPOP_ABD; break;
    case 0x43: in->aux = FPOP_MUL; break;
    case 0x44: in->cond = F3_CMGE; break;
    case 0x64: in->cond = F3_CMGT; break;
    case 0x45: in->cond = F3_ACGE; break;
    case 0x65: in->cond = F3_ACGT; break;
    case 0x46: in->aux = FPOP_MAX; pairwise = true; break;
    case 0x66: in->aux = FPOP_MIN; pairwise = true; break;
    case 0x47: in->aux = FPOP_DIV; break;
    default: return false;
    }
    if (scalar) {
        /* scalar: FMULX FCMEQ FRECPS FRSQRTS FCMGE FACGE FABD FCMGT FACGT */
        bool ok = key == 0x03 || key == 0x04 || key == 0x07 || key == 0x27 || key == 0x44 ||
                  key == 0x45 || key == 0x62 || key == 0x64 || key == 0x65;
        return ok;
    }
    if (pairwise)
        in->fn = h_fp3_pairwise;
    return true;
}

static bool fmt_same_common(uint32_t w, A64Insn *in, bool scalar)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 15, 11), size = bits_of(w, 23, 22);
    in->sf = bits_of(w, 30, 30);
    in->size = size;
    in->flags = scalar ? VF_SCALAR : 0;
    if (opcode >= 0x18)
        return fmt_same_fp(w, in, scalar);
    unsigned key = (u << 5) | opcode;
    in->cond = key;
    in->fn = h_same;
    if (opcode == 0x03) {
        if (scalar)
            return false;
        in->cond = (u << 2) | size;
        in->size = 0;
        in->fn = h_logic;
        return true;
    }
    if (scalar) {
        switch (key) {
        case 0x01: case 0x21: case 0x05: case 0x25:
        case 0x09: case 0x29: case 0x0b: case 0x2b:
            return true;
        case 0x16: case 0x36:
            return size == 1 || size == 2;
        case 0x06: case 0x26: case 0x07: case 0x27: case 0x08: case 0x28:
        case 0x0a: case 0x2a: case 0x10: case 0x30: case 0x11: case 0x31:
            return size == 3;
        }
        return false;
    }
    if (size == 3 && !in->sf)
        return false;
    switch (key) {
    case 0x09: case 0x29: case 0x0b: case 0x2b:
        return true;
    case 0x00: case 0x20: case 0x02: case 0x22: case 0x04: case 0x24:
    case 0x0c: case 0x2c: case 0x0d: case 0x2d: case 0x0e: case 0x2e:
    case 0x0f: case 0x2f: case 0x12: case 0x32: case 0x13:
        return size != 3;
    case 0x33:
        return size == 0;
    case 0x14: case 0x34: case 0x15: case 0x35:
        in->fn = h_same_pairwise;
        return size != 3;
    case 0x17:
        in->fn = h_same_pairwise;
        return true;
    case 0x37:
        return false;
    case 0x16: case 0x36:
        return size == 1 || size == 2;
    case 0x10:
        in->fn = h_add_v;
        return true;
    case 0x31:
        if (size == 0 && in->sf)
            in->fn = h_cmeq_16b;
        return true;
    }
    return true;
}
static bool fmt_same(uint32_t w, A64Insn *in) { return fmt_same_common(w, in, false); }
static bool fmt_same_scalar(uint32_t w, A64Insn *in) { return fmt_same_common(w, in, true); }

/* ---- scalar pairwise: ADDP, FADDP, FMAXP... on the two lanes of Vn ---- */

static void h_pair_scalar(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = { 0 };
    uint64_t x = lane(&a, i->size, 0), y = lane(&a, i->size, 1), v;
    if (i->cond == 0xff)
        v = x + y;
    else
        v = i->size == 3 ? a64_fp_binop64(c, i->cond, x, y) : a64_fp_binop32(c, i->cond, x, y);
    set_lane(&r, i->size, 0, v);
    c->a64.v[i->rd] = r;
}
static bool fmt_pair_scalar(uint32_t w, A64Insn *in)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 16, 12), size = bits_of(w, 23, 22);
    if (!u) {
        in->size = 3;
        in->cond = 0xff;
        return opcode == 0x1b && size == 3;
    }
    in->size = 2 + (size & 1);
    switch ((size >> 1) << 5 | opcode) {
    case 0x0c: in->cond = FPOP_MAXNM; return true;
    case 0x0d: in->cond = FPOP_ADD; return true;
    case 0x0f: in->cond = FPOP_MAX; return true;
    case 0x2c: in->cond = FPOP_MINNM; return true;
    case 0x2f: in->cond = FPOP_MIN; return true;
    }
    return false;
}

/* ---- three different ---- */

static void h_diff(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), d = *vreg(c, i->rd), r = { 0 };
    unsigned size = i->size, wide = size + 1, n = 8u >> size;
    unsigned base = (i->flags & VF_UPPER) ? n : 0, op = i->cond & 15;
    bool u = i->cond & 16;
    uint64_t wm = lane_mask(wide);
    if (op == 4 || op == 6) {       /* ADDHN, SUBHN (R: rounding) */
        r = (i->flags & VF_UPPER) ? d : r;
        if (!(i->flags & VF_UPPER))
            r.q = 0;
        for (unsigned k = 0; k < n; k++) {
            uint64_t x = lane(&a, wide, k), y = lane(&b, wide, k);
            unsigned __int128 s = op == 4 ? (unsigned __int128)x + y : (unsigned __int128)x - y;
            if (u)
                s += (unsigned __int128)1 << ((8u << size) - 1);
            set_lane(&r, size, base + k, (uint64_t)(s >> (8u << size)) & lane_mask(size));
        }
        c->a64.v[i->rd] = r;
        return;
    }
    for (unsigned k = 0; k < n; k++) {
        uint64_t xa = lane(&a, size, base + k), xb = lane(&b, size, base + k);
        __int128 va = u ? (__int128)xa : slane(xa, size);
        __int128 vb = u ? (__int128)xb : slane(xb, size);
        if (op == 1 || op == 3) {   /* wide first operand */
            uint64_t wa = lane(&a, wide, k);
            va = u ? (__int128)wa : slane(wa, wide);
        }
        __int128 acc = u ? (__int128)lane(&d, wide, k) : slane(lane(&d, wide, k), wide), res;
        switch (op) {
        case 0: case 1: res = va + vb; break;
        case 2: case 3: res = va - vb; break;
        case 5: res = acc + (va > vb ? va - vb : vb - va); break;
        case 7: res = va > vb ? va - vb : vb - va; break;
        case 8: res = acc + va * vb; break;
        case 10: res = acc - va * vb; break;
        case 12: res = va * vb; break;
        case 9: res = sat_signed(c, acc + slane(sat_signed(c, 2 * va * vb, wide), wide), wide); break;
        case 11: res = (__int128)sat_signed(c, acc - slane(sat_signed(c, 2 * va * vb, wide), wide), wide); break;
        case 13: res = (__int128)sat_signed(c, 2 * va * vb, wide); break;
        default: {      /* PMULL (bytes) */
            uint64_t p = 0;
            for (int bit = 0; bit < 8; bit++)
                if ((xb >> bit) & 1)
                    p ^= xa << bit;
            res = p;
            break;
        }
        }
        set_lane(&r, wide, k, (uint64_t)res & wm);
    }
    c->a64.v[i->rd] = r;
}
static bool fmt_diff(uint32_t w, A64Insn *in)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 15, 12);
    in->sf = bits_of(w, 30, 30);
    in->size = bits_of(w, 23, 22);
    in->cond = (u << 4) | opcode;
    in->flags = in->sf ? VF_UPPER : 0;
    if (opcode == 15 || in->size == 3)
        return false;
    if ((opcode == 9 || opcode == 11 || opcode == 13) && (u || in->size == 0))
        return false;
    if (opcode == 14)
        return !u && in->size == 0;
    return true;
}

/* ---- shift by immediate ---- */

/* cond = U:opcode, amt = shift, size = element size (source for narrowing
 * and long forms' narrow side). */
static uint64_t shift_lane(Cpu *c, const A64Insn *i, uint64_t x, uint64_t d)
{
    unsigned size = i->size, bits = 8u << size, sh = i->amt;
    uint64_t m = lane_mask(size);
    bool u = i->cond & 0x20;
    __int128 v = u ? (__int128)x : (__int128)slane(x, size);
    switch (i->cond) {
    case 0x00: case 0x20: return (uint64_t)(v >> sh) & m;
    case 0x02: case 0x22: return (d + (uint64_t)(v >> sh)) & m;
    case 0x04: case 0x24: return (uint64_t)((v + ((__int128)1 << (sh - 1))) >> sh) & m;
    case 0x06: case 0x26: return (d + (uint64_t)((v + ((__int128)1 << (sh - 1))) >> sh)) & m;
    case 0x28: {        /* SRI */
        uint64_t keep = sh == bits ? m : ~(m >> sh) & m;
        return sh == bits ? d : (d & keep) | ((x >> sh) & (m >> sh));
    }
    case 0x0a: return (x << sh) & m;
    case 0x2a: return ((x << sh) & m) | (d & ((1ull << sh) - 1));    /* SLI */
    /* Multiplied rather than shifted: the lane may be negative (UBSan). */
    case 0x0e: return sat_signed(c, v * ((__int128)1 << sh), size);
    case 0x2e: return sat_unsigned(c, v * ((__int128)1 << sh), size);
    case 0x2c: return sat_unsigned(c, (__int128)slane(x, size) * ((__int128)1 << sh), size);
    case 0x1c: case 0x3c:
        return a64_int_to_fp(c, x, u, size == 3, size == 3, sh);
    default:    /* 0x1f, 0x3f: FCVTZS, FCVTZU */
        return a64_fp_to_int(c, x, size == 3, u, size == 3, 3, sh);
    }
}
static void h_shift(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), d = *vreg(c, i->rd), r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, shift_lane(c, i, lane(&a, i->size, k), lane(&d, i->size, k)));
    vwrite(c, i, r);
}
/* Narrowing right shifts: size = destination size, source is twice it. */
static void h_shift_narrow(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = *vreg(c, i->rd);
    unsigned size = i->size, wide = size + 1, sh = i->amt;
    unsigned n = (i->flags & VF_SCALAR) ? 1 : 8u >> size, base = (i->flags & VF_UPPER) ? n : 0;
    if (!(i->flags & VF_UPPER))
        r.q = 0;
    bool round = i->cond & 1;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x = lane(&a, wide, k), v;
        bool src_signed = i->cond != 0x32 && i->cond != 0x33;   /* UQSHRN, UQRSHRN */
        __int128 s = src_signed ? (__int128)slane(x, wide) : (__int128)x;
        if (round)
            s += (__int128)1 << (sh - 1);
        s >>= sh;
        switch (i->cond) {
        case 0x10: case 0x11: v = (uint64_t)s & lane_mask(size); break;     /* SHRN, RSHRN */
        case 0x12: case 0x13: v = sat_signed(c, s, size); break;            /* SQSHRN */
        default: v = sat_unsigned(c, s, size); break;   /* SQSHRUN UQSHRN ... */
        }
        set_lane(&r, size, base + k, v);
    }
    c->a64.v[i->rd] = r;
}
/* SSHLL, USHLL (UXTL, SXTL): size = source size. */
static void h_shift_long(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = { 0 };
    unsigned n = 8u >> i->size, base = (i->flags & VF_UPPER) ? n : 0;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x = lane(&a, i->size, base + k);
        uint64_t v = (i->cond & 0x20) ? x : (uint64_t)slane(x, i->size);
        set_lane(&r, i->size + 1, k, (v << i->amt) & lane_mask(i->size + 1));
    }
    c->a64.v[i->rd] = r;
}

static bool fmt_shift_common(uint32_t w, A64Insn *in, bool scalar)
{
    unsigned immh = bits_of(w, 22, 19), immb = bits_of(w, 18, 16);
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 15, 11);
    if (!immh)
        return false;
    in->sf = bits_of(w, 30, 30);
    in->flags = scalar ? VF_SCALAR : 0;
    unsigned size = 31 - __builtin_clz(immh), esize = 8u << size, imm = (immh << 3) | immb;
    unsigned key = (u << 5) | opcode;
    in->cond = key;
    in->size = size;
    in->fn = h_shift;
    bool right = true;
    switch (key) {
    case 0x00: case 0x20: case 0x02: case 0x22: case 0x04: case 0x24: case 0x06: case 0x26:
    case 0x28:
        break;
    case 0x0a: case 0x2a: case 0x0e: case 0x2e: case 0x2c:
        right = false;
        break;
    case 0x10: case 0x11: case 0x12: case 0x13: case 0x30: case 0x31: case 0x32: case 0x33:
        if (size == 3 || (scalar && (key == 0x10 || key == 0x11)))
            return false;
        in->amt = 2 * esize - imm;
        in->fn = h_shift_narrow;
        in->flags |= (!scalar && in->sf) ? VF_UPPER : 0;
        return true;
    case 0x14: case 0x34:
        if (scalar || size == 3)
            return false;
        in->amt = imm - esize;
        in->fn = h_shift_long;
        in->flags |= in->sf ? VF_UPPER : 0;
        return true;
    case 0x1c: case 0x3c: case 0x1f: case 0x3f:
        if (size < 2 || (!scalar && size == 3 && !in->sf))
            return false;
        in->amt = 2 * esize - imm;
        return true;
    default:
        return false;
    }
    if (scalar ? size != 3 && !(key == 0x0e || key == 0x2e || key == 0x2c) : size == 3 && !in->sf)
        return false;
    in->amt = right ? 2 * esize - imm : imm - esize;
    return true;
}
static bool fmt_shift(uint32_t w, A64Insn *in) { return fmt_shift_common(w, in, false); }
static bool fmt_shift_scalar(uint32_t w, A64Insn *in) { return fmt_shift_common(w, in, true); }

/* ---- vector x indexed element ---- */

static void h_elem(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), d = *vreg(c, i->rd), r = { 0 };
    uint64_t b = lane(vreg(c, i->rm), i->size, i->aux);
    for (unsigned k = 0; k < lanes(i); k++) {
        uint64_t x = lane(&a, i->size, k), y = lane(&d, i->size, k), v;
        switch (i->cond) {
        case 0x10: v = y + x * b; break;        /* MLA */
        case 0x14: v = y - x * b; break;        /* MLS */
        case 0x08: v = x * b; break;            /* MUL */
        case 0x0c: case 0x0d: v = same_lane(c, i->cond == 0x0c ? 0x16 : 0x36, i->size, x, b, 0); break;
        default: {
            A64Insn t = *i;
            t.cond = i->cond == 0x01 ? F3_FMLA : i->cond == 0x05 ? F3_FMLS : F3_BIN;
            t.aux = i->cond == 0x19 ? FPOP_MULX : FPOP_MUL;
            v = fp3_lane(c, &t, x, b, y);
            break;
        }
        }
        set_lane(&r, i->size, k, v & lane_mask(i->size));
    }
    vwrite(c, i, r);
}
static void h_elem_long(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), d = *vreg(c, i->rd), r = { 0 };
    unsigned size = i->size, wide = size + 1, n = 8u >> size, base = i->sf ? n : 0;
    bool u = i->cond & 0x10;
    uint64_t xb = lane(vreg(c, i->rm), size, i->aux);
    __int128 vb = u ? (__int128)xb : slane(xb, size);
    for (unsigned k = 0; k < n; k++) {
        uint64_t xa = lane(&a, size, base + k);
        __int128 va = u ? (__int128)xa : slane(xa, size), res;
        __int128 acc = u ? (__int128)lane(&d, wide, k) : slane(lane(&d, wide, k), wide);
        switch (i->cond & 15) {
        case 0x2: res = acc + va * vb; break;
        case 0x6: res = acc - va * vb; break;
        case 0xa: res = va * vb; break;
        case 0x3: res = sat_signed(c, acc + slane(sat_signed(c, 2 * va * vb, wide), wide), wide); break;
        case 0x7: res = sat_signed(c, acc - slane(sat_signed(c, 2 * va * vb, wide), wide), wide); break;
        default: res = sat_signed(c, 2 * va * vb, wide); break;
        }
        set_lane(&r, wide, k, (uint64_t)res & lane_mask(wide));
    }
    c->a64.v[i->rd] = r;
}
static bool fmt_elem_common(uint32_t w, A64Insn *in, bool scalar)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 15, 12), size = bits_of(w, 23, 22);
    unsigned l = bits_of(w, 21, 21), m = bits_of(w, 20, 20), h = bits_of(w, 11, 11);
    unsigned key = (u << 4) | opcode;
    in->sf = bits_of(w, 30, 30);
    in->flags = scalar ? VF_SCALAR : 0;
    in->cond = key;
    bool fp = key == 0x01 || key == 0x05 || key == 0x09 || key == 0x19;
    if (fp) {
        if (size < 2)
            return false;           /* half precision: not implemented */
        in->size = size;
        if (size == 3) {
            if (l || (!scalar && !in->sf))
                return false;
            in->aux = h;
        } else {
            in->aux = (h << 1) | l;
        }
        in->fn = h_elem;
        return true;
    }
    if (size == 1) {
        in->aux = (h << 2) | (l << 1) | m;
        in->rm &= 15;
    } else if (size == 2) {
        in->aux = (h << 1) | l;
    } else {
        return false;
    }
    in->size = size;
    switch (key) {
    case 0x10: case 0x14: case 0x08:
        in->fn = h_elem;
        return !scalar;
    case 0x0c: case 0x0d:
        in->fn = h_elem;
        return true;
    case 0x02: case 0x12: case 0x06: case 0x16: case 0x0a: case 0x1a:
        in->fn = h_elem_long;
        return !scalar;
    case 0x03: case 0x07: case 0x0b:
        in->fn = h_elem_long;
        return !scalar;
    }
    return false;
}
static bool fmt_elem(uint32_t w, A64Insn *in) { return fmt_elem_common(w, in, false); }
static bool fmt_elem_scalar(uint32_t w, A64Insn *in) { return fmt_elem_common(w, in, true); }

const A64Pattern a64_simd2_patterns[] = {
    { 0x9f200400, 0x0e200400, fmt_same, NULL, "shadd uhadd sqadd uqadd srhadd urhadd and bic orr mov orn eor bsl bit bif "
      "shsub uhsub sqsub uqsub cmgt cmhi cmge cmhs sshl ushl srshl urshl sqshl uqshl sqrshl uqrshl smax umax smin umin sabd uabd "
      "saba uaba add sub cmtst cmeq mla mls mul pmul smaxp umaxp sminp uminp sqdmulh sqrdmulh addp "
      "fmaxnm fmla fadd fmulx fcmeq fmax frecps fminnm fmls fsub fmin frsqrts fmaxnmp faddp fmul fcmge "
      "facge fmaxp fdiv fminnmp fabd fcmgt facgt fminp", 0 },
    { 0xdf200400, 0x5e200400, fmt_same_scalar, NULL, "sqadd uqadd sqsub uqsub cmgt cmhi cmge cmhs sshl ushl "
      "srshl urshl sqshl uqshl sqrshl uqrshl add sub cmtst cmeq sqdmulh sqrdmulh fmulx fcmeq frecps frsqrts fcmge facge fabd fcmgt facgt", 0 },
    { 0xdf3e0c00, 0x5e300800, fmt_pair_scalar, h_pair_scalar, "addp faddp fmaxp fminp fmaxnmp fminnmp", 0 },
    { 0x9f200c00, 0x0e200000, fmt_diff, h_diff, "saddl* uaddl* saddw* uaddw* ssubl* usubl* ssubw* usubw* addhn* raddhn* "
      "sabal* uabal* subhn* rsubhn* sabdl* uabdl* smlal* umlal* sqdmlal* smlsl* umlsl* sqdmlsl* smull* umull* "
      "sqdmull* pmull*", 0 },
    { 0x9f800400, 0x0f000400, fmt_shift, NULL, "sshr ushr ssra usra srshr urshr srsra ursra sri shl sli sqshlu sqshl "
      "uqshl shrn* rshrn* sqshrun* sqrshrun* sqshrn* uqshrn* sqrshrn* uqrshrn* sshll* ushll* sxtl* uxtl* scvtf ucvtf fcvtzs fcvtzu", 0 },
    { 0xdf800400, 0x5f000400, fmt_shift_scalar, NULL, "sshr ushr ssra usra srshr urshr srsra ursra sri shl sli sqshlu "
      "sqshl uqshl sqshrun sqrshrun sqshrn uqshrn sqrshrn uqrshrn scvtf ucvtf fcvtzs fcvtzu", 0 },
    { 0x9f000400, 0x0f000000, fmt_elem, NULL, "mla mls mul sqdmulh sqrdmulh smlal* umlal* smlsl* umlsl* smull* umull* "
      "sqdmlal* sqdmlsl* sqdmull* fmla fmls fmul fmulx", 0 },
    { 0xdf000400, 0x5f000000, fmt_elem_scalar, NULL, "sqdmulh sqrdmulh fmla fmls fmul fmulx", 0 },
    { 0 },
};

/* ---- for the translator (ops.h) ---- */

A64SimdOp a64_simd2_op(const A64Insn *in)
{
    A64Handler *fn = in->fn;

    if (fn == h_same || fn == h_add_v || fn == h_cmeq_16b)
        return A64_SIMD_SAME;
    if (fn == h_same_pairwise)
        return A64_SIMD_PAIRWISE;
    if (fn == h_logic)
        return A64_SIMD_LOGIC;
    if (fn == h_shift) {
        unsigned op = in->cond & 0x1f;      /* [SU]CVTF, FCVTZ[SU] (fixed point) */
        return op == 0x1c || op == 0x1f ? A64_SIMD_NONE : A64_SIMD_SHIFT;
    }
    if (fn == h_shift_narrow)
        return A64_SIMD_SHIFT_NARROW;
    if (fn == h_shift_long)
        return A64_SIMD_SHIFT_LONG;
    if (fn == h_elem) {
        unsigned op = in->cond;             /* MLA MLS MUL SQDMULH SQRDMULH */
        return op == 0x10 || op == 0x14 || op == 0x08 || op == 0x0c || op == 0x0d
               ? A64_SIMD_OTHER : A64_SIMD_NONE;
    }
    if (fn == h_pair_scalar)
        return in->cond == 0xff ? A64_SIMD_OTHER : A64_SIMD_NONE;   /* ADDP */
    if (fn == h_diff || fn == h_elem_long)
        return A64_SIMD_OTHER;
    return A64_SIMD_NONE;
}
