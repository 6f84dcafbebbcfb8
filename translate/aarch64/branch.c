/*
 * A64 "Branches, Exception Generating and System instructions": B, BL,
 * B.cond, CBZ/CBNZ, TBZ/TBNZ, BR/BLR/RET, SVC/BRK, hints (NOP, YIELD, BTI
 * and the PAC hints, which are NOPs here because no pointer is ever
 * signed), barriers, CLREX, MRS/MSR of the registers Linux lets EL0 read,
 * and the cache maintenance instructions EL0 may use (DC ZVA, DC CVAU and
 * friends, IC IVAU).
 *
 * Every branch is the last instruction of its block and sets cpu->pc.
 * Direct targets are absolute addresses computed at decode time.
 *
 * System registers, as Linux exposes them to user space: MIDR_EL1 and the
 * ID_AA64*_EL1 registers are emulated by the kernel (op0=3, op1=0, CRn=0,
 * CRm=0..7), the unlisted ones read as zero; the values here agree with the
 * HWCAPs of isa.c (FP, ASIMD, ATOMICS, CRC32, CPUID).
 */
#include <signal.h>
#include <string.h>
#include <time.h>

#include "core/mem.h"
#include "signals/signals.h"
#include "syscall/syscall.h"
#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"
#include "translate/code_epoch.h"

/* ---- branches ---- */

static bool fmt_b(uint32_t w, A64Insn *in)
{
    in->imm = in->pc + ((uint64_t)sext(w & 0x3ffffff, 26) << 2);
    return true;
}
static bool fmt_bcond(uint32_t w, A64Insn *in)
{
    in->imm = in->pc + ((uint64_t)sext(bits_of(w, 23, 5), 19) << 2);
    in->cond = w & 15;
    return true;
}
static bool fmt_cb(uint32_t w, A64Insn *in)
{
    in->imm = in->pc + ((uint64_t)sext(bits_of(w, 23, 5), 19) << 2);
    return true;
}
static bool fmt_tb(uint32_t w, A64Insn *in)
{
    in->imm = in->pc + ((uint64_t)sext(bits_of(w, 18, 5), 14) << 2);
    in->amt = (bits_of(w, 31, 31) << 5) | bits_of(w, 23, 19);
    return true;
}

static void h_b(Cpu *c, const A64Insn *i) { c->pc = i->imm; }
static void h_bl(Cpu *c, const A64Insn *i)
{
    c->x[30] = i->pc + 4;
    c->pc = i->imm;
}
static void h_bcond(Cpu *c, const A64Insn *i)
{
    c->pc = cond_holds(c->a64.nzcv, i->cond) ? i->imm : i->pc + 4;
}
static void h_cbz(Cpu *c, const A64Insn *i)
{
    uint64_t v = i->sf ? xr(c, i->rd) : (uint32_t)xr(c, i->rd);
    c->pc = v == 0 ? i->imm : i->pc + 4;
}
static void h_cbnz(Cpu *c, const A64Insn *i)
{
    uint64_t v = i->sf ? xr(c, i->rd) : (uint32_t)xr(c, i->rd);
    c->pc = v != 0 ? i->imm : i->pc + 4;
}
static void h_tbz(Cpu *c, const A64Insn *i)
{
    c->pc = !((xr(c, i->rd) >> i->amt) & 1) ? i->imm : i->pc + 4;
}
static void h_tbnz(Cpu *c, const A64Insn *i)
{
    c->pc = ((xr(c, i->rd) >> i->amt) & 1) ? i->imm : i->pc + 4;
}
static void h_br(Cpu *c, const A64Insn *i) { c->pc = xr(c, i->rn); }
static void h_blr(Cpu *c, const A64Insn *i)
{
    uint64_t target = xr(c, i->rn);
    c->x[30] = i->pc + 4;
    c->pc = target;
}

/* ---- exceptions ---- */

static void h_svc(Cpu *c, const A64Insn *i)
{
    /* The syscall may replace the PC (rt_sigreturn, a signal handler). */
    c->pc = i->pc + 4;
    syscall_do(c);
}
static void h_brk(Cpu *c, const A64Insn *i)
{
    c->pc = i->pc;
    guest_raise_signal(c, SIGTRAP, TRAP_BRKPT, i->pc);
}

/* ---- hints, barriers ---- */

static void h_nop(Cpu *c, const A64Insn *i) { }
static void h_yield(Cpu *c, const A64Insn *i) { __builtin_ia32_pause(); }
static void h_dmb(Cpu *c, const A64Insn *i) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static void h_clrex(Cpu *c, const A64Insn *i) { c->a64.excl_addr = A64_NO_EXCLUSIVE; }
/* ISB ends its block, so code written before it is seen after it. */
static void h_isb(Cpu *c, const A64Insn *i) { c->pc = i->pc + 4; }

static bool fmt_yield(uint32_t w, A64Insn *in)
{
    if (bits_of(w, 11, 5) == 1)
        in->fn = h_yield;
    return true;
}

/* ---- system registers ---- */

#define SYSREG(op0, op1, crn, crm, op2) \
    ((((op0) - 2) << 14) | ((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2))
enum {
    SR_NZCV = SYSREG(3, 3, 4, 2, 0),
    SR_FPCR = SYSREG(3, 3, 4, 4, 0),
    SR_FPSR = SYSREG(3, 3, 4, 4, 1),
    SR_TPIDR_EL0 = SYSREG(3, 3, 13, 0, 2),
    SR_TPIDRRO_EL0 = SYSREG(3, 3, 13, 0, 3),
    SR_CNTFRQ_EL0 = SYSREG(3, 3, 14, 0, 0),
    SR_CNTVCT_EL0 = SYSREG(3, 3, 14, 0, 2),
    SR_CTR_EL0 = SYSREG(3, 3, 0, 0, 1),
    SR_DCZID_EL0 = SYSREG(3, 3, 0, 0, 7),
    SR_MIDR_EL1 = SYSREG(3, 0, 0, 0, 0),
    SR_MPIDR_EL1 = SYSREG(3, 0, 0, 0, 5),
    SR_REVIDR_EL1 = SYSREG(3, 0, 0, 0, 6),
    SR_ID_AA64PFR0_EL1 = SYSREG(3, 0, 0, 4, 0),
    SR_ID_AA64ISAR0_EL1 = SYSREG(3, 0, 0, 6, 0),
    SR_ID_AA64ISAR1_EL1 = SYSREG(3, 0, 0, 6, 1),
    SR_ID_AA64MMFR0_EL1 = SYSREG(3, 0, 0, 7, 0),
};

/* The CNTVCT counter ticks at this rate; CNTFRQ_EL0 says so. */
#define A64_CNTFRQ 1000000000ull
/* Cache line size for DC ZVA (DCZID_EL0.BS = log2(words) = 4: 64 bytes). */
#define A64_DCZVA_BYTES 64
/* FPCR bits that exist without FP16/extensions: AHP DN FZ RMode. */
#define A64_FPCR_MASK 0x07c00000u
#define A64_FPSR_MASK 0x0800009fu

static uint64_t sysreg_value(Cpu *c, unsigned reg)
{
    switch (reg) {
    case SR_NZCV: return c->a64.nzcv;
    case SR_FPCR: return c->a64.fpcr;
    case SR_FPSR: return c->a64.fpsr;
    case SR_TPIDR_EL0: return c->a64.tpidr_el0;
    case SR_TPIDRRO_EL0: return 0;
    case SR_CNTFRQ_EL0: return A64_CNTFRQ;
    case SR_CNTVCT_EL0: {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec;
    }
    /* IminLine = DminLine = 4 (64-byte lines), L1Ip = PIPT, DIC = IDC = 0. */
    case SR_CTR_EL0: return 0x8444c004ull;
    case SR_DCZID_EL0: return 4;
    /* Arm Ltd, architecture "defined by CPUID", part Cortex-A72 style. */
    case SR_MIDR_EL1: return 0x410fd083ull;
    case SR_MPIDR_EL1: return 0x80000000ull;
    case SR_REVIDR_EL1: return 0;
    /* EL0 AArch64 only (1), FP = 0 and AdvSIMD = 0: implemented, no FP16. */
    case SR_ID_AA64PFR0_EL1: return 0x0000000000000011ull;
    /* AES with PMULL (bits 7:4 = 2), SHA1 (11:8 = 1), SHA2 (15:12 = 1),
     * CRC32 (19:16 = 1), Atomic (23:20 = 2). */
    case SR_ID_AA64ISAR0_EL1: return 0x0000000000211120ull;
    /* LRCPC (bits 23:20 = 1): LDAPR. */
    case SR_ID_AA64ISAR1_EL1: return 0x0000000000100000ull;
    default: return 0;   /* the rest of the emulated ID space */
    }
}

static bool sysreg_readable(unsigned reg)
{
    switch (reg) {
    case SR_NZCV: case SR_FPCR: case SR_FPSR: case SR_TPIDR_EL0:
    case SR_TPIDRRO_EL0: case SR_CNTFRQ_EL0: case SR_CNTVCT_EL0:
    case SR_CTR_EL0: case SR_DCZID_EL0:
        return true;
    }
    /* op0=3 op1=0 CRn=0 CRm=0..7: the ID registers Linux emulates. */
    return (reg & ~0x3fu) == SYSREG(3, 0, 0, 0, 0);
}

static bool fmt_mrs(uint32_t w, A64Insn *in)
{
    in->imm = bits_of(w, 19, 5);
    return sysreg_readable(in->imm);
}
static bool fmt_msr(uint32_t w, A64Insn *in)
{
    in->imm = bits_of(w, 19, 5);
    return in->imm == SR_NZCV || in->imm == SR_FPCR || in->imm == SR_FPSR ||
           in->imm == SR_TPIDR_EL0;
}

static void h_mrs(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, sysreg_value(c, i->imm)); }
static void h_msr(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rd);
    switch (i->imm) {
    case SR_NZCV: c->a64.nzcv = v & 0xf0000000u; break;
    case SR_FPCR: c->a64.fpcr = v & A64_FPCR_MASK; break;
    case SR_FPSR: c->a64.fpsr = v & A64_FPSR_MASK; break;
    case SR_TPIDR_EL0: c->a64.tpidr_el0 = v; break;
    }
}

/* SYS: only the DC and IC operations EL0 may execute. */
enum { SYS_DC_ZVA = 1, SYS_DC_CLEAN, SYS_IC_IVAU };
static bool fmt_sys(uint32_t w, A64Insn *in)
{
    unsigned op = bits_of(w, 18, 5) & 0x3fff;   /* op1 CRn CRm op2 */
#define SYSOP(op1, crn, crm, op2) (((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2))
    switch (op) {
    case SYSOP(3, 7, 4, 1): in->aux = SYS_DC_ZVA; return true;
    case SYSOP(3, 7, 10, 1):    /* DC CVAC */
    case SYSOP(3, 7, 11, 1):    /* DC CVAU */
    case SYSOP(3, 7, 14, 1):    /* DC CIVAC */
    case SYSOP(3, 7, 12, 1):    /* DC CVAP */
        in->aux = SYS_DC_CLEAN;
        return true;
    case SYSOP(3, 7, 5, 1): in->aux = SYS_IC_IVAU; return true;
    }
#undef SYSOP
    return false;
}

static void h_sys(Cpu *c, const A64Insn *i)
{
    uint64_t addr = xr(c, i->rd);
    switch (i->aux) {
    case SYS_DC_ZVA:
        c->pc = i->pc;
        addr &= ~(uint64_t)(A64_DCZVA_BYTES - 1);
        if (__builtin_expect(guest_mem_overlay, 0)) {
            static const uint8_t zeros[A64_DCZVA_BYTES];
            guest_write(c, addr, zeros, A64_DCZVA_BYTES);
        } else {
            memset(guest_ptr(c, addr, A64_DCZVA_BYTES), 0, A64_DCZVA_BYTES);
        }
        break;
    case SYS_DC_CLEAN:
        break;
    case SYS_IC_IVAU:
        /* Ends the block: flushing here would free the running block.
         * Every thread's copy of that line goes (IC IVAU is broadcast). */
        a64_flush_pending = true;
        addr &= ~(uint64_t)63;      /* CTR_EL0.IminLine: 64-byte lines */
        code_epoch_bump_range(addr, addr + 64);
        c->pc = i->pc + 4;
        break;
    }
}
static void h_sys_ends(Cpu *c, const A64Insn *i)
{
    h_sys(c, i);
    c->pc = i->pc + 4;
}
static bool fmt_sys_ends(uint32_t w, A64Insn *in)
{
    return fmt_sys(w, in) && in->aux == SYS_IC_IVAU;
}

const A64Pattern a64_branch_patterns[] = {
    { 0xfc000000, 0x14000000, fmt_b, h_b, "b", A64_ENDS },
    { 0xfc000000, 0x94000000, fmt_b, h_bl, "bl", A64_ENDS },
    { 0xff000010, 0x54000000, fmt_bcond, h_bcond, "b.*", A64_ENDS },
    { 0x7f000000, 0x34000000, fmt_cb, h_cbz, "cbz", A64_ENDS },
    { 0x7f000000, 0x35000000, fmt_cb, h_cbnz, "cbnz", A64_ENDS },
    { 0x7f000000, 0x36000000, fmt_tb, h_tbz, "tbz", A64_ENDS },
    { 0x7f000000, 0x37000000, fmt_tb, h_tbnz, "tbnz", A64_ENDS },
    { 0xfffffc1f, 0xd61f0000, NULL, h_br, "br", A64_ENDS },
    { 0xfffffc1f, 0xd63f0000, NULL, h_blr, "blr", A64_ENDS },
    { 0xfffffc1f, 0xd65f0000, NULL, h_br, "ret", A64_ENDS },
    { 0xffe0001f, 0xd4000001, NULL, h_svc, "svc", A64_ENDS },
    { 0xffe0001f, 0xd4200000, NULL, h_brk, "brk", A64_ENDS },
    { 0xfffff01f, 0xd503201f, fmt_yield, h_nop, "nop yield wfe wfi sev sevl hint esb psb xpaclri "
      "pacia1716 pacib1716 autia1716 autib1716 paciaz paciasp pacibz pacibsp autiaz autiasp "
      "autibz autibsp bti csdb", 0 },
    { 0xfffff0ff, 0xd503305f, NULL, h_clrex, "clrex", 0 },
    { 0xfffff0ff, 0xd503309f, NULL, h_dmb, "dsb ssbb pssbb", 0 },
    { 0xfffff0ff, 0xd50330bf, NULL, h_dmb, "dmb", 0 },
    { 0xfffff0ff, 0xd50330df, NULL, h_isb, "isb", A64_ENDS },
    { 0xfff00000, 0xd5300000, fmt_mrs, h_mrs, "mrs", 0 },
    { 0xfff00000, 0xd5100000, fmt_msr, h_msr, "msr", 0 },
    { 0xfff80000, 0xd5080000, fmt_sys_ends, h_sys_ends, "ic sys", A64_ENDS },
    { 0xfff80000, 0xd5080000, fmt_sys, h_sys, "dc sys", 0 },
    { 0 },
};

/* ---- for the translator (ops.h) ---- */

_Static_assert(SR_TPIDR_EL0 == A64_SYSREG_TPIDR_EL0, "ops.h has the packing of branch.c");

A64Op a64_branch_op(A64Handler *fn)
{
    static const struct { A64Handler *fn; A64Op op; } ops[] = {
        { h_b, A64_OP_B }, { h_bl, A64_OP_BL }, { h_bcond, A64_OP_BCOND },
        { h_cbz, A64_OP_CBZ }, { h_cbnz, A64_OP_CBNZ }, { h_tbz, A64_OP_TBZ },
        { h_tbnz, A64_OP_TBNZ }, { h_br, A64_OP_BR }, { h_blr, A64_OP_BLR },
        { h_nop, A64_OP_NOP }, { h_mrs, A64_OP_MRS }, { h_msr, A64_OP_MSR },
    };
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (ops[k].fn == fn)
            return ops[k].op;
    return A64_OP_NONE;
}

bool a64_branch_fp_free(A64Handler *fn)
{
    return a64_branch_op(fn) != A64_OP_NONE || fn == h_yield || fn == h_dmb ||
           fn == h_clrex || fn == h_sys;
}

bool a64_reads_counter(const A64Insn *in)
{
    return in->fn == h_mrs && in->imm == SR_CNTVCT_EL0;
}
