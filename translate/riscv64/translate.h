/*
 * The riscv64 translator's internals shared by its files: translate.c
 * (superblocks, integer ops, control flow, the run loop) and
 * translate_fp.c (F/D arithmetic).  See translate.c for the design.
 */
#ifndef XLAT_TRANSLATE_RISCV64_TRANSLATE_H
#define XLAT_TRANSLATE_RISCV64_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "translate/jit/cache.h"
#include "translate/riscv64/insn.h"
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
} StubKind;

typedef struct Stub {
    StubKind kind;
    size_t jump_at;         /* rel32 that must point at the stub */
    uint64_t target_pc;
    int32_t retired;
    int block;
    int size;               /* STUB_OOB: access size */
} Stub;

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
    Stub stubs[MAX_STUBS];
    int nstubs;
    JitSite sites[SB_MAX_INSNS];
    int nsites;
    JitExit exits[MAX_STUBS];
    size_t exit_imm[MAX_STUBS];         /* offset of the movabs imm64 of &JitExit */
    int nexits;
    bool overflow;                      /* too many stubs: give up */
    uint64_t guest_min;                 /* vm->guest_min (below 2 GiB) */
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
/* translate_fp.c: F/D arithmetic, inline SSE where it can, else a call. */
void rv_tr_fp_arith(Tc *tc, const TrInsn *t, int pos);
/* translate_fpcvt.c: F/D compares and conversions; false (nothing
 * emitted) when the interpreter must run it. */
bool rv_tr_fp_cmpcvt(Tc *tc, const TrInsn *t, int pos);
/* Zicsr on fflags, frm and fcsr; false for the other CSRs. */
bool rv_tr_fp_csr(Tc *tc, const TrInsn *t);

#endif
