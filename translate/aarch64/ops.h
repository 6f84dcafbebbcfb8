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

A64Op a64_dp_op(A64Handler *fn);
A64Op a64_branch_op(A64Handler *fn);
A64Op a64_fp_op(A64Handler *fn);
/* Is fn a plain load or store handler (ldst.c)?  Fills *acc if so. */
bool a64_ldst_access(A64Handler *fn, A64Access *acc);
/* Is fn an exclusive, acquire/release or atomic access (ldst.c)?  They
 * work on guest memory itself, never through guest_read/guest_write. */
bool a64_ldst_atomic(A64Handler *fn);
/* Does in read the virtual counter CNTVCT_EL0 (branch.c)? */
bool a64_reads_counter(const A64Insn *in);

#endif
