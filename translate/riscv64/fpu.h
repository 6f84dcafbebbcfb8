/*
 * RISC-V F and D extension arithmetic as pure helpers over raw register bits.
 *
 * Both tiers call these: the interpreter directly, translated code through a
 * helper call.  Every function takes the raw 64-bit f-register contents (or an
 * x-register value), a resolved static rounding mode and a pointer to the
 * accumulated exception flags, and returns the raw destination bits, so the
 * caller never touches host floating-point state.  Semantics follow the
 * unprivileged ISA manual, version 20191213, F and D chapters: IEEE 754-2008
 * results, canonical NaNs, NaN boxing of singles, saturating conversions.
 */
#ifndef XLAT_TRANSLATE_RISCV64_FPU_H
#define XLAT_TRANSLATE_RISCV64_FPU_H

#include <stdint.h>
#include <stdbool.h>

/* fflags bits, cf. the fcsr layout: NV DZ OF UF NX from bit 4 down to bit 0. */
enum { RV_FFLAG_NX = 1, RV_FFLAG_UF = 2, RV_FFLAG_OF = 4, RV_FFLAG_DZ = 8, RV_FFLAG_NV = 16 };

/* Static rounding modes, as encoded in the rm field and in frm. */
enum { RV_RM_RNE = 0, RV_RM_RTZ = 1, RV_RM_RDN = 2, RV_RM_RUP = 3, RV_RM_RMM = 4, RV_RM_DYN = 7 };

#define RV_F32_CANONICAL_NAN 0x7fc00000u
#define RV_F64_CANONICAL_NAN 0x7ff8000000000000ull

/* rm is a resolved static rounding mode 0..4 (RNE, RTZ, RDN, RUP, RMM); the
 * caller has already replaced 7 (DYN) by frm and raises SIGILL for 5, 6 or an
 * invalid frm (rv_fp_arith reads any other value as RNE rather than
 * misbehave).  Exception flags are ORed into *fflags. */
typedef enum RvFpOp {
    RV_FADD, RV_FSUB, RV_FMUL, RV_FDIV, RV_FSQRT, RV_FMIN, RV_FMAX,
    RV_FSGNJ, RV_FSGNJN, RV_FSGNJX, RV_FMADD, RV_FMSUB, RV_FNMSUB, RV_FNMADD
} RvFpOp;

/* a, b, c: raw 64-bit f-register contents.  For single precision (dbl=false)
 * inputs are NaN-unboxed (a value whose upper 32 bits are not all ones reads
 * as the canonical NaN) and the result is NaN-boxed.  Unused operands are
 * ignored (b for fsqrt, c outside the fused multiply-add family). */
uint64_t rv_fp_arith(RvFpOp op, bool dbl, uint64_t a, uint64_t b, uint64_t c,
                     unsigned rm, uint32_t *fflags);

typedef enum RvFpCmp { RV_FEQ, RV_FLT, RV_FLE } RvFpCmp;

/* feq is quiet (NV only for a signaling NaN), flt and fle signal on any NaN. 0 or 1. */
uint64_t rv_fp_compare(RvFpCmp op, bool dbl, uint64_t a, uint64_t b, uint32_t *fflags);

/* fclass.s / fclass.d: the 10-bit one-hot mask (bit 0 -inf ... bit 9 quiet NaN). */
uint64_t rv_fp_class(bool dbl, uint64_t a);

typedef enum RvFpCvt {
    RV_CVT_W_S, RV_CVT_WU_S, RV_CVT_L_S, RV_CVT_LU_S,
    RV_CVT_S_W, RV_CVT_S_WU, RV_CVT_S_L, RV_CVT_S_LU,
    RV_CVT_W_D, RV_CVT_WU_D, RV_CVT_L_D, RV_CVT_LU_D,
    RV_CVT_D_W, RV_CVT_D_WU, RV_CVT_D_L, RV_CVT_D_LU,
    RV_CVT_S_D, RV_CVT_D_S
} RvFpCvt;

/* a: f-register bits (FP source) or x-register value (integer source).
 * Result: x-register value (integer destinations: 32-bit results sign-extended
 * to 64 bits, as RV64 requires even for WU) or f-register bits (singles
 * NaN-boxed). */
uint64_t rv_fp_convert(RvFpCvt op, uint64_t a, unsigned rm, uint32_t *fflags);

/* Translated code (translate.c) runs F/D arithmetic on the host FPU with
 * the host's MXCSR exception flags standing for guest flags not yet in
 * cpu->rv.fflags.  rv_fp_host_flags_fold() ORs them into *fflags and clears
 * them; rv_fp_flags_of_mxcsr() maps a saved MXCSR's flags (IE->NV, ZE->DZ,
 * OE->OF, UE->UF, PE->NX; DE has no RISC-V flag). */
void rv_fp_host_flags_fold(uint32_t *fflags);
uint32_t rv_fp_flags_of_mxcsr(uint32_t mxcsr);
/* Around each run of translated code, without the ldmxcsr of a fold in
 * the common case: folding ORs, so flags already folded may stay pending.
 * rv_fp_host_flags_enter() clears MXCSR's flags only when it has one that
 * fflags lacks (the host's own, or the guest's, which it cleared since);
 * rv_fp_host_flags_peek() ORs the pending flags into *fflags and leaves
 * them (returning MXCSR); after a write of fflags,
 * rv_fp_host_flags_settle(that MXCSR, fflags) clears them if fflags lacks
 * one, as rv_fp_host_flags_enter does with a fresh MXCSR. */
void rv_fp_host_flags_enter(uint32_t fflags);
uint32_t rv_fp_host_flags_peek(uint32_t *fflags);
void rv_fp_host_flags_settle(uint32_t mxcsr, uint32_t fflags);

/* fmv.w.x: NaN-box a single. */
static inline uint64_t rv_fp_box32(uint32_t v)
{
    return 0xffffffff00000000ull | v;
}

/* The single held in an f-register; the canonical NaN if it is not NaN-boxed. */
static inline uint32_t rv_fp_unbox32(uint64_t v)
{
    return (v >> 32) == 0xffffffffu ? (uint32_t)v : RV_F32_CANONICAL_NAN;
}

/* fmv.x.w: the low 32 bits, sign-extended (no unboxing). */
static inline uint64_t rv_fp_fmv_x_w(uint64_t f)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)f;
}

#endif
