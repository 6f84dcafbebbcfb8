/* Loads and stores: every addressing form, sign extension, pairs, literal,
 * SIMD&FP registers, exclusives, acquire/release, LSE atomics, DC ZVA. */
#include "macros.h"
    .arch armv8.1-a
    TEST_START
    ldr x0, =buf
    ldr x1, =0x8899aabbccddeeff
    str x1, [x0]
    ldrb w2, [x0]
    CHECK 1, x2, 0xff
    ldrsb x3, [x0, #1]
    CHECK 2, x3, -18
    ldrsh w4, [x0, #2]
    CHECK 3, x4, 0xffffccdd
    ldrsw x5, [x0, #4]
    CHECK 4, x5, 0xffffffff8899aabb
    ldur w6, [x0, #3]
    CHECK 5, x6, 0x99aabbcc
    mov x7, x0
    ldr x8, [x7], #8
    CHECK 6, x8, 0x8899aabbccddeeff
    sub x9, x7, x0
    CHECK 7, x9, 8
    strh w1, [x7, #-2]!
    sub x9, x7, x0
    CHECK 8, x9, 6
    ldrh w10, [x0, #6]
    CHECK 9, x10, 0xeeff
    mov x11, #1
    ldr w12, [x0, x11, lsl #2]
    CHECK 10, x12, 0xeeffaabb
    mov w13, #-4
    ldr w14, [x7, w13, sxtw]
    CHECK 11, x14, 0xaabbccdd
    /* pairs */
    mov x1, #1
    mov x2, #2
    stp x1, x2, [x0, #16]!
    ldp x3, x4, [x0], #-16
    CHECK 12, x3, 1
    CHECK 13, x4, 2
    mov w5, #-5
    mov w6, #6
    stp w5, w6, [x0, #32]
    ldpsw x7, x8, [x0, #32]
    CHECK 14, x7, -5
    CHECK 15, x8, 6
    /* literal */
    ldr w9, lit
    CHECK 16, x9, 0x12345678
    ldrsw x10, lit2
    CHECK 17, x10, -2
    /* SIMD&FP registers */
    ldr q0, [x0]
    str q0, [x0, #48]
    ldr d1, [x0, #56]
    fmov x11, d1
    CHECK 18, x11, 0
    ldr d2, [x0, #48]
    fmov x12, d2
    ldr x13, [x0]
    cmp x12, x13
    b.ne fail_19
    ldp s3, s4, [x0, #32]
    fmov w14, s4
    CHECK 20, x14, 6
    /* exclusives */
    add x20, x0, #64
    mov x1, #42
    str x1, [x20]
1:  ldxr x2, [x20]
    add x2, x2, #1
    stxr w3, x2, [x20]
    cbnz w3, 1b
    ldr x4, [x20]
    CHECK 21, x4, 43
    ldaxr w5, [x20]
    clrex
    stlxr w6, w5, [x20]
    CHECK 22, x6, 1
    stlr x1, [x20]
    ldar x7, [x20]
    CHECK 23, x7, 42
2:  ldxp x8, x9, [x20]
    stxp w10, x9, x8, [x20]
    cbnz w10, 2b
    ldr x11, [x20, #8]
    CHECK 24, x11, 42
    /* LSE */
    mov x1, #10
    str x1, [x20]
    mov x2, #5
    ldadd x2, x3, [x20]
    CHECK 25, x3, 10
    ldr x4, [x20]
    CHECK 26, x4, 15
    mov x5, #15
    mov x6, #99
    cas x5, x6, [x20]
    CHECK 27, x5, 15
    ldr x7, [x20]
    CHECK 28, x7, 99
    mov w8, #7
    swpal w8, w9, [x20]
    CHECK 29, x9, 99
    mov w10, #-1
    ldsmaxh w10, w11, [x20]
    CHECK 30, x11, 7
    ldrh w12, [x20]
    CHECK 31, x12, 7
    mov w13, #0x3
    ldclrb w13, w14, [x20]
    ldrb w15, [x20]
    CHECK 32, x15, 4
    /* DC ZVA: the block size DCZID_EL0 gives */
    ldr x21, =zva_buf
    mrs x22, dczid_el0
    and x22, x22, #15
    mov x23, #4
    lsl x23, x23, x22
    mov x1, #-1
    str x1, [x21, #8]
    str x1, [x21, x23]
    dc zva, x21
    ldr x2, [x21, #8]
    CHECK 33, x2, 0
    ldr x3, [x21, x23]
    CHECK 34, x3, -1
    b 3f
fail_19:
    mov x17, #19
    b test_fail
3:
    TEST_PASS
    .balign 4
lit: .word 0x12345678
lit2: .word -2
    TEST_FAIL_HANDLER
    .data
    .balign 64
buf: .space 256
    .balign 4096
zva_buf: .space 8192
