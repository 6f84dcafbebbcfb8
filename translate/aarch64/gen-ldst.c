/*
 * Native x86-64 code for A64 loads and stores (the translator's; see
 * translate.c): LDR/STR of every size, sign-extending loads, LDP/STP/LDPSW
 * and the SIMD&FP register forms of S, D and Q, in the unsigned-offset,
 * unscaled, pre-index, post-index, register-offset and literal modes.
 *
 * As in the riscv64 translator, guest memory is direct-mapped: one unsigned
 * compare keeps a store inside [guest_min, guest_limit) (outside, a cold
 * stub raises SIGSEGV like the interpreter's check); a load has no check
 * (load_address), or the same one under --jit-disable=loadfault.  Each
 * host access is a fault site (JitSite) for the host fault handler.  Writeback
 * of the base register happens after the accesses, so a fault leaves it as
 * it was.
 */
#include <signal.h>

#include "core/vm.h"
#include "signals/signals.h"
#include "translate/aarch64/jit.h"
#include "translate/jit/run.h"
#include "translate/jit/techniques.h"

static int32_t voff(unsigned v)
{
    return JIT_CPU_OFF(a64.v[0]) + 16 * (int32_t)v;
}

/* Base checks (basecheck), as the riscv64 translator's (translate_mem.c,
 * address_on_base): with nothing mapped in the host below guest_min and
 * guest memory at its guest address, one compare of the base register
 * with jit_base_limit (guest_limit + JIT_BASE_SLACK), and no address
 * computed, covers an access at base + off for off in [-JIT_BASE_SLACK,
 * BASE_REACH - bytes]: it lies in guest memory, below guest_min, in the
 * VM_GUARD_SIZE after guest_limit or at the top of the 64-bit space, all
 * faults at a fault site there (the guest's SIGSEGV), and a base at or
 * above the limit puts every such access outside guest memory (or, wrapped,
 * below guest_min): the check's failure is the guest's SIGSEGV at
 * base + off (STUB_OOB_BASE).  The check is recorded as the range
 * [-JIT_BASE_SLACK, BASE_REACH - VM_GUARD_SIZE) of the register, so the
 * rest of the block's accesses on it within reach need no check, pre- and
 * post-indexing move it along, and ranges checked later merge with it
 * (every range so recorded ends in guest memory or its guard: so does all
 * between, and below guest_min there is nothing to reach).  Example:
 * "stp x1, x2, [x27, #96]; strh w4, [x27, #26]; strb w3, [x27, #11]" is
 * "cmp r8, [limit]; jae stub" and the stores, where it was three address
 * computations and three compares. */
#define BASE_REACH ((int64_t)VM_GUARD_SIZE / 2)
static bool base_checks_hold;

void a64_ldst_configure(const Vm *vm)
{
    base_checks_hold = jit_base_checks_hold(vm);
}

static bool base_check_covers(int base, int64_t off, int bytes)
{
    return base_checks_hold && base < 32 && off >= -JIT_BASE_SLACK && off + bytes <= BASE_REACH &&
           jit_enabled(JIT_TECH_BASECHECK);
}

static void a64_jit_segv(Cpu *cpu, uint64_t addr)
{
    a64_jit_unlazy_flags(cpu);
    guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, addr);
}

void ldst_oob_stub(Tc *tc, const Stub *s)
{
    Emit *e = tc->e;

    if (s->kind == STUB_OOB_BASE) {     /* the address is base + disp */
        x86_lea(e, 8, X86_RAX, x86_mem(s->base, s->disp - (int32_t)tc->guest_min));
        x86_alu_rr(e, X86_XOR, 4, X86_RCX, X86_RCX);
    } else {                            /* rax = address + size - guest_min */
        x86_mov_ri(e, X86_RCX, (uint64_t)s->size);
    }
    x86_mov_ri(e, X86_RDX, s->target_pc);
    if (tc->oob_tail != (size_t)-1) {
        x86_jmp(e, tc->oob_tail);
        return;
    }
    /* The tail all of the superblock's out-of-range stubs share. */
    tc->oob_tail = e->len;
    write_back_all(tc);
    x86_store(e, 8, cpu_mem(JIT_CPU_OFF(pc)), X86_RDX);
    x86_lea(e, 8, X86_RSI, x86_mem(X86_RAX, (int32_t)tc->guest_min));
    x86_alu_rr(e, X86_SUB, 8, X86_RSI, X86_RCX);
    x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)a64_jit_segv);
    x86_call_r(e, X86_RAX);
    x86_int3(e);
}

/* The range check of an access of bytes at base + off (base a guest
 * register, unchanged since): not needed when the access ends at most
 * VM_GUARD_SIZE bytes past an access on that base already checked in this
 * block and starts at or after it (the guest range is contiguous and the
 * guard after it faults), as Tc.chk_* record. */
static bool checked_already(const Tc *tc, int base, int64_t off, int bytes)
{
    return base < 32 && (tc->chk_valid >> base & 1) && off >= tc->chk_lo[base] &&
           off + bytes <= tc->chk_hi[base] + (int64_t)VM_GUARD_SIZE &&
           jit_enabled(JIT_TECH_RANGECHECK);
}

/* Record [lo, hi) of base as checked, merged with what was recorded. */
static void note_range(Tc *tc, int base, int32_t lo, int32_t hi)
{
    if (tc->chk_valid >> base & 1) {    /* both in the range: so is what is between */
        if (lo < tc->chk_lo[base])
            tc->chk_lo[base] = lo;
        if (hi > tc->chk_hi[base])
            tc->chk_hi[base] = hi;
    } else {
        tc->chk_valid |= 1u << base;
        tc->chk_lo[base] = lo;
        tc->chk_hi[base] = hi;
    }
}

static void note_checked(Tc *tc, int base, int64_t off, int bytes)
{
    if (base < 32 && off == (int32_t)off)
        note_range(tc, base, (int32_t)off, (int32_t)(off + bytes));
}

void ldst_forget(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];

    if (t->op == A64_OP_NONE || t->op == A64_OP_MSR) {
        tc->chk_valid = 0;
        tc->nchk_idx = 0;
        return;
    }
    /* A pre- or post-indexed access moves its base by imm: what was
     * checked at base + off is checked at the new base + off - imm. */
    int rn = operand(t->in.rn, true);
    bool moved = (t->op == A64_OP_LDST || t->op == A64_OP_PAIR) &&
                 (t->acc.mode == A64_MODE_PRE || t->acc.mode == A64_MODE_POST) && rn < 32 &&
                 (tc->chk_valid >> rn & 1) && jit_enabled(JIT_TECH_RANGECHECK);
    int64_t lo = 0, hi = 0;
    if (moved) {
        lo = (int64_t)tc->chk_lo[rn] - (int64_t)t->in.imm;
        hi = (int64_t)tc->chk_hi[rn] - (int64_t)t->in.imm;
        moved = lo == (int32_t)lo && hi == (int32_t)hi;
    }
    Regs g = insn_regs(t);
    int base_writes = 0;
    for (int k = 0; k < g.nw; k++) {
        if (g.w[k] >= 32)
            continue;
        tc->chk_valid &= ~(1u << g.w[k]);
        base_writes += g.w[k] == rn;
    }
    for (int j = 0; j < tc->nchk_idx; j++) {
        bool gone = false;
        for (int k = 0; k < g.nw; k++)
            gone |= g.w[k] == tc->chk_idx[j].rn || g.w[k] == tc->chk_idx[j].rm;
        if (gone)
            tc->chk_idx[j--] = tc->chk_idx[--tc->nchk_idx];
    }
    if (base_writes != 1)       /* also loaded into: unknown */
        moved = false;
    if (moved) {
        tc->chk_valid |= 1u << rn;
        tc->chk_lo[rn] = (int32_t)lo;
        tc->chk_hi[rn] = (int32_t)hi;
    }
}

/* only_prev[b]: block b is entered only from the end of block b - 1 (its
 * fallthrough, its branch or a RET predicted to return there), so what
 * block b - 1 range-checked holds at its start.  Every edge into a block
 * goes to a target of a block's last instruction (edge, inline_edge). */
void a64_entered_only_from_prev(const Tc *tc, bool *only_prev)
{
    for (int b = 0; b < tc->nblocks; b++)
        only_prev[b] = b > 0;
    for (int b = 0; b < tc->nblocks; b++) {
        int last = b + 1 < tc->nblocks ? tc->block_start[b + 1] - 1 : tc->n - 1;
        const TrInsn *t = &tc->insn[last];
        uint64_t to[3] = { t->in.imm, t->in.pc + 4, t->in.pc };
        for (int k = 0; k < 3; k++) {
            int d = -1;
            for (int j = 0; j < tc->nblocks && d < 0; j++)
                if (tc->block_pc[j] == to[k])
                    d = j;
            if (d >= 0 && d != b + 1)
                only_prev[d] = false;
        }
    }
}

/* The range check of a register-offset access of bytes at rn + ext(rm) <<
 * amt: not needed when one on the same registers, extension and shift,
 * neither written since, was checked and this one ends at most
 * VM_GUARD_SIZE bytes past it (same start).  Records the check otherwise;
 * true when covered. */
static bool index_checked(Tc *tc, const A64Insn *in, int rn, int rm, int bytes)
{
    if (!jit_enabled(JIT_TECH_RANGEINDEX) || rn >= 32 || rm >= 32)
        return false;
    for (int j = 0; j < tc->nchk_idx; j++) {
        ChkIdx *c = &tc->chk_idx[j];
        if (c->rn != rn || c->rm != rm || c->sh != in->sh || c->amt != in->amt)
            continue;
        if (bytes <= c->bytes + (int64_t)VM_GUARD_SIZE)
            return true;
        c->bytes = bytes;       /* checked below, wider */
        return false;
    }
    int j = tc->nchk_idx < 4 ? tc->nchk_idx++ : 3;
    tc->chk_idx[j].rn = (uint8_t)rn;
    tc->chk_idx[j].rm = (uint8_t)rm;
    tc->chk_idx[j].sh = (uint8_t)in->sh;
    tc->chk_idx[j].amt = (uint8_t)in->amt;
    tc->chk_idx[j].bytes = bytes;
    return false;
}

/* The index of a register-offset access: Rm extended by sh, in rcx or in
 * its own host register; *amt is the scale left for the host address
 * (0 where the shift was done here, being more than x86 can scale by). */
static X86Reg index_reg(Tc *tc, const A64Insn *in, unsigned *amt)
{
    Emit *e = tc->e;
    Val m = val_of(tc, operand(in->rm, false));
    X86Reg index = X86_RCX;

    *amt = in->amt;
    if (m.kind == V_REG && in->sh == 2)
        x86_mov_rr(e, 4, X86_RCX, m.reg);           /* UXTW */
    else if (m.kind == V_REG && in->sh == 6)
        x86_movsxd_rr(e, X86_RCX, m.reg);           /* SXTW */
    else if (m.kind == V_REG && *amt <= 3)
        index = m.reg;                              /* LSL, SXTX */
    else {
        mov_val(tc, X86_RCX, m);
        if (in->sh == 2)
            x86_mov_rr(e, 4, X86_RCX, X86_RCX);
        else if (in->sh == 6)
            x86_movsxd_rr(e, X86_RCX, X86_RCX);
    }
    if (*amt > 3) {
        x86_shift_ri(e, X86_SHL, 8, X86_RCX, (uint8_t)*amt);
        *amt = 0;
    }
    return index;
}

/* A load's host operand with no range check at all (loadfault), one host
 * load as in qemu-user: outside guest memory it faults on the host at its
 * fault site, which signals.c makes the guest's SIGSEGV at the address
 * a64_load_address_of computes from the guest instruction, or it reads
 * what xlat has mapped there.  Stores keep their checks: they could write
 * xlat's own memory.  Literal loads (a constant address) keep theirs. */
static X86Mem load_address(Tc *tc, const TrInsn *t)
{
    Emit *e = tc->e;
    const A64Insn *in = &t->in;
    int rn = operand(in->rn, true);

    if (t->acc.mode == A64_MODE_REG) {
        unsigned amt;
        X86Reg index = index_reg(tc, in, &amt);
        x86_lea_index(e, 8, X86_RAX, in_reg(tc, rn, X86_RAX), index, (int)amt, 0);
        return x86_mem(X86_RAX, 0);
    }
    Val base = val_of(tc, rn);
    int64_t off = t->acc.mode == A64_MODE_POST ? 0 : (int64_t)in->imm;
    /* A pair loaded into its own base register needs the base kept for
     * the second access. */
    if (base.kind == V_REG && !t->acc.pair)
        return x86_mem(base.reg, (int32_t)off);
    mov_val(tc, X86_RAX, base);
    return x86_mem(X86_RAX, (int32_t)off);
}

/* After a fault at a translated access (jit_fault_fixup: cpu->pc and the
 * registers are the guest's at it), the address of the load at cpu->pc
 * (its first register's, for a pair); false where the instruction there
 * is no load.  async-signal-safe. */
bool a64_load_address_of(Cpu *cpu, uint64_t *addr)
{
    uint32_t word = *(const uint32_t *)(uintptr_t)(cpu->pc + cpu->vm->guest_base);
    A64Insn in;
    A64Access acc;

    if (!a64_decode(word, cpu->pc, &in) || !a64_ldst_access(in.fn, &acc) || !acc.load ||
        acc.prefetch)
        return false;
    switch (acc.mode) {
    case A64_MODE_OFF: case A64_MODE_PRE: *addr = xsp(cpu, in.rn) + in.imm; break;
    case A64_MODE_POST: *addr = xsp(cpu, in.rn); break;
    case A64_MODE_REG: *addr = xsp(cpu, in.rn) + extend_reg(xr(cpu, in.rm), in.sh, in.amt); break;
    default: *addr = in.imm; break;
    }
    return true;
}

/* The host operand of the (first) access, its range checked: [rax + disp]
 * with rax = address + bytes - guest_min, or [base + offset] when the
 * check is not needed. */
static X86Mem address(Tc *tc, const TrInsn *t, int bytes)
{
    Emit *e = tc->e;
    const A64Insn *in = &t->in;
    int64_t adjust = bytes - (int64_t)tc->guest_min;
    int rn = operand(in->rn, true);

    if (t->acc.load && t->acc.mode != A64_MODE_LIT && jit_enabled(JIT_TECH_LOADFAULT))
        return load_address(tc, t);

    switch (t->acc.mode) {
    case A64_MODE_LIT:
        x86_mov_ri(e, X86_RAX, in->imm + (uint64_t)adjust);
        break;
    case A64_MODE_REG: {
        unsigned amt;
        X86Reg index = index_reg(tc, in, &amt);
        X86Reg base = in_reg(tc, rn, X86_RAX);
        x86_lea_index(e, 8, X86_RAX, base, index, (int)amt, (int32_t)adjust);
        if (index_checked(tc, in, rn, operand(in->rm, false), bytes))
            return x86_mem(X86_RAX, (int32_t)tc->guest_min - bytes);
        break;
    }
    default: {
        int64_t off = t->acc.mode == A64_MODE_POST ? 0 : (int64_t)in->imm;
        Val base = val_of(tc, rn);
        if (checked_already(tc, rn, off, bytes)) {
            /* A pair loaded into its own base register needs the base
             * kept for the second access. */
            if (base.kind == V_REG && !(t->acc.pair && t->acc.load))
                return x86_mem(base.reg, (int32_t)off);
            mov_val(tc, X86_RAX, base);
            return x86_mem(X86_RAX, (int32_t)off);
        }
        if (base_check_covers(rn, off, bytes)) {
            X86Reg r = X86_RAX;
            if (base.kind == V_REG && !(t->acc.pair && t->acc.load))
                r = base.reg;
            else
                mov_val(tc, X86_RAX, base);
            x86_alu_rm(e, X86_CMP, 8, r, cpu_mem(JIT_CPU_OFF(jit_base_limit)));
            size_t at = x86_jcc(e, X86_CC_AE, 0);
            size_t k = new_stub(tc, STUB_OOB_BASE, at, in->pc, t->pos);
            if (!tc->overflow) {
                tc->stubs[k].base = r;
                tc->stubs[k].disp = (int32_t)off;
            }
            /* Its end is where checked_already adds the guard. */
            note_range(tc, rn, -JIT_BASE_SLACK, (int32_t)(BASE_REACH - (int64_t)VM_GUARD_SIZE));
            return x86_mem(r, (int32_t)off);
        }
        if (base.kind == V_REG) {
            x86_lea(e, 8, X86_RAX, x86_mem(base.reg, (int32_t)(adjust + off)));
        } else {
            mov_val(tc, X86_RAX, base);
            x86_alu_ri(e, X86_ADD, 8, X86_RAX, (int32_t)(adjust + off));
        }
        note_checked(tc, rn, off, bytes);
        break;
    }
    }
    x86_alu_rm(e, X86_CMP, 8, X86_RAX, cpu_mem(JIT_CPU_OFF(jit_guest_limit)));
    size_t at = x86_jcc(e, X86_CC_A, 0);
    size_t k = new_stub(tc, STUB_OOB, at, in->pc, t->pos);
    if (!tc->overflow)
        tc->stubs[k].size = bytes;
    return x86_mem(X86_RAX, (int32_t)tc->guest_min - bytes);
}

/* Load one general register from m. */
static void load_gpr(Tc *tc, const TrInsn *t, int r, X86Mem m)
{
    Emit *e = tc->e;
    X86Reg d = (r != G_ZR && tc->host_of[r] >= 0) ? (X86Reg)tc->host_of[r] : X86_RCX;
    unsigned size = t->acc.size;

    add_site(tc, t->in.pc, t->pos);
    if (size == 3)
        x86_load(e, 8, d, m);
    else if (t->acc.sign)
        x86_movsx_load(e, 1 << size, d, m);
    else if (size == 2)
        x86_load(e, 4, d, m);
    else
        x86_movzx_load(e, 1 << size, d, m);
    if (t->acc.to32)
        x86_mov_rr(e, 4, d, d);
    commit(tc, r, d);
}

static void store_gpr(Tc *tc, const TrInsn *t, int r, X86Mem m)
{
    X86Reg v = in_reg(tc, r, X86_RCX);

    add_site(tc, t->in.pc, t->pos);
    x86_store(tc->e, 1 << t->acc.size, m, v);
}

/* SIMD&FP register v from or to m; loads zero the rest. */
static void access_vec(Tc *tc, const TrInsn *t, unsigned v, X86Mem m)
{
    Emit *e = tc->e;
    X86Mem reg = cpu_mem(voff(v));
    unsigned size = t->acc.size;

    if (size == 4) {
        if (t->acc.load) {
            add_site(tc, t->in.pc, t->pos);
            x86_movdqu_load(e, 0, m);
            x86_movdqu_store(e, reg, 0);
        } else {
            x86_movdqu_load(e, 0, reg);
            add_site(tc, t->in.pc, t->pos);
            x86_movdqu_store(e, m, 0);
        }
        return;
    }
    if (t->acc.load) {
        add_site(tc, t->in.pc, t->pos);
        if (size == 3)
            x86_load(e, 8, X86_RCX, m);
        else if (size == 2)
            x86_load(e, 4, X86_RCX, m);
        else
            x86_movzx_load(e, 1 << size, X86_RCX, m);
        x86_store(e, 8, reg, X86_RCX);
        x86_store_imm(e, 8, cpu_mem(voff(v) + 8), 0);
    } else {
        if (size == 3)
            x86_load(e, 8, X86_RCX, reg);
        else if (size == 2)
            x86_load(e, 4, X86_RCX, reg);
        else
            x86_movzx_load(e, 1 << size, X86_RCX, reg);
        add_site(tc, t->in.pc, t->pos);
        x86_store(e, 1 << size, m, X86_RCX);
    }
}

bool gen_ldst(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];
    const A64Insn *in = &t->in;
    Emit *e = tc->e;
    int one = 1 << t->acc.size;
    int bytes = one * (t->acc.pair ? 2 : 1);
    int rt[2] = { operand(in->rd, false), operand(in->ra, false) };
    unsigned vt[2] = { in->rd, in->ra };

    materialize_flags(tc);
    if (t->acc.prefetch)
        return true;
    X86Mem m = address(tc, t, bytes);
    for (int k = 0; k < (t->acc.pair ? 2 : 1); k++) {
        X86Mem d = m;
        d.disp += k * one;
        if (t->acc.vec)
            access_vec(tc, t, vt[k], d);
        else if (t->acc.load)
            load_gpr(tc, t, rt[k], d);
        else
            store_gpr(tc, t, rt[k], d);
    }
    int rn = operand(in->rn, true);
    if (t->acc.mode == A64_MODE_PRE) {
        X86Reg w = dest_reg(tc, rn);
        x86_lea(e, 8, w, m);
        commit(tc, rn, w);
    } else if (t->acc.mode == A64_MODE_POST) {
        Val base = val_of(tc, rn);
        X86Reg w = dest_reg(tc, rn);
        if (base.kind == V_REG) {
            x86_lea(e, 8, w, x86_mem(base.reg, (int32_t)in->imm));
        } else {
            mov_val(tc, w, base);
            x86_alu_ri(e, X86_ADD, 8, w, (int32_t)in->imm);
        }
        commit(tc, rn, w);
    }
    return true;
}
