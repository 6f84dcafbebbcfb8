/*
 * The riscv64 translator's superblocks (see translate.c for the design):
 * which predecoded blocks a superblock strings together, and which guest
 * registers get a host register in it.
 */
#include <string.h>

#include "translate/jit/cache.h"
#include "translate/jit/techniques.h"
#include "translate/riscv64/riscv64.h"
#include "translate/riscv64/rvblock.h"
#include "translate/riscv64/translate.h"

/* The host registers that hold guest registers, in allocation order. */
static const X86Reg alloc_order[] = {
    X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11,
};
#define N_ALLOC (sizeof alloc_order / sizeof alloc_order[0])
/* How often a superblock without a loop must name a guest register to
 * borrow a fixed register's host register for it (rv_allocate). */
#define DISPLACE_MIN_USES 8

/* The guest registers every translation keeps in the same host register
 * (JitFixedReg, cache.h), so that going from one translation to the next
 * (chained or through the jump cache) moves only the other registers each
 * allocates for itself: the ones compiled RV64 code uses most.  C
 * compilers' code passes arguments and results in a0-a3, returns through
 * ra and keeps its frame in sp and s0, s1; a5 and a4 are its favourite
 * temporaries.  The Go toolchain's code uses t0-t2 for its temporaries and
 * hardly a4 or a5 (gobench: 7% less CPU time with its own set).  The
 * loader tells which built the program (Vm.go_code).  Ten of the eleven
 * host registers: the guest registers a translation loads at its entry and
 * stores at its exits were a fifth of all the host instructions of
 * translated code with six fixed (sqlite: a3, ra, a2 and s1 the most
 * moved); with ten, lua runs 7% fewer host instructions, sqlite 5%, Go 3%,
 * and a block that needs more registers borrows fixed ones (rv_allocate). */
typedef struct FixedReg {
    int guest;
    X86Reg host;
} FixedReg;
static const FixedReg c_fixed[] = {
    { 15, X86_RBX }, { 2, X86_RBP }, { 14, X86_R12 }, { 10, X86_R13 }, { 8, X86_R14 },
    { 11, X86_RSI }, { 12, X86_RDI }, { 13, X86_R8 }, { 1, X86_R9 }, { 9, X86_R10 },
};
static const FixedReg go_fixed[] = {
    { 5, X86_RBX }, { 2, X86_RBP }, { 6, X86_R12 }, { 10, X86_R13 }, { 8, X86_R14 },
    { 11, X86_RSI }, { 12, X86_RDI }, { 13, X86_R8 }, { 1, X86_R9 }, { 7, X86_R10 },
};
#define N_FIXED (sizeof c_fixed / sizeof c_fixed[0])
_Static_assert(sizeof go_fixed == sizeof c_fixed, "both conventions fix as many registers");
static const FixedReg *fixed_regs = c_fixed;

void rv_choose_fixed(const Vm *vm)
{
    fixed_regs = vm->go_code ? go_fixed : c_fixed;
}


/* ---- Superblock formation ---- */

bool rv_needs_run_loop(RvOp op)
{
    return op == RV_ECALL || op == RV_EBREAK || op == RV_FENCE_I || op == RV_ILLEGAL;
}

int rv_block_index(const Tc *tc, uint64_t pc)
{
    for (int i = 0; i < tc->nblocks; i++)
        if (tc->block_pc[i] == pc)
            return i;
    return -1;
}

static void add_block(Tc *tc, const RvBlock *b)
{
    tc->block_start[tc->nblocks] = tc->n;
    tc->block_pc[tc->nblocks++] = b->pc;
    for (uint32_t i = 0; i < b->n; i++) {
        tc->insn[tc->n].in = b->insn[i];
        tc->insn[tc->n].pc = b->pc + b->insn[i].pc_off * 2u;
        tc->n++;
    }
}

/* The successors of block b that superblock formation may follow. */
static int successors(const RvBlock *b, uint64_t cand[2])
{
    const RvInsn *last = &b->insn[b->n - 1];
    uint64_t last_pc = b->pc + last->pc_off * 2u;
    RvOp op = (RvOp)last->op;
    int ncand = 0;

    if (rv_opt_is_branch(op)) {
        cand[ncand++] = last_pc + last->imm;
        cand[ncand++] = last_pc + last->len;
    } else if (op == RV_JAL) {
        cand[ncand++] = last_pc + last->imm;
    } else if (!rv_ends_block(op)) {
        cand[ncand++] = b->pc + b->bytes;
    }
    return ncand;
}

/* Whether the path from pc reaches a block of the superblock within
 * depth more blocks (following any successor). */
static bool closes_loop(const Tc *tc, uint64_t pc, int depth)
{
    uint64_t cand[2];

    if (rv_block_index(tc, pc) >= 0)
        return true;
    const RvBlock *b = rv_block_lookup(pc);
    if (!b || depth == 0)
        return false;
    int n = successors(b, cand);
    for (int i = 0; i < n; i++)
        if (closes_loop(tc, cand[i], depth - 1))
            return true;
    return false;
}

/* Collect the blocks of the superblock starting at b0.  At a branch the
 * successor the interpreter entered more often is followed, except that
 * one that leads back into the superblock within a few blocks (a loop
 * whose head is not the superblock's first block) wins over a rarely much
 * hotter one: the counts are those of the first runs only, and keeping a
 * loop inside one translation saves an exit and an entry per iteration. */
void rv_form_superblock(Tc *tc, const RvBlock *b0)
{
    const RvBlock *b = b0;

    add_block(tc, b);
    while (jit_enabled(JIT_TECH_SUPERBLOCK)) {
        uint64_t cand[2];
        int ncand = successors(b, cand);
        const RvBlock *best = NULL;
        bool best_loops = false;
        for (int i = 0; i < ncand; i++) {
            if (rv_block_index(tc, cand[i]) >= 0)
                return;             /* a loop closes here */
            const RvBlock *s = rv_block_lookup(cand[i]);
            if (!s)
                continue;
            bool loops = closes_loop(tc, cand[i], 2);
            if (!best || (loops && !best_loops && s->count * 4 >= best->count) ||
                (loops == best_loops && s->count > best->count) ||
                (!loops && best_loops && s->count > best->count * 4)) {
                best = s;
                best_loops = loops;
            }
        }
        if (!best || tc->nblocks == SB_MAX_BLOCKS || tc->n + (int)best->n > SB_MAX_INSNS)
            return;
        b = best;
        add_block(tc, b);
    }
}

bool rv_writes_x(RvFmt f)
{
    switch (f) {
    case F_R: case F_I: case F_LOAD: case F_U: case F_J: case F_SH6: case F_SH5:
    case F_CSR: case F_CSRI: case F_AMO: case F_LR: case F_FCMP: case F_F2X: case F_F2X_RM:
        return true;
    default:
        return false;
    }
}

static bool reads_x1(RvFmt f)
{
    switch (f) {
    case F_R: case F_I: case F_LOAD: case F_S: case F_B: case F_SH6: case F_SH5: case F_CSR:
    case F_AMO: case F_LR: case F_FLOAD: case F_FSTORE: case F_X2F: case F_X2F_RM:
        return true;
    default:
        return false;
    }
}

static bool reads_x2(RvFmt f)
{
    return f == F_R || f == F_S || f == F_B || f == F_AMO;
}

/* Give the most used guest registers a host register each. */
/* Does a jump of the superblock go back to one of its blocks (a loop)? */
static bool has_loop(const Tc *tc)
{
    for (int b = 0; b < tc->nblocks; b++) {
        int end = b + 1 < tc->nblocks ? tc->block_start[b + 1] : tc->n;
        const TrInsn *t = &tc->insn[end - 1];
        RvOp op = (RvOp)t->in.op;
        bool branch = op == RV_BEQ || op == RV_BNE || op == RV_BLT || op == RV_BGE ||
                      op == RV_BLTU || op == RV_BGEU;
        if (op == RV_JAL || branch) {
            int target = rv_block_index(tc, t->pc + t->in.imm);
            if (target >= 0 && target <= b)
                return true;
        }
        /* the way on past a branch (its hot side may be the taken one,
         * the loop closing where it falls through) */
        if (op != RV_JAL && op != RV_JALR) {
            int next = rv_block_index(tc, t->pc + t->in.len);
            if (next >= 0 && next <= b)
                return true;
        }
    }
    return false;
}

/* Give the most used guest registers a host register each: the fixed ones
 * theirs, r11 and what is left the rest by use.  A superblock may borrow
 * the host register of a fixed guest register it does not use (displaced:
 * stored at entry, loaded again at every exit).  That pays for itself
 * after an iteration or two in a loop whose registers are not the fixed
 * ones (Go's code, say, which keeps few values in a0-a5); in straight-line
 * code only for a register it names at least DISPLACE_MIN_USES times. */
void rv_allocate(Tc *tc)
{
    unsigned uses[32] = { 0 };

    tc->written = 0;
    for (int i = 0; i < tc->n; i++) {
        const RvInsn *in = &tc->insn[i].in;
        RvFmt f = rv_op_formats[in->op];
        if (rv_needs_run_loop((RvOp)in->op))
            break;
        if (rv_writes_x(f)) {
            uses[in->rd]++;
            tc->written |= 1u << in->rd;
        }
        if (reads_x1(f))
            uses[in->rs1]++;
        if (reads_x2(f))
            uses[in->rs2]++;
    }
    uses[0] = 0;
    tc->written &= ~1u;
    memset(tc->host_of, -1, sizeof tc->host_of);
    memset(tc->guest_of_host, -1, sizeof tc->guest_of_host);
    tc->fixed = tc->displaced = 0;
    if (!jit_enabled(JIT_TECH_REGALLOC))
        return;
    bool lend = jit_enabled(JIT_TECH_RVDISPLACE), loop = has_loop(tc);
    /* host registers lent here, which straight-line code borrows only for
     * a register it names DISPLACE_MIN_USES times */
    uint32_t costly = 0;
    for (size_t k = 0; k < N_FIXED; k++) {
        int g = fixed_regs[k].guest;
        if (lend && !uses[g]) {
            tc->displaced |= 1u << g;
            if (!loop)
                costly |= 1u << fixed_regs[k].host;
            continue;
        }
        tc->host_of[g] = (int8_t)fixed_regs[k].host;
        tc->guest_of_host[fixed_regs[k].host] = (int8_t)g;
        tc->fixed |= 1u << g;
    }
    for (size_t k = 0; k < N_ALLOC; k++) {
        if (tc->guest_of_host[alloc_order[k]] >= 0)
            continue;
        int best = -1;
        unsigned min_uses = costly >> alloc_order[k] & 1 ? DISPLACE_MIN_USES : 2;
        for (int g = 1; g < 32; g++)
            if (tc->host_of[g] < 0 && !(tc->displaced >> g & 1) && uses[g] >= min_uses &&
                (best < 0 || uses[g] > uses[best]))
                best = g;
        if (best < 0)
            continue;
        tc->host_of[best] = (int8_t)alloc_order[k];
        tc->guest_of_host[alloc_order[k]] = (int8_t)best;
    }
    /* A displaced register whose host register nobody took stays. */
    for (size_t k = 0; k < N_FIXED; k++) {
        int g = fixed_regs[k].guest;
        if ((tc->displaced >> g & 1) && tc->guest_of_host[fixed_regs[k].host] < 0) {
            tc->displaced &= ~(1u << g);
            tc->host_of[g] = (int8_t)fixed_regs[k].host;
            tc->guest_of_host[fixed_regs[k].host] = (int8_t)g;
            tc->fixed |= 1u << g;
        }
    }
}

/* Integer instructions always translated inline, that cannot fault and
 * call no helper. */
static bool is_plain(RvOp op)
{
    switch (op) {
    case RV_LUI: case RV_AUIPC: case RV_ADDI: case RV_SLTI: case RV_SLTIU: case RV_XORI:
    case RV_ORI: case RV_ANDI: case RV_SLLI: case RV_SRLI: case RV_SRAI: case RV_ADD:
    case RV_SUB: case RV_SLL: case RV_SLT: case RV_SLTU: case RV_XOR: case RV_SRL: case RV_SRA:
    case RV_OR: case RV_AND: case RV_ADDIW: case RV_SLLIW: case RV_SRLIW: case RV_SRAIW:
    case RV_ADDW: case RV_SUBW: case RV_SLLW: case RV_SRLW: case RV_SRAW: case RV_MUL:
    case RV_MULW:
        return true;
    default:
        return false;
    }
}

/* The allocated registers the superblock's entry need not load: written
 * by its first instructions before anything reads them, with nothing in
 * between that could show them (a fault, a helper, a signal at an edge). */
uint32_t rv_entry_dead(const Tc *tc)
{
    uint32_t read = 0, dead = 0;

    if (!jit_enabled(JIT_TECH_RVENTRYDEAD))
        return 0;
    for (int i = 0; i < tc->n; i++) {
        const RvInsn *in = &tc->insn[i].in;
        RvFmt f = rv_op_formats[in->op];
        if (!is_plain((RvOp)in->op) || (tc->nblocks > 1 && i == tc->block_start[1]))
            break;
        if (reads_x1(f))
            read |= 1u << in->rs1;
        if (reads_x2(f))
            read |= 1u << in->rs2;
        if (rv_writes_x(f) && in->rd && !(read >> in->rd & 1))
            dead |= 1u << in->rd;
    }
    return dead;
}

X86Reg rv_fixed_host(int g)
{
    for (size_t k = 0; k < N_FIXED; k++)
        if (fixed_regs[k].guest == g)
            return fixed_regs[k].host;
    return X86_RAX;
}

/* The fixed registers for the trampolines (none without regalloc). */
int rv_fixed_for_cache(JitFixedReg *out)
{
    if (!jit_enabled(JIT_TECH_REGALLOC))
        return 0;
    for (size_t k = 0; k < N_FIXED; k++)
        out[k] = (JitFixedReg){ fixed_regs[k].host, JIT_CPU_OFF(x[0]) + 8 * fixed_regs[k].guest };
    return (int)N_FIXED;
}
