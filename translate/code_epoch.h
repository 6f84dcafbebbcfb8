/*
 * The code epoch: how the threads learn that guest code changed.
 *
 * Each guest thread keeps its own decoded blocks (no lock on the
 * interpreter's path, and no thread frees a block another runs); the
 * translations are shared (translate/jit/cache.h).  Whatever may change
 * guest code anywhere -- munmap, mprotect or mmap over code,
 * riscv_flush_icache, RISC-V fence.i, AArch64 IC IVAU, a write to a
 * write-protected code page -- moves the epoch; every run loop compares it
 * between blocks and drops its own decodings when it moved, and the first
 * to see it drops the translations of the older epoch (jit_code_changed).  A bitmap of the guest pages
 * any thread has decoded code from keeps changes to plain data from moving
 * anything.
 */
#ifndef XLAT_TRANSLATE_CODE_EPOCH_H
#define XLAT_TRANSLATE_CODE_EPOCH_H

#include <stdbool.h>
#include <stdint.h>

extern uint64_t code_epoch;

static inline uint64_t code_epoch_now(void)
{
    return __atomic_load_n(&code_epoch, __ATOMIC_RELAXED);
}

/* Move the epoch: every thread drops its decodings.  async-signal-safe */
void code_epoch_bump(void);
/* The same for a change of guest [lo, hi) only: the translations of
 * other code may stay.  async-signal-safe */
void code_epoch_bump_range(uint64_t lo, uint64_t hi);
/* The guest ranges changed by the moves from epoch from to epoch to, into
 * ranges[0..*n) ([lo, hi) each): false if one changed everything or is
 * no longer known (too long ago, or more than max). */
bool code_epoch_changes(uint64_t from, uint64_t to, uint64_t (*ranges)[2], unsigned max,
                        unsigned *n);
/* Move it if [addr, addr+len) may hold decoded code. */
void code_epoch_invalidate(uint64_t addr, uint64_t len);
/* A thread decoded code in [lo, hi). */
void code_epoch_note_range(uint64_t lo, uint64_t hi);

#endif
