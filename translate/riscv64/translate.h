/*
 * The riscv64 translator's internals shared by its files: translate.c
 * (code generation, control flow, the run loop), superblock.c (formation,
 * register allocation), optimize.c (the analysis before code generation:
 * pending sign extensions, fused pairs, constants) and translate_fp.c
 * (F/D arithmetic).  See translate.c for the design.
 */
#ifndef XLAT_TRANSLATE_RISCV64_TRANSLATE_H
#define XLAT_TRANSLATE_RISCV64_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/vm.h"
#include "translate/jit/cache.h"
#include "translate/riscv64/insn.h"
#include "translate/riscv64/rvblock.h"
#include "translate/x86_64/emit.h"

#define SB_MAX_INSNS 256
#define SB_MAX_BLOCKS 32
#define MAX_STUBS (2 * SB_MAX_INSNS + 8)

typedef struct TrInsn {
    RvInsn in;
    uint64_t pc;
} TrInsn;

typedef enum StubKind {
    STUB_EXIT,          /* leave to target_pc (chainable) after retired instructions */
    STUB_EDGE,          /* jump inside the superblock to block `block` */
    STUB_OOB,           /* out-of-range access: SIGSEGV at target_pc */
    STUB_LEAVE,         /* leave to target_pc, not chainable (jit_exit was set) */
    STUB_ENTRY_LEAVE,   /* leave at entry, before the guest registers are loaded */
    STUB_RET_TAIL,      /* a return stub's exit to target_pc before it is chained
                           (block: its index in exits[]) */
    STUB_PROBE,         /* probe the jump cache for rax, everything written back */
    STUB_OOB_BASE,      /* base register out of range: SIGSEGV at base + disp */
    STUB_MISALIGNED,    /* atomic at a misaligned address: SIGBUS at guest register greg */
} StubKind;

typedef struct Stub {
    StubKind kind;
    size_t jump_at;         /* rel32 that must point at the stub */
    uint64_t target_pc;
    int32_t retired;
    int block;
    int size;               /* STUB_OOB: access size */
    X86Reg base;            /* STUB_OOB_BASE: the base register, */
    int32_t disp;           /* and the displacement */
    int greg;               /* STUB_MISALIGNED: the guest register holding the address */
    uint32_t sext;          /* sign extensions pending where it is created */
} Stub;

/* Tc.opt: what the analysis (optimize.c) decided for an instruction. */
enum {
    OPT_DEFER_SEXT = 1,     /* a W result: leave its sign extension pending */
    OPT_SKIP = 2,           /* no code: the next instruction does its work */
    OPT_FROM_LOW32 = 4,     /* srli/srai rd,rd,k after a skipped slli rd,rs,32: from rs */
    OPT_CONST_ONLY = 8,     /* lui/auipc whose constant the next instruction folds in */
};

typedef struct Tc {
    Emit *e;
    TrInsn insn[SB_MAX_INSNS];
    int n;
    int block_start[SB_MAX_BLOCKS];     /* index of each block's first insn */
    uint64_t block_pc[SB_MAX_BLOCKS];
    size_t block_label[SB_MAX_BLOCKS];  /* host offset of each block */
    int nblocks;
    int8_t host_of[32];                 /* host register of a guest register, or -1 */
    int8_t guest_of_host[16];
    uint32_t written;                   /* guest registers the superblock writes */
    uint32_t fixed;                     /* guest registers in fixed_regs */
    uint32_t displaced;                 /* fixed guest registers whose host register is lent */
    Stub stubs[MAX_STUBS];
    int nstubs;
    JitSite sites[2 * SB_MAX_INSNS];    /* at most two per instruction (atomics) */
    int nsites;
    JitExit exits[MAX_STUBS];
    size_t exit_imm[MAX_STUBS];         /* offset of the movabs imm64 of &JitExit */
    int nexits;
    bool overflow;                      /* too many stubs: give up */
    uint64_t guest_min;                 /* vm->guest_min (below 2 GiB) */
    uint64_t guest_limit;               /* vm->guest_limit */
    uint8_t opt[SB_MAX_INSNS];          /* OPT_* per instruction */
    uint32_t join_blocks;               /* blocks reached by a jump inside the superblock */
    uint32_t sext_pending;              /* guest registers whose host register holds only
                                           their low 32 bits (optimize.c) */
    uint32_t known;                     /* guest registers holding a known constant */
    uint32_t unwritten;                 /* those of them not written yet (OPT_CONST_ONLY) */
    int64_t known_value[32];
    uint32_t checked;                   /* registers with an address range proven (address()) */
    int64_t check_lo[32], check_hi[32];
    bool result_known;                  /* the instruction's result is the constant: */
    int64_t result;
    int cur;                            /* the instruction being generated */
    bool deferred;                      /* it left its result's sign extension pending */
    uint32_t entry_check_len;           /* bytes of the entry's jit_exit check */
} Tc;

static inline int32_t xoff(int g)
{
    return JIT_CPU_OFF(x[0]) + 8 * g;
}

static inline int32_t foff(int f)
{
    return JIT_CPU_OFF(rv.f[0]) + 8 * f;
}

static inline X86Mem cpu_mem(int32_t off)
{
    return x86_mem(X86_R15, off);
}
/* A cold stub of kind for the rel32 (or imm64) at jump_at; its index. */
size_t tc_new_stub(Tc *tc, StubKind kind, size_t jump_at, uint64_t target_pc, int32_t retired);
/* superblock.c: formation and register allocation. */
bool rv_needs_run_loop(RvOp op);
int rv_block_index(const Tc *tc, uint64_t pc);
void rv_form_superblock(Tc *tc, const RvBlock *b0);
bool rv_writes_x(RvFmt f);
void rv_allocate(Tc *tc);
/* The fixed registers for the trampolines (none without regalloc). */
int rv_fixed_for_cache(JitFixedReg *out);
/* The allocated registers the entry need not load (written first). */
uint32_t rv_entry_dead(const Tc *tc);
/* The fixed registers for the program's code (before any translation). */
void rv_choose_fixed(const Vm *vm);
/* The host register of fixed guest register g. */
X86Reg rv_fixed_host(int g);
/* optimize.c: the analysis before code generation. */
void rv_opt_analyze(Tc *tc);
/* The x registers in read in full (not only their low 32 bits); all of
 * them for what calls a helper or leaves. */
uint32_t rv_opt_full_reads(const RvInsn *in);
/* The same for instruction i of the superblock, after the analysis. */
uint32_t rv_opt_full_reads_at(const Tc *tc, int i);
bool rv_opt_is_branch(RvOp op);
/* translate_mem.c: the operand of the access of size bytes of load or
 * store t (pos instructions into the superblock), with its range check
 * where one is needed. */
X86Mem rv_address(Tc *tc, const TrInsn *t, int size, int pos);
X86Mem rv_load_address(Tc *tc, const TrInsn *t, int size, int pos);
bool rv_load_address_of(Cpu *cpu, uint64_t *addr);
/* After rd = rs + k (addi), where rs was checked with displacement d
 * before (Tc.checked). */
void rv_checked_moves(Tc *tc, int rd, int64_t d, int64_t k);
/* Reserve the host addresses just below guest memory (rv_jit_configure). */
void rv_reserve_below_guest(const Vm *vm);
/* An AMO, LR or SC inline (JIT_TECH_RVATOMICS). */
void rv_tr_atomic(Tc *tc, const TrInsn *t, int pos);
/* translate.c, for the other files of the code generator: guest register
 * g in a host register (its own, else scratch loaded with it); r made the
 * new value of g; a fault site at the next host instruction for the
 * guest instruction at pc (retired instructions before it). */
X86Reg rv_in_reg(Tc *tc, int g, X86Reg scratch);
void rv_commit(Tc *tc, int g, X86Reg r);
void rv_add_site(Tc *tc, uint64_t pc, int retired);
/* translate_fp.c: F/D arithmetic, inline SSE where it can, else a call. */
void rv_tr_fp_arith(Tc *tc, const TrInsn *t, int pos);
/* translate_fpcvt.c: F/D compares and conversions; false (nothing
 * emitted) when the interpreter must run it. */
bool rv_tr_fp_cmpcvt(Tc *tc, const TrInsn *t, int pos);
/* Zicsr on fflags, frm and fcsr; false for the other CSRs. */
bool rv_tr_fp_csr(Tc *tc, const TrInsn *t);

#endif
