/*
 * NZCV in the aarch64 translator (see translate.c for the liveness): the
 * host flags stored into cpu->a64.nzcv (canonical, lazy or tagged forms),
 * conditions read from the host flags, and compares repeated at their
 * readers.
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
#include <stdlib.h>
#include <string.h>

#include "translate/aarch64/block.h"
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

/* A flag-setting add, sub or and, always inline (any destination). */
static bool sets_only_flags(A64Op op)
{
    switch (op) {
    case A64_OP_ADDS_IMM: case A64_OP_SUBS_IMM: case A64_OP_ANDS_IMM: case A64_OP_ANDS:
    case A64_OP_BICS: case A64_OP_ADDS: case A64_OP_SUBS: case A64_OP_ADDS_EXT:
    case A64_OP_SUBS_EXT:
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

/*
 * NZCV as a compare to run again.  Where a repeated compare's flags are
 * still needed after its last reader only by what a fault or an exit shows
 * (NEED_FAULT), and its operands stay as they are until the next
 * flag-setting instruction of the block (guest accesses in between are
 * fine), cpu->a64.nzcv gets one `mov dword` of a tag naming the compare
 * (A64_NZCV_CMP | its index in cmp_table) instead of the lazy form's six
 * instructions.  Whoever makes NZCV canonical (a64_jit_unlazy_flags: the
 * fault paths and the exits, with every guest register in the Cpu) runs
 * the compare's handler.  The table only grows (chunks never move, so a
 * fault handler reads it while another thread translates); when it is
 * full the lazy form is used again.
 */
#define CMP_CHUNK_BITS 12
#define CMP_CHUNKS 256
static A64Insn *cmp_table[CMP_CHUNKS];
static uint32_t cmp_count;      /* under the translation lock */

static bool cmp_add(const A64Insn *in, uint32_t *index)
{
    uint32_t n = cmp_count;
    A64Insn **chunk = &cmp_table[n >> CMP_CHUNK_BITS];

    if (n >> CMP_CHUNK_BITS >= CMP_CHUNKS || n >= A64_NZCV_CMP)
        return false;
    if (!*chunk) {
        A64Insn *c = calloc(1u << CMP_CHUNK_BITS, sizeof *c);
        if (!c)
            return false;
        __atomic_store_n(chunk, c, __ATOMIC_RELEASE);
    }
    (*chunk)[n & ((1u << CMP_CHUNK_BITS) - 1)] = *in;
    __atomic_store_n(&cmp_count, n + 1, __ATOMIC_RELEASE);
    *index = n;
    return true;
}

bool a64_nzcv_cmp_resolve(Cpu *cpu)
{
    uint32_t f = cpu->a64.nzcv;

    if (!(f & A64_NZCV_CMP))
        return false;
    uint32_t n = f & (A64_NZCV_CMP - 1);
    if (n >= __atomic_load_n(&cmp_count, __ATOMIC_ACQUIRE))
        return false;
    const A64Insn *in = &__atomic_load_n(&cmp_table[n >> CMP_CHUNK_BITS], __ATOMIC_ACQUIRE)
                            [n & ((1u << CMP_CHUNK_BITS) - 1)];
    in->fn(cpu, in);
    return true;
}

bool tag_flags(Tc *tc, int from)
{
    int c = tc->cur_regen;

    if (c < 0 || !jit_enabled(JIT_TECH_NZCVTAG))
        return false;
    Regs ops = insn_regs(&tc->insn[c]);
    for (int k = from; k < tc->n; k++) {
        const TrInsn *t = &tc->insn[k];
        bool access = (t->op == A64_OP_LDST || t->op == A64_OP_PAIR) && !t->fallthrough;
        if (!access && !is_plain(t->op)) {
            /* The next setter ends the tag's life; it must not read NZCV. */
            switch (t->op) {
            case A64_OP_ADDS_IMM: case A64_OP_SUBS_IMM: case A64_OP_ANDS_IMM: case A64_OP_ANDS:
            case A64_OP_BICS: case A64_OP_ADDS: case A64_OP_SUBS: case A64_OP_ADDS_EXT:
            case A64_OP_SUBS_EXT: {
                uint32_t index;
                if (!cmp_add(&tc->insn[c].in, &index))
                    return false;
                x86_store_imm(tc->e, 4, cpu_mem(JIT_CPU_OFF(a64.nzcv)),
                              (int32_t)(A64_NZCV_CMP | index));
                return true;
            }
            default:
                return false;
            }
        }
        if (t->block_last || clobbers(t, &ops))
            return false;
    }
    return false;
}

/* ---- NZCV in the host flags and in the Cpu ---- */

X86Mem nzcv_mem(void)
{
    return cpu_mem(JIT_CPU_OFF(a64.nzcv));
}

/* Host flags of kind k into cpu->a64.nzcv. */
static void store_flags(Tc *tc, FlagKind k)
{
    Emit *e = tc->e;

    if (k == FK_MEM)
        return;
    if (k != FK_LOGIC)
        x86_setcc(e, X86_CC_O, X86_RDX);
    x86_setcc(e, X86_CC_S, X86_RAX);
    x86_setcc(e, X86_CC_E, X86_RCX);
    x86_movzx_rr8(e, X86_RAX, X86_RAX);
    x86_movzx_rr8(e, X86_RCX, X86_RCX);
    x86_lea_index(e, 4, X86_RAX, X86_RCX, X86_RAX, 1, 0);      /* N Z */
    if (k != FK_LOGIC) {
        x86_lea_index(e, 4, X86_RAX, X86_RAX, X86_RAX, 0, 0);  /* N Z 0 */
        x86_setcc(e, k == FK_SUB ? X86_CC_AE : X86_CC_B, X86_RCX);
        x86_movzx_rr8(e, X86_RCX, X86_RCX);
        x86_alu_rr(e, X86_OR, 4, X86_RAX, X86_RCX);            /* N Z C */
        x86_movzx_rr8(e, X86_RDX, X86_RDX);
        x86_lea_index(e, 4, X86_RAX, X86_RDX, X86_RAX, 1, 0);  /* N Z C V */
        x86_shift_ri(e, X86_SHL, 4, X86_RAX, 28);
    } else {
        x86_shift_ri(e, X86_SHL, 4, X86_RAX, 30);
    }
    x86_store(e, 4, nzcv_mem(), X86_RAX);
}

void materialize_flags(Tc *tc)
{
    store_flags(tc, tc->flags);
    tc->flags = FK_MEM;
}

/* The host flags as they are (after a sub, CF is ARM's C inverted:
 * A64_NZCV_LAZY_NOTC), for faults and exits only: 4 instructions instead
 * of store_flags' 14.  Keeps the host flags. */
static void lazy_flags(Tc *tc, FlagKind k)
{
    Emit *e = tc->e;

    x86_mov_r32_imm(e, X86_RAX, A64_NZCV_LAZY | (k == FK_SUB ? A64_NZCV_LAZY_NOTC : 0));
    x86_lahf(e);
    x86_setcc(e, X86_CC_O, X86_RAX);
    x86_store(e, 4, nzcv_mem(), X86_RAX);
}

/* Make cpu->a64.nzcv canonical again after a fault in translated code. */
void a64_jit_unlazy_flags(Cpu *cpu)
{
    uint32_t f = cpu->a64.nzcv;

    if (a64_nzcv_cmp_resolve(cpu))
        return;
    if (f & A64_NZCV_LAZY)
        cpu->a64.nzcv = ((f >> 15) & 1) << 31 | ((f >> 14) & 1) << 30 |
                        (((f >> 8) ^ (f >> 25)) & 1) << 29 | (f & 1) << 28;
}

void save_flags(Tc *tc, FlagKind k, int need)
{
    if (k == FK_MEM || need == NEED_NONE)
        return;
    if (need == NEED_FULL)
        store_flags(tc, k);
    else
        lazy_flags(tc, k);
}

bool host_cond(Tc *tc, unsigned cond, X86Cond *cc)
{
    static const int8_t sub[14] = {
        X86_CC_E, X86_CC_NE, X86_CC_AE, X86_CC_B, X86_CC_S, X86_CC_NS, X86_CC_O, X86_CC_NO,
        X86_CC_A, X86_CC_BE, X86_CC_GE, X86_CC_L, X86_CC_G, X86_CC_LE,
    };
    static const int8_t add[14] = {
        X86_CC_E, X86_CC_NE, X86_CC_B, X86_CC_AE, X86_CC_S, X86_CC_NS, X86_CC_O, X86_CC_NO,
        -1, -1, X86_CC_GE, X86_CC_L, X86_CC_G, X86_CC_LE,
    };
    Emit *e = tc->e;
    bool invert = cond & 1;

    if (tc->flags == FK_SUB) {
        *cc = (X86Cond)sub[cond];
        return true;
    }
    if (tc->flags == FK_ADD || tc->flags == FK_LOGIC) {
        /* After and/test CF = OF = 0, which are ARM's C and V then. */
        if (add[cond] < 0)
            return false;
        *cc = (X86Cond)add[cond];
        return true;
    }
    switch (cond >> 1) {
    case 0: x86_test_mi(e, 4, nzcv_mem(), (int32_t)A64_Z); *cc = X86_CC_NE; break;
    case 1: x86_test_mi(e, 4, nzcv_mem(), (int32_t)A64_C); *cc = X86_CC_NE; break;
    case 2: x86_test_mi(e, 4, nzcv_mem(), (int32_t)A64_N); *cc = X86_CC_NE; break;
    case 3: x86_test_mi(e, 4, nzcv_mem(), (int32_t)A64_V); *cc = X86_CC_NE; break;
    case 4:     /* HI: C && !Z */
        x86_load(e, 4, X86_RAX, nzcv_mem());
        x86_alu_ri(e, X86_AND, 4, X86_RAX, (int32_t)(A64_C | A64_Z));
        x86_alu_ri(e, X86_CMP, 4, X86_RAX, (int32_t)A64_C);
        *cc = X86_CC_E;
        break;
    case 5:     /* GE: N == V */
        x86_load(e, 4, X86_RAX, nzcv_mem());
        x86_lea_index(e, 4, X86_RCX, X86_RAX, X86_RAX, 0, 0);
        x86_shift_ri(e, X86_SHL, 4, X86_RCX, 2);               /* V at bit 31 */
        x86_alu_rr(e, X86_XOR, 4, X86_RCX, X86_RAX);
        x86_alu_ri(e, X86_AND, 4, X86_RCX, (int32_t)A64_N);
        *cc = X86_CC_E;
        break;
    default:    /* GT: !Z && N == V */
        x86_load(e, 4, X86_RAX, nzcv_mem());
        x86_mov_rr(e, 4, X86_RCX, X86_RAX);
        x86_shift_ri(e, X86_SHL, 4, X86_RCX, 3);
        x86_alu_rr(e, X86_XOR, 4, X86_RCX, X86_RAX);
        x86_alu_ri(e, X86_AND, 4, X86_RCX, (int32_t)A64_N);
        x86_alu_ri(e, X86_AND, 4, X86_RAX, (int32_t)A64_Z);
        x86_alu_rr(e, X86_OR, 4, X86_RCX, X86_RAX);
        *cc = X86_CC_E;
        break;
    }
    if (invert)
        *cc = x86_cc_invert(*cc);
    return true;
}

/* ---- NZCV at the exits (the targets' own code) ---- */

/*
 * What the code from pc on needs of NZCV, from the blocks the interpreter
 * decoded there (the guest code the exit goes to; nothing is decoded
 * anew): NEED_NONE if every path sets NZCV before anything can read it or
 * fault, NEED_FAULT if it is set before it is read but a guest access may
 * fault first (the fault would show it), NEED_FULL if it may be read or
 * nothing is known (no decoded block, an indirect jump, a helper, too far).
 * Straight-line code is followed through B, BL and block splits, both ways
 * of a conditional branch, up to `budget` blocks.
 */
static void note_looked(Tc *tc, const A64Block *b)
{
    if (!tc || !b->count)
        return;
    if (tc->nlooked == MAX_SRC_LOOKED) {
        tc->looked_overflow = true;
        return;
    }
    tc->looked[tc->nlooked][0] = b->pc;
    tc->looked[tc->nlooked++][1] = b->insns[b->count - 1].pc;
}

static int need_from(Tc *tc, uint64_t pc, int *budget, bool fault)
{
    const A64Block *b;

    while ((b = a64_block_lookup(pc)) && (*budget)-- > 0) {
        note_looked(tc, b);
        for (uint32_t k = 0; k < b->count; k++) {
            TrInsn t;
            memset(&t, 0, sizeof t);
            t.in = b->insns[k];
            classify(&t);
            if (t.fallthrough) {
                pc = t.in.pc;
                break;
            }
            if (reads_flags(t.op, false))
                return NEED_FULL;
            if (sets_flags(t.op))
                return fault ? NEED_FAULT : NEED_NONE;
            fault |= reads_flags(t.op, true);
            if (k + 1 < b->count)
                continue;
            switch (t.op) {
            case A64_OP_B: case A64_OP_BL:
                pc = t.in.imm;
                break;
            case A64_OP_CBZ: case A64_OP_CBNZ: case A64_OP_TBZ: case A64_OP_TBNZ: {
                int taken = need_from(tc, t.in.imm, budget, fault);
                if (taken == NEED_FULL)
                    return NEED_FULL;
                int next = need_from(tc, t.in.pc + 4, budget, fault);
                return taken > next ? taken : next;
            }
            default:
                return NEED_FULL;       /* BR, BLR, RET, the run loop's */
            }
        }
    }
    return NEED_FULL;
}

int a64_flags_need_at_noting(Tc *tc, uint64_t pc)
{
    int budget = 8;

    return need_from(tc, pc, &budget, false);
}

int a64_flags_need_at(uint64_t pc)
{
    return a64_flags_need_at_noting(NULL, pc);
}

int exit_need(Tc *tc, uint64_t pc)
{
    int base = jit_enabled(JIT_TECH_NZCVLAZY) ? NEED_FAULT : NEED_FULL;

    if (!tc->flag_elim)
        return NEED_FULL;
    if (!jit_enabled(JIT_TECH_EXITLIVE))
        return base;
    for (int k = 0; k < tc->nexit_need; k++)
        if (tc->exit_need_pc[k] == pc)
            return tc->exit_need[k];
    int need = a64_flags_need_at_noting(tc, pc) == NEED_NONE ? NEED_NONE : base;
    if (tc->nexit_need < MAX_EXIT_NEED) {
        tc->exit_need_pc[tc->nexit_need] = pc;
        tc->exit_need[tc->nexit_need++] = (int8_t)need;
    }
    return need;
}

/* ---- Registers the superblock's entry need not load ---- */

uint32_t entry_dead(const Tc *tc)
{
    uint32_t read = 0, dead = 0;

    if (!jit_enabled(JIT_TECH_ENTRYDEAD))
        return 0;
    for (int i = 0; i < tc->n; i++) {
        const TrInsn *t = &tc->insn[i];
        if (t->block_last || (!is_plain(t->op) && !is_compare(t) && !sets_only_flags(t->op)))
            break;
        Regs g = insn_regs(t);
        for (int k = 0; k < g.nr; k++)
            if (g.r[k] < 32)
                read |= 1u << g.r[k];
        for (int k = 0; k < g.nw; k++)
            if (g.w[k] < 32 && !(read >> g.w[k] & 1))
                dead |= 1u << g.w[k];
    }
    return dead;
}
