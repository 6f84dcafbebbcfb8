/*
 * What an interpreter handler does, for the translator (translate.c): each
 * family file maps its handlers to an A64Op, so the translator reads the
 * operands of an A64Insn exactly as that handler does and never decodes a
 * word a second time.  A handler with no A64Op (A64_OP_NONE) is called by
 * the translated code itself.
 */
#ifndef XLAT_TRANSLATE_AARCH64_OPS_H
#define XLAT_TRANSLATE_AARCH64_OPS_H

#include <stdbool.h>

#include "translate/aarch64/a64.h"

typedef enum A64Op {
    A64_OP_NONE,
    /* dp.c, immediate group */
    A64_OP_ADR, A64_OP_ADD_IMM, A64_OP_SUB_IMM, A64_OP_ADDS_IMM, A64_OP_SUBS_IMM,
    A64_OP_AND_IMM, A64_OP_ORR_IMM, A64_OP_EOR_IMM, A64_OP_ANDS_IMM,
    A64_OP_MOVN, A64_OP_MOVZ, A64_OP_MOVK, A64_OP_SBFM, A64_OP_UBFM, A64_OP_EXTR,
    /* dp.c, register group */
    A64_OP_AND, A64_OP_BIC, A64_OP_ORR, A64_OP_ORN, A64_OP_EOR, A64_OP_EON, A64_OP_ANDS,
    A64_OP_BICS, A64_OP_MOV, A64_OP_ADD, A64_OP_SUB, A64_OP_ADDS, A64_OP_SUBS,
    A64_OP_ADD_EXT, A64_OP_SUB_EXT, A64_OP_ADDS_EXT, A64_OP_SUBS_EXT,
    A64_OP_CCMN, A64_OP_CCMP, A64_OP_CCMN_IMM, A64_OP_CCMP_IMM,
    A64_OP_CSEL, A64_OP_CSINC, A64_OP_CSINV, A64_OP_CSNEG,
    A64_OP_MADD, A64_OP_MSUB, A64_OP_SMADDL, A64_OP_UMADDL, A64_OP_SMULH, A64_OP_UMULH,
    A64_OP_UDIV, A64_OP_SDIV, A64_OP_SHIFTV, A64_OP_RBIT, A64_OP_REV16, A64_OP_REV32,
    A64_OP_REV64,
    A64_OP_CLZ,
    /* branch.c */
    A64_OP_B, A64_OP_BL, A64_OP_BCOND, A64_OP_CBZ, A64_OP_CBNZ, A64_OP_TBZ, A64_OP_TBNZ,
    A64_OP_BR, A64_OP_BLR, A64_OP_NOP, A64_OP_MRS, A64_OP_MSR,
    /* ldst.c: see A64Access */
    A64_OP_LDST, A64_OP_PAIR,
    /* fp.c: scalar 2-source (FADD..FNMUL), 1-source (FMOV..FRINTI),
     * 3-source (FMADD..FNMSUB), FMOV immediate, FMOV Xd/Wd <- Dn/Sn and back */
    A64_OP_FP2, A64_OP_FP1, A64_OP_FP3, A64_OP_FMOV_IMM, A64_OP_FMOV_TO_GPR,
    A64_OP_FMOV_FROM_GPR,
    /* crypto.c: AESE/AESD (cond 1: AESD), AESMC/AESIMC (cond 1: AESIMC),
     * SHA1C/P/M (cond 0..2), SHA256H/H2 (cond 4, 5), the schedule updates,
     * SHA1H, PMULL{2} Vd.1Q (sf: PMULL2) */
    A64_OP_AES_ROUND, A64_OP_AES_MIX, A64_OP_SHA1_ROUNDS, A64_OP_SHA1SU0, A64_OP_SHA1SU1,
    A64_OP_SHA1H, A64_OP_SHA256_ROUNDS, A64_OP_SHA256SU0, A64_OP_SHA256SU1, A64_OP_PMULL64,
    /* simd.c, simd2.c, ldst.c, fp.c: an Advanced SIMD integer instruction
     * (or FMOV of V.D[1]) with an inline translation (gen-simd.c, A64SimdOp) */
    A64_OP_SIMD,
    /* fp.c: FCMP/FCMPE, FCCMP/FCCMPE, FCSEL, FCVT[NPMZA][SU] (with fraction
     * bits too), SCVTF/UCVTF */
    A64_OP_FCMP, A64_OP_FCCMP, A64_OP_FCSEL, A64_OP_FCVT_INT, A64_OP_CVTF,
    A64_OP_COUNT
} A64Op;

/* A64Insn.imm of MRS TPIDR_EL0 (op0 - 2, op1, CRn, CRm, op2 packed as in
 * branch.c). */
#define A64_SYSREG_TPIDR_EL0 0x5e82

/* Addressing modes of a load or store. */
enum { A64_MODE_OFF, A64_MODE_PRE, A64_MODE_POST, A64_MODE_REG, A64_MODE_LIT };

/* One LDR/STR/LDP/STP handler: what moves where, and how the address is
 * formed (imm, and for A64_MODE_REG Rm extended by sh and shifted by amt). */
typedef struct A64Access {
    bool load;
    bool vec;           /* SIMD&FP register */
    bool sign;          /* sign-extending load */
    bool to32;          /* ... into a W register (LDRSB/LDRSH Wt) */
    bool pair;
    bool prefetch;      /* PRFM: no access */
    unsigned size;      /* log2 of the bytes of one register's access */
    unsigned mode;
} A64Access;

/* What an Advanced SIMD instruction is.  Every kind but A64_SIMD_NONE is
 * integer only: its handler never uses the host FP unit, so it runs from
 * translated code without MXCSR care.  A64_SIMD_NONE is anything else,
 * including the SIMD instructions that do FP arithmetic.  The handler's
 * own fields keep the sub-operation (see each kind). */
typedef enum A64SimdOp {
    A64_SIMD_NONE,
    A64_SIMD_OTHER,         /* integer, no inline form */
    A64_SIMD_SAME,          /* three-same integer: cond = U:opcode */
    A64_SIMD_PAIRWISE,      /* ADDP, [SU]MAXP, [SU]MINP: cond = U:opcode */
    A64_SIMD_LOGIC,         /* cond = U:size: AND BIC ORR ORN EOR BSL BIT BIF */
    A64_SIMD_MISC,          /* two-register misc integer: cond = M2_* (simd.h) */
    A64_SIMD_REV,           /* REV16/32/64: aux = log2 of the container */
    A64_SIMD_NARROW,        /* XTN and the saturating narrows: cond = M2_* */
    A64_SIMD_ACROSS,        /* ADDV, [SU]MAXV, [SU]MINV, [SU]ADDLV: cond = AL_* (simd.h) */
    A64_SIMD_EXT,           /* EXT: cond = first byte */
    A64_SIMD_MOVI,          /* cond: 0 MOVI, 1 MVNI, 2 ORR, 3 BIC with imm */
    A64_SIMD_DUP_GEN,       /* DUP Vd.T, Rn */
    A64_SIMD_INS_GEN,       /* INS Vd.T[cond], Rn */
    A64_SIMD_DUP_ELEM,      /* DUP Vd.T, Vn.T[cond] (and its scalar form) */
    A64_SIMD_INS_ELEM,      /* INS Vd.T[cond], Vn.T[aux] */
    A64_SIMD_UMOV,          /* UMOV Rd, Vn.T[cond] */
    A64_SIMD_MOV_FROM_TOP,  /* FMOV Xd, Vn.D[1] */
    A64_SIMD_MOV_TO_TOP,    /* FMOV Vd.D[1], Xn */
    A64_SIMD_SHIFT,         /* shift by immediate: cond = U:opcode, amt = shift */
    A64_SIMD_SHIFT_NARROW,  /* [SU]Q[R]SHR[U]N, [R]SHRN: size = destination size */
    A64_SIMD_SHIFT_LONG,    /* [SU]SHLL: size = source size */
    A64_SIMD_LDST_MULTIPLE, /* LD1..4, ST1..4: aux registers, aux2 elements, A64_SF_* */
    A64_SIMD_LDST_SINGLE,   /* one lane (cond) or LDnR: aux2 elements, A64_SF_* */
} A64SimdOp;

/* A64Insn.flags of the structure loads and stores (ldst.c). */
#define A64_SF_POST 1   /* post-index: by imm if rm is 31, else by Xm */
#define A64_SF_LOAD 2
#define A64_SF_REPL 4   /* LD1R..LD4R */

A64SimdOp a64_simd_op(const A64Insn *in);       /* simd.c */
A64SimdOp a64_simd2_op(const A64Insn *in);      /* simd2.c */
A64SimdOp a64_ldst_simd_op(const A64Insn *in);  /* ldst.c */
A64SimdOp a64_fp_simd_op(const A64Insn *in);    /* fp.c */

A64Op a64_dp_op(A64Handler *fn);
A64Op a64_branch_op(A64Handler *fn);
A64Op a64_fp_op(A64Handler *fn);
A64Op a64_crypto_op(A64Handler *fn);
/* Is fn a plain load or store handler (ldst.c)?  Fills *acc if so. */
bool a64_ldst_access(A64Handler *fn, A64Access *acc);
/* Is fn an exclusive, acquire/release or atomic access (ldst.c)?  They
 * work on guest memory itself, never through guest_read/guest_write. */
bool a64_ldst_atomic(A64Handler *fn);
/* Is fn a handler of dp.c (branch.c) that never uses the host FP unit?
 * (Translated code calls those without MXCSR care.) */
bool a64_dp_fp_free(A64Handler *fn);
bool a64_branch_fp_free(A64Handler *fn);
/* Does in read the virtual counter CNTVCT_EL0 (branch.c)? */
bool a64_reads_counter(const A64Insn *in);

#endif
