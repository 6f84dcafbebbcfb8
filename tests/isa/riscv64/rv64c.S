/* RV64C: every compressed instruction of RV64C except c.ebreak (which is
 * trap_c_ebreak.S), written with its c. mnemonic under `.option rvc` so it
 * is really 16 bits (the whole file is assembled with rvc on, so the
 * macros' li/mv/beq may be compressed too, and 32-bit instructions land
 * on 2-byte boundaries).  Checked: immediates at their edges, the sign
 * extension of c.lw/c.addiw/c.subw/c.addw/c.li/c.lui, c.jalr's link of
 * pc + 2, and every load and store at its maximal offset. */
#include "macros.h"

TEST_START
    .option rvc
    addi sp, sp, -512           /* a frame for the sp-relative forms */

    /* ---- constants ---- */
    c.li a0, 31
    CHECK_IMM(1, "c.li 31", a0, 31)
    c.li a0, -32
    CHECK_IMM(2, "c.li -32 sign-extends", a0, 0xffffffffffffffe0)
    c.li t0, -1
    CHECK_IMM(3, "c.li x5", t0, 0xffffffffffffffff)
    c.lui a0, 1
    CHECK_IMM(4, "c.lui 1", a0, 0x1000)
    c.lui a0, 0x1f
    CHECK_IMM(5, "c.lui 0x1f (largest positive)", a0, 0x1f000)
    c.lui a0, 0xfffe0
    CHECK_IMM(6, "c.lui -32 sign-extends", a0, 0xfffffffffffe0000)
    c.lui t1, 0xfffff
    CHECK_IMM(7, "c.lui -1 into x6", t1, 0xfffffffffffff000)

    /* ---- c.addi, c.addiw, c.addi16sp, c.addi4spn, c.nop ---- */
    li a0, 10
    c.addi a0, 31
    CHECK_IMM(8, "c.addi 31", a0, 41)
    c.addi a0, -32
    CHECK_IMM(9, "c.addi -32", a0, 9)
    li t2, -1
    c.addi t2, 1
    CHECK_IMM(10, "c.addi wraps to 0", t2, 0)
    li a0, 0x7fffffff
    c.addiw a0, 1
    CHECK_IMM(11, "c.addiw overflow sign-extends", a0, 0xffffffff80000000)
    li a0, 0x1ffffffff
    c.addiw a0, 0
    CHECK_IMM(12, "c.addiw 0 (sext.w)", a0, 0xffffffffffffffff)
    li t1, 0x100000000
    c.addiw t1, -32
    CHECK_IMM(13, "c.addiw -32 drops the upper half", t1, 0xffffffffffffffe0)
    mv s0, sp
    c.addi16sp sp, 496
    sub a0, sp, s0
    CHECK_IMM(14, "c.addi16sp 496", a0, 496)
    c.addi16sp sp, -512
    sub a0, sp, s0
    CHECK_IMM(15, "c.addi16sp -512", a0, 0xfffffffffffffff0)
    c.addi16sp sp, 16
    CHECK_REG(16, "c.addi16sp 16 restores", sp, s0)
    c.addi4spn a0, sp, 4
    sub a0, a0, sp
    CHECK_IMM(17, "c.addi4spn 4", a0, 4)
    c.addi4spn a5, sp, 1020
    sub a5, a5, sp
    CHECK_IMM(18, "c.addi4spn 1020", a5, 1020)
    li a0, 77
    c.nop
    CHECK_IMM(19, "c.nop", a0, 77)

    /* ---- shifts and c.andi ---- */
    li a0, 1
    c.slli a0, 63
    CHECK_IMM(20, "c.slli 63", a0, 0x8000000000000000)
    li t2, 0x12345678
    c.slli t2, 32
    CHECK_IMM(21, "c.slli 32 on x7", t2, 0x1234567800000000)
    li a0, -1
    c.srli a0, 60
    CHECK_IMM(22, "c.srli 60", a0, 0xf)
    li s1, 0x8000000000000000
    c.srli s1, 1
    CHECK_IMM(23, "c.srli 1", s1, 0x4000000000000000)
    li a0, 0x8000000000000000
    c.srai a0, 63
    CHECK_IMM(24, "c.srai 63", a0, 0xffffffffffffffff)
    li a0, 0x8000000000000000
    c.srai a0, 4
    CHECK_IMM(25, "c.srai 4", a0, 0xf800000000000000)
    li a0, -1
    c.andi a0, 31
    CHECK_IMM(26, "c.andi 31", a0, 31)
    li a0, 0x1234
    c.andi a0, -32
    CHECK_IMM(27, "c.andi -32", a0, 0x1220)

    /* ---- register-register ---- */
    li a0, 5
    li a1, 7
    c.sub a0, a1
    CHECK_IMM(28, "c.sub", a0, 0xfffffffffffffffe)
    li a0, 0xff00ff00ff00ff00
    li a1, 0x0ff00ff00ff00ff0
    c.xor a0, a1
    CHECK_IMM(29, "c.xor", a0, 0xf0f0f0f0f0f0f0f0)
    li a0, 0xff00ff00ff00ff00
    c.or a0, a1
    CHECK_IMM(30, "c.or", a0, 0xfff0fff0fff0fff0)
    li a0, 0xff00ff00ff00ff00
    c.and a0, a1
    CHECK_IMM(31, "c.and", a0, 0x0f000f000f000f00)
    li a2, 0x80000000
    li a3, 1
    c.subw a2, a3
    CHECK_IMM(32, "c.subw", a2, 0x7fffffff)
    li a2, 0x100000000
    c.subw a2, a3
    CHECK_IMM(33, "c.subw sign-extends", a2, 0xffffffffffffffff)
    li a4, 0x7fffffff
    c.addw a4, a3
    CHECK_IMM(34, "c.addw sign-extends", a4, 0xffffffff80000000)
    li a4, 0xffffffff00000002
    li a5, 0x0000000100000003
    c.addw a4, a5
    CHECK_IMM(35, "c.addw upper ignored", a4, 5)
    li a1, 0x123456789
    c.mv t1, a1
    CHECK_IMM(36, "c.mv", t1, 0x123456789)
    li t1, 5
    li s1, 0x7fffffffffffffff
    c.add s1, t1
    CHECK_IMM(37, "c.add", s1, 0x8000000000000004)
    li t2, 3
    c.add t2, t2
    CHECK_IMM(38, "c.add rd=rs2", t2, 6)

    /* ---- loads and stores, register base ---- */
    la a1, cdata
    c.lw a0, 0(a1)
    CHECK_IMM(39, "c.lw sign-extends", a0, 0xffffffff80000002)
    c.lw a0, 4(a1)
    CHECK_IMM(40, "c.lw 4", a0, 0x7ffffff1)
    c.lw a0, 124(a1)
    CHECK_IMM(41, "c.lw 124", a0, 0xffffffffcafebabe)
    c.ld a0, 0(a1)
    CHECK_IMM(42, "c.ld", a0, 0x7ffffff180000002)
    c.ld a0, 248(a1)
    CHECK_IMM(43, "c.ld 248", a0, 0xfedcba9876543210)
    c.fld fa0, 8(a1)
    fmv.x.d a0, fa0
    CHECK_IMM(44, "c.fld", a0, 0x400921fb54442d18)
    c.fld fa5, 248(a1)
    fmv.x.d a0, fa5
    CHECK_IMM(45, "c.fld 248", a0, 0xfedcba9876543210)
    la s0, cstore
    li a2, 0x1122334455667788
    c.sw a2, 124(s0)
    ld a0, 120(s0)
    CHECK_IMM(46, "c.sw 124", a0, 0x5566778800000000)
    c.sd a2, 248(s0)
    ld a0, 248(s0)
    CHECK_IMM(47, "c.sd 248", a0, 0x1122334455667788)
    li a2, 0x3ff0000000000000
    fmv.d.x fa4, a2
    c.fsd fa4, 0(s0)
    ld a0, 0(s0)
    CHECK_IMM(48, "c.fsd", a0, 0x3ff0000000000000)
    c.fsd fa4, 248(s0)
    ld a0, 248(s0)
    CHECK_IMM(49, "c.fsd 248", a0, 0x3ff0000000000000)

    /* ---- loads and stores, sp base ---- */
    li a2, 0x8000000300000004
    c.sdsp a2, 504(sp)
    ld a0, 504(sp)
    CHECK_IMM(50, "c.sdsp 504", a0, 0x8000000300000004)
    c.ldsp t1, 504(sp)
    CHECK_IMM(51, "c.ldsp 504", t1, 0x8000000300000004)
    sd a2, 248(sp)
    c.lwsp t2, 252(sp)
    CHECK_IMM(52, "c.lwsp 252 sign-extends", t2, 0xffffffff80000003)
    sd zero, 248(sp)
    li a2, 0x87654321
    c.swsp a2, 252(sp)
    ld a0, 248(sp)
    CHECK_IMM(53, "c.swsp 252", a0, 0x8765432100000000)
    c.lwsp s1, 252(sp)
    CHECK_IMM(54, "c.lwsp 252", s1, 0xffffffff87654321)
    c.swsp a2, 0(sp)
    lwu a0, 0(sp)
    CHECK_IMM(55, "c.swsp 0", a0, 0x87654321)
    c.sdsp a2, 0(sp)
    c.ldsp a0, 0(sp)
    CHECK_IMM(56, "c.sdsp/c.ldsp 0", a0, 0x87654321)
    li a2, 0xc000000000000000   /* -2.0 */
    fmv.d.x ft3, a2
    c.fsdsp ft3, 504(sp)
    ld a0, 504(sp)
    CHECK_IMM(57, "c.fsdsp 504", a0, 0xc000000000000000)
    c.fldsp ft4, 504(sp)
    fmv.x.d a0, ft4
    CHECK_IMM(58, "c.fldsp 504", a0, 0xc000000000000000)
    c.fsdsp ft3, 0(sp)
    c.fldsp fs11, 0(sp)
    fmv.x.d a0, fs11
    CHECK_IMM(59, "c.fsdsp/c.fldsp 0", a0, 0xc000000000000000)

    /* ---- control transfer ---- */
    c.j 1f
    FAIL_HERE(60, "c.j fell through")
1:  li a0, 0
    c.beqz a0, 2f
    FAIL_HERE(61, "c.beqz 0 not taken")
2:  li a0, 1
    c.beqz a0, 3f
    j 4f
3:  FAIL_HERE(62, "c.beqz 1 taken")
4:  li s1, 0x8000000000000000   /* nonzero only in bit 63 */
    c.bnez s1, 5f
    FAIL_HERE(63, "c.bnez bit 63 not taken")
5:  li s1, 0
    c.bnez s1, 6f
    j 7f
6:  FAIL_HERE(64, "c.bnez 0 taken")
7:  li s1, 0x100000000
    c.beqz s1, 6b               /* a backward branch, not taken */
    li a0, 5                    /* a backward c.bnez loop */
    li a1, 0
8:  c.addi a1, 3
    c.addi a0, -1
    c.bnez a0, 8b
    CHECK_IMM(65, "c.bnez loop", a1, 15)
    la t1, 9f
    c.jr t1
    FAIL_HERE(66, "c.jr fell through")
9:  la t1, 10f
    c.jalr t1
c_jalr_link:
    FAIL_HERE(67, "c.jalr fell through")
10: la t2, c_jalr_link
    CHECK_REG(68, "c.jalr links pc + 2", ra, t2)
    la t1, 11f
    c.jalr t1
    c.j 12f
11: c.jr ra                     /* a compressed return */
12: li a0, 12
    la t1, triple
    c.jalr t1
    CHECK_IMM(69, "c.jalr call, c.jr ra return", a0, 36)
    c.j 13f
    .balign 4
    c.nop                       /* a 32-bit instruction after a 16-bit one */
13: addi a0, zero, 1
    CHECK_IMM(70, "32-bit instruction at a 2-byte boundary", a0, 1)

    addi sp, sp, 512
TEST_END

triple:
    c.mv a1, a0
    c.add a0, a1
    c.add a0, a1
    c.jr ra

    .data
    .balign 8
cdata:
    .word 0x80000002, 0x7ffffff1
    .dword 0x400921fb54442d18   /* pi */
    .space 104
    .word 0, 0xcafebabe         /* offset 120 */
    .space 120
    .dword 0xfedcba9876543210   /* offset 248 */
    .balign 8
cstore:
    .space 256
