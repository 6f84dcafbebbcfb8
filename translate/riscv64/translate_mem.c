/*
 * The riscv64 translator's guest address range checks (see translate.c
 * for the design): which accesses need one, in which form, and the host
 * mappings below guest memory that let translated code leave many out.
 */
#include <stdlib.h>

#include "core/vm.h"
#include "translate/jit/cache.h"
#include "translate/jit/run.h"
#include "translate/jit/techniques.h"
#include "translate/riscv64/translate.h"

/* Guest register g (its host register, else rax loaded with it) as the
 * base of an access. */
static X86Reg base_reg(Tc *tc, int g)
{
    if (g && tc->host_of[g] >= 0)
        return (X86Reg)tc->host_of[g];
    if (g)
        x86_load(tc->e, 8, X86_RAX, cpu_mem(xoff(g)));
    else
        x86_alu_rr(tc->e, X86_XOR, 4, X86_RAX, X86_RAX);
    return X86_RAX;
}

/* The VM_GUARD_SIZE bytes below guest_min are never mapped in the host
 * (reserve_below_guest). */
static bool below_guest_faults;
/* Nothing is mapped in the host below guest_min at all (below_guest_faults
 * with guest_min <= VM_GUARD_SIZE): base checks (address_on_base) hold. */
static bool base_checks_hold;

/* How far from a base register checked by address_on_base an access may
 * start without a check of its own: a displacement (the immediates plus an
 * addi chain) within [-BASE_REACH, BASE_REACH]. */
#define BASE_REACH ((int64_t)VM_GUARD_SIZE / 2)

static bool uses_base_checks(void)
{
    return base_checks_hold && jit_enabled(JIT_TECH_BASECHECK);
}

/* The guest address range check of the register alone (base checks): one
 * compare of the base register with jit_base_limit (guest_limit +
 * JIT_BASE_SLACK), the access at base + imm right after it, no address
 * computed first.  With base in [0, guest_limit + JIT_BASE_SLACK) and a
 * displacement d in [-BASE_REACH, BASE_REACH], the access lies in guest
 * memory, or in the VM_GUARD_SIZE after guest_limit (never mapped), or
 * below guest_min (nothing is mapped there: base_checks_hold), or in the
 * last BASE_REACH bytes of the 64-bit space (the host kernel's: a fault),
 * and signals.c makes each such host fault at a fault site (JitSite) the
 * guest's SIGSEGV at the exact address.  A base at or above the limit
 * makes every access with a 12-bit immediate land at or past guest_limit
 * (or wrap to below 2048, below guest_min): the check's failure is always
 * the guest's SIGSEGV (STUB_OOB_BASE), as the interpreter's check would
 * give.  The check covers the register until it is written; addi rd,rs,k
 * of a checked rs makes rd checked with the displacement of rs plus k
 * (gen_superblock), so a pointer moved along a few times in a block, or
 * a pointer into the stack frame, needs no new check.
 * (Tc.checked: the checked registers; check_lo: their displacement.) */
static X86Mem address_on_base(Tc *tc, const TrInsn *t, int pos)
{
    int g = t->in.rs1;
    int32_t imm = (int32_t)t->in.imm;

    if ((tc->checked >> g & 1) && tc->check_lo[g] + imm >= -BASE_REACH &&
        tc->check_lo[g] + imm <= BASE_REACH) {
        return x86_mem(base_reg(tc, g), imm);
    }
    X86Reg r = base_reg(tc, g);
    x86_alu_rm(tc->e, X86_CMP, 8, r, cpu_mem(JIT_CPU_OFF(jit_base_limit)));
    size_t at = x86_jcc(tc->e, X86_CC_AE, 0);
    size_t k = tc_new_stub(tc, STUB_OOB_BASE, at, t->pc, pos);
    if (!tc->overflow) {
        tc->stubs[k].base = r;
        tc->stubs[k].disp = imm;
    }
    if (jit_enabled(JIT_TECH_CHECKS)) {
        tc->checked |= 1u << g;
        tc->check_lo[g] = 0;
    }
    return x86_mem(r, imm);
}

/* After rd = rs + k (addi), where rs was checked with displacement d
 * before: rd is checked with displacement d + k. */
void rv_checked_moves(Tc *tc, int rd, int64_t d, int64_t k)
{
    if (!uses_base_checks() || !jit_enabled(JIT_TECH_CHECKS) || rd == 0 ||
        d + k < -BASE_REACH || d + k > BASE_REACH)
        return;
    tc->checked |= 1u << rd;
    tc->check_lo[rd] = d + k;
}

/* The guest address range check, one compare: rax = address + size -
 * guest_min must lie in [size, guest_limit - guest_min] (an address below
 * the range wraps to a huge value).  Returns the operand that reaches the
 * access.  Base checks (address_on_base) replace it where they hold,
 * except for an access relative to x0 (always outside guest memory).
 *
 * A check is left out where an earlier one proves the access faults
 * wherever the check would fail: rs1 unchanged since accesses on it of
 * [rs1 + check_lo, rs1 + check_hi) were checked (guest memory is
 * contiguous, so all of that range lies inside it), an access that starts
 * at or after rs1 + check_lo and ends at most VM_GUARD_SIZE past
 * rs1 + check_hi is inside guest memory or reaches the guard after
 * guest_limit, which is never mapped: the host fault there is a guest
 * SIGSEGV at a fault site (JitSite) with the exact guest state.  Where
 * the host maps nothing in the VM_GUARD_SIZE bytes below guest_min
 * (below_guest_faults), the start may also lie that far below
 * rs1 + check_lo: rs1 + check_lo >= guest_min was checked, so the
 * access starts at or above guest_min - VM_GUARD_SIZE, and signals.c
 * makes a fault there at a fault site the guest's SIGSEGV.  A tag and a
 * value at neighbouring offsets, or a loaded and stored field, need one
 * check.  (Tc.checked: the registers with such a range.) */
X86Mem rv_address(Tc *tc, const TrInsn *t, int size, int pos)
{
    int g = t->in.rs1;
    int64_t start = t->in.imm, end = t->in.imm + size;
    int64_t off = end - (int64_t)tc->guest_min;

    int64_t below = below_guest_faults ? (int64_t)VM_GUARD_SIZE : 0;

    /* A base register holding a known constant (auipc or lui, an addi
     * after them): where the whole access lies in [guest_min, guest_limit),
     * it needs no check at all, a global variable's load or store being
     * one host instruction.  Unmapped there, the host fault at the fault
     * site is the guest's SIGSEGV at the exact address. */
    if (g && (tc->known >> g & 1) && !(tc->unwritten >> g & 1) &&
        jit_enabled(JIT_TECH_CONSTPROP)) {
        uint64_t a = (uint64_t)tc->known_value[g] + (uint64_t)start;
        if (a >= tc->guest_min && a < tc->guest_limit && tc->guest_limit - a >= (uint64_t)size)
            return x86_mem(base_reg(tc, g), (int32_t)t->in.imm);
    }
    if (g && uses_base_checks() && start >= -JIT_BASE_SLACK && start < JIT_BASE_SLACK)
        return address_on_base(tc, t, pos);
    if (g && (tc->checked >> g & 1) && start >= tc->check_lo[g] - below &&
        end <= tc->check_hi[g] + (int64_t)VM_GUARD_SIZE) {
        return x86_mem(base_reg(tc, g), (int32_t)t->in.imm);
    }
    if (g && tc->host_of[g] >= 0) {
        x86_lea(tc->e, 8, X86_RAX, x86_mem((X86Reg)tc->host_of[g], (int32_t)off));
    } else {
        base_reg(tc, g);
        x86_alu_ri(tc->e, X86_ADD, 8, X86_RAX, (int32_t)off);
    }
    x86_alu_rm(tc->e, X86_CMP, 8, X86_RAX, cpu_mem(JIT_CPU_OFF(jit_guest_limit)));
    size_t at = x86_jcc(tc->e, X86_CC_A, 0);
    size_t k = tc_new_stub(tc, STUB_OOB, at, t->pc, pos);
    if (!tc->overflow)
        tc->stubs[k].size = size;
    if (g && jit_enabled(JIT_TECH_CHECKS) && !uses_base_checks()) {
        /* both checked ranges lie in guest memory: so does what is between */
        if (!(tc->checked >> g & 1)) {
            tc->checked |= 1u << g;
            tc->check_lo[g] = start;
            tc->check_hi[g] = end;
        } else {
            if (start < tc->check_lo[g])
                tc->check_lo[g] = start;
            if (end > tc->check_hi[g])
                tc->check_hi[g] = end;
        }
    }
    return x86_mem(X86_RAX, (int32_t)tc->guest_min - size);
}

/* A load's address: no range check at all (loadfault), one host load as
 * in qemu-user.  A load outside guest memory either faults on the host
 * at its fault site, which signals.c makes the guest's SIGSEGV at the
 * address rv_load_address_of computes from the guest instruction, or
 * reads what xlat has mapped there.  Stores and atomics keep their checks:
 * they could write xlat's own memory.  Loads relative to x0 (always
 * outside guest memory) and on known constants keep rv_address. */
X86Mem rv_load_address(Tc *tc, const TrInsn *t, int size, int pos)
{
    int g = t->in.rs1;

    if (g == 0 || (tc->known >> g & 1) || !jit_enabled(JIT_TECH_LOADFAULT))
        return rv_address(tc, t, size, pos);
    return x86_mem(base_reg(tc, g), (int32_t)t->in.imm);
}

/* After a fault at a translated access (jit_fault_fixup: cpu->pc and the
 * registers are the guest's at it), the address of the load at cpu->pc;
 * false where the instruction there is not a load.  async-signal-safe. */
bool rv_load_address_of(Cpu *cpu, uint64_t *addr)
{
    const uint16_t *p = (const uint16_t *)(uintptr_t)(cpu->pc + cpu->vm->guest_base);
    RvInsn in;

    rv_decode(p[0], (p[0] & 3) == 3 ? p[1] : 0, &in);
    switch (in.op) {
    case RV_LB: case RV_LH: case RV_LW: case RV_LD: case RV_LBU: case RV_LHU: case RV_LWU:
    case RV_FLW: case RV_FLD:
        *addr = (in.rs1 ? cpu->x[in.rs1] : 0) + (uint64_t)in.imm;
        return true;
    default:
        return false;
    }
}

/* The reservation below guest memory (jit_reserve_below_guest); sets
 * below_guest_faults and base_checks_hold. */
void rv_reserve_below_guest(const Vm *vm)
{
    below_guest_faults = jit_reserve_below_guest(vm);
    base_checks_hold = jit_base_checks_hold(vm);
}


/* ---- Atomics ---- */

/* An AMO, LR or SC as one locked host instruction, or a compare-and-swap
 * loop where x86 has none that returns the old value (AMOAND/OR/XOR with
 * a destination, the min and max family), on the host address in rdx:
 * rax is cmpxchg's comparand and may be the base rv_address returns.  The
 * address must be aligned to the access size, else the guest's SIGBUS
 * (STUB_MISALIGNED), and in range (rv_address), as in the interpreter's
 * do_atomic.  LR keeps the reservation the interpreter keeps (address and
 * value read) and SC compares and swaps against it, so the interpreter and
 * translated code share one protocol.  Every locked instruction is a full
 * barrier on x86 and plain loads are acquires, which covers the aq and rl
 * bits.  The load and the cmpxchg of a loop are fault sites both: a store
 * to a read-only page faults at the second. */
void rv_tr_atomic(Tc *tc, const TrInsn *t, int pos)
{
    Emit *e = tc->e;
    RvOp op = (RvOp)t->in.op;
    int rd = t->in.rd, rs1 = t->in.rs1, rs2 = t->in.rs2;
    int size = op >= RV_LR_D ? 8 : 4;
    int32_t res_addr = JIT_CPU_OFF(rv.reserve_addr), res_value = JIT_CPU_OFF(rv.reserve_value);

    if (rs1) {
        X86Reg a = rv_in_reg(tc, rs1, X86_RAX);
        x86_mov_rr(e, 4, X86_RAX, a);
        x86_alu_ri(e, X86_AND, 4, X86_RAX, size - 1);
        size_t at = x86_jcc(e, X86_CC_NE, 0);
        size_t k = tc_new_stub(tc, STUB_MISALIGNED, at, t->pc, pos);
        if (!tc->overflow)
            tc->stubs[k].greg = rs1;
    }
    x86_lea(e, 8, X86_RDX, rv_address(tc, t, size, pos));
    X86Mem m = x86_mem(X86_RDX, 0);

    switch (op) {
    case RV_LR_W: case RV_LR_D:
        rv_add_site(tc, t->pc, pos);
        x86_load(e, size, X86_RCX, m);          /* lr.w: zero-extended, as do_atomic keeps it */
        x86_store(e, 8, cpu_mem(res_addr), rv_in_reg(tc, rs1, X86_RAX));
        x86_store(e, 8, cpu_mem(res_value), X86_RCX);
        if (size == 4)
            x86_movsxd_rr(e, X86_RCX, X86_RCX);
        rv_commit(tc, rd, X86_RCX);
        return;
    case RV_SC_W: case RV_SC_D: {
        x86_alu_rm(e, X86_CMP, 8, rv_in_reg(tc, rs1, X86_RAX), cpu_mem(res_addr));
        x86_store_imm(e, 8, cpu_mem(res_addr), -1);     /* RV_NO_RESERVATION; flags kept */
        size_t fail = x86_jcc(e, X86_CC_NE, 0);
        x86_load(e, size, X86_RAX, cpu_mem(res_value));
        X86Reg v = rv_in_reg(tc, rs2, X86_RCX);
        rv_add_site(tc, t->pc, pos);
        x86_lock_cmpxchg(e, size, m, v);
        emit_patch_u32(e, fail, (uint32_t)(e->len - (fail + 4)));
        if (rd) {
            x86_mov_r32_imm(e, X86_RCX, 0);     /* the flags stay */
            x86_setcc(e, X86_CC_NE, X86_RCX);
            rv_commit(tc, rd, X86_RCX);
        }
        return;
    }
    default:
        break;
    }

    X86Alu alu = X86_ADD;
    bool loop = false;
    X86Cond keep_old = X86_CC_O;            /* min/max: cmov the old value in when */
    switch (op) {
    case RV_AMOSWAP_W: case RV_AMOSWAP_D: case RV_AMOADD_W: case RV_AMOADD_D: break;
    case RV_AMOXOR_W: case RV_AMOXOR_D: alu = X86_XOR; loop = rd != 0; break;
    case RV_AMOAND_W: case RV_AMOAND_D: alu = X86_AND; loop = rd != 0; break;
    case RV_AMOOR_W: case RV_AMOOR_D: alu = X86_OR; loop = rd != 0; break;
    case RV_AMOMIN_W: case RV_AMOMIN_D: keep_old = X86_CC_L; loop = true; break;
    case RV_AMOMAX_W: case RV_AMOMAX_D: keep_old = X86_CC_G; loop = true; break;
    case RV_AMOMINU_W: case RV_AMOMINU_D: keep_old = X86_CC_B; loop = true; break;
    case RV_AMOMAXU_W: case RV_AMOMAXU_D: keep_old = X86_CC_A; loop = true; break;
    default: return;
    }
    X86Reg old;
    if (!loop) {
        X86Reg v = rv_in_reg(tc, rs2, X86_RCX);
        if (op != RV_AMOSWAP_W && op != RV_AMOSWAP_D && op != RV_AMOADD_W && op != RV_AMOADD_D) {
            rv_add_site(tc, t->pc, pos);            /* and/or/xor, old value unused */
            x86_lock_alu_mr(e, alu, size, m, v);
            return;
        }
        if (v != X86_RCX)
            x86_mov_rr(e, 8, X86_RCX, v);
        rv_add_site(tc, t->pc, pos);
        if (op == RV_AMOSWAP_W || op == RV_AMOSWAP_D)
            x86_xchg_mr(e, size, m, X86_RCX);
        else
            x86_lock_xadd(e, size, m, X86_RCX);
        old = X86_RCX;
    } else {
        rv_add_site(tc, t->pc, pos);
        x86_load(e, size, X86_RAX, m);
        size_t again = e->len;
        X86Reg v = rv_in_reg(tc, rs2, X86_RCX);
        if (v != X86_RCX)
            x86_mov_rr(e, 8, X86_RCX, v);
        if (keep_old != X86_CC_O) {
            x86_alu_rr(e, X86_CMP, size, X86_RAX, X86_RCX);
            x86_cmov_rr(e, keep_old, size, X86_RCX, X86_RAX);
        } else {
            x86_alu_rr(e, alu, size, X86_RCX, X86_RAX);
        }
        rv_add_site(tc, t->pc, pos);
        x86_lock_cmpxchg(e, size, m, X86_RCX);
        x86_jcc(e, X86_CC_NE, again);
        old = X86_RAX;
    }
    if (size == 4)
        x86_movsxd_rr(e, old, old);
    rv_commit(tc, rd, old);
}
