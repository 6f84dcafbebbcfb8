/* Scalar floating-point compares, selects and conversions at the edges:
 * NaNs, signed zeros, infinities, out-of-range values, every rounding
 * mode, FPCR.FZ, with the FPSR flags each raises.  The cases run 80 times
 * in a loop, so the later rounds run translated (the translator's
 * threshold is 50 entries); a failing case exits with its number. */
#include "macros.h"

#define FZ (1 << 24)
#define RP (1 << 22)
#define RM (2 << 22)
#define RZ (3 << 22)

    /* Dn = bits (x1 scratch). */
    .macro LOADD reg, bits
    ldr x1, =\bits
    fmov \reg, x1
    .endm
    .macro LOADS reg, bits
    ldr w1, =\bits
    fmov \reg, w1
    .endm

    /* FPSR must be fpsr (then cleared). */
    .macro FPSR_IS num, fpsr
    mrs x2, fpsr
    CHECK \num, x2, \fpsr
    msr fpsr, xzr
    .endm

    /* insn rd, Dn=in: rd (as an X register) must be out, FPSR fpsr. */
    .macro CVT_D num, insn, rd, in, out, fpsr
    LOADD d0, \in
    \insn \rd, d0
    CHECK \num, x0, \out
    FPSR_IS \num, \fpsr
    .endm
    .macro CVT_S num, insn, rd, in, out, fpsr
    LOADS s0, \in
    \insn \rd, s0
    CHECK \num, x0, \out
    FPSR_IS \num, \fpsr
    .endm

    /* insn vd, Xn/Wn=in: the bits of vd must be out. */
    .macro ICVT num, insn, vd, rn, in, out, fpsr
    ldr x3, =\in
    \insn \vd, \rn
    fmov x0, d0
    CHECK \num, x0, \out
    FPSR_IS \num, \fpsr
    .endm

    /* FCVT between precisions: d0 from s0, or s0 from d0. */
    .macro CVT_SD num, in, out, fpsr
    LOADS s1, \in
    fcvt d0, s1
    fmov x0, d0
    CHECK \num, x0, \out
    FPSR_IS \num, \fpsr
    .endm
    .macro CVT_DS num, in, out, fpsr
    LOADD d1, \in
    fcvt s0, d1
    fmov x0, d0         /* the upper half must be zero */
    CHECK \num, x0, \out
    FPSR_IS \num, \fpsr
    .endm

    /* cmp (fcmp/fcmpe) Dn=a, Dm=b: NZCV nzcv, FPSR fpsr. */
    .macro FCMPD num, cmp, a, b, nzcv, fpsr
    LOADD d0, \a
    LOADD d1, \b
    \cmp d0, d1
    CHECK_NZCV \num, \nzcv
    FPSR_IS \num, \fpsr
    .endm

    /* fcmp Dn=a, Dm=b then b.cond right after: taken must be 0 or 1; then
     * the same compare and csel, and fcsel. */
    .macro BCOND num, a, b, cond, taken
    LOADD d0, \a
    LOADD d1, \b
    fcmp d0, d1
    b.\cond 1f
    mov x5, #0
    b 2f
1:  mov x5, #1
2:  CHECK \num, x5, \taken
    mov x6, #1
    fcmp d0, d1
    csel x5, x6, xzr, \cond
    CHECK \num, x5, \taken
    fmov d2, #1.0
    movi d3, #0
    fcmpe d0, d1
    fcsel d4, d2, d3, \cond
    fmov x5, d4
    CHECK \num, x5, (\taken * 0x3ff0000000000000)
    msr fpsr, xzr
    .endm

    TEST_START
    mov x20, #80
round:
    bl cases
    subs x20, x20, #1
    b.ne round
    TEST_PASS

cases:
    msr fpcr, xzr
    msr fpsr, xzr
    /* FCVTZS/FCVTZU */
    CVT_D 1, fcvtzs, x0, 0x3ff8000000000000, 1, 0x10
    CVT_D 2, fcvtzs, x0, 0xbff8000000000000, -1, 0x10
    CVT_D 3, fcvtzs, x0, 0x7ff8000000000000, 0, 1
    CVT_D 4, fcvtzs, x0, 0x43e0000000000000, 0x7fffffffffffffff, 1
    CVT_D 5, fcvtzs, x0, 0xc3e0000000000000, 0x8000000000000000, 0
    CVT_D 6, fcvtzs, x0, 0xfff0000000000000, 0x8000000000000000, 1
    CVT_D 7, fcvtzs, x0, 0x7e37e43c8800759c, 0x7fffffffffffffff, 1
    CVT_D 8, fcvtzs, w0, 0x41dfffffffe00000, 0x7fffffff, 0x10
    CVT_D 9, fcvtzs, w0, 0x41e0000000000000, 0x7fffffff, 1
    CVT_D 10, fcvtzs, w0, 0xc1e0000000100000, 0x80000000, 0x10
    CVT_D 11, fcvtzs, w0, 0xc1e0000000200000, 0x80000000, 1
    CVT_D 12, fcvtzs, w0, 0x8000000000000000, 0, 0
    CVT_D 13, fcvtzs, w0, 0x0000000000000001, 0, 0x10
    CVT_D 14, fcvtzu, w0, 0xbfe0000000000000, 0, 0x10
    CVT_D 15, fcvtzu, w0, 0xbff0000000000000, 0, 1
    CVT_D 16, fcvtzu, w0, 0x41efffffffe00000, 0xffffffff, 0
    CVT_D 17, fcvtzu, w0, 0x41efffffffffffff, 0xffffffff, 0x10
    CVT_D 18, fcvtzu, w0, 0x41f0000000000000, 0xffffffff, 1
    CVT_D 19, fcvtzu, w0, 0x8000000000000000, 0, 0
    CVT_D 20, fcvtzu, x0, 0x43e0000000000000, 0x8000000000000000, 0
    CVT_D 21, fcvtzu, x0, 0x43f0000000000000, 0xffffffffffffffff, 1
    CVT_D 22, fcvtzu, x0, 0x43efffffffffffff, 0xfffffffffffff800, 0
    CVT_D 23, fcvtzu, x0, 0x4010000000000000, 4, 0
    CVT_D 24, fcvtzu, x0, 0xfff8000000000000, 0, 1
    CVT_S 25, fcvtzs, w0, 0x4f000000, 0x7fffffff, 1
    CVT_S 26, fcvtzs, w0, 0xcf000000, 0x80000000, 0
    CVT_S 27, fcvtzs, w0, 0x7fc00000, 0, 1
    CVT_S 28, fcvtzs, w0, 0x7f800001, 0, 1
    CVT_S 29, fcvtzs, x0, 0xbfc00000, -1, 0x10
    CVT_S 30, fcvtzu, x0, 0x5f800000, 0xffffffffffffffff, 1
    CVT_S 31, fcvtzu, x0, 0x5f7fffff, 0xffffff0000000000, 0
    CVT_S 32, fcvtzu, w0, 0x4f7fffff, 0xffffff00, 0
    CVT_S 33, fcvtzu, w0, 0x7f800000, 0xffffffff, 1
    /* FCVTNS/FCVTMS/FCVTPS/FCVTAS and the unsigned forms */
    CVT_D 34, fcvtns, w0, 0x4004000000000000, 2, 0x10
    CVT_D 35, fcvtns, w0, 0x400c000000000000, 4, 0x10
    CVT_D 36, fcvtns, x0, 0xc004000000000000, -2, 0x10
    CVT_D 37, fcvtns, w0, 0x41dfffffffe00000, 0x7fffffff, 1
    CVT_D 38, fcvtns, w0, 0x41dfffffffa00000, 0x7ffffffe, 0x10
    CVT_D 39, fcvtms, x0, 0xbfe0000000000000, -1, 0x10
    CVT_D 40, fcvtps, x0, 0x3fe0000000000000, 1, 0x10
    CVT_D 41, fcvtps, x0, 0xbfe0000000000000, 0, 0x10
    CVT_D 42, fcvtpu, w0, 0xbfe0000000000000, 0, 0x10
    CVT_D 43, fcvtmu, w0, 0xbfe0000000000000, 0, 1
    CVT_D 44, fcvtas, x0, 0xc004000000000000, -3, 0x10
    CVT_D 45, fcvtau, w0, 0x4004000000000000, 3, 0x10
    CVT_D 46, fcvtms, w0, 0xc1e0000000000000, 0x80000000, 0
    CVT_D 47, fcvtps, w0, 0x41dfffffffc00001, 0x7fffffff, 1
    CVT_D 48, fcvtmu, x0, 0x43efffffffffffff, 0xfffffffffffff800, 0
    CVT_S 49, fcvtns, w0, 0x3f000000, 0, 0x10
    CVT_S 50, fcvtps, w0, 0x3f000001, 1, 0x10
    CVT_S 51, fcvtms, x0, 0xff800000, 0x8000000000000000, 1
    CVT_D 52, fcvtns, x0, 0x0000000000000001, 0, 0x10
    /* SCVTF/UCVTF, then in the directed rounding modes */
    ICVT 53, scvtf, d0, x3, 0x7fffffffffffffff, 0x43e0000000000000, 0x10
    ICVT 54, ucvtf, d0, x3, 0xffffffffffffffff, 0x43f0000000000000, 0x10
    ICVT 55, ucvtf, d0, x3, 0x8000000000000001, 0x43e0000000000000, 0x10
    ICVT 56, ucvtf, s0, w3, 0xffffffff, 0x4f800000, 0x10
    ICVT 57, scvtf, s0, w3, 0x80000000, 0xcf000000, 0
    ICVT 58, ucvtf, d0, w3, 0xffffffff, 0x41efffffffe00000, 0
    ICVT 59, scvtf, d0, w3, 0xffffffff, 0xbff0000000000000, 0
    ICVT 60, ucvtf, s0, x3, 0x8000008000000001, 0x5f000001, 0x10
    ICVT 61, scvtf, d0, xzr, 0, 0, 0
    mov x4, #RZ
    msr fpcr, x4
    ICVT 62, ucvtf, s0, w3, 0xffffffff, 0x4f7fffff, 0x10
    ICVT 63, scvtf, d0, x3, 0x7fffffffffffffff, 0x43dfffffffffffff, 0x10
    mov x4, #RP
    msr fpcr, x4
    ICVT 64, scvtf, s0, w3, 0x7fffffff, 0x4f000000, 0x10
    ICVT 65, scvtf, s0, w3, 0x80000001, 0xceffffff, 0x10
    mov x4, #RM
    msr fpcr, x4
    ICVT 66, scvtf, s0, w3, 0x80000001, 0xcf000000, 0x10
    ICVT 67, ucvtf, d0, x3, 0xffffffffffffffff, 0x43efffffffffffff, 0x10
    msr fpcr, xzr
    /* FCVT between single and double */
    CVT_DS 68, 0x7e37e43c8800759c, 0x7f800000, 0x14
    CVT_DS 69, 0x7ff0000000000001, 0x7fc00000, 1
    CVT_DS 70, 0x7ff8000020000000, 0x7fc00001, 0
    CVT_DS 71, 0xfff0000000000000, 0xff800000, 0
    CVT_DS 72, 0x380fffffffffffff, 0x00800000, 0x18
    CVT_DS 73, 0x3730000000000000, 0x00000200, 0
    CVT_DS 74, 0x3ff0000010000000, 0x3f800000, 0x10
    CVT_DS 75, 0x8000000000000000, 0x80000000, 0
    CVT_DS 76, 0x36a0000000000000, 0x00000001, 0
    CVT_DS 77, 0x3690000000000000, 0x00000000, 0x18
    CVT_SD 78, 0x7f800001, 0x7ff8000020000000, 1
    CVT_SD 79, 0xff800000, 0xfff0000000000000, 0
    CVT_SD 80, 0x00000001, 0x36a0000000000000, 0
    CVT_SD 81, 0xffc00123, 0xfff8002460000000, 0
    mov x4, #RZ
    msr fpcr, x4
    CVT_DS 82, 0x7e37e43c8800759c, 0x7f7fffff, 0x14
    CVT_DS 83, 0x3ff0000010000000, 0x3f800000, 0x10
    mov x4, #RP
    msr fpcr, x4
    CVT_DS 84, 0x3ff0000010000000, 0x3f800001, 0x10
    mov x4, #FZ
    msr fpcr, x4
    CVT_DS 85, 0x380fffffffffffff, 0x00000000, 0x08
    CVT_SD 86, 0x00000001, 0x0000000000000000, 0x80
    CVT_D 87, fcvtzs, x0, 0x0000000000000001, 0, 0x80
    mov x4, #(1 << 25)          /* DN */
    msr fpcr, x4
    CVT_DS 88, 0xfff8000020000000, 0x7fc00000, 0
    CVT_SD 89, 0xff800001, 0x7ff8000000000000, 1
    msr fpcr, xzr
    /* FCMP/FCMPE */
    FCMPD 90, fcmp, 0x3ff0000000000000, 0x7ff8000000000000, 0x3, 0
    FCMPD 91, fcmpe, 0x3ff0000000000000, 0x7ff8000000000000, 0x3, 1
    FCMPD 92, fcmp, 0x7ff0000000000001, 0x3ff0000000000000, 0x3, 1
    FCMPD 93, fcmp, 0x8000000000000000, 0x0000000000000000, 0x6, 0
    FCMPD 94, fcmp, 0x7ff0000000000000, 0x3ff0000000000000, 0x2, 0
    FCMPD 95, fcmpe, 0xfff0000000000000, 0x3ff0000000000000, 0x8, 0
    FCMPD 96, fcmp, 0x0000000000000001, 0x0000000000000000, 0x2, 0
    LOADS s0, 0x7fc00000
    fcmp s0, #0.0
    CHECK_NZCV 97, 0x3
    FPSR_IS 97, 0
    fcmpe s0, #0.0
    CHECK_NZCV 98, 0x3
    FPSR_IS 98, 1
    LOADS s0, 0x80000000
    fcmpe s0, #0.0
    CHECK_NZCV 99, 0x6
    FPSR_IS 99, 0
    LOADS s0, 0x00000001
    fcmp s0, #0.0
    CHECK_NZCV 100, 0x2
    mov x4, #FZ
    msr fpcr, x4
    fcmp s0, #0.0
    CHECK_NZCV 101, 0x6
    FPSR_IS 101, 0x80
    msr fpcr, xzr
    /* conditions right after a compare */
    BCOND 102, 0x7ff8000000000000, 0x3ff0000000000000, vs, 1
    BCOND 103, 0x7ff8000000000000, 0x3ff0000000000000, ge, 0
    BCOND 104, 0x7ff8000000000000, 0x3ff0000000000000, lt, 1
    BCOND 105, 0x7ff8000000000000, 0x3ff0000000000000, hi, 1
    BCOND 106, 0x7ff8000000000000, 0x3ff0000000000000, ls, 0
    BCOND 107, 0x7ff8000000000000, 0x3ff0000000000000, gt, 0
    BCOND 108, 0x7ff8000000000000, 0x3ff0000000000000, le, 1
    BCOND 109, 0x7ff8000000000000, 0x3ff0000000000000, eq, 0
    BCOND 110, 0x7ff8000000000000, 0x3ff0000000000000, ne, 1
    BCOND 111, 0x7ff8000000000000, 0x3ff0000000000000, cs, 1
    BCOND 112, 0x7ff8000000000000, 0x3ff0000000000000, mi, 0
    BCOND 113, 0x3ff0000000000000, 0x4000000000000000, mi, 1
    BCOND 114, 0x3ff0000000000000, 0x4000000000000000, lt, 1
    BCOND 115, 0x3ff0000000000000, 0x4000000000000000, cc, 1
    BCOND 116, 0x3ff0000000000000, 0x4000000000000000, ls, 1
    BCOND 117, 0x4000000000000000, 0x3ff0000000000000, gt, 1
    BCOND 118, 0x4000000000000000, 0x3ff0000000000000, hi, 1
    BCOND 119, 0x4000000000000000, 0x3ff0000000000000, vc, 1
    BCOND 120, 0x8000000000000000, 0x0000000000000000, eq, 1
    BCOND 121, 0x8000000000000000, 0x0000000000000000, ge, 1
    BCOND 122, 0x8000000000000000, 0x0000000000000000, le, 1
    BCOND 123, 0x8000000000000000, 0x0000000000000000, hi, 0
    BCOND 124, 0x8000000000000000, 0x0000000000000000, al, 1
    /* FCCMP: the compare when the condition holds, else the immediate */
    LOADD d0, 0x7ff8000000000000
    LOADD d1, 0x3ff0000000000000
    cmp x20, x20
    fccmp d0, d1, #0x4, eq
    CHECK_NZCV 125, 0x3
    FPSR_IS 125, 0
    cmp x20, x20
    fccmpe d0, d1, #0x4, ne
    CHECK_NZCV 126, 0x4
    FPSR_IS 126, 0
    cmp x20, x20
    fccmpe d0, d1, #0x4, eq
    CHECK_NZCV 127, 0x3
    FPSR_IS 127, 1
    fcmp d1, d1
    fccmp d1, d0, #0x0, eq
    b.vs 1f
    mov x17, #128
    b test_fail
1:  msr fpsr, xzr
    ret

    .ltorg
    TEST_FAIL_HANDLER
