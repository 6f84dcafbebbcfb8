/*
 * The riscv64 front end of the translator: hot superblocks to x86-64.
 *
 * Superblock formation.  When the interpreter has entered a block
 * rv_jit_threshold times, the translator strings together the predecoded
 * blocks (RvBlock, interp.c) along the hot path: at a conditional branch it
 * follows the successor the interpreter entered more often, through direct
 * jumps and calls too, and stops at a successor that is already in the
 * superblock (a loop: that edge becomes a jump inside the translation),
 * at one the interpreter never ran (no RvBlock: its bytes may not even be
 * mapped), at an indirect jump, and at what needs the run loop (ecall,
 * ebreak, fence.i, an illegal instruction: the translation exits just
 * before it).  Only blocks the interpreter already decoded are used, so
 * translating never touches guest memory.
 *
 * Registers.  r15 points at the Cpu (+JIT_CPU_BIAS); rax, rcx, rdx are
 * scratch; the other eleven host registers hold guest registers: six hold
 * the same guest registers in every translation (fixed_regs: loaded by
 * jit_enter, stored by the exit trampoline and before helper calls), the
 * other five the guest registers the superblock uses most besides, loaded
 * at its entry and written back (those it writes) at every exit and before
 * helper calls.  A loop that leaves some of the six alone borrows their
 * host registers for more of its own (displaced: their guest registers go
 * to the Cpu at entry and come back at every exit).  The rest are used in
 * place in the Cpu.  The allocation is fixed for the whole superblock, so
 * a jump anywhere inside it needs no moves, and the host fault handler can
 * recover every guest register from the faulting context (JitTrans.
 * guest_of_host) without any writes on the fast path.
 *
 * Worked example: the loop `L: lw a4,0(a0); addw a5,a5,a4; addi a0,a0,4;
 * bne a0,a3,L` becomes (a0=rbx, a3=rbp, a4=r12, a5=r13)
 *
 *     entry: cmp dword [r15+jit_exit],0; jne leave
 *            mov rbx,[r15+x10]; mov rbp,[r15+x13]; mov r12,...; mov r13,...
 *     L:     lea rax,[rbx+4-min]; cmp rax,[r15+span]; ja oob ; bounds (min = guest_min)
 *            movsxd r12,[rax+min-4]                          ; fault site -> pc of lw
 *            mov rax,r13; add eax,r12d; movsxd rax,eax; mov r13,rax
 *            lea rbx,[rbx+4]
 *            cmp rbx,rbp; je exit1
 *            add qword [r15+instret],4; cmp dword [r15+jit_exit],0; jne leave_L
 *            jmp L
 *     exit1: mov [r15+x10],rbx; ... (written registers); add qword [r15+instret],4
 *            jmp tail1            ; patched to the next translation once it exists
 *     tail1: mov rax,pc; mov [r15+pc],rax; mov rax,&JitExit; jmp exit_trampoline
 *
 * Guest instret is kept exact at exits: every exit and loop edge adds the
 * instructions retired since the last update (it may add a negative
 * amount on a forward edge; the sum is right wherever it is observed).
 *
 * Memory.  Guest memory is direct-mapped at guest_base 0: a store is one
 * host access after one unsigned compare that keeps it inside
 * [guest_min, guest_limit) (rv_address); outside, the guest gets SIGSEGV
 * from a cold stub, as from the interpreter's check.  A load is one host
 * access with no check (rv_load_address): outside guest memory it faults
 * on the host, and the fault handler gives the guest its SIGSEGV.  Each access records its host offset and guest PC (JitSite) for
 * the fault handler.  Instructions without a native translation (division,
 * atomics, CSRs, most F/D) call rv_exec_one, the interpreter's semantics
 * for one instruction, with all state written back.
 *
 * Passes.  Code generation is one forward walk over the superblock, after
 * an analysis (optimize.c) that marks W results whose sign extension can
 * stay pending, shift pairs and lui/auipc+addi pairs to fuse.  The walk
 * itself tracks the guest registers with pending extensions, those with
 * known constants (folded into immediates), and those whose address
 * range an earlier check proved (address(): an access near a checked one
 * needs no check, the guard after guest memory faults); all three are
 * forgotten at a block that a jump inside the superblock reaches, and at
 * helper calls.
 * --jit-disable=sext,peephole,constprop,checks turns each off.
 *
 * Floating point.  F/D add, sub, mul, div, sqrt (and the fused
 * multiply-add family with FMA3) in RNE are one SSE instruction each
 * (fp_inline); guest flags accrue in the host MXCSR while translated code
 * runs and are folded into cpu->rv.fflags when it returns to rv_jit_run,
 * before any helper that reads or writes them, and from a faulting context.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "core/capstone_lazy.h"
#include "core/log.h"
#include "core/vm.h"
#include "signals/signals.h"
#include "translate/jit/cache.h"
#include "translate/jit/run.h"
#include "translate/jit/techniques.h"
#include "translate/riscv64/fpu.h"
#include "translate/riscv64/riscv64.h"
#include "translate/riscv64/insn.h"
#include "translate/riscv64/rvblock.h"
#include "translate/x86_64/emit.h"
#include "translate/x86_64/host.h"

#include "translate/riscv64/translate.h"

uint64_t rv_jit_threshold = 50;


static bool is_branch(RvOp op)
{
    return rv_opt_is_branch(op);
}

/* ---- Code generation helpers ---- */

typedef enum ValKind { V_REG, V_MEM, V_IMM } ValKind;
typedef struct Val {
    ValKind kind;
    X86Reg reg;
    int32_t disp;
    int64_t imm;
} Val;

static Val val_of(const Tc *tc, int g)
{
    if (g == 0)
        return (Val){ .kind = V_IMM, .imm = 0 };
    if (tc->host_of[g] >= 0)
        return (Val){ .kind = V_REG, .reg = (X86Reg)tc->host_of[g] };
    return (Val){ .kind = V_MEM, .disp = xoff(g) };
}

static Val val_imm(int64_t imm)
{
    return (Val){ .kind = V_IMM, .imm = imm };
}

static bool fits32(int64_t v)
{
    return v == (int32_t)v;
}

/* Guest register g as an operand: an immediate where it holds a known
 * constant that fits one (always where it was not written yet). */
static Val val_op(const Tc *tc, int g)
{
    if (g && (tc->known >> g & 1) &&
        (fits32(tc->known_value[g]) || (tc->unwritten >> g & 1)))
        return val_imm(tc->known_value[g]);
    return val_of(tc, g);
}

/* The instruction being generated makes its rd the constant v. */
static void result_is(Tc *tc, int64_t v)
{
    tc->result_known = true;
    tc->result = v;
}

/* dst = v (64 bits). */
static void mov_val(Tc *tc, X86Reg dst, Val v)
{
    if (v.kind == V_REG) {
        if (v.reg != dst)
            x86_mov_rr(tc->e, 8, dst, v.reg);
    } else if (v.kind == V_MEM) {
        x86_load(tc->e, 8, dst, cpu_mem(v.disp));
    } else {
        x86_mov_ri(tc->e, dst, (uint64_t)v.imm);
    }
}

/* A register holding guest register g: its host register, or scratch
 * loaded with it. */
static X86Reg in_reg(Tc *tc, int g, X86Reg scratch)
{
    Val v = val_of(tc, g);
    if (v.kind == V_REG)
        return v.reg;
    mov_val(tc, scratch, v);
    return scratch;
}

/* Where to compute guest register g's new value. */
static X86Reg dest_reg(const Tc *tc, int g)
{
    return tc->host_of[g] >= 0 ? (X86Reg)tc->host_of[g] : X86_RAX;
}

/* Sign-extend the low halves of the guest registers of mask held in
 * host registers with their extension pending (optimize.c). */
static void sext_now(Tc *tc, uint32_t mask)
{
    mask &= tc->sext_pending & ~1u;
    tc->sext_pending &= ~mask;
    for (; mask; mask &= mask - 1) {
        int g = __builtin_ctz(mask);
        x86_movsxd_rr(tc->e, (X86Reg)tc->host_of[g], (X86Reg)tc->host_of[g]);
    }
}

/* Before the full values are observed: every extension done. */
static void sext_all(Tc *tc)
{
    sext_now(tc, tc->sext_pending);
}

/* Make r the new value of guest register g. */
static void commit(Tc *tc, int g, X86Reg r)
{
    if (g == 0)
        return;
    tc->sext_pending &= ~(1u << g);
    if (tc->host_of[g] >= 0) {
        if ((X86Reg)tc->host_of[g] != r)
            x86_mov_rr(tc->e, 8, (X86Reg)tc->host_of[g], r);
    } else {
        x86_store(tc->e, 8, cpu_mem(xoff(g)), r);
    }
}

/* Make the low 32 bits in w the new value of guest register g, sign-
 * extended now, or later where the analysis found that pays (the
 * extension pending). */
static void commit_w(Tc *tc, int g, X86Reg w)
{
    bool defer = (tc->opt[tc->cur] & OPT_DEFER_SEXT) && g != 0 && tc->host_of[g] >= 0;

    if (!defer)
        x86_movsxd_rr(tc->e, w, w);
    commit(tc, g, w);
    if (defer) {
        tc->sext_pending |= 1u << g;
        tc->deferred = true;
    }
}

/* op size dst, b. */
static void apply(Tc *tc, X86Alu op, int size, X86Reg dst, Val b)
{
    if (b.kind == V_REG) {
        x86_alu_rr(tc->e, op, size, dst, b.reg);
    } else if (b.kind == V_MEM) {
        x86_alu_rm(tc->e, op, size, dst, cpu_mem(b.disp));
    } else if (fits32(b.imm)) {
        x86_alu_ri(tc->e, op, size, dst, (int32_t)b.imm);
    } else {
        x86_mov_ri(tc->e, X86_RCX, (uint64_t)b.imm);
        x86_alu_rr(tc->e, op, size, dst, X86_RCX);
    }
}

/* Choose the register to compute rd = f(a, b) in, so that writing a
 * there does not clobber b. */
static X86Reg work_reg(const Tc *tc, int rd, Val a, Val b)
{
    X86Reg d = dest_reg(tc, rd);
    if (b.kind == V_REG && b.reg == d && !(a.kind == V_REG && a.reg == d))
        return X86_RAX;
    return d;
}

/* rd = v (mv and its spellings): one move, straight to memory when rd
 * has no host register. */
static void move(Tc *tc, int rd, Val v)
{
    if (tc->host_of[rd] >= 0) {
        mov_val(tc, (X86Reg)tc->host_of[rd], v);
        commit(tc, rd, (X86Reg)tc->host_of[rd]);
        if (v.kind == V_IMM)
            result_is(tc, v.imm);
    } else if (v.kind == V_REG) {
        commit(tc, rd, v.reg);
    } else if (v.kind == V_IMM && fits32(v.imm)) {
        x86_store_imm(tc->e, 8, cpu_mem(xoff(rd)), (int32_t)v.imm);
        result_is(tc, v.imm);
    } else {
        mov_val(tc, X86_RAX, v);
        commit(tc, rd, X86_RAX);
        if (v.kind == V_IMM)
            result_is(tc, v.imm);
    }
}

static bool is_zero(Val v)
{
    return v.kind == V_IMM && v.imm == 0;
}

/* rd = rs1 op b, 64-bit or (size 4) 32-bit sign-extended. */
static void binop(Tc *tc, X86Alu op, int size, int rd, int rs1, Val b)
{
    Val a = val_op(tc, rs1);
    X86Reg w;

    if (rd == 0)
        return;
    if (a.kind == V_IMM && b.kind == V_IMM && jit_enabled(JIT_TECH_INLINEOPS)) {
        /* li and friends: x0 op imm is a constant */
        uint64_t x = (uint64_t)a.imm, y = (uint64_t)b.imm;
        uint64_t r = op == X86_ADD ? x + y : op == X86_SUB ? x - y : op == X86_XOR ? x ^ y :
                     op == X86_OR ? x | y : x & y;
        if (size == 4)
            r = (uint64_t)(int64_t)(int32_t)(uint32_t)r;
        if (jit_enabled(JIT_TECH_PEEPHOLE)) {
            move(tc, rd, val_imm((int64_t)r));
            return;
        }
        w = dest_reg(tc, rd);
        x86_mov_ri(tc->e, w, r);
        commit(tc, rd, w);
        result_is(tc, (int64_t)r);
        return;
    }
    if (size == 8 && (op == X86_ADD || op == X86_OR || op == X86_XOR || op == X86_SUB) &&
        jit_enabled(JIT_TECH_PEEPHOLE)) {
        if (is_zero(b)) {
            move(tc, rd, a);            /* rd = rs1 op 0 */
            return;
        }
        if (is_zero(a) && op != X86_SUB) {
            move(tc, rd, b);            /* rd = 0 op rs2 */
            return;
        }
        if (op == X86_ADD && a.kind == V_REG && b.kind == V_REG) {
            w = dest_reg(tc, rd);
            x86_lea_index(tc->e, 8, w, a.reg, b.reg, 0, 0);
            commit(tc, rd, w);
            return;
        }
    }
    if (op == X86_ADD && size == 4 && b.kind == V_IMM && b.imm == 0 && a.kind != V_IMM &&
        jit_enabled(JIT_TECH_INLINEOPS)) {
        /* sext.w */
        w = dest_reg(tc, rd);
        if (a.kind == V_REG)
            x86_movsxd_rr(tc->e, w, a.reg);
        else
            x86_movsx_load(tc->e, 4, w, cpu_mem(a.disp));
        commit(tc, rd, w);
        return;
    }
    if (op == X86_ADD && size == 8 && a.kind == V_REG && b.kind == V_IMM && fits32(b.imm)) {
        w = dest_reg(tc, rd);
        x86_lea(tc->e, 8, w, x86_mem(a.reg, (int32_t)b.imm));
        commit(tc, rd, w);
        return;
    }
    if ((op == X86_ADD || op == X86_OR || op == X86_XOR || op == X86_AND) && b.kind == V_REG &&
        b.reg == dest_reg(tc, rd) && tc->host_of[rd] >= 0 && jit_enabled(JIT_TECH_PEEPHOLE)) {
        Val swap = a;   /* rd = rs1 op rd: `op rd, rs1` in place, not through rax */
        a = b;
        b = swap;
    }
    if (op == X86_SUB && b.kind == V_REG && b.reg == dest_reg(tc, rd) && tc->host_of[rd] >= 0 &&
        !(a.kind == V_REG && a.reg == b.reg) && jit_enabled(JIT_TECH_PEEPHOLE)) {
        w = b.reg;      /* rd = rs1 - rd: `neg rd; add rd, rs1` in place, not through rax */
        x86_grp3_r(tc->e, X86_NEG, size, w);
        apply(tc, X86_ADD, size, w, a);
    } else {
        w = work_reg(tc, rd, a, b);
        mov_val(tc, w, a);
        apply(tc, op, size, w, b);
    }
    if (size == 4)
        commit_w(tc, rd, w);
    else
        commit(tc, rd, w);
}

static void shift_imm(Tc *tc, X86Shift op, int size, int rd, int rs1, unsigned amount)
{
    if (rd == 0)
        return;
    Val a = val_op(tc, rs1);
    if (a.kind == V_IMM && jit_enabled(JIT_TECH_CONSTPROP)) {
        uint64_t x = size == 4 ? (uint32_t)a.imm : (uint64_t)a.imm, r;
        if (op == X86_SHL)
            r = x << amount;
        else if (op == X86_SHR)
            r = x >> amount;
        else if (size == 4)
            r = (uint64_t)((int32_t)(uint32_t)x >> amount);
        else
            r = (uint64_t)((int64_t)x >> amount);
        if (size == 4)
            r = (uint64_t)(int64_t)(int32_t)(uint32_t)r;
        move(tc, rd, val_imm((int64_t)r));
        return;
    }
    X86Reg w = dest_reg(tc, rd);
    mov_val(tc, w, val_of(tc, rs1));
    if (amount)
        x86_shift_ri(tc->e, op, size, w, (uint8_t)amount);
    if (size == 4 && op == X86_SHR && amount && jit_enabled(JIT_TECH_PEEPHOLE))
        commit(tc, rd, w);      /* srliw by 1..31: bit 31 is 0, zero-extended is sign-extended */
    else if (size == 4)
        commit_w(tc, rd, w);
    else
        commit(tc, rd, w);
}

/* srli/srai rd,rd,k fused with the slli rd,rs,32 before it (optimize.c):
 * rd = rs's low half, zero- or sign-extended, shifted into place. */
static void shift_low32(Tc *tc, bool sign, int rd, int rs, unsigned k)
{
    X86Reg w = dest_reg(tc, rd);
    Val v = val_of(tc, rs);

    if (v.kind == V_IMM)
        x86_alu_rr(tc->e, X86_XOR, 4, w, w);
    else if (v.kind == V_REG && sign)
        x86_movsxd_rr(tc->e, w, v.reg);
    else if (v.kind == V_REG)
        x86_mov_rr(tc->e, 4, w, v.reg);
    else if (sign)
        x86_movsx_load(tc->e, 4, w, cpu_mem(v.disp));
    else
        x86_load(tc->e, 4, w, cpu_mem(v.disp));
    if (k > 32)
        x86_shift_ri(tc->e, sign ? X86_SAR : X86_SHR, 8, w, (uint8_t)(k - 32));
    else if (k < 32)
        x86_shift_ri(tc->e, X86_SHL, 8, w, (uint8_t)(32 - k));
    commit(tc, rd, w);
}

static void shift_reg(Tc *tc, X86Shift op, int size, int rd, int rs1, int rs2)
{
    if (rd == 0)
        return;
    mov_val(tc, X86_RCX, val_of(tc, rs2));
    X86Reg w = dest_reg(tc, rd);
    mov_val(tc, w, val_of(tc, rs1));
    x86_shift_rcl(tc->e, op, size, w);
    if (size == 4)
        commit_w(tc, rd, w);
    else
        commit(tc, rd, w);
}

/* rd = (rs1 cc b) ? 1 : 0. */
static void set_cond(Tc *tc, X86Cond cc, int rd, int rs1, Val b)
{
    if (rd == 0)
        return;
    X86Reg a = in_reg(tc, rs1, X86_RAX);
    x86_alu_rr(tc->e, X86_XOR, 4, X86_RCX, X86_RCX);
    apply(tc, X86_CMP, 8, a, b);
    x86_setcc(tc->e, cc, X86_RCX);
    commit(tc, rd, X86_RCX);
}

static void add_site(Tc *tc, uint64_t pc, int retired)
{
    JitSite *s = &tc->sites[tc->nsites++];
    s->host_off = (uint32_t)tc->e->len;
    s->retired = (uint32_t)retired;
    s->guest_pc = pc;
    s->sext_regs = tc->sext_pending;
}

X86Reg rv_in_reg(Tc *tc, int g, X86Reg scratch)
{
    return in_reg(tc, g, scratch);
}

void rv_commit(Tc *tc, int g, X86Reg r)
{
    commit(tc, g, r);
}

void rv_add_site(Tc *tc, uint64_t pc, int retired)
{
    add_site(tc, pc, retired);
}

size_t tc_new_stub(Tc *tc, StubKind kind, size_t jump_at, uint64_t target_pc, int32_t retired)
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
    s->sext = tc->sext_pending;
    return (size_t)(tc->nstubs - 1);
}

static void load(Tc *tc, const TrInsn *t, int size, bool sign, int pos)
{
    X86Mem m = rv_load_address(tc, t, size, pos);
    X86Reg d = t->in.rd ? dest_reg(tc, t->in.rd) : X86_RCX;

    add_site(tc, t->pc, pos);
    if (size == 8)
        x86_load(tc->e, 8, d, m);
    else if (sign)
        x86_movsx_load(tc->e, size, d, m);
    else if (size == 4)
        x86_load(tc->e, 4, d, m);
    else
        x86_movzx_load(tc->e, size, d, m);
    commit(tc, t->in.rd, d);
}

/* A store of x0 or of a known constant (that fits the access, or an
 * imm32 for sd) is a store of an immediate: Go clears memory with sb
 * zero, and C code stores constants it made with li. */
static void store(Tc *tc, const TrInsn *t, int size, int pos)
{
    X86Mem m = rv_address(tc, t, size, pos);
    Val c = val_op(tc, t->in.rs2);

    if (c.kind == V_IMM && (size < 8 || fits32(c.imm))) {
        add_site(tc, t->pc, pos);
        x86_store_imm(tc->e, size, m, (int32_t)c.imm);
        return;
    }
    X86Reg v = in_reg(tc, t->in.rs2, X86_RCX);
    add_site(tc, t->pc, pos);
    x86_store(tc->e, size, m, v);
}

static void fp_load(Tc *tc, const TrInsn *t, int size, int pos)
{
    X86Mem m = rv_load_address(tc, t, size, pos);

    add_site(tc, t->pc, pos);
    x86_load(tc->e, size, X86_RCX, m);
    if (size == 4) {
        x86_mov_ri(tc->e, X86_RDX, 0xffffffff00000000ULL);    /* NaN-boxing */
        x86_alu_rr(tc->e, X86_OR, 8, X86_RCX, X86_RDX);
    }
    x86_store(tc->e, 8, cpu_mem(foff(t->in.rd)), X86_RCX);
}

static void fp_store(Tc *tc, const TrInsn *t, int size, int pos)
{
    X86Mem m = rv_address(tc, t, size, pos);

    x86_load(tc->e, size, X86_RCX, cpu_mem(foff(t->in.rs2)));
    add_site(tc, t->pc, pos);
    x86_store(tc->e, size, m, X86_RCX);
}

/* Store every guest register of mask held in a host register. */
static void store_regs(Tc *tc, uint32_t mask)
{
    for (int g = 1; g < 32; g++)
        if (tc->host_of[g] >= 0 && (mask >> g & 1))
            x86_store(tc->e, 8, cpu_mem(xoff(g)), (X86Reg)tc->host_of[g]);
}

/* Before leaving: store the written registers the superblock allocated
 * itself (the exit trampoline stores the fixed ones), and put the
 * displaced fixed registers back. */
static void write_back(Tc *tc)
{
    store_regs(tc, tc->written & ~tc->fixed);
    for (int g = 1; g < 32; g++)
        if (tc->displaced >> g & 1)
            x86_load(tc->e, 8, rv_fixed_host(g), cpu_mem(xoff(g)));
}

/* Before a helper or a guest signal: the Cpu gets every guest register. */
static void write_back_all(Tc *tc)
{
    store_regs(tc, tc->written | tc->fixed);
}

/* Load the guest registers of mask held in host registers. */
static void load_regs(Tc *tc, uint32_t mask)
{
    for (int g = 1; g < 32; g++)
        if (tc->host_of[g] >= 0 && (mask >> g & 1))
            x86_load(tc->e, 8, (X86Reg)tc->host_of[g], cpu_mem(xoff(g)));
}

/* After a helper, which may have changed any guest register. */
static void load_all(Tc *tc)
{
    load_regs(tc, ~0u);
}

static void add_instret(Tc *tc, int32_t n)
{
    if (n)
        x86_alu_mi(tc->e, X86_ADD, 8, cpu_mem(JIT_CPU_OFF(instret)), n);
}

/* cpu->pc = pc. */
static void set_pc(Tc *tc, uint64_t pc)
{
    if (pc <= INT32_MAX) {
        x86_store_imm(tc->e, 8, cpu_mem(JIT_CPU_OFF(pc)), (int32_t)pc);
    } else {
        x86_mov_ri(tc->e, X86_RAX, pc);
        x86_store(tc->e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RAX);
    }
}

/* Call fn(cpu, a1, a2, a3) with all guest state in the Cpu. */
static void call_helper(Tc *tc, const void *fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    sext_all(tc);
    write_back_all(tc);
    x86_lea(tc->e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_mov_ri(tc->e, X86_RSI, a1);
    x86_mov_ri(tc->e, X86_RDX, a2);
    x86_mov_ri(tc->e, X86_RCX, a3);
    x86_movabs(tc->e, X86_RAX, (uint64_t)(uintptr_t)fn);
    x86_call_r(tc->e, X86_RAX);
    load_all(tc);
    tc->known = 0;
    tc->checked = 0;
}

/* rv_exec_one for translated code: the instruction may read or write
 * fflags, so the flags pending in MXCSR go there first. */
static void rv_jit_exec_one(Cpu *cpu, uint64_t insn_lo, uint64_t insn_hi, uint64_t pc)
{
    rv_fp_host_flags_fold(&cpu->rv.fflags);
    rv_exec_one(cpu, insn_lo, insn_hi, pc);
}

/* The interpreter runs instruction t (pos instructions into the superblock). */
static void exec_one(Tc *tc, const TrInsn *t, int pos)
{
    uint64_t half[2];
    bool csr = t->in.op >= RV_CSRRW && t->in.op <= RV_CSRRCI;

    memcpy(half, &t->in, sizeof half);
    if (csr)
        add_instret(tc, pos);       /* instret reads must see the exact count */
    call_helper(tc, (const void *)rv_jit_exec_one, half[0], half[1], t->pc);
    if (csr)
        add_instret(tc, -pos);
}

/* Leave for target_pc (pos instructions retired), or jump to the block of
 * the superblock that starts there. */
static void edge(Tc *tc, X86Cond cc, bool always, uint64_t target_pc, int32_t retired)
{
    size_t at = always ? x86_jmp(tc->e, 0) : x86_jcc(tc->e, cc, 0);
    int blk = rv_block_index(tc, target_pc);
    size_t k = tc_new_stub(tc, blk >= 0 ? STUB_EDGE : STUB_EXIT, at, target_pc, retired);
    if (!tc->overflow)
        tc->stubs[k].block = blk;
}

/* An edge inside the superblock, inline: the instret update, the
 * bounded-latency check, the jump. */
static void inline_edge(Tc *tc, int blk, int32_t retired)
{
    sext_all(tc);
    add_instret(tc, retired - tc->block_start[blk]);
    x86_alu_mi(tc->e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(jit_exit)), 0);
    size_t at = x86_jcc(tc->e, X86_CC_NE, 0);
    tc_new_stub(tc, STUB_LEAVE, at, tc->block_pc[blk], tc->block_start[blk]);
    if (tc->block_label[blk] != (size_t)-1)
        x86_jmp(tc->e, tc->block_label[blk]);
    else
        edge(tc, X86_CC_O, true, tc->block_pc[blk], tc->block_start[blk]);
}

static X86Cond branch_cc(RvOp op)
{
    switch (op) {
    case RV_BEQ: return X86_CC_E;
    case RV_BNE: return X86_CC_NE;
    case RV_BLT: return X86_CC_L;
    case RV_BGE: return X86_CC_GE;
    case RV_BLTU: return X86_CC_B;
    default: return X86_CC_AE;
    }
}

/* The conditional branch t at pos: compare, then go on to next_pc (the
 * next block of the superblock, or 0 at its end). */
static void branch(Tc *tc, const TrInsn *t, int pos, uint64_t next_pc)
{
    X86Cond cc = branch_cc((RvOp)t->in.op);
    uint64_t taken = t->pc + t->in.imm, fall = t->pc + t->in.len;
    int rs1 = t->in.rs1, rs2 = t->in.rs2;
    uint32_t pend = tc->sext_pending;
    int size = 8;

    /* Sign-extended values order as their low halves do. */
    if ((rs1 == 0 || (pend >> rs1 & 1)) && (rs2 == 0 || (pend >> rs2 & 1)) && (rs1 | rs2))
        size = 4;
    else
        sext_now(tc, 1u << rs1 | 1u << rs2);
    Val av = val_of(tc, rs1);
    Val b = size == 8 ? val_op(tc, rs2) : val_of(tc, rs2);
    if (av.kind == V_MEM && b.kind == V_REG && jit_enabled(JIT_TECH_PEEPHOLE)) {
        x86_alu_mr(tc->e, X86_CMP, size, cpu_mem(av.disp), b.reg);     /* no load first */
    } else if (av.kind == V_MEM && b.kind == V_IMM && fits32(b.imm) &&
               jit_enabled(JIT_TECH_PEEPHOLE)) {
        x86_alu_mi(tc->e, X86_CMP, size, cpu_mem(av.disp), (int32_t)b.imm);
    } else {
        X86Reg a = in_reg(tc, rs1, X86_RAX);
        if (b.kind == V_IMM && b.imm == 0)
            x86_test_rr(tc->e, size, a, a);    /* compare with x0 */
        else
            apply(tc, X86_CMP, size, a, b);
    }
    if (next_pc && next_pc == fall) {
        edge(tc, cc, false, taken, pos + 1);
    } else if (next_pc && next_pc == taken) {
        edge(tc, x86_cc_invert(cc), false, fall, pos + 1);
    } else {
        int blk = rv_block_index(tc, taken), fblk = rv_block_index(tc, fall);
        if (blk >= 0) {         /* a loop's closing branch: stay inline when taken */
            edge(tc, x86_cc_invert(cc), false, fall, pos + 1);
            inline_edge(tc, blk, pos + 1);
        } else if (fblk >= 0) { /* one that loops when not taken: inline that way */
            edge(tc, cc, false, taken, pos + 1);
            inline_edge(tc, fblk, pos + 1);
        } else {
            edge(tc, cc, false, taken, pos + 1);
            edge(tc, X86_CC_O, true, fall, pos + 1);
        }
    }
}

/* Go to the guest PC in rax, everything written back: the translation
 * the jump cache names for it, or the run loop.  rax is jalr's target
 * before its bit 0 is cleared: the jump cache holds only even PCs (keys,
 * and the return PCs return stubs compare with), so an odd one misses,
 * and the miss clears it. */
static void emit_probe(Tc *tc)
{
    Emit *e = tc->e;

    if (!jit_enabled(JIT_TECH_JUMPCACHE)) {
        x86_alu_ri(e, X86_AND, 8, X86_RAX, -2);
        x86_store(e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RAX);
        x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
        x86_jmp_abs(e, jit_exit_trampoline());
        return;
    }
    if (log_enabled(LOG_STATS))
        x86_alu_mi(e, X86_ADD, 8, cpu_mem(JIT_CPU_OFF(jit_probes)), 1);
    size_t miss = jit_emit_jump_cache_probe(e, 1);
    emit_patch_u32(e, miss, (uint32_t)(e->len - (miss + 4)));
    x86_alu_ri(e, X86_AND, 8, X86_RAX, -2);
    x86_store(e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RAX);
    x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
    x86_jmp_abs(e, jit_exit_trampoline());
}

/* RISC-V's link registers: a jal/jalr writing one is a call, a jalr
 * reading one (and writing x0) a return. */
static bool is_link(int r)
{
    return r == 1 || r == 5;
}

/* A guest call returning to ret_pc: push a host frame whose return
 * address is this call's return stub (cache.h), unless the host stack
 * already holds JIT_RAS_DEPTH of them.  Keeps rax; uses rcx. */
static void ras_call(Tc *tc, uint64_t ret_pc)
{
    Emit *e = tc->e;

    if (!jit_enabled(JIT_TECH_RAS) || tc->nexits == MAX_STUBS)
        return;
    /* The return stub runs after the callee: nothing of ours is pending. */
    uint32_t pending = tc->sext_pending;
    tc->sext_pending = 0;
    x86_alu_rm(e, X86_CMP, 8, X86_RSP, cpu_mem(JIT_CPU_OFF(jit_stack_limit)));
    size_t deep = x86_jcc(e, X86_CC_BE, 0);
    x86_alu_ri(e, X86_SUB, 8, X86_RSP, 8);      /* frames of 16 keep rsp aligned */
    size_t call = x86_call(e, 0);
    /* The return stub: rax = the guest return target, all written back. */
    x86_alu_ri(e, X86_ADD, 8, X86_RSP, 8);
    if (ret_pc <= INT32_MAX) {
        x86_alu_ri(e, X86_CMP, 8, X86_RAX, (int32_t)ret_pc);
    } else {
        x86_mov_ri(e, X86_RCX, ret_pc);
        x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
    }
    size_t at = x86_jcc(e, X86_CC_NE, 0);
    tc_new_stub(tc, STUB_PROBE, at, 0, 0);
    at = jit_emit_chain_jmp(e);                 /* patched by chaining */
    JitExit *x = &tc->exits[tc->nexits];
    x->rel32 = (uint8_t *)(uintptr_t)at;         /* an offset until jit_finish */
    x->target_pc = ret_pc;
    x->linked = 0;
    size_t k = tc_new_stub(tc, STUB_RET_TAIL, at, ret_pc, 0);
    if (!tc->overflow)
        tc->stubs[k].block = tc->nexits;
    tc->nexits++;
    emit_patch_u32(e, call, (uint32_t)(e->len - (call + 4)));
    emit_patch_u32(e, deep, (uint32_t)(e->len - (deep + 4)));
    tc->sext_pending = pending;
}

/* An indirect jump (jalr) at pos: a return through the host frame of its
 * call when there is one, else a probe of the jump cache inline. */
static void indirect(Tc *tc, const TrInsn *t, int pos)
{
    Emit *e = tc->e;

    sext_all(tc);
    mov_val(tc, X86_RAX, val_of(tc, t->in.rs1));
    if (t->in.imm)
        x86_alu_ri(e, X86_ADD, 8, X86_RAX, (int32_t)t->in.imm);
    /* bit 0 stays: an odd target misses wherever it is looked up, and
     * emit_probe's miss clears it */
    if (t->in.rd) {
        x86_mov_ri(e, X86_RCX, t->pc + t->in.len);
        commit(tc, t->in.rd, X86_RCX);
    }
    write_back(tc);
    add_instret(tc, pos + 1);
    if (is_link(t->in.rd)) {
        ras_call(tc, t->pc + t->in.len);
    } else if (t->in.rd == 0 && is_link(t->in.rs1) && jit_enabled(JIT_TECH_RAS)) {
        x86_alu_rm(e, X86_CMP, 8, X86_RSP, cpu_mem(JIT_CPU_OFF(jit_stack_base)));
        size_t no_frame = x86_jcc(e, X86_CC_AE, 0);
        x86_ret(e);
        emit_patch_u32(e, no_frame, (uint32_t)(e->len - (no_frame + 4)));
    }
    emit_probe(tc);
}

/* ---- Instructions ---- */

/* mulh/mulhu: rdx = high half of rs1 * rs2. */
static void mul_high(Tc *tc, X86Grp3 op, int rd, int rs1, int rs2)
{
    if (rd == 0)
        return;
    mov_val(tc, X86_RCX, val_of(tc, rs2));
    mov_val(tc, X86_RAX, val_of(tc, rs1));
    x86_grp3_r(tc->e, op, 8, X86_RCX);
    commit(tc, rd, X86_RDX);
}

static void mul(Tc *tc, int size, int rd, int rs1, int rs2)
{
    if (rd == 0)
        return;
    Val a = val_of(tc, rs1), b = val_of(tc, rs2);
    X86Reg w = work_reg(tc, rd, a, b);
    mov_val(tc, w, a);
    if (b.kind == V_REG)
        x86_imul_rr(tc->e, size, w, b.reg);
    else if (b.kind == V_MEM)
        x86_imul_rm(tc->e, size, w, cpu_mem(b.disp));
    else
        x86_alu_rr(tc->e, X86_XOR, 4, w, w);       /* times x0 */
    if (size == 4)
        commit_w(tc, rd, w);
    else
        commit(tc, rd, w);
}

/* Point the rel32 at `at` to the current position. */
static void land(Tc *tc, size_t at)
{
    emit_patch_u32(tc->e, at, (uint32_t)(tc->e->len - (at + 4)));
}

/* div/divu/rem/remu and their W forms, with RISC-V's results for a zero
 * divisor (quotient all ones, remainder the dividend) and for the signed
 * overflow (quotient the dividend, remainder 0), where x86 would trap. */
static void divide(Tc *tc, RvOp op, int rd, int rs1, int rs2)
{
    Emit *e = tc->e;
    bool w = op == RV_DIVW || op == RV_DIVUW || op == RV_REMW || op == RV_REMUW;
    bool sign = op == RV_DIV || op == RV_REM || op == RV_DIVW || op == RV_REMW;
    bool rem = op == RV_REM || op == RV_REMU || op == RV_REMW || op == RV_REMUW;
    int size = w ? 4 : 8;
    size_t minus1 = 0, done2 = 0;

    if (rd == 0)
        return;
    mov_val(tc, X86_RCX, val_of(tc, rs2));
    mov_val(tc, X86_RAX, val_of(tc, rs1));
    x86_test_rr(e, size, X86_RCX, X86_RCX);
    size_t zero = x86_jcc(e, X86_CC_E, 0);
    if (sign) {
        x86_alu_ri(e, X86_CMP, size, X86_RCX, -1);
        minus1 = x86_jcc(e, X86_CC_E, 0);
        x86_cqo(e, size);
        x86_grp3_r(e, X86_IDIV, size, X86_RCX);
    } else {
        x86_alu_rr(e, X86_XOR, 4, X86_RDX, X86_RDX);
        x86_grp3_r(e, X86_DIV, size, X86_RCX);
    }
    size_t done = x86_jmp(e, 0);
    if (sign) {
        land(tc, minus1);
        x86_grp3_r(e, X86_NEG, size, X86_RAX);
        x86_alu_rr(e, X86_XOR, 4, X86_RDX, X86_RDX);
        done2 = x86_jmp(e, 0);
    }
    land(tc, zero);
    x86_mov_rr(e, size, X86_RDX, X86_RAX);
    x86_mov_ri(e, X86_RAX, UINT64_MAX);
    land(tc, done);
    if (sign)
        land(tc, done2);
    X86Reg r = rem ? X86_RDX : X86_RAX;
    if (w)
        x86_movsxd_rr(e, r, r);
    commit(tc, rd, r);
}

/* One instruction that does not end its block. */
static void gen_insn(Tc *tc, const TrInsn *t, int pos)
{
    const RvInsn *in = &t->in;
    int rd = in->rd, rs1 = in->rs1, rs2 = in->rs2;
    int64_t imm = in->imm;

    if (tc->opt[pos] & OPT_SKIP)
        return;
    if (tc->opt[pos] & OPT_FROM_LOW32) {
        shift_low32(tc, in->op == RV_SRAI, rd, tc->insn[pos - 1].in.rs1, (unsigned)imm);
        return;
    }
    switch ((RvOp)in->op) {
    case RV_LUI:
        if (rd) {
            X86Reg d = dest_reg(tc, rd);
            x86_mov_ri(tc->e, d, (uint64_t)imm);
            commit(tc, rd, d);
            result_is(tc, imm);
        }
        break;
    case RV_AUIPC:
        if (rd) {
            X86Reg d = dest_reg(tc, rd);
            x86_mov_ri(tc->e, d, t->pc + imm);
            commit(tc, rd, d);
            result_is(tc, (int64_t)(t->pc + imm));
        }
        break;
    case RV_ADDI: binop(tc, X86_ADD, 8, rd, rs1, val_imm(imm)); break;
    case RV_XORI: binop(tc, X86_XOR, 8, rd, rs1, val_imm(imm)); break;
    case RV_ORI: binop(tc, X86_OR, 8, rd, rs1, val_imm(imm)); break;
    case RV_ANDI: binop(tc, X86_AND, 8, rd, rs1, val_imm(imm)); break;
    case RV_SLTI: set_cond(tc, X86_CC_L, rd, rs1, val_imm(imm)); break;
    case RV_SLTIU: set_cond(tc, X86_CC_B, rd, rs1, val_imm(imm)); break;
    case RV_SLLI: shift_imm(tc, X86_SHL, 8, rd, rs1, (unsigned)imm); break;
    case RV_SRLI: shift_imm(tc, X86_SHR, 8, rd, rs1, (unsigned)imm); break;
    case RV_SRAI: shift_imm(tc, X86_SAR, 8, rd, rs1, (unsigned)imm); break;
    case RV_ADD: binop(tc, X86_ADD, 8, rd, rs1, val_op(tc, rs2)); break;
    case RV_SUB: binop(tc, X86_SUB, 8, rd, rs1, val_op(tc, rs2)); break;
    case RV_XOR: binop(tc, X86_XOR, 8, rd, rs1, val_op(tc, rs2)); break;
    case RV_OR: binop(tc, X86_OR, 8, rd, rs1, val_op(tc, rs2)); break;
    case RV_AND: binop(tc, X86_AND, 8, rd, rs1, val_op(tc, rs2)); break;
    case RV_SLT: set_cond(tc, X86_CC_L, rd, rs1, val_of(tc, rs2)); break;
    case RV_SLTU: set_cond(tc, X86_CC_B, rd, rs1, val_of(tc, rs2)); break;
    case RV_SLL: shift_reg(tc, X86_SHL, 8, rd, rs1, rs2); break;
    case RV_SRL: shift_reg(tc, X86_SHR, 8, rd, rs1, rs2); break;
    case RV_SRA: shift_reg(tc, X86_SAR, 8, rd, rs1, rs2); break;
    case RV_ADDIW: binop(tc, X86_ADD, 4, rd, rs1, val_imm(imm)); break;
    case RV_SLLIW: shift_imm(tc, X86_SHL, 4, rd, rs1, (unsigned)imm); break;
    case RV_SRLIW: shift_imm(tc, X86_SHR, 4, rd, rs1, (unsigned)imm); break;
    case RV_SRAIW: shift_imm(tc, X86_SAR, 4, rd, rs1, (unsigned)imm); break;
    case RV_ADDW: binop(tc, X86_ADD, 4, rd, rs1, val_op(tc, rs2)); break;
    case RV_SUBW: binop(tc, X86_SUB, 4, rd, rs1, val_op(tc, rs2)); break;
    case RV_SLLW: shift_reg(tc, X86_SHL, 4, rd, rs1, rs2); break;
    case RV_SRLW: shift_reg(tc, X86_SHR, 4, rd, rs1, rs2); break;
    case RV_SRAW: shift_reg(tc, X86_SAR, 4, rd, rs1, rs2); break;
    case RV_MUL: mul(tc, 8, rd, rs1, rs2); break;
    case RV_MULW: mul(tc, 4, rd, rs1, rs2); break;
    case RV_MULH: mul_high(tc, X86_IMUL1, rd, rs1, rs2); break;
    case RV_DIV: case RV_DIVU: case RV_REM: case RV_REMU:
    case RV_DIVW: case RV_DIVUW: case RV_REMW: case RV_REMUW:
        if (jit_enabled(JIT_TECH_INLINEOPS))
            divide(tc, (RvOp)in->op, rd, rs1, rs2);
        else
            exec_one(tc, t, pos);
        break;
    case RV_FADD_S: case RV_FSUB_S: case RV_FMUL_S: case RV_FDIV_S: case RV_FSQRT_S:
    case RV_FADD_D: case RV_FSUB_D: case RV_FMUL_D: case RV_FDIV_D: case RV_FSQRT_D:
    case RV_FMIN_S: case RV_FMAX_S: case RV_FMIN_D: case RV_FMAX_D:
    case RV_FSGNJ_S: case RV_FSGNJN_S: case RV_FSGNJX_S:
    case RV_FSGNJ_D: case RV_FSGNJN_D: case RV_FSGNJX_D:
    case RV_FMADD_S: case RV_FMSUB_S: case RV_FNMSUB_S: case RV_FNMADD_S:
    case RV_FMADD_D: case RV_FMSUB_D: case RV_FNMSUB_D: case RV_FNMADD_D:
        rv_tr_fp_arith(tc, t, pos);
        break;
    case RV_MULHU: mul_high(tc, X86_MUL, rd, rs1, rs2); break;
    case RV_LB: load(tc, t, 1, true, pos); break;
    case RV_LH: load(tc, t, 2, true, pos); break;
    case RV_LW: load(tc, t, 4, true, pos); break;
    case RV_LD: load(tc, t, 8, true, pos); break;
    case RV_LBU: load(tc, t, 1, false, pos); break;
    case RV_LHU: load(tc, t, 2, false, pos); break;
    case RV_LWU: load(tc, t, 4, false, pos); break;
    case RV_SB: store(tc, t, 1, pos); break;
    case RV_SH: store(tc, t, 2, pos); break;
    case RV_SW: store(tc, t, 4, pos); break;
    case RV_SD: store(tc, t, 8, pos); break;
    case RV_FLW: fp_load(tc, t, 4, pos); break;
    case RV_FLD: fp_load(tc, t, 8, pos); break;
    case RV_FSW: fp_store(tc, t, 4, pos); break;
    case RV_FSD: fp_store(tc, t, 8, pos); break;
    case RV_FENCE: x86_mfence(tc->e); break;
    case RV_LR_W: case RV_SC_W: case RV_AMOSWAP_W: case RV_AMOADD_W: case RV_AMOXOR_W:
    case RV_AMOAND_W: case RV_AMOOR_W: case RV_AMOMIN_W: case RV_AMOMAX_W:
    case RV_AMOMINU_W: case RV_AMOMAXU_W:
    case RV_LR_D: case RV_SC_D: case RV_AMOSWAP_D: case RV_AMOADD_D: case RV_AMOXOR_D:
    case RV_AMOAND_D: case RV_AMOOR_D: case RV_AMOMIN_D: case RV_AMOMAX_D:
    case RV_AMOMINU_D: case RV_AMOMAXU_D:
        if (jit_enabled(JIT_TECH_RVATOMICS))
            rv_tr_atomic(tc, t, pos);
        else
            exec_one(tc, t, pos);
        break;
    case RV_FEQ_S: case RV_FLT_S: case RV_FLE_S: case RV_FEQ_D: case RV_FLT_D: case RV_FLE_D:
    case RV_FCVT_W_S: case RV_FCVT_WU_S: case RV_FCVT_L_S: case RV_FCVT_LU_S:
    case RV_FCVT_W_D: case RV_FCVT_WU_D: case RV_FCVT_L_D: case RV_FCVT_LU_D:
    case RV_FCVT_S_W: case RV_FCVT_S_WU: case RV_FCVT_S_L: case RV_FCVT_S_LU:
    case RV_FCVT_D_W: case RV_FCVT_D_WU: case RV_FCVT_D_L: case RV_FCVT_D_LU:
    case RV_FCVT_S_D: case RV_FCVT_D_S:
        if (!rv_tr_fp_cmpcvt(tc, t, pos))
            exec_one(tc, t, pos);
        break;
    case RV_CSRRW: case RV_CSRRS: case RV_CSRRC: case RV_CSRRWI: case RV_CSRRSI:
    case RV_CSRRCI:
        if (!rv_tr_fp_csr(tc, t))
            exec_one(tc, t, pos);
        break;
    case RV_FMV_X_D:
        if (rd) {
            X86Reg d = dest_reg(tc, rd);
            x86_load(tc->e, 8, d, cpu_mem(foff(rs1)));
            commit(tc, rd, d);
        }
        break;
    case RV_FMV_D_X:
        x86_store(tc->e, 8, cpu_mem(foff(rd)), in_reg(tc, rs1, X86_RAX));
        break;
    default:
        /* MULHSU, the CSRs and the F/D instructions left. */
        exec_one(tc, t, pos);
        break;
    }
}

/* ---- Stubs and the whole superblock ---- */

/* Leave to pc after retired instructions; chainable adds a patchable jmp. */
static void emit_exit(Tc *tc, uint64_t pc, int32_t retired, bool chainable)
{
    Emit *e = tc->e;

    sext_all(tc);
    write_back(tc);
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

static void rv_jit_segv(Cpu *cpu, uint64_t addr)
{
    rv_fp_host_flags_fold(&cpu->rv.fflags);
    guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, addr);
}

/* An atomic at a misaligned address: the interpreter's SIGBUS (amo_ptr). */
static void rv_jit_misaligned(Cpu *cpu, uint64_t addr)
{
    rv_fp_host_flags_fold(&cpu->rv.fflags);
    guest_raise_signal(cpu, SIGBUS, BUS_ADRALN, addr);
}

static void emit_stub(Tc *tc, Stub *s)
{
    Emit *e = tc->e;

    emit_patch_u32(e, s->jump_at, (uint32_t)(e->len - (s->jump_at + 4)));
    tc->sext_pending = s->sext;
    switch (s->kind) {
    case STUB_EXIT:
        emit_exit(tc, s->target_pc, s->retired, true);
        break;
    case STUB_LEAVE:
        emit_exit(tc, s->target_pc, s->retired, false);
        break;
    case STUB_ENTRY_LEAVE:
        /* Only the fixed registers are loaded yet (the exit trampoline
         * stores them): writing the others back would store whatever the
         * host left there into the guest's registers. */
        set_pc(tc, s->target_pc);
        x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
        x86_jmp_abs(e, jit_exit_trampoline());
        break;
    case STUB_EDGE:
        inline_edge(tc, s->block, s->retired);
        break;
    case STUB_RET_TAIL:
        set_pc(tc, s->target_pc);
        x86_movabs(e, X86_RAX, 0);
        tc->exit_imm[s->block] = e->len - 8;
        x86_jmp_abs(e, jit_exit_trampoline());
        break;
    case STUB_PROBE:
        emit_probe(tc);
        break;
    case STUB_OOB:
    case STUB_OOB_BASE:
        sext_all(tc);
        write_back_all(tc);
        /* the address first: set_pc may need rax */
        x86_lea(e, 8, X86_RSI, s->kind == STUB_OOB
                ? x86_mem(X86_RAX, (int32_t)tc->guest_min - s->size) : x86_mem(s->base, s->disp));
        set_pc(tc, s->target_pc);
        x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
        x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)rv_jit_segv);
        x86_call_r(e, X86_RAX);
        x86_int3(e);
        break;
    case STUB_MISALIGNED:
        sext_all(tc);
        write_back_all(tc);
        x86_load(e, 8, X86_RSI, cpu_mem(xoff(s->greg)));
        set_pc(tc, s->target_pc);
        x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
        x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)rv_jit_misaligned);
        x86_call_r(e, X86_RAX);
        x86_int3(e);
        break;
    }
}

/* --verify's self-test (XLAT_VERIFY_SELFTEST=MNEMONIC): the translation
 * of that instruction flips bit 0 of its result, a bug --verify must name. */
static int selftest_op = -1;

static void selftest_corrupt(Tc *tc, const TrInsn *t)
{
    Val d = val_of(tc, t->in.rd);

    if (!rv_writes_x(rv_op_formats[t->in.op]) || d.kind == V_IMM)
        return;
    if (d.kind == V_REG)
        x86_alu_ri(tc->e, X86_XOR, 8, d.reg, 1);
    else
        x86_alu_mi(tc->e, X86_XOR, 8, cpu_mem(d.disp), 1);
}

static void gen_superblock(Tc *tc)
{
    Emit *e = tc->e;

    /* Entry: the bounded-latency check, then the registers. */
    x86_alu_mi(e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(jit_exit)), 0);
    size_t at = x86_jcc(e, X86_CC_NE, 0);
    tc_new_stub(tc, STUB_ENTRY_LEAVE, at, tc->insn[0].pc, 0);
    tc->entry_check_len = (uint32_t)e->len;
    for (int g = 1; g < 32; g++)        /* lent host registers: their guest's to the Cpu */
        if (tc->displaced >> g & 1)
            x86_store(e, 8, cpu_mem(xoff(g)), rv_fixed_host(g));
    load_regs(tc, ~tc->fixed & ~rv_entry_dead(tc));

    for (int blk = 0; blk < tc->nblocks; blk++)
        tc->block_label[blk] = (size_t)-1;
    for (int blk = 0; blk < tc->nblocks && !tc->overflow; blk++) {
        int first = tc->block_start[blk];
        int end = blk + 1 < tc->nblocks ? tc->block_start[blk + 1] : tc->n;
        uint64_t next_pc = blk + 1 < tc->nblocks ? tc->block_pc[blk + 1] : 0;
        if (tc->join_blocks >> blk & 1) {
            sext_all(tc);       /* as on the jumps that reach it */
            tc->known = 0;
            tc->checked = 0;
        }
        tc->block_label[blk] = e->len;
        for (int i = first; i < end; i++) {
            const TrInsn *t = &tc->insn[i];
            RvOp op = (RvOp)t->in.op;
            if (rv_needs_run_loop(op)) {
                emit_exit(tc, t->pc, i, true);
                return;
            }
            tc->cur = i;
            tc->deferred = false;
            tc->result_known = false;
            if (!is_branch(op))
                sext_now(tc, rv_opt_full_reads_at(tc, i));
            if (i < end - 1 || !rv_ends_block(op)) {
                uint32_t rd_bit = rv_writes_x(rv_op_formats[op]) ? 1u << t->in.rd & ~1u : 0;
                if (tc->opt[i] & OPT_CONST_ONLY) {
                    /* the next instruction folds it in and writes rd */
                    tc->known |= rd_bit;
                    tc->unwritten |= rd_bit;
                    tc->checked &= ~rd_bit;
                    tc->known_value[t->in.rd] =
                        op == RV_LUI ? t->in.imm : (int64_t)(t->pc + t->in.imm);
                    continue;
                }
                bool rs1_checked = t->in.rs1 && (tc->checked >> t->in.rs1 & 1);
                int64_t rs1_disp = tc->check_lo[t->in.rs1];
                gen_insn(tc, t, i);
                /* whatever wrote rd wrote all of it, unless it deferred */
                if (!tc->deferred)
                    tc->sext_pending &= ~rd_bit;
                tc->unwritten &= ~rd_bit;
                tc->known &= ~rd_bit;
                tc->checked &= ~rd_bit;
                if (op == RV_ADDI && rs1_checked && !(tc->opt[i] & OPT_SKIP))
                    rv_checked_moves(tc, t->in.rd, rs1_disp, t->in.imm);
                if (tc->result_known && !tc->deferred && rd_bit &&
                    jit_enabled(JIT_TECH_CONSTPROP)) {
                    tc->known |= rd_bit;
                    tc->known_value[t->in.rd] = tc->result;
                }
                if ((int)op == selftest_op) {
                    selftest_corrupt(tc, t);
                    tc->known &= ~rd_bit;
                    tc->checked &= ~rd_bit;
                }
                continue;
            }
            /* jal and jalr write rd */
            tc->known &= ~(1u << t->in.rd);
            tc->unwritten &= ~(1u << t->in.rd);
            tc->checked &= ~(1u << t->in.rd);
            if (is_branch(op)) {
                branch(tc, t, i, next_pc);
            } else if (op == RV_JAL) {
                if (t->in.rd) {
                    X86Reg d = dest_reg(tc, t->in.rd);
                    x86_mov_ri(e, d, t->pc + t->in.len);
                    commit(tc, t->in.rd, d);
                    if (is_link(t->in.rd))
                        ras_call(tc, t->pc + t->in.len);
                }
                if (next_pc != t->pc + t->in.imm) {
                    int target = rv_block_index(tc, t->pc + t->in.imm);
                    if (target >= 0)
                        inline_edge(tc, target, i + 1);
                    else
                        edge(tc, X86_CC_O, true, t->pc + t->in.imm, i + 1);
                }
            } else if (op == RV_JALR) {
                indirect(tc, t, i);
            }
        }
        if (!next_pc) {
            const TrInsn *t = &tc->insn[end - 1];
            if (!rv_ends_block((RvOp)t->in.op))     /* the block just stopped: fall through */
                emit_exit(tc, t->pc + t->in.len, end, true);
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

/* The guest code of the superblock's blocks (a change elsewhere keeps it). */
static void note_src(const Tc *tc, JitTrans *t)
{
    JitSrc src[SB_MAX_BLOCKS];

    for (int i = 0; i < tc->nblocks; i++) {
        int last = (i + 1 < tc->nblocks ? tc->block_start[i + 1] : tc->n) - 1;
        src[i].start = tc->block_pc[i];
        src[i].end = tc->insn[last].pc;
    }
    jit_note_src(t, src, (unsigned)tc->nblocks);
}

/* --verify: the superblock's blocks, for the interpreter's run. */
static void note_blocks(const Tc *tc, JitTrans *t)
{
    JitVerifyBlock blocks[SB_MAX_BLOCKS];

    for (int i = 0; i < tc->nblocks; i++) {
        int last = (i + 1 < tc->nblocks ? tc->block_start[i + 1] : tc->n) - 1;
        blocks[i].start = tc->block_pc[i];
        blocks[i].end = tc->insn[last].pc + tc->insn[last].in.len;
        /* gen_superblock: the last block, when it just stops, exits */
        blocks[i].leaves_at_end =
            i == tc->nblocks - 1 && !rv_ends_block((RvOp)tc->insn[last].in.op);
    }
    jit_verify_note(t, blocks, (uint32_t)tc->nblocks);
}

void rv_jit_thread_exit(void)
{
    free(tc_space);
    tc_space = NULL;
    jit_thread_exit();
}

/* Keep the first max instructions of the superblock (its blocks from the
 * one that holds the last of them on are cut or dropped). */
static void cut(Tc *tc, int max)
{
    while (tc->nblocks > 1 && tc->block_start[tc->nblocks - 1] >= max)
        tc->nblocks--;
    tc->n = max;
}

/* Translate the superblock at pc, cut after max_insns instructions when
 * it has more (--verify's report); NULL if it cannot be translated or has
 * at most max_insns - 1 (for cutting). */
static JitTrans *translate(Cpu *cpu, uint64_t pc, int max_insns)
{
    struct timespec t0, t1;
    const RvBlock *b0 = rv_block_lookup(pc);

    if (!b0 || rv_needs_run_loop((RvOp)b0->insn[0].op))
        return NULL;
    if (!tc_space)
        tc_space = malloc(sizeof *tc_space);
    Tc *tc = tc_space;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int attempt = 0; attempt < 2; attempt++) {
        Emit e;
        JitExit *exits;
        memset(tc, 0, offsetof(Tc, insn));
        tc->n = tc->nblocks = tc->nstubs = tc->nsites = tc->nexits = 0;
        tc->overflow = false;
        tc->guest_min = cpu->vm->guest_min;
        tc->guest_limit = cpu->vm->guest_limit;
        rv_form_superblock(tc, b0);
        if (max_insns < SB_MAX_INSNS) {
            if (tc->n < max_insns)
                return NULL;
            cut(tc, max_insns);
        }
        rv_allocate(tc);
        tc->sext_pending = 0;
        tc->known = tc->unwritten = tc->checked = 0;
        rv_opt_analyze(tc);
        jit_begin(&e);
        tc->e = &e;
        gen_superblock(tc);
        for (int i = 0; i < tc->nstubs; i++)
            emit_stub(tc, &tc->stubs[i]);
        if (tc->overflow)
            return NULL;
        int insns = 0;
        while (insns < tc->n && !rv_needs_run_loop((RvOp)tc->insn[insns].in.op))
            insns++;
        JitTrans *t = jit_finish(&e, pc, (uint32_t)insns, tc->guest_of_host, tc->sites,
                                 (uint32_t)tc->nsites, tc->exits, (uint32_t)tc->nexits, &exits);
        if (!t)
            continue;           /* the cache was full and has been flushed */
        t->entry_check_len = tc->entry_check_len;
        for (int i = 0; i < tc->nexits; i++) {
            uint64_t addr = (uint64_t)(uintptr_t)&exits[i];
            memcpy(t->code + tc->exit_imm[i], &addr, 8);
        }
        note_src(tc, t);
        if (jit_verify_on)
            note_blocks(tc, t);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        jit_stats.translate_seconds += (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
        if (log_enabled(LOG_OUT_ASM))
            log_out_asm(t);
        return t;
    }
    return NULL;
}

JitTrans *rv_jit_translate_prefix(Cpu *cpu, uint64_t pc, uint32_t insns, uint64_t *last_pc)
{
    JitTrans *t = NULL;

    if (insns < SB_MAX_INSNS) {
        jit_translate_lock();
        t = translate(cpu, pc, (int)insns);
        if (t)
            *last_pc = tc_space->insn[insns - 1].pc;
        jit_translate_unlock();
    }
    return t;
}

static bool fault_fixup(Cpu *cpu, void *uctx)
{
    ucontext_t *uc = uctx;

    if (!jit_fault_fixup(cpu, uctx))
        return false;
    if (uc->uc_mcontext.fpregs)
        cpu->rv.fflags |= rv_fp_flags_of_mxcsr(uc->uc_mcontext.fpregs->mxcsr);
    return true;
}

void rv_jit_configure(Vm *vm)
{
    rv_jit_threshold = vm->opt.no_jit ? 0 : vm->opt.jit_threshold ? vm->opt.jit_threshold : 50;
    jit_cache_size_option = vm->opt.code_cache_size;
    jit_verify_configure(vm->opt.verify);
    rv_reserve_below_guest(vm);
    rv_choose_fixed(vm);
    const char *selftest = getenv("XLAT_VERIFY_SELFTEST");
    for (int op = 0; selftest && vm->opt.verify && op < RV_NUM_OPS; op++)
        if (!strcmp(rv_op_names[op], selftest))
            selftest_op = op;
}

/* Run translation t: the host's own FP flags are no guest's; the guest's
 * accrue in MXCSR while translated code runs (fpu.h). */
static JitExit *enter(Cpu *cpu, JitTrans *t)
{
    rv_fp_host_flags_enter(cpu->rv.fflags);
    JitExit *x = jit_enter(cpu, t->code);
    rv_fp_host_flags_peek(&cpu->rv.fflags);
    return x;
}

static JitTrans *translate_superblock(Cpu *cpu, uint64_t pc)
{
    return translate(cpu, pc, SB_MAX_INSNS);
}

static const JitFrontEnd front_end = {
    .translate = translate_superblock,
    .enter = enter,
    .jump_cache_fill = jit_jump_cache_fill,
    .fixed_regs = rv_fixed_for_cache,
    .fault_fixup = fault_fixup,
    .load_address = rv_load_address_of,
    .verify = &rv_verify_isa,
};

bool rv_jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch)
{
    return jit_run(cpu, pc, epoch, &front_end);
}
