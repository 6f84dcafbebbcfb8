/*
 * x86-64 machine code: typed encoders writing into an Emit buffer.
 *
 * Each encoder emits one host instruction.  Operands are typed: a register
 * (X86Reg), a memory operand [base + disp] (X86Mem; no index register, the
 * translator never needs one), or an immediate.  The REX prefix, ModRM,
 * SIB and displacement size are derived here once (x86_modrm_*), the way
 * QEMU's tcg_out_opc derives prefixes from flags, so an encoder is its
 * opcode plus one call.
 *
 * An Emit with a NULL buffer only counts bytes: the same code path gives
 * the size of a sequence before code memory is allocated.  Writing past
 * cap sets overflow instead of writing (the caller flushes the code cache
 * and translates again).
 *
 * Example: x86_load(e, 8, X86_RAX, x86_mem(X86_R15, -120)) emits
 * 49 8b 47 88 = mov rax, [r15 - 0x78].
 */
#ifndef XLAT_TRANSLATE_X86_64_EMIT_H
#define XLAT_TRANSLATE_X86_64_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum X86Reg {
    X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
} X86Reg;

/* The eight classic ALU operations, numbered as in their /digit. */
typedef enum X86Alu {
    X86_ADD = 0, X86_OR = 1, X86_ADC = 2, X86_SBB = 3, X86_AND = 4, X86_SUB = 5,
    X86_XOR = 6, X86_CMP = 7,
} X86Alu;

/* Shifts and rotates, numbered as their /digit in C1/D3. */
typedef enum X86Shift {
    X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7,
} X86Shift;

/* The one-operand group-3 operations of F7. */
typedef enum X86Grp3 {
    X86_NOT = 2, X86_NEG = 3, X86_MUL = 4, X86_IMUL1 = 5, X86_DIV = 6, X86_IDIV = 7,
} X86Grp3;

/* Condition codes, numbered as in Jcc/SETcc/CMOVcc. */
typedef enum X86Cond {
    X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE, X86_CC_BE, X86_CC_A,
    X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP, X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G,
} X86Cond;

/* Scalar SSE arithmetic, numbered as the low byte of its 0F opcode. */
typedef enum X86SseOp {
    X86_SQRTS = 0x51, X86_ADDS = 0x58, X86_MULS = 0x59, X86_SUBS = 0x5c, X86_MINS = 0x5d,
    X86_DIVS = 0x5e, X86_MAXS = 0x5f,
} X86SseOp;

/* FMA3 213 forms (dst = src2 * dst op [m]), numbered as their 0F38 opcode. */
typedef enum X86FmaOp {
    X86_VFMADD213 = 0xa9, X86_VFMSUB213 = 0xab, X86_VFNMADD213 = 0xad, X86_VFNMSUB213 = 0xaf,
} X86FmaOp;

/* Packed integer SSE with the 66 prefix (SSE2; SSSE3 and SSE4.1 where
 * marked), numbered as their opcode bytes after 66: 0F xx or 0F 38 xx. */
typedef enum X86VecOp {
    X86_PAND = 0x0fdb, X86_PANDN = 0x0fdf, X86_POR = 0x0feb, X86_PXOR = 0x0fef,
    X86_PADDB = 0x0ffc, X86_PADDW = 0x0ffd, X86_PADDD = 0x0ffe, X86_PADDQ = 0x0fd4,
    X86_PSUBB = 0x0ff8, X86_PSUBW = 0x0ff9, X86_PSUBD = 0x0ffa, X86_PSUBQ = 0x0ffb,
    X86_PCMPEQB = 0x0f74, X86_PCMPEQW = 0x0f75, X86_PCMPEQD = 0x0f76,
    X86_PCMPGTB = 0x0f64, X86_PCMPGTW = 0x0f65, X86_PCMPGTD = 0x0f66,
    X86_PMAXUB = 0x0fde, X86_PMINUB = 0x0fda, X86_PMAXSW = 0x0fee, X86_PMINSW = 0x0fea,
    X86_PUNPCKLQDQ = 0x0f6c, X86_MOVDQA = 0x0f6f, X86_PACKUSWB = 0x0f67,
    X86_PACKSSWB = 0x0f63, X86_PACKSSDW = 0x0f6b,
    X86_PUNPCKLBW = 0x0f60, X86_PUNPCKLWD = 0x0f61, X86_PUNPCKLDQ = 0x0f62,
    X86_PUNPCKHBW = 0x0f68, X86_PUNPCKHWD = 0x0f69, X86_PUNPCKHDQ = 0x0f6a,
    X86_PSADBW = 0x0ff6,
    X86_PSHUFB = 0x0f3800,                                  /* SSSE3 */
    X86_PCMPEQQ = 0x0f3829, X86_PMAXUW = 0x0f383e, X86_PMAXUD = 0x0f383f,  /* SSE4.1 */
    X86_PMINUW = 0x0f383a, X86_PMINUD = 0x0f383b, X86_PMAXSB = 0x0f383c,
    X86_PMAXSD = 0x0f383d, X86_PMINSB = 0x0f3838, X86_PMINSD = 0x0f3839,
    X86_PCMPGTQ = 0x0f3837,                                 /* SSE4.2 */
} X86VecOp;

/* Packed shifts by an immediate: 66 0F 71/72/73 /digit. */
typedef enum X86VecShift {
    X86_PSRLW = 0x7102, X86_PSRAW = 0x7104, X86_PSLLW = 0x7106,
    X86_PSRLD = 0x7202, X86_PSRAD = 0x7204, X86_PSLLD = 0x7206,
    X86_PSRLQ = 0x7302, X86_PSRLDQ = 0x7303, X86_PSLLQ = 0x7306, X86_PSLLDQ = 0x7307,
} X86VecShift;

/* AES-NI and SHA-NI operations xmm, xmm: their opcode bytes, with the 66
 * prefix in bits 31..24 where the instruction has one. */
typedef enum X86CryptoOp {
    X86_AESIMC = 0x660f38db, X86_AESENC = 0x660f38dc, X86_AESENCLAST = 0x660f38dd,
    X86_AESDEC = 0x660f38de, X86_AESDECLAST = 0x660f38df,
    X86_SHA1NEXTE = 0x0f38c8, X86_SHA1MSG1 = 0x0f38c9, X86_SHA1MSG2 = 0x0f38ca,
    X86_SHA256RNDS2 = 0x0f38cb,     /* xmm0 is the implicit third operand */
    X86_SHA256MSG1 = 0x0f38cc, X86_SHA256MSG2 = 0x0f38cd,
} X86CryptoOp;

/* Operations xmm, xmm, imm8, numbered the same way. */
typedef enum X86XmmImmOp {
    X86_SHUFPS = 0x0fc6, X86_PALIGNR = 0x660f3a0f, X86_PCLMULQDQ = 0x660f3a44,
    X86_SHA1RNDS4 = 0x0f3acc,
} X86XmmImmOp;

typedef struct X86Mem {
    X86Reg base;
    int32_t disp;
} X86Mem;

typedef struct Emit {
    uint8_t *buf;       /* NULL: count bytes only */
    size_t len;
    size_t cap;
    bool overflow;
} Emit;

static inline X86Mem x86_mem(X86Reg base, int32_t disp)
{
    return (X86Mem){ base, disp };
}

static inline X86Cond x86_cc_invert(X86Cond cc)
{
    return (X86Cond)(cc ^ 1);
}

void emit_u8(Emit *e, uint8_t b);
void emit_u32(Emit *e, uint32_t v);
void emit_u64(Emit *e, uint64_t v);
/* Overwrite the 32-bit value at offset at (a rel32 to patch). */
void emit_patch_u32(Emit *e, size_t at, uint32_t v);

/* op dst, src (size 4 or 8). */
void x86_alu_rr(Emit *e, X86Alu op, int size, X86Reg dst, X86Reg src);
/* op dst, [m]. */
void x86_alu_rm(Emit *e, X86Alu op, int size, X86Reg dst, X86Mem m);
/* op [m], src. */
void x86_alu_mr(Emit *e, X86Alu op, int size, X86Mem m, X86Reg src);
/* op dst, imm32 (sign-extended; imm8 form when it fits). */
void x86_alu_ri(Emit *e, X86Alu op, int size, X86Reg dst, int32_t imm);
/* op size-byte [m], imm32 (sign-extended; imm8 form when it fits; size 1, 4 or 8). */
void x86_alu_mi(Emit *e, X86Alu op, int size, X86Mem m, int32_t imm);
/* test a, b. */
void x86_test_rr(Emit *e, int size, X86Reg a, X86Reg b);
/* mov dst, src (size 4 zero-extends). */
void x86_mov_rr(Emit *e, int size, X86Reg dst, X86Reg src);
/* dst = imm, in the shortest form (xor, mov r32, mov r/m64 imm32, movabs). */
void x86_mov_ri(Emit *e, X86Reg dst, uint64_t imm);
/* movabs dst, imm64 (always 10 bytes, for patchable constants). */
void x86_movabs(Emit *e, X86Reg dst, uint64_t imm);
/* mov dst, size-byte [m] (size 4 zero-extends; 1 and 2 merge, use x86_movzx_load). */
void x86_load(Emit *e, int size, X86Reg dst, X86Mem m);
/* mov size-byte [m], src (size 1, 2, 4, 8). */
void x86_store(Emit *e, int size, X86Mem m, X86Reg src);
/* mov size-byte [m], imm: imm32 sign-extended for size 8, its low size
 * bytes for 1, 2 and 4. */
void x86_store_imm(Emit *e, int size, X86Mem m, int32_t imm);
/* movzx dst32, size-byte [m] (size 1 or 2). */
void x86_movzx_load(Emit *e, int size, X86Reg dst, X86Mem m);
/* movsx dst64, size-byte [m] (size 1, 2 or 4: movsxd). */
void x86_movsx_load(Emit *e, int size, X86Reg dst, X86Mem m);
/* movsxd dst64, src32. */
void x86_movsxd_rr(Emit *e, X86Reg dst, X86Reg src);
/* movzx dst32, src8. */
void x86_movzx_rr8(Emit *e, X86Reg dst, X86Reg src);
/* lea dst, [m] (size 4 or 8). */
void x86_lea(Emit *e, int size, X86Reg dst, X86Mem m);
/* shift dst by imm (masked to the operand size by the encoder's caller). */
void x86_shift_ri(Emit *e, X86Shift op, int size, X86Reg dst, uint8_t imm);
/* shift dst by cl. */
void x86_shift_rcl(Emit *e, X86Shift op, int size, X86Reg dst);
/* imul dst, src (two-operand, low half). */
void x86_imul_rr(Emit *e, int size, X86Reg dst, X86Reg src);
/* imul dst, [m] (two-operand, low half). */
void x86_imul_rm(Emit *e, int size, X86Reg dst, X86Mem m);
/* not/neg/mul/imul/div/idiv src (rdx:rax implicit for the last four). */
void x86_grp3_r(Emit *e, X86Grp3 op, int size, X86Reg src);
/* cqo (size 8) or cdq (size 4): sign-extend rax into rdx. */
void x86_cqo(Emit *e, int size);
/* setcc dst8. */
void x86_setcc(Emit *e, X86Cond cc, X86Reg dst);
/* cmovcc dst, src. */
void x86_cmov_rr(Emit *e, X86Cond cc, int size, X86Reg dst, X86Reg src);
/* jcc rel32 to offset target (in this buffer); returns the offset of the rel32. */
size_t x86_jcc(Emit *e, X86Cond cc, size_t target);
/* jmp rel32 to offset target; returns the offset of the rel32. */
size_t x86_jmp(Emit *e, size_t target);
/* jmp to an absolute host address with rel32 (the buffer's address must be known). */
void x86_jmp_abs(Emit *e, const void *target);
/* jmp reg. */
void x86_jmp_r(Emit *e, X86Reg r);
/* jmp qword [m]. */
void x86_jmp_m(Emit *e, X86Mem m);
/* call reg. */
void x86_call_r(Emit *e, X86Reg r);
/* call rel32 to offset target; returns the offset of the rel32. */
size_t x86_call(Emit *e, size_t target);
/* push reg. */
void x86_push(Emit *e, X86Reg r);
/* pop reg. */
void x86_pop(Emit *e, X86Reg r);
/* ret. */
void x86_ret(Emit *e);
/* lock xadd size-byte [m], src (size 4 or 8). */
void x86_lock_xadd(Emit *e, int size, X86Mem m, X86Reg src);
/* xchg size-byte [m], src (implicitly locked; size 4 or 8). */
void x86_xchg_mr(Emit *e, int size, X86Mem m, X86Reg src);
/* lock cmpxchg size-byte [m], src (compares with rax). */
void x86_lock_cmpxchg(Emit *e, int size, X86Mem m, X86Reg src);
/* lock op size-byte [m], src (add, or, and, sub, xor; size 4 or 8). */
void x86_lock_alu_mr(Emit *e, X86Alu op, int size, X86Mem m, X86Reg src);
/* mfence. */
void x86_mfence(Emit *e);
/* movq xmm, r64. */
void x86_movq_xr(Emit *e, int xmm, X86Reg src);
/* movq r64, xmm. */
void x86_movq_rx(Emit *e, X86Reg dst, int xmm);
/* movsd/movss xmm, [m] (dbl: double). */
void x86_sse_load(Emit *e, bool dbl, int xmm, X86Mem m);
/* movsd/movss [m], xmm. */
void x86_sse_store(Emit *e, bool dbl, X86Mem m, int xmm);
/* addsd/subsd/mulsd/divsd/sqrtsd (or ..ss) xmm, [m]. */
void x86_sse_arith_rm(Emit *e, X86SseOp op, bool dbl, int xmm, X86Mem m);
/* ucomisd/ucomiss a, b. */
void x86_ucomis_rr(Emit *e, bool dbl, int a, int b);
/* vfmadd213sd (or ..ss, and the other FMA3 213 forms) xmm, src2, [m] (needs FMA). */
void x86_vfma213_rm(Emit *e, X86FmaOp op, bool dbl, int xmm, int src2, X86Mem m);
/* lzcnt dst, src (needs LZCNT). */
void x86_lzcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src);
/* tzcnt dst, src (needs BMI1). */
void x86_tzcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src);
/* popcnt dst, src (needs POPCNT). */
void x86_popcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src);
/* lea dst, [base + index << scale_log2 + disp] (index not rsp). */
void x86_lea_index(Emit *e, int size, X86Reg dst, X86Reg base, X86Reg index, int scale_log2,
                   int32_t disp);
/* mov dst32, imm32 (zero-extends; unlike x86_mov_ri never xor: keeps the flags). */
void x86_mov_r32_imm(Emit *e, X86Reg dst, uint32_t imm);
/* bswap r (size 4 or 8). */
void x86_bswap(Emit *e, int size, X86Reg r);
/* test size-byte [m], imm32 (size 4 or 8). */
void x86_test_mi(Emit *e, int size, X86Mem m, int32_t imm);
/* movdqu xmm, [m]. */
void x86_movdqu_load(Emit *e, int xmm, X86Mem m);
/* movdqu [m], xmm. */
void x86_movdqu_store(Emit *e, X86Mem m, int xmm);
/* AES-NI or SHA-NI op xmm, xmm (needs AES-NI or SHA-NI). */
void x86_crypto_rr(Emit *e, X86CryptoOp op, int dst, int src);
/* op xmm, xmm, imm8 (palignr: SSSE3; pclmulqdq: PCLMULQDQ; sha1rnds4: SHA-NI). */
void x86_xmm_rri(Emit *e, X86XmmImmOp op, int dst, int src, uint8_t imm);
/* lahf: ah = SF ZF 0 AF 0 PF 1 CF. */
void x86_lahf(Emit *e);
/* Packed integer op xmm, xmm (X86VecOp). */
void x86_vec_rr(Emit *e, X86VecOp op, int dst, int src);
/* Packed shift xmm, imm8. */
void x86_vec_shift_ri(Emit *e, X86VecShift op, int xmm, uint8_t imm);
/* pshufd xmm, xmm, imm8. */
void x86_pshufd(Emit *e, int dst, int src, uint8_t imm);
/* pshuflw, pshufhw xmm, xmm, imm8 (the low or high four words). */
void x86_pshuflw(Emit *e, int dst, int src, uint8_t imm);
void x86_pshufhw(Emit *e, int dst, int src, uint8_t imm);
/* movq xmm, qword [m] (the upper half cleared). */
void x86_movq_load(Emit *e, int xmm, X86Mem m);
/* movq qword [m], xmm. */
void x86_movq_store(Emit *e, X86Mem m, int xmm);
/* pmovmskb r32, xmm. */
void x86_pmovmskb(Emit *e, X86Reg dst, int xmm);
/* cmc: complement CF. */
void x86_cmc(Emit *e);
/* cvttsd2si/cvttss2si dst (size 4 or 8), xmm: truncating. */
void x86_cvtt_f2i(Emit *e, bool dbl, int size, X86Reg dst, int xmm);
/* cvtsd2si/cvtss2si dst (size 4 or 8), xmm: rounding as MXCSR says. */
void x86_cvt_f2i(Emit *e, bool dbl, int size, X86Reg dst, int xmm);
/* cvtsi2sd/cvtsi2ss xmm, src (size 4 or 8). */
void x86_cvt_i2f(Emit *e, bool dbl, int size, int xmm, X86Reg src);
/* cvtss2sd (to_dbl) or cvtsd2ss dst, src. */
void x86_cvt_f2f(Emit *e, bool to_dbl, int dst, int src);
/* comisd/comiss a, b (signals on quiet NaNs too). */
void x86_comis_rr(Emit *e, bool dbl, int a, int b);
/* roundsd/roundss dst, src, imm8 (needs SSE4.1). */
void x86_rounds_rr(Emit *e, bool dbl, int dst, int src, uint8_t imm);
/* xorps dst, src. */
void x86_xorps_rr(Emit *e, int dst, int src);
/* int3, for unreachable code. */
void x86_int3(Emit *e);

#endif
