/*
 * The interpreter's predecoded blocks (interp.c), as the translator
 * (translate.c) reads them to form superblocks, and the translator's entry
 * points the run loop calls.
 */
#ifndef XLAT_TRANSLATE_AARCH64_BLOCK_H
#define XLAT_TRANSLATE_AARCH64_BLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "translate/aarch64/a64.h"
#include "translate/jit/verify.h"

typedef struct A64Block A64Block;
struct A64Block {
    uint64_t pc;
    A64Block *hash_next;
    A64Block *all_next;
    A64Block *succ[2];
    unsigned succ_next;
    uint32_t guest_insns;   /* instructions retired by a complete run */
    uint32_t count;         /* entries of insns[] (guest_insns + fall-through) */
    uint32_t entries;       /* times the run loop entered it, up to the translation threshold */
    A64Insn insns[];
};

/* The block at pc, or NULL if the interpreter has not decoded one. */
const A64Block *a64_block_lookup(uint64_t pc);

/* Entries of a block before it is translated (0: never; --no-jit). */
extern uint64_t a64_jit_threshold;
void a64_jit_configure(Vm *vm);
/* Run translated code from pc (translating it first if needed); false if
 * pc cannot be translated (the interpreter runs the block).  epoch is the
 * code epoch the thread's decoded blocks are valid for (jit_run_begin). */
bool a64_jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch);
void a64_jit_thread_exit(void);

/* --verify (verify.c): the interpreter's step, the state compared, and
 * XLAT_VERIFY_SELFTEST's names of the ops the translator gets wrong. */
JitVerifyStep a64_verify_step(Cpu *cpu);
extern const JitVerifyIsa a64_verify_isa;
bool a64_verify_selftest_op(unsigned op, const char *name);
/* translate.c: the superblock at pc cut after its first insns
 * instructions (JitVerifyIsa.translate_prefix). */
JitTrans *a64_jit_translate_prefix(Cpu *cpu, uint64_t pc, uint32_t insns, uint64_t *last_pc);

#endif
