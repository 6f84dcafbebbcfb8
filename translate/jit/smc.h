/*
 * Write-protection of guest code pages (ARCHITECTURE.md, decision 7).
 *
 * A guest page that is both writable and executable in the guest's view
 * (a JIT's code buffer) may be rewritten under decoded or translated code.
 * When code on such a page is decoded, xlat takes the host write
 * permission away (the guest's view, in loader/aspace, is unchanged: its
 * mprotect and /proc/self/maps see what it asked for).  A guest write
 * then faults; the host SIGSEGV handler (signals.c) calls smc_write_fault,
 * which gives the page its guest protection back, moves the code
 * epoch (translate/code_epoch.h: the run loops drop their decodings and
 * translations at their next safe point) and returns, so the write is
 * retried and completes.  The page is protected again when code on it is
 * decoded again.
 *
 * Worked example: a guest JIT runs f on its RWX page (decoded, so the page
 * is now R-X on the host), then stores a new instruction into f: the store
 * faults, the page goes back to RWX, the code epoch moves, the store
 * completes; at the next block boundary every decoding of f is dropped.
 *
 * The kernel does not fault when a system call writes into such a page:
 * it returns EFAULT.  So system calls release the pages of the guest
 * buffers they pass (smc_release, from syscall/internal.h guest_buf).
 */
#ifndef XLAT_TRANSLATE_JIT_SMC_H
#define XLAT_TRANSLATE_JIT_SMC_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"

/* Pages currently protected by xlat (0: the fast paths skip everything). */
extern int smc_protected_pages;

/* Code in guest [lo, hi) was decoded: protect its pages that the guest may
 * write.  Takes the address-space lock. */
void smc_protect(Vm *vm, uint64_t lo, uint64_t hi);
/* A host write fault at guest address addr: true if it was on a page xlat
 * protected (now writable again; the caller returns to retry the write).
 * async-signal-safe (except for the address-space lock, as in signals.c) */
bool smc_write_fault(Cpu *cpu, uint64_t addr);
/* How many writes hit a protected code page (-d stats). */
uint64_t smc_fault_count(void);
/* Make guest [addr, addr+len) writable again as the guest asked (before
 * the kernel writes there) and note that code may change. */
void smc_release(Vm *vm, uint64_t addr, uint64_t len);
/* The guest itself re-mapped or re-protected [addr, addr+len): forget
 * xlat's protection there (the host protection is already the guest's). */
void smc_forget(uint64_t addr, uint64_t len);

#endif
