/*
 * Compares repeated at their readers (the translator's; see translate.c).
 *
 * A compare (CMP, CMN, TST: a flag-setting add, sub or and into XZR) whose
 * flags are read further down its block, with only plain integer
 * instructions in between, has no effect but the host flags.  Rather than
 * storing NZCV (14 instructions) because an instruction between it and its
 * reader clobbers the host flags, the translation emits nothing at the
 * compare and the compare itself just before each reader, as long as its
 * operands are unchanged:
 *
 *     cmp w9, #0; sub w8, w1, w3; cset w4, eq
 *
 * becomes `sub; cmp; sete; movzx`.  Nothing in the window can see NZCV in
 * memory: no guest access (a fault shows NZCV), no helper call, no exit,
 * no other reader or setter.  `--jit-disable=flagregen` turns it off.
 */
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"

/* A compare that writes nothing but NZCV. */
static bool is_compare(const TrInsn *t)
{
    switch (t->op) {
    case A64_OP_ADDS_IMM: case A64_OP_SUBS_IMM: case A64_OP_ANDS_IMM: case A64_OP_ANDS:
    case A64_OP_BICS: case A64_OP_ADDS: case A64_OP_SUBS: case A64_OP_ADDS_EXT:
    case A64_OP_SUBS_EXT:
        return operand(t->in.rd, false) == G_ZR;
    default:
        return false;
    }
}

/* Reads the host flags a compare leaves (and sets none itself). */
static bool is_reader(A64Op op)
{
    return op == A64_OP_BCOND || op == A64_OP_CSEL || op == A64_OP_CSINC || op == A64_OP_CSINV ||
           op == A64_OP_CSNEG;
}

/* Integer instructions that gen_dp always translates inline, and that
 * neither read nor set NZCV nor touch memory. */
static bool is_plain(A64Op op)
{
    switch (op) {
    case A64_OP_ADR: case A64_OP_ADD_IMM: case A64_OP_SUB_IMM: case A64_OP_AND_IMM:
    case A64_OP_ORR_IMM: case A64_OP_EOR_IMM: case A64_OP_MOVN: case A64_OP_MOVZ:
    case A64_OP_MOVK: case A64_OP_SBFM: case A64_OP_UBFM: case A64_OP_EXTR:
    case A64_OP_AND: case A64_OP_BIC: case A64_OP_ORR: case A64_OP_ORN: case A64_OP_EOR:
    case A64_OP_EON: case A64_OP_MOV: case A64_OP_ADD: case A64_OP_SUB: case A64_OP_ADD_EXT:
    case A64_OP_SUB_EXT: case A64_OP_MADD: case A64_OP_MSUB: case A64_OP_SMADDL:
    case A64_OP_UMADDL: case A64_OP_SMULH: case A64_OP_UMULH: case A64_OP_UDIV:
    case A64_OP_SDIV: case A64_OP_SHIFTV: case A64_OP_REV16: case A64_OP_REV64:
    case A64_OP_NOP:
        return true;
    default:
        return false;
    }
}

/* Does t write one of the operands of compare c? */
static bool clobbers(const TrInsn *t, const Regs *c)
{
    Regs g = insn_regs(t);

    for (int k = 0; k < g.nw; k++)
        for (int r = 0; r < c->nr; r++)
            if (g.w[k] == c->r[r])
                return true;
    return false;
}

void plan_flag_regen(Tc *tc)
{
    for (int i = 0; i < tc->n; i++) {
        tc->deferred[i] = tc->regen_keep[i] = false;
        tc->regen_from[i] = -1;
    }
    if (!tc->flag_elim || !jit_enabled(JIT_TECH_FLAGREGEN))
        return;
    for (int i = 0; i < tc->n; i++) {
        const TrInsn *c = &tc->insn[i];
        if (!is_compare(c) || c->block_last)
            continue;
        Regs ops = insn_regs(c);
        int last = -1;
        for (int k = i + 1; k < tc->n; k++) {
            const TrInsn *t = &tc->insn[k];
            if (is_reader(t->op)) {
                if (last >= 0)
                    tc->regen_keep[last] = true;
                tc->regen_from[k] = (int16_t)i;
                last = k;
            } else if (!is_plain(t->op) || t->fallthrough) {
                break;
            }
            if (t->block_last || clobbers(t, &ops))
                break;
        }
        if (last >= 0)
            tc->deferred[i] = true;
    }
}
