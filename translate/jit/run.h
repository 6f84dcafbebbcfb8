/*
 * The run loop of translated code, shared by the guest front ends.
 *
 * A front end's interpreter calls jit_run at a block boundary (the pc it
 * would run next, and the code epoch it has seen).  jit_run finds or makes
 * the translation of pc, enters it, and keeps going from translation to
 * translation -- linking a direct exit to its target the first time it is
 * taken, filling the jump cache after an indirect one -- until control
 * reaches code that has no translation, or the guest needs the run loop
 * (a syscall, a signal, an exit request).  False if nothing ran (the
 * interpreter runs pc itself).
 *
 * What differs between ISAs is in a JitFrontEnd: how to translate, what
 * to do around jit_enter (the FP flags a translation accrues in MXCSR),
 * how to fill the jump cache, which guest registers live in fixed host
 * registers, and the fault fixup for translated code.
 */
#ifndef XLAT_TRANSLATE_JIT_RUN_H
#define XLAT_TRANSLATE_JIT_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"
#include "translate/jit/cache.h"
#include "translate/jit/verify.h"

typedef struct JitFrontEnd {
    /* Translate the superblock at pc (called under jit_translate_lock);
     * NULL if it cannot be translated. */
    JitTrans *(*translate)(Cpu *cpu, uint64_t pc);
    /* Run translation t: jit_enter plus the ISA's own work around it. */
    JitExit *(*enter)(Cpu *cpu, JitTrans *t);
    /* Fill the jump cache with t after an indirect exit to it. */
    void (*jump_cache_fill)(JitTrans *t);
    /* The guest registers kept in fixed host registers (at most
     * JIT_MAX_FIXED): fills fixed, returns how many.  NULL: none. */
    int (*fixed_regs)(JitFixedReg *fixed);
    /* Completes a guest fault's state in translated code (signals/). */
    bool (*fault_fixup)(Cpu *cpu, void *uctx);   /* true: at a fault site */
    /* After fault_fixup, the guest address of the load at cpu->pc; false
     * for any other instruction.  NULL: the front end checks its loads. */
    bool (*load_address)(Cpu *cpu, uint64_t *addr);
    const JitVerifyIsa *verify;
} JitFrontEnd;

/* --code-cache-size (0: the default). */
extern size_t jit_cache_size_option;

bool jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch, const JitFrontEnd *fe);

/* Make sure the host never maps [guest_min - VM_GUARD_SIZE, guest_min):
 * nothing can map below vm.mmap_min_addr, and the rest is reserved here
 * (PROT_NONE), once.  True when it holds: translated code may then let an
 * access that starts that far below a checked one fault there. */
bool jit_reserve_below_guest(const Vm *vm);
/* Base checks (a base register compared alone, its accesses within reach
 * unchecked) hold: the reservation above, guest_min at most VM_GUARD_SIZE
 * (nothing mapped below guest memory at all) and guest memory at its
 * guest address. */
bool jit_base_checks_hold(const Vm *vm);

#endif
