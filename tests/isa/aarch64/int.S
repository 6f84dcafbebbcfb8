/* Integer data processing: add/sub (imm, shifted, extended, carry), logical,
 * move wide, bitfield, extract, conditional select/compare, multiply,
 * divide, shifts, bit operations, CRC32, and their flags. */
#include "macros.h"
    .arch armv8.1-a+crc
    TEST_START
    mov x0, #5
    add x1, x0, #3
    CHECK 1, x1, 8
    add x1, x0, #1, lsl #12
    CHECK 2, x1, 0x1005
    sub w2, w0, #6
    CHECK 3, x2, 0xffffffff
    subs x3, x0, #5
    CHECK_NZCV 4, 0x6
    subs w3, w0, #6
    CHECK_NZCV 5, 0x8
    ldr x4, =0x7fffffffffffffff
    adds x5, x4, #1
    CHECK_NZCV 6, 0x9
    CHECK 7, x5, 0x8000000000000000
    mov x6, #-1
    adds x7, x6, #1
    CHECK_NZCV 8, 0x6
    /* shifted and extended register */
    mov x8, #0x10
    add x9, x0, x8, lsl #4
    CHECK 9, x9, 0x105
    mov x10, #-2
    add x11, x0, w10, sxtw #2
    CHECK 10, x11, -3
    add x11, x0, w10, uxtb
    CHECK 11, x11, 0x103
    mov x12, sp
    add x13, sp, #16
    sub x13, x13, x12
    CHECK 12, x13, 16
    /* carry */
    mov x0, #-1
    adds x1, x0, x0
    adc x2, xzr, xzr
    CHECK 13, x2, 1
    sbc x3, xzr, xzr
    CHECK 14, x3, 0
    /* logical */
    ldr x0, =0xff00ff00ff00ff00
    and x1, x0, #0x0ff0
    CHECK 15, x1, 0x0f00
    orr w2, wzr, #0x55555555
    CHECK 16, x2, 0x55555555
    eor x3, x0, #0xffff
    CHECK 17, x3, 0xff00ff00ff0000ff
    bic x4, x0, x0, lsr #8
    CHECK 18, x4, 0xff00ff00ff00ff00
    orn x5, xzr, x0
    CHECK 19, x5, 0x00ff00ff00ff00ff
    tst x0, #0x80
    CHECK_NZCV 20, 0x4
    ands x6, x0, #0x8000000000000000
    CHECK_NZCV 21, 0x8
    eon w7, w0, w0, ror #8
    CHECK 22, x7, 0
    /* move wide */
    movz x0, #0x1234, lsl #32
    movk x0, #0x5678
    CHECK 23, x0, 0x0000123400005678
    movn w1, #0
    CHECK 24, x1, 0xffffffff
    mov x2, #-0x10000
    CHECK 25, x2, 0xffffffffffff0000
    /* bitfield, extract */
    ldr x0, =0x123456789abcdef0
    ubfx x1, x0, #8, #12
    CHECK 26, x1, 0xcde
    sbfx x2, x0, #4, #8
    CHECK 27, x2, -17
    bfi x3, x0, #16, #8
    mov x3, #0xffff
    bfi x3, x0, #8, #4
    CHECK 28, x3, 0xf0ff
    lsl w4, w0, #4
    CHECK 29, x4, 0xabcdef00
    asr x5, x0, #60
    CHECK 30, x5, 1
    sxtb x6, w0
    CHECK 31, x6, -16
    uxth w7, w0
    CHECK 32, x7, 0xdef0
    extr x8, x0, x0, #16
    CHECK 33, x8, 0xdef0123456789abc
    ror w9, w0, #8
    CHECK 34, x9, 0xf09abcde
    /* conditional */
    mov x0, #3
    mov x1, #7
    cmp x0, x1
    csel x2, x0, x1, lt
    CHECK 35, x2, 3
    cmp x0, x1
    cset w3, hi
    CHECK 36, x3, 0
    cmp x0, x1
    csinv x4, x0, x1, eq
    CHECK 37, x4, -8
    cmp x0, x1
    csneg x5, x0, x1, ge
    CHECK 38, x5, -7
    cmp x0, x1
    cinc x6, x0, ne
    CHECK 39, x6, 4
    cmp x0, x1
    ccmp x0, #3, #2, ne
    CHECK_NZCV 40, 0x6
    cmp x0, x1
    ccmp x0, #4, #2, eq
    CHECK_NZCV 41, 0x2
    /* multiply, divide */
    ldr x0, =0x100000001
    mul x1, x0, x0
    CHECK 42, x1, 0x200000001
    umulh x2, x0, x0
    CHECK 43, x2, 1
    mov x3, #-3
    smulh x4, x3, x0
    CHECK 44, x4, -1
    smull x5, w3, w3
    CHECK 45, x5, 9
    umull x6, w3, w3
    CHECK 46, x6, 0xfffffffa00000009
    madd x7, x3, x3, x0
    CHECK 47, x7, 0x10000000a
    msub x8, x3, x3, xzr
    CHECK 48, x8, -9
    mov x9, #100
    sdiv x10, x3, x9
    CHECK 49, x10, 0
    mov x11, #-100
    mov x12, #7
    sdiv x13, x11, x12
    CHECK 50, x13, -14
    udiv x14, x11, xzr
    CHECK 51, x14, 0
    ldr x15, =0x8000000000000000
    mov x16, #-1
    sdiv x17, x15, x16
    mov x18, x17
    ldr x16, =0x8000000000000000
    cmp x18, x16
    b.ne fail_52
    /* variable shifts, bit ops */
    mov x0, #1
    mov x1, #65
    lsl x2, x0, x1
    CHECK 53, x2, 2
    mov x3, #-16
    asr x4, x3, x0
    CHECK 54, x4, -8
    rbit w5, w0
    CHECK 55, x5, 0x80000000
    clz x6, x0
    CHECK 56, x6, 63
    ldr x10, =0x0000000000f00010
    rbit x11, x10
    CHECK 63, x11, 0x08000f0000000000
    rbit x12, x10
    clz x12, x12
    CHECK 64, x12, 4
    rbit w13, w10
    clz w13, w13
    CHECK 65, x13, 4
    mov x14, #0
    rbit x14, x14
    clz x14, x14
    CHECK 66, x14, 64
    ldr x15, =0xffffffff00000000
    rbit w14, w15
    clz w14, w14
    CHECK 67, x14, 32
    ldr x15, =0xffffffff00000001
    rbit w14, w15
    CHECK 68, x14, 0x80000000
    cls x7, x3
    CHECK 57, x7, 59
    ldr x8, =0x0102030405060708
    rev x9, x8
    CHECK 58, x9, 0x0807060504030201
    rev16 w10, w8
    CHECK 59, x10, 0x06050807
    rev32 x11, x8
    CHECK 60, x11, 0x0403020108070605
    /* CRC32 */
    mov w0, #0xffffffff
    mov w1, #0x61
    crc32b w2, w0, w1
    mvn w2, w2
    CHECK 61, x2, 0xe8b7be43
    mov w0, #0xffffffff
    crc32cb w3, w0, w1
    mvn w3, w3
    CHECK 62, x3, 0xc1d04330
    /* adr, adrp */
    adr x0, 1f
1:  adr x1, 1b
    cmp x0, x1
    b.ne fail_52
    b 2f
fail_52:
    mov x17, #52
    b test_fail
2:
    TEST_PASS
    TEST_FAIL_HANDLER
