/*
 * The riscv64 decoder.
 *
 * 32-bit words are matched against RV_OPS (insn.h), a mask/match table,
 * and their operands extracted by format.  16-bit words are matched
 * against RVC_FORMS below, which names for each compressed instruction the
 * 32-bit instruction it expands to and how its fields map onto that
 * instruction's operands; reserved encodings are listed explicitly before
 * the forms they would otherwise match.
 *
 * Decoding happens once per instruction when a block is first predecoded,
 * not on the execution path, but a short process spends much of its time
 * predecoding: each table is scanned in order (the first matching row
 * wins), but only the rows that can match a word's key bits (major opcode
 * and funct3; RVC quadrant and funct3), listed per key value when the
 * process first decodes.
 */
#include "translate/riscv64/insn.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

const char *const rv_op_names[RV_NUM_OPS] = {
    [RV_ILLEGAL] = "illegal",
#define X(op, name, mask, match, fmt) [RV_##op] = name,
    RV_OPS(X)
#undef X
};

const RvFmt rv_op_formats[RV_NUM_OPS] = {
    [RV_ILLEGAL] = F_NONE,
#define X(op, name, mask, match, fmt) [RV_##op] = fmt,
    RV_OPS(X)
#undef X
};

static const struct {
    uint32_t mask, match;
    uint8_t op;
} rv32_table[] = {
#define X(op, name, mask, match, fmt) { mask, match, RV_##op },
    RV_OPS(X)
#undef X
};

static inline uint32_t bits(uint32_t w, int hi, int lo)
{
    return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static inline int64_t sext(uint64_t v, int width)
{
    return (int64_t)(v << (64 - width)) >> (64 - width);
}

#define RV32_ROWS (sizeof rv32_table / sizeof rv32_table[0])

/* Key of a 32-bit word: bits 6-2 (major opcode) and 14-12 (funct3). */
#define RV32_KEY_MASK 0x707cu
#define RV32_KEYS 256
static inline unsigned rv32_key(uint32_t w)
{
    return ((w >> 2) & 0x1f) | ((w >> 12) & 7) << 5;
}

/* The table rows that can match words of key k, in table order:
 * rows[first[k]] .. rows[first[k + 1] - 1] (filled by build_index).  A
 * row that leaves funct3 open (a rounding mode, part of an immediate) is
 * listed under each of the 8 keys of its opcode; every row fixes the
 * opcode.  The same for RVC below. */
static uint16_t rv32_first[RV32_KEYS + 1];
static uint16_t rv32_rows[RV32_ROWS * 8];     /* at most 8 keys per row */

static void decode32(uint32_t w, RvInsn *in)
{
    unsigned k = rv32_key(w), j, i = 0;

    for (j = rv32_first[k]; j < rv32_first[k + 1]; j++) {
        i = rv32_rows[j];
        if ((w & rv32_table[i].mask) == rv32_table[i].match)
            break;
    }
    if (j == rv32_first[k + 1])
        return;
    in->op = rv32_table[i].op;
    in->rd = bits(w, 11, 7);
    in->rs1 = bits(w, 19, 15);
    in->rs2 = bits(w, 24, 20);
    in->rs3 = bits(w, 31, 27);
    in->rm = bits(w, 14, 12);
    switch (rv_op_formats[in->op]) {
    case F_I:
    case F_LOAD:
    case F_FLOAD:
        in->imm = sext(bits(w, 31, 20), 12);
        break;
    case F_S:
    case F_FSTORE:
        in->imm = sext((bits(w, 31, 25) << 5) | bits(w, 11, 7), 12);
        break;
    case F_B:
        in->imm = sext((bits(w, 31, 31) << 12) | (bits(w, 7, 7) << 11) |
                       (bits(w, 30, 25) << 5) | (bits(w, 11, 8) << 1), 13);
        break;
    case F_U:
        in->imm = sext(w & 0xfffff000u, 32);
        break;
    case F_J:
        in->imm = sext((bits(w, 31, 31) << 20) | (bits(w, 19, 12) << 12) |
                       (bits(w, 20, 20) << 11) | (bits(w, 30, 21) << 1), 21);
        break;
    case F_SH6:
        in->imm = bits(w, 25, 20);
        break;
    case F_SH5:
        in->imm = bits(w, 24, 20);
        break;
    case F_CSR:
    case F_CSRI:
        in->imm = bits(w, 31, 20);
        break;
    default:
        in->imm = 0;
        break;
    }
}

/* Compressed operand layouts: which bits hold which immediate. */
typedef enum RvcLayout {
    C_RESERVED,     /* a reserved encoding: illegal */
    C_ADDI4SPN,     /* rd' = x2 + nzuimm[9:2] */
    C_LS_W,         /* rd'/rs2', uimm[6:2](rs1') */
    C_LS_D,         /* rd'/rs2', uimm[7:3](rs1') */
    C_CI,           /* rd = rd op imm6 (signed) */
    C_LI,           /* rd = x0 + imm6 */
    C_LUI,          /* rd = nzimm[17:12] */
    C_ADDI16SP,     /* x2 += nzimm[9:4] */
    C_SHIFT_P,      /* rd' = rd' shift shamt6 */
    C_ANDI,         /* rd' &= imm6 */
    C_ARITH_P,      /* rd' = rd' op rs2' */
    C_J,            /* jal x0, offset[11:1] */
    C_BZ,           /* rs1' ==/!= 0, offset[8:1] */
    C_SLLI,         /* rd = rd << shamt6 */
    C_LSP_W,        /* rd, uimm[7:2](x2) */
    C_LSP_D,        /* rd, uimm[8:3](x2) */
    C_SSP_W,        /* rs2, uimm[7:2](x2) */
    C_SSP_D,        /* rs2, uimm[8:3](x2) */
    C_JR,           /* jalr x0, 0(rs1) */
    C_JALR,         /* jalr x1, 0(rs1) */
    C_MV,           /* add rd, x0, rs2 */
    C_ADD,          /* add rd, rd, rs2 */
    C_EBREAK,
} RvcLayout;

/* Order matters: the first matching row wins, so reserved and special
 * cases come before the general form. */
static const struct {
    uint16_t mask, match;
    uint8_t op;         /* the RvOp it expands to */
    uint8_t layout;
    const char *name;
} rvc_forms[] = {
    /* Quadrant 0 */
    { 0xffff, 0x0000, RV_ILLEGAL, C_RESERVED, "c.unimp" },
    { 0xe003, 0x0000, RV_ADDI, C_ADDI4SPN, "c.addi4spn" },
    { 0xe003, 0x2000, RV_FLD, C_LS_D, "c.fld" },
    { 0xe003, 0x4000, RV_LW, C_LS_W, "c.lw" },
    { 0xe003, 0x6000, RV_LD, C_LS_D, "c.ld" },
    { 0xe003, 0xa000, RV_FSD, C_LS_D, "c.fsd" },
    { 0xe003, 0xc000, RV_SW, C_LS_W, "c.sw" },
    { 0xe003, 0xe000, RV_SD, C_LS_D, "c.sd" },
    /* Quadrant 1 */
    { 0xe003, 0x0001, RV_ADDI, C_CI, "c.addi" },
    { 0xef83, 0x2001, RV_ILLEGAL, C_RESERVED, "c.addiw rd=0" },
    { 0xe003, 0x2001, RV_ADDIW, C_CI, "c.addiw" },
    { 0xe003, 0x4001, RV_ADDI, C_LI, "c.li" },
    { 0xef83, 0x6101, RV_ADDI, C_ADDI16SP, "c.addi16sp" },
    { 0xe003, 0x6001, RV_LUI, C_LUI, "c.lui" },
    { 0xec03, 0x8001, RV_SRLI, C_SHIFT_P, "c.srli" },
    { 0xec03, 0x8401, RV_SRAI, C_SHIFT_P, "c.srai" },
    { 0xec03, 0x8801, RV_ANDI, C_ANDI, "c.andi" },
    { 0xfc63, 0x8c01, RV_SUB, C_ARITH_P, "c.sub" },
    { 0xfc63, 0x8c21, RV_XOR, C_ARITH_P, "c.xor" },
    { 0xfc63, 0x8c41, RV_OR, C_ARITH_P, "c.or" },
    { 0xfc63, 0x8c61, RV_AND, C_ARITH_P, "c.and" },
    { 0xfc63, 0x9c01, RV_SUBW, C_ARITH_P, "c.subw" },
    { 0xfc63, 0x9c21, RV_ADDW, C_ARITH_P, "c.addw" },
    { 0xe003, 0xa001, RV_JAL, C_J, "c.j" },
    { 0xe003, 0xc001, RV_BEQ, C_BZ, "c.beqz" },
    { 0xe003, 0xe001, RV_BNE, C_BZ, "c.bnez" },
    /* Quadrant 2 */
    { 0xe003, 0x0002, RV_SLLI, C_SLLI, "c.slli" },
    { 0xe003, 0x2002, RV_FLD, C_LSP_D, "c.fldsp" },
    { 0xef83, 0x4002, RV_ILLEGAL, C_RESERVED, "c.lwsp rd=0" },
    { 0xe003, 0x4002, RV_LW, C_LSP_W, "c.lwsp" },
    { 0xef83, 0x6002, RV_ILLEGAL, C_RESERVED, "c.ldsp rd=0" },
    { 0xe003, 0x6002, RV_LD, C_LSP_D, "c.ldsp" },
    { 0xffff, 0x8002, RV_ILLEGAL, C_RESERVED, "c.jr x0" },
    { 0xf07f, 0x8002, RV_JALR, C_JR, "c.jr" },
    { 0xf003, 0x8002, RV_ADD, C_MV, "c.mv" },
    { 0xffff, 0x9002, RV_EBREAK, C_EBREAK, "c.ebreak" },
    { 0xf07f, 0x9002, RV_JALR, C_JALR, "c.jalr" },
    { 0xf003, 0x9002, RV_ADD, C_ADD, "c.add" },
    { 0xe003, 0xa002, RV_FSD, C_SSP_D, "c.fsdsp" },
    { 0xe003, 0xc002, RV_SW, C_SSP_W, "c.swsp" },
    { 0xe003, 0xe002, RV_SD, C_SSP_D, "c.sdsp" },
};

/* Key of a 16-bit word: bits 1-0 (quadrant) and 15-13 (funct3). */
#define RVC_KEY_MASK 0xe003u
#define RVC_KEYS 32
static inline unsigned rvc_key(uint16_t w)
{
    return (w & 3) | (unsigned)(w >> 13) << 2;
}

#define RVC_ROWS (sizeof rvc_forms / sizeof rvc_forms[0])
static uint16_t rvc_first[RVC_KEYS + 1];
static uint16_t rvc_rows[RVC_ROWS * RVC_KEYS];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

/* List each row under every key whose key bits agree with the row's match
 * where the row's mask fixes them: count (first[k + 1]), sum, then fill. */
static void build_index(void)
{
    uint16_t at[RV32_KEYS];

    for (unsigned i = 0; i < RV32_ROWS; i++) {
        uint32_t mask = rv32_table[i].mask, match = rv32_table[i].match;
        unsigned f3mask = (mask >> 12) & 7, f3 = (match >> 12) & f3mask;
        if ((mask & 0x7f) != 0x7f)
            abort();            /* every row fixes the opcode */
        for (unsigned f = 0; f < 8; f++)
            if ((f & f3mask) == f3)
                rv32_first[rv32_key(match & 0x7f) + (f << 5) + 1]++;
    }
    for (unsigned k = 0; k < RV32_KEYS; k++) {
        rv32_first[k + 1] += rv32_first[k];
        at[k] = rv32_first[k];
    }
    for (unsigned i = 0; i < RV32_ROWS; i++) {
        uint32_t mask = rv32_table[i].mask, match = rv32_table[i].match;
        unsigned f3mask = (mask >> 12) & 7, f3 = (match >> 12) & f3mask;
        for (unsigned f = 0; f < 8; f++)
            if ((f & f3mask) == f3)
                rv32_rows[at[rv32_key(match & 0x7f) + (f << 5)]++] = (uint16_t)i;
    }

    /* RVC: the quadrant and funct3 of a row, each fixed or open. */
    for (unsigned pass = 0; pass < 2; pass++) {
        for (unsigned k = 0; pass == 1 && k < RVC_KEYS; k++)
            at[k] = rvc_first[k];
        for (unsigned i = 0; i < RVC_ROWS; i++)
            for (unsigned k = 0; k < RVC_KEYS; k++) {
                uint32_t kw = (k & 3) | (uint32_t)(k >> 2) << 13;
                if ((kw ^ rvc_forms[i].match) & rvc_forms[i].mask & RVC_KEY_MASK)
                    continue;
                if (pass == 0)
                    rvc_first[k + 1]++;
                else
                    rvc_rows[at[k]++] = (uint16_t)i;
            }
        for (unsigned k = 0; pass == 0 && k < RVC_KEYS; k++)
            rvc_first[k + 1] += rvc_first[k];
    }
}

static void decode16(uint16_t w, RvInsn *in)
{
    unsigned i = 0, j, k = rvc_key(w);
    unsigned rdp = 8 + bits(w, 4, 2), rs1p = 8 + bits(w, 9, 7);
    unsigned rd = bits(w, 11, 7), rs2 = bits(w, 6, 2);
    int64_t imm6 = sext((bits(w, 12, 12) << 5) | bits(w, 6, 2), 6);
    uint32_t shamt6 = (bits(w, 12, 12) << 5) | bits(w, 6, 2);

    for (j = rvc_first[k]; j < rvc_first[k + 1]; j++) {
        i = rvc_rows[j];
        if ((w & rvc_forms[i].mask) == rvc_forms[i].match)
            break;
    }
    if (j == rvc_first[k + 1])
        return;
    in->op = rvc_forms[i].op;
    in->rm = 0;
    switch ((RvcLayout)rvc_forms[i].layout) {
    case C_RESERVED:
        in->op = RV_ILLEGAL;
        break;
    case C_ADDI4SPN:
        in->rd = rdp;
        in->rs1 = 2;
        in->imm = (bits(w, 12, 11) << 4) | (bits(w, 10, 7) << 6) | (bits(w, 6, 6) << 2) |
                  (bits(w, 5, 5) << 3);
        if (in->imm == 0)
            in->op = RV_ILLEGAL;
        break;
    case C_LS_W:
        in->rd = in->rs2 = rdp;
        in->rs1 = rs1p;
        in->imm = (bits(w, 12, 10) << 3) | (bits(w, 6, 6) << 2) | (bits(w, 5, 5) << 6);
        break;
    case C_LS_D:
        in->rd = in->rs2 = rdp;
        in->rs1 = rs1p;
        in->imm = (bits(w, 12, 10) << 3) | (bits(w, 6, 5) << 6);
        break;
    case C_CI:
        in->rd = in->rs1 = rd;
        in->imm = imm6;
        break;
    case C_LI:
        in->rd = rd;
        in->rs1 = 0;
        in->imm = imm6;
        break;
    case C_LUI:
        in->rd = rd;
        in->imm = imm6 * 4096;     /* imm6 << 12, without shifting a negative value */
        if (imm6 == 0)
            in->op = RV_ILLEGAL;
        break;
    case C_ADDI16SP:
        in->rd = in->rs1 = 2;
        in->imm = sext((bits(w, 12, 12) << 9) | (bits(w, 6, 6) << 4) | (bits(w, 5, 5) << 6) |
                       (bits(w, 4, 3) << 7) | (bits(w, 2, 2) << 5), 10);
        if (in->imm == 0)
            in->op = RV_ILLEGAL;
        break;
    case C_SHIFT_P:
        in->rd = in->rs1 = rs1p;
        in->imm = shamt6;
        break;
    case C_ANDI:
        in->rd = in->rs1 = rs1p;
        in->imm = imm6;
        break;
    case C_ARITH_P:
        in->rd = in->rs1 = rs1p;
        in->rs2 = rdp;
        break;
    case C_J:
        in->rd = 0;
        in->imm = sext((bits(w, 12, 12) << 11) | (bits(w, 11, 11) << 4) | (bits(w, 10, 9) << 8) |
                       (bits(w, 8, 8) << 10) | (bits(w, 7, 7) << 6) | (bits(w, 6, 6) << 7) |
                       (bits(w, 5, 3) << 1) | (bits(w, 2, 2) << 5), 12);
        break;
    case C_BZ:
        in->rs1 = rs1p;
        in->rs2 = 0;
        in->imm = sext((bits(w, 12, 12) << 8) | (bits(w, 11, 10) << 3) | (bits(w, 6, 5) << 6) |
                       (bits(w, 4, 3) << 1) | (bits(w, 2, 2) << 5), 9);
        break;
    case C_SLLI:
        in->rd = in->rs1 = rd;
        in->imm = shamt6;
        break;
    case C_LSP_W:
        in->rd = rd;
        in->rs1 = 2;
        in->imm = (bits(w, 12, 12) << 5) | (bits(w, 6, 4) << 2) | (bits(w, 3, 2) << 6);
        break;
    case C_LSP_D:
        in->rd = rd;
        in->rs1 = 2;
        in->imm = (bits(w, 12, 12) << 5) | (bits(w, 6, 5) << 3) | (bits(w, 4, 2) << 6);
        break;
    case C_SSP_W:
        in->rs2 = rs2;
        in->rs1 = 2;
        in->imm = (bits(w, 12, 9) << 2) | (bits(w, 8, 7) << 6);
        break;
    case C_SSP_D:
        in->rs2 = rs2;
        in->rs1 = 2;
        in->imm = (bits(w, 12, 10) << 3) | (bits(w, 9, 7) << 6);
        break;
    case C_JR:
        in->rd = 0;
        in->rs1 = rd;
        in->imm = 0;
        break;
    case C_JALR:
        in->rd = 1;
        in->rs1 = rd;
        in->imm = 0;
        break;
    case C_MV:
        in->rd = rd;
        in->rs1 = 0;
        in->rs2 = rs2;
        break;
    case C_ADD:
        in->rd = in->rs1 = rd;
        in->rs2 = rs2;
        break;
    case C_EBREAK:
        break;
    }
}

void rv_decode(uint16_t lo16, uint16_t hi16, RvInsn *in)
{
    pthread_once(&index_once, build_index);
    in->op = RV_ILLEGAL;
    in->rd = in->rs1 = in->rs2 = in->rs3 = in->rm = 0;
    in->imm = 0;
    if ((lo16 & 3) != 3) {
        in->len = 2;
        decode16(lo16, in);
    } else if ((lo16 & 0x1c) == 0x1c) {
        in->len = 4;        /* 48-bit and longer encodings: none exist in RV64GC */
    } else {
        in->len = 4;
        decode32(lo16 | ((uint32_t)hi16 << 16), in);
    }
}

int rv_ends_block(RvOp op)
{
    switch (op) {
    case RV_JAL: case RV_JALR:
    case RV_BEQ: case RV_BNE: case RV_BLT: case RV_BGE: case RV_BLTU: case RV_BGEU:
    case RV_ECALL: case RV_EBREAK: case RV_FENCE_I: case RV_ILLEGAL:
        return 1;
    default:
        return 0;
    }
}
