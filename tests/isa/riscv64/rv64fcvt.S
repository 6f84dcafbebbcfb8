/* RV64F/D compares, conversions and fmin/fmax at the edges of the ranges
 * the translator keeps inline (translate_fpcvt.c): the largest values that
 * still fit each integer type, the first that do not, -0 and small
 * negatives for the unsigned conversions, NaNs (saturating to the largest
 * value), unsigned 64-bit sources with the top bit set, a double that
 * rounds up to the smallest normal single (tiny after rounding: no
 * underflow), and singles that are not NaN-boxed. */
#include "macros.h"

TEST_START

    TEST_FTOI_D(1, "fcvt.w.d rtz 2^31-0.5", fcvt.w.d, RM(rtz), 0x7fffffff, FFLAGS_NX, 0x41dfffffffe00000)
    TEST_FTOI_D(2, "fcvt.w.d rne 2^31-0.5", fcvt.w.d, RM(rne), 0x7fffffff, FFLAGS_NV, 0x41dfffffffe00000)
    TEST_FTOI_D(3, "fcvt.w.d rtz -2^31-0.5", fcvt.w.d, RM(rtz), 0xffffffff80000000, FFLAGS_NX, 0xc1e0000000100000)
    TEST_FTOI_D(4, "fcvt.w.d rtz -2^31-1", fcvt.w.d, RM(rtz), 0xffffffff80000000, FFLAGS_NV, 0xc1e0000000200000)
    TEST_FTOI_D(5, "fcvt.w.d rup 2^31-1.5", fcvt.w.d, RM(rup), 0x7fffffff, FFLAGS_NX, 0x41dfffffffa00000)
    TEST_FTOI_D(6, "fcvt.w.d rdn -2^31+0.5", fcvt.w.d, RM(rdn), 0xffffffff80000000, FFLAGS_NX, 0xc1dfffffffe00000)
    TEST_FTOI_D(7, "fcvt.w.d nan", fcvt.w.d, RM(rtz), 0x7fffffff, FFLAGS_NV, 0xfff8000000000000)
    TEST_FTOI_D(8, "fcvt.w.d -0", fcvt.w.d, RM(rtz), 0, 0, 0x8000000000000000)
    TEST_FTOI_D(9, "fcvt.wu.d rtz 2^32-0.5", fcvt.wu.d, RM(rtz), 0xffffffffffffffff, FFLAGS_NX, 0x41efffffffff0000)
    TEST_FTOI_D(10, "fcvt.wu.d rtz 2^32", fcvt.wu.d, RM(rtz), 0xffffffffffffffff, FFLAGS_NV, 0x41f0000000000000)
    TEST_FTOI_D(11, "fcvt.wu.d rtz -0.5", fcvt.wu.d, RM(rtz), 0, FFLAGS_NX, 0xbfe0000000000000)
    TEST_FTOI_D(12, "fcvt.wu.d rtz -1", fcvt.wu.d, RM(rtz), 0, FFLAGS_NV, 0xbff0000000000000)
    TEST_FTOI_D(13, "fcvt.wu.d -0", fcvt.wu.d, RM(rtz), 0, 0, 0x8000000000000000)
    TEST_FTOI_D(14, "fcvt.wu.d 2^31", fcvt.wu.d, RM(rtz), 0xffffffff80000000, 0, 0x41e0000000000000)
    TEST_FTOI_D(15, "fcvt.wu.d rdn -0.5", fcvt.wu.d, RM(rdn), 0, FFLAGS_NV, 0xbfe0000000000000)
    TEST_FTOI_D(16, "fcvt.lu.d 2^63", fcvt.lu.d, RM(rtz), 0x8000000000000000, 0, 0x43e0000000000000)
    TEST_FTOI_D(17, "fcvt.lu.d 2^64", fcvt.lu.d, RM(rtz), 0xffffffffffffffff, FFLAGS_NV, 0x43f0000000000000)
    TEST_FTOI_D(18, "fcvt.lu.d nan", fcvt.lu.d, RM(rtz), 0xffffffffffffffff, FFLAGS_NV, 0x7ff0000000000001)
    TEST_FTOI_D(19, "fcvt.lu.d 2^63-1024", fcvt.lu.d, RM(rne), 0x7ffffffffffffc00, 0, 0x43dfffffffffffff)
    TEST_FTOI_D(20, "fcvt.l.d nan", fcvt.l.d, RM(rtz), 0x7fffffffffffffff, FFLAGS_NV, 0x7ff8000000000000)
    TEST_FTOI_D(21, "fcvt.l.d -inf", fcvt.l.d, RM(rtz), 0x8000000000000000, FFLAGS_NV, 0xfff0000000000000)
    TEST_FTOI_D(22, "fcvt.l.d -2^63", fcvt.l.d, RM(rtz), 0x8000000000000000, 0, 0xc3e0000000000000)
    TEST_FTOI_D(23, "fcvt.l.d 2^63", fcvt.l.d, RM(rtz), 0x7fffffffffffffff, FFLAGS_NV, 0x43e0000000000000)
    TEST_FTOI_D(24, "fcvt.l.d rne 2.5", fcvt.l.d, RM(rne), 2, FFLAGS_NX, 0x4004000000000000)
    TEST_FTOI_D(25, "fcvt.l.d rne 3.5", fcvt.l.d, RM(rne), 4, FFLAGS_NX, 0x400c000000000000)
    TEST_FTOI_D(26, "fcvt.l.d rdn -tiny", fcvt.l.d, RM(rdn), 0xffffffffffffffff, FFLAGS_NX, 0x8000000000000001)
    TEST_FTOI_D(27, "fcvt.l.d rup tiny", fcvt.l.d, RM(rup), 1, FFLAGS_NX, 0x0000000000000001)
    TEST_FTOI_D(28, "fcvt.l.d rmm -2.5", fcvt.l.d, RM(rmm), 0xfffffffffffffffd, FFLAGS_NX, 0xc004000000000000)
    TEST_FTOI_S(29, "fcvt.w.s 2^31", fcvt.w.s, RM(rtz), 0x7fffffff, FFLAGS_NV, 0x4f000000)
    TEST_FTOI_S(30, "fcvt.w.s -2^31", fcvt.w.s, RM(rtz), 0xffffffff80000000, 0, 0xcf000000)
    TEST_FTOI_S(31, "fcvt.wu.s 2^32-256", fcvt.wu.s, RM(rtz), 0xffffffffffffff00, 0, 0x4f7fffff)
    TEST_FTOI_S(32, "fcvt.lu.s 2^64", fcvt.lu.s, RM(rtz), 0xffffffffffffffff, FFLAGS_NV, 0x5f800000)
    TEST_FTOI_S(33, "fcvt.l.s snan", fcvt.l.s, RM(rtz), 0x7fffffffffffffff, FFLAGS_NV, 0x7f800001)
    TEST_FTOI_S(34, "fcvt.l.s -1.5", fcvt.l.s, RM(rtz), 0xffffffffffffffff, FFLAGS_NX, 0xbfc00000)
    TEST_ITOF_D(35, "fcvt.d.lu 2^64-1", fcvt.d.lu, RM(rne), 0x43f0000000000000, FFLAGS_NX, 0xffffffffffffffff)
    TEST_ITOF_D(36, "fcvt.d.lu rtz 2^64-1", fcvt.d.lu, RM(rtz), 0x43efffffffffffff, FFLAGS_NX, 0xffffffffffffffff)
    TEST_ITOF_D(37, "fcvt.d.wu upper bits ignored", fcvt.d.wu, , 0x41efffffffe00000, 0, 0xffffffffffffffff)
    TEST_ITOF_D(38, "fcvt.d.w -2^31", fcvt.d.w, , 0xc1e0000000000000, 0, 0x0000000080000000)
    TEST_ITOF_D(39, "fcvt.d.l 2^63-1", fcvt.d.l, RM(rne), 0x43e0000000000000, FFLAGS_NX, 0x7fffffffffffffff)
    TEST_ITOF_S(40, "fcvt.s.lu top bit", fcvt.s.lu, RM(rne), 0x5f000001, FFLAGS_NX, 0x8000008000000001)
    TEST_ITOF_S(41, "fcvt.s.wu 2^32-1", fcvt.s.wu, RM(rne), 0x4f800000, FFLAGS_NX, 0xffffffff)
    TEST_ITOF_S(42, "fcvt.s.w rdn", fcvt.s.w, RM(rdn), 0xcf000000, FFLAGS_NX, 0x80000001)
    TEST_ITOF_S(43, "fcvt.s.l 0", fcvt.s.l, RM(rne), 0, 0, 0)
    TEST_FCVT_S_D(44, "fcvt.s.d to min normal", RM(rne), 0x00800000, FFLAGS_NX, 0x380fffffffffffff)
    TEST_FCVT_S_D(45, "fcvt.s.d tiny", RM(rne), 0x00000000, FFLAGS_NX | FFLAGS_UF, 0x3690000000000000)
    TEST_FCVT_S_D(46, "fcvt.s.d snan", RM(rne), 0x7fc00000, FFLAGS_NV, 0x7ff0000000000001)
    TEST_FCVT_S_D(47, "fcvt.s.d overflow", RM(rne), 0x7f800000, FFLAGS_OF | FFLAGS_NX, 0x7e37e43c8800759c)
    TEST_FCVT_S_D(48, "fcvt.s.d rtz overflow", RM(rtz), 0x7f7fffff, FFLAGS_OF | FFLAGS_NX, 0x7e37e43c8800759c)
    TEST_FCVT_D_S(49, "fcvt.d.s qnan payload dropped", 0x7ff8000000000000, 0, 0x7fc00123)
    TEST_FCVT_D_S(50, "fcvt.d.s -inf", 0xfff0000000000000, 0, 0xff800000)
    TEST_FCVT_D_S(51, "fcvt.d.s denormal", 0x36a0000000000000, 0, 0x00000001)
    TEST_FCMP_D(52, "feq.d qnan", feq.d, 0, 0, 0x7ff8000000000000, 0x7ff8000000000000)
    TEST_FCMP_D(53, "feq.d snan", feq.d, 0, FFLAGS_NV, 0x7ff0000000000001, 0x3ff0000000000000)
    TEST_FCMP_D(54, "flt.d qnan", flt.d, 0, FFLAGS_NV, 0x3ff0000000000000, 0x7ff8000000000000)
    TEST_FCMP_D(55, "fle.d qnan", fle.d, 0, FFLAGS_NV, 0x7ff8000000000000, 0x3ff0000000000000)
    TEST_FCMP_D(56, "feq.d -0 +0", feq.d, 1, 0, 0x8000000000000000, 0)
    TEST_FCMP_D(57, "flt.d -0 +0", flt.d, 0, 0, 0x8000000000000000, 0)
    TEST_FCMP_D(58, "fle.d -0 +0", fle.d, 1, 0, 0x8000000000000000, 0)
    TEST_FCMP_D(59, "flt.d -inf 1", flt.d, 1, 0, 0xfff0000000000000, 0x3ff0000000000000)
    TEST_FCMP_D(60, "fle.d 1 -inf", fle.d, 0, 0, 0x3ff0000000000000, 0xfff0000000000000)
    TEST_FCMP_D(61, "flt.d denormals", flt.d, 1, 0, 0x0000000000000001, 0x0000000000000002)
    TEST_FCMP_S(62, "feq.s", feq.s, 1, 0, 0x3f800000, 0x3f800000)
    TEST_FCMP_S(63, "flt.s qnan", flt.s, 0, FFLAGS_NV, 0x7fc00000, 0x3f800000)
    TEST_FRR_D(64, "fmin.d -0 +0", fmin.d, , 0x8000000000000000, 0, 0, 0x8000000000000000)
    TEST_FRR_D(65, "fmax.d -0 +0", fmax.d, , 0, 0, 0x8000000000000000, 0)
    TEST_FRR_D(66, "fmin.d qnan x", fmin.d, , 0x3ff0000000000000, 0, 0x7ff8000000000001, 0x3ff0000000000000)
    TEST_FRR_D(67, "fmax.d x snan", fmax.d, , 0x3ff0000000000000, FFLAGS_NV, 0x3ff0000000000000, 0x7ff0000000000001)
    TEST_FRR_D(68, "fmin.d nan nan", fmin.d, , 0x7ff8000000000000, 0, 0x7ff8000000000001, 0xfff8000000000000)
    TEST_FRR_D(69, "fmax.d -inf 1", fmax.d, , 0x3ff0000000000000, 0, 0xfff0000000000000, 0x3ff0000000000000)
    TEST_FRR_D(70, "fmin.d denormal", fmin.d, , 0x8000000000000001, 0, 0x8000000000000001, 0x0000000000000001)
    TEST_FRR_S(71, "fmin.s -0 +0", fmin.s, , 0x80000000, 0, 0, 0x80000000)
    TEST_FRR_S(72, "fmax.s 2 1", fmax.s, , 0x40000000, 0, 0x40000000, 0x3f800000)
    /* A single that is not NaN-boxed reads as the canonical NaN. */
    li a1, 0x3f800000
    fmv.d.x fa1, a1
    fsflags zero
    feq.s a0, fa1, fa1
    frflags a3
    CHECK_IMM(73, "feq.s unboxed", a0, 0)
    CHECK_IMM(73, "feq.s unboxed (fflags)", a3, 0)
    fcvt.w.s a0, fa1, rtz
    frflags a3
    CHECK_IMM(74, "fcvt.w.s unboxed", a0, 0x7fffffff)
    CHECK_IMM(74, "fcvt.w.s unboxed (fflags)", a3, FFLAGS_NV)
    fsflags zero
    fmin.s fa0, fa1, fa1
    fmv.x.d a0, fa0
    CHECK_IMM(75, "fmin.s unboxed", a0, 0xffffffff7fc00000)
    fcvt.d.s fa0, fa1
    fmv.x.d a0, fa0
    CHECK_IMM(76, "fcvt.d.s unboxed", a0, 0x7ff8000000000000)
    /* dynamic rounding modes */
    fsrmi FRM_RUP
    TEST_FTOI_D(77, "fcvt.l.d dyn=rup", fcvt.l.d, RM(dyn), 3, FFLAGS_NX, 0x4004000000000000)
    TEST_ITOF_S(78, "fcvt.s.l dyn=rup", fcvt.s.l, RM(dyn), 0x4b800001, FFLAGS_NX, 16777217)
    TEST_FCVT_S_D(79, "fcvt.s.d dyn=rup", RM(dyn), 0x3f800001, FFLAGS_NX, 0x3ff0000010000000)
    fsrmi FRM_RNE
    TEST_FTOI_D(80, "fcvt.l.d dyn=rne", fcvt.l.d, RM(dyn), 2, FFLAGS_NX, 0x4004000000000000)
    TEST_ITOF_S(81, "fcvt.s.l dyn=rne", fcvt.s.l, RM(dyn), 0x4b800000, FFLAGS_NX, 16777217)

TEST_END
