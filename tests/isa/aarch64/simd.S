/* Advanced SIMD: DUP/INS/UMOV, MOVI, LD1/ST1, CMEQ, ADDP, UMAXV/UMINV,
 * bitwise, SHRN, TBL, EXT, ZIP/UZP, REV, CNT, ADD/SUB/MUL, USHLL, FP vector. */
#include "macros.h"
    TEST_START
    ldr x0, =src
    ld1 {v0.16b}, [x0]
    umov x1, v0.d[1]
    CHECK 1, x1, 0x0f0e0d0c0b0a0908
    mov w2, #0x41
    dup v1.16b, w2
    umov w3, v1.b[15]
    CHECK 2, x3, 0x41
    ins v1.b[3], w3
    mov v2.s[1], v0.s[3]
    umov w4, v2.s[1]
    CHECK 3, x4, 0x0f0e0d0c
    movi v3.4s, #0x12, lsl #8
    umov w5, v3.s[2]
    CHECK 4, x5, 0x1200
    movi v4.2d, #0xff00ff00ff00ff00
    umov x6, v4.d[1]
    CHECK 5, x6, 0xff00ff00ff00ff00
    /* compare, across lanes */
    movi v5.16b, #0x0a
    cmeq v6.16b, v0.16b, v5.16b
    umov x7, v6.d[1]
    CHECK 6, x7, 0x0000000000ff0000
    umaxv b7, v0.16b
    umov w8, v7.b[0]
    CHECK 7, x8, 15
    uminv h8, v0.8h
    umov w9, v8.h[0]
    CHECK 8, x9, 0x0100
    addv b9, v0.16b
    umov w10, v9.b[0]
    CHECK 9, x10, 120
    addp v10.16b, v0.16b, v0.16b
    umov x11, v10.d[0]
    CHECK 10, x11, 0x1d1915110d090501
    /* bitwise, shifts */
    orr v11.16b, v0.16b, v4.16b
    umov x12, v11.d[0]
    CHECK 11, x12, 0xff06ff04ff02ff00
    bic v12.16b, v0.16b, v4.16b
    umov x13, v12.d[0]
    CHECK 12, x13, 0x0006000400020000
    shrn v13.8b, v0.8h, #4
    umov x14, v13.d[0]
    CHECK 13, x14, 0xf0d0b09070503010
    ushll v14.8h, v0.8b, #1
    umov x15, v14.d[0]
    CHECK 14, x15, 0x0006000400020000
    /* permutes */
    ext v15.16b, v0.16b, v1.16b, #15
    umov w1, v15.b[0]
    CHECK 15, x1, 15
    zip1 v16.16b, v0.16b, v5.16b
    umov x2, v16.d[0]
    CHECK 16, x2, 0x0a030a020a010a00
    uzp2 v17.8h, v0.8h, v0.8h
    umov x3, v17.d[0]
    CHECK 17, x3, 0x0f0e0b0a07060302
    rev64 v18.16b, v0.16b
    umov x4, v18.d[0]
    CHECK 18, x4, 0x0001020304050607
    movi v19.16b, #3
    tbl v20.16b, {v0.16b}, v19.16b
    umov x5, v20.d[0]
    CHECK 19, x5, 0x0303030303030303
    cnt v21.8b, v0.8b
    umov x6, v21.d[0]
    CHECK 20, x6, 0x0302020102010100
    /* arithmetic */
    add v22.4s, v0.4s, v0.4s
    umov w7, v22.s[1]
    CHECK 21, x7, 0x0e0c0a08
    sub v23.2d, v22.2d, v0.2d
    umov x8, v23.d[1]
    CHECK 22, x8, 0x0f0e0d0c0b0a0908
    mul v24.8h, v0.8h, v5.8h
    umov w9, v24.h[0]
    CHECK 23, x9, 0x0a00
    /* FP vector */
    fmov v25.4s, #2.0
    movi v26.4s, #3
    scvtf v26.4s, v26.4s
    fmul v27.4s, v25.4s, v26.4s
    fcvtzs v28.4s, v27.4s
    umov w10, v28.s[3]
    CHECK 24, x10, 6
    fmov v29.2d, #2.0
    fadd v29.2d, v29.2d, v29.2d
    umov x11, v29.d[1]
    CHECK 25, x11, 0x4010000000000000
    /* LD1/ST1 multiple, post-index */
    ldr x1, =dst
    mov x2, x1
    st1 {v0.16b, v1.16b}, [x2], #32
    sub x3, x2, x1
    CHECK 26, x3, 32
    ldr x4, [x1, #16]
    CHECK 27, x4, 0x4141414141414141
    ld2 {v30.8b, v31.8b}, [x0]
    umov x5, v31.d[0]
    CHECK 28, x5, 0x0f0d0b0907050301
    ld1r {v2.8h}, [x0]
    umov w6, v2.h[7]
    CHECK 29, x6, 0x0100
    TEST_PASS
    TEST_FAIL_HANDLER
    .data
    .balign 16
src: .byte 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
dst: .space 64
