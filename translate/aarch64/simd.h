/*
 * Lane helpers shared by the Advanced SIMD files (simd.c: copy, immediate,
 * permute, table, across-lanes, two-register misc; simd2.c: three-same,
 * three-different, shift by immediate, by element, and the scalar forms).
 *
 * Conventions of a decoded SIMD instruction: in->size is log2 of the
 * element size in bytes, in->sf is Q (128-bit), in->flags has VF_SCALAR for
 * the scalar forms (one element, the rest of the register cleared) and
 * VF_UNSIGNED for the U bit where one handler serves both signednesses.
 * Every handler reads its sources into locals before writing Rd, so Rd may
 * equal a source.
 */
#ifndef XLAT_TRANSLATE_AARCH64_SIMD_H
#define XLAT_TRANSLATE_AARCH64_SIMD_H

#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"

#define VF_SCALAR 1
#define VF_UNSIGNED 2
#define VF_UPPER 4      /* the "2" forms: upper half of the narrow source/dest */
#define VF_ACC 8        /* accumulate into Rd */

#define FPSR_QC (1u << 27)

/* Across lanes (simd.c): in->cond. */
enum { AL_ADDV, AL_ADDLV, AL_MAXV, AL_MINV, AL_FMAXNMV, AL_FMINNMV, AL_FMAXV, AL_FMINV };

/* Two-register miscellaneous (simd.c): in->cond.  Those before M2_FABS
 * and from M2_SUQADD on are integer. */
enum {
    M2_REV, M2_CNT, M2_NOT, M2_RBIT, M2_CLS, M2_CLZ, M2_ABS, M2_NEG,
    M2_CMGT0, M2_CMGE0, M2_CMEQ0, M2_CMLE0, M2_CMLT0, M2_ADDLP, M2_ADALP,
    M2_XTN, M2_SQXTN, M2_UQXTN, M2_SQXTUN, M2_SHLL, M2_SQABS, M2_SQNEG,
    M2_FABS, M2_FNEG, M2_FSQRT, M2_FRINT, M2_FCVT_INT, M2_CVTF,
    M2_FCMGT0, M2_FCMGE0, M2_FCMEQ0, M2_FCMLE0, M2_FCMLT0, M2_FCVTN, M2_FCVTL,
    M2_FCVTXN, M2_SUQADD, M2_USQADD,
};

static inline uint64_t lane(const A64Vreg *v, unsigned size, unsigned k)
{
    switch (size) {
    case 0: return v->b[k];
    case 1: return v->h[k];
    case 2: return v->s[k];
    default: return v->d[k];
    }
}
static inline void set_lane(A64Vreg *v, unsigned size, unsigned k, uint64_t x)
{
    switch (size) {
    case 0: v->b[k] = x; break;
    case 1: v->h[k] = x; break;
    case 2: v->s[k] = x; break;
    default: v->d[k] = x; break;
    }
}
static inline unsigned lanes(const A64Insn *i)
{
    return (i->flags & VF_SCALAR) ? 1 : (i->sf ? 16u : 8u) >> i->size;
}
static inline uint64_t lane_mask(unsigned size)
{
    return size == 3 ? ~0ull : (1ull << (8u << size)) - 1;
}
static inline int64_t slane(uint64_t v, unsigned size) { return sext(v, 8u << size); }
static inline A64Vreg *vreg(Cpu *c, unsigned r) { return &c->a64.v[r]; }

/* Saturate a signed or unsigned value to an element size; sets FPSR.QC. */
static inline uint64_t sat_signed(Cpu *c, __int128 v, unsigned size)
{
    __int128 max = ((__int128)1 << ((8u << size) - 1)) - 1, min = -max - 1;
    if (v > max) { c->a64.fpsr |= FPSR_QC; v = max; }
    if (v < min) { c->a64.fpsr |= FPSR_QC; v = min; }
    return (uint64_t)v & lane_mask(size);
}
static inline uint64_t sat_unsigned(Cpu *c, __int128 v, unsigned size)
{
    __int128 max = size == 3 ? (__int128)UINT64_MAX : (__int128)lane_mask(size);
    if (v > max) { c->a64.fpsr |= FPSR_QC; v = max; }
    if (v < 0) { c->a64.fpsr |= FPSR_QC; v = 0; }
    return (uint64_t)v;
}

/* Write a whole result: Q=0 and scalar forms clear the upper part. */
static inline void vwrite(Cpu *c, const A64Insn *i, A64Vreg r)
{
    if (i->flags & VF_SCALAR)
        r.q &= lane_mask(i->size) == ~0ull ? ~(unsigned __int128)0 >> 64 : lane_mask(i->size);
    else if (!i->sf)
        r.d[1] = 0;
    c->a64.v[i->rd] = r;
}

/* FRECPE, FRSQRTE, FRECPX, URECPE, URSQRTE (fp-estimate.c): in->cond. */
enum { A64_EST_FRECPE, A64_EST_FRSQRTE, A64_EST_FRECPX, A64_EST_URECPE, A64_EST_URSQRTE };
void a64_h_fp_estimate(Cpu *c, const A64Insn *i);

#endif
