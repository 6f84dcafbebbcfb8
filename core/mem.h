/*
 * Guest memory accesses for the interpreters.
 *
 * Direct mode: one bounds check against the reserved guest range, then a
 * host access at guest_base + addr.  An address outside the range raises
 * SIGSEGV in the guest here; an address inside it that is not mapped (or
 * not writable) faults on the host, and the host SIGSEGV handler
 * (signals/) turns that into the guest's SIGSEGV.  Either way cpu->pc must
 * already hold the address of the accessing instruction.
 *
 * Unaligned accesses are allowed, as Linux allows them for user code on
 * both guests.  memcpy keeps them defined in C.
 *
 * --verify (translate/jit/verify.h) runs the interpreter with its memory
 * accesses redirected to a private overlay: while guest_mem_overlay is set
 * on a thread, its stores land in the overlay and its loads see them.
 * Off, that costs one predictable branch on a thread-local flag.
 */
#ifndef XLAT_CORE_MEM_H
#define XLAT_CORE_MEM_H

#include <signal.h>
#include <string.h>

#include "core/cpu.h"
#include "core/vm.h"
#include "signals/signals.h"

static inline void *guest_ptr(Cpu *cpu, uint64_t addr, uint64_t len)
{
    if (__builtin_expect(!guest_range_ok(cpu->vm, addr, len), 0))
        guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, addr);
    return g2h(cpu->vm, addr);
}

extern __thread bool guest_mem_overlay;
/* translate/jit/verify.c: the overlay's side of guest_read/guest_write. */
void guest_overlay_read(Cpu *cpu, uint64_t addr, void *dst, size_t len);
void guest_overlay_write(Cpu *cpu, uint64_t addr, const void *src, size_t len);

/* len bytes of guest memory at addr to dst, and from src. */
static inline void guest_read(Cpu *cpu, uint64_t addr, void *dst, size_t len)
{
    if (__builtin_expect(guest_mem_overlay, 0))
        guest_overlay_read(cpu, addr, dst, len);
    else
        memcpy(dst, guest_ptr(cpu, addr, len), len);
}

static inline void guest_write(Cpu *cpu, uint64_t addr, const void *src, size_t len)
{
    if (__builtin_expect(guest_mem_overlay, 0))
        guest_overlay_write(cpu, addr, src, len);
    else
        memcpy(guest_ptr(cpu, addr, len), src, len);
}

#define GUEST_ACCESSORS(bits)                                                  \
    static inline uint##bits##_t guest_load##bits(Cpu *cpu, uint64_t addr)    \
    {                                                                          \
        uint##bits##_t v;                                                      \
        guest_read(cpu, addr, &v, sizeof v);                                   \
        return v;                                                              \
    }                                                                          \
    static inline void guest_store##bits(Cpu *cpu, uint64_t addr,             \
                                         uint##bits##_t v)                     \
    {                                                                          \
        guest_write(cpu, addr, &v, sizeof v);                                  \
    }
GUEST_ACCESSORS(8)
GUEST_ACCESSORS(16)
GUEST_ACCESSORS(32)
GUEST_ACCESSORS(64)
#undef GUEST_ACCESSORS

#endif
