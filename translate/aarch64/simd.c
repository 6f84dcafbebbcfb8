/*
 * Advanced SIMD, part 1: copy (DUP, INS, UMOV, SMOV, scalar DUP), modified
 * immediate (MOVI, MVNI, ORR, BIC, FMOV vector), permute (ZIP, UZP, TRN),
 * EXT, TBL/TBX, across lanes (ADDV, [SU]MAXV, [SU]MINV, [SU]ADDLV,
 * FMAXV..FMINNMV), and the two-register miscellaneous group, vector and
 * scalar (REV*, CNT, NOT, RBIT, CLS, CLZ, ABS, NEG, compares with zero,
 * [SU]ADDLP, [SU]ADALP, XTN and the saturating narrows, SHLL, FABS, FNEG,
 * FSQRT, FRINT*, FCVT[NPMZA][SU], [SU]CVTF, FCVTN/FCVTL, FCVTXN).
 *
 * Lane conventions are in simd.h.  Handlers loop over lanes with the lane
 * helpers; the per-lane operation is selected at decode time (in->cond),
 * one switch per lane, which is enough for an interpreter.
 */
#include <string.h>

#include "translate/aarch64/simd.h"

/* ---- copy ---- */

/* imm5: the lowest set bit gives the size, the bits above it the index. */
static bool imm5_lane(uint32_t w, A64Insn *in)
{
    unsigned imm5 = bits_of(w, 20, 16);
    if (!(imm5 & 15))
        return false;
    in->size = __builtin_ctz(imm5);
    in->cond = imm5 >> (in->size + 1);
    return true;
}

static void h_dup_elem(Cpu *c, const A64Insn *i)
{
    uint64_t x = lane(vreg(c, i->rn), i->size, i->cond);
    A64Vreg r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, x);
    vwrite(c, i, r);
}
static void h_dup_gen(Cpu *c, const A64Insn *i)
{
    uint64_t x = xr(c, i->rn);
    A64Vreg r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, x);
    vwrite(c, i, r);
}
static void h_ins_gen(Cpu *c, const A64Insn *i) { set_lane(vreg(c, i->rd), i->size, i->cond, xr(c, i->rn)); }
static void h_ins_elem(Cpu *c, const A64Insn *i)
{
    set_lane(vreg(c, i->rd), i->size, i->cond, lane(vreg(c, i->rn), i->size, i->aux));
}
static void h_umov(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, lane(vreg(c, i->rn), i->size, i->cond)); }
static void h_smov(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, slane(lane(vreg(c, i->rn), i->size, i->cond), i->size));
}

static bool fmt_copy(uint32_t w, A64Insn *in)
{
    unsigned op = bits_of(w, 29, 29), imm4 = bits_of(w, 14, 11), q = bits_of(w, 30, 30);
    in->sf = q;
    if (!imm5_lane(w, in))
        return false;
    if (op) {
        if (!q)
            return false;
        if (imm4 & ((1u << in->size) - 1))
            return false;       /* capstone rejects the ignored low bits set */
        in->aux = imm4 >> in->size;
        in->fn = h_ins_elem;
        return true;
    }
    switch (imm4) {
    case 0:
        if (in->size == 3 && !q)
            return false;
        in->fn = h_dup_elem;
        return true;
    case 1:
        if ((in->size == 3 && !q) || in->cond)
            return false;
        in->fn = h_dup_gen;
        return true;
    case 3:
        if (!q)
            return false;
        in->fn = h_ins_gen;
        return true;
    case 5:
        if (in->size == 3 || (in->size == 2 && !q))
            return false;
        in->fn = h_smov;
        return true;
    case 7:
        if ((in->size == 3) != q)
            return false;
        in->fn = h_umov;
        return true;
    }
    return false;
}

static bool fmt_dup_scalar(uint32_t w, A64Insn *in)
{
    if (!imm5_lane(w, in))
        return false;
    in->flags = VF_SCALAR;
    return true;
}

/* ---- modified immediate ---- */

static uint64_t expand_imm(unsigned op, unsigned cmode, unsigned imm8, bool *ok)
{
    uint64_t imm = imm8, r;
    *ok = true;
    switch (cmode >> 1) {
    case 0: r = imm; r |= r << 32; return r;
    case 1: r = imm << 8; r |= r << 32; return r;
    case 2: r = imm << 16; r |= r << 32; return r;
    case 3: r = imm << 24; r |= r << 32; return r;
    case 4: r = imm; r |= r << 16; r |= r << 32; return r;
    case 5: r = imm << 8; r |= r << 16; r |= r << 32; return r;
    case 6:
        r = (cmode & 1) ? (imm << 16) | 0xffff : (imm << 8) | 0xff;
        return r | r << 32;
    default:
        if (!(cmode & 1) && !op) {
            r = imm * 0x0101010101010101ull;
            return r;
        }
        if (!(cmode & 1) && op) {
            r = 0;
            for (int b = 0; b < 8; b++)
                if ((imm >> b) & 1)
                    r |= 0xffull << (8 * b);
            return r;
        }
        if (!op) {
            r = a64_fp_expand_imm(imm8, false);
            return r | r << 32;
        }
        return a64_fp_expand_imm(imm8, true);
    }
}

/* cond: 0 MOVI, 1 MVNI, 2 ORR, 3 BIC. */
static void h_movi(Cpu *c, const A64Insn *i)
{
    A64Vreg r = *vreg(c, i->rd);
    switch (i->cond) {
    case 0: r.d[0] = r.d[1] = i->imm; break;
    case 1: r.d[0] = r.d[1] = ~i->imm; break;
    case 2: r.d[0] |= i->imm; r.d[1] |= i->imm; break;
    default: r.d[0] &= ~i->imm; r.d[1] &= ~i->imm; break;
    }
    vwrite(c, i, r);
}
static bool fmt_movi(uint32_t w, A64Insn *in)
{
    unsigned op = bits_of(w, 29, 29), cmode = bits_of(w, 15, 12);
    unsigned imm8 = (bits_of(w, 18, 16) << 5) | bits_of(w, 9, 5);
    bool ok;
    in->sf = bits_of(w, 30, 30);
    if (bits_of(w, 11, 11))
        return false;                       /* o2: FMOV half precision */
    if (cmode == 15 && op && !in->sf)
        return false;
    in->imm = expand_imm(op, cmode, imm8, &ok);
    bool orr_bic = cmode < 12 && (cmode & 1);
    if (cmode >= 14)
        in->cond = 0;                       /* MOVI 8/64-bit, FMOV */
    else
        in->cond = (orr_bic ? 2 : 0) | op;
    return ok;
}

/* ---- permute, EXT, TBL ---- */

/* cond: opcode (1 UZP1, 2 TRN1, 3 ZIP1, 5 UZP2, 6 TRN2, 7 ZIP2). */
static void h_permute(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), b = *vreg(c, i->rm), r = { 0 };
    unsigned n = lanes(i), part = i->cond >> 2, half = n / 2;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x;
        switch (i->cond & 3) {
        case 1: {       /* UZP: even (or odd) elements of a:b */
            unsigned src = 2 * k + part;
            x = src < n ? lane(&a, i->size, src) : lane(&b, i->size, src - n);
            break;
        }
        case 2: {       /* TRN */
            unsigned pair = k & ~1u;
            x = (k & 1) ? lane(&b, i->size, pair + part) : lane(&a, i->size, pair + part);
            break;
        }
        default: {      /* ZIP */
            unsigned src = part * half + k / 2;
            x = (k & 1) ? lane(&b, i->size, src) : lane(&a, i->size, src);
            break;
        }
        }
        set_lane(&r, i->size, k, x);
    }
    vwrite(c, i, r);
}
static bool fmt_permute(uint32_t w, A64Insn *in)
{
    in->sf = bits_of(w, 30, 30);
    in->size = bits_of(w, 23, 22);
    in->cond = bits_of(w, 14, 12);
    if ((in->cond & 3) == 0 || (in->size == 3 && !in->sf))
        return false;
    return true;
}

static void h_ext(Cpu *c, const A64Insn *i)
{
    uint8_t bytes[32];
    unsigned n = i->sf ? 16 : 8;
    memcpy(bytes, vreg(c, i->rn), n);
    memcpy(bytes + n, vreg(c, i->rm), n);
    A64Vreg r = { 0 };
    memcpy(&r, bytes + i->cond, n);
    vwrite(c, i, r);
}
static bool fmt_ext(uint32_t w, A64Insn *in)
{
    in->sf = bits_of(w, 30, 30);
    in->cond = bits_of(w, 14, 11);
    in->size = 0;
    return in->sf || in->cond < 8;
}

/* aux = table registers, cond = 1 for TBX (out of range keeps Rd). */
static void h_tbl(Cpu *c, const A64Insn *i)
{
    uint8_t table[64];
    for (unsigned t = 0; t < i->aux; t++)
        memcpy(table + 16 * t, vreg(c, (i->rn + t) % 32), 16);
    A64Vreg idx = *vreg(c, i->rm), r = *vreg(c, i->rd);
    for (unsigned k = 0; k < (i->sf ? 16u : 8u); k++) {
        unsigned x = idx.b[k];
        if (x < 16 * i->aux)
            r.b[k] = table[x];
        else if (!i->cond)
            r.b[k] = 0;
    }
    vwrite(c, i, r);
}
static bool fmt_tbl(uint32_t w, A64Insn *in)
{
    in->sf = bits_of(w, 30, 30);
    in->aux = bits_of(w, 14, 13) + 1;
    in->cond = bits_of(w, 12, 12);
    in->size = 0;
    return true;
}

/* ---- across lanes ---- */

static void h_across(Cpu *c, const A64Insn *i)
{
    const A64Vreg *a = vreg(c, i->rn);
    unsigned n = (i->sf ? 16u : 8u) >> i->size, size = i->size;
    bool u = i->flags & VF_UNSIGNED;
    A64Vreg r = { 0 };
    if (i->cond >= AL_FMAXNMV) {
        static const uint8_t ops[4] = { FPOP_MAXNM, FPOP_MINNM, FPOP_MAX, FPOP_MIN };
        unsigned op = ops[i->cond - AL_FMAXNMV];
        uint64_t l01 = a64_fp_binop32(c, op, a->s[0], a->s[1]);
        uint64_t l23 = a64_fp_binop32(c, op, a->s[2], a->s[3]);
        r.s[0] = a64_fp_binop32(c, op, l01, l23);
        c->a64.v[i->rd] = r;
        return;
    }
    uint64_t acc = u ? lane(a, size, 0) : (uint64_t)slane(lane(a, size, 0), size);
    for (unsigned k = 1; k < n; k++) {
        uint64_t x = lane(a, size, k);
        int64_t sx = slane(x, size);
        switch (i->cond) {
        case AL_ADDV: acc += x; break;
        case AL_ADDLV: acc += u ? x : (uint64_t)sx; break;
        case AL_MAXV: if (u ? x > acc : sx > (int64_t)acc) acc = u ? x : (uint64_t)sx; break;
        default: if (u ? x < acc : sx < (int64_t)acc) acc = u ? x : (uint64_t)sx; break;
        }
    }
    r.d[0] = acc & lane_mask(i->cond == AL_ADDLV ? size + 1 : size);
    c->a64.v[i->rd] = r;
}
static bool fmt_across(uint32_t w, A64Insn *in)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 16, 12);
    in->sf = bits_of(w, 30, 30);
    in->size = bits_of(w, 23, 22);
    in->flags = u ? VF_UNSIGNED : 0;
    if (opcode == 12 || opcode == 15) {     /* FP: single 4s only */
        if (!u || !in->sf || (in->size & 1))
            return false;
        in->cond = (opcode == 12 ? AL_FMAXNMV : AL_FMAXV) + (in->size >> 1);
        in->size = 2;
        return true;
    }
    if (in->size == 3 || (in->size == 2 && !in->sf))
        return false;
    switch (opcode) {
    case 3: in->cond = AL_ADDLV; return true;
    case 10: in->cond = AL_MAXV; return true;
    case 26: in->cond = AL_MINV; return true;
    case 27: in->cond = AL_ADDV; return !u;
    }
    return false;
}

/* ---- two-register miscellaneous ---- */

static uint64_t misc_lane(Cpu *c, const A64Insn *i, uint64_t x, uint64_t d)
{
    unsigned size = i->size, bits = 8u << size;
    uint64_t m = lane_mask(size);
    int64_t sx = slane(x, size);
    bool dbl = size == 3, u = i->flags & VF_UNSIGNED;
    uint64_t sign = 1ull << (bits - 1);
    switch (i->cond) {
    case M2_CNT: return __builtin_popcountll(x);
    case M2_NOT: return ~x & m;
    case M2_RBIT: {
        uint64_t r = 0;
        for (unsigned b = 0; b < bits; b++)
            r |= ((x >> b) & 1) << (bits - 1 - b);
        return r;
    }
    case M2_CLS: {
        uint64_t y = (x ^ (uint64_t)(sx >> 63)) & m;
        return (y ? __builtin_clzll(y) - (64 - bits) : bits) - 1;
    }
    case M2_CLZ: return x ? __builtin_clzll(x) - (64 - bits) : bits;
    case M2_ABS: return (sx < 0 ? -x : x) & m;
    case M2_NEG: return -x & m;
    case M2_SQABS: return sat_signed(c, sx < 0 ? -(__int128)sx : sx, size);
    case M2_SQNEG: return sat_signed(c, -(__int128)sx, size);
    case M2_CMGT0: return sx > 0 ? m : 0;
    case M2_CMGE0: return sx >= 0 ? m : 0;
    case M2_CMEQ0: return x == 0 ? m : 0;
    case M2_CMLE0: return sx <= 0 ? m : 0;
    case M2_CMLT0: return sx < 0 ? m : 0;
    case M2_FABS: return x & ~sign;
    case M2_FNEG: return x ^ sign;
    case M2_FSQRT: return dbl ? a64_fp_sqrt64(c, x) : a64_fp_sqrt32(c, x);
    case M2_FRINT: return a64_fp_round(c, x, dbl, i->aux, i->aux2);
    case M2_FCVT_INT: return a64_fp_to_int(c, x, dbl, u, dbl, i->aux, i->amt);
    case M2_CVTF: return a64_int_to_fp(c, x, u, dbl, dbl, i->amt);
    case M2_FCMGT0: return a64_fp_cmpv(c, 2, x, 0, dbl);
    case M2_FCMGE0: return a64_fp_cmpv(c, 1, x, 0, dbl);
    case M2_FCMEQ0: return a64_fp_cmpv(c, 0, x, 0, dbl);
    case M2_FCMLE0: return a64_fp_cmpv(c, 1, 0, x, dbl);
    case M2_FCMLT0: return a64_fp_cmpv(c, 2, 0, x, dbl);
    case M2_SUQADD: return sat_signed(c, (__int128)slane(d, size) + (__int128)x, size);
    case M2_USQADD: return sat_unsigned(c, (__int128)d + (__int128)sx, size);
    default: return x;
    }
}

static void h_misc(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), d = *vreg(c, i->rd), r = { 0 };
    for (unsigned k = 0; k < lanes(i); k++)
        set_lane(&r, i->size, k, misc_lane(c, i, lane(&a, i->size, k), lane(&d, i->size, k)));
    vwrite(c, i, r);
}

/* REV16/32/64: aux = log2 of the container in bytes. */
static void h_rev(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = { 0 };
    unsigned esize = 1u << i->size, container = 1u << i->aux, n = i->sf ? 16 : 8;
    for (unsigned base = 0; base < n; base += container)
        for (unsigned e = 0; e < container; e += esize)
            memcpy(&r.b[base + container - esize - e], &a.b[base + e], esize);
    vwrite(c, i, r);
}

/* [SU]ADDLP, [SU]ADALP: pairs of size-bit lanes into double-width lanes. */
static void h_addlp(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), d = *vreg(c, i->rd), r = { 0 };
    unsigned n = (i->sf ? 16u : 8u) >> (i->size + 1);
    bool u = i->flags & VF_UNSIGNED;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x = lane(&a, i->size, 2 * k), y = lane(&a, i->size, 2 * k + 1);
        uint64_t s = u ? x + y : (uint64_t)(slane(x, i->size) + slane(y, i->size));
        if (i->cond == M2_ADALP)
            s += lane(&d, i->size + 1, k);
        set_lane(&r, i->size + 1, k, s & lane_mask(i->size + 1));
    }
    if (!i->sf)
        r.d[1] = 0;
    c->a64.v[i->rd] = r;
}

/* Narrowing: size is the destination element size; VF_UPPER writes the
 * upper half and keeps the lower. */
static void h_narrow(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = *vreg(c, i->rd);
    unsigned n = (i->flags & VF_SCALAR) ? 1 : 8u >> i->size, base = (i->flags & VF_UPPER) ? n : 0;
    unsigned size = i->size, wide = size + 1;
    if (!(i->flags & VF_UPPER))
        r.q = 0;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x = lane(&a, wide, k), v;
        int64_t sx = slane(x, wide);
        switch (i->cond) {
        case M2_XTN: v = x & lane_mask(size); break;
        case M2_SQXTN: v = sat_signed(c, sx, size); break;
        case M2_UQXTN: v = sat_unsigned(c, x, size); break;
        case M2_SQXTUN: v = sat_unsigned(c, sx, size); break;
        case M2_FCVTN: v = a64_fp_convert(c, x, wide, size); break;
        default: {      /* FCVTXN: round to odd */
            uint32_t saved_fpcr = c->a64.fpcr, saved_fpsr = c->a64.fpsr;
            c->a64.fpcr = (saved_fpcr & ~(3u << 22)) | (3u << 22);
            c->a64.fpsr = 0;
            v = a64_fp_convert(c, x, 3, 2);
            if ((c->a64.fpsr & 16) && !((v >> 23 & 0xff) == 0xff))
                v |= 1;
            c->a64.fpsr |= saved_fpsr;
            c->a64.fpcr = saved_fpcr;
            break;
        }
        }
        set_lane(&r, size, base + k, v);
    }
    c->a64.v[i->rd] = r;
}

/* SHLL, FCVTL: widen the lower or upper half; size is the source size. */
static void h_widen(Cpu *c, const A64Insn *i)
{
    A64Vreg a = *vreg(c, i->rn), r = { 0 };
    unsigned n = 8u >> i->size, base = (i->flags & VF_UPPER) ? n : 0;
    for (unsigned k = 0; k < n; k++) {
        uint64_t x = lane(&a, i->size, base + k);
        uint64_t v = i->cond == M2_SHLL ? x << (8u << i->size)
                                        : a64_fp_convert(c, x, i->size, i->size + 1);
        set_lane(&r, i->size + 1, k, v);
    }
    c->a64.v[i->rd] = r;
}

/* Decoding of the two-register misc group, vector and scalar.  The table
 * is indexed by U:opcode; FP entries use bit 23 ("a") to choose. */
static bool fmt_misc_common(uint32_t w, A64Insn *in, bool scalar)
{
    unsigned u = bits_of(w, 29, 29), opcode = bits_of(w, 16, 12), size = bits_of(w, 23, 22);
    unsigned a = size >> 1, sz = size & 1;
    bool q = bits_of(w, 30, 30);
    in->sf = q;
    in->size = size;
    in->flags = (scalar ? VF_SCALAR : 0) | (u ? VF_UNSIGNED : 0);
    in->fn = h_misc;
    bool fp_ok = scalar || q || !sz;        /* FP vector: no 1d */
    bool int_ok = scalar ? size == 3 : !(size == 3 && !q);
    unsigned key = (u << 5) | opcode;
    /* FP rounding and conversions (opcodes 0x18..0x1d, 0x16, 0x17). */
    if (opcode >= 0x18 && opcode <= 0x1d && !(opcode == 0x1c && a && !u) &&
        !(opcode == 0x1d && a) && !(opcode == 0x1c && a)) {
        if (!fp_ok)
            return false;
        in->size = 2 + sz;
        switch (opcode) {
        case 0x18: case 0x19:
            if (scalar)
                return false;
            {
                /* U=0: N P M Z (a:o1); U=1: A, -, X, I */
                unsigned o = (a << 1) | (opcode & 1);
                static const uint8_t modes0[4] = { 0, 2, 1, 3 };
                in->cond = M2_FRINT;
                if (!u) {
                    in->aux = modes0[o];
                    in->aux2 = 0;
                } else {
                    if (o == 2)
                        return false;
                    in->aux = o == 0 ? 4 : 5;
                    in->aux2 = o == 1;
                }
            }
            return true;
        case 0x1a: case 0x1b: {
            static const uint8_t modes[4] = { 0, 2, 1, 3 };   /* N M / P Z */
            in->cond = M2_FCVT_INT;
            in->aux = modes[(a << 1) | (opcode & 1)];
            in->amt = 0;
            return true;
        }
        case 0x1c:
            in->cond = M2_FCVT_INT;
            in->aux = 4;
            return true;
        default:
            in->cond = M2_CVTF;
            in->amt = 0;
            return true;
        }
    }
    if (opcode >= 0x0c && opcode <= 0x0f && a) {     /* FP compares with zero, FABS, FNEG */
        static const uint8_t ops0[4] = { M2_FCMGT0, M2_FCMEQ0, M2_FCMLT0, M2_FABS };
        static const uint8_t ops1[4] = { M2_FCMGE0, M2_FCMLE0, 0xff, M2_FNEG };
        unsigned op = (u ? ops1 : ops0)[opcode - 0x0c];
        if (op == 0xff || !fp_ok || (scalar && (op == M2_FABS || op == M2_FNEG)))
            return false;
        in->cond = op;
        in->size = 2 + sz;
        return true;
    }
    if (key == 0x3f && a) {
        if (!fp_ok || scalar)
            return false;
        in->cond = M2_FSQRT;
        in->size = 2 + sz;
        return true;
    }
    if ((opcode == 0x16 || opcode == 0x17) && !a) {
        if (scalar) {
            if (key != 0x36 || !sz)
                return false;
            in->cond = M2_FCVTXN;
            in->size = 2;
            in->fn = h_narrow;
            return true;
        }
        if (key == 0x36 && !sz)
            return false;
        in->flags |= q ? VF_UPPER : 0;
        in->size = sz ? 2 : 1;
        in->cond = key == 0x36 ? M2_FCVTXN : opcode == 0x16 ? M2_FCVTN : M2_FCVTL;
        if (key == 0x37)
            return false;
        if (in->cond == M2_FCVTL) {
            in->fn = h_widen;
            return true;
        }
        in->fn = h_narrow;
        return true;
    }
    if (a && (opcode == 0x1c || opcode == 0x1d || key == 0x1f)) {    /* estimates */
        in->fn = a64_h_fp_estimate;
        if (opcode == 0x1c) {                   /* URECPE, URSQRTE: 2S, 4S */
            in->size = 2;
            in->cond = u ? A64_EST_URSQRTE : A64_EST_URECPE;
            return !scalar && !sz;
        }
        in->size = 2 + sz;
        if (key == 0x1f) {                      /* FRECPX: scalar only */
            in->cond = A64_EST_FRECPX;
            return scalar;
        }
        in->cond = u ? A64_EST_FRSQRTE : A64_EST_FRECPE;
        return fp_ok;
    }
    switch (key) {
    case 0x00: case 0x20: case 0x01:           /* REV64, REV32, REV16 */
        in->aux = key == 0x00 ? 3 : key == 0x20 ? 2 : 1;
        if (scalar || size >= in->aux)
            return false;
        in->fn = h_rev;
        return true;
    case 0x02: case 0x22: case 0x06: case 0x26:
        if (scalar || size == 3)
            return false;
        in->cond = (opcode == 6) ? M2_ADALP : M2_ADDLP;
        in->fn = h_addlp;
        return true;
    case 0x03: case 0x23:
        in->cond = u ? M2_USQADD : M2_SUQADD;
        return scalar || int_ok;
    case 0x04: case 0x24:
        in->cond = u ? M2_CLZ : M2_CLS;
        return !scalar && size != 3;
    case 0x05:
        in->cond = M2_CNT;
        return !scalar && size == 0;
    case 0x25:
        if (scalar || size > 1)
            return false;
        in->cond = size ? M2_RBIT : M2_NOT;
        in->size = 0;
        return true;
    case 0x07: case 0x27:
        in->cond = u ? M2_SQNEG : M2_SQABS;
        return scalar || int_ok;
    case 0x08: in->cond = M2_CMGT0; return int_ok;
    case 0x28: in->cond = M2_CMGE0; return int_ok;
    case 0x09: in->cond = M2_CMEQ0; return int_ok;
    case 0x29: in->cond = M2_CMLE0; return int_ok;
    case 0x0a: in->cond = M2_CMLT0; return int_ok;
    case 0x0b: in->cond = M2_ABS; return int_ok;
    case 0x2b: in->cond = M2_NEG; return int_ok;
    case 0x12: case 0x14: case 0x34: case 0x32:
        if (size == 3 || (key == 0x12 && scalar))
            return false;
        in->cond = key == 0x12 ? M2_XTN : key == 0x14 ? M2_SQXTN : key == 0x34 ? M2_UQXTN : M2_SQXTUN;
        in->flags |= (!scalar && q) ? VF_UPPER : 0;
        in->fn = h_narrow;
        return true;
    case 0x33:
        if (scalar || size == 3)
            return false;
        in->cond = M2_SHLL;
        in->flags |= q ? VF_UPPER : 0;
        in->fn = h_widen;
        return true;
    }
    return false;
}
static bool fmt_misc(uint32_t w, A64Insn *in) { return fmt_misc_common(w, in, false); }
static bool fmt_misc_scalar(uint32_t w, A64Insn *in) { return fmt_misc_common(w, in, true); }

const A64Pattern a64_simd_patterns[] = {
    { 0x9fe08400, 0x0e000400, fmt_copy, NULL, "dup ins mov umov smov", 0 },
    { 0xffe0fc00, 0x5e000400, fmt_dup_scalar, h_dup_elem, "dup mov", 0 },
    { 0x9ff80400, 0x0f000400, fmt_movi, h_movi, "movi mvni orr bic fmov", 0 },
    { 0xbf208c00, 0x0e000800, fmt_permute, h_permute, "uzp1 trn1 zip1 uzp2 trn2 zip2", 0 },
    { 0xbfe08400, 0x2e000000, fmt_ext, h_ext, "ext", 0 },
    { 0xbfe08c00, 0x0e000000, fmt_tbl, h_tbl, "tbl tbx", 0 },
    { 0x9f3e0c00, 0x0e300800, fmt_across, h_across, "addv saddlv uaddlv smaxv umaxv sminv uminv fmaxnmv fminnmv fmaxv fminv", 0 },
    { 0x9f3e0c00, 0x0e200800, fmt_misc, NULL, "rev64 rev32 rev16 saddlp uaddlp suqadd usqadd cls clz cnt not mvn rbit "
      "sadalp uadalp sqabs sqneg cmgt cmge cmeq cmle cmlt abs neg xtn xtn2 sqxtn sqxtn2 uqxtn uqxtn2 "
      "sqxtun sqxtun2 shll shll2 fcvtn fcvtn2 fcvtl fcvtl2 fcvtxn fcvtxn2 frintn frintp frintm frintz "
      "frinta frintx frinti fcvtns fcvtnu fcvtps fcvtpu fcvtms fcvtmu fcvtzs fcvtzu fcvtas fcvtau "
      "scvtf ucvtf fcmgt fcmge fcmeq fcmle fcmlt fabs fneg fsqrt frecpe frsqrte urecpe ursqrte", 0 },
    { 0xdf3e0c00, 0x5e200800, fmt_misc_scalar, NULL, "suqadd usqadd sqabs sqneg cmgt cmge cmeq cmle cmlt abs neg "
      "sqxtn uqxtn sqxtun fcvtxn fcvtns fcvtnu fcvtps fcvtpu fcvtms fcvtmu fcvtzs fcvtzu fcvtas "
      "fcvtau scvtf ucvtf fcmgt fcmge fcmeq fcmle fcmlt frecpe frsqrte frecpx", 0 },
    { 0 },
};

/* ---- for the translator (ops.h) ---- */

A64SimdOp a64_simd_op(const A64Insn *in)
{
    A64Handler *fn = in->fn;
    bool int_misc = in->cond < M2_FABS || in->cond >= M2_SUQADD;

    if (fn == h_misc)
        return int_misc ? A64_SIMD_MISC : A64_SIMD_NONE;
    if (fn == h_narrow)
        return int_misc ? A64_SIMD_NARROW : A64_SIMD_NONE;
    if (fn == h_widen)
        return int_misc ? A64_SIMD_OTHER : A64_SIMD_NONE;
    if (fn == h_across)
        return in->cond < AL_FMAXNMV ? A64_SIMD_ACROSS : A64_SIMD_NONE;
    if (fn == h_rev)
        return A64_SIMD_REV;
    if (fn == h_movi)
        return A64_SIMD_MOVI;
    if (fn == h_dup_gen)
        return A64_SIMD_DUP_GEN;
    if (fn == h_dup_elem)
        return A64_SIMD_DUP_ELEM;
    if (fn == h_ins_elem)
        return A64_SIMD_INS_ELEM;
    if (fn == h_ext)
        return A64_SIMD_EXT;
    if (fn == h_ins_gen)
        return A64_SIMD_INS_GEN;
    if (fn == h_umov)
        return A64_SIMD_UMOV;
    if (fn == h_smov || fn == h_permute || fn == h_tbl || fn == h_addlp)
        return A64_SIMD_OTHER;
    return A64_SIMD_NONE;
}
