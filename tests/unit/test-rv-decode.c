/*
 * Unit tests of the riscv64 decoder (translate/riscv64/decode.c): known
 * encodings with their operands and immediates at the edges, every
 * compressed form against the 32-bit instruction it expands to, reserved
 * encodings, and the disassembly of a few.  Encodings were taken from
 * riscv64-linux-gnu-objdump.
 */
#include <glib.h>
#include <string.h>

#include "translate/riscv64/insn.h"

static RvInsn dec32(uint32_t w)
{
    RvInsn in;
    rv_decode((uint16_t)w, (uint16_t)(w >> 16), &in);
    return in;
}

static RvInsn dec16(uint16_t w)
{
    RvInsn in;
    rv_decode(w, 0, &in);
    return in;
}

static void check(RvInsn in, RvOp op, int rd, int rs1, int rs2, int64_t imm, int len)
{
    g_assert_cmpstr(rv_op_names[in.op], ==, rv_op_names[op]);
    if (rd >= 0)
        g_assert_cmpint(in.rd, ==, rd);
    if (rs1 >= 0)
        g_assert_cmpint(in.rs1, ==, rs1);
    if (rs2 >= 0)
        g_assert_cmpint(in.rs2, ==, rs2);
    g_assert_cmpint(in.imm, ==, imm);
    g_assert_cmpint(in.len, ==, len);
}

static void test_base(void)
{
    check(dec32(0xfff50513), RV_ADDI, 10, 10, -1, -1, 4);          /* addi a0,a0,-1 */
    check(dec32(0x7ff00093), RV_ADDI, 1, 0, -1, 2047, 4);          /* li ra,2047 */
    check(dec32(0x800000b7), RV_LUI, 1, -1, -1, (int64_t)(int32_t)0x80000000, 4); /* lui ra,0x80000 */
    check(dec32(0x00000517), RV_AUIPC, 10, -1, -1, 0, 4);           /* auipc a0,0 */
    check(dec32(0xffdff0ef), RV_JAL, 1, -1, -1, -4, 4);             /* jal ra,.-4 */
    check(dec32(0x7ffff06f), RV_JAL, 0, -1, -1, 0xffffe, 4);        /* j .+0xffffe */
    check(dec32(0xfe0508e3), RV_BEQ, -1, 10, 0, -16, 4);            /* beqz a0,.-16 */
    check(dec32(0x00b54863), RV_BLT, -1, 10, 11, 16, 4);            /* blt a0,a1,.+16 */
    check(dec32(0x00853783), RV_LD, 15, 10, -1, 8, 4);              /* ld a5,8(a0) */
    check(dec32(0xfeb53c23), RV_SD, -1, 10, 11, -8, 4);             /* sd a1,-8(a0) */
    check(dec32(0x03f51513), RV_SLLI, 10, 10, -1, 63, 4);           /* slli a0,a0,63 */
    check(dec32(0x43f55513), RV_SRAI, 10, 10, -1, 63, 4);           /* srai a0,a0,63 */
    check(dec32(0x01f5151b), RV_SLLIW, 10, 10, -1, 31, 4);          /* slliw a0,a0,31 */
    check(dec32(0x02b50533), RV_MUL, 10, 10, 11, 0, 4);             /* mul a0,a0,a1 */
    check(dec32(0x02b5453b), RV_DIVW, 10, 10, 11, 0, 4);            /* divw a0,a0,a1 */
    check(dec32(0x00000073), RV_ECALL, -1, -1, -1, 0, 4);
    check(dec32(0x00100073), RV_EBREAK, -1, -1, -1, 0, 4);
    check(dec32(0x0000100f), RV_FENCE_I, -1, -1, -1, 0, 4);
    check(dec32(0x00302573), RV_CSRRS, 10, 0, -1, 3, 4);            /* frcsr a0 */
    check(dec32(0xc0102573), RV_CSRRS, 10, 0, -1, 0xc01, 4);        /* rdtime a0 */
    check(dec32(0x1005272f), RV_LR_W, 14, 10, -1, 0, 4);            /* lr.w a4,(a0) */
    check(dec32(0x1ee5b7af), RV_SC_D, 15, 11, 14, 0, 4);            /* sc.d.aqrl a5,a4,(a1) */
    check(dec32(0x0cb5352f), RV_AMOSWAP_D, 10, 10, 11, 0, 4);       /* amoswap.d.aqrl */
    check(dec32(0x00b57553), RV_FADD_S, 10, 10, 11, 0, 4);          /* fadd.s fa0,fa0,fa1 */
    g_assert_cmpint(dec32(0x00b57553).rm, ==, 7);                    /* dyn */
    check(dec32(0x62b57543), RV_FMADD_D, 10, 10, 11, 0, 4);         /* fmadd.d fa0,fa0,fa1,fa2 */
    g_assert_cmpint(dec32(0x62b57543).rs3, ==, 12);
    check(dec32(0xc2251553), RV_FCVT_L_D, 10, 10, -1, 0, 4);        /* fcvt.l.d a0,fa0,rtz */
    g_assert_cmpint(dec32(0xc2251553).rm, ==, 1);
    check(dec32(0xe2050553), RV_FMV_X_D, 10, 10, -1, 0, 4);         /* fmv.x.d a0,fa0 */
    check(dec32(0x00b53027), RV_FSD, -1, 10, 11, 0, 4);             /* fsd fa1,0(a0) */
}

static void test_illegal(void)
{
    g_assert_cmpint(dec32(0xffffffff).op, ==, RV_ILLEGAL);
    g_assert_cmpint(dec32(0x30200073).op, ==, RV_ILLEGAL);           /* mret */
    g_assert_cmpint(dec32(0x10500073).op, ==, RV_ILLEGAL);           /* wfi */
    g_assert_cmpint(dec32(0x00004073).op, ==, RV_ILLEGAL);           /* SYSTEM funct3 4 */
    g_assert_cmpint(dec32(0x0000002b).op, ==, RV_ILLEGAL);           /* custom-1 */
    g_assert_cmpint(dec32(0x06b57553).op, ==, RV_ILLEGAL);           /* fadd with fmt 3 (Q) */
    g_assert_cmpint(dec16(0x0000).op, ==, RV_ILLEGAL);               /* c.unimp */
    g_assert_cmpint(dec16(0x0000).len, ==, 2);
    g_assert_cmpint(dec16(0x8002).op, ==, RV_ILLEGAL);               /* c.jr x0 */
    g_assert_cmpint(dec16(0x4002).op, ==, RV_ILLEGAL);               /* c.lwsp x0 */
    g_assert_cmpint(dec16(0x6002).op, ==, RV_ILLEGAL);               /* c.ldsp x0 */
    g_assert_cmpint(dec16(0x2001).op, ==, RV_ILLEGAL);               /* c.addiw x0 */
    g_assert_cmpint(dec16(0x6101).op, ==, RV_ILLEGAL);               /* c.addi16sp 0 */
    g_assert_cmpint(dec16(0x6501).op, ==, RV_ILLEGAL);               /* c.lui a0,0 */
    g_assert_cmpint(dec16(0x8000).op, ==, RV_ILLEGAL);               /* quadrant 0, funct3 4 */
    g_assert_cmpint(dec16(0x9c41).op, ==, RV_ILLEGAL);               /* reserved c.subw space */
    g_assert_cmpint(dec16(0x0004).op, ==, RV_ILLEGAL);               /* c.addi4spn with 0 */
}

/* Each compressed form decodes to the operands of its expansion. */
static void test_compressed(void)
{
    check(dec16(0x0028), RV_ADDI, 10, 2, -1, 8, 2);         /* c.addi4spn a0,sp,8 */
    check(dec16(0x2108), RV_FLD, 10, 10, -1, 0, 2);         /* c.fld fa0,0(a0) */
    check(dec16(0x4148), RV_LW, 10, 10, -1, 4, 2);          /* c.lw a0,4(a0) */
    check(dec16(0x7d68), RV_LD, 10, 10, -1, 248, 2);        /* c.ld a0,248(a0) */
    check(dec16(0xe10c), RV_SD, -1, 10, 11, 0, 2);          /* c.sd a1,0(a0) */
    check(dec16(0x0001), RV_ADDI, 0, 0, -1, 0, 2);          /* c.nop */
    check(dec16(0x157d), RV_ADDI, 10, 10, -1, -1, 2);       /* c.addi a0,-1 */
    check(dec16(0x2505), RV_ADDIW, 10, 10, -1, 1, 2);       /* c.addiw a0,1 */
    check(dec16(0x557d), RV_ADDI, 10, 0, -1, -1, 2);        /* c.li a0,-1 */
    check(dec16(0x7139), RV_ADDI, 2, 2, -1, -64, 2);        /* c.addi16sp sp,-64 */
    check(dec16(0x7541), RV_LUI, 10, -1, -1, -65536, 2);    /* c.lui a0,0xffff0 */
    check(dec16(0x9101), RV_SRLI, 10, 10, -1, 32, 2);       /* c.srli a0,32 */
    check(dec16(0x9505), RV_SRAI, 10, 10, -1, 33, 2);       /* c.srai a0,33 */
    check(dec16(0x993d), RV_ANDI, 10, 10, -1, -17, 2);      /* c.andi a0,-17 */
    check(dec16(0x8d0d), RV_SUB, 10, 10, 11, 0, 2);         /* c.sub a0,a1 */
    check(dec16(0x9d2d), RV_ADDW, 10, 10, 11, 0, 2);        /* c.addw a0,a1 */
    check(dec16(0xbffd), RV_JAL, 0, -1, -1, -2, 2);         /* c.j .-2 */
    check(dec16(0xdd7d), RV_BEQ, -1, 10, 0, -2, 2);         /* c.beqz a0,.-2 */
    check(dec16(0xe111), RV_BNE, -1, 10, 0, 4, 2);          /* c.bnez a0,.+4 */
    check(dec16(0x157e), RV_SLLI, 10, 10, -1, 63, 2);       /* c.slli a0,63 */
    check(dec16(0x6522), RV_LD, 10, 2, -1, 8, 2);           /* c.ldsp a0,8(sp) */
    check(dec16(0x8082), RV_JALR, 0, 1, -1, 0, 2);          /* ret */
    check(dec16(0x852e), RV_ADD, 10, 0, 11, 0, 2);          /* c.mv a0,a1 */
    check(dec16(0x9002), RV_EBREAK, -1, -1, -1, 0, 2);
    check(dec16(0x9502), RV_JALR, 1, 10, -1, 0, 2);         /* c.jalr a0 */
    check(dec16(0x952e), RV_ADD, 10, 10, 11, 0, 2);         /* c.add a0,a1 */
    check(dec16(0xe42a), RV_SD, -1, 2, 10, 8, 2);           /* c.sdsp a0,8(sp) */
    check(dec16(0xc62a), RV_SW, -1, 2, 10, 12, 2);          /* c.swsp a0,12(sp) */
}

/* Every row of the table decodes back to its own op (no row is shadowed). */
static void test_table_rows(void)
{
    static const struct { uint32_t match; uint8_t op; } rows[] = {
#define X(op, name, mask, match, fmt) { match, RV_##op },
        RV_OPS(X)
#undef X
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        uint32_t w = rows[i].match;
        RvInsn in = dec32(w);
        if (in.op != rows[i].op)
            g_error("%08x decodes to %s, not %s", w, rv_op_names[in.op], rv_op_names[rows[i].op]);
    }
}

static void test_disas(void)
{
    char buf[96];
    RvInsn in = dec32(0xfff50513);
    rv_disas_insn(&in, 0x1000, buf, sizeof buf);
    g_assert_cmpstr(buf, ==, "addi a0,a0,-1");
    in = dec16(0xbffd);
    rv_disas_insn(&in, 0x1000, buf, sizeof buf);
    g_assert_cmpstr(buf, ==, "c.jal zero,0xffe");
    in = dec32(0x62b57543);
    rv_disas_insn(&in, 0, buf, sizeof buf);
    g_assert_cmpstr(buf, ==, "fmadd.d fa0,fa0,fa1,fa2,dyn");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/rv-decode/base", test_base);
    g_test_add_func("/rv-decode/illegal", test_illegal);
    g_test_add_func("/rv-decode/compressed", test_compressed);
    g_test_add_func("/rv-decode/table-rows", test_table_rows);
    g_test_add_func("/rv-decode/disas", test_disas);
    return g_test_run();
}
