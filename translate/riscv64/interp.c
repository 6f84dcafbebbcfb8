/*
 * The riscv64 interpreter: predecoded blocks, cached by guest PC.
 *
 * A block is the run of instructions from a PC up to and including the
 * first one that changes control flow or needs the run loop (branch, jump,
 * ecall, ebreak, fence.i, illegal), at most RV_BLOCK_MAX instructions, and
 * never crossing into another guest page after its first instruction (so
 * that predecoding cannot fault on bytes the guest never executes).
 * Each block remembers the blocks its direct exits led to, so a hot loop
 * runs from block to block without a hash lookup.
 *
 * Precise state: cpu->pc is written before every instruction that may
 * fault (loads, stores, atomics, ecall, ebreak, illegal), so a guest fault
 * reports the faulting instruction.  The other registers are always
 * current: each instruction writes its result straight into the Cpu.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <x86intrin.h>

#include "core/isa.h"
#include "core/log.h"
#include "core/mem.h"
#include "signals/signals.h"
#include "syscall/syscall.h"
#include "translate/block_map.h"
#include "translate/code_epoch.h"
#include "translate/jit/cache.h"
#include "translate/jit/smc.h"
#include "translate/riscv64/fpu.h"
#include "translate/riscv64/insn.h"
#include "translate/riscv64/riscv64.h"
#include "translate/riscv64/rvblock.h"

/* Each guest thread decodes into its own block map, re-validated against
 * the code epoch (translate/code_epoch.h).  The translations made from
 * them are shared by all threads (translate/jit/cache.h), so fence.i,
 * though local to the hart in the ISA, moves the epoch: every thread
 * drops its decodings and the shared translations go. */
static __thread BlockMap rv_blocks;
static __thread uint64_t rv_seen_epoch;
/* The blocks a forked child decodes while quiet (block_map_quiet). */
static __thread BlockMap rv_quiet_blocks;

RvBlock *rv_block_lookup(uint64_t pc)
{
    return block_map_get(&rv_blocks, pc);
}

static void free_block(void *b)
{
    free(b);
}

static void flush_blocks(void)
{
    block_map_flush(&rv_blocks, free_block);
    block_map_flush(&rv_quiet_blocks, free_block);
}

void rv_invalidate(Vm *vm, uint64_t addr, uint64_t len)
{
    code_epoch_invalidate(addr, len);
    if (block_map_may_overlap(&rv_blocks, addr, addr + len) ||
        block_map_may_overlap(&rv_quiet_blocks, addr, addr + len))
        flush_blocks();
}

/* The end of a forked child's quiet blocks: its own blocks join the map. */
static void end_quiet(void)
{
    block_map_quiet = 0;
    for (uint64_t i = 0; rv_quiet_blocks.slots && i <= rv_quiet_blocks.mask; i++)
        if (rv_quiet_blocks.slots[i].block)
            block_map_put(&rv_blocks, rv_quiet_blocks.slots[i].pc, rv_quiet_blocks.slots[i].block);
    free(rv_quiet_blocks.slots);
    memset(&rv_quiet_blocks, 0, sizeof rv_quiet_blocks);
}

static bool has_rm(RvFmt f)
{
    return f == F_FR_RM || f == F_FR1_RM || f == F_FR4_RM || f == F_F2X_RM || f == F_X2F_RM;
}

/* Decode the instruction at pc into in (its halfwords into lo, hi). */
static void fetch_decode(Cpu *cpu, uint64_t pc, RvInsn *in, uint16_t *lo, uint16_t *hi)
{
    cpu->pc = pc;       /* a fetch fault belongs to this instruction */
    *lo = guest_load16(cpu, pc);
    *hi = (*lo & 3) == 3 ? guest_load16(cpu, pc + 2) : 0;
    rv_decode(*lo, *hi, in);
    if (has_rm(rv_op_formats[in->op]) && (in->rm == 5 || in->rm == 6))
        in->op = RV_ILLEGAL;
}

static RvBlock *predecode(Cpu *cpu, uint64_t pc)
{
    RvInsn buf[RV_BLOCK_MAX];
    uint32_t n = 0;
    uint64_t at = pc;

    while (n < RV_BLOCK_MAX) {
        RvInsn *in = &buf[n];
        uint64_t page_left = 4096 - (at & 4095);
        if (n > 0 && page_left < 4) {
            /* The next instruction may spill onto another page: it starts
             * a block of its own unless it is a compressed one. */
            uint16_t lo = guest_load16(cpu, at);
            if ((lo & 3) == 3)
                break;
        }
        uint16_t lo, hi;
        fetch_decode(cpu, at, in, &lo, &hi);
        in->pc_off = (uint8_t)((at - pc) / 2);
        if (log_enabled(LOG_IN_ASM)) {
            char text[96];
            rv_disas_insn(in, at, text, sizeof text);
            xlat_log("  %#010llx:  %0*x  %s\n", (unsigned long long)at, in->len * 2,
                     in->len == 2 ? lo : (unsigned)lo | (unsigned)hi << 16, text);
        }
        at += in->len;
        n++;
        if (rv_ends_block(in->op))
            break;
        if (n > 0 && (at & 4095) == 0)
            break;
    }
    RvBlock *b = malloc(sizeof *b + n * sizeof(RvInsn));
    b->pc = pc;
    b->n = n;
    b->bytes = (uint32_t)(at - pc);
    /* Translated already, by another thread: hot from the start. */
    b->count = rv_jit_threshold && !block_map_quiet && jit_has_translation(pc) ? rv_jit_threshold : 0;
    b->next[0] = b->next[1] = NULL;
    memcpy(b->insn, buf, n * sizeof(RvInsn));
    code_epoch_note_range(pc, at);
    smc_protect(cpu->vm, pc, at);
    block_map_put(block_map_quiet ? &rv_quiet_blocks : &rv_blocks, pc, b);
    return b;
}

static inline int64_t sext32(uint64_t v)
{
    return (int64_t)(int32_t)v;
}

static uint64_t read_counter(Cpu *cpu, unsigned csr, uint64_t retired)
{
    struct timespec ts;

    switch (csr) {
    case 0xc00:     /* cycle */
        return __rdtsc();
    case 0xc01:     /* time: a 10 MHz timebase, as QEMU's virt machine has */
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (uint64_t)ts.tv_sec * 10000000ULL + (uint64_t)ts.tv_nsec / 100;
    default:        /* instret */
        return retired;
    }
}

/* Zicsr on the user-level CSRs; false for an illegal access. */
static bool do_csr(Cpu *cpu, const RvInsn *in, uint64_t src, bool writes, uint64_t retired)
{
    unsigned csr = (unsigned)in->imm;
    uint64_t old;

    switch (csr) {
    case 0x001: old = cpu->rv.fflags; break;
    case 0x002: old = cpu->rv.frm; break;
    case 0x003: old = cpu->rv.fflags | (cpu->rv.frm << 5); break;
    case 0xc00: case 0xc01: case 0xc02:
        if (writes)
            return false;
        old = read_counter(cpu, csr, retired);
        break;
    default:
        return false;
    }
    if (writes) {
        uint64_t v;
        switch (in->op) {
        case RV_CSRRW: case RV_CSRRWI: v = src; break;
        case RV_CSRRS: case RV_CSRRSI: v = old | src; break;
        default: v = old & ~src; break;
        }
        switch (csr) {
        case 0x001: cpu->rv.fflags = v & 0x1f; break;
        case 0x002: cpu->rv.frm = v & 7; break;
        case 0x003: cpu->rv.fflags = v & 0x1f; cpu->rv.frm = (v >> 5) & 7; break;
        }
    }
    if (in->rd)
        cpu->x[in->rd] = old;
    return true;
}

/* The rounding mode an instruction uses; -1 when it is illegal (a dynamic
 * rounding mode with frm holding a reserved value). */
static inline int rounding(const Cpu *cpu, const RvInsn *in)
{
    unsigned rm = in->rm == 7 ? cpu->rv.frm : in->rm;
    return rm <= 4 ? (int)rm : -1;
}

static void *amo_ptr(Cpu *cpu, uint64_t addr, unsigned size)
{
    if (addr & (size - 1))
        guest_raise_signal(cpu, SIGBUS, BUS_ADRALN, addr);
    return guest_ptr(cpu, addr, size);
}

#define AMO_CASES(SUFFIX, T, ST)                                                   \
    case RV_AMOSWAP_##SUFFIX: old = __atomic_exchange_n((T *)p, (T)src, __ATOMIC_SEQ_CST); break; \
    case RV_AMOADD_##SUFFIX: old = __atomic_fetch_add((T *)p, (T)src, __ATOMIC_SEQ_CST); break; \
    case RV_AMOXOR_##SUFFIX: old = __atomic_fetch_xor((T *)p, (T)src, __ATOMIC_SEQ_CST); break; \
    case RV_AMOAND_##SUFFIX: old = __atomic_fetch_and((T *)p, (T)src, __ATOMIC_SEQ_CST); break; \
    case RV_AMOOR_##SUFFIX: old = __atomic_fetch_or((T *)p, (T)src, __ATOMIC_SEQ_CST); break;   \
    case RV_AMOMIN_##SUFFIX: case RV_AMOMAX_##SUFFIX:                              \
    case RV_AMOMINU_##SUFFIX: case RV_AMOMAXU_##SUFFIX: {                          \
        T cur = __atomic_load_n((T *)p, __ATOMIC_SEQ_CST), want;                   \
        do {                                                                       \
            bool less = op == RV_AMOMIN_##SUFFIX || op == RV_AMOMAX_##SUFFIX       \
                            ? (ST)cur < (ST)(T)src : cur < (T)src;                 \
            bool take_src = (op == RV_AMOMIN_##SUFFIX || op == RV_AMOMINU_##SUFFIX) ? !less : less; \
            want = take_src ? (T)src : cur;                                        \
        } while (!__atomic_compare_exchange_n((T *)p, &cur, want, false,           \
                                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)); \
        old = cur;                                                                 \
        break;                                                                     \
    }

/* A, all of it: AMOs are host atomics on guest memory; LR/SC keep a
 * reservation (address and the value read) that SC checks with a
 * compare-and-swap, so a store by another thread in between fails it. */
static void do_atomic(Cpu *cpu, const RvInsn *in)
{
    RvOp op = in->op;
    uint64_t addr = cpu->x[in->rs1], src = cpu->x[in->rs2];
    bool dbl = op >= RV_LR_D;
    unsigned size = dbl ? 8 : 4;
    void *p = amo_ptr(cpu, addr, size);
    uint64_t old = 0;

    switch (op) {
    case RV_LR_W:
    case RV_LR_D:
        old = dbl ? __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST)
                  : __atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST);
        cpu->rv.reserve_addr = addr;
        cpu->rv.reserve_value = old;
        break;
    case RV_SC_W:
    case RV_SC_D: {
        bool ok = false;
        if (cpu->rv.reserve_addr == addr) {
            if (dbl) {
                uint64_t expect = cpu->rv.reserve_value;
                ok = __atomic_compare_exchange_n((uint64_t *)p, &expect, src, false,
                                                 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
            } else {
                uint32_t expect = (uint32_t)cpu->rv.reserve_value;
                ok = __atomic_compare_exchange_n((uint32_t *)p, &expect, (uint32_t)src, false,
                                                 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
            }
        }
        cpu->rv.reserve_addr = RV_NO_RESERVATION;
        old = !ok;
        break;
    }
    AMO_CASES(W, uint32_t, int32_t)
    AMO_CASES(D, uint64_t, int64_t)
    default:
        break;
    }
    if (in->rd)
        cpu->x[in->rd] = dbl || op == RV_SC_W ? old : (uint64_t)sext32(old);
}

static RvFpOp fp_arith_op(RvOp op)
{
    switch (op) {
    case RV_FADD_S: case RV_FADD_D: return RV_FADD;
    case RV_FSUB_S: case RV_FSUB_D: return RV_FSUB;
    case RV_FMUL_S: case RV_FMUL_D: return RV_FMUL;
    case RV_FDIV_S: case RV_FDIV_D: return RV_FDIV;
    case RV_FSQRT_S: case RV_FSQRT_D: return RV_FSQRT;
    case RV_FMIN_S: case RV_FMIN_D: return RV_FMIN;
    case RV_FMAX_S: case RV_FMAX_D: return RV_FMAX;
    case RV_FSGNJ_S: case RV_FSGNJ_D: return RV_FSGNJ;
    case RV_FSGNJN_S: case RV_FSGNJN_D: return RV_FSGNJN;
    case RV_FSGNJX_S: case RV_FSGNJX_D: return RV_FSGNJX;
    case RV_FMADD_S: case RV_FMADD_D: return RV_FMADD;
    case RV_FMSUB_S: case RV_FMSUB_D: return RV_FMSUB;
    case RV_FNMSUB_S: case RV_FNMSUB_D: return RV_FNMSUB;
    default: return RV_FNMADD;
    }
}

/* The conversion each fcvt performs, plus one (0: not a conversion). */
#define CVT(a, b) [RV_FCVT_##a##_##b] = RV_CVT_##a##_##b + 1
static const uint8_t cvt_of[RV_NUM_OPS] = {
    CVT(S, D), CVT(D, S), CVT(W, S), CVT(WU, S), CVT(L, S), CVT(LU, S),
    CVT(W, D), CVT(WU, D), CVT(L, D), CVT(LU, D), CVT(S, W), CVT(S, WU),
    CVT(S, L), CVT(S, LU), CVT(D, W), CVT(D, WU), CVT(D, L), CVT(D, LU),
};
#undef CVT

/* Double-precision arithmetic ops (the rest of F/D arithmetic is single). */
#define D(op) [RV_##op##_D] = true
static const bool op_is_double[RV_NUM_OPS] = {
    D(FADD), D(FSUB), D(FMUL), D(FDIV), D(FSQRT), D(FMIN), D(FMAX), D(FSGNJ), D(FSGNJN),
    D(FSGNJX), D(FMADD), D(FMSUB), D(FNMSUB), D(FNMADD),
};
#undef D

/* F and D except loads and stores: false for an illegal rounding mode. */
static bool do_fp(Cpu *cpu, const RvInsn *in)
{
    RvOp op = in->op;
    RvFmt fmt = rv_op_formats[op];
    uint64_t *f = cpu->rv.f;
    uint32_t *fl = &cpu->rv.fflags;
    int rm = 0;

    if (has_rm(fmt) && (rm = rounding(cpu, in)) < 0)
        return false;
    switch (op) {
    case RV_FEQ_S: case RV_FEQ_D: case RV_FLT_S: case RV_FLT_D: case RV_FLE_S: case RV_FLE_D: {
        RvFpCmp c = (op == RV_FEQ_S || op == RV_FEQ_D) ? RV_FEQ
                  : (op == RV_FLT_S || op == RV_FLT_D) ? RV_FLT : RV_FLE;
        uint64_t r = rv_fp_compare(c, op == RV_FEQ_D || op == RV_FLT_D || op == RV_FLE_D,
                                   f[in->rs1], f[in->rs2], fl);
        if (in->rd)
            cpu->x[in->rd] = r;
        return true;
    }
    case RV_FCLASS_S: case RV_FCLASS_D:
        if (in->rd)
            cpu->x[in->rd] = rv_fp_class(op == RV_FCLASS_D, f[in->rs1]);
        return true;
    case RV_FMV_X_W:
        if (in->rd)
            cpu->x[in->rd] = sext32(f[in->rs1]);
        return true;
    case RV_FMV_X_D:
        if (in->rd)
            cpu->x[in->rd] = f[in->rs1];
        return true;
    case RV_FMV_W_X:
        f[in->rd] = rv_fp_box32((uint32_t)cpu->x[in->rs1]);
        return true;
    case RV_FMV_D_X:
        f[in->rd] = cpu->x[in->rs1];
        return true;
    default:
        break;
    }
    if (cvt_of[op]) {
        RvFpCvt cvt = (RvFpCvt)(cvt_of[op] - 1);
        if (fmt == F_F2X_RM) {
            uint64_t r = rv_fp_convert(cvt, f[in->rs1], rm, fl);
            if (in->rd)
                cpu->x[in->rd] = r;
        } else {
            f[in->rd] = rv_fp_convert(cvt, fmt == F_X2F_RM ? cpu->x[in->rs1] : f[in->rs1], rm, fl);
        }
        return true;
    }
    f[in->rd] = rv_fp_arith(fp_arith_op(op), op_is_double[op], f[in->rs1], f[in->rs2],
                            f[in->rs3], rm, fl);
    return true;
}

static __attribute__((noreturn)) void illegal(Cpu *cpu, uint64_t pc)
{
    cpu->pc = pc;
    if (log_enabled(LOG_UNIMP)) {
        uint16_t lo = guest_load16(cpu, pc);
        xlat_log("unimp: illegal instruction %#06x at %#llx\n", lo, (unsigned long long)pc);
    }
    guest_raise_signal(cpu, SIGILL, ILL_ILLOPC, pc);
}

/* Run one block; returns the index of the exit taken (0: fall-through or
 * not taken, 1: taken, -1: indirect or via the run loop). */
static int exec_block(Cpu *cpu, RvBlock *b)
{
    uint64_t *x = cpu->x;
    const RvInsn *in = b->insn;
    const RvInsn *end = in + b->n;
    uint64_t base = b->pc;

    for (; in < end; in++) {
        uint64_t pc = base + in->pc_off * 2u;
        uint64_t a = x[in->rs1], c = x[in->rs2];
        int64_t imm = in->imm;
        uint64_t r;
        switch ((RvOp)in->op) {
        case RV_LUI: r = imm; break;
        case RV_AUIPC: r = pc + imm; break;
        case RV_ADDI: r = a + imm; break;
        case RV_SLTI: r = (int64_t)a < imm; break;
        case RV_SLTIU: r = a < (uint64_t)imm; break;
        case RV_XORI: r = a ^ imm; break;
        case RV_ORI: r = a | imm; break;
        case RV_ANDI: r = a & imm; break;
        case RV_SLLI: r = a << imm; break;
        case RV_SRLI: r = a >> imm; break;
        case RV_SRAI: r = (int64_t)a >> imm; break;
        case RV_ADD: r = a + c; break;
        case RV_SUB: r = a - c; break;
        case RV_SLL: r = a << (c & 63); break;
        case RV_SLT: r = (int64_t)a < (int64_t)c; break;
        case RV_SLTU: r = a < c; break;
        case RV_XOR: r = a ^ c; break;
        case RV_SRL: r = a >> (c & 63); break;
        case RV_SRA: r = (int64_t)a >> (c & 63); break;
        case RV_OR: r = a | c; break;
        case RV_AND: r = a & c; break;
        case RV_ADDIW: r = sext32(a + imm); break;
        case RV_SLLIW: r = sext32((uint32_t)a << imm); break;
        case RV_SRLIW: r = sext32((uint32_t)a >> imm); break;
        case RV_SRAIW: r = (int64_t)((int32_t)a >> imm); break;
        case RV_ADDW: r = sext32(a + c); break;
        case RV_SUBW: r = sext32(a - c); break;
        case RV_SLLW: r = sext32((uint32_t)a << (c & 31)); break;
        case RV_SRLW: r = sext32((uint32_t)a >> (c & 31)); break;
        case RV_SRAW: r = (int64_t)((int32_t)a >> (c & 31)); break;
        case RV_MUL: r = a * c; break;
        case RV_MULH: r = (uint64_t)(((__int128)(int64_t)a * (__int128)(int64_t)c) >> 64); break;
        case RV_MULHSU: r = (uint64_t)(((__int128)(int64_t)a * (__int128)(unsigned __int128)c) >> 64); break;
        case RV_MULHU: r = (uint64_t)(((unsigned __int128)a * c) >> 64); break;
        case RV_DIV:
            r = c == 0 ? UINT64_MAX
              : ((int64_t)a == INT64_MIN && (int64_t)c == -1) ? a : (uint64_t)((int64_t)a / (int64_t)c);
            break;
        case RV_DIVU: r = c == 0 ? UINT64_MAX : a / c; break;
        case RV_REM:
            r = c == 0 ? a : ((int64_t)a == INT64_MIN && (int64_t)c == -1) ? 0
              : (uint64_t)((int64_t)a % (int64_t)c);
            break;
        case RV_REMU: r = c == 0 ? a : a % c; break;
        case RV_MULW: r = sext32(a * c); break;
        case RV_DIVW: {
            int32_t s = (int32_t)a, t = (int32_t)c;
            r = t == 0 ? UINT64_MAX : (s == INT32_MIN && t == -1) ? (uint64_t)(int64_t)s
              : (uint64_t)(int64_t)(s / t);
            break;
        }
        case RV_DIVUW: r = (uint32_t)c == 0 ? UINT64_MAX : (uint64_t)sext32((uint32_t)a / (uint32_t)c); break;
        case RV_REMW: {
            int32_t s = (int32_t)a, t = (int32_t)c;
            r = t == 0 ? (uint64_t)(int64_t)s : (s == INT32_MIN && t == -1) ? 0
              : (uint64_t)(int64_t)(s % t);
            break;
        }
        case RV_REMUW: r = (uint64_t)sext32((uint32_t)c == 0 ? a : (uint32_t)a % (uint32_t)c); break;
        case RV_LB: cpu->pc = pc; r = (int64_t)(int8_t)guest_load8(cpu, a + imm); break;
        case RV_LH: cpu->pc = pc; r = (int64_t)(int16_t)guest_load16(cpu, a + imm); break;
        case RV_LW: cpu->pc = pc; r = (int64_t)(int32_t)guest_load32(cpu, a + imm); break;
        case RV_LD: cpu->pc = pc; r = guest_load64(cpu, a + imm); break;
        case RV_LBU: cpu->pc = pc; r = guest_load8(cpu, a + imm); break;
        case RV_LHU: cpu->pc = pc; r = guest_load16(cpu, a + imm); break;
        case RV_LWU: cpu->pc = pc; r = guest_load32(cpu, a + imm); break;
        case RV_SB: cpu->pc = pc; guest_store8(cpu, a + imm, (uint8_t)c); continue;
        case RV_SH: cpu->pc = pc; guest_store16(cpu, a + imm, (uint16_t)c); continue;
        case RV_SW: cpu->pc = pc; guest_store32(cpu, a + imm, (uint32_t)c); continue;
        case RV_SD: cpu->pc = pc; guest_store64(cpu, a + imm, c); continue;
        case RV_FLW: cpu->pc = pc; cpu->rv.f[in->rd] = rv_fp_box32(guest_load32(cpu, a + imm)); continue;
        case RV_FLD: cpu->pc = pc; cpu->rv.f[in->rd] = guest_load64(cpu, a + imm); continue;
        case RV_FSW: cpu->pc = pc; guest_store32(cpu, a + imm, (uint32_t)cpu->rv.f[in->rs2]); continue;
        case RV_FSD: cpu->pc = pc; guest_store64(cpu, a + imm, cpu->rv.f[in->rs2]); continue;
        case RV_FENCE:
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            continue;
        case RV_CSRRW: case RV_CSRRS: case RV_CSRRC:
            if (!do_csr(cpu, in, a, in->op == RV_CSRRW || in->rs1 != 0,
                        cpu->instret + (uint64_t)(in - b->insn)))
                illegal(cpu, pc);
            continue;
        case RV_CSRRWI: case RV_CSRRSI: case RV_CSRRCI:
            if (!do_csr(cpu, in, in->rs1, in->op == RV_CSRRWI || in->rs1 != 0,
                        cpu->instret + (uint64_t)(in - b->insn)))
                illegal(cpu, pc);
            continue;
        case RV_LR_W: case RV_SC_W: case RV_AMOSWAP_W: case RV_AMOADD_W: case RV_AMOXOR_W:
        case RV_AMOAND_W: case RV_AMOOR_W: case RV_AMOMIN_W: case RV_AMOMAX_W:
        case RV_AMOMINU_W: case RV_AMOMAXU_W:
        case RV_LR_D: case RV_SC_D: case RV_AMOSWAP_D: case RV_AMOADD_D: case RV_AMOXOR_D:
        case RV_AMOAND_D: case RV_AMOOR_D: case RV_AMOMIN_D: case RV_AMOMAX_D:
        case RV_AMOMINU_D: case RV_AMOMAXU_D:
            cpu->pc = pc;
            do_atomic(cpu, in);
            continue;
        /* Block terminators. */
        case RV_JAL:
            x[in->rd] = pc + in->len;
            x[0] = 0;
            cpu->pc = pc + imm;
            return 1;
        case RV_JALR:
            cpu->pc = (a + imm) & ~1ULL;
            x[in->rd] = pc + in->len;
            x[0] = 0;
            return -1;
#define BRANCH(cond)                                                           \
            if (cond) {                                                        \
                cpu->pc = pc + imm;                                            \
                return 1;                                                      \
            }                                                                  \
            cpu->pc = pc + in->len;                                            \
            return 0;
        case RV_BEQ: BRANCH(a == c)
        case RV_BNE: BRANCH(a != c)
        case RV_BLT: BRANCH((int64_t)a < (int64_t)c)
        case RV_BGE: BRANCH((int64_t)a >= (int64_t)c)
        case RV_BLTU: BRANCH(a < c)
        case RV_BGEU: BRANCH(a >= c)
#undef BRANCH
        case RV_ECALL: {
            /* The syscall may unmap this very block: read it first. */
            uint64_t next = pc + in->len;
            cpu->pc = pc;
            cpu->instret += (uint64_t)(in - b->insn) + 1;
            syscall_do(cpu);
            if (cpu->pc == pc)
                cpu->pc = next;
            return -2;
        }
        case RV_EBREAK:
            cpu->pc = pc;
            guest_raise_signal(cpu, SIGTRAP, TRAP_BRKPT, pc);
        case RV_FENCE_I:
            cpu->pc = pc + in->len;
            cpu->instret += b->n;
            flush_blocks();
            code_epoch_bump();
            return -3;
        case RV_ILLEGAL:
            illegal(cpu, pc);
        default:
            /* F and D arithmetic, conversions, compares, moves. */
            if (!do_fp(cpu, in))
                illegal(cpu, pc);
            continue;
        }
        x[in->rd] = r;
        x[0] = 0;
    }
    cpu->pc = base + b->bytes;
    return 0;
}

void rv_exec_one(Cpu *cpu, uint64_t insn_lo, uint64_t insn_hi, uint64_t pc)
{
    _Alignas(RvBlock) char space[sizeof(RvBlock) + sizeof(RvInsn)];
    RvBlock *b = (RvBlock *)space;

    b->pc = pc;
    b->n = 1;
    memcpy(&b->insn[0], &insn_lo, 8);
    memcpy((char *)&b->insn[0] + 8, &insn_hi, 8);
    b->insn[0].pc_off = 0;
    b->bytes = b->insn[0].len;
    exec_block(cpu, b);
}

JitVerifyStep rv_verify_step(Cpu *cpu)
{
    _Alignas(RvBlock) char space[sizeof(RvBlock) + sizeof(RvInsn)];
    RvBlock *b = (RvBlock *)space;
    uint64_t pc = cpu->pc;
    uint16_t lo, hi;
    RvInsn *in = &b->insn[0];

    fetch_decode(cpu, pc, in, &lo, &hi);
    switch ((RvOp)in->op) {
    case RV_ECALL: case RV_EBREAK: case RV_FENCE_I: case RV_ILLEGAL:
        return JIT_VERIFY_STOP;         /* translations leave before these */
    case RV_CSRRW: case RV_CSRRS: case RV_CSRRC: case RV_CSRRWI: case RV_CSRRSI: case RV_CSRRCI:
        /* cycle and time read the host's clocks: never the same twice */
        if (in->imm == 0xc00 || in->imm == 0xc01)
            return JIT_VERIFY_SKIP;
        break;
    default:
        /* Atomics work on memory itself, never through the overlay. */
        if (rv_op_formats[in->op] == F_AMO || rv_op_formats[in->op] == F_LR)
            return JIT_VERIFY_SKIP;
        break;
    }
    b->pc = pc;
    b->n = 1;
    in->pc_off = 0;
    b->bytes = in->len;
    exec_block(cpu, b);
    cpu->instret++;
    return in->op == RV_JALR ? JIT_VERIFY_INDIRECT : JIT_VERIFY_NEXT;
}

void rv_thread_exit(Cpu *cpu)
{
    flush_blocks();
    free(rv_blocks.slots);
    memset(&rv_blocks, 0, sizeof rv_blocks);
    free(rv_quiet_blocks.slots);
    memset(&rv_quiet_blocks, 0, sizeof rv_quiet_blocks);
    rv_jit_thread_exit();
}

void rv_run(Cpu *cpu)
{
    RvBlock *b = NULL;
    uint64_t generation = rv_blocks.generation;

    /* Entered again after a siglongjmp (signals/): whatever translated
     * code the thread was in, it is out of it now. */
    jit_run_end();
    rv_jit_configure(cpu->vm);

    while (!cpu->exit_requested) {
        RvBlock *next = NULL;
        if (__builtin_expect(cpu->signal_pending, 0))
            signals_deliver(cpu);
        if (__builtin_expect(rv_seen_epoch != code_epoch_now(), 0)) {
            rv_seen_epoch = code_epoch_now();
            flush_blocks();
            jit_code_changed(rv_seen_epoch);
        }
        bool quiet = false;
        if (__builtin_expect(block_map_quiet != 0, 0)) {
            /* A forked child, quiet (block_map.h): no successor links, no
             * counts, no translations, its blocks kept to itself. */
            b = NULL;
            quiet = --block_map_quiet != 0;
            if (!quiet)
                end_quiet();
        }
        if (b && generation == rv_blocks.generation) {
            /* Follow the successor cache first. */
            next = b->next[0] && b->next[0]->pc == cpu->pc ? b->next[0]
                 : b->next[1] && b->next[1]->pc == cpu->pc ? b->next[1] : NULL;
        }
        if (!next) {
            next = block_map_get(&rv_blocks, cpu->pc);
            if (!next && quiet)
                next = block_map_get(&rv_quiet_blocks, cpu->pc);
            if (!next) {
                if (log_enabled(LOG_IN_ASM))
                    xlat_log("IN: %#llx\n", (unsigned long long)cpu->pc);
                next = predecode(cpu, cpu->pc);
            }
            if (b && generation == rv_blocks.generation) {
                b->next[1] = b->next[0];
                b->next[0] = next;
            }
        }
        generation = rv_blocks.generation;
        b = next;
        /* Hot: run (or first make) its translation instead.  The count
         * stops at the threshold: a block is not written again once it
         * has a translation (after a fork, every page written is a page
         * fault, and a copy while the child lives). */
        if (rv_jit_threshold && !quiet &&
            (b->count >= rv_jit_threshold || ++b->count >= rv_jit_threshold) &&
            rv_jit_run(cpu, b->pc, rv_seen_epoch)) {
            b = NULL;
            continue;
        }
        if (log_enabled(LOG_EXEC))
            xlat_log("exec: %#llx\n", (unsigned long long)b->pc);
        int exit = exec_block(cpu, b);
        if (exit <= -2) {
            /* ecall and fence.i counted their instructions; either may
             * have flushed the map (the generation check sees it). */
            continue;
        }
        cpu->instret += b->n;
    }
}
