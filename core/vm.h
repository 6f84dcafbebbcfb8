/*
 * The Vm: one guest process.  It owns the guest address space, the options
 * and the guest ISA; each guest thread has its own Cpu (core/cpu.h).
 *
 * Guest memory is direct-mapped: host address = guest address + guest_base.
 * At start xlat reserves [guest_min, guest_limit) of guest addresses
 * (PROT_NONE, MAP_NORESERVE) and every guest mapping is placed inside it,
 * so the guest's allocations never land on xlat's own memory, and an access
 * outside it is a guest SIGSEGV.  The VM_GUARD_SIZE bytes after guest_limit
 * are reserved as well and never mapped: an access there faults, so
 * translated code may skip the range check of an access that ends at most
 * that far past one it checked.
 */
#ifndef XLAT_CORE_VM_H
#define XLAT_CORE_VM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/cpu.h"

#define VM_GUARD_SIZE 0x10000ULL

typedef struct GuestIsa GuestIsa;

typedef struct VmOptions {
    const char *sysroot;        /* -L */
    const char *argv0;          /* -0 */
    const char *log_items;      /* -d as given, passed on when execve re-runs xlat */
    unsigned log_mask;          /* -d */
    bool strace;
    bool no_jit;                /* --no-jit: interpret only */
    unsigned jit_threshold;     /* --jit-threshold: block entries before translating (0: default) */
    size_t code_cache_size;     /* --code-cache-size in bytes (0: default) */
    bool perfmap;               /* --perfmap: name translations in /tmp/perf-PID.map */
    const char *jit_disable;    /* --jit-disable as given (translate/jit/techniques.h) */
    unsigned verify;            /* --verify=N: check each translation's first N runs (0: off) */
} VmOptions;

struct Vm {
    uint64_t guest_base;
    uint64_t guest_min;         /* lowest guest address xlat reserved */
    uint64_t guest_limit;       /* one past the highest */
    uint64_t brk_start, brk_cur, brk_limit;
    uint64_t mmap_next;         /* where the guest's next anonymous mmap search starts (top-down) */
    uint64_t stack_top;
    const GuestIsa *isa;
    VmOptions opt;
    const char *exe_path;       /* the guest program as given on the command line */
    char *exe_abspath;          /* exe_path made absolute (from the starting directory) */
    char *exe_realpath;         /* exe_abspath resolved, on first use (syscall/fs.c) */
    uint64_t auxv_addr, auxv_len;   /* guest copy of auxv, for /proc/self/auxv */
    uint64_t arg_start, arg_end;    /* argv strings, for /proc/self/cmdline */
    uint64_t entry, load_bias, interp_base, phdr;
    uint64_t exec_count;            /* blocks run, for -d stats */
    bool go_code;                   /* the Go toolchain built the program (its register use) */
};

/* Host pointer for a guest address. */
static inline void *g2h(const Vm *vm, uint64_t guest_addr)
{
    return (void *)(uintptr_t)(guest_addr + vm->guest_base);
}

/* Guest address for a host pointer inside the guest address space. */
static inline uint64_t h2g(const Vm *vm, const void *host)
{
    return (uint64_t)(uintptr_t)host - vm->guest_base;
}

/* Is [addr, addr+len) inside the guest address space?  Says nothing of
 * whether it is mapped: an unmapped access faults and becomes SIGSEGV. */
static inline bool guest_range_ok(const Vm *vm, uint64_t addr, uint64_t len)
{
    return addr >= vm->guest_min && addr <= vm->guest_limit &&
           len <= vm->guest_limit - addr;
}

#endif
