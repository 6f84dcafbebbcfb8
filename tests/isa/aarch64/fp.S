/* Scalar floating point: arithmetic, FMA, conversions, rounding modes,
 * FRINT*, compares, NaN rules, FPSR flags. */
#include "macros.h"
    TEST_START
    fmov d0, #1.5
    fmov d1, #2.0
    fadd d2, d0, d1
    fmov x0, d2
    CHECK 1, x0, 0x400c000000000000
    fmul s3, s0, s0
    fmov s4, #1.5
    fmul s3, s4, s4
    fmov w1, s3
    CHECK 2, x1, 0x40100000
    fdiv d5, d0, d1
    fmov x2, d5
    CHECK 3, x2, 0x3fe8000000000000
    fmadd d6, d0, d1, d1
    fmov x3, d6
    CHECK 4, x3, 0x4014000000000000
    fnmsub d7, d0, d1, d1
    fmov x4, d7
    CHECK 5, x4, 0x3ff0000000000000
    fsqrt d8, d1
    fmov x5, d8
    CHECK 6, x5, 0x3ff6a09e667f3bcd
    /* conversions */
    fmov d9, #-2.5
    fcvtzs x6, d9
    CHECK 7, x6, -2
    fcvtas x7, d9
    CHECK 8, x7, -3
    fcvtns x8, d9
    CHECK 9, x8, -2
    fcvtms w9, d9
    CHECK 10, x9, 0xfffffffd
    fcvtzu x10, d9
    CHECK 11, x10, 0
    mov x11, #-3
    scvtf d10, x11
    fmov x12, d10
    CHECK 12, x12, 0xc008000000000000
    ucvtf s11, w11
    fmov w13, s11
    CHECK 13, x13, 0x4f800000
    fcvt s12, d0
    fmov w14, s12
    CHECK 14, x14, 0x3fc00000
    fcvt h13, d9
    fmov w15, s13
    CHECK 15, x15, 0xc100
    fcvt d14, h13
    fmov x16, d14
    ldr x18, =0xc004000000000000
    cmp x16, x18
    b.ne fail_16
    /* fixed point */
    mov w0, #3
    scvtf d15, w0, #1
    fmov x1, d15
    CHECK 17, x1, 0x3ff8000000000000
    fcvtzs w2, d15, #2
    CHECK 18, x2, 6
    /* FRINT */
    frintm d16, d9
    fmov x3, d16
    CHECK 19, x3, 0xc008000000000000
    frinta d16, d9
    fmov x3, d16
    CHECK 20, x3, 0xc008000000000000
    frintn d16, d9
    fmov x3, d16
    CHECK 21, x3, 0xc000000000000000
    /* rounding mode RZ via FPCR, inexact flag */
    msr fpsr, xzr
    mov x4, #0x00c00000
    msr fpcr, x4
    frinti d17, d9
    fmov x5, d17
    CHECK 22, x5, 0xc000000000000000
    fmov d18, #1.0
    fmov d19, #3.0
    fdiv d20, d18, d19
    fmov x6, d20
    CHECK 23, x6, 0x3fd5555555555555
    msr fpcr, xzr
    mrs x7, fpsr
    CHECK 24, x7, 0x10
    /* compares */
    fcmp d0, d1
    CHECK_NZCV 25, 0x8
    fcmp d1, #0.0
    CHECK_NZCV 26, 0x2
    /* NaN: default NaN from 0/0, propagation of the first NaN, SNaN quieted */
    msr fpsr, xzr
    movi d21, #0
    fdiv d22, d21, d21
    fmov x8, d22
    CHECK 27, x8, 0x7ff8000000000000
    mrs x9, fpsr
    CHECK 28, x9, 1
    ldr x10, =0x7ff0000000000001
    fmov d23, x10
    ldr x11, =0xfff8000000000002
    fmov d24, x11
    fadd d25, d24, d23
    fmov x12, d25
    CHECK 29, x12, 0x7ff8000000000001
    fadd d25, d24, d0
    fmov x12, d25
    CHECK 30, x12, 0xfff8000000000002
    fcmp d23, d0
    CHECK_NZCV 31, 0x3
    fmaxnm d26, d24, d0
    fmov x13, d26
    CHECK 32, x13, 0x3ff8000000000000
    fmov d27, #-1.0
    fmul d27, d27, d21
    fmax d28, d27, d21
    fmov x14, d28
    CHECK 33, x14, 0
    fmin d28, d21, d27
    fmov x14, d28
    CHECK 34, x14, 0x8000000000000000
    /* FNMUL negates a NaN result; FABD clears its sign (FPNeg/FPAbs) */
    ldr x1, =0x7ff8000000000001
    fmov d1, x1
    fmov d2, #1.0
    fnmul d3, d1, d2
    fmov x3, d3
    CHECK 35, x3, 0xfff8000000000001
    ldr w1, =0xffc00001
    fmov s1, w1
    fmov s2, #1.0
    fabd s3, s1, s2
    fmov w3, s3
    CHECK 36, x3, 0x7fc00001
    /* FRECPS negates its first operand first, NaN included */
    ldr w1, =0x7fc00005
    fmov s1, w1
    frecps s3, s1, s2
    fmov w3, s3
    CHECK 37, x3, 0xffc00005
    /* FRECPS of infinity and zero: 2.0 without Invalid Operation */
    msr fpsr, xzr
    ldr w1, =0x7f800000
    fmov s1, w1
    movi d4, #0
    frecps s3, s1, s4
    fmov w3, s3
    CHECK 38, x3, 0x40000000
    mrs x3, fpsr
    CHECK 39, x3, 0
    /* FRSQRTS rounds (3 + a*b)/2 once: no overflow on the way */
    ldr w1, =0x7f000000
    fmov s1, w1
    fmov s2, #2.0
    frsqrts s3, s1, s2
    fmov w3, s3
    CHECK 40, x3, 0xff000000
    /* FPCR.FZ: a denormal input is zero and sets IDC; a flushed result
     * sets UFC but not IXC */
    mov x1, #(1 << 24)
    msr fpcr, x1
    msr fpsr, xzr
    mov w1, #1
    fmov s1, w1
    fmov s2, #1.0
    fadd s3, s1, s2
    fmov w3, s3
    CHECK 41, x3, 0x3f800000
    mrs x3, fpsr
    CHECK 42, x3, 0x80
    msr fpsr, xzr
    ldr w1, =0x0d800000
    fmov s1, w1
    fmul s3, s1, s1
    fmov w3, s3
    CHECK 43, x3, 0
    mrs x3, fpsr
    CHECK 44, x3, 0x08
    /* FPCR.AHP: half precision without infinities or NaNs */
    mov x1, #(1 << 26)
    msr fpcr, x1
    msr fpsr, xzr
    ldr w1, =0x7f800000
    fmov s1, w1
    fcvt h3, s1
    fmov w3, s3
    CHECK 45, x3, 0x7fff
    mrs x3, fpsr
    CHECK 46, x3, 0x01
    mov w1, #0x7c00
    fmov s1, w1
    fcvt s3, h1
    fmov w3, s3
    CHECK 47, x3, 0x47800000
    msr fpcr, xzr
    msr fpsr, xzr
    /* Tininess is detected before rounding: a product that rounds up to
     * the smallest normal number underflows */
    ldr w1, =0x3f7fffff
    fmov s1, w1
    ldr w1, =0x00800000
    fmov s2, w1
    fmul s3, s1, s2
    fmov w3, s3
    CHECK 48, x3, 0x00800000
    mrs x3, fpsr
    CHECK 49, x3, 0x18
    msr fpsr, xzr
    /* The same for a fused multiply-add (max subnormal + 2^-1074 * ... ):
     * 0x000fffffffffffff * (1 + 2^-52) rounds up to 2^-1022. */
    ldr x1, =0x000fffffffffffff
    fmov d1, x1
    ldr x1, =0x3ff0000000000001
    fmov d2, x1
    fmov d4, xzr
    fmadd d3, d1, d2, d4
    fmov x3, d3
    CHECK 50, x3, 0x0010000000000000
    mrs x3, fpsr
    CHECK 51, x3, 0x18
    msr fpsr, xzr
    /* FPCR changes at run time, in the middle of straight-line code:
     * 1 + 2^-60 rounds to 1 in RN, up in RP, and DN gives the default NaN */
    fmov d1, #1.0
    ldr x1, =0x3c30000000000000
    fmov d2, x1
    fadd d3, d1, d2
    fmov x3, d3
    CHECK 52, x3, 0x3ff0000000000000
    mov x1, #(1 << 22)
    msr fpcr, x1
    fadd d3, d1, d2
    fmov x3, d3
    CHECK 53, x3, 0x3ff0000000000001
    mov x1, #(1 << 25)
    msr fpcr, x1
    ldr x1, =0xfff0000000000001
    fmov d2, x1
    fadd d3, d1, d2
    fmov x3, d3
    CHECK 54, x3, 0x7ff8000000000000
    msr fpcr, xzr
    /* ARM propagates the first signalling NaN (quieted) over an earlier
     * quiet one; x86 would return the first operand */
    ldr x1, =0x7ff8000000000005
    fmov d1, x1
    fsub d3, d1, d2
    fmov x3, d3
    CHECK 55, x3, 0xfff8000000000001
    mrs x3, fpsr
    CHECK 56, x3, 0x11
    msr fpsr, xzr
    fcsel d29, d0, d1, eq
    b 1f
fail_16:
    mov x17, #16
    b test_fail
1:
    TEST_PASS
    TEST_FAIL_HANDLER
