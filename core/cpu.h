/*
 * Guest CPU state: one Cpu per guest thread.
 *
 * A plain struct indexed by architectural register number, hot fields first
 * so that translated code reaches them with 8-bit displacements.  The two
 * guest ISAs share the integer file and the PC; the rest is a union.
 *
 *   riscv64: x[0..31] are x0..x31 (x[0] is kept 0 by the interpreter),
 *            f[0..31] hold raw 64-bit FP registers (singles NaN-boxed).
 *   aarch64: x[0..30] are X0..X30, x[31] is SP (XZR is handled by the
 *            decoder, never stored); v[0..31] are the 128-bit SIMD&FP
 *            registers.
 */
#ifndef XLAT_CORE_CPU_H
#define XLAT_CORE_CPU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Vm Vm;

typedef struct RvState {
    uint64_t f[32];
    uint32_t fflags;        /* accrued exceptions: NV DZ OF UF NX (bit 4..0) */
    uint32_t frm;           /* dynamic rounding mode, 0..7 */
    uint64_t reserve_addr;  /* LR/SC reservation, or RV_NO_RESERVATION */
    uint64_t reserve_value;
} RvState;
#define RV_NO_RESERVATION UINT64_MAX

typedef union A64Vreg {
    uint8_t b[16];
    uint16_t h[8];
    uint32_t s[4];
    uint64_t d[2];
    float f32[4];
    double f64[2];
    unsigned __int128 q;
} A64Vreg;

typedef struct A64State {
    uint32_t nzcv;          /* N Z C V in bits 31..28, as MRS NZCV reads it */
    uint32_t fpcr;
    uint32_t fpsr;
    uint32_t pad;
    uint64_t tpidr_el0;
    uint64_t excl_addr;     /* exclusive monitor: address, or A64_NO_EXCLUSIVE */
    uint64_t excl_value[2];
    uint32_t excl_size;     /* bytes covered by the monitor */
    uint32_t pad2;
    A64Vreg v[32];
} A64State;
#define A64_NO_EXCLUSIVE UINT64_MAX

typedef struct Cpu {
    uint64_t pc;
    uint64_t x[32];
    uint64_t instret;       /* guest instructions retired (rdinstret) */
    union {
        RvState rv;
        A64State a64;
    };
    Vm *vm;
    int tid;
    /* Set when the guest asked to leave the run loop (exit, fatal signal). */
    bool exit_requested;
    int exit_status;
    /* Translated code (translate/jit/) reads these through its Cpu base
     * register. */
    uint64_t jit_guest_limit;   /* guest_limit - guest_min, for the inline bounds checks */
    uint64_t jit_base_limit;    /* guest_limit + JIT_BASE_SLACK, for checks of a base register
                                   alone (translate/jit/cache.h) */
    void *jit_jump_cache;       /* this thread's jump cache (translate/jit/cache.h) */
    uint64_t jit_probes;        /* inline jump-cache lookups, counted under -d stats */
    /* The host stack pointer of translated code with no return frames,
     * and the lowest one a call may push a frame below (cache.h). */
    uint64_t jit_stack_base, jit_stack_limit;
    /* Nonzero: translated code returns to the run loop at the next
     * superblock entry or loop back edge (bounded latency for signals). */
    volatile uint32_t jit_exit;
    /* Nonzero: a guest signal is queued for this thread; the run loop
     * delivers it between blocks (signals/signals.c). */
    volatile uint32_t signal_pending;
    struct SigState *sig;       /* this thread's guest signal state */
} Cpu;

/* Translated code addresses the Cpu through a base register biased by
 * +128, so pc and x0..x30 are all reachable with an 8-bit displacement. */
_Static_assert(offsetof(Cpu, x[30]) + 8 <= 256, "hot registers must be reachable with a disp8");

#endif
