/*
 * RV64GC instructions as the riscv64 decoder produces them.
 *
 * RV_OPS is the one list of 32-bit encodings: name, mask, match, operand
 * format.  The decoder (decode.c) matches words against it, the
 * disassembler (disas.c) prints with it, and the interpreter (interp.c)
 * switches on the resulting RvOp.  Compressed instructions decode to the
 * RvOp of the 32-bit instruction they expand to (RVC_FORMS in decode.c),
 * with len = 2.
 */
#ifndef XLAT_TRANSLATE_RISCV64_INSN_H
#define XLAT_TRANSLATE_RISCV64_INSN_H

#include <stddef.h>
#include <stdint.h>

/* Operand formats of the 32-bit encodings. */
typedef enum RvFmt {
    F_R,        /* rd, rs1, rs2 */
    F_I,        /* rd, rs1, imm12 */
    F_LOAD,     /* rd, imm12(rs1) */
    F_S,        /* rs2, imm12(rs1) */
    F_B,        /* rs1, rs2, pc-relative imm13 */
    F_U,        /* rd, imm20 << 12 */
    F_J,        /* rd, pc-relative imm21 */
    F_SH6,      /* rd, rs1, shamt6 */
    F_SH5,      /* rd, rs1, shamt5 */
    F_CSR,      /* rd, csr, rs1 */
    F_CSRI,     /* rd, csr, uimm5 */
    F_AMO,      /* rd, rs2, (rs1); aq/rl ignored: the interpreter is sequentially consistent */
    F_LR,       /* rd, (rs1) */
    F_NONE,     /* no operands */
    F_FR,       /* fd, fs1, fs2 (no rounding mode) */
    F_FR_RM,    /* fd, fs1, fs2, rm */
    F_FR1_RM,   /* fd, fs1, rm (unary, rs2 field fixed) */
    F_FR4_RM,   /* fd, fs1, fs2, fs3, rm */
    F_FCMP,     /* rd, fs1, fs2 */
    F_F2X,      /* rd, fs1 */
    F_F2X_RM,   /* rd, fs1, rm */
    F_X2F,      /* fd, rs1 */
    F_X2F_RM,   /* fd, rs1, rm */
    F_FLOAD,    /* fd, imm12(rs1) */
    F_FSTORE,   /* fs2, imm12(rs1) */
} RvFmt;

#define RV_OPS(X)                                                              \
    /* RV64I */                                                                \
    X(LUI, "lui", 0x7f, 0x37, F_U)                                             \
    X(AUIPC, "auipc", 0x7f, 0x17, F_U)                                         \
    X(JAL, "jal", 0x7f, 0x6f, F_J)                                             \
    X(JALR, "jalr", 0x707f, 0x67, F_LOAD)                                      \
    X(BEQ, "beq", 0x707f, 0x63, F_B)                                           \
    X(BNE, "bne", 0x707f, 0x1063, F_B)                                         \
    X(BLT, "blt", 0x707f, 0x4063, F_B)                                         \
    X(BGE, "bge", 0x707f, 0x5063, F_B)                                         \
    X(BLTU, "bltu", 0x707f, 0x6063, F_B)                                       \
    X(BGEU, "bgeu", 0x707f, 0x7063, F_B)                                       \
    X(LB, "lb", 0x707f, 0x03, F_LOAD)                                          \
    X(LH, "lh", 0x707f, 0x1003, F_LOAD)                                        \
    X(LW, "lw", 0x707f, 0x2003, F_LOAD)                                        \
    X(LD, "ld", 0x707f, 0x3003, F_LOAD)                                        \
    X(LBU, "lbu", 0x707f, 0x4003, F_LOAD)                                      \
    X(LHU, "lhu", 0x707f, 0x5003, F_LOAD)                                      \
    X(LWU, "lwu", 0x707f, 0x6003, F_LOAD)                                      \
    X(SB, "sb", 0x707f, 0x23, F_S)                                             \
    X(SH, "sh", 0x707f, 0x1023, F_S)                                           \
    X(SW, "sw", 0x707f, 0x2023, F_S)                                           \
    X(SD, "sd", 0x707f, 0x3023, F_S)                                           \
    X(ADDI, "addi", 0x707f, 0x13, F_I)                                         \
    X(SLTI, "slti", 0x707f, 0x2013, F_I)                                       \
    X(SLTIU, "sltiu", 0x707f, 0x3013, F_I)                                     \
    X(XORI, "xori", 0x707f, 0x4013, F_I)                                       \
    X(ORI, "ori", 0x707f, 0x6013, F_I)                                         \
    X(ANDI, "andi", 0x707f, 0x7013, F_I)                                       \
    X(SLLI, "slli", 0xfc00707f, 0x1013, F_SH6)                                 \
    X(SRLI, "srli", 0xfc00707f, 0x5013, F_SH6)                                 \
    X(SRAI, "srai", 0xfc00707f, 0x40005013, F_SH6)                             \
    X(ADD, "add", 0xfe00707f, 0x33, F_R)                                       \
    X(SUB, "sub", 0xfe00707f, 0x40000033, F_R)                                 \
    X(SLL, "sll", 0xfe00707f, 0x1033, F_R)                                     \
    X(SLT, "slt", 0xfe00707f, 0x2033, F_R)                                     \
    X(SLTU, "sltu", 0xfe00707f, 0x3033, F_R)                                   \
    X(XOR, "xor", 0xfe00707f, 0x4033, F_R)                                     \
    X(SRL, "srl", 0xfe00707f, 0x5033, F_R)                                     \
    X(SRA, "sra", 0xfe00707f, 0x40005033, F_R)                                 \
    X(OR, "or", 0xfe00707f, 0x6033, F_R)                                       \
    X(AND, "and", 0xfe00707f, 0x7033, F_R)                                     \
    X(ADDIW, "addiw", 0x707f, 0x1b, F_I)                                       \
    X(SLLIW, "slliw", 0xfe00707f, 0x101b, F_SH5)                               \
    X(SRLIW, "srliw", 0xfe00707f, 0x501b, F_SH5)                               \
    X(SRAIW, "sraiw", 0xfe00707f, 0x4000501b, F_SH5)                           \
    X(ADDW, "addw", 0xfe00707f, 0x3b, F_R)                                     \
    X(SUBW, "subw", 0xfe00707f, 0x4000003b, F_R)                               \
    X(SLLW, "sllw", 0xfe00707f, 0x103b, F_R)                                   \
    X(SRLW, "srlw", 0xfe00707f, 0x503b, F_R)                                   \
    X(SRAW, "sraw", 0xfe00707f, 0x4000503b, F_R)                               \
    X(FENCE, "fence", 0x707f, 0x0f, F_NONE)                                    \
    X(FENCE_I, "fence.i", 0x707f, 0x100f, F_NONE)                              \
    X(ECALL, "ecall", 0xffffffff, 0x73, F_NONE)                                \
    X(EBREAK, "ebreak", 0xffffffff, 0x100073, F_NONE)                          \
    /* Zicsr */                                                                \
    X(CSRRW, "csrrw", 0x707f, 0x1073, F_CSR)                                   \
    X(CSRRS, "csrrs", 0x707f, 0x2073, F_CSR)                                   \
    X(CSRRC, "csrrc", 0x707f, 0x3073, F_CSR)                                   \
    X(CSRRWI, "csrrwi", 0x707f, 0x5073, F_CSRI)                                \
    X(CSRRSI, "csrrsi", 0x707f, 0x6073, F_CSRI)                                \
    X(CSRRCI, "csrrci", 0x707f, 0x7073, F_CSRI)                                \
    /* M */                                                                    \
    X(MUL, "mul", 0xfe00707f, 0x02000033, F_R)                                 \
    X(MULH, "mulh", 0xfe00707f, 0x02001033, F_R)                               \
    X(MULHSU, "mulhsu", 0xfe00707f, 0x02002033, F_R)                           \
    X(MULHU, "mulhu", 0xfe00707f, 0x02003033, F_R)                             \
    X(DIV, "div", 0xfe00707f, 0x02004033, F_R)                                 \
    X(DIVU, "divu", 0xfe00707f, 0x02005033, F_R)                               \
    X(REM, "rem", 0xfe00707f, 0x02006033, F_R)                                 \
    X(REMU, "remu", 0xfe00707f, 0x02007033, F_R)                               \
    X(MULW, "mulw", 0xfe00707f, 0x0200003b, F_R)                               \
    X(DIVW, "divw", 0xfe00707f, 0x0200403b, F_R)                               \
    X(DIVUW, "divuw", 0xfe00707f, 0x0200503b, F_R)                             \
    X(REMW, "remw", 0xfe00707f, 0x0200603b, F_R)                               \
    X(REMUW, "remuw", 0xfe00707f, 0x0200703b, F_R)                             \
    /* A */                                                                    \
    X(LR_W, "lr.w", 0xf9f0707f, 0x1000202f, F_LR)                              \
    X(SC_W, "sc.w", 0xf800707f, 0x1800202f, F_AMO)                             \
    X(AMOSWAP_W, "amoswap.w", 0xf800707f, 0x0800202f, F_AMO)                   \
    X(AMOADD_W, "amoadd.w", 0xf800707f, 0x0000202f, F_AMO)                     \
    X(AMOXOR_W, "amoxor.w", 0xf800707f, 0x2000202f, F_AMO)                     \
    X(AMOAND_W, "amoand.w", 0xf800707f, 0x6000202f, F_AMO)                     \
    X(AMOOR_W, "amoor.w", 0xf800707f, 0x4000202f, F_AMO)                       \
    X(AMOMIN_W, "amomin.w", 0xf800707f, 0x8000202f, F_AMO)                     \
    X(AMOMAX_W, "amomax.w", 0xf800707f, 0xa000202f, F_AMO)                     \
    X(AMOMINU_W, "amominu.w", 0xf800707f, 0xc000202f, F_AMO)                   \
    X(AMOMAXU_W, "amomaxu.w", 0xf800707f, 0xe000202f, F_AMO)                   \
    X(LR_D, "lr.d", 0xf9f0707f, 0x1000302f, F_LR)                              \
    X(SC_D, "sc.d", 0xf800707f, 0x1800302f, F_AMO)                             \
    X(AMOSWAP_D, "amoswap.d", 0xf800707f, 0x0800302f, F_AMO)                   \
    X(AMOADD_D, "amoadd.d", 0xf800707f, 0x0000302f, F_AMO)                     \
    X(AMOXOR_D, "amoxor.d", 0xf800707f, 0x2000302f, F_AMO)                     \
    X(AMOAND_D, "amoand.d", 0xf800707f, 0x6000302f, F_AMO)                     \
    X(AMOOR_D, "amoor.d", 0xf800707f, 0x4000302f, F_AMO)                       \
    X(AMOMIN_D, "amomin.d", 0xf800707f, 0x8000302f, F_AMO)                     \
    X(AMOMAX_D, "amomax.d", 0xf800707f, 0xa000302f, F_AMO)                     \
    X(AMOMINU_D, "amominu.d", 0xf800707f, 0xc000302f, F_AMO)                   \
    X(AMOMAXU_D, "amomaxu.d", 0xf800707f, 0xe000302f, F_AMO)                   \
    /* F and D */                                                              \
    X(FLW, "flw", 0x707f, 0x2007, F_FLOAD)                                     \
    X(FLD, "fld", 0x707f, 0x3007, F_FLOAD)                                     \
    X(FSW, "fsw", 0x707f, 0x2027, F_FSTORE)                                    \
    X(FSD, "fsd", 0x707f, 0x3027, F_FSTORE)                                    \
    X(FMADD_S, "fmadd.s", 0x0600007f, 0x43, F_FR4_RM)                          \
    X(FMSUB_S, "fmsub.s", 0x0600007f, 0x47, F_FR4_RM)                          \
    X(FNMSUB_S, "fnmsub.s", 0x0600007f, 0x4b, F_FR4_RM)                        \
    X(FNMADD_S, "fnmadd.s", 0x0600007f, 0x4f, F_FR4_RM)                        \
    X(FMADD_D, "fmadd.d", 0x0600007f, 0x02000043, F_FR4_RM)                    \
    X(FMSUB_D, "fmsub.d", 0x0600007f, 0x02000047, F_FR4_RM)                    \
    X(FNMSUB_D, "fnmsub.d", 0x0600007f, 0x0200004b, F_FR4_RM)                  \
    X(FNMADD_D, "fnmadd.d", 0x0600007f, 0x0200004f, F_FR4_RM)                  \
    X(FADD_S, "fadd.s", 0xfe00007f, 0x00000053, F_FR_RM)                       \
    X(FSUB_S, "fsub.s", 0xfe00007f, 0x08000053, F_FR_RM)                       \
    X(FMUL_S, "fmul.s", 0xfe00007f, 0x10000053, F_FR_RM)                       \
    X(FDIV_S, "fdiv.s", 0xfe00007f, 0x18000053, F_FR_RM)                       \
    X(FSQRT_S, "fsqrt.s", 0xfff0007f, 0x58000053, F_FR1_RM)                    \
    X(FSGNJ_S, "fsgnj.s", 0xfe00707f, 0x20000053, F_FR)                        \
    X(FSGNJN_S, "fsgnjn.s", 0xfe00707f, 0x20001053, F_FR)                      \
    X(FSGNJX_S, "fsgnjx.s", 0xfe00707f, 0x20002053, F_FR)                      \
    X(FMIN_S, "fmin.s", 0xfe00707f, 0x28000053, F_FR)                          \
    X(FMAX_S, "fmax.s", 0xfe00707f, 0x28001053, F_FR)                          \
    X(FADD_D, "fadd.d", 0xfe00007f, 0x02000053, F_FR_RM)                       \
    X(FSUB_D, "fsub.d", 0xfe00007f, 0x0a000053, F_FR_RM)                       \
    X(FMUL_D, "fmul.d", 0xfe00007f, 0x12000053, F_FR_RM)                       \
    X(FDIV_D, "fdiv.d", 0xfe00007f, 0x1a000053, F_FR_RM)                       \
    X(FSQRT_D, "fsqrt.d", 0xfff0007f, 0x5a000053, F_FR1_RM)                    \
    X(FSGNJ_D, "fsgnj.d", 0xfe00707f, 0x22000053, F_FR)                        \
    X(FSGNJN_D, "fsgnjn.d", 0xfe00707f, 0x22001053, F_FR)                      \
    X(FSGNJX_D, "fsgnjx.d", 0xfe00707f, 0x22002053, F_FR)                      \
    X(FMIN_D, "fmin.d", 0xfe00707f, 0x2a000053, F_FR)                          \
    X(FMAX_D, "fmax.d", 0xfe00707f, 0x2a001053, F_FR)                          \
    X(FCVT_S_D, "fcvt.s.d", 0xfff0007f, 0x40100053, F_FR1_RM)                  \
    X(FCVT_D_S, "fcvt.d.s", 0xfff0007f, 0x42000053, F_FR1_RM)                  \
    X(FEQ_S, "feq.s", 0xfe00707f, 0xa0002053, F_FCMP)                          \
    X(FLT_S, "flt.s", 0xfe00707f, 0xa0001053, F_FCMP)                          \
    X(FLE_S, "fle.s", 0xfe00707f, 0xa0000053, F_FCMP)                          \
    X(FEQ_D, "feq.d", 0xfe00707f, 0xa2002053, F_FCMP)                          \
    X(FLT_D, "flt.d", 0xfe00707f, 0xa2001053, F_FCMP)                          \
    X(FLE_D, "fle.d", 0xfe00707f, 0xa2000053, F_FCMP)                          \
    X(FCVT_W_S, "fcvt.w.s", 0xfff0007f, 0xc0000053, F_F2X_RM)                  \
    X(FCVT_WU_S, "fcvt.wu.s", 0xfff0007f, 0xc0100053, F_F2X_RM)                \
    X(FCVT_L_S, "fcvt.l.s", 0xfff0007f, 0xc0200053, F_F2X_RM)                  \
    X(FCVT_LU_S, "fcvt.lu.s", 0xfff0007f, 0xc0300053, F_F2X_RM)                \
    X(FCVT_W_D, "fcvt.w.d", 0xfff0007f, 0xc2000053, F_F2X_RM)                  \
    X(FCVT_WU_D, "fcvt.wu.d", 0xfff0007f, 0xc2100053, F_F2X_RM)                \
    X(FCVT_L_D, "fcvt.l.d", 0xfff0007f, 0xc2200053, F_F2X_RM)                  \
    X(FCVT_LU_D, "fcvt.lu.d", 0xfff0007f, 0xc2300053, F_F2X_RM)                \
    X(FCVT_S_W, "fcvt.s.w", 0xfff0007f, 0xd0000053, F_X2F_RM)                  \
    X(FCVT_S_WU, "fcvt.s.wu", 0xfff0007f, 0xd0100053, F_X2F_RM)                \
    X(FCVT_S_L, "fcvt.s.l", 0xfff0007f, 0xd0200053, F_X2F_RM)                  \
    X(FCVT_S_LU, "fcvt.s.lu", 0xfff0007f, 0xd0300053, F_X2F_RM)                \
    X(FCVT_D_W, "fcvt.d.w", 0xfff0007f, 0xd2000053, F_X2F_RM)                  \
    X(FCVT_D_WU, "fcvt.d.wu", 0xfff0007f, 0xd2100053, F_X2F_RM)                \
    X(FCVT_D_L, "fcvt.d.l", 0xfff0007f, 0xd2200053, F_X2F_RM)                  \
    X(FCVT_D_LU, "fcvt.d.lu", 0xfff0007f, 0xd2300053, F_X2F_RM)                \
    X(FMV_X_W, "fmv.x.w", 0xfff0707f, 0xe0000053, F_F2X)                       \
    X(FCLASS_S, "fclass.s", 0xfff0707f, 0xe0001053, F_F2X)                     \
    X(FMV_X_D, "fmv.x.d", 0xfff0707f, 0xe2000053, F_F2X)                       \
    X(FCLASS_D, "fclass.d", 0xfff0707f, 0xe2001053, F_F2X)                     \
    X(FMV_W_X, "fmv.w.x", 0xfff0707f, 0xf0000053, F_X2F)                       \
    X(FMV_D_X, "fmv.d.x", 0xfff0707f, 0xf2000053, F_X2F)

typedef enum RvOp {
    RV_ILLEGAL = 0,
#define X(op, name, mask, match, fmt) RV_##op,
    RV_OPS(X)
#undef X
    RV_NUM_OPS
} RvOp;

/* One predecoded instruction: 16 bytes. */
typedef struct RvInsn {
    uint8_t op;         /* RvOp */
    uint8_t rd, rs1, rs2, rs3;
    uint8_t rm;         /* rounding mode field, 7 = dynamic */
    uint8_t len;        /* 2 (compressed) or 4 */
    uint8_t pc_off;     /* offset from the block's start, in 2-byte units */
    int64_t imm;        /* immediate, csr number, or branch offset */
} RvInsn;
_Static_assert(sizeof(RvInsn) == 16, "RvInsn is two words");

extern const char *const rv_op_names[RV_NUM_OPS];
extern const RvFmt rv_op_formats[RV_NUM_OPS];

/* Decode the instruction whose first 16 bits are lo16 (and, for a 32-bit
 * instruction, hi16 the next 16).  Sets insn->op = RV_ILLEGAL for
 * reserved, illegal or unimplemented encodings; insn->len says how many
 * bytes it occupies either way. */
void rv_decode(uint16_t lo16, uint16_t hi16, RvInsn *insn);

/* Does the instruction end a block (changes control flow, or needs the run
 * loop: ecall, ebreak, fence.i, illegal)? */
int rv_ends_block(RvOp op);

/* Disassemble one decoded instruction at pc into buf. */
void rv_disas_insn(const RvInsn *insn, uint64_t pc, char *buf, size_t size);

#endif
