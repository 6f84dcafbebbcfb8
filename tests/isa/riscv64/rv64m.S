/* RV64M: mul, mulh, mulhsu, mulhu, div, divu, rem, remu and the W forms
 * mulw, divw, divuw, remw, remuw: signs, high halves, division by zero
 * (quotient all ones, remainder the dividend), the signed overflow
 * INT_MIN / -1 (quotient INT_MIN, remainder 0), and the W forms' use of
 * only the low 32 bits of each source with a sign-extended result. */
#include "macros.h"

TEST_START

    /* ---- mul ---- */
    TEST_RR(1, "mul", mul, 0xc, 0x3, 0x4)
    TEST_RR(2, "mul -1*-1", mul, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(3, "mul INT_MAX*2", mul, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x2)
    TEST_RR(4, "mul INT_MIN*-1", mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(5, "mul 2^64 wraps", mul, 0x0, 0x100000000, 0x100000000)
    TEST_RR(6, "mul", mul, 0xd77d742cce1833a9, 0x123456789, 0x987654321)
    TEST_RR(7, "mul", mul, 0x7eb689f4ea447d62, 0xdeadbeefcafebabe, 0x123456789abcdef)

    /* ---- mulh ---- */
    TEST_RR(8, "mulh -1*-1", mulh, 0x0, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(9, "mulh INT_MIN^2", mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(10, "mulh -1*1", mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x1)
    TEST_RR(11, "mulh INT_MAX^2", mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
    TEST_RR(12, "mulh INT_MIN*INT_MAX", mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(13, "mulh", mulh, 0xffda16776506d22e, 0xdeadbeefcafebabe, 0x123456789abcdef)
    TEST_RR(14, "mulh small", mulh, 0x0, 0x5, 0x7)

    /* ---- mulhu ---- */
    TEST_RR(15, "mulhu max^2", mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(16, "mulhu", mulhu, 0x1, 0x8000000000000000, 0x2)
    TEST_RR(17, "mulhu", mulhu, 0xfd5bdeeeb2a01d, 0xdeadbeefcafebabe, 0x123456789abcdef)
    TEST_RR(18, "mulhu small", mulhu, 0x0, 0x5, 0x7)

    /* ---- mulhsu ---- */
    TEST_RR(19, "mulhsu -1*umax", mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(20, "mulhsu -1*1", mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x1)
    TEST_RR(21, "mulhsu 2*2^63", mulhsu, 0x1, 0x2, 0x8000000000000000)
    TEST_RR(22, "mulhsu INT_MIN*umax", mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(23, "mulhsu INT_MAX*umax", mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff)
    TEST_RR(24, "mulhsu", mulhsu, 0xe09cf9783355a140, 0xdeadbeefcafebabe, 0xf123456789abcdef)

    /* ---- div ---- */
    TEST_RR(25, "div", div, 0x3, 0x14, 0x6)
    TEST_RR(26, "div -20/6", div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x6)
    TEST_RR(27, "div 20/-6", div, 0xfffffffffffffffd, 0x14, 0xfffffffffffffffa)
    TEST_RR(28, "div -20/-6", div, 0x3, 0xffffffffffffffec, 0xfffffffffffffffa)
    TEST_RR(29, "div by zero", div, 0xffffffffffffffff, 0x5, 0x0)
    TEST_RR(30, "div 0/0", div, 0xffffffffffffffff, 0x0, 0x0)
    TEST_RR(31, "div INT_MIN/-1 overflow", div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(32, "div INT_MIN/1", div, 0x8000000000000000, 0x8000000000000000, 0x1)
    TEST_RR(33, "div", div, 0xc000000000000000, 0x8000000000000000, 0x2)

    /* ---- divu ---- */
    TEST_RR(34, "divu", divu, 0x3, 0x14, 0x6)
    TEST_RR(35, "divu big", divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x6)
    TEST_RR(36, "divu by zero", divu, 0xffffffffffffffff, 0x5, 0x0)
    TEST_RR(37, "divu max/max", divu, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(38, "divu", divu, 0x0, 0x8000000000000000, 0xffffffffffffffff)

    /* ---- rem ---- */
    TEST_RR(39, "rem", rem, 0x2, 0x14, 0x6)
    TEST_RR(40, "rem -20%6", rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x6)
    TEST_RR(41, "rem 20%-6", rem, 0x2, 0x14, 0xfffffffffffffffa)
    TEST_RR(42, "rem -20%-6", rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa)
    TEST_RR(43, "rem by zero", rem, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0)
    TEST_RR(44, "rem INT_MIN%-1 overflow", rem, 0x0, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(45, "rem", rem, 0xfffffffffffffffe, 0x8000000000000000, 0x3)

    /* ---- remu ---- */
    TEST_RR(46, "remu", remu, 0x2, 0x14, 0x6)
    TEST_RR(47, "remu big", remu, 0x2, 0xffffffffffffffec, 0x6)
    TEST_RR(48, "remu by zero", remu, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0)
    TEST_RR(49, "remu", remu, 0x2, 0x8000000000000000, 0x3)

    /* ---- mulw ---- */
    TEST_RR(50, "mulw sign-extends", mulw, 0xfffffffffffffffe, 0x7fffffff, 0x2)
    TEST_RR(51, "mulw upper ignored", mulw, 0xf, 0x100000003, 0x100000005)
    TEST_RR(52, "mulw wraps to 0", mulw, 0x0, 0x10000, 0x10000)
    TEST_RR(53, "mulw INT32_MIN", mulw, 0xffffffff80000000, 0x8000, 0x10000)
    TEST_RR(54, "mulw -3*7", mulw, 0xffffffffffffffeb, 0xfffffffffffffffd, 0x7)
    TEST_RR(55, "mulw", mulw, 0x242d2080, 0x12345678, 0x9abcdef0)

    /* ---- divw ---- */
    TEST_RR(56, "divw -20/6", divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x6)
    TEST_RR(57, "divw upper ignored", divw, 0x3, 0xffffffff00000014, 0x6)
    TEST_RR(58, "divw by zero", divw, 0xffffffffffffffff, 0x5, 0x0)
    TEST_RR(59, "divw INT32_MIN/-1 overflow", divw, 0xffffffff80000000, 0x80000000, 0xffffffffffffffff)
    TEST_RR(60, "divw sign-extends", divw, 0xffffffff80000000, 0x80000000, 0x1)
    TEST_RR(61, "divw 20/-1", divw, 0xffffffffffffffec, 0x14, 0xffffffff)
    TEST_RR(62, "divw upper of divisor ignored", divw, 0x3fffffff, 0x7fffffff, 0x100000002)

    /* ---- divuw ---- */
    TEST_RR(63, "divuw positive", divuw, 0x2aaaaaa7, 0xffffffec, 0x6)
    TEST_RR(64, "divuw sign-extends", divuw, 0xffffffffffffffff, 0xffffffff, 0x1)
    TEST_RR(65, "divuw by zero", divuw, 0xffffffffffffffff, 0x5, 0x0)
    TEST_RR(66, "divuw upper ignored", divuw, 0x3, 0x1234567800000014, 0xff00000006)
    TEST_RR(67, "divuw", divuw, 0x0, 0x80000000, 0xffffffffffffffff)

    /* ---- remw ---- */
    TEST_RR(68, "remw -20%6", remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x6)
    TEST_RR(69, "remw by zero: sext(dividend)", remw, 0xffffffff80000001, 0x1234567880000001, 0x0)
    TEST_RR(70, "remw INT32_MIN%-1 overflow", remw, 0x0, 0x80000000, 0xffffffffffffffff)
    TEST_RR(71, "remw 20%-6", remw, 0x2, 0x14, 0xfffffffffffffffa)
    TEST_RR(72, "remw upper ignored", remw, 0x2, 0xffffffff00000014, 0x100000006)

    /* ---- remuw ---- */
    TEST_RR(73, "remuw", remuw, 0x2, 0xffffffec, 0x6)
    TEST_RR(74, "remuw by zero: sext(dividend)", remuw, 0xffffffff80000001, 0x80000001, 0x0)
    TEST_RR(75, "remuw", remuw, 0x7fffffff, 0xffffffff, 0x80000000)
    TEST_RR(76, "remuw sign-extends", remuw, 0xfffffffffffffffe, 0xfffffffe, 0xffffffff)
    TEST_RR(77, "remuw upper ignored", remuw, 0x2, 0x1234567800000014, 0x6)

    /* ---- register aliasing ---- */
    TEST_RR_SRC1_IS_DEST(78, "mul rd=rs1", mul, 42, 6, 7)
    TEST_RR_SAME_SRC(79, "mulhu rs1=rs2", mulhu, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_RR_SRC1_IS_DEST(80, "div rd=rs1", div, 0xfffffffffffffffd, -21, 7)
    TEST_RR_SAME_SRC(81, "rem rs1=rs2", rem, 0, -21)
    TEST_RR_ZERO_DEST(82, "divu to x0", divu, 21, 7)

TEST_END
