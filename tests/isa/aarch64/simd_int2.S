/* Advanced SIMD integer instructions the translator generates inline
 * (translate/aarch64/gen-simd.c), part 2 (part 1 is simd_int.S), checked
 * against values from qemu-aarch64: LD1/ST1 of 1..4 registers, of one lane
 * and LD1R, with and without post-index (SP base too), shifts by
 * immediate, SHRN, [SU]SHLL, scalar D forms, FMOV to and from V.D[1], XTN,
 * across lanes, EXT, DUP/INS of an element.
 * The whole sequence runs 64 times, so that it gets hot and translated. */
#include "macros.h"
    /* The inputs, again before each case: v0, v1 from src, v3 a third
     * value, v4 = v0 with some elements zero. */
    .macro INPUTS
    ld1 {v0.16b, v1.16b}, [x0]
    ldr q3, [x0, #32]
    mov v4.16b, v0.16b
    mov v4.b[3], wzr
    mov v4.h[5], wzr
    mov v4.s[2], wzr
    .endm
    TEST_START
    mov x26, #64
repeat:
    ldr x0, =src
    ldr x8, =dst
    ldr x5, =0x8081f2f3f4f5f6f7
    mov x6, #0
    /* 1 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 1, 2, 0xc040fe01ff807f10, 0xf0debc9a78563402
    /* 2 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 2, 2, 0xc040fe01ff807f05, 0xf0debc9a78563417
    /* 3 */
    INPUTS
    ld1 {v20.16b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 3, 2, 0xc040fe01ff807f00, 0xf0debc9a78563412
    /* 4 */
    INPUTS
    mov x7, x8
    st1 {v20.16b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 4, 2, 0xc040fe01ff807f00, 0x0000000000000010
    /* 5 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 5, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 6 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b}, [x7], #8
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 6, 2, 0xc040fe01ff807f08, 0x0000000000000008
    /* 7 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 7, 2, 0xc040fe01ff807f05, 0x0000000000000005
    /* 8 */
    INPUTS
    ld1 {v20.8b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 8, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 9 */
    INPUTS
    mov x7, x8
    st1 {v20.8b}, [x7], #8
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 9, 2, 0xc040fe01ff807f00, 0x0000000000000008
    /* 10 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 10, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 11 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 11, 2, 0x40c0fd02007f80df, 0x0fedcba987654301
    /* 12 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 12, 2, 0x40c0fd02007f80fa, 0x0fedcba987654324
    /* 13 */
    INPUTS
    ld1 {v20.16b, v21.16b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 13, 2, 0x40c0fd02007f80ff, 0x0fedcba987654321
    /* 14 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 14, 2, 0x40c0fd02007f80ff, 0x0000000000000020
    /* 15 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 15, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 16 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 16, 2, 0xf0debc9a78563402, 0x0000000000000010
    /* 17 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 17, 2, 0xf0debc9a78563417, 0x0000000000000005
    /* 18 */
    INPUTS
    ld1 {v20.8b, v21.8b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 18, 2, 0xf0debc9a78563412, 0x0000000000000000
    /* 19 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #8]
    mov v2.d[1], x7
    CHECK_V 19, 2, 0xf0debc9a78563412, 0x0000000000000010
    /* 20 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 20, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 21 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 21, 2, 0x6699f00faa55cc03, 0x8040201008040231
    /* 22 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 22, 2, 0x6699f00faa55cc36, 0x8040201008040204
    /* 23 */
    INPUTS
    ld1 {v20.16b, v21.16b, v22.16b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 23, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 24 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x8
    ldr q2, [x8, #32]
    mov v2.d[1], x7
    CHECK_V 24, 2, 0x6699f00faa55cc33, 0x0000000000000030
    /* 25 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 25, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 26 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 26, 2, 0x40c0fd02007f80e7, 0x0000000000000018
    /* 27 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 27, 2, 0x40c0fd02007f80fa, 0x0000000000000005
    /* 28 */
    INPUTS
    ld1 {v20.8b, v21.8b, v22.8b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 28, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 29 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 29, 2, 0x40c0fd02007f80ff, 0x0000000000000018
    /* 30 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 30, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 31 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 31, 2, 0x8877665544332251, 0x00ffeeddccbbaad9
    /* 32 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b, v2.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 32, 2, 0x0000000000000000, 0x0000000000000000
    /* 33 */
    INPUTS
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 33, 2, 0x8877665544332211, 0x00ffeeddccbbaa99
    /* 34 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x8
    ldr q2, [x8, #48]
    mov v2.d[1], x7
    CHECK_V 34, 2, 0x8877665544332211, 0x0000000000000040
    /* 35 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 35, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 36 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 36, 2, 0x0fedcba987654301, 0x0000000000000020
    /* 37 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b, v2.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 37, 2, 0x0000000000000000, 0x0000000000000000
    /* 38 */
    INPUTS
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 38, 2, 0x0fedcba987654321, 0x0000000000000000
    /* 39 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #24]
    mov v2.d[1], x7
    CHECK_V 39, 2, 0x0fedcba987654321, 0x0000000000000020
    /* 40 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 40, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 41 */
    INPUTS
    mov x7, sp
    sub sp, sp, #64
    st1 {v0.16b, v1.16b}, [sp]
    ld1 {v2.2d}, [sp], #16
    ld1 {v3.4s}, [sp], #16
    mov sp, x7
    eor v2.16b, v2.16b, v3.16b
    CHECK_V 41, 2, 0x80800303ffffffff, 0xff337733ff337733
    /* 42 */
    INPUTS
    ushr v2.8h, v1.8h, #3
    CHECK_V 42, 2, 0x08181fa0000f101f, 0x01fd197510ec0864
    /* 43 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.8h, v1.8h, #3
    CHECK_V 43, 2, 0x6eb10fafaa64dc52, 0x823d398518f00a65
    /* 44 */
    INPUTS
    sshr v2.8h, v1.8h, #3
    CHECK_V 44, 2, 0x0818ffa0000ff01f, 0x01fdf975f0ec0864
    /* 45 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.8h, v1.8h, #3
    CHECK_V 45, 2, 0x6eb1efafaa64bc52, 0x823d1985f8f00a65
    /* 46 */
    INPUTS
    ushr v2.8h, v1.8h, #16
    CHECK_V 46, 2, 0x0000000000000000, 0x0000000000000000
    /* 47 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.8h, v1.8h, #16
    CHECK_V 47, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 48 */
    INPUTS
    sshr v2.8h, v1.8h, #16
    CHECK_V 48, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 49 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.8h, v1.8h, #16
    CHECK_V 49, 2, 0x6699f00eaa55cc32, 0x8040200f08030201
    /* 50 */
    INPUTS
    ushr v2.4s, v1.4s, #7
    CHECK_V 50, 2, 0x008181fa0000ff01, 0x001fdb97010eca86
    /* 51 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4s, v1.4s, #7
    CHECK_V 51, 2, 0x671b7209aa56cb34, 0x805ffba70912cc87
    /* 52 */
    INPUTS
    sshr v2.4s, v1.4s, #7
    CHECK_V 52, 2, 0x008181fa0000ff01, 0x001fdb97ff0eca86
    /* 53 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4s, v1.4s, #7
    CHECK_V 53, 2, 0x671b7209aa56cb34, 0x805ffba70712cc87
    /* 54 */
    INPUTS
    ushr v2.4s, v1.4s, #32
    CHECK_V 54, 2, 0x0000000000000000, 0x0000000000000000
    /* 55 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4s, v1.4s, #32
    CHECK_V 55, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 56 */
    INPUTS
    sshr v2.4s, v1.4s, #32
    CHECK_V 56, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 57 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4s, v1.4s, #32
    CHECK_V 57, 2, 0x6699f00faa55cc33, 0x8040201008040200
    /* 58 */
    INPUTS
    ushr v2.2d, v1.2d, #1
    CHECK_V 58, 2, 0x20607e81003fc07f, 0x07f6e5d4c3b2a190
    /* 59 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2d, v1.2d, #1
    CHECK_V 59, 2, 0x86fa6e90aa958cb2, 0x883705e4cbb6a391
    /* 60 */
    INPUTS
    ushr v2.2d, v1.2d, #64
    CHECK_V 60, 2, 0x0000000000000000, 0x0000000000000000
    /* 61 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2d, v1.2d, #64
    CHECK_V 61, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 62 */
    INPUTS
    ushr v2.4h, v1.4h, #15
    CHECK_V 62, 2, 0x0000000100000001, 0x0000000000000000
    /* 63 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4h, v1.4h, #15
    CHECK_V 63, 2, 0x6699f010aa55cc34, 0x0000000000000000
    /* 64 */
    INPUTS
    sshr v2.4h, v1.4h, #15
    CHECK_V 64, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 65 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4h, v1.4h, #15
    CHECK_V 65, 2, 0x6699f00eaa55cc32, 0x0000000000000000
    /* 66 */
    INPUTS
    ushr v2.2s, v1.2s, #1
    CHECK_V 66, 2, 0x20607e81003fc07f, 0x0000000000000000
    /* 67 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2s, v1.2s, #1
    CHECK_V 67, 2, 0x86fa6e90aa958cb2, 0x0000000000000000
    /* 68 */
    INPUTS
    sshr v2.2s, v1.2s, #1
    CHECK_V 68, 2, 0x20607e81003fc07f, 0x0000000000000000
    /* 69 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.2s, v1.2s, #1
    CHECK_V 69, 2, 0x86fa6e90aa958cb2, 0x0000000000000000
    /* 70 */
    INPUTS
    shl v2.8h, v1.8h, #3
    CHECK_V 70, 2, 0x0600e81003f807f8, 0x7f685d483b281908
    /* 71 */
    INPUTS
    shl v2.4s, v1.4s, #31
    CHECK_V 71, 2, 0x0000000080000000, 0x8000000080000000
    /* 72 */
    INPUTS
    shl v2.2d, v1.2d, #63
    CHECK_V 72, 2, 0x8000000000000000, 0x8000000000000000
    /* 73 */
    INPUTS
    shl v2.4h, v1.4h, #1
    CHECK_V 73, 2, 0x8180fa0400fe01fe, 0x0000000000000000
    /* 74 */
    INPUTS
    shl v2.2s, v1.2s, #0
    CHECK_V 74, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 75 */
    INPUTS
    mov v2.16b, v3.16b
    add d2, d0, d1
    CHECK_V 75, 2, 0x0101fb03ffffffff, 0x0000000000000000
    /* 76 */
    INPUTS
    mov v2.16b, v3.16b
    sub d2, d0, d1
    CHECK_V 76, 2, 0x7f8000ffff00fe01, 0x0000000000000000
    /* 77 */
    INPUTS
    mov v2.16b, v3.16b
    cmeq d2, d0, d4
    CHECK_V 77, 2, 0x0000000000000000, 0x0000000000000000
    /* 78 */
    INPUTS
    mov v2.16b, v3.16b
    cmeq d2, d1, #0
    CHECK_V 78, 2, 0x0000000000000000, 0x0000000000000000
    /* 79 */
    INPUTS
    mov v2.16b, v3.16b
    cmgt d2, d0, d1
    CHECK_V 79, 2, 0x0000000000000000, 0x0000000000000000
    /* 80 */
    INPUTS
    mov v2.16b, v3.16b
    cmhi d2, d0, d1
    CHECK_V 80, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 81 */
    INPUTS
    mov v2.16b, v3.16b
    cmtst d2, d0, d1
    CHECK_V 81, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 82 */
    INPUTS
    mov v2.16b, v3.16b
    ushr d2, d1, #5
    CHECK_V 82, 2, 0x020607e81003fc07, 0x0000000000000000
    /* 83 */
    INPUTS
    mov v2.16b, v3.16b
    sshr d2, d1, #64
    CHECK_V 83, 2, 0x0000000000000000, 0x0000000000000000
    /* 84 */
    INPUTS
    mov v2.16b, v3.16b
    shl d2, d1, #9
    CHECK_V 84, 2, 0x81fa0400ff01fe00, 0x0000000000000000
    /* 85 */
    INPUTS
    mov v2.16b, v3.16b
    neg d2, d1
    CHECK_V 85, 2, 0xbf3f02fdff807f01, 0x0000000000000000
    /* 86 */
    INPUTS
    mov v2.16b, v3.16b
    cmlt d2, d1, #0
    CHECK_V 86, 2, 0x0000000000000000, 0x0000000000000000
    /* 87 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #4
    CHECK_V 87, 2, 0xfeba76320cd0070f, 0x0000000000000000
    /* 88 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #4
    CHECK_V 88, 2, 0x6699f00faa55cc33, 0xfeba76320cd0070f
    /* 89 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #8
    CHECK_V 89, 2, 0x0fcb874340fd0080, 0x0000000000000000
    /* 90 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #8
    CHECK_V 90, 2, 0x6699f00faa55cc33, 0x0fcb874340fd0080
    /* 91 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #1
    CHECK_V 91, 2, 0xf6d4b29060813f7f, 0x0000000000000000
    /* 92 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #1
    CHECK_V 92, 2, 0x6699f00faa55cc33, 0xf6d4b29060813f7f
    /* 93 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.4h, v1.4s, #16
    CHECK_V 93, 2, 0x0fed876540c0007f, 0x0000000000000000
    /* 94 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.8h, v1.4s, #16
    CHECK_V 94, 2, 0x6699f00faa55cc33, 0x0fed876540c0007f
    /* 95 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.4h, v1.4s, #5
    CHECK_V 95, 2, 0x6e5d2a1907e8fc07, 0x0000000000000000
    /* 96 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.8h, v1.4s, #5
    CHECK_V 96, 2, 0x6699f00faa55cc33, 0x6e5d2a1907e8fc07
    /* 97 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.2s, v1.2d, #32
    CHECK_V 97, 2, 0x0fedcba940c0fd02, 0x0000000000000000
    /* 98 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.4s, v1.2d, #32
    CHECK_V 98, 2, 0x6699f00faa55cc33, 0x0fedcba940c0fd02
    /* 99 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.2s, v1.2d, #3
    CHECK_V 99, 2, 0x30eca864400ff01f, 0x0000000000000000
    /* 100 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.4s, v1.2d, #3
    CHECK_V 100, 2, 0x6699f00faa55cc33, 0x30eca864400ff01f
    /* 101 */
    INPUTS
    sshll v2.8h, v1.8b, #0
    CHECK_V 101, 2, 0x0000007fff80ffff, 0x0040ffc0fffd0002
    /* 102 */
    INPUTS
    sshll2 v2.8h, v1.16b, #0
    CHECK_V 102, 2, 0xff87006500430021, 0x000fffedffcbffa9
    /* 103 */
    INPUTS
    ushll v2.8h, v1.8b, #0
    CHECK_V 103, 2, 0x0000007f008000ff, 0x004000c000fd0002
    /* 104 */
    INPUTS
    ushll2 v2.8h, v1.16b, #0
    CHECK_V 104, 2, 0x0087006500430021, 0x000f00ed00cb00a9
    /* 105 */
    INPUTS
    sshll v2.8h, v1.8b, #7
    CHECK_V 105, 2, 0x00003f80c000ff80, 0x2000e000fe800100
    /* 106 */
    INPUTS
    sshll2 v2.8h, v1.16b, #7
    CHECK_V 106, 2, 0xc380328021801080, 0x0780f680e580d480
    /* 107 */
    INPUTS
    ushll v2.8h, v1.8b, #7
    CHECK_V 107, 2, 0x00003f8040007f80, 0x200060007e800100
    /* 108 */
    INPUTS
    ushll2 v2.8h, v1.16b, #7
    CHECK_V 108, 2, 0x4380328021801080, 0x0780768065805480
    /* 109 */
    INPUTS
    sshll v2.4s, v1.4h, #3
    CHECK_V 109, 2, 0x000003f8fffc07f8, 0x00020600ffffe810
    /* 110 */
    INPUTS
    sshll2 v2.4s, v1.8h, #3
    CHECK_V 110, 2, 0xfffc3b2800021908, 0x00007f68fffe5d48
    /* 111 */
    INPUTS
    ushll v2.4s, v1.4h, #3
    CHECK_V 111, 2, 0x000003f8000407f8, 0x000206000007e810
    /* 112 */
    INPUTS
    ushll2 v2.4s, v1.8h, #3
    CHECK_V 112, 2, 0x00043b2800021908, 0x00007f6800065d48
    /* 113 */
    INPUTS
    sshll v2.2d, v1.2s, #31
    CHECK_V 113, 2, 0x003fc07f80000000, 0x20607e8100000000
    /* 114 */
    INPUTS
    sshll2 v2.2d, v1.4s, #31
    CHECK_V 114, 2, 0xc3b2a19080000000, 0x07f6e5d480000000
    /* 115 */
    INPUTS
    ushll v2.2d, v1.2s, #31
    CHECK_V 115, 2, 0x003fc07f80000000, 0x20607e8100000000
    /* 116 */
    INPUTS
    ushll2 v2.2d, v1.4s, #31
    CHECK_V 116, 2, 0x43b2a19080000000, 0x07f6e5d480000000
    /* 117 */
    INPUTS
    uxtl v2.8h, v0.8b
    CHECK_V 117, 2, 0x00ff0080007f0000, 0x00c0004000fe0001
    /* 118 */
    INPUTS
    sxtl2 v2.4s, v0.8h
    CHECK_V 118, 2, 0x0000785600003412, 0xfffff0deffffbc9a
    /* 119 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.b}[5], [x7]
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 119, 2, 0x0000000000000013, 0x8040201008040201
    /* 120 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.h}[7], [x7], #2
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 120, 2, 0x0000000000000015, 0x0200201008040201
    /* 121 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.s}[1], [x7], x9
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 121, 2, 0x000000000000001a, 0x8040201008040201
    /* 122 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.d}[1], [x7], #8
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 122, 2, 0x000000000000001b, 0x65432140c0fd0200
    /* 123 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.16b}, [x7]
    CHECK_V 123, 2, 0x0000000000000000, 0x0000000000000000
    /* 124 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.8b}, [x7], #1
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 124, 2, 0x0000000000000014, 0x0000000000000000
    /* 125 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.8h}, [x7]
    CHECK_V 125, 2, 0x0200020002000200, 0x0200020002000200
    /* 126 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.4h}, [x7], x9
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 126, 2, 0x000000000000001a, 0x0000000000000000
    /* 127 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.4s}, [x7]
    CHECK_V 127, 2, 0xc0fd0200c0fd0200, 0xc0fd0200c0fd0200
    /* 128 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.2s}, [x7]
    CHECK_V 128, 2, 0xc0fd0200c0fd0200, 0x0000000000000000
    /* 129 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.2d}, [x7], #8
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 129, 2, 0x000000000000001b, 0x65432140c0fd0200
    /* 130 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.1d}, [x7]
    CHECK_V 130, 2, 0x65432140c0fd0200, 0x0000000000000000
    /* 131 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.b}[9], [x7]
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 131, 2, 0x6699f00f4355cc33, 0x0000000000000003
    /* 132 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.h}[3], [x7], #2
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 132, 2, 0x6699f040c055cc33, 0x0000000000000005
    /* 133 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.s}[3], [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 133, 2, 0x660fedcba955cc33, 0x000000000000000e
    /* 134 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.d}[0], [x7], #8
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 134, 2, 0x02007f80ff55cc33, 0x000000000000000b
    /* 135 */
    INPUTS
    mov v2.16b, v3.16b
    fmov v2.d[1], x5
    CHECK_V 135, 2, 0x6699f00faa55cc33, 0x8081f2f3f4f5f6f7
    /* 136 */
    INPUTS
    mov v2.16b, v3.16b
    fmov v2.d[1], xzr
    CHECK_V 136, 2, 0x6699f00faa55cc33, 0x0000000000000000
    /* 137 */
    INPUTS
    fmov x6, v1.d[1]
    mov v2.16b, v3.16b
    mov v2.d[0], x6
    CHECK_V 137, 2, 0x0fedcba987654321, 0x8040201008040201
    /* 138 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.8b, v1.8h
    CHECK_V 138, 2, 0xeda96521c0027fff, 0x0000000000000000
    /* 139 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.16b, v1.8h
    CHECK_V 139, 2, 0x6699f00faa55cc33, 0xeda96521c0027fff
    /* 140 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.4h, v1.4s
    CHECK_V 140, 2, 0xcba94321fd0280ff, 0x0000000000000000
    /* 141 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.8h, v1.4s
    CHECK_V 141, 2, 0x6699f00faa55cc33, 0xcba94321fd0280ff
    /* 142 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.2s, v1.2d
    CHECK_V 142, 2, 0x87654321007f80ff, 0x0000000000000000
    /* 143 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.4s, v1.2d
    CHECK_V 143, 2, 0x6699f00faa55cc33, 0x87654321007f80ff
    /* 144 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v0.16b
    CHECK_V 144, 2, 0x00000000000000ff, 0x0000000000000000
    /* 145 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v0.8b
    CHECK_V 145, 2, 0x00000000000000ff, 0x0000000000000000
    /* 146 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v0.8h
    CHECK_V 146, 2, 0x000000000000ff80, 0x0000000000000000
    /* 147 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v0.4h
    CHECK_V 147, 2, 0x000000000000ff80, 0x0000000000000000
    /* 148 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v1.16b
    CHECK_V 148, 2, 0x00000000000000ff, 0x0000000000000000
    /* 149 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v1.8b
    CHECK_V 149, 2, 0x00000000000000ff, 0x0000000000000000
    /* 150 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v1.8h
    CHECK_V 150, 2, 0x000000000000fd02, 0x0000000000000000
    /* 151 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v1.4h
    CHECK_V 151, 2, 0x000000000000fd02, 0x0000000000000000
    /* 152 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v4.16b
    CHECK_V 152, 2, 0x00000000000000fe, 0x0000000000000000
    /* 153 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v4.8b
    CHECK_V 153, 2, 0x00000000000000fe, 0x0000000000000000
    /* 154 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v4.8h
    CHECK_V 154, 2, 0x000000000000fe01, 0x0000000000000000
    /* 155 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v4.4h
    CHECK_V 155, 2, 0x000000000000fe01, 0x0000000000000000
    /* 156 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v0.16b
    CHECK_V 156, 2, 0x0000000000000000, 0x0000000000000000
    /* 157 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v0.8b
    CHECK_V 157, 2, 0x0000000000000000, 0x0000000000000000
    /* 158 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v0.8h
    CHECK_V 158, 2, 0x0000000000003412, 0x0000000000000000
    /* 159 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v0.4h
    CHECK_V 159, 2, 0x0000000000007f00, 0x0000000000000000
    /* 160 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v1.16b
    CHECK_V 160, 2, 0x0000000000000000, 0x0000000000000000
    /* 161 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v1.8b
    CHECK_V 161, 2, 0x0000000000000000, 0x0000000000000000
    /* 162 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v1.8h
    CHECK_V 162, 2, 0x000000000000007f, 0x0000000000000000
    /* 163 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v1.4h
    CHECK_V 163, 2, 0x000000000000007f, 0x0000000000000000
    /* 164 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v4.16b
    CHECK_V 164, 2, 0x0000000000000000, 0x0000000000000000
    /* 165 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v4.8b
    CHECK_V 165, 2, 0x0000000000000000, 0x0000000000000000
    /* 166 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v4.8h
    CHECK_V 166, 2, 0x0000000000000000, 0x0000000000000000
    /* 167 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v4.4h
    CHECK_V 167, 2, 0x0000000000000080, 0x0000000000000000
    /* 168 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v0.16b
    CHECK_V 168, 2, 0x000000000000007f, 0x0000000000000000
    /* 169 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v0.8b
    CHECK_V 169, 2, 0x000000000000007f, 0x0000000000000000
    /* 170 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v0.8h
    CHECK_V 170, 2, 0x0000000000007f00, 0x0000000000000000
    /* 171 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v0.4h
    CHECK_V 171, 2, 0x0000000000007f00, 0x0000000000000000
    /* 172 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v1.16b
    CHECK_V 172, 2, 0x000000000000007f, 0x0000000000000000
    /* 173 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v1.8b
    CHECK_V 173, 2, 0x000000000000007f, 0x0000000000000000
    /* 174 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v1.8h
    CHECK_V 174, 2, 0x0000000000004321, 0x0000000000000000
    /* 175 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v1.4h
    CHECK_V 175, 2, 0x00000000000040c0, 0x0000000000000000
    /* 176 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v4.16b
    CHECK_V 176, 2, 0x000000000000007f, 0x0000000000000000
    /* 177 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v4.8b
    CHECK_V 177, 2, 0x000000000000007f, 0x0000000000000000
    /* 178 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v4.8h
    CHECK_V 178, 2, 0x0000000000007f00, 0x0000000000000000
    /* 179 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v4.4h
    CHECK_V 179, 2, 0x0000000000007f00, 0x0000000000000000
    /* 180 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v0.16b
    CHECK_V 180, 2, 0x0000000000000080, 0x0000000000000000
    /* 181 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v0.8b
    CHECK_V 181, 2, 0x0000000000000080, 0x0000000000000000
    /* 182 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v0.8h
    CHECK_V 182, 2, 0x000000000000bc9a, 0x0000000000000000
    /* 183 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v0.4h
    CHECK_V 183, 2, 0x000000000000c040, 0x0000000000000000
    /* 184 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v1.16b
    CHECK_V 184, 2, 0x0000000000000080, 0x0000000000000000
    /* 185 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v1.8b
    CHECK_V 185, 2, 0x0000000000000080, 0x0000000000000000
    /* 186 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v1.8h
    CHECK_V 186, 2, 0x00000000000080ff, 0x0000000000000000
    /* 187 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v1.4h
    CHECK_V 187, 2, 0x00000000000080ff, 0x0000000000000000
    /* 188 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v4.16b
    CHECK_V 188, 2, 0x0000000000000080, 0x0000000000000000
    /* 189 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v4.8b
    CHECK_V 189, 2, 0x0000000000000080, 0x0000000000000000
    /* 190 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v4.8h
    CHECK_V 190, 2, 0x000000000000bc9a, 0x0000000000000000
    /* 191 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v4.4h
    CHECK_V 191, 2, 0x000000000000c040, 0x0000000000000000
    /* 192 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v0.16b
    CHECK_V 192, 2, 0x0000000000000035, 0x0000000000000000
    /* 193 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v0.8b
    CHECK_V 193, 2, 0x00000000000000fd, 0x0000000000000000
    /* 194 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v1.16b
    CHECK_V 194, 2, 0x00000000000000bd, 0x0000000000000000
    /* 195 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v1.8b
    CHECK_V 195, 2, 0x00000000000000fd, 0x0000000000000000
    /* 196 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v3.16b
    CHECK_V 196, 2, 0x00000000000000fb, 0x0000000000000000
    /* 197 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v3.8b
    CHECK_V 197, 2, 0x00000000000000fc, 0x0000000000000000
    /* 198 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #0
    CHECK_V 198, 2, 0xc040fe01ff807f00, 0xf0debc9a78563412
    /* 199 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #1
    CHECK_V 199, 2, 0x12c040fe01ff807f, 0xfff0debc9a785634
    /* 200 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #7
    CHECK_V 200, 2, 0xdebc9a78563412c0, 0xc0fd02007f80fff0
    /* 201 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #8
    CHECK_V 201, 2, 0xf0debc9a78563412, 0x40c0fd02007f80ff
    /* 202 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #15
    CHECK_V 202, 2, 0xc0fd02007f80fff0, 0xedcba98765432140
    /* 203 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #0
    CHECK_V 203, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 204 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #3
    CHECK_V 204, 2, 0x7f80ffc040fe01ff, 0x0000000000000000
    /* 205 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #7
    CHECK_V 205, 2, 0xc0fd02007f80ffc0, 0x0000000000000000
    /* 206 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.16b, v1.b[13]
    CHECK_V 206, 2, 0xcbcbcbcbcbcbcbcb, 0xcbcbcbcbcbcbcbcb
    /* 207 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.8b, v1.b[0]
    CHECK_V 207, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 208 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.8h, v1.h[7]
    CHECK_V 208, 2, 0x0fed0fed0fed0fed, 0x0fed0fed0fed0fed
    /* 209 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.4h, v1.h[2]
    CHECK_V 209, 2, 0xfd02fd02fd02fd02, 0x0000000000000000
    /* 210 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.4s, v1.s[3]
    CHECK_V 210, 2, 0x0fedcba90fedcba9, 0x0fedcba90fedcba9
    /* 211 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.2s, v1.s[1]
    CHECK_V 211, 2, 0x40c0fd0240c0fd02, 0x0000000000000000
    /* 212 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.2d, v1.d[1]
    CHECK_V 212, 2, 0x0fedcba987654321, 0x0fedcba987654321
    /* 213 */
    INPUTS
    mov v2.16b, v3.16b
    dup b2, v1.b[9]
    CHECK_V 213, 2, 0x0000000000000043, 0x0000000000000000
    /* 214 */
    INPUTS
    mov v2.16b, v3.16b
    dup h2, v1.h[6]
    CHECK_V 214, 2, 0x000000000000cba9, 0x0000000000000000
    /* 215 */
    INPUTS
    mov v2.16b, v3.16b
    dup s2, v1.s[2]
    CHECK_V 215, 2, 0x0000000087654321, 0x0000000000000000
    /* 216 */
    INPUTS
    mov v2.16b, v3.16b
    dup d2, v1.d[1]
    CHECK_V 216, 2, 0x0fedcba987654321, 0x0000000000000000
    /* 217 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.b[4], v1.b[15]
    CHECK_V 217, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 218 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.h[7], v1.h[0]
    CHECK_V 218, 2, 0x6699f00faa55cc33, 0x80ff201008040201
    /* 219 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.s[0], v1.s[3]
    CHECK_V 219, 2, 0x6699f00f0fedcba9, 0x8040201008040201
    /* 220 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.d[1], v1.d[0]
    CHECK_V 220, 2, 0x6699f00faa55cc33, 0x40c0fd02007f80ff
    subs x26, x26, #1
    b.ne repeat
    TEST_PASS
    TEST_FAIL_HANDLER
    .data
    .balign 16
src: .byte 0x00, 0x7f, 0x80, 0xff, 0x01, 0xfe, 0x40, 0xc0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0
    .byte 0xff, 0x80, 0x7f, 0x00, 0x02, 0xfd, 0xc0, 0x40, 0x21, 0x43, 0x65, 0x87, 0xa9, 0xcb, 0xed, 0x0f
    .byte 0x33, 0xcc, 0x55, 0xaa, 0x0f, 0xf0, 0x99, 0x66, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80
    .byte 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00
    .byte 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10, 0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78
dst: .space 80
