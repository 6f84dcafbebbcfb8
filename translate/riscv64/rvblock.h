/*
 * What the riscv64 interpreter (interp.c) and translator (translate.c)
 * share: the predecoded block, and the entry points each offers the other.
 */
#ifndef XLAT_TRANSLATE_RISCV64_RVBLOCK_H
#define XLAT_TRANSLATE_RISCV64_RVBLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"
#include "translate/jit/verify.h"
#include "translate/riscv64/insn.h"

#define RV_BLOCK_MAX 64

typedef struct RvBlock {
    uint64_t pc;
    uint32_t n;
    uint32_t bytes;
    uint64_t count;                 /* times entered, up to the translation threshold */
    struct RvBlock *next[2];        /* successor cache: fall-through / taken */
    RvInsn insn[];
} RvBlock;

/* interp.c: the predecoded block at pc, or NULL if there is none yet. */
RvBlock *rv_block_lookup(uint64_t pc);
/* interp.c: run one non-control-flow instruction at pc with the
 * interpreter's semantics (the translator's fallback for rare ops).  The
 * instruction is passed as its two 64-bit halves. */
void rv_exec_one(Cpu *cpu, uint64_t insn_lo, uint64_t insn_hi, uint64_t pc);
/* interp.c: --verify's step (translate/jit/verify.h): the instruction at
 * cpu->pc, decoded from guest memory. */
JitVerifyStep rv_verify_step(Cpu *cpu);
/* translate.c: --verify's report: the superblock at pc translated with
 * only its first insns instructions (NULL: it has fewer, or none); the pc
 * of the last of them in *last_pc.  A flush may follow: the caller exits. */
JitTrans *rv_jit_translate_prefix(Cpu *cpu, uint64_t pc, uint32_t insns, uint64_t *last_pc);
/* verify.c: riscv64 for --verify. */
extern const JitVerifyIsa rv_verify_isa;

/* translate.c: run translated code for the block at pc (translating it
 * first if needed); false when there is none and the interpreter must run
 * it.  epoch is the code epoch the interpreter's decoded blocks are valid
 * for (translate/code_epoch.h); translations of older epochs are dropped. */
bool rv_jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch);
/* translate.c: take the translator's options (--no-jit, --jit-threshold,
 * --code-cache-size) from vm. */
void rv_jit_configure(Vm *vm);
/* translate.c: the entry count at which a block is translated (0: never). */
extern uint64_t rv_jit_threshold;

#endif
