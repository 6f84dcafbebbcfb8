/* Branches and system instructions: B.cond, CBZ/CBNZ, TBZ/TBNZ, BL/BLR/RET,
 * BR, hints (NOP, YIELD, BTI, PAC hints), barriers, MRS/MSR of NZCV, FPCR,
 * FPSR, TPIDR_EL0, CNTVCT_EL0, CNTFRQ_EL0, CTR_EL0, MIDR_EL1. */
#include "macros.h"
    .arch armv8.5-a
    TEST_START
    mov x0, #0
    cmp x0, #1
    b.lt 1f
    mov x17, #1
    b test_fail
1:  cbz x0, 2f
    mov x17, #2
    b test_fail
2:  mov x1, #0x100
    tbnz x1, #8, 3f
    mov x17, #3
    b test_fail
3:  tbz w1, #7, 4f
    mov x17, #4
    b test_fail
4:  bl func
    CHECK 5, x0, 77
    adr x2, func
    blr x2
    CHECK 6, x0, 77
    adr x3, 5f
    br x3
    mov x17, #7
    b test_fail
5:  nop
    yield
    bti c
    paciasp
    autiasp
    dmb ish
    dsb sy
    isb
    /* system registers */
    mov x4, #0x60000000
    msr nzcv, x4
    mrs x5, nzcv
    CHECK 8, x5, 0x60000000
    mov x6, #0x00c00000
    msr fpcr, x6
    mrs x7, fpcr
    CHECK 9, x7, 0x00c00000
    msr fpcr, xzr
    mov x8, #1
    msr fpsr, x8
    mrs x9, fpsr
    CHECK 10, x9, 1
    msr fpsr, xzr
    ldr x10, =0x1234567890
    msr tpidr_el0, x10
    mrs x11, tpidr_el0
    CHECK 11, x11, 0x1234567890
    mrs x12, cntvct_el0
    mrs x13, cntvct_el0
    cmp x13, x12
    b.hs 6f
    mov x17, #12
    b test_fail
6:  mrs x14, cntfrq_el0
    cbnz x14, 7f
    mov x17, #13
    b test_fail
7:  mrs x15, ctr_el0
    ubfx x15, x15, #16, #4
    cbnz x15, 8f
    mov x17, #14
    b test_fail
8:  mrs x16, midr_el1              /* readable; the value is the CPU's */
    mrs x16, id_aa64isar0_el1
    ubfx x16, x16, #20, #4          /* Atomic: 2 (LSE) */
    CHECK 15, x16, 2
    TEST_PASS
func:
    mov x0, #77
    ret
    TEST_FAIL_HANDLER
