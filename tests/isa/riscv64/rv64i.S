/* RV64I: every ALU operation (register and immediate forms, immediates at
 * their edges), LUI/AUIPC, loads and stores of every width (sign and zero
 * extension, negative, maximal and misaligned offsets), every branch taken
 * and not taken at signed/unsigned edges, JAL/JALR (link value, bit 0 of
 * the JALR target cleared, rd == rs1), the W forms' sign extension, x0,
 * fence.  Automatic compression is off: every instruction here is 32 bits. */
#include "macros.h"

TEST_START

    /* ---- add / sub ---- */
    TEST_RR(1, "add", add, 3, 1, 2)
    TEST_RR(2, "add overflow to INT_MIN", add, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RR(3, "add -1+1", add, 0, -1, 1)
    TEST_RR(4, "add carry into bit 32", add, 0x100000000, 0xffffffff, 1)
    TEST_RR_SRC1_IS_DEST(5, "add rd=rs1", add, 0x1111111111111110, 0x1111111111111111, -1)
    TEST_RR_SAME_SRC(6, "add rs1=rs2", add, 0xfffffffffffffffe, 0x7fffffffffffffff)
    TEST_RR_ZERO_DEST(7, "add to x0", add, 5, 6)
    TEST_RR(8, "sub", sub, 2, 3, 1)
    TEST_RR(9, "sub 0-1", sub, 0xffffffffffffffff, 0, 1)
    TEST_RR(10, "sub INT_MIN-1", sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
    TEST_RR_SAME_SRC(11, "sub rs1=rs2", sub, 0, 0x123456789abcdef0)

    /* ---- shifts (register): only the low 6 bits of rs2 count ---- */
    TEST_RR(12, "sll 63", sll, 0x8000000000000000, 1, 63)
    TEST_RR(13, "sll 64 is 0", sll, 1, 1, 64)
    TEST_RR(14, "sll 65 is 1", sll, 2, 1, 65)
    TEST_RR(15, "sll 32", sll, 0xffffffff00000000, 0xffffffffffffffff, 32)
    TEST_RR(16, "sll -1 is 63", sll, 0x8000000000000000, 3, -1)
    TEST_RR(17, "srl 63", srl, 1, 0x8000000000000000, 63)
    TEST_RR(18, "srl 64 is 0", srl, 0x8000000000000000, 0x8000000000000000, 64)
    TEST_RR(19, "srl 1", srl, 0x7fffffffffffffff, 0xffffffffffffffff, 1)
    TEST_RR(20, "srl 32", srl, 0x00000000ffffffff, 0xffffffff00000000, 32)
    TEST_RR(21, "sra 63", sra, 0xffffffffffffffff, 0x8000000000000000, 63)
    TEST_RR(22, "sra 1", sra, 0xc000000000000000, 0x8000000000000000, 1)
    TEST_RR(23, "sra positive", sra, 1, 0x7fffffffffffffff, 62)
    TEST_RR(24, "sra 65 is 1", sra, 0xc000000000000000, 0x8000000000000000, 65)
    TEST_RR(25, "sra 0", sra, 0x8000000000000001, 0x8000000000000001, 0)

    /* ---- set-less-than ---- */
    TEST_RR(26, "slt -1<1", slt, 1, -1, 1)
    TEST_RR(27, "slt 1<-1", slt, 0, 1, -1)
    TEST_RR(28, "slt equal", slt, 0, 7, 7)
    TEST_RR(29, "slt INT_MIN<INT_MAX", slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(30, "slt INT_MAX<INT_MIN", slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(31, "sltu -1<1", sltu, 0, -1, 1)
    TEST_RR(32, "sltu 1<-1", sltu, 1, 1, -1)
    TEST_RR(33, "sltu equal", sltu, 0, 0, 0)
    TEST_RR(34, "sltu INT_MAX<INT_MIN", sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(35, "sltu 0<1 (snez)", sltu, 1, 0, 1)

    /* ---- logic ---- */
    TEST_RR(36, "xor", xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(37, "or", or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(38, "and", and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR_SAME_SRC(39, "xor rs1=rs2", xor, 0, 0x5555aaaa5555aaaa)

    /* ---- immediates (12-bit signed: -2048..2047) ---- */
    TEST_RI(40, "addi 2047", addi, 2047, 0, 2047)
    TEST_RI(41, "addi -2048", addi, 0xfffffffffffff800, 0, -2048)
    TEST_RI(42, "addi -1", addi, 0xffffffffffffffff, 0, -1)
    TEST_RI(43, "addi wrap", addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RI(44, "addi 0 (mv)", addi, 0x123456789abcdef0, 0x123456789abcdef0, 0)
    TEST_RI(45, "slti -1<0", slti, 1, -1, 0)
    TEST_RI(46, "slti 2047<2047", slti, 0, 2047, 2047)
    TEST_RI(47, "slti -2049<-2048", slti, 1, -2049, -2048)
    TEST_RI(48, "slti INT_MAX<-1", slti, 0, 0x7fffffffffffffff, -1)
    TEST_RI(49, "sltiu x<-1 (max)", sltiu, 1, 0x7fffffffffffffff, -1)
    TEST_RI(50, "sltiu -1<-1", sltiu, 0, -1, -1)
    TEST_RI(51, "sltiu 0<1 (seqz)", sltiu, 1, 0, 1)
    TEST_RI(52, "sltiu 1<1", sltiu, 0, 1, 1)
    TEST_RI(53, "sltiu -2048 is huge", sltiu, 1, 0xfffffffffffff7ff, -2048)
    TEST_RI(54, "xori -1 (not)", xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
    TEST_RI(55, "xori 2047", xori, 0x7ff, 0, 2047)
    TEST_RI(56, "xori -2048", xori, 0xfffffffffffff800, 0, -2048)
    TEST_RI(57, "ori -2048", ori, 0xffffffffffffff00, 0xff00, -2048)
    TEST_RI(58, "ori 0x7ff", ori, 0x80000000000007ff, 0x8000000000000000, 0x7ff)
    TEST_RI(59, "andi 2047", andi, 0x7ff, 0xffffffffffffffff, 2047)
    TEST_RI(60, "andi -2048", andi, 0x123456789abcd800, 0x123456789abcdef0, -2048)
    TEST_RI(61, "andi -1", andi, 0x8000000000000001, 0x8000000000000001, -1)
    TEST_RI(62, "slli 63", slli, 0x8000000000000000, 1, 63)
    TEST_RI(63, "slli 0", slli, 0x8000000000000001, 0x8000000000000001, 0)
    TEST_RI(64, "slli 56", slli, 0xff00000000000000, 0xff, 56)
    TEST_RI(65, "slli 32", slli, 0x8765432100000000, 0x1234567887654321, 32)
    TEST_RI(66, "srli 63", srli, 1, 0x8000000000000000, 63)
    TEST_RI(67, "srli 32", srli, 0xffffffff, 0xffffffffffffffff, 32)
    TEST_RI(68, "srli 0", srli, 0xffffffffffffffff, 0xffffffffffffffff, 0)
    TEST_RI(69, "srai 63", srai, 0xffffffffffffffff, 0x8000000000000000, 63)
    TEST_RI(70, "srai 32", srai, 0xffffffff80000000, 0x8000000000000000, 32)
    TEST_RI(71, "srai positive", srai, 0x3fffffffffffffff, 0x7fffffffffffffff, 1)

    /* ---- lui / auipc ---- */
    TEST_U(72, "lui", lui, 0x12345000, 0x12345)
    TEST_U(73, "lui sign-extends", lui, 0xffffffff80000000, 0x80000)
    TEST_U(74, "lui 0xfffff", lui, 0xfffffffffffff000, 0xfffff)
    TEST_U(75, "lui 0x7ffff", lui, 0x7ffff000, 0x7ffff)
    TEST_U(76, "lui 0", lui, 0, 0)
1:  auipc s0, 0
    ld s1, auipc_target_0
    CHECK_REG(77, "auipc 0", s0, s1)
2:  auipc s0, 1
    ld s1, auipc_target_1
    addi s1, s1, 2047
    addi s1, s1, 2047
    addi s1, s1, 2
    CHECK_REG(78, "auipc 1", s0, s1)
3:  auipc s0, 0x80000
    ld s1, auipc_target_2
    li a0, 0x80000000
    sub s1, s1, a0
    CHECK_REG(79, "auipc 0x80000 (negative)", s0, s1)

    /* ---- W forms: 32-bit result, sign-extended ---- */
    TEST_RR(80, "addw overflow", addw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RR(81, "addw wraps to 0", addw, 0, 0xffffffff, 1)
    TEST_RR(82, "addw ignores upper bits", addw, 2, 0x100000001, 0x7700000001)
    TEST_RR(83, "addw sign-extends", addw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RR(84, "addw positive", addw, 0x7fffffff, 0xffffffff7ffffffe, 1)
    TEST_RR(85, "subw 0-1", subw, 0xffffffffffffffff, 0, 1)
    TEST_RR(86, "subw INT32_MIN-1", subw, 0x7fffffff, 0x80000000, 1)
    TEST_RR(87, "subw upper ignored", subw, 0xffffffffffffffff, 0x100000000, 1)
    TEST_RR(88, "sllw 31", sllw, 0xffffffff80000000, 1, 31)
    TEST_RR(89, "sllw 32 is 0", sllw, 1, 1, 32)
    TEST_RR(90, "sllw upper ignored", sllw, 2, 0xffffffff00000001, 1)
    TEST_RR(91, "sllw drops bit 31 out", sllw, 0xffffffff80000000, 3, 31)
    TEST_RR(92, "srlw 31", srlw, 1, 0x80000000, 31)
    TEST_RR(93, "srlw 0 sign-extends", srlw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RR(94, "srlw 1", srlw, 0x40000000, 0xffffffff80000000, 1)
    TEST_RR(95, "srlw upper ignored", srlw, 0, 0x1234567800000000, 1)
    TEST_RR(96, "srlw 4", srlw, 0x0fffffff, 0xffffffffffffffff, 4)
    TEST_RR(97, "srlw 33 is 1", srlw, 0x40000000, 0x80000000, 33)
    TEST_RR(98, "sraw 31", sraw, 0xffffffffffffffff, 0x80000000, 31)
    TEST_RR(99, "sraw 4", sraw, 0xfffffffff8000000, 0x7fffffff80000000, 4)
    TEST_RR(100, "sraw positive", sraw, 1, 0x40000000, 30)
    TEST_RR(101, "sraw 32 is 0", sraw, 0xffffffff80000000, 0x80000000, 32)
    TEST_RI(102, "addiw overflow", addiw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RI(103, "addiw 0 (sext.w)", addiw, 0xffffffffffffffff, 0xffffffff, 0)
    TEST_RI(104, "addiw 0 truncates", addiw, 0x23456789, 0x123456789, 0)
    TEST_RI(105, "addiw -2048", addiw, 0xfffffffffffff800, 0, -2048)
    TEST_RI(106, "addiw 2047", addiw, 0xffffffff800007fe, 0x7fffffff, 2047)
    TEST_RI(107, "addiw -1", addiw, 0x7ffffffe, 0x7fffffff, -1)
    TEST_RI(108, "slliw 31", slliw, 0xffffffff80000000, 1, 31)
    TEST_RI(109, "slliw 0", slliw, 0xffffffffffffffff, 0xffffffff, 0)
    TEST_RI(110, "slliw 4", slliw, 0xfffffffffffffff0, 0x00000000ffffffff, 4)
    TEST_RI(111, "srliw 0", srliw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(112, "srliw 1", srliw, 0x40000000, 0x80000000, 1)
    TEST_RI(113, "srliw 31", srliw, 1, 0xffffffffffffffff, 31)
    TEST_RI(114, "srliw upper ignored", srliw, 0, 0xffffffff00000000, 4)
    TEST_RI(115, "sraiw 31", sraiw, 0xffffffffffffffff, 0x80000000, 31)
    TEST_RI(116, "sraiw positive", sraiw, 1, 0x7fffffff, 30)
    TEST_RI(117, "sraiw 4", sraiw, 0xffffffffff000000, 0x00000000f0000000, 4)
    TEST_RI(118, "sraiw 0", sraiw, 0x12345678, 0xabcdef0012345678, 0)

    /* ---- loads ---- */
    TEST_LOAD(119, "lb positive", lb, 0x01, ldata, 0)
    TEST_LOAD(120, "lb negative", lb, 0xffffffffffffff82, ldata, 1)
    TEST_LOAD(121, "lb 0xf1", lb, 0xfffffffffffffff1, ldata, 8)
    TEST_LOAD(122, "lbu", lbu, 0x82, ldata, 1)
    TEST_LOAD(123, "lbu 0xf1", lbu, 0xf1, ldata, 8)
    TEST_LOAD(124, "lb negative offset", lb, 0xffffffffffffff82, ldata_mid, -7)
    TEST_LOAD(125, "lbu negative offset", lbu, 0x72, ldata_mid, 1)
    TEST_LOAD(126, "lh", lh, 0xffffffffffff8201, ldata, 0)
    TEST_LOAD(127, "lh positive", lh, 0x72f1, ldata, 8)
    TEST_LOAD(128, "lh misaligned", lh, 0x0382, ldata, 1)
    TEST_LOAD(129, "lh negative offset", lh, 0xffffffffffff8403, ldata_mid, -6)
    TEST_LOAD(130, "lhu", lhu, 0x8201, ldata, 0)
    TEST_LOAD(131, "lhu misaligned", lhu, 0xf188, ldata, 7)
    TEST_LOAD(132, "lw", lw, 0xffffffff84038201, ldata, 0)
    TEST_LOAD(133, "lw positive", lw, 0x74f372f1, ldata, 8)
    TEST_LOAD(134, "lw 4", lw, 0xffffffff88078605, ldata, 4)
    TEST_LOAD(135, "lw misaligned", lw, 0xffffffff86058403, ldata, 2)
    TEST_LOAD(136, "lw negative offset", lw, 0xffffffff88078605, ldata_mid, -4)
    TEST_LOAD(137, "lwu", lwu, 0x84038201, ldata, 0)
    TEST_LOAD(138, "lwu 4", lwu, 0x88078605, ldata, 4)
    TEST_LOAD(139, "lwu misaligned", lwu, 0xf1880786, ldata, 5)
    TEST_LOAD(140, "ld", ld, 0x8807860584038201, ldata, 0)
    TEST_LOAD(141, "ld 8", ld, 0x78f776f574f372f1, ldata, 8)
    TEST_LOAD(142, "ld misaligned", ld, 0x74f372f188078605, ldata, 4)
    TEST_LOAD(143, "ld misaligned odd", ld, 0xf372f18807860584, ldata, 3)
    TEST_LOAD(144, "ld negative offset", ld, 0x8807860584038201, ldata_mid, -8)
    TEST_LOAD(145, "ld offset -2048", ld, 0x1122334455667788, edge_mid, -2048)
    TEST_LOAD(146, "lbu offset 2047", lbu, 0x9a, edge_mid, 2047)
    TEST_LOAD(147, "lb offset 2047", lb, 0xffffffffffffff9a, edge_mid, 2047)
    /* load into the base register itself */
    la a0, ldata
    ld a0, 8(a0)
    CHECK_IMM(148, "ld rd=rs1", a0, 0x78f776f574f372f1)
    /* a load into x0 is discarded */
    la a1, ldata
    ld zero, 0(a1)
    mv a0, zero
    CHECK_IMM(149, "ld into x0", a0, 0)

    /* ---- stores ---- */
    TEST_STORE(150, "sb 0", sb, 0x123456789abcdeef, sdata, 0, 0, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaaef)
    TEST_STORE(151, "sb 7", sb, 0x123456789abcdeef, sdata, 7, 0, 0xaaaaaaaaaaaaaaaa, 0xefaaaaaaaaaaaaaa)
    TEST_STORE(152, "sb negative offset", sb, 0x11, sdata_end, -13, 0 - 16, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa11aaaaaa)
    TEST_STORE(153, "sh 2", sh, 0x123456789abcbeef, sdata, 2, 0, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaabeefaaaa)
    TEST_STORE(154, "sh misaligned", sh, 0x123456789abcbeef, sdata, 1, 0, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaabeefaa)
    TEST_STORE(155, "sh 6", sh, 0xbeef, sdata, 6, 0, 0, 0xbeef000000000000)
    TEST_STORE(156, "sw 0", sw, 0x12345678deadbeef, sdata, 0, 0, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaadeadbeef)
    TEST_STORE(157, "sw 4", sw, 0x12345678deadbeef, sdata, 4, 0, 0xaaaaaaaaaaaaaaaa, 0xdeadbeefaaaaaaaa)
    TEST_STORE(158, "sw misaligned", sw, 0xdeadbeef, sdata, 3, 0, 0xaaaaaaaaaaaaaaaa, 0xaadeadbeefaaaaaa)
    TEST_STORE(159, "sw negative offset", sw, 0x01020304, sdata_end, -8, 0 - 8, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa01020304)
    TEST_STORE(160, "sd", sd, 0x0123456789abcdef, sdata, 0, 0, 0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef)
    TEST_STORE(161, "sd negative offset", sd, 0xfedcba9876543210, sdata_end, -8, 0 - 8, 0, 0xfedcba9876543210)
    TEST_STORE(162, "sd misaligned", sd, 0x8877665544332211, sdata, 5, 5, 0, 0x8877665544332211)
    /* the misaligned sd above wrote bytes 5..12 */
    la a1, sdata
    ld a0, 8(a1)
    srli a0, a0, 0
    li a2, 0xffffffffff
    and a0, a0, a2
    CHECK_IMM(163, "sd misaligned spans two words", a0, 0x8877665544)
    /* a store at offset 2047 and -2048 */
    la a1, edge_mid
    li a2, 0x5b
    sb a2, 2047(a1)
    lbu a0, 2047(a1)
    CHECK_IMM(164, "sb offset 2047", a0, 0x5b)
    li a2, 0x0badf00d0badf00d
    sd a2, -2048(a1)
    la a3, edge_lo
    ld a0, 0(a3)
    CHECK_IMM(165, "sd offset -2048", a0, 0x0badf00d0badf00d)

    /* ---- branches ---- */
    TEST_BR_TAKEN(166, "beq 0,0", beq, 0, 0)
    TEST_BR_NOT_TAKEN(167, "beq 1,2", beq, 1, 2)
    TEST_BR_NOT_TAKEN(168, "beq compares 64 bits", beq, -1, 0xffffffff)
    TEST_BR_TAKEN(169, "bne 1,2", bne, 1, 2)
    TEST_BR_NOT_TAKEN(170, "bne 3,3", bne, 3, 3)
    TEST_BR_TAKEN(171, "bne upper half differs", bne, 0x100000000, 0)
    TEST_BR_TAKEN(172, "blt -1<0", blt, -1, 0)
    TEST_BR_NOT_TAKEN(173, "blt 0<-1", blt, 0, -1)
    TEST_BR_NOT_TAKEN(174, "blt 1<1", blt, 1, 1)
    TEST_BR_TAKEN(175, "blt INT_MIN<INT_MAX", blt, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN(176, "bge 0>=-1", bge, 0, -1)
    TEST_BR_TAKEN(177, "bge 1>=1", bge, 1, 1)
    TEST_BR_NOT_TAKEN(178, "bge -1>=0", bge, -1, 0)
    TEST_BR_TAKEN(179, "bge INT_MAX>=INT_MIN", bge, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(180, "bge INT_MIN>=INT_MAX", bge, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN(181, "bltu 0<-1", bltu, 0, -1)
    TEST_BR_NOT_TAKEN(182, "bltu -1<0", bltu, -1, 0)
    TEST_BR_NOT_TAKEN(183, "bltu 1<1", bltu, 1, 1)
    TEST_BR_TAKEN(184, "bltu INT_MAX<INT_MIN", bltu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN(185, "bgeu -1>=0", bgeu, -1, 0)
    TEST_BR_TAKEN(186, "bgeu 1>=1", bgeu, 1, 1)
    TEST_BR_NOT_TAKEN(187, "bgeu 0>=-1", bgeu, 0, -1)
    TEST_BR_NOT_TAKEN(188, "bgeu INT_MAX>=INT_MIN", bgeu, 0x7fffffffffffffff, 0x8000000000000000)
    /* a backward branch: a loop of 10 */
    li s0, 10
    li s1, 0
4:  addi s1, s1, 3
    addi s0, s0, -1
    bnez s0, 4b
    CHECK_IMM(189, "backward branch loop", s1, 30)

    /* ---- jal / jalr ---- */
    jal ra, 5f
jal_link:
    FAIL_HERE(190, "jal fell through")
5:  la s1, jal_link
    CHECK_REG(191, "jal link = pc+4", ra, s1)
    jal zero, 6f
    FAIL_HERE(192, "jal x0 fell through")
6:  la a1, 7f
    jalr s0, 0(a1)
jalr_link:
    FAIL_HERE(193, "jalr fell through")
7:  la s1, jalr_link
    CHECK_REG(194, "jalr link = pc+4", s0, s1)
    la a1, 8f
    addi a1, a1, -16
    jalr s0, 16(a1)
    FAIL_HERE(195, "jalr with offset fell through")
8:  la a1, 9f
    ori a1, a1, 1
    jalr s0, 0(a1)
    FAIL_HERE(196, "jalr odd target fell through")
    /* 9 is 4-aligned; jalr clears bit 0 of the target and lands here */
9:  la a1, 10f
    addi a1, a1, -1
    jalr s0, 2(a1)              /* target+1: bit 0 cleared */
    FAIL_HERE(197, "jalr odd sum fell through")
10: la a1, 11f
    jalr a1, 0(a1)              /* rd == rs1: the old value is the target */
jalr_same_link:
    FAIL_HERE(198, "jalr rd=rs1 fell through")
11: la s1, jalr_same_link
    CHECK_REG(199, "jalr rd=rs1 link", a1, s1)
    /* call and return through a function */
    li a0, 20
    call double_it
    CHECK_IMM(200, "call/ret", a0, 40)

    /* ---- x0 is hard-wired ---- */
    li a1, 5
    addi zero, a1, 1
    lui zero, 0x12345
    mv a0, zero
    CHECK_IMM(201, "x0 stays zero", a0, 0)

    /* ---- fence / nop ---- */
    li a0, 1
    fence
    fence rw, rw
    fence r, w
    fence.tso
    nop
    CHECK_IMM(202, "fence and nop change nothing", a0, 1)

TEST_END

double_it:
    add a0, a0, a0
    ret

    .data
    .balign 8
auipc_target_0: .dword 1b
auipc_target_1: .dword 2b
auipc_target_2: .dword 3b
ldata:
    .byte 0x01, 0x82, 0x03, 0x84, 0x05, 0x86, 0x07, 0x88
ldata_mid:
    .byte 0xf1, 0x72, 0xf3, 0x74, 0xf5, 0x76, 0xf7, 0x78
    .balign 8
sdata:
    .space 16
sdata_end:
    .dword 0
    .balign 8
edge_lo:
    .dword 0x1122334455667788
    .space 2040
edge_mid:
    .space 2047
    .byte 0x9a
