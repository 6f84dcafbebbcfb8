/*
 * The riscv64 translator's analysis of a whole superblock before code
 * generation (translate.c): what each instruction reads, which blocks are
 * joined by jumps inside the translation, and for each RV64 W instruction
 * whether its result needs the sign extension at once.
 *
 * Sign extensions of W results.  addw, addiw, subw, the W shifts and mulw
 * compute 32 bits and sign-extend them to 64: on x86-64 a 32-bit operation
 * and a movsxd.  Much of what reads such a result reads only its low half
 * (another W instruction, sw/sh/sb, a shift amount), or the register is
 * written again before anything reads it.  Code generation can then leave
 * the extension pending (Tc.sext_pending: the host register holds the right
 * low 32 bits and zero-extended garbage above them) and does the movsxd
 * only where the full value is observed:
 *   - before an instruction that reads the register in full;
 *   - in every exit stub, and before a helper call, an indirect jump or an
 *     edge that jumps back inside the translation (so a block reached by a
 *     jump never starts with an extension pending);
 *   - at a fault site, by the host fault handler (JitSite.sext_regs), so
 *     a guest signal handler sees the exact register.
 * A conditional branch on registers that are all pending (or x0) compares
 * their low halves, which orders them as the sign-extended values would.
 *
 * Which W results to leave pending is the decision made here: rv_opt_
 * analyze scans forward from the W instruction along the superblock's
 * straight line and defers the extension when the register is written
 * again before any hot path would have to extend it (a full read, a helper
 * call, a jump inside the translation, the superblock's last exit).  A
 * wrong guess costs one movsxd elsewhere, never correctness: code
 * generation extends wherever the full value is needed.
 *
 * Worked example (xz): `addiw t4,a4,-1; c.addiw t4,t4,-1` with t4 in r10
 * was `mov r10,r12; add r10d,-1; movsxd r10,r10d; add r10d,-1; movsxd
 * r10,r10d`; the first movsxd is gone, since the second addiw reads only
 * t4's low half and writes t4 again.
 */
#include <string.h>

#include "translate/jit/techniques.h"
#include "translate/riscv64/translate.h"

/* Whether op's result is the sign extension of 32 bits computed by a
 * 32-bit host operation that code generation can leave pending. */
static bool w_result(RvOp op)
{
    switch (op) {
    case RV_ADDIW: case RV_SLLIW: case RV_SRLIW: case RV_SRAIW:
    case RV_ADDW: case RV_SUBW: case RV_SLLW: case RV_SRLW: case RV_SRAW: case RV_MULW:
        return true;
    default:
        return false;
    }
}

bool rv_opt_is_branch(RvOp op)
{
    return op >= RV_BEQ && op <= RV_BGEU;
}

/* Whether code generation emits op inline, without a helper call that
 * hands every guest register to C. */
static bool inline_op(RvOp op)
{
    switch (op) {
    case RV_LUI: case RV_AUIPC: case RV_ADDI: case RV_XORI: case RV_ORI: case RV_ANDI:
    case RV_SLTI: case RV_SLTIU: case RV_SLLI: case RV_SRLI: case RV_SRAI:
    case RV_ADD: case RV_SUB: case RV_XOR: case RV_OR: case RV_AND: case RV_SLT: case RV_SLTU:
    case RV_SLL: case RV_SRL: case RV_SRA:
    case RV_ADDIW: case RV_SLLIW: case RV_SRLIW: case RV_SRAIW:
    case RV_ADDW: case RV_SUBW: case RV_SLLW: case RV_SRLW: case RV_SRAW:
    case RV_MUL: case RV_MULW: case RV_MULH: case RV_MULHU:
    case RV_LB: case RV_LH: case RV_LW: case RV_LD: case RV_LBU: case RV_LHU: case RV_LWU:
    case RV_SB: case RV_SH: case RV_SW: case RV_SD:
    case RV_FLW: case RV_FLD: case RV_FSW: case RV_FSD: case RV_FENCE:
    case RV_FMV_X_D: case RV_FMV_D_X:
    case RV_BEQ: case RV_BNE: case RV_BLT: case RV_BGE: case RV_BLTU: case RV_BGEU:
    case RV_JAL:
        return true;
    case RV_DIV: case RV_DIVU: case RV_REM: case RV_REMU:
    case RV_DIVW: case RV_DIVUW: case RV_REMW: case RV_REMUW:
        return jit_enabled(JIT_TECH_INLINEOPS);
    case RV_LR_W: case RV_SC_W: case RV_AMOSWAP_W: case RV_AMOADD_W: case RV_AMOXOR_W:
    case RV_AMOAND_W: case RV_AMOOR_W: case RV_AMOMIN_W: case RV_AMOMAX_W:
    case RV_AMOMINU_W: case RV_AMOMAXU_W:
    case RV_LR_D: case RV_SC_D: case RV_AMOSWAP_D: case RV_AMOADD_D: case RV_AMOXOR_D:
    case RV_AMOAND_D: case RV_AMOOR_D: case RV_AMOMIN_D: case RV_AMOMAX_D:
    case RV_AMOMINU_D: case RV_AMOMAXU_D:
        return jit_enabled(JIT_TECH_RVATOMICS);
    /* F/D arithmetic reads and writes only F registers (its slow path
     * saves and reloads the host registers as they are). */
    case RV_FADD_S: case RV_FSUB_S: case RV_FMUL_S: case RV_FDIV_S: case RV_FSQRT_S:
    case RV_FADD_D: case RV_FSUB_D: case RV_FMUL_D: case RV_FDIV_D: case RV_FSQRT_D:
    case RV_FMIN_S: case RV_FMAX_S: case RV_FMIN_D: case RV_FMAX_D:
    case RV_FSGNJ_S: case RV_FSGNJN_S: case RV_FSGNJX_S:
    case RV_FSGNJ_D: case RV_FSGNJN_D: case RV_FSGNJX_D:
    case RV_FMADD_S: case RV_FMSUB_S: case RV_FNMSUB_S: case RV_FNMADD_S:
    case RV_FMADD_D: case RV_FMSUB_D: case RV_FNMSUB_D: case RV_FNMADD_D:
        return true;
    default:
        return false;
    }
}

uint32_t rv_opt_full_reads(const RvInsn *in)
{
    RvOp op = (RvOp)in->op;
    RvFmt f = rv_op_formats[op];
    uint32_t rs1 = 1u << in->rs1, rs2 = 1u << in->rs2;

    if (!inline_op(op) || op == RV_JALR)
        return ~0u;             /* a helper call or an exit: everything */
    if (w_result(op) || op == RV_DIVW || op == RV_DIVUW || op == RV_REMW || op == RV_REMUW)
        return 0;               /* low halves only */
    switch (op) {
    case RV_SLLI:               /* shifted out: the upper half */
        return in->imm >= 32 ? 0 : rs1;
    case RV_ANDI:               /* masked off: the upper half */
        return in->imm >= 0 ? 0 : rs1;
    case RV_SLL: case RV_SRL: case RV_SRA:
        return rs1;             /* the shift amount is rs2's low 6 bits */
    case RV_SB: case RV_SH: case RV_SW:
        return rs1;             /* the address; the stored value's low bytes */
    default:
        break;
    }
    switch (f) {
    case F_R: case F_S: case F_B: case F_AMO:
        return rs1 | rs2;
    case F_LR:
        return rs1;
    case F_I: case F_LOAD: case F_SH6: case F_SH5: case F_FLOAD: case F_FSTORE: case F_X2F:
    case F_X2F_RM:
        return rs1;
    default:
        return 0;
    }
}

uint32_t rv_opt_full_reads_at(const Tc *tc, int i)
{
    if (tc->opt[i] & (OPT_SKIP | OPT_FROM_LOW32 | OPT_CONST_ONLY))
        return 0;               /* (the fused pair reads the first one's rs1's low half) */
    if (i > 0 && (tc->opt[i - 1] & OPT_CONST_ONLY))
        return 0;               /* addi of the constant: no register read */
    return rv_opt_full_reads(&tc->insn[i].in);
}

static bool writes_rd(const RvInsn *in)
{
    switch (rv_op_formats[in->op]) {
    case F_R: case F_I: case F_LOAD: case F_U: case F_J: case F_SH6: case F_SH5:
    case F_CSR: case F_CSRI: case F_AMO: case F_LR: case F_FCMP: case F_F2X: case F_F2X_RM:
        return in->rd != 0;
    default:
        return false;
    }
}

/* Mark the blocks a jump inside the superblock reaches (a successor other
 * than the next block in line). */
static void find_joins(Tc *tc)
{
    tc->join_blocks = 0;
    for (int k = 0; k < tc->nblocks; k++) {
        int last = (k + 1 < tc->nblocks ? tc->block_start[k + 1] : tc->n) - 1;
        const TrInsn *t = &tc->insn[last];
        uint64_t next = k + 1 < tc->nblocks ? tc->block_pc[k + 1] : 0;
        uint64_t succ[2];
        int nsucc = 0;
        if (rv_opt_is_branch((RvOp)t->in.op)) {
            succ[nsucc++] = t->pc + t->in.imm;
            succ[nsucc++] = t->pc + t->in.len;
        } else if (t->in.op == RV_JAL) {
            succ[nsucc++] = t->pc + t->in.imm;
        }
        for (int s = 0; s < nsucc; s++) {
            if (succ[s] == next)
                continue;
            for (int b = 0; b < tc->nblocks; b++)
                if (tc->block_pc[b] == succ[s])
                    tc->join_blocks |= 1u << b;
        }
    }
}

/* Whether the block that starts at instruction index i (if any) is a join. */
static bool starts_join(const Tc *tc, int i)
{
    for (int b = 0; b < tc->nblocks; b++)
        if (tc->block_start[b] == i)
            return tc->join_blocks >> b & 1;
    return false;
}

/* Whether the branch at index j leaves the straight line for a block of
 * the superblock (an edge that jumps back inside it). */
static bool branch_joins(const Tc *tc, int j)
{
    const TrInsn *t = &tc->insn[j];
    uint64_t next = j + 1 < tc->n ? tc->insn[j + 1].pc : 0;
    uint64_t succ[2] = { t->pc + t->in.imm, t->pc + t->in.len };

    for (int s = 0; s < 2; s++) {
        if (succ[s] == next)
            continue;
        for (int b = 0; b < tc->nblocks; b++)
            if (tc->block_pc[b] == succ[s])
                return true;
    }
    return false;
}

/* Whether W instruction i's result (register g) can stay unextended: g is
 * written again before a hot path would have to extend it. */
static bool sext_deferrable(const Tc *tc, int i, int g)
{
    uint32_t bit = 1u << g;

    for (int j = i + 1; j < tc->n; j++) {
        const RvInsn *in = &tc->insn[j].in;
        RvOp op = (RvOp)in->op;
        if (starts_join(tc, j) || op == RV_ECALL || op == RV_EBREAK || op == RV_FENCE_I ||
            op == RV_ILLEGAL || op == RV_JAL || op == RV_JALR)
            return false;
        if (rv_opt_is_branch(op)) {
            bool reads = (in->rs1 == g || in->rs2 == g);
            /* compared in its low half against x0 or itself */
            if (reads && in->rs1 != 0 && in->rs2 != 0 && in->rs1 != in->rs2)
                return false;
            if (j == tc->n - 1 || branch_joins(tc, j))
                return false;
            continue;
        }
        if (rv_opt_full_reads_at(tc, j) & bit)
            return false;
        if (writes_rd(in) && in->rd == g)
            return true;
    }
    return false;
}

/* Pairs that shift a register's low half into place: `slli rd,rs,32;
 * srli rd,rd,k` (zext.w when k is 32) and the same with srai (sext.w),
 * one 32-bit move (or movsxd) and at most one shift instead of a move and
 * two shifts.  The slli's result is never seen: rd is written again by
 * the next instruction, with nothing between that could fault or exit. */
static void find_pairs(Tc *tc)
{
    for (int i = 0; i + 1 < tc->n; i++) {
        const RvInsn *a = &tc->insn[i].in, *b = &tc->insn[i + 1].in;
        if (a->op != RV_SLLI || a->imm != 32 || a->rd == 0 || starts_join(tc, i + 1) ||
            (b->op != RV_SRLI && b->op != RV_SRAI) || b->rs1 != a->rd || b->rd != a->rd)
            continue;
        bool new_block = false;
        for (int k = 1; k < tc->nblocks; k++)
            new_block |= tc->block_start[k] == i + 1;
        if (new_block)
            continue;
        tc->opt[i] |= OPT_SKIP;
        tc->opt[i + 1] |= OPT_FROM_LOW32;
        i++;
    }
}

/* lui or auipc immediately followed by an addi or addiw of the same
 * register (li and la of a 32-bit constant or address): the first only
 * makes a constant the second folds in, one move in all. */
static void find_constant_pairs(Tc *tc)
{
    for (int i = 0; i + 1 < tc->n; i++) {
        const RvInsn *a = &tc->insn[i].in, *b = &tc->insn[i + 1].in;
        if ((a->op != RV_LUI && a->op != RV_AUIPC) || a->rd == 0 || tc->opt[i] ||
            tc->opt[i + 1] || (b->op != RV_ADDI && b->op != RV_ADDIW) || b->rs1 != a->rd ||
            b->rd != a->rd)
            continue;
        bool new_block = false;
        for (int k = 1; k < tc->nblocks; k++)
            new_block |= tc->block_start[k] == i + 1;
        if (!new_block)
            tc->opt[i] |= OPT_CONST_ONLY;
    }
}

void rv_opt_analyze(Tc *tc)
{
    find_joins(tc);
    memset(tc->opt, 0, (size_t)tc->n);
    if (jit_enabled(JIT_TECH_PEEPHOLE))
        find_pairs(tc);
    if (jit_enabled(JIT_TECH_CONSTPROP))
        find_constant_pairs(tc);
    for (int i = 0; i < tc->n; i++) {
        const RvInsn *in = &tc->insn[i].in;
        if (jit_enabled(JIT_TECH_SEXT) && w_result((RvOp)in->op) && in->rd != 0 &&
            tc->host_of[in->rd] >= 0 && sext_deferrable(tc, i, in->rd))
            tc->opt[i] |= OPT_DEFER_SEXT;
    }
}
