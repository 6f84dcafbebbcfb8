/*
 * The aarch64 guest: predecoded instructions, decode tables, and the small
 * helpers every family of instruction semantics shares.
 *
 * Decoding is declarative: each family file (dp.c, ldst.c, branch.c, fp.c,
 * simd-*.c) owns one or more tables of A64Pattern rows, mask/match plus an
 * operand format and a handler:
 *
 *   { 0x7f800000, 0x11000000, fmt_addsub_imm, h_add_imm, "add mov" }
 *
 * decode.c picks the tables of the word's major group (bits 28:25), fills the
 * generic fields of an A64Insn (rd, rn, rm, ra = bits 4:0, 9:5, 20:16, 14:10,
 * sf = bit 31) and calls the first matching row's format, which computes
 * immediates, rejects reserved encodings (returns false: the search goes on,
 * and a word no row takes is undefined, SIGILL), and may pick a more
 * specific handler.  The last string is the capstone mnemonics that may name
 * the instruction (aliases included; "ld*" is a prefix), for the decoder
 * test.  Adding an instruction is adding one row and, if new, one handler.
 *
 * The interpreter (interp.c) runs blocks of predecoded A64Insn: it calls
 * in->fn(cpu, in) for each in turn.  The last instruction of a block always
 * sets cpu->pc (a branch, or a fall-through pseudo-instruction the block
 * builder appends), so handlers of ordinary instructions never touch the PC
 * except to publish in->pc before an access that may fault.
 *
 * Register conventions: operand 31 means SP or XZR depending on the
 * instruction; handlers say which with xr/xw (zero register) or xsp/wsp
 * (stack pointer).  32-bit results are zero-extended into the X register.
 */
#ifndef XLAT_TRANSLATE_AARCH64_A64_H
#define XLAT_TRANSLATE_AARCH64_A64_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"

typedef struct A64Insn A64Insn;
typedef void A64Handler(Cpu *cpu, const A64Insn *in);

struct A64Insn {
    A64Handler *fn;
    uint64_t pc;
    uint64_t imm;       /* immediate, offset, branch target, mask... */
    uint64_t imm2;      /* a second immediate (bitfield tmask, ...) */
    uint8_t rd, rn, rm, ra; /* ra is also Rt2 / Rs for some forms */
    uint8_t sf;         /* 64-bit operation; Q (128-bit vector) for SIMD */
    uint8_t size;       /* log2 of the access or element size */
    uint8_t cond;       /* condition, or a small sub-operation code */
    uint8_t sh;         /* shift or extend type */
    uint8_t amt;        /* shift amount */
    uint8_t flags;      /* sets flags, and other per-family bits */
    uint8_t aux, aux2;  /* family-specific */
};

typedef bool A64Format(uint32_t word, A64Insn *in);

typedef struct A64Pattern {
    uint32_t mask, match;
    A64Format *fmt;     /* NULL: the generic fields suffice */
    A64Handler *fn;     /* the format may replace it */
    const char *mnem;   /* capstone mnemonics, for tests/unit/test-a64-decode */
    unsigned ends_block;
} A64Pattern;

/* A64Pattern.ends_block: the instruction may change the PC or the code. */
#define A64_ENDS 1u

/* Tables, each ended by a row with mask 0 and fn NULL. */
extern const A64Pattern a64_dp_imm_patterns[];
extern const A64Pattern a64_dp_reg_patterns[];
extern const A64Pattern a64_branch_patterns[];
extern const A64Pattern a64_ldst_patterns[];
extern const A64Pattern a64_fp_patterns[];
extern const A64Pattern a64_simd_patterns[];
extern const A64Pattern a64_simd2_patterns[];
extern const A64Pattern a64_crypto_patterns[];

/* Decode one word at pc.  Returns the pattern taken, or NULL (undefined). */
const A64Pattern *a64_decode(uint32_t word, uint64_t pc, A64Insn *in);

/* Handlers the block builder uses directly. */
void a64_h_undefined(Cpu *cpu, const A64Insn *in);
void a64_h_fallthrough(Cpu *cpu, const A64Insn *in);

/* Drop every predecoded block (IC IVAU, code changed); interp.c. */
void a64_flush_blocks(void);
void a64_invalidate_range(uint64_t start, uint64_t len);
/* Set by IC IVAU: the run loop flushes before the next block. */
extern __thread bool a64_flush_pending;

/* ---- shared helpers ---- */

static inline uint64_t xr(const Cpu *c, unsigned r) { return r == 31 ? 0 : c->x[r]; }
static inline uint64_t xsp(const Cpu *c, unsigned r) { return c->x[r]; }
/* Write a result register (31 = XZR), zero-extending 32-bit results. */
static inline void xw(Cpu *c, unsigned r, bool sf, uint64_t v)
{
    if (r != 31)
        c->x[r] = sf ? v : (uint32_t)v;
}
static inline void wsp(Cpu *c, unsigned r, bool sf, uint64_t v)
{
    c->x[r] = sf ? v : (uint32_t)v;
}

static inline int64_t sext(uint64_t v, unsigned bits)
{
    return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

static inline uint64_t bits_of(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* NZCV as MRS reads it: N bit 31 ... V bit 28. */
#define A64_N (1u << 31)
#define A64_Z (1u << 30)
#define A64_C (1u << 29)
#define A64_V (1u << 28)

extern uint16_t a64_cond_table[16];
/* Does condition cond hold for flags nzcv? */
static inline bool cond_holds(uint32_t nzcv, unsigned cond)
{
    return (a64_cond_table[cond] >> (nzcv >> 28)) & 1;
}
void a64_init_cond_table(void);

/* a + b + carry with the flags of ADDS/ADCS (SUBS is a + ~b + 1). */
static inline uint64_t add_with_flags(Cpu *c, bool sf, uint64_t a, uint64_t b,
                                      unsigned carry)
{
    uint32_t f;
    if (sf) {
        uint64_t r = a + b + carry;
        unsigned __int128 wide = (unsigned __int128)a + b + carry;
        f = (r >> 63) << 31;
        f |= (r == 0) ? A64_Z : 0;
        f |= (wide >> 64) ? A64_C : 0;
        f |= ((~(a ^ b) & (a ^ r)) >> 63) ? A64_V : 0;
        c->a64.nzcv = f;
        return r;
    }
    uint32_t a32 = a, b32 = b;
    uint32_t r = a32 + b32 + carry;
    uint64_t wide = (uint64_t)a32 + b32 + carry;
    f = (r >> 31) << 31;
    f |= (r == 0) ? A64_Z : 0;
    f |= (wide >> 32) ? A64_C : 0;
    f |= ((~(a32 ^ b32) & (a32 ^ r)) >> 31) ? A64_V : 0;
    c->a64.nzcv = f;
    return r;
}

static inline void logic_flags(Cpu *c, bool sf, uint64_t r)
{
    if (!sf)
        r = (uint64_t)(int64_t)(int32_t)r;
    c->a64.nzcv = ((r >> 63) << 31) | (r == 0 ? A64_Z : 0);
}

/* Shift of a register operand (LSL LSR ASR ROR), width 32 or 64. */
static inline uint64_t shift_reg(uint64_t v, unsigned type, unsigned amt, bool sf)
{
    if (!amt)
        return sf ? v : (uint32_t)v;
    if (sf) {
        switch (type) {
        case 0: return v << amt;
        case 1: return v >> amt;
        case 2: return (uint64_t)((int64_t)v >> amt);
        default: return (v >> amt) | (v << (64 - amt));
        }
    }
    uint32_t w = v;
    switch (type) {
    case 0: return (uint32_t)(w << amt);
    case 1: return w >> amt;
    case 2: return (uint32_t)((int32_t)w >> amt);
    default: return (uint32_t)((w >> amt) | (w << (32 - amt)));
    }
}

/* Extend of a register operand (UXTB..SXTX) followed by a left shift. */
static inline uint64_t extend_reg(uint64_t v, unsigned option, unsigned amt)
{
    switch (option) {
    case 0: v = (uint8_t)v; break;
    case 1: v = (uint16_t)v; break;
    case 2: v = (uint32_t)v; break;
    case 3: break;
    case 4: v = (uint64_t)(int64_t)(int8_t)v; break;
    case 5: v = (uint64_t)(int64_t)(int16_t)v; break;
    case 6: v = (uint64_t)(int64_t)(int32_t)v; break;
    default: break;
    }
    return v << amt;
}

/* DecodeBitMasks of the Arm ARM: false for a reserved combination. */
bool a64_decode_bit_masks(unsigned n, unsigned imms, unsigned immr, bool immediate,
                          unsigned datasize, uint64_t *wmask, uint64_t *tmask);

/* FP helpers shared by the scalar and vector FP files (fp-ops.c). */
typedef struct A64FpEnv {
    uint32_t saved_mxcsr;
} A64FpEnv;
void a64_fp_begin(Cpu *c, A64FpEnv *env);
void a64_fp_end(Cpu *c, A64FpEnv *env);
/* The FPSR cumulative flags (IOC DZC OFC UFC IXC) of MXCSR's exception
 * flags (DE, the x86 denormal-operand flag, has none: IDC is FPCR.FZ's). */
uint32_t a64_fpsr_of_mxcsr(uint32_t mxcsr);
/* The translator's inline FP leaves its flags in the host MXCSR: fold them
 * into fpsr (NULL: drop them) and clear them there. */
void a64_fp_host_flags_fold(uint32_t *fpsr);
uint32_t a64_fp_binop32(Cpu *c, unsigned op, uint32_t a, uint32_t b);
uint64_t a64_fp_binop64(Cpu *c, unsigned op, uint64_t a, uint64_t b);
/* op codes for a64_fp_binop*: */
enum { FPOP_ADD, FPOP_SUB, FPOP_MUL, FPOP_DIV, FPOP_MAX, FPOP_MIN, FPOP_MAXNM,
       FPOP_MINNM, FPOP_NMUL, FPOP_MULX, FPOP_ABD, FPOP_RECPS, FPOP_RSQRTS };
uint32_t a64_fp_fma32(Cpu *c, uint32_t addend, uint32_t a, uint32_t b);
uint64_t a64_fp_fma64(Cpu *c, uint64_t addend, uint64_t a, uint64_t b);
uint32_t a64_fp_sqrt32(Cpu *c, uint32_t a);
uint64_t a64_fp_sqrt64(Cpu *c, uint64_t a);
/* FCMP result as NZCV; signal_qnan for FCMPE. */
uint32_t a64_fp_cmp32(Cpu *c, uint32_t a, uint32_t b, bool signal_qnan);
uint32_t a64_fp_cmp64(Cpu *c, uint64_t a, uint64_t b, bool signal_qnan);
/* Vector compares: all-ones or zero.  op: 0 EQ, 1 GE, 2 GT */
uint64_t a64_fp_cmpv(Cpu *c, unsigned op, uint64_t a, uint64_t b, bool dbl);
/* FRINT* with rounding: 0 N, 1 P, 2 M, 3 Z, 4 A (ties away), 5 FPCR;
 * exact: signal inexact (FRINTX). */
uint64_t a64_fp_round(Cpu *c, uint64_t a, bool dbl, unsigned rmode, bool exact);
/* Float to integer (saturating), fbits fraction bits, rounding as above. */
uint64_t a64_fp_to_int(Cpu *c, uint64_t a, bool dbl, bool is_unsigned, bool to64,
                       unsigned rmode, unsigned fbits);
/* Integer to float with FPCR rounding. */
uint64_t a64_int_to_fp(Cpu *c, uint64_t v, bool is_unsigned, bool from64, bool dbl,
                       unsigned fbits);
/* FCVT between precisions: sizes 1 half, 2 single, 3 double. */
uint64_t a64_fp_convert(Cpu *c, uint64_t a, unsigned from, unsigned to);
/* VFPExpandImm: 8-bit FMOV immediate to a single or double. */
uint64_t a64_fp_expand_imm(unsigned imm8, bool dbl);

#endif
