/*
 * The aarch64 front end of the translator: hot superblocks to x86-64.
 *
 * Superblock formation.  When the interpreter has entered a block
 * a64_jit_threshold times, the translator strings together the predecoded
 * blocks (A64Block, interp.c) along the hot path: at a conditional branch
 * (B.cond, CBZ/CBNZ, TBZ/TBNZ) it follows the successor the interpreter
 * entered more often, through B and BL too, and stops at a successor that
 * is already in the superblock (a loop: that edge becomes a jump inside
 * the translation), at one the interpreter never ran, at BR/BLR/RET (an
 * inline probe of the jump cache; a RET after a BL of the superblock goes
 * on at its return address, checked: retinline) and at what needs the run loop (SVC,
 * BRK, ISB, IC IVAU, an undefined word: the translation exits just before
 * it).  Only blocks the interpreter already decoded are used, so
 * translating never touches guest memory.  Every instruction is an
 * A64Insn whose handler says what it is (ops.h); the ones without a
 * native translation call that handler (exec_one), so correctness never
 * depends on coverage.
 *
 * Registers.  r15 points at the Cpu (+JIT_CPU_BIAS); rax, rcx, rdx are
 * scratch; the other eleven host registers hold guest registers, as in the
 * riscv64 translator: ten hold the same guest registers in every
 * translation (fixed_regs: loaded by jit_enter, stored by the exit
 * trampoline and before helper calls), the others the guest registers
 * (X0..X30, SP) the superblock uses most besides, loaded at its entry and
 * written back (those it writes) at every exit and before helper calls.  A
 * superblock that does not use a fixed register lends its host register
 * to another (allocate: stored at the entry, loaded again at the exits).  The
 * allocation is fixed for the whole superblock, so the host fault handler
 * recovers every guest register from the faulting context
 * (JitTrans.guest_of_host).
 *
 * NZCV.  A backward liveness pass (flags_liveness) finds, for each
 * instruction, whether a later one may read the flags before they are set
 * again; NZCV is live before every helper call and before every guest
 * memory access (a fault must show the exact flags), and at an exit unless
 * the code there (the interpreter's decoded blocks, exit_need) sets it
 * before anything can see it (exitlive).  A flag-setting instruction is
 * one x86 add/sub/and/cmp/test whose host flags stand for NZCV (FlagKind);
 * they are stored into cpu->a64.nzcv only when live, and a directly
 * following B.cond or CSEL/CSINC/CSINV/CSNEG reads the host flags (jcc,
 * cmov) instead.  Exits leave NZCV in the lazy form (nzcvlazy): a
 * translation that reads it before setting it makes it canonical at its
 * entry, and so does `enter` when translated code returns to the run loop.
 * A conditional branch's side exit stores it in its stub, so a loop's
 * `subs; b.ne` costs a sub and a jne.  `--jit-disable=flags` stores NZCV
 * after every flag-setting instruction and reads it from memory.
 *
 * Worked example: `L: ldr w3,[x0],#4; add w2,w2,w3; subs x1,x1,#1; b.ne L`
 * becomes (x0=rbx, x1=rbp, x2=r12, x3=r13)
 *
 *     L:     lea rax,[rbx+4-min]; cmp rax,[r15+limit]; ja oob
 *            mov r13d,[rax+min-4]                ; fault site -> pc of ldr
 *            lea rbx,[rbx+4]
 *            mov rax,r12; add eax,r13d; mov r12,rax
 *            sub rbp,1                           ; NZCV only in the host flags
 *            je exit1                            ; the stub stores NZCV
 *            add qword [r15+instret],4; cmp dword [r15+jit_exit],0; jne leave; jmp L
 *
 * Memory, exits, chaining, the jump cache, instret and the bounded-latency
 * check work as in translate/riscv64/translate.c (see there and
 * translate/jit/cache.h).
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>

#include "core/capstone_lazy.h"
#include "core/log.h"
#include "core/vm.h"
#include "signals/signals.h"
#include "translate/aarch64/block.h"
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"
#include "translate/jit/run.h"
#include "translate/x86_64/host.h"

uint64_t a64_jit_threshold = 50;

/* The host registers that hold guest registers, in allocation order. */
static const X86Reg alloc_order[] = {
    X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11,
};
#define N_ALLOC (sizeof alloc_order / sizeof alloc_order[0])
/* How often a superblock without a loop must name a guest register to
 * borrow a fixed register's host register for it (allocate). */
#define DISPLACE_MIN_USES 8

int32_t xoff(int g)
{
    return JIT_CPU_OFF(x[0]) + 8 * g;
}

X86Mem cpu_mem(int32_t off)
{
    return x86_mem(X86_R15, off);
}

int operand(unsigned r, bool sp)
{
    return r == 31 ? (sp ? G_SP : G_ZR) : (int)r;
}

/* ---- What an instruction is ---- */

static bool is_cond_branch(A64Op op)
{
    return op == A64_OP_BCOND || op == A64_OP_CBZ || op == A64_OP_CBNZ || op == A64_OP_TBZ ||
           op == A64_OP_TBNZ;
}

/* The last instruction of a block that is no branch of ours needs the run
 * loop (SVC, BRK, ISB, IC IVAU, undefined). */
static bool needs_run_loop(const Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];
    return t->block_last && !t->fallthrough && t->op == A64_OP_NONE;
}

/* What each handler is, remembered (the family files' tables are searched
 * linearly).  Allocated by a thread's first translation: a __thread array
 * would be zeroed at the start of every process and thread. */
#define OP_CACHE_BITS 10
typedef struct OpCacheEntry {
    A64Handler *fn;
    A64Op op;
    A64Access acc;
} OpCacheEntry;
static __thread OpCacheEntry *op_cache;

void classify(TrInsn *t)
{
    A64Handler *fn = t->in.fn;
    if (!op_cache && !(op_cache = calloc(1u << OP_CACHE_BITS, sizeof *op_cache)))
        abort();
    OpCacheEntry *c = &op_cache[((uintptr_t)fn >> 4) & ((1 << OP_CACHE_BITS) - 1)];

    if (c->fn != fn) {
        c->fn = fn;
        memset(&c->acc, 0, sizeof c->acc);
        c->op = a64_dp_op(fn);
        if (c->op == A64_OP_NONE)
            c->op = a64_branch_op(fn);
        if (c->op == A64_OP_NONE)
            c->op = a64_fp_op(fn);
        if (c->op == A64_OP_NONE)
            c->op = a64_crypto_op(fn);
        if (c->op == A64_OP_NONE && a64_ldst_access(fn, &c->acc))
            c->op = c->acc.pair ? A64_OP_PAIR : A64_OP_LDST;
    }
    t->op = c->op;
    t->acc = c->acc;
    t->fallthrough = fn == a64_h_fallthrough;
    if (t->op == A64_OP_NONE && simd_inline(t))
        t->op = A64_OP_SIMD;       /* per instruction: a handler serves several */
}

static void rd_(Regs *g, int o) { if (o != G_ZR) g->r[g->nr++] = o; }
static void wr_(Regs *g, int o) { if (o != G_ZR) g->w[g->nw++] = o; }

Regs insn_regs(const TrInsn *t)
{
    const A64Insn *in = &t->in;
    Regs g = { .nr = 0, .nw = 0 };
    int d = operand(in->rd, false), n = operand(in->rn, false), m = operand(in->rm, false);
    int a = operand(in->ra, false), dsp = operand(in->rd, true), nsp = operand(in->rn, true);

    switch (t->op) {
    case A64_OP_ADR: case A64_OP_MOVN: case A64_OP_MOVZ: wr_(&g, d); break;
    case A64_OP_MOVK: rd_(&g, d); wr_(&g, d); break;
    case A64_OP_ADD_IMM: case A64_OP_SUB_IMM: rd_(&g, nsp); wr_(&g, dsp); break;
    case A64_OP_ADDS_IMM: case A64_OP_SUBS_IMM: rd_(&g, nsp); wr_(&g, d); break;
    case A64_OP_AND_IMM: case A64_OP_ORR_IMM: case A64_OP_EOR_IMM: rd_(&g, n); wr_(&g, dsp); break;
    case A64_OP_ANDS_IMM: case A64_OP_SBFM: case A64_OP_UBFM: case A64_OP_RBIT:
    case A64_OP_REV16: case A64_OP_REV32: case A64_OP_REV64: case A64_OP_CLZ:
        rd_(&g, n); wr_(&g, d); break;
    case A64_OP_MOV: rd_(&g, m); wr_(&g, d); break;
    case A64_OP_ADD_EXT: case A64_OP_SUB_EXT: rd_(&g, nsp); rd_(&g, m); wr_(&g, dsp); break;
    case A64_OP_ADDS_EXT: case A64_OP_SUBS_EXT: rd_(&g, nsp); rd_(&g, m); wr_(&g, d); break;
    case A64_OP_CCMN: case A64_OP_CCMP: rd_(&g, n); rd_(&g, m); break;
    case A64_OP_CCMN_IMM: case A64_OP_CCMP_IMM: rd_(&g, n); break;
    case A64_OP_MADD: case A64_OP_MSUB: case A64_OP_SMADDL: case A64_OP_UMADDL:
        rd_(&g, n); rd_(&g, m); rd_(&g, a); wr_(&g, d); break;
    case A64_OP_EXTR: case A64_OP_AND: case A64_OP_BIC: case A64_OP_ORR: case A64_OP_ORN:
    case A64_OP_EOR: case A64_OP_EON: case A64_OP_ANDS: case A64_OP_BICS: case A64_OP_ADD:
    case A64_OP_SUB: case A64_OP_ADDS: case A64_OP_SUBS: case A64_OP_CSEL: case A64_OP_CSINC:
    case A64_OP_CSINV: case A64_OP_CSNEG: case A64_OP_SMULH: case A64_OP_UMULH:
    case A64_OP_UDIV: case A64_OP_SDIV: case A64_OP_SHIFTV:
        rd_(&g, n); rd_(&g, m); wr_(&g, d); break;
    case A64_OP_BL: wr_(&g, 30); break;
    case A64_OP_MRS: case A64_OP_FMOV_TO_GPR: case A64_OP_FCVT_INT: wr_(&g, d); break;
    case A64_OP_FMOV_FROM_GPR: case A64_OP_CVTF: rd_(&g, n); break;
    case A64_OP_CBZ: case A64_OP_CBNZ: case A64_OP_TBZ: case A64_OP_TBNZ: rd_(&g, d); break;
    case A64_OP_BR: rd_(&g, n); break;
    case A64_OP_BLR: rd_(&g, n); wr_(&g, 30); break;
    case A64_OP_SIMD: {
        int r[2], nr, w;
        simd_operands(t, r, &nr, &w);
        for (int k = 0; k < nr; k++)
            rd_(&g, r[k]);
        wr_(&g, w);
        break;
    }
    case A64_OP_LDST: case A64_OP_PAIR:
        if (t->acc.mode != A64_MODE_LIT)
            rd_(&g, nsp);
        if (t->acc.mode == A64_MODE_REG)
            rd_(&g, m);
        if (t->acc.mode == A64_MODE_PRE || t->acc.mode == A64_MODE_POST)
            wr_(&g, nsp);
        if (!t->acc.vec && !t->acc.prefetch) {
            if (t->acc.load) {
                wr_(&g, d);
                if (t->acc.pair)
                    wr_(&g, a);
            } else {
                rd_(&g, d);
                if (t->acc.pair)
                    rd_(&g, a);
            }
        }
        break;
    default:
        break;
    }
    return g;
}

bool sets_flags(A64Op op)
{
    switch (op) {
    case A64_OP_ADDS_IMM: case A64_OP_SUBS_IMM: case A64_OP_ANDS_IMM: case A64_OP_ANDS:
    case A64_OP_BICS: case A64_OP_ADDS: case A64_OP_SUBS: case A64_OP_ADDS_EXT:
    case A64_OP_SUBS_EXT: case A64_OP_CCMN: case A64_OP_CCMP: case A64_OP_CCMN_IMM:
    case A64_OP_CCMP_IMM: case A64_OP_NONE: case A64_OP_MSR:     /* MSR NZCV */
    case A64_OP_FCMP: case A64_OP_FCCMP:
        return true;
    default:
        return false;
    }
}

/* Reads NZCV (a helper may); with faults: or may fault (a guest access). */
bool reads_flags(A64Op op, bool faults)
{
    switch (op) {
    case A64_OP_BCOND: case A64_OP_CSEL: case A64_OP_CSINC: case A64_OP_CSINV:
    case A64_OP_CSNEG: case A64_OP_CCMN: case A64_OP_CCMP: case A64_OP_CCMN_IMM:
    case A64_OP_CCMP_IMM: case A64_OP_NONE: case A64_OP_MRS:    /* MRS NZCV */
    case A64_OP_MSR: case A64_OP_FCCMP: case A64_OP_FCSEL:
        return true;
    case A64_OP_LDST: case A64_OP_PAIR: case A64_OP_SIMD:
        return faults;
    default:
        return false;
    }
}

/* ---- Superblock formation ---- */

static int block_index(const Tc *tc, uint64_t pc)
{
    for (int i = 0; i < tc->nblocks; i++)
        if (tc->block_pc[i] == pc)
            return i;
    return -1;
}

static void add_block(Tc *tc, const A64Block *b)
{
    int pos = tc->n ? tc->insn[tc->n - 1].pos + !tc->insn[tc->n - 1].fallthrough : 0;

    tc->block_start[tc->nblocks] = tc->n;
    tc->block_pc[tc->nblocks++] = b->pc;
    for (uint32_t i = 0; i < b->count; i++) {
        TrInsn *t = &tc->insn[tc->n++];
        memset(t, 0, sizeof *t);
        t->in = b->insns[i];
        classify(t);
        t->pos = pos;
        t->block_last = i == b->count - 1;
        pos += !t->fallthrough;
    }
}

/* The return address a RET at insn r most likely goes to: that of the
 * last BL or BLR before it in the superblock, if nothing else wrote X30
 * in between (in the superblock's order; translated code checks it). */
static uint64_t predict_ret(const Tc *tc, int r)
{
    const TrInsn *ret = &tc->insn[r];

    if (ret->op != A64_OP_BR || ret->in.rn != 30 || !jit_enabled(JIT_TECH_RETINLINE))
        return 0;
    for (int i = r - 1; i >= 0; i--) {
        const TrInsn *t = &tc->insn[i];
        if (t->op == A64_OP_BL || t->op == A64_OP_BLR)
            return t->in.pc + 4;
        Regs g = insn_regs(t);
        for (int k = 0; k < g.nw; k++)
            if (g.w[k] == 30)
                return 0;
        if (t->op == A64_OP_NONE)
            return 0;           /* a helper may write anything */
    }
    return 0;
}

/* The RETs whose predicted target is the next block (Tc.ret_to). */
static void mark_returns(Tc *tc)
{
    for (int b = 0; b + 1 < tc->nblocks; b++) {
        int last = tc->block_start[b + 1] - 1;
        uint64_t to = predict_ret(tc, last);
        tc->insn[last].ret_to = to == tc->block_pc[b + 1] ? to : 0;
    }
}

static void form_superblock(Tc *tc, const A64Block *b0)
{
    const A64Block *b = b0;

    add_block(tc, b);
    for (;;) {
        const TrInsn *last = &tc->insn[tc->n - 1];
        uint64_t cand[2];
        int ncand = 0;

        if (is_cond_branch(last->op)) {
            cand[ncand++] = last->in.imm;
            cand[ncand++] = last->in.pc + 4;
        } else if (last->op == A64_OP_B || last->op == A64_OP_BL) {
            cand[ncand++] = last->in.imm;
        } else if (last->fallthrough) {
            cand[ncand++] = last->in.pc;
        } else if (predict_ret(tc, tc->n - 1)) {
            cand[ncand++] = predict_ret(tc, tc->n - 1);
        }
        const A64Block *best = NULL;
        for (int i = 0; i < ncand; i++) {
            if (block_index(tc, cand[i]) >= 0)
                return;             /* a loop closes here */
            const A64Block *s = a64_block_lookup(cand[i]);
            if (s && (!best || s->entries > best->entries))
                best = s;
        }
        if (!best || tc->nblocks == SB_MAX_BLOCKS || tc->n + (int)best->count > SB_MAX_INSNS)
            return;
        b = best;
        add_block(tc, b);
    }
}

/* The guest registers every translation keeps in the same host register
 * (JitFixedReg, cache.h), so that going from one translation to the next
 * (chained or through the jump cache) moves only the other registers each
 * allocates for itself: the ones compiled A64 code uses most.  C
 * compilers' code uses x0, x1, sp, x19, x2 and x20 most (counted over the
 * bench programs); the Go toolchain's has no callee-saved registers and
 * uses x3 and x27 (its REGTMP) instead of x19 and x20 (gobench: 9% less
 * CPU time with its own set).  The loader tells which built the program
 * (Vm.go_code).  Ten, as for riscv64: x3, x4, x5 and lr (Go: x4-x6, lr),
 * the most moved at entries and exits after six, take 3-5% of the host
 * instructions off lua, sqlite, xz and Go. */
typedef struct FixedReg {
    int guest;
    X86Reg host;
} FixedReg;
static const FixedReg c_fixed[] = {
    { 0, X86_RBX }, { 1, X86_RBP }, { G_SP, X86_R12 }, { 19, X86_R13 }, { 2, X86_R14 },
    { 20, X86_RSI }, { 3, X86_RDI }, { 4, X86_R8 }, { 5, X86_R9 }, { 30, X86_R10 },
};
static const FixedReg go_fixed[] = {
    { 0, X86_RBX }, { 1, X86_RBP }, { G_SP, X86_R12 }, { 3, X86_R13 }, { 2, X86_R14 },
    { 27, X86_RSI }, { 4, X86_RDI }, { 5, X86_R8 }, { 6, X86_R9 }, { 30, X86_R10 },
};
#define N_FIXED (sizeof c_fixed / sizeof c_fixed[0])
_Static_assert(sizeof go_fixed == sizeof c_fixed, "both conventions fix as many registers");
static const FixedReg *fixed_regs = c_fixed;

/* Does the superblock jump back into itself (a loop)? */
static bool has_loop(const Tc *tc)
{
    for (int b = 0; b < tc->nblocks; b++) {
        int end = b + 1 < tc->nblocks ? tc->block_start[b + 1] : tc->n;
        const TrInsn *last = &tc->insn[end - 1];
        if (last->op == A64_OP_B || is_cond_branch(last->op)) {
            int t = block_index(tc, last->in.imm);
            if (t >= 0 && t <= b)
                return true;
        }
        /* the way on past a conditional branch (its hot side may be the
         * taken one, the loop closing where it falls through) */
        if (is_cond_branch(last->op)) {
            int t = block_index(tc, last->in.pc + 4);
            if (t >= 0 && t <= b)
                return true;
        }
    }
    return false;
}

/* Give the most used guest registers a host register each: the fixed
 * ones theirs, the others the rest by use.  A superblock may borrow the
 * host register of a fixed guest register it does not use (displaced:
 * stored at entry, loaded again at every exit): a loop always, straight-
 * line code only for a register it names DISPLACE_MIN_USES times. */
static void allocate(Tc *tc)
{
    unsigned uses[N_OPERANDS] = { 0 };

    tc->written = 0;
    for (int i = 0; i < tc->n; i++) {
        Regs g = insn_regs(&tc->insn[i]);
        for (int k = 0; k < g.nr; k++)
            uses[g.r[k]]++;
        for (int k = 0; k < g.nw; k++) {
            uses[g.w[k]]++;
            tc->written |= 1u << g.w[k];
        }
    }
    memset(tc->host_of, -1, sizeof tc->host_of);
    memset(tc->guest_of_host, -1, sizeof tc->guest_of_host);
    tc->fixed = tc->displaced = 0;
    bool loop = has_loop(tc);
    uint32_t costly = 0;    /* host registers lent in straight-line code */
    for (size_t k = 0; k < N_FIXED && tc->fixed_on; k++) {
        int g = fixed_regs[k].guest;
        if (!uses[g]) {
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
        X86Reg h = alloc_order[k];
        if (tc->guest_of_host[h] >= 0)
            continue;
        int best = -1;
        unsigned min_uses = costly >> h & 1 ? DISPLACE_MIN_USES : 2;
        for (int g = 0; g < 32; g++)
            if (tc->host_of[g] < 0 && !(tc->displaced >> g & 1) && uses[g] >= min_uses &&
                (best < 0 || uses[g] > uses[best]))
                best = g;
        if (best < 0)
            continue;
        tc->host_of[best] = (int8_t)h;
        tc->guest_of_host[h] = (int8_t)best;
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

/* The fixed registers for the trampolines. */
static int fixed_for_cache(JitFixedReg *out)
{
    if (!jit_enabled(JIT_TECH_FIXEDREGS))
        return 0;
    for (size_t k = 0; k < N_FIXED; k++)
        out[k] = (JitFixedReg){ fixed_regs[k].host, xoff(fixed_regs[k].guest) };
    return (int)N_FIXED;
}

/* The host register a fixed guest register lives in. */
static X86Reg fixed_host(int g)
{
    for (size_t k = 0; k < N_FIXED; k++)
        if (fixed_regs[k].guest == g)
            return fixed_regs[k].host;
    return X86_RAX;
}

/* NZCV live at the start of block b (from block_index), whose pc is pc;
 * outside the superblock (b < 0) an exit: no reader of the superblock's
 * own, and what the exit leaves (exit_need) is what faults see. */
static bool live_to(Tc *tc, const bool *live_in, int b, uint64_t pc, bool faults)
{
    if (b >= 0)
        return live_in[tc->block_start[b]];
    return faults && exit_need(tc, pc) != NEED_NONE;
}

/* What the block at pc (or an exit there) needs of NZCV. */
static int need_at(Tc *tc, uint64_t pc)
{
    int b = block_index(tc, pc);

    if (b < 0)
        return exit_need(tc, pc);
    return tc->flags_live_in[tc->block_start[b]] ? NEED_FULL
         : tc->fault_live_in[tc->block_start[b]] ? NEED_FAULT : NEED_NONE;
}

int need_after(const Tc *tc, int i)
{
    if (tc->regen_keep[i])
        return NEED_NONE;       /* the next reader repeats the compare */
    return tc->flags_live_out[i] ? NEED_FULL : tc->fault_live_out[i] ? NEED_FAULT : NEED_NONE;
}

/* Backward liveness of NZCV over the superblock (to a fixpoint: loops).
 * Without faults, the readers are the instructions that read NZCV in the
 * superblock (and helpers); with faults, also guest accesses and exits:
 * what only those see can stay in the lazy form, which a fault's handler
 * and every exit (emit_unlazy) make canonical. */
static void liveness(Tc *tc, bool faults, bool *live_in, bool *live_out)
{
    for (int i = 0; i < tc->n; i++)
        live_in[i] = live_out[i] = !tc->flag_elim;
    if (!tc->flag_elim)
        return;
    const int (*tb)[2] = tc->target_block;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = tc->n - 1; i >= 0; i--) {
            const TrInsn *t = &tc->insn[i];
            bool out, in;
            if (needs_run_loop(tc, i)) {
                out = in = faults;
            } else {
                if (t->op == A64_OP_B || t->op == A64_OP_BL || t->fallthrough)
                    out = live_to(tc, live_in, tb[i][0], t->fallthrough ? t->in.pc : t->in.imm,
                                  faults);
                else if (is_cond_branch(t->op))
                    out = live_to(tc, live_in, tb[i][0], t->in.imm, faults) ||
                          live_to(tc, live_in, tb[i][1], t->in.pc + 4, faults);
                else if (t->ret_to)     /* the next block, or the indirect jump */
                    out = live_in[i + 1] || faults;
                else if (t->op == A64_OP_BR || t->op == A64_OP_BLR || t->block_last)
                    out = faults;
                else
                    out = live_in[i + 1];
                in = reads_flags(t->op, faults) || (!sets_flags(t->op) && out);
            }
            if (in != live_in[i] || out != live_out[i])
                changed = true;
            live_in[i] = in;
            live_out[i] = out;
        }
    }
}

static void flags_liveness(Tc *tc)
{
    tc->nexit_need = 0;
    tc->nlooked = 0;
    tc->looked_overflow = false;
    for (int i = 0; i < tc->n; i++) {
        const TrInsn *t = &tc->insn[i];
        tc->target_block[i][0] = tc->target_block[i][1] = -1;
        if (!t->block_last)
            continue;
        tc->target_block[i][0] = block_index(tc, t->fallthrough ? t->in.pc : t->in.imm);
        tc->target_block[i][1] = block_index(tc, t->in.pc + 4);
    }
    liveness(tc, false, tc->flags_live_in, tc->flags_live_out);
    liveness(tc, true, tc->fault_live_in, tc->fault_live_out);
}

/* ---- Code generation helpers ---- */

Val val_of(const Tc *tc, int g)
{
    if (g == G_ZR)
        return (Val){ .kind = V_IMM, .imm = 0 };
    if (tc->host_of[g] >= 0)
        return (Val){ .kind = V_REG, .reg = (X86Reg)tc->host_of[g] };
    return (Val){ .kind = V_MEM, .disp = xoff(g) };
}

Val val_imm(int64_t imm)
{
    return (Val){ .kind = V_IMM, .imm = imm };
}

static bool fits32(int64_t v)
{
    return v == (int32_t)v;
}

/* dst = v (64 bits); keeps the host flags. */
void mov_val(Tc *tc, X86Reg dst, Val v)
{
    if (v.kind == V_REG) {
        if (v.reg != dst)
            x86_mov_rr(tc->e, 8, dst, v.reg);
    } else if (v.kind == V_MEM) {
        x86_load(tc->e, 8, dst, cpu_mem(v.disp));
    } else if ((uint64_t)v.imm <= UINT32_MAX) {
        x86_mov_r32_imm(tc->e, dst, (uint32_t)v.imm);
    } else {
        x86_mov_ri(tc->e, dst, (uint64_t)v.imm);
    }
}

X86Reg in_reg(Tc *tc, int g, X86Reg scratch)
{
    Val v = val_of(tc, g);
    if (v.kind == V_REG)
        return v.reg;
    mov_val(tc, scratch, v);
    return scratch;
}

X86Reg dest_reg(const Tc *tc, int g)
{
    return g != G_ZR && tc->host_of[g] >= 0 ? (X86Reg)tc->host_of[g] : X86_RAX;
}

void commit(Tc *tc, int g, X86Reg r)
{
    if (g == G_ZR)
        return;
    if (tc->host_of[g] >= 0) {
        if ((X86Reg)tc->host_of[g] != r)
            x86_mov_rr(tc->e, 8, (X86Reg)tc->host_of[g], r);
    } else {
        x86_store(tc->e, 8, cpu_mem(xoff(g)), r);
    }
}

void apply(Tc *tc, X86Alu op, int size, X86Reg dst, Val b)
{
    if (b.kind == V_REG) {
        x86_alu_rr(tc->e, op, size, dst, b.reg);
    } else if (b.kind == V_MEM) {
        x86_alu_rm(tc->e, op, size, dst, cpu_mem(b.disp));
    } else if (size == 4) {
        x86_alu_ri(tc->e, op, size, dst, (int32_t)(uint32_t)b.imm);
    } else if (fits32(b.imm)) {
        x86_alu_ri(tc->e, op, size, dst, (int32_t)b.imm);
    } else {
        x86_mov_ri(tc->e, X86_RDX, (uint64_t)b.imm);
        x86_alu_rr(tc->e, op, size, dst, X86_RDX);
    }
}

X86Reg work_reg(const Tc *tc, int rd, Val a, Val b)
{
    X86Reg d = dest_reg(tc, rd);
    if (b.kind == V_REG && b.reg == d && !(a.kind == V_REG && a.reg == d))
        return X86_RAX;
    return d;
}

void land(Tc *tc, size_t at)
{
    emit_patch_u32(tc->e, at, (uint32_t)(tc->e->len - (at + 4)));
}

void add_site(Tc *tc, uint64_t pc, int retired)
{
    if (tc->nsites == MAX_SITES) {
        tc->overflow = true;
        return;
    }
    JitSite *s = &tc->sites[tc->nsites++];
    s->host_off = (uint32_t)tc->e->len;
    s->retired = (uint32_t)retired;
    s->guest_pc = pc;
    s->sext_regs = 0;
}

size_t new_stub(Tc *tc, StubKind kind, size_t jump_at, uint64_t target_pc, int32_t retired)
{
    if (tc->nstubs == MAX_STUBS) {
        tc->overflow = true;
        return 0;
    }
    Stub *s = &tc->stubs[tc->nstubs++];
    s->kind = kind;
    s->jump_at = jump_at;
    s->target_pc = target_pc;
    s->retired = retired;
    s->block = -1;
    s->size = 0;
    s->flags = FK_MEM;
    s->need = NEED_NONE;
    return (size_t)(tc->nstubs - 1);
}

/* At an exit: NZCV canonical (it may be in the lazy or tagged form): a call to the
 * translation's unlazy routine when it is.  Clobbers rax, rcx, rdx and the
 * host flags. */
static void emit_unlazy(Tc *tc)
{
    Emit *e = tc->e;

    if (!tc->flag_elim)
        return;
    if (tc->nunlazy == MAX_STUBS) {
        tc->overflow = true;
        return;
    }
    x86_test_mi(e, 4, nzcv_mem(), (int32_t)(A64_NZCV_LAZY | A64_NZCV_CMP));
    size_t skip = x86_jcc(e, X86_CC_E, 0);
    tc->unlazy_call[tc->nunlazy++] = x86_call(e, 0);
    land(tc, skip);
}

/* The routine emit_unlazy calls, once per translation. */
static void emit_unlazy_routine(Tc *tc)
{
    Emit *e = tc->e;

    for (int k = 0; k < tc->nunlazy; k++)
        land(tc, tc->unlazy_call[k]);
    /* A tagged compare (gen-flags.c) runs in C, with the guest registers
     * in the Cpu: the non-fixed ones are there already at an exit. */
    x86_test_mi(e, 4, nzcv_mem(), (int32_t)A64_NZCV_CMP);
    size_t lazy = x86_jcc(e, X86_CC_E, 0);
    for (size_t k = 0; k < N_FIXED && tc->fixed_on; k++)
        x86_store(e, 8, cpu_mem(xoff(fixed_regs[k].guest)), fixed_regs[k].host);
    x86_alu_ri(e, X86_SUB, 8, X86_RSP, 8);
    x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)a64_jit_unlazy_flags);
    x86_call_r(e, X86_RAX);
    x86_alu_ri(e, X86_ADD, 8, X86_RSP, 8);
    for (size_t k = 0; k < N_FIXED && tc->fixed_on; k++)
        x86_load(e, 8, fixed_regs[k].host, cpu_mem(xoff(fixed_regs[k].guest)));
    x86_ret(e);
    land(tc, lazy);
    x86_load(e, 4, X86_RAX, nzcv_mem());
    x86_mov_rr(e, 4, X86_RCX, X86_RAX);
    x86_shift_ri(e, X86_SHR, 4, X86_RCX, 25 - 8);
    x86_alu_ri(e, X86_AND, 4, X86_RCX, 0x100);          /* A64_NZCV_LAZY_NOTC */
    x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RCX);
    x86_mov_rr(e, 4, X86_RCX, X86_RAX);
    x86_alu_ri(e, X86_AND, 4, X86_RCX, 0xc000);         /* N Z */
    x86_shift_ri(e, X86_SHL, 4, X86_RCX, 16);
    x86_mov_rr(e, 4, X86_RDX, X86_RAX);
    x86_alu_ri(e, X86_AND, 4, X86_RDX, 0x100);          /* C */
    x86_shift_ri(e, X86_SHL, 4, X86_RDX, 21);
    x86_alu_ri(e, X86_AND, 4, X86_RAX, 1);              /* V */
    x86_shift_ri(e, X86_SHL, 4, X86_RAX, 28);
    x86_alu_rr(e, X86_OR, 4, X86_RAX, X86_RCX);
    x86_alu_rr(e, X86_OR, 4, X86_RAX, X86_RDX);
    x86_store(e, 4, nzcv_mem(), X86_RAX);
    x86_ret(e);
}

/* Before leaving: store the written registers the superblock allocated
 * itself (the exit trampoline stores the fixed ones), and put the
 * displaced fixed registers back. */
static void write_back(Tc *tc)
{
    for (int g = 0; g < 32; g++)
        if (tc->host_of[g] >= 0 && (tc->written >> g & 1) && !(tc->fixed >> g & 1))
            x86_store(tc->e, 8, cpu_mem(xoff(g)), (X86Reg)tc->host_of[g]);
    for (int g = 0; g < 32; g++)
        if (tc->displaced >> g & 1)
            x86_load(tc->e, 8, fixed_host(g), cpu_mem(xoff(g)));
}

/* Before a helper or a guest signal: the Cpu gets every guest register
 * (displaced ones are there already). */
void write_back_all(Tc *tc)
{
    for (int g = 0; g < 32; g++)
        if (tc->host_of[g] >= 0 && ((tc->written | tc->fixed) >> g & 1))
            x86_store(tc->e, 8, cpu_mem(xoff(g)), (X86Reg)tc->host_of[g]);
}

/* After a helper, which may have changed any guest register. */
static void load_all(Tc *tc)
{
    for (int g = 0; g < 32; g++)
        if (tc->host_of[g] >= 0)
            x86_load(tc->e, 8, (X86Reg)tc->host_of[g], cpu_mem(xoff(g)));
}

/* At the entry: the fixed registers are in place; the displaced ones go
 * to the Cpu, the others are loaded. */
static void load_entry(Tc *tc)
{
    uint32_t dead = entry_dead(tc);

    for (int g = 0; g < 32; g++)
        if (tc->displaced >> g & 1)
            x86_store(tc->e, 8, cpu_mem(xoff(g)), fixed_host(g));
    for (int g = 0; g < 32; g++)
        if (tc->host_of[g] >= 0 && !(tc->fixed >> g & 1) && !(dead >> g & 1))
            x86_load(tc->e, 8, (X86Reg)tc->host_of[g], cpu_mem(xoff(g)));
}

static void add_instret(Tc *tc, int32_t n)
{
    if (n)
        x86_alu_mi(tc->e, X86_ADD, 8, cpu_mem(JIT_CPU_OFF(instret)), n);
}

static void set_pc(Tc *tc, uint64_t pc)
{
    if (pc <= INT32_MAX) {
        x86_store_imm(tc->e, 8, cpu_mem(JIT_CPU_OFF(pc)), (int32_t)pc);
    } else {
        x86_mov_ri(tc->e, X86_RAX, pc);
        x86_store(tc->e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RAX);
    }
}

/* MRS and MSR from translated code: FPSR with the flags pending in MXCSR
 * (gen-fp.c) folded in first. */
static void a64_sysreg_folded(Cpu *cpu, const A64Insn *in)
{
    a64_fp_host_flags_fold(&cpu->a64.fpsr);
    in->fn(cpu, in);
}

/* The helper call of exec_one, calling fn with the instruction. */
static void exec_call(Tc *tc, int i, A64Handler *fn)
{
    Emit *e = tc->e;

    materialize_flags(tc);
    if (tc->nhelpers == SB_MAX_INSNS) {
        tc->overflow = true;
        return;
    }
    write_back_all(tc);
    x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_movabs(e, X86_RSI, 0);      /* the A64Insn, copied after the code */
    tc->helper_imm[tc->nhelpers] = e->len - 8;
    tc->helper_insn[tc->nhelpers++] = i;
    x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)fn);
    x86_call_r(e, X86_RAX);
    load_all(tc);
}

/* A helper with the MXCSR of the translated code around it: the flags
 * pending there stay, and those the helper's own C code raises (which it
 * accounts for in FPSR itself, if they are the guest's) go. */
static void a64_helper_keep_mxcsr(Cpu *cpu, const A64Insn *in)
{
    uint32_t saved;

    __asm__ volatile("stmxcsr %0" : "=m"(saved));
    in->fn(cpu, in);
    __asm__ volatile("ldmxcsr %0" : : "m"(saved));
}

/* Does the handler of in never use the host FP unit?  (Then MXCSR needs no
 * care around it.) */
static bool fp_free(const A64Insn *in)
{
    A64Handler *fn = in->fn;

    return simd_op_of(in) != A64_SIMD_NONE || a64_ldst_atomic(fn) || a64_dp_fp_free(fn) ||
           a64_branch_fp_free(fn);
}

void exec_one(Tc *tc, int i)
{
    A64Op op = tc->insn[i].op;
    bool fp = (op == A64_OP_NONE && !fp_free(&tc->insn[i].in)) || op == A64_OP_FP2 ||
              op == A64_OP_FP1 || op == A64_OP_FP3 || op == A64_OP_FCMP || op == A64_OP_FCCMP ||
              op == A64_OP_FCSEL || op == A64_OP_FCVT_INT || op == A64_OP_CVTF;

    exec_call(tc, i, fp && jit_enabled(JIT_TECH_FPINLINE) ? a64_helper_keep_mxcsr
                                                           : tc->insn[i].in.fn);
}

/* ---- Control flow ---- */

/* Leave for target_pc, or jump to the block of the superblock that starts
 * there; flags: host flags the target needs stored. */
static void edge(Tc *tc, X86Cond cc, bool always, uint64_t target_pc, int32_t retired,
                 FlagKind flags)
{
    size_t at = always ? x86_jmp(tc->e, 0) : x86_jcc(tc->e, cc, 0);
    int blk = block_index(tc, target_pc);
    size_t k = new_stub(tc, blk >= 0 ? STUB_EDGE : STUB_EXIT, at, target_pc, retired);
    if (!tc->overflow) {
        tc->stubs[k].block = blk;
        tc->stubs[k].flags = flags;
        tc->stubs[k].need = need_at(tc, target_pc);
    }
}

/* An edge inside the superblock, inline: the instret update, the
 * bounded-latency check, the jump. */
static void inline_edge(Tc *tc, int blk, int32_t retired)
{
    int32_t start = tc->insn[tc->block_start[blk]].pos;

    add_instret(tc, retired - start);
    x86_alu_mi(tc->e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(jit_exit)), 0);
    if (tc->block_label[blk] != (size_t)-1) {      /* a loop's back edge: one je */
        x86_jcc(tc->e, X86_CC_E, tc->block_label[blk]);
        new_stub(tc, STUB_LEAVE, x86_jmp(tc->e, 0), tc->block_pc[blk], start);
        return;
    }
    size_t at = x86_jcc(tc->e, X86_CC_NE, 0);
    new_stub(tc, STUB_LEAVE, at, tc->block_pc[blk], start);
    edge(tc, X86_CC_O, true, tc->block_pc[blk], start, FK_MEM);
}

/* Go to target (retired instructions done) without a condition. */
static void jump_to(Tc *tc, uint64_t target, int32_t retired, uint64_t next_pc)
{
    FlagKind f = tc->flags;

    if (next_pc == target) {
        save_flags(tc, f, need_at(tc, target));
        tc->flags = FK_MEM;
        return;
    }
    int blk = block_index(tc, target);
    if (blk >= 0) {
        save_flags(tc, f, need_at(tc, target));
        tc->flags = FK_MEM;
        inline_edge(tc, blk, retired);
    } else {
        edge(tc, X86_CC_O, true, target, retired, f);
    }
    tc->flags = FK_MEM;
}

/* The condition of a conditional branch as a host condition (emitting
 * its test); false: always taken. */
static bool branch_cond(Tc *tc, const TrInsn *t, X86Cond *cc)
{
    Emit *e = tc->e;
    int r = operand(t->in.rd, false);

    switch (t->op) {
    case A64_OP_BCOND:
        if (t->in.cond >= 14)
            return false;
        if (!host_cond(tc, t->in.cond, cc)) {
            materialize_flags(tc);
            host_cond(tc, t->in.cond, cc);
        }
        return true;
    case A64_OP_CBZ: case A64_OP_CBNZ: {
        Val v = val_of(tc, r);
        if (v.kind == V_MEM) {
            x86_alu_mi(e, X86_CMP, t->in.sf ? 8 : 4, cpu_mem(v.disp), 0);
        } else {
            X86Reg a = in_reg(tc, r, X86_RAX);
            if (r == G_ZR)
                x86_mov_r32_imm(e, X86_RAX, 0);
            x86_test_rr(e, t->in.sf ? 8 : 4, a, a);
        }
        *cc = t->op == A64_OP_CBZ ? X86_CC_E : X86_CC_NE;
        return true;
    }
    default: {  /* TBZ, TBNZ */
        mov_val(tc, X86_RAX, val_of(tc, r));
        if (t->in.amt)
            x86_shift_ri(e, X86_SHR, 8, X86_RAX, t->in.amt);
        x86_alu_ri(e, X86_AND, 4, X86_RAX, 1);
        *cc = t->op == A64_OP_TBZ ? X86_CC_E : X86_CC_NE;
        return true;
    }
    }
}

/* A conditional branch: test, then go on to next_pc (the next block of the
 * superblock, or 0 at its end). */
static void branch(Tc *tc, const TrInsn *t, uint64_t next_pc)
{
    uint64_t taken = t->in.imm, fall = t->in.pc + 4;
    int32_t retired = t->pos + 1;
    X86Cond cc;
    FlagKind f;

    if (t->op != A64_OP_BCOND && tc->flags != FK_MEM)
        materialize_flags(tc);      /* the test below clobbers the host flags */
    if (!branch_cond(tc, t, &cc)) {
        jump_to(tc, taken, retired, next_pc);
        return;
    }
    f = tc->flags;
    tc->flags = FK_MEM;
    int next = (int)(t - tc->insn) + 1;
    if (next_pc && next_pc == fall) {
        edge(tc, cc, false, taken, retired, f);
        if (need_at(tc, fall) != NEED_FAULT || !tag_flags(tc, next))
            save_flags(tc, f, need_at(tc, fall));
    } else if (next_pc && next_pc == taken) {
        edge(tc, x86_cc_invert(cc), false, fall, retired, f);
        if (need_at(tc, taken) != NEED_FAULT || !tag_flags(tc, next))
            save_flags(tc, f, need_at(tc, taken));
    } else {
        int blk = block_index(tc, taken), fblk = block_index(tc, fall);
        if (blk >= 0) {         /* a loop's closing branch: stay inline when taken */
            edge(tc, x86_cc_invert(cc), false, fall, retired, f);
            save_flags(tc, f, need_at(tc, taken));
            inline_edge(tc, blk, retired);
        } else if (fblk >= 0) { /* one that loops when not taken: inline that way */
            edge(tc, cc, false, taken, retired, f);
            save_flags(tc, f, need_at(tc, fall));
            inline_edge(tc, fblk, retired);
        } else {
            edge(tc, cc, false, taken, retired, f);
            edge(tc, X86_CC_O, true, fall, retired, f);
        }
    }
}

/* BR/BLR/RET: probe the jump cache inline. */
static void indirect(Tc *tc, const TrInsn *t)
{
    Emit *e = tc->e;
    bool lazy = tc->flag_elim && jit_enabled(JIT_TECH_NZCVLAZY);

    if (lazy) {
        save_flags(tc, tc->flags, NEED_FAULT);      /* the next reader makes it canonical */
        tc->flags = FK_MEM;
    } else {
        materialize_flags(tc);
    }
    mov_val(tc, X86_RAX, val_of(tc, operand(t->in.rn, false)));
    x86_store(e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RAX);
    if (t->op == A64_OP_BLR) {
        x86_mov_ri(e, X86_RCX, t->in.pc + 4);
        commit(tc, 30, X86_RCX);
    }
    write_back(tc);
    if (!lazy)
        emit_unlazy(tc);
    add_instret(tc, t->pos + 1);
    if (!lazy && tc->nunlazy)     /* the unlazy routine clobbers rax */
        x86_load(e, 8, X86_RAX, cpu_mem(JIT_CPU_OFF(pc)));
    if (log_enabled(LOG_STATS))
        x86_alu_mi(e, X86_ADD, 8, cpu_mem(JIT_CPU_OFF(jit_probes)), 1);
    size_t miss = jit_emit_jump_cache_probe(e, 2);     /* a64_jump_cache_fill's slot */
    land(tc, miss);
    x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
    x86_jmp_abs(e, jit_exit_trampoline());
}

/* A RET predicted to go to the next block (t->ret_to): compare X30 with
 * it and fall through; elsewhere, the indirect jump in a stub.  NZCV is
 * saved first for both ways. */
static void predicted_ret(Tc *tc, const TrInsn *t)
{
    Emit *e = tc->e;
    int need = need_at(tc, t->ret_to);
    int ind = tc->flag_elim && jit_enabled(JIT_TECH_NZCVLAZY) ? NEED_FAULT : NEED_FULL;

    save_flags(tc, tc->flags, need > ind ? need : ind);
    tc->flags = FK_MEM;
    Val v = val_of(tc, 30);
    if (t->ret_to <= INT32_MAX) {
        if (v.kind == V_REG)
            x86_alu_ri(e, X86_CMP, 8, v.reg, (int32_t)t->ret_to);
        else
            x86_alu_mi(e, X86_CMP, 8, cpu_mem(v.disp), (int32_t)t->ret_to);
    } else {
        x86_mov_ri(e, X86_RAX, t->ret_to);
        if (v.kind == V_REG)
            x86_alu_rr(e, X86_CMP, 8, v.reg, X86_RAX);
        else
            x86_alu_rm(e, X86_CMP, 8, X86_RAX, cpu_mem(v.disp));
    }
    size_t k = new_stub(tc, STUB_INDIRECT, x86_jcc(e, X86_CC_NE, 0), 0, t->pos + 1);
    if (!tc->overflow)
        tc->stubs[k].block = (int)(t - tc->insn);
}

/* Remember t in the jump cache, indexed by pc / 4 (A64 instructions are
 * word-aligned: jit_jump_cache_fill's pc / 2 would use half the table). */
static void a64_jump_cache_fill(JitTrans *t)
{
    jit_jump_cache_fill_shifted(t, 2);
}

/* ---- Stubs and the whole superblock ---- */

static void emit_exit(Tc *tc, uint64_t pc, int32_t retired, bool chainable, int need)
{
    Emit *e = tc->e;

    write_back(tc);
    if (need != NEED_NONE && !jit_enabled(JIT_TECH_NZCVLAZY))
        emit_unlazy(tc);
    add_instret(tc, retired);
    if (chainable && tc->nexits < MAX_STUBS) {
        size_t at = jit_emit_chain_jmp(e);          /* to the tail; patched by chaining */
        JitExit *x = &tc->exits[tc->nexits];
        x->rel32 = (uint8_t *)(uintptr_t)at;         /* an offset until jit_finish */
        x->target_pc = pc;
        x->linked = 0;
        set_pc(tc, pc);
        x86_movabs(e, X86_RAX, 0);
        tc->exit_imm[tc->nexits++] = e->len - 8;
    } else {
        set_pc(tc, pc);
        x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
    }
    x86_jmp_abs(e, jit_exit_trampoline());
}

static void emit_stub(Tc *tc, Stub *s)
{
    Emit *e = tc->e;

    land(tc, s->jump_at);
    save_flags(tc, s->flags, s->kind == STUB_EDGE || s->kind == STUB_EXIT ? s->need : NEED_FULL);
    tc->flags = FK_MEM;
    switch (s->kind) {
    case STUB_EXIT:
        emit_exit(tc, s->target_pc, s->retired, true, s->need);
        break;
    case STUB_LEAVE:
        emit_exit(tc, s->target_pc, s->retired, false, NEED_FULL);
        break;
    case STUB_ENTRY_LEAVE:
        set_pc(tc, s->target_pc);
        x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
        x86_jmp_abs(e, jit_exit_trampoline());
        break;
    case STUB_EDGE:
        inline_edge(tc, s->block, s->retired);
        break;
    case STUB_INDIRECT:
        indirect(tc, &tc->insn[s->block]);
        break;
    case STUB_OOB:
    case STUB_OOB_BASE:
        ldst_oob_stub(tc, s);
        break;
    }
}

/* --verify's self-test (XLAT_VERIFY_SELFTEST=MNEMONIC): the translation
 * of the ops of that name flips bit 0 of the register they write, a bug
 * --verify must name. */
static bool selftest_ops[A64_OP_COUNT];

static void selftest_corrupt(Tc *tc, const TrInsn *t)
{
    Regs g = insn_regs(t);

    if (!g.nw)
        return;
    materialize_flags(tc);      /* the xor below clobbers the host flags */
    Val d = val_of(tc, g.w[0]);
    if (d.kind == V_REG)
        x86_alu_ri(tc->e, X86_XOR, 8, d.reg, 1);
    else
        x86_alu_mi(tc->e, X86_XOR, 8, cpu_mem(d.disp), 1);
}

static void gen_insn(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];
    bool done = false;

    if (tc->deferred[i])
        return;                 /* emitted at its readers (gen-flags.c) */
    switch (t->op) {
    case A64_OP_NONE:
        break;
    case A64_OP_NOP:
        done = true;
        break;
    case A64_OP_LDST: case A64_OP_PAIR:
        done = gen_ldst(tc, i);
        break;
    case A64_OP_FP2: case A64_OP_FP1: case A64_OP_FP3: case A64_OP_FMOV_IMM:
    case A64_OP_FMOV_TO_GPR: case A64_OP_FMOV_FROM_GPR:
        done = gen_fp(tc, i);
        break;
    case A64_OP_AES_ROUND ... A64_OP_PMULL64:
        done = gen_crypto(tc, i);
        break;
    case A64_OP_SIMD:
        done = gen_simd(tc, i);
        break;
    case A64_OP_FCMP: case A64_OP_FCCMP: case A64_OP_FCSEL: case A64_OP_FCVT_INT:
    case A64_OP_CVTF:
        done = gen_fpcvt(tc, i);
        break;
    case A64_OP_MSR:
    case A64_OP_MRS:
        done = t->op == A64_OP_MRS && gen_dp(tc, i);
        if (!done && jit_enabled(JIT_TECH_FPINLINE)) {
            exec_call(tc, i, a64_sysreg_folded);
            return;
        }
        break;
    default:
        done = gen_dp(tc, i);
        break;
    }
    if (!done)
        exec_one(tc, i);
    if (selftest_ops[t->op])
        selftest_corrupt(tc, t);
}

static void gen_superblock(Tc *tc)
{
    Emit *e = tc->e;

    x86_alu_mi(e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(jit_exit)), 0);
    size_t at = x86_jcc(e, X86_CC_NE, 0);
    new_stub(tc, STUB_ENTRY_LEAVE, at, tc->insn[0].in.pc, 0);
    tc->entry_check_len = (uint32_t)e->len;
    /* NZCV may come in lazy from the last translation (nzcvlazy): made
     * canonical here if this one reads it before setting it. */
    if (tc->flag_elim && jit_enabled(JIT_TECH_NZCVLAZY) && tc->flags_live_in[0])
        emit_unlazy(tc);
    load_entry(tc);
    tc->flags = FK_MEM;

    for (int blk = 0; blk < tc->nblocks; blk++)
        tc->block_label[blk] = (size_t)-1;
    bool only_prev[SB_MAX_BLOCKS];
    a64_entered_only_from_prev(tc, only_prev);
    bool carry = false;         /* the last block ran to its end */
    for (int blk = 0; blk < tc->nblocks && !tc->overflow; blk++) {
        int first = tc->block_start[blk];
        int end = blk + 1 < tc->nblocks ? tc->block_start[blk + 1] : tc->n;
        uint64_t next_pc = blk + 1 < tc->nblocks ? tc->block_pc[blk + 1] : 0;
        tc->block_label[blk] = e->len;
        tc->flags = FK_MEM;
        if (!carry || !only_prev[blk] || !jit_enabled(JIT_TECH_RANGEBLOCKS)) {
            tc->chk_valid = 0;  /* other paths may jump here */
            tc->nchk_idx = 0;
        }
        carry = false;
        for (int i = first; i < end; i++) {
            const TrInsn *t = &tc->insn[i];
            if (needs_run_loop(tc, i)) {
                materialize_flags(tc);
                emit_exit(tc, t->in.pc, t->pos, true, NEED_FULL);
                break;
            }
            tc->cur_regen = tc->regen_from[i];
            if (tc->regen_from[i] >= 0) {
                tc->regen_now = true;
                gen_dp(tc, tc->regen_from[i]);
                tc->regen_now = false;
            }
            if (i < end - 1) {
                gen_insn(tc, i);
                ldst_forget(tc, i);
                continue;
            }
            if (is_cond_branch(t->op)) {
                branch(tc, t, next_pc);
            } else if (t->op == A64_OP_B || t->op == A64_OP_BL) {
                if (t->op == A64_OP_BL) {
                    X86Reg d = dest_reg(tc, 30);
                    x86_mov_ri(e, d, t->in.pc + 4);
                    commit(tc, 30, d);
                }
                jump_to(tc, t->in.imm, t->pos + 1, next_pc);
            } else if (t->fallthrough) {
                jump_to(tc, t->in.pc, t->pos, next_pc);
            } else if (t->ret_to && t->ret_to == next_pc) {
                predicted_ret(tc, t);
            } else if (t->op == A64_OP_BR || t->op == A64_OP_BLR) {
                indirect(tc, t);
            }
            ldst_forget(tc, i);
            carry = true;
        }
    }
}

static void log_out_asm(const JitTrans *t)
{
    csh handle;
    cs_insn *insn;

    if (capstone_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK)
        return;
    xlat_log("OUT: [guest %#llx, %u guest insns]\n", (unsigned long long)t->guest_pc,
             t->guest_insns);
    size_t n = capstone_disasm(handle, t->code, t->code_len, (uint64_t)(uintptr_t)t->code, 0, &insn);
    for (size_t i = 0; i < n; i++)
        xlat_log("  0x%llx:  %s %s\n", (unsigned long long)insn[i].address, insn[i].mnemonic,
                 insn[i].op_str);
    if (n)
        capstone_free(insn, n);
    capstone_close(&handle);
}

static __thread Tc *tc_space;
static bool flag_elim_option = true;

void a64_jit_thread_exit(void)
{
    free(tc_space);
    tc_space = NULL;
    free(op_cache);
    op_cache = NULL;
    jit_thread_exit();
}

/* Copy the A64Insn of every helper call after the code and point the
 * calls at them. */
static void emit_helper_insns(Tc *tc)
{
    Emit *e = tc->e;

    while (e->len % 8)
        x86_int3(e);
    for (int k = 0; k < tc->nhelpers; k++) {
        uint64_t addr = (uint64_t)(uintptr_t)(e->buf + e->len);
        const uint8_t *bytes = (const uint8_t *)&tc->insn[tc->helper_insn[k]].in;
        for (size_t b = 0; b < sizeof(A64Insn); b++)
            emit_u8(e, bytes[b]);
        if (e->buf && tc->helper_imm[k] + 8 <= e->cap)
            memcpy(e->buf + tc->helper_imm[k], &addr, 8);
    }
}

/* Keep the first max instructions of the superblock (its blocks from the
 * one that holds the last of them on are cut or dropped); one that does
 * not end its block gets a fall-through after it. */
static void cut(Tc *tc, int max)
{
    const TrInsn *last = &tc->insn[max - 1];

    while (tc->nblocks > 1 && tc->block_start[tc->nblocks - 1] >= max)
        tc->nblocks--;
    tc->n = max;
    if (!last->block_last) {
        TrInsn *t = &tc->insn[tc->n++];
        memset(t, 0, sizeof *t);
        t->in.pc = last->in.pc + 4;
        t->in.fn = a64_h_fallthrough;
        classify(t);
        t->pos = last->pos + 1;
        t->block_last = true;
    }
}

/* Translate the superblock at pc, cut after max_insns instructions when
 * it has more (--verify's report); NULL if it cannot be translated or has
 * at most max_insns - 1 (for cutting). */
static JitTrans *translate(Cpu *cpu, uint64_t pc, int max_insns)
{
    struct timespec t0, t1;
    const A64Block *b0 = a64_block_lookup(pc);

    if (!b0)
        return NULL;
    if (!tc_space)
        tc_space = malloc(sizeof *tc_space);
    Tc *tc = tc_space;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int attempt = 0; attempt < 2; attempt++) {
        Emit e;
        JitExit *exits;
        tc->n = tc->nblocks = tc->nstubs = tc->nsites = tc->nexits = tc->nhelpers = 0;
        tc->nunlazy = 0;
        tc->regen_now = false;
        tc->oob_tail = (size_t)-1;
        tc->overflow = false;
        tc->guest_min = cpu->vm->guest_min;
        tc->flag_elim = flag_elim_option;
        tc->fixed_on = jit_enabled(JIT_TECH_FIXEDREGS);
        form_superblock(tc, b0);
        if (needs_run_loop(tc, 0))
            return NULL;
        if (max_insns < SB_MAX_INSNS) {
            if (tc->n < max_insns)
                return NULL;
            cut(tc, max_insns);
        }
        mark_returns(tc);
        allocate(tc);
        flags_liveness(tc);
        plan_flag_regen(tc);
        jit_begin(&e);
        tc->e = &e;
        gen_superblock(tc);
        for (int i = 0; i < tc->nstubs; i++) {
            tc->flags = FK_MEM;
            emit_stub(tc, &tc->stubs[i]);
        }
        if (tc->nunlazy)
            emit_unlazy_routine(tc);
        emit_helper_insns(tc);
        if (tc->overflow)
            return NULL;
        int insns = 0;
        for (int i = 0; i < tc->n && !needs_run_loop(tc, i); i++)
            insns = tc->insn[i].pos + !tc->insn[i].fallthrough;
        JitTrans *t = jit_finish(&e, pc, (uint32_t)insns, tc->guest_of_host, tc->sites,
                                 (uint32_t)tc->nsites, tc->exits, (uint32_t)tc->nexits, &exits);
        if (!t)
            continue;           /* the cache was full and has been flushed */
        t->entry_check_len = tc->entry_check_len;
        for (int i = 0; i < tc->nexits; i++) {
            uint64_t addr = (uint64_t)(uintptr_t)&exits[i];
            memcpy(t->code + tc->exit_imm[i], &addr, 8);
        }
        a64_note_src(tc, t);
        if (jit_verify_on)
            a64_note_blocks(tc, t);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        jit_stats.translate_seconds += (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
        if (log_enabled(LOG_OUT_ASM))
            log_out_asm(t);
        return t;
    }
    return NULL;
}

JitTrans *a64_jit_translate_prefix(Cpu *cpu, uint64_t pc, uint32_t insns, uint64_t *last_pc)
{
    JitTrans *t = NULL;

    if (insns < SB_MAX_INSNS) {
        jit_translate_lock();
        t = translate(cpu, pc, (int)insns);
        if (t) {
            const TrInsn *last = &tc_space->insn[insns - 1];
            *last_pc = last->fallthrough ? last->in.pc - 4 : last->in.pc;
        }
        jit_translate_unlock();
    }
    return t;
}

static bool fault_fixup(Cpu *cpu, void *uctx)
{
    ucontext_t *uc = uctx;

    if (!jit_fault_fixup(cpu, uctx))
        return false;
    a64_jit_unlazy_flags(cpu);
    if (uc->uc_mcontext.fpregs && jit_enabled(JIT_TECH_FPINLINE)) {       /* the FP flags pending (gen-fp.c) */
        cpu->a64.fpsr |= a64_fpsr_of_mxcsr(uc->uc_mcontext.fpregs->mxcsr);
        uc->uc_mcontext.fpregs->mxcsr &= ~0x3fu;
    }
    return true;
}

void a64_jit_configure(Vm *vm)
{
    a64_jit_threshold = vm->opt.no_jit ? 0 : vm->opt.jit_threshold ? vm->opt.jit_threshold : 50;
    jit_cache_size_option = vm->opt.code_cache_size;
    flag_elim_option = jit_enabled(JIT_TECH_FLAGS);
    jit_verify_configure(vm->opt.verify);
    fixed_regs = vm->go_code ? go_fixed : c_fixed;
    a64_ldst_configure(vm);
    const char *selftest = getenv("XLAT_VERIFY_SELFTEST");
    for (unsigned op = 0; selftest && vm->opt.verify && op < A64_OP_COUNT; op++)
        selftest_ops[op] = a64_verify_selftest_op(op, selftest);
}

/* Run translation t; with inline FP, the guest's FP flags accrue in the
 * host MXCSR meanwhile (gen-fp.c) and are folded into FPSR after. */
static JitExit *enter(Cpu *cpu, JitTrans *t)
{
    bool fp = jit_enabled(JIT_TECH_FPINLINE);
    if (fp)
        a64_fp_host_flags_fold(NULL);   /* the host's own flags are no guest's */
    JitExit *x = jit_enter(cpu, t->code);
    if (fp)
        a64_fp_host_flags_fold(&cpu->a64.fpsr);
    a64_jit_unlazy_flags(cpu);      /* the interpreter and signal frames read it canonical */
    return x;
}

static JitTrans *translate_superblock(Cpu *cpu, uint64_t pc)
{
    return translate(cpu, pc, SB_MAX_INSNS);
}

static const JitFrontEnd front_end = {
    .translate = translate_superblock,
    .enter = enter,
    .jump_cache_fill = a64_jump_cache_fill,
    .fixed_regs = fixed_for_cache,
    .fault_fixup = fault_fixup,
    .load_address = a64_load_address_of,
    .verify = &a64_verify_isa,
};

bool a64_jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch)
{
    return jit_run(cpu, pc, epoch, &front_end);
}
