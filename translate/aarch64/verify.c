/*
 * aarch64 for --verify (translate/jit/verify.h): the interpreter's step
 * and what is compared after each verified superblock run, besides pc and
 * instret.
 *
 * The step decodes the word at pc on its own (the predecoded blocks of
 * interp.c hold the same A64Insn) and runs its handler, as a block would;
 * a handler sets the pc only when it branches.  The translation leaves
 * before what needs the run loop (SVC, BRK, ISB, IC IVAU, an undefined
 * word: an instruction that ends a block and is no branch), so the step
 * stops there.  Exclusives, acquire/release and atomics use host pointers
 * into guest memory, not the overlay, and CNTVCT_EL0 is the host's clock:
 * their runs are not compared.
 *
 * NZCV is compared as stored, made canonical (translated code may leave
 * it in a lazy form, A64_NZCV_LAZY, which the run loop's entry into
 * translated code resolves when the translation returns), except where the
 * code at the end pc sets it before anything can see it: an exit there
 * need not store it (exit_need, gen-flags.c).
 */
#include <stddef.h>
#include <string.h>

#include "core/mem.h"
#include "translate/aarch64/jit.h"
#include "translate/aarch64/block.h"
#include "translate/aarch64/ops.h"
#include "translate/jit/techniques.h"
#include "translate/jit/verify.h"

JitVerifyStep a64_verify_step(Cpu *cpu)
{
    uint64_t pc = cpu->pc;
    A64Insn in;
    const A64Pattern *p = a64_decode(guest_load32(cpu, pc), pc, &in);

    if (!p)
        return JIT_VERIFY_STOP;
    A64Op op = a64_branch_op(in.fn);
    bool ends = p->ends_block & A64_ENDS;
    if (ends && op == A64_OP_NONE)
        return JIT_VERIFY_STOP;         /* translations leave before these */
    if (a64_ldst_atomic(in.fn) || a64_reads_counter(&in))
        return JIT_VERIFY_SKIP;
    in.fn(cpu, &in);
    if (!ends)
        cpu->pc = pc + 4;
    cpu->instret++;
    return op == A64_OP_BR || op == A64_OP_BLR ? JIT_VERIFY_INDIRECT : JIT_VERIFY_NEXT;
}

#define X(n) { "x" #n, offsetof(Cpu, x[n]), 8 }
#define V(n) { "v" #n, offsetof(Cpu, a64.v[n]), 16 }
static const JitVerifyReg a64_regs[] = {
    X(0), X(1), X(2), X(3), X(4), X(5), X(6), X(7), X(8), X(9), X(10), X(11), X(12), X(13),
    X(14), X(15), X(16), X(17), X(18), X(19), X(20), X(21), X(22), X(23), X(24), X(25),
    X(26), X(27), X(28), X(29), X(30),
    { "sp", offsetof(Cpu, x[31]), 8 },
    { "nzcv", offsetof(Cpu, a64.nzcv), 4 },
    { "fpcr", offsetof(Cpu, a64.fpcr), 4 },
    { "fpsr", offsetof(Cpu, a64.fpsr), 4 },
    { "tpidr_el0", offsetof(Cpu, a64.tpidr_el0), 8 },
    { "exclusive monitor address", offsetof(Cpu, a64.excl_addr), 8 },
    { "exclusive monitor value", offsetof(Cpu, a64.excl_value), 16 },
    { "exclusive monitor size", offsetof(Cpu, a64.excl_size), 4 },
    V(0), V(1), V(2), V(3), V(4), V(5), V(6), V(7), V(8), V(9), V(10), V(11), V(12), V(13),
    V(14), V(15), V(16), V(17), V(18), V(19), V(20), V(21), V(22), V(23), V(24), V(25),
    V(26), V(27), V(28), V(29), V(30), V(31),
};
#undef X
#undef V

/* NZCV where the code at pc sets it before reading it (and before any
 * access could fault): a translation's exit there leaves it as it was. */
static bool a64_reg_dead(const Cpu *cpu, size_t reg)
{
    return a64_regs[reg].offset == offsetof(Cpu, a64.nzcv) && jit_enabled(JIT_TECH_FLAGS) &&
           jit_enabled(JIT_TECH_EXITLIVE) && a64_flags_need_at(cpu->pc) == NEED_NONE;
}

const JitVerifyIsa a64_verify_isa = {
    .reg_dead = a64_reg_dead,
    .indirect_to_next_stays = true,
    .step = a64_verify_step,
    .regs = a64_regs,
    .nregs = sizeof a64_regs / sizeof a64_regs[0],
    .translate_prefix = a64_jit_translate_prefix,
};

/* The self-test's names: the mnemonic of the plain form of each
 * data-processing op that writes a general register (its immediate,
 * shifted and extended register forms share it). */
static const char *const op_names[] = {
    [A64_OP_ADR] = "adr", [A64_OP_ADD_IMM] = "add", [A64_OP_SUB_IMM] = "sub",
    [A64_OP_ADDS_IMM] = "adds", [A64_OP_SUBS_IMM] = "subs", [A64_OP_AND_IMM] = "and",
    [A64_OP_ORR_IMM] = "orr", [A64_OP_EOR_IMM] = "eor", [A64_OP_ANDS_IMM] = "ands",
    [A64_OP_MOVN] = "movn", [A64_OP_MOVZ] = "movz", [A64_OP_MOVK] = "movk",
    [A64_OP_SBFM] = "sbfm", [A64_OP_UBFM] = "ubfm", [A64_OP_EXTR] = "extr",
    [A64_OP_AND] = "and", [A64_OP_BIC] = "bic", [A64_OP_ORR] = "orr", [A64_OP_ORN] = "orn",
    [A64_OP_EOR] = "eor", [A64_OP_EON] = "eon", [A64_OP_ANDS] = "ands", [A64_OP_BICS] = "bics",
    [A64_OP_MOV] = "mov", [A64_OP_ADD] = "add", [A64_OP_SUB] = "sub", [A64_OP_ADDS] = "adds",
    [A64_OP_SUBS] = "subs", [A64_OP_ADD_EXT] = "add", [A64_OP_SUB_EXT] = "sub",
    [A64_OP_ADDS_EXT] = "adds", [A64_OP_SUBS_EXT] = "subs", [A64_OP_CSEL] = "csel",
    [A64_OP_CSINC] = "csinc", [A64_OP_CSINV] = "csinv", [A64_OP_CSNEG] = "csneg",
    [A64_OP_MADD] = "madd", [A64_OP_MSUB] = "msub", [A64_OP_SMADDL] = "smaddl",
    [A64_OP_UMADDL] = "umaddl", [A64_OP_SMULH] = "smulh", [A64_OP_UMULH] = "umulh",
    [A64_OP_UDIV] = "udiv", [A64_OP_SDIV] = "sdiv", [A64_OP_SHIFTV] = "shiftv",
    [A64_OP_RBIT] = "rbit", [A64_OP_REV16] = "rev16", [A64_OP_REV32] = "rev32",
    [A64_OP_REV64] = "rev", [A64_OP_CLZ] = "clz",
};

bool a64_verify_selftest_op(unsigned op, const char *name)
{
    return op < sizeof op_names / sizeof op_names[0] && op_names[op] &&
           !strcmp(op_names[op], name);
}

/* The guest code the translation depends on: its blocks, and the decoded
 * blocks exit_need looked into (a change there could make NZCV live at an
 * exit that does not store it). */
void a64_note_src(const Tc *tc, JitTrans *t)
{
    JitSrc src[SB_MAX_BLOCKS + MAX_SRC_LOOKED];
    unsigned n = 0;

    for (int i = 0; i < tc->nblocks; i++) {
        const TrInsn *last = &tc->insn[(i + 1 < tc->nblocks ? tc->block_start[i + 1] : tc->n) - 1];
        src[n].start = tc->block_pc[i];
        src[n++].end = last->in.pc;
    }
    if (tc->looked_overflow)
        return;     /* unknown: any code change drops it */
    for (int i = 0; i < tc->nlooked; i++)
        src[n++] = (JitSrc){ tc->looked[i][0], tc->looked[i][1] };
    jit_note_src(t, src, n);
}

/* --verify: the superblock's blocks, for the interpreter's run.  A
 * block's last instruction is a branch, what needs the run loop (the
 * translation leaves before it) or a fall-through that stays inside
 * when its pc starts a block, so no block leaves at its end. */
void a64_note_blocks(const Tc *tc, JitTrans *t)
{
    JitVerifyBlock blocks[SB_MAX_BLOCKS];

    for (int i = 0; i < tc->nblocks; i++) {
        const TrInsn *last = &tc->insn[(i + 1 < tc->nblocks ? tc->block_start[i + 1] : tc->n) - 1];
        blocks[i].start = tc->block_pc[i];
        blocks[i].end = last->fallthrough ? last->in.pc : last->in.pc + 4;
        blocks[i].leaves_at_end = false;
    }
    jit_verify_note(t, blocks, (uint32_t)tc->nblocks);
}
