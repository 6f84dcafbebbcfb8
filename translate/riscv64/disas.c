/*
 * riscv64 disassembly for the log (-d in_asm).  Capstone 4 has no RISC-V,
 * so this prints from the decoder's own table: the 32-bit mnemonic the
 * instruction is (compressed ones are shown as their expansion, marked
 * with a "c." prefix), with ABI register names.
 */
#include <stdio.h>

#include "translate/riscv64/insn.h"

static const char *const xname[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};
static const char *const fname[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
    "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
    "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};
static const char *const rmname[8] = { "rne", "rtz", "rdn", "rup", "rmm", "rm5", "rm6", "dyn" };

void rv_disas_insn(const RvInsn *in, uint64_t pc, char *buf, size_t size)
{
    const char *c = in->len == 2 ? "c." : "";
    const char *n = rv_op_names[in->op];
    long long imm = (long long)in->imm;
    unsigned long long target = (unsigned long long)(pc + in->imm);

    switch (rv_op_formats[in->op]) {
    case F_R: snprintf(buf, size, "%s%s %s,%s,%s", c, n, xname[in->rd], xname[in->rs1], xname[in->rs2]); break;
    case F_I: case F_SH5: case F_SH6:
        snprintf(buf, size, "%s%s %s,%s,%lld", c, n, xname[in->rd], xname[in->rs1], imm); break;
    case F_LOAD: snprintf(buf, size, "%s%s %s,%lld(%s)", c, n, xname[in->rd], imm, xname[in->rs1]); break;
    case F_S: snprintf(buf, size, "%s%s %s,%lld(%s)", c, n, xname[in->rs2], imm, xname[in->rs1]); break;
    case F_B: snprintf(buf, size, "%s%s %s,%s,0x%llx", c, n, xname[in->rs1], xname[in->rs2], target); break;
    case F_U: snprintf(buf, size, "%s%s %s,0x%llx", c, n, xname[in->rd], (unsigned long long)(imm >> 12) & 0xfffff); break;
    case F_J: snprintf(buf, size, "%s%s %s,0x%llx", c, n, xname[in->rd], target); break;
    case F_CSR: snprintf(buf, size, "%s %s,0x%llx,%s", n, xname[in->rd], imm, xname[in->rs1]); break;
    case F_CSRI: snprintf(buf, size, "%s %s,0x%llx,%u", n, xname[in->rd], imm, in->rs1); break;
    case F_AMO: snprintf(buf, size, "%s %s,%s,(%s)", n, xname[in->rd], xname[in->rs2], xname[in->rs1]); break;
    case F_LR: snprintf(buf, size, "%s %s,(%s)", n, xname[in->rd], xname[in->rs1]); break;
    case F_NONE: snprintf(buf, size, "%s%s", c, n); break;
    case F_FR: snprintf(buf, size, "%s %s,%s,%s", n, fname[in->rd], fname[in->rs1], fname[in->rs2]); break;
    case F_FR_RM: snprintf(buf, size, "%s %s,%s,%s,%s", n, fname[in->rd], fname[in->rs1], fname[in->rs2], rmname[in->rm]); break;
    case F_FR1_RM: snprintf(buf, size, "%s %s,%s,%s", n, fname[in->rd], fname[in->rs1], rmname[in->rm]); break;
    case F_FR4_RM: snprintf(buf, size, "%s %s,%s,%s,%s,%s", n, fname[in->rd], fname[in->rs1], fname[in->rs2], fname[in->rs3], rmname[in->rm]); break;
    case F_FCMP: snprintf(buf, size, "%s %s,%s,%s", n, xname[in->rd], fname[in->rs1], fname[in->rs2]); break;
    case F_F2X: snprintf(buf, size, "%s %s,%s", n, xname[in->rd], fname[in->rs1]); break;
    case F_F2X_RM: snprintf(buf, size, "%s %s,%s,%s", n, xname[in->rd], fname[in->rs1], rmname[in->rm]); break;
    case F_X2F: snprintf(buf, size, "%s %s,%s", n, fname[in->rd], xname[in->rs1]); break;
    case F_X2F_RM: snprintf(buf, size, "%s %s,%s,%s", n, fname[in->rd], xname[in->rs1], rmname[in->rm]); break;
    case F_FLOAD: snprintf(buf, size, "%s%s %s,%lld(%s)", c, n, fname[in->rd], imm, xname[in->rs1]); break;
    case F_FSTORE: snprintf(buf, size, "%s%s %s,%lld(%s)", c, n, fname[in->rs2], imm, xname[in->rs1]); break;
    }
}
