/* RV64A: lr/sc (success, the loaded value's sign extension, failure
 * without a reservation, after the reservation was used, and to another
 * address), and every AMO in .w and .d form with the .aq, .rl and .aqrl
 * variants: the old value returned (sign-extended for .w), the new value
 * in memory, and the .w forms leaving the neighbouring word alone. */
#include "macros.h"

TEST_START

    /* ---- sc without a reservation fails and does not store ---- */
    la s0, lr_word
    li a2, 0x1111111111111111
    sd a2, 0(s0)
    li a3, 0x2222222222222222
    sc.d a0, a3, (s0)
    ld a4, 0(s0)
    CHECK_IMM(1, "sc.d without lr: memory unchanged", a4, 0x1111111111111111)
    snez a0, a0
    CHECK_IMM(2, "sc.d without lr fails (rd != 0)", a0, 1)
    sc.w a0, a3, (s0)
    snez a0, a0
    CHECK_IMM(3, "sc.w without lr fails (rd != 0)", a0, 1)

    /* ---- lr.d / sc.d success ---- */
    lr.d a0, (s0)
    CHECK_IMM(4, "lr.d value", a0, 0x1111111111111111)
    li a3, 0x3333333333333333
    sc.d a0, a3, (s0)
    CHECK_IMM(5, "sc.d after lr.d succeeds (rd = 0)", a0, 0)
    ld a4, 0(s0)
    CHECK_IMM(6, "sc.d stored", a4, 0x3333333333333333)
    /* the reservation is gone after the sc */
    li a3, 0x4444444444444444
    sc.d a0, a3, (s0)
    snez a0, a0
    CHECK_IMM(7, "second sc.d fails", a0, 1)
    ld a4, 0(s0)
    CHECK_IMM(8, "second sc.d did not store", a4, 0x3333333333333333)

    /* ---- lr.w / sc.w: 32-bit, sign-extended, neighbour untouched ---- */
    li a2, 0x7777777780000001
    sd a2, 0(s0)
    lr.w a0, (s0)
    CHECK_IMM(9, "lr.w sign-extends", a0, 0xffffffff80000001)
    li a3, 0xffffffff0000abcd
    sc.w a0, a3, (s0)
    CHECK_IMM(10, "sc.w after lr.w succeeds", a0, 0)
    ld a4, 0(s0)
    CHECK_IMM(11, "sc.w stored 32 bits", a4, 0x777777770000abcd)
    lr.w a0, (s0)
    CHECK_IMM(12, "lr.w positive", a0, 0xabcd)
    sc.w zero, a3, (s0)         /* succeeds; the result is discarded */
    sc.w a0, a3, (s0)
    snez a0, a0
    CHECK_IMM(13, "second sc.w fails", a0, 1)

    /* ---- the ordering variants ---- */
    lr.d.aq a0, (s0)
    li a3, 0x5555555555555555
    sc.d.rl a0, a3, (s0)
    CHECK_IMM(14, "lr.d.aq / sc.d.rl succeed", a0, 0)
    lr.d.aqrl a0, (s0)
    CHECK_IMM(15, "lr.d.aqrl value", a0, 0x5555555555555555)
    li a3, 0x6666666666666666
    sc.d.aqrl a0, a3, (s0)
    CHECK_IMM(16, "sc.d.aqrl succeeds", a0, 0)
    lr.w.aq a0, (s0)
    CHECK_IMM(17, "lr.w.aq value", a0, 0x66666666)
    sc.w.rl a0, zero, (s0)
    CHECK_IMM(18, "sc.w.rl succeeds", a0, 0)
    ld a4, 0(s0)
    CHECK_IMM(19, "sc.w.rl stored", a4, 0x6666666600000000)
    lr.w.aqrl a0, (s0)
    sc.w.aqrl a0, zero, (s0)
    CHECK_IMM(20, "lr.w.aqrl / sc.w.aqrl succeed", a0, 0)

    /* ---- sc to another address than the reservation fails ---- */
    la s1, lr_other
    li a2, 0x0101010101010101
    sd a2, 0(s1)
    lr.d a0, (s0)
    li a3, 0x0202020202020202
    sc.d a0, a3, (s1)
    snez a0, a0
    CHECK_IMM(21, "sc.d to another address fails", a0, 1)
    ld a4, 0(s1)
    CHECK_IMM(22, "sc.d to another address did not store", a4, 0x0101010101010101)

    /* ---- an lr/sc increment loop ---- */
    sd zero, 0(s0)
    li s2, 100
1:  lr.d a0, (s0)
    addi a0, a0, 3
    sc.d a1, a0, (s0)
    bnez a1, 1b
    addi s2, s2, -1
    bnez s2, 1b
    ld a4, 0(s0)
    CHECK_IMM(23, "lr/sc increment loop", a4, 300)

    /* ---- amoswap ---- */
    TEST_AMO(24, "amoswap.d", amoswap.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x1)
    TEST_AMO(25, "amoswap.d.aq", amoswap.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO(26, "amoswap.d.rl", amoswap.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_AMO(27, "amoswap.d.aqrl", amoswap.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffff00000000)
    TEST_AMO(28, "amoswap.w", amoswap.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5a00000001)
    TEST_AMO(29, "amoswap.w.aq", amoswap.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a7fffffff)
    TEST_AMO(30, "amoswap.w.rl", amoswap.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a87654321)
    TEST_AMO(31, "amoswap.w.aqrl", amoswap.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a80000000)

    /* ---- amoadd ---- */
    TEST_AMO(32, "amoadd.d", amoadd.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0)
    TEST_AMO(33, "amoadd.d.aq", amoadd.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_AMO(34, "amoadd.d.rl", amoadd.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x2222222222222211)
    TEST_AMO(35, "amoadd.d.aqrl", amoadd.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffffffffffff)
    TEST_AMO(36, "amoadd.w", amoadd.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5a00000000)
    TEST_AMO(37, "amoadd.w.aq", amoadd.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5affffffff)
    TEST_AMO(38, "amoadd.w.rl", amoadd.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a22222211)
    TEST_AMO(39, "amoadd.w.aqrl", amoadd.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5affffffff)

    /* ---- amoxor ---- */
    TEST_AMO(40, "amoxor.d", amoxor.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_AMO(41, "amoxor.d.aq", amoxor.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_AMO(42, "amoxor.d.rl", amoxor.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x1dd99dd11dd99dd1)
    TEST_AMO(43, "amoxor.d.aqrl", amoxor.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffffffffffff)
    TEST_AMO(44, "amoxor.w", amoxor.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5afffffffe)
    TEST_AMO(45, "amoxor.w.aq", amoxor.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5affffffff)
    TEST_AMO(46, "amoxor.w.rl", amoxor.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a1dd99dd1)
    TEST_AMO(47, "amoxor.w.aqrl", amoxor.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5affffffff)

    /* ---- amoand ---- */
    TEST_AMO(48, "amoand.d", amoand.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x1)
    TEST_AMO(49, "amoand.d.aq", amoand.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x0)
    TEST_AMO(50, "amoand.d.rl", amoand.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x224422882244220)
    TEST_AMO(51, "amoand.d.aqrl", amoand.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0x0)
    TEST_AMO(52, "amoand.w", amoand.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5a00000001)
    TEST_AMO(53, "amoand.w.aq", amoand.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a00000000)
    TEST_AMO(54, "amoand.w.rl", amoand.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a82244220)
    TEST_AMO(55, "amoand.w.aqrl", amoand.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a00000000)

    /* ---- amoor ---- */
    TEST_AMO(56, "amoor.d", amoor.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_AMO(57, "amoor.d.aq", amoor.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_AMO(58, "amoor.d.rl", amoor.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x1ffddff99ffddff1)
    TEST_AMO(59, "amoor.d.aqrl", amoor.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffffffffffff)
    TEST_AMO(60, "amoor.w", amoor.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5affffffff)
    TEST_AMO(61, "amoor.w.aq", amoor.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5affffffff)
    TEST_AMO(62, "amoor.w.rl", amoor.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a9ffddff1)
    TEST_AMO(63, "amoor.w.aqrl", amoor.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5affffffff)

    /* ---- amomin ---- */
    TEST_AMO(64, "amomin.d", amomin.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_AMO(65, "amomin.d.aq", amomin.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000)
    TEST_AMO(66, "amomin.d.rl", amomin.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_AMO(67, "amomin.d.aqrl", amomin.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffff00000000)
    TEST_AMO(68, "amomin.w", amomin.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5affffffff)
    TEST_AMO(69, "amomin.w.aq", amomin.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a80000000)
    TEST_AMO(70, "amomin.w.rl", amomin.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a87654321)
    TEST_AMO(71, "amomin.w.aqrl", amomin.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a80000000)

    /* ---- amomax ---- */
    TEST_AMO(72, "amomax.d", amomax.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x1)
    TEST_AMO(73, "amomax.d.aq", amomax.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO(74, "amomax.d.rl", amomax.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x123456789abcdef0)
    TEST_AMO(75, "amomax.d.aqrl", amomax.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffff)
    TEST_AMO(76, "amomax.w", amomax.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5a00000001)
    TEST_AMO(77, "amomax.w.aq", amomax.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a7fffffff)
    TEST_AMO(78, "amomax.w.rl", amomax.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a9abcdef0)
    TEST_AMO(79, "amomax.w.aqrl", amomax.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a7fffffff)

    /* ---- amominu ---- */
    TEST_AMO(80, "amominu.d", amominu.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x1)
    TEST_AMO(81, "amominu.d.aq", amominu.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO(82, "amominu.d.rl", amominu.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_AMO(83, "amominu.d.aqrl", amominu.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffff)
    TEST_AMO(84, "amominu.w", amominu.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5a00000001)
    TEST_AMO(85, "amominu.w.aq", amominu.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a7fffffff)
    TEST_AMO(86, "amominu.w.rl", amominu.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a87654321)
    TEST_AMO(87, "amominu.w.aqrl", amominu.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a7fffffff)

    /* ---- amomaxu ---- */
    TEST_AMO(88, "amomaxu.d", amomaxu.d, amo_word, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_AMO(89, "amomaxu.d.aq", amomaxu.d.aq, amo_word, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000)
    TEST_AMO(90, "amomaxu.d.rl", amomaxu.d.rl, amo_word, 0x123456789abcdef0, 0xfedcba987654321, 0x123456789abcdef0, 0x123456789abcdef0)
    TEST_AMO(91, "amomaxu.d.aqrl", amomaxu.d.aqrl, amo_word, 0xffffffff, 0xffffffff00000000, 0xffffffff, 0xffffffff00000000)
    TEST_AMO(92, "amomaxu.w", amomaxu.w, amo_word, 0x5a5a5a5affffffff, 0x1234567800000001, 0xffffffffffffffff, 0x5a5a5a5affffffff)
    TEST_AMO(93, "amomaxu.w.aq", amomaxu.w.aq, amo_word, 0x5a5a5a5a80000000, 0x7fffffff, 0xffffffff80000000, 0x5a5a5a5a80000000)
    TEST_AMO(94, "amomaxu.w.rl", amomaxu.w.rl, amo_word, 0x5a5a5a5a9abcdef0, 0x87654321, 0xffffffff9abcdef0, 0x5a5a5a5a9abcdef0)
    TEST_AMO(95, "amomaxu.w.aqrl", amomaxu.w.aqrl, amo_word, 0x5a5a5a5a7fffffff, 0xffffffff80000000, 0x7fffffff, 0x5a5a5a5a80000000)

    /* ---- aliasing: rd = x0 still writes memory; rd = rs2 ---- */
    la a1, amo_word
    li a2, 40
    sd a2, 0(a1)
    li a3, 2
    amoadd.d zero, a3, (a1)
    ld a4, 0(a1)
    CHECK_IMM(96, "amoadd.d to x0 still adds", a4, 42)
    li a3, 7
    amoswap.d a3, a3, (a1)
    CHECK_IMM(97, "amoswap.d rd=rs2 returns old", a3, 42)
    ld a4, 0(a1)
    CHECK_IMM(98, "amoswap.d rd=rs2 stores new", a4, 7)
    /* the .w form on the upper word of a doubleword */
    li a2, 0x00000001fffffffe
    sd a2, 0(a1)
    addi a5, a1, 4
    li a3, -1
    amoadd.w a0, a3, (a5)
    CHECK_IMM(99, "amoadd.w upper word old", a0, 1)
    ld a4, 0(a1)
    CHECK_IMM(100, "amoadd.w upper word new", a4, 0x00000000fffffffe)

TEST_END

    .data
    .balign 8
lr_word:  .dword 0
lr_other: .dword 0
amo_word: .dword 0
