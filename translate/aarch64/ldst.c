/*
 * A64 loads and stores: every addressing form of LDR/STR and their sign-
 * extending and SIMD&FP variants (unsigned offset, unscaled, pre/post-index,
 * unprivileged, register offset, literal), LDP/STP/LDNP/STNP/LDPSW, the
 * exclusives and acquire/release forms (LDXR/STXR/LDAXR/STLXR, the pair
 * forms, LDAR/STLR, LDAPR), LSE atomics (CAS, CASP, SWP, LD<op>), and the
 * Advanced SIMD structure loads and stores (LD1-LD4/ST1-ST4 multiple and
 * single, LD1R-LD4R, post-index).
 *
 * An access is a "kind" (what moves where: LD32 loads a W register, FST128
 * stores a Q register...) in a "mode" (how the address is formed).  The
 * formats choose the handler from ldst_handlers[kind][mode], which the
 * LDST_MODES macro below instantiates once per kind, so each handler is the
 * address computation and one access, with no run-time switch.
 *
 * Exclusives: the monitor holds the address, size and loaded value; STXR
 * succeeds if the monitor still covers the address and memory still holds
 * the value (a host compare-and-swap), which is how a single-copy atomic
 * LL/SC maps onto x86.  Acquire/release map onto x86's TSO; STLR is a
 * sequentially consistent store so that STLR; LDAR is not reordered.
 */
#include <signal.h>
#include <string.h>

#include "core/mem.h"
#include "signals/signals.h"
#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"

enum {
    K_ST8, K_ST16, K_ST32, K_ST64,
    K_LD8, K_LD16, K_LD32, K_LD64,
    K_LDSB64, K_LDSH64, K_LDSW64, K_LDSB32, K_LDSH32,
    K_FST8, K_FST16, K_FST32, K_FST64, K_FST128,
    K_FLD8, K_FLD16, K_FLD32, K_FLD64, K_FLD128,
    K_PRFM,
    K_COUNT
};
enum { M_OFF, M_PRE, M_POST, M_REG, M_LIT, M_COUNT };

static inline void publish_pc(Cpu *c, const A64Insn *i) { c->pc = i->pc; }

static inline void acc_st8(Cpu *c, const A64Insn *i, uint64_t a) { guest_store8(c, a, xr(c, i->rd)); }
static inline void acc_st16(Cpu *c, const A64Insn *i, uint64_t a) { guest_store16(c, a, xr(c, i->rd)); }
static inline void acc_st32(Cpu *c, const A64Insn *i, uint64_t a) { guest_store32(c, a, xr(c, i->rd)); }
static inline void acc_st64(Cpu *c, const A64Insn *i, uint64_t a) { guest_store64(c, a, xr(c, i->rd)); }
static inline void acc_ld8(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, guest_load8(c, a)); }
static inline void acc_ld16(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, guest_load16(c, a)); }
static inline void acc_ld32(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, guest_load32(c, a)); }
static inline void acc_ld64(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, guest_load64(c, a)); }
static inline void acc_ldsb64(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, (int64_t)(int8_t)guest_load8(c, a)); }
static inline void acc_ldsh64(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, (int64_t)(int16_t)guest_load16(c, a)); }
static inline void acc_ldsw64(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 1, (int64_t)(int32_t)guest_load32(c, a)); }
static inline void acc_ldsb32(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 0, (uint32_t)(int8_t)guest_load8(c, a)); }
static inline void acc_ldsh32(Cpu *c, const A64Insn *i, uint64_t a) { xw(c, i->rd, 0, (uint32_t)(int16_t)guest_load16(c, a)); }
static inline void acc_fst8(Cpu *c, const A64Insn *i, uint64_t a) { guest_store8(c, a, c->a64.v[i->rd].b[0]); }
static inline void acc_fst16(Cpu *c, const A64Insn *i, uint64_t a) { guest_store16(c, a, c->a64.v[i->rd].h[0]); }
static inline void acc_fst32(Cpu *c, const A64Insn *i, uint64_t a) { guest_store32(c, a, c->a64.v[i->rd].s[0]); }
static inline void acc_fst64(Cpu *c, const A64Insn *i, uint64_t a) { guest_store64(c, a, c->a64.v[i->rd].d[0]); }
static inline void acc_fst128(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_write(c, a, &c->a64.v[i->rd], 16);
}
static inline void acc_fld8(Cpu *c, const A64Insn *i, uint64_t a) { c->a64.v[i->rd].q = guest_load8(c, a); }
static inline void acc_fld16(Cpu *c, const A64Insn *i, uint64_t a) { c->a64.v[i->rd].q = guest_load16(c, a); }
static inline void acc_fld32(Cpu *c, const A64Insn *i, uint64_t a) { c->a64.v[i->rd].q = guest_load32(c, a); }
static inline void acc_fld64(Cpu *c, const A64Insn *i, uint64_t a) { c->a64.v[i->rd].q = guest_load64(c, a); }
static inline void acc_fld128(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_read(c, a, &c->a64.v[i->rd], 16);
}
static inline void acc_prfm(Cpu *c, const A64Insn *i, uint64_t a) { }

/* Handlers of one kind in every mode.  imm is the byte offset (scaled at
 * decode time); M_REG extends Rm by sh and shifts it by amt. */
#define LDST_MODES(acc)                                                        \
    static void h_##acc##_off(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        acc(c, i, xsp(c, i->rn) + i->imm);                                     \
    }                                                                          \
    static void h_##acc##_pre(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        uint64_t a = xsp(c, i->rn) + i->imm;                                   \
        acc(c, i, a);                                                          \
        c->x[i->rn] = a;                                                       \
    }                                                                          \
    static void h_##acc##_post(Cpu *c, const A64Insn *i)                       \
    {                                                                          \
        publish_pc(c, i);                                                      \
        uint64_t a = xsp(c, i->rn);                                            \
        acc(c, i, a);                                                          \
        c->x[i->rn] = a + i->imm;                                              \
    }                                                                          \
    static void h_##acc##_reg(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        acc(c, i, xsp(c, i->rn) + extend_reg(xr(c, i->rm), i->sh, i->amt));    \
    }                                                                          \
    static void h_##acc##_lit(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        acc(c, i, i->imm);                                                     \
    }
LDST_MODES(acc_st8) LDST_MODES(acc_st16) LDST_MODES(acc_st32) LDST_MODES(acc_st64)
LDST_MODES(acc_ld8) LDST_MODES(acc_ld16) LDST_MODES(acc_ld32) LDST_MODES(acc_ld64)
LDST_MODES(acc_ldsb64) LDST_MODES(acc_ldsh64) LDST_MODES(acc_ldsw64)
LDST_MODES(acc_ldsb32) LDST_MODES(acc_ldsh32)
LDST_MODES(acc_fst8) LDST_MODES(acc_fst16) LDST_MODES(acc_fst32) LDST_MODES(acc_fst64)
LDST_MODES(acc_fst128)
LDST_MODES(acc_fld8) LDST_MODES(acc_fld16) LDST_MODES(acc_fld32) LDST_MODES(acc_fld64)
LDST_MODES(acc_fld128)
#undef LDST_MODES

static void h_prfm(Cpu *c, const A64Insn *i) { }

#define LDST_ROW(acc) { h_##acc##_off, h_##acc##_pre, h_##acc##_post, h_##acc##_reg, h_##acc##_lit }
static A64Handler *const ldst_handlers[K_COUNT][M_COUNT] = {
    [K_ST8] = LDST_ROW(acc_st8), [K_ST16] = LDST_ROW(acc_st16),
    [K_ST32] = LDST_ROW(acc_st32), [K_ST64] = LDST_ROW(acc_st64),
    [K_LD8] = LDST_ROW(acc_ld8), [K_LD16] = LDST_ROW(acc_ld16),
    [K_LD32] = LDST_ROW(acc_ld32), [K_LD64] = LDST_ROW(acc_ld64),
    [K_LDSB64] = LDST_ROW(acc_ldsb64), [K_LDSH64] = LDST_ROW(acc_ldsh64),
    [K_LDSW64] = LDST_ROW(acc_ldsw64), [K_LDSB32] = LDST_ROW(acc_ldsb32),
    [K_LDSH32] = LDST_ROW(acc_ldsh32),
    [K_FST8] = LDST_ROW(acc_fst8), [K_FST16] = LDST_ROW(acc_fst16),
    [K_FST32] = LDST_ROW(acc_fst32), [K_FST64] = LDST_ROW(acc_fst64),
    [K_FST128] = LDST_ROW(acc_fst128),
    [K_FLD8] = LDST_ROW(acc_fld8), [K_FLD16] = LDST_ROW(acc_fld16),
    [K_FLD32] = LDST_ROW(acc_fld32), [K_FLD64] = LDST_ROW(acc_fld64),
    [K_FLD128] = LDST_ROW(acc_fld128),
    [K_PRFM] = { h_prfm, h_prfm, h_prfm, h_prfm, h_prfm },
};
#undef LDST_ROW

/* The kind of LDR/STR (register forms) from size, V and opc; -1 if
 * unallocated.  *scale gets log2 of the access size. */
static int ldst_kind(uint32_t w, unsigned *scale)
{
    unsigned size = bits_of(w, 31, 30), v = bits_of(w, 26, 26), opc = bits_of(w, 23, 22);
    if (v) {
        if (opc >= 2) {
            if (size)
                return -1;
            *scale = 4;
            return opc == 2 ? K_FST128 : K_FLD128;
        }
        *scale = size;
        return (opc ? K_FLD8 : K_FST8) + size;
    }
    *scale = size;
    switch (opc) {
    case 0: return K_ST8 + size;
    case 1: return K_LD8 + size;
    case 2: return size == 3 ? K_PRFM : K_LDSB64 + size;
    default: return size < 2 ? (int)(K_LDSB32 + size) : -1;
    }
}

static bool fmt_ldst_uimm(uint32_t w, A64Insn *in)
{
    unsigned scale;
    int kind = ldst_kind(w, &scale);
    if (kind < 0)
        return false;
    in->imm = bits_of(w, 21, 10) << scale;
    in->fn = ldst_handlers[kind][M_OFF];
    return true;
}

/* Unscaled, post-index, unprivileged, pre-index (bits 11:10). */
static bool fmt_ldst_imm9(uint32_t w, A64Insn *in)
{
    static const unsigned modes[4] = { M_OFF, M_POST, M_OFF, M_PRE };
    unsigned scale, form = bits_of(w, 11, 10);
    int kind = ldst_kind(w, &scale);
    if (kind < 0)
        return false;
    if (form != 0 && kind == K_PRFM)
        return false;
    if (form == 2 && bits_of(w, 26, 26))
        return false;               /* no unprivileged SIMD&FP form */
    /* Loads with writeback into Rt are CONSTRAINED UNPREDICTABLE; undefined
     * here where capstone (LLVM) has them undefined: opc 01 and 11, and
     * the unprivileged forms of those too. */
    if (form != 0 && !bits_of(w, 26, 26) && (bits_of(w, 22, 22)) && in->rd == in->rn &&
        in->rn != 31)
        return false;
    in->imm = sext(bits_of(w, 20, 12), 9);
    in->fn = ldst_handlers[kind][modes[form]];
    return true;
}

static bool fmt_ldst_reg(uint32_t w, A64Insn *in)
{
    unsigned scale;
    int kind = ldst_kind(w, &scale);
    if (kind < 0)
        return false;
    in->sh = bits_of(w, 15, 13);
    if (!(in->sh & 2))
        return false;
    in->amt = bits_of(w, 12, 12) ? scale : 0;
    in->fn = ldst_handlers[kind][M_REG];
    return true;
}

static bool fmt_ldr_lit(uint32_t w, A64Insn *in)
{
    static const int kinds[2][4] = { { K_LD32, K_LD64, K_LDSW64, K_PRFM },
                                     { K_FLD32, K_FLD64, K_FLD128, -1 } };
    int kind = kinds[bits_of(w, 26, 26)][bits_of(w, 31, 30)];
    if (kind < 0)
        return false;
    in->imm = in->pc + ((uint64_t)sext(bits_of(w, 23, 5), 19) << 2);
    in->fn = ldst_handlers[kind][M_LIT];
    return true;
}

/* ---- pairs ---- */

enum { P_ST32, P_ST64, P_LD32, P_LD64, P_LDSW, P_FST32, P_FST64, P_FST128,
       P_FLD32, P_FLD64, P_FLD128, P_COUNT };

static inline void pacc_st32(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_store32(c, a, xr(c, i->rd));
    guest_store32(c, a + 4, xr(c, i->ra));
}
static inline void pacc_st64(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_store64(c, a, xr(c, i->rd));
    guest_store64(c, a + 8, xr(c, i->ra));
}
static inline void pacc_ld32(Cpu *c, const A64Insn *i, uint64_t a)
{
    uint32_t lo = guest_load32(c, a), hi = guest_load32(c, a + 4);
    xw(c, i->rd, 1, lo);
    xw(c, i->ra, 1, hi);
}
static inline void pacc_ld64(Cpu *c, const A64Insn *i, uint64_t a)
{
    uint64_t lo = guest_load64(c, a), hi = guest_load64(c, a + 8);
    xw(c, i->rd, 1, lo);
    xw(c, i->ra, 1, hi);
}
static inline void pacc_ldsw(Cpu *c, const A64Insn *i, uint64_t a)
{
    int32_t lo = guest_load32(c, a), hi = guest_load32(c, a + 4);
    xw(c, i->rd, 1, (int64_t)lo);
    xw(c, i->ra, 1, (int64_t)hi);
}
static inline void pacc_fst32(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_store32(c, a, c->a64.v[i->rd].s[0]);
    guest_store32(c, a + 4, c->a64.v[i->ra].s[0]);
}
static inline void pacc_fst64(Cpu *c, const A64Insn *i, uint64_t a)
{
    guest_store64(c, a, c->a64.v[i->rd].d[0]);
    guest_store64(c, a + 8, c->a64.v[i->ra].d[0]);
}
static inline void pacc_fst128(Cpu *c, const A64Insn *i, uint64_t a)
{
    A64Vreg pair[2] = { c->a64.v[i->rd], c->a64.v[i->ra] };
    guest_write(c, a, pair, 32);
}
static inline void pacc_fld32(Cpu *c, const A64Insn *i, uint64_t a)
{
    uint32_t lo = guest_load32(c, a), hi = guest_load32(c, a + 4);
    c->a64.v[i->rd].q = lo;
    c->a64.v[i->ra].q = hi;
}
static inline void pacc_fld64(Cpu *c, const A64Insn *i, uint64_t a)
{
    uint64_t lo = guest_load64(c, a), hi = guest_load64(c, a + 8);
    c->a64.v[i->rd].q = lo;
    c->a64.v[i->ra].q = hi;
}
static inline void pacc_fld128(Cpu *c, const A64Insn *i, uint64_t a)
{
    A64Vreg pair[2];
    guest_read(c, a, pair, 32);
    c->a64.v[i->rd] = pair[0];
    c->a64.v[i->ra] = pair[1];
}

#define PAIR_MODES(acc)                                                        \
    static void h_##acc##_off(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        acc(c, i, xsp(c, i->rn) + i->imm);                                     \
    }                                                                          \
    static void h_##acc##_pre(Cpu *c, const A64Insn *i)                        \
    {                                                                          \
        publish_pc(c, i);                                                      \
        uint64_t a = xsp(c, i->rn) + i->imm;                                   \
        acc(c, i, a);                                                          \
        c->x[i->rn] = a;                                                       \
    }                                                                          \
    static void h_##acc##_post(Cpu *c, const A64Insn *i)                       \
    {                                                                          \
        publish_pc(c, i);                                                      \
        uint64_t a = xsp(c, i->rn);                                            \
        acc(c, i, a);                                                          \
        c->x[i->rn] = a + i->imm;                                              \
    }
PAIR_MODES(pacc_st32) PAIR_MODES(pacc_st64) PAIR_MODES(pacc_ld32) PAIR_MODES(pacc_ld64)
PAIR_MODES(pacc_ldsw) PAIR_MODES(pacc_fst32) PAIR_MODES(pacc_fst64) PAIR_MODES(pacc_fst128)
PAIR_MODES(pacc_fld32) PAIR_MODES(pacc_fld64) PAIR_MODES(pacc_fld128)
#undef PAIR_MODES

#define PAIR_ROW(acc) { h_##acc##_off, h_##acc##_pre, h_##acc##_post }
static A64Handler *const pair_handlers[P_COUNT][3] = {
    [P_ST32] = PAIR_ROW(pacc_st32), [P_ST64] = PAIR_ROW(pacc_st64),
    [P_LD32] = PAIR_ROW(pacc_ld32), [P_LD64] = PAIR_ROW(pacc_ld64),
    [P_LDSW] = PAIR_ROW(pacc_ldsw), [P_FST32] = PAIR_ROW(pacc_fst32),
    [P_FST64] = PAIR_ROW(pacc_fst64), [P_FST128] = PAIR_ROW(pacc_fst128),
    [P_FLD32] = PAIR_ROW(pacc_fld32), [P_FLD64] = PAIR_ROW(pacc_fld64),
    [P_FLD128] = PAIR_ROW(pacc_fld128),
};
#undef PAIR_ROW

/* bits 24:23: 00 no-allocate offset, 01 post, 10 offset, 11 pre. */
static bool fmt_pair(uint32_t w, A64Insn *in)
{
    static const unsigned modes[4] = { M_OFF, M_POST, M_OFF, M_PRE };
    unsigned opc = bits_of(w, 31, 30), v = bits_of(w, 26, 26), load = bits_of(w, 22, 22);
    unsigned form = bits_of(w, 24, 23), scale;
    int kind;
    if (opc == 3)
        return false;
    if (v) {
        scale = 2 + opc;
        kind = (load ? P_FLD32 : P_FST32) + opc;
    } else if (opc == 1) {
        if (!load || form == 0)
            return false;       /* STGP (MTE) is not implemented */
        scale = 2;
        kind = P_LDSW;
    } else {
        scale = opc ? 3 : 2;
        kind = (load ? P_LD32 : P_ST32) + (opc >> 1);
    }
    if (load && in->rd == in->ra)
        return false;           /* CONSTRAINED UNPREDICTABLE: undefined here */
    if ((form & 1) && !v && in->rn != 31 && (in->rd == in->rn || in->ra == in->rn))
        return false;           /* writeback into a transfer register: likewise */
    in->imm = (uint64_t)sext(bits_of(w, 21, 15), 7) << scale;
    in->fn = pair_handlers[kind][modes[form]];
    return true;
}

/* ---- exclusives, acquire/release ---- */

static void raise_alignment(Cpu *c, uint64_t a)
{
    guest_raise_signal(c, SIGBUS, BUS_ADRALN, a);
}

/* Host pointer for an access that must be naturally aligned. */
static void *aligned_ptr(Cpu *c, const A64Insn *i, uint64_t a, unsigned bytes)
{
    publish_pc(c, i);
    if (a & (bytes - 1))
        raise_alignment(c, a);
    return guest_ptr(c, a, bytes);
}

static uint64_t load_sized(const void *p, unsigned size)
{
    switch (size) {
    case 0: return __atomic_load_n((const uint8_t *)p, __ATOMIC_ACQUIRE);
    case 1: return __atomic_load_n((const uint16_t *)p, __ATOMIC_ACQUIRE);
    case 2: return __atomic_load_n((const uint32_t *)p, __ATOMIC_ACQUIRE);
    default: return __atomic_load_n((const uint64_t *)p, __ATOMIC_ACQUIRE);
    }
}
static void store_sized(void *p, unsigned size, uint64_t v, int order)
{
    switch (size) {
    case 0: __atomic_store_n((uint8_t *)p, (uint8_t)v, order); break;
    case 1: __atomic_store_n((uint16_t *)p, (uint16_t)v, order); break;
    case 2: __atomic_store_n((uint32_t *)p, (uint32_t)v, order); break;
    default: __atomic_store_n((uint64_t *)p, v, order); break;
    }
}
/* Compare-and-swap; returns the old value. */
static uint64_t cas_sized(void *p, unsigned size, uint64_t expect, uint64_t desired)
{
    switch (size) {
    case 0: { uint8_t e = expect; __atomic_compare_exchange_n((uint8_t *)p, &e, (uint8_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    case 1: { uint16_t e = expect; __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    case 2: { uint32_t e = expect; __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    default: { uint64_t e = expect; __atomic_compare_exchange_n((uint64_t *)p, &e, desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    }
}
/* 128-bit compare-and-swap (CMPXCHG16B); returns the old value in *expect. */
static bool cas128(void *p, unsigned __int128 *expect, unsigned __int128 desired)
{
    uint64_t lo = (uint64_t)*expect, hi = (uint64_t)(*expect >> 64);
    bool ok;
    __asm__ volatile("lock cmpxchg16b %1"
                     : "=@ccz"(ok), "+m"(*(unsigned __int128 *)p), "+a"(lo), "+d"(hi)
                     : "b"((uint64_t)desired), "c"((uint64_t)(desired >> 64))
                     : "memory");
    *expect = ((unsigned __int128)hi << 64) | lo;
    return ok;
}

static bool fmt_excl(uint32_t w, A64Insn *in)
{
    in->size = bits_of(w, 31, 30);
    return true;
}

static void h_ldxr(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    uint64_t v = load_sized(aligned_ptr(c, i, a, 1u << i->size), i->size);
    c->a64.excl_addr = a;
    c->a64.excl_size = 1u << i->size;
    c->a64.excl_value[0] = v;
    xw(c, i->rd, 1, v);
}
static void h_stxr(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    void *p = aligned_ptr(c, i, a, 1u << i->size);
    uint64_t expect = c->a64.excl_value[0];
    bool ok = c->a64.excl_addr == a && c->a64.excl_size == 1u << i->size &&
              cas_sized(p, i->size, expect, xr(c, i->rd)) == expect;
    c->a64.excl_addr = A64_NO_EXCLUSIVE;
    xw(c, i->rm, 0, !ok);
}
/* Pairs: size 2 is two W registers (one 64-bit access), size 3 two X. */
static void h_ldxp(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    if (i->size == 2) {
        uint64_t v = load_sized(aligned_ptr(c, i, a, 8), 3);
        xw(c, i->rd, 1, (uint32_t)v);
        xw(c, i->ra, 1, v >> 32);
        c->a64.excl_value[0] = v;
        c->a64.excl_size = 8;
    } else {
        unsigned __int128 v = 0;
        void *p = aligned_ptr(c, i, a, 16);
        cas128(p, &v, 0);       /* an atomic 128-bit read */
        xw(c, i->rd, 1, (uint64_t)v);
        xw(c, i->ra, 1, (uint64_t)(v >> 64));
        c->a64.excl_value[0] = (uint64_t)v;
        c->a64.excl_value[1] = (uint64_t)(v >> 64);
        c->a64.excl_size = 16;
    }
    c->a64.excl_addr = a;
}
static void h_stxp(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    bool ok;
    if (i->size == 2) {
        void *p = aligned_ptr(c, i, a, 8);
        uint64_t v = (uint32_t)xr(c, i->rd) | (xr(c, i->ra) << 32);
        ok = c->a64.excl_addr == a && c->a64.excl_size == 8 &&
             cas_sized(p, 3, c->a64.excl_value[0], v) == c->a64.excl_value[0];
    } else {
        void *p = aligned_ptr(c, i, a, 16);
        unsigned __int128 expect = ((unsigned __int128)c->a64.excl_value[1] << 64) |
                                   c->a64.excl_value[0];
        unsigned __int128 v = ((unsigned __int128)xr(c, i->ra) << 64) | xr(c, i->rd);
        ok = c->a64.excl_addr == a && c->a64.excl_size == 16 && cas128(p, &expect, v);
    }
    c->a64.excl_addr = A64_NO_EXCLUSIVE;
    xw(c, i->rm, 0, !ok);
}
static void h_ldar(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    xw(c, i->rd, 1, load_sized(aligned_ptr(c, i, a, 1u << i->size), i->size));
}
static void h_stlr(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    store_sized(aligned_ptr(c, i, a, 1u << i->size), i->size, xr(c, i->rd), __ATOMIC_SEQ_CST);
}
static bool fmt_excl_pair(uint32_t w, A64Insn *in)
{
    in->size = bits_of(w, 31, 30);
    return bits_of(w, 22, 22) == 0 || in->rd != in->ra;
}

/* ---- LSE atomics ---- */

static void h_cas(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    void *p = aligned_ptr(c, i, a, 1u << i->size);
    uint64_t old = cas_sized(p, i->size, xr(c, i->rm), xr(c, i->rd));
    xw(c, i->rm, 1, old);
}
static void h_casp(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    unsigned s = i->rm, t = i->rd;
    if (i->size == 0) {
        void *p = aligned_ptr(c, i, a, 8);
        uint64_t expect = (uint32_t)xr(c, s) | (xr(c, s + 1) << 32);
        uint64_t v = (uint32_t)xr(c, t) | (xr(c, t + 1) << 32);
        uint64_t old = cas_sized(p, 3, expect, v);
        xw(c, s, 0, (uint32_t)old);
        xw(c, s + 1, 0, old >> 32);
    } else {
        void *p = aligned_ptr(c, i, a, 16);
        unsigned __int128 expect = ((unsigned __int128)xr(c, s + 1) << 64) | xr(c, s);
        unsigned __int128 v = ((unsigned __int128)xr(c, t + 1) << 64) | xr(c, t);
        cas128(p, &expect, v);
        xw(c, s, 1, (uint64_t)expect);
        xw(c, s + 1, 1, (uint64_t)(expect >> 64));
    }
}
static bool fmt_casp(uint32_t w, A64Insn *in)
{
    in->size = bits_of(w, 30, 30) ? 3 : 0;
    return !(in->rd & 1) && !(in->rm & 1) && in->rd != 31 && in->rm != 31;
}

enum { AT_ADD, AT_CLR, AT_EOR, AT_SET, AT_SMAX, AT_SMIN, AT_UMAX, AT_UMIN, AT_SWP };

static uint64_t atomic_apply(unsigned op, unsigned size, uint64_t old, uint64_t v)
{
    unsigned bits = 8u << size;
    switch (op) {
    case AT_ADD: return old + v;
    case AT_CLR: return old & ~v;
    case AT_EOR: return old ^ v;
    case AT_SET: return old | v;
    case AT_SMAX: return sext(old, bits) > sext(v, bits) ? old : v;
    case AT_SMIN: return sext(old, bits) < sext(v, bits) ? old : v;
    case AT_UMAX: return old > v ? old : v;
    case AT_UMIN: return old < v ? old : v;
    default: return v;
    }
}

static void h_atomic(Cpu *c, const A64Insn *i)
{
    uint64_t a = xsp(c, i->rn);
    void *p = aligned_ptr(c, i, a, 1u << i->size);
    uint64_t mask = i->size == 3 ? ~0ull : (1ull << (8u << i->size)) - 1;
    uint64_t v = xr(c, i->rm) & mask, old = load_sized(p, i->size), seen;
    for (;;) {
        seen = cas_sized(p, i->size, old, atomic_apply(i->aux, i->size, old, v) & mask);
        if (seen == old)
            break;
        old = seen;
    }
    xw(c, i->rd, 1, old);
}
static bool fmt_atomic(uint32_t w, A64Insn *in)
{
    unsigned o3 = bits_of(w, 15, 15), opc = bits_of(w, 14, 12);
    in->size = bits_of(w, 31, 30);
    if (!o3) {
        in->aux = opc;
        return true;
    }
    if (opc == 0) {
        in->aux = AT_SWP;
        return true;
    }
    if (opc == 4 && bits_of(w, 23, 22) == 2 && in->rm == 31) {
        in->fn = h_ldar;        /* LDAPR: RCpc acquire is at least TSO */
        return true;
    }
    return false;
}

/* ---- SIMD structure loads and stores ---- */

/* aux = number of registers, aux2 = structure elements (selem), size =
 * element size, sf = Q, imm = post-index immediate (rm == 31), flags
 * A64_SF_* (ops.h); cond = lane index. */

static void vreg_set_lane(A64Vreg *v, unsigned size, unsigned lane, uint64_t x)
{
    switch (size) {
    case 0: v->b[lane] = x; break;
    case 1: v->h[lane] = x; break;
    case 2: v->s[lane] = x; break;
    default: v->d[lane] = x; break;
    }
}
static uint64_t vreg_lane(const A64Vreg *v, unsigned size, unsigned lane)
{
    switch (size) {
    case 0: return v->b[lane];
    case 1: return v->h[lane];
    case 2: return v->s[lane];
    default: return v->d[lane];
    }
}
static uint64_t mem_load(Cpu *c, uint64_t a, unsigned size)
{
    switch (size) {
    case 0: return guest_load8(c, a);
    case 1: return guest_load16(c, a);
    case 2: return guest_load32(c, a);
    default: return guest_load64(c, a);
    }
}
static void mem_store(Cpu *c, uint64_t a, unsigned size, uint64_t v)
{
    switch (size) {
    case 0: guest_store8(c, a, v); break;
    case 1: guest_store16(c, a, v); break;
    case 2: guest_store32(c, a, v); break;
    default: guest_store64(c, a, v); break;
    }
}

static void post_index(Cpu *c, const A64Insn *i, uint64_t base, uint64_t bytes)
{
    if (i->flags & A64_SF_POST)
        c->x[i->rn] = base + (i->rm == 31 ? bytes : xr(c, i->rm));
}

static void h_ldst_multiple(Cpu *c, const A64Insn *i)
{
    publish_pc(c, i);
    uint64_t base = xsp(c, i->rn), a = base;
    unsigned esize = 1u << i->size, lanes = (i->sf ? 16 : 8) / esize;
    unsigned selem = i->aux2, rpt = i->aux / selem;
    bool load = i->flags & A64_SF_LOAD;
    for (unsigned r = 0; r < rpt; r++) {
        for (unsigned e = 0; e < lanes; e++) {
            for (unsigned s = 0; s < selem; s++) {
                A64Vreg *v = &c->a64.v[(i->rd + r + s) % 32];
                if (load) {
                    if (e == 0)
                        v->d[1] = i->sf ? v->d[1] : 0;
                    vreg_set_lane(v, i->size, e, mem_load(c, a, i->size));
                } else {
                    mem_store(c, a, i->size, vreg_lane(v, i->size, e));
                }
                a += esize;
            }
        }
    }
    post_index(c, i, base, a - base);
}

static void h_ldst_single(Cpu *c, const A64Insn *i)
{
    publish_pc(c, i);
    uint64_t base = xsp(c, i->rn), a = base;
    unsigned esize = 1u << i->size;
    for (unsigned s = 0; s < i->aux2; s++, a += esize) {
        A64Vreg *v = &c->a64.v[(i->rd + s) % 32];
        if (i->flags & A64_SF_REPL) {
            uint64_t x = mem_load(c, a, i->size);
            A64Vreg r = { 0 };
            for (unsigned e = 0; e < (i->sf ? 16u : 8u) / esize; e++)
                vreg_set_lane(&r, i->size, e, x);
            *v = r;
        } else if (i->flags & A64_SF_LOAD) {
            vreg_set_lane(v, i->size, i->cond, mem_load(c, a, i->size));
        } else {
            mem_store(c, a, i->size, vreg_lane(v, i->size, i->cond));
        }
    }
    post_index(c, i, base, a - base);
}

static bool fmt_ldst_multiple(uint32_t w, A64Insn *in)
{
    static const uint8_t regs[16] = { [0] = 4, [2] = 4, [4] = 3, [6] = 3, [7] = 1, [8] = 2, [10] = 2 };
    static const uint8_t selems[16] = { [0] = 4, [2] = 1, [4] = 3, [6] = 1, [7] = 1, [8] = 2, [10] = 1 };
    unsigned opcode = bits_of(w, 15, 12);
    in->sf = bits_of(w, 30, 30);
    in->size = bits_of(w, 11, 10);
    in->aux = regs[opcode];
    in->aux2 = selems[opcode];
    if (!in->aux)
        return false;
    if (in->size == 3 && !in->sf && in->aux2 > 1)
        return false;
    in->flags = (bits_of(w, 23, 23) ? A64_SF_POST : 0) | (bits_of(w, 22, 22) ? A64_SF_LOAD : 0);
    if (!(in->flags & A64_SF_POST) && in->rm != 0)
        return false;
    return true;
}

static bool fmt_ldst_single(uint32_t w, A64Insn *in)
{
    unsigned opcode = bits_of(w, 15, 13), s = bits_of(w, 12, 12), size = bits_of(w, 11, 10);
    unsigned q = bits_of(w, 30, 30), r = bits_of(w, 21, 21);
    in->sf = q;
    in->aux2 = ((opcode & 1) << 1 | r) + 1;
    in->flags = (bits_of(w, 23, 23) ? A64_SF_POST : 0) | (bits_of(w, 22, 22) ? A64_SF_LOAD : 0);
    if (!(in->flags & A64_SF_POST) && in->rm != 0)
        return false;
    switch (opcode >> 1) {
    case 0:
        in->size = 0;
        in->cond = (q << 3) | (s << 2) | size;
        break;
    case 1:
        if (size & 1)
            return false;
        in->size = 1;
        in->cond = (q << 2) | (s << 1) | (size >> 1);
        break;
    case 2:
        if (size == 0) {
            in->size = 2;
            in->cond = (q << 1) | s;
        } else if (size == 1 && !s) {
            in->size = 3;
            in->cond = q;
        } else {
            return false;
        }
        break;
    default:
        if (!(in->flags & A64_SF_LOAD) || s)
            return false;
        in->size = size;
        in->flags |= A64_SF_REPL;
        break;
    }
    return true;
}

const A64Pattern a64_ldst_patterns[] = {
    { 0x3b000000, 0x39000000, fmt_ldst_uimm, NULL, "ldr* str* prfm", 0 },
    { 0x3b200000, 0x38000000, fmt_ldst_imm9, NULL, "ldr* str* ldur* stur* prfum ldtr* sttr*", 0 },
    { 0x3b200c00, 0x38200800, fmt_ldst_reg, NULL, "ldr* str* prfm", 0 },
    { 0x3b000000, 0x18000000, fmt_ldr_lit, NULL, "ldr ldrsw prfm", 0 },
    { 0x3a000000, 0x28000000, fmt_pair, NULL, "ldp* stp* ldnp stnp", 0 },
    { 0x3fe08000, 0x08000000, fmt_excl, h_stxr, "stxr*", 0 },
    { 0x3fe08000, 0x08008000, fmt_excl, h_stxr, "stlxr*", 0 },
    { 0x3fe08000, 0x08400000, fmt_excl, h_ldxr, "ldxr*", 0 },
    { 0x3fe08000, 0x08408000, fmt_excl, h_ldxr, "ldaxr*", 0 },
    { 0xbfe08000, 0x88200000, fmt_excl_pair, h_stxp, "stxp", 0 },
    { 0xbfe08000, 0x88208000, fmt_excl_pair, h_stxp, "stlxp", 0 },
    { 0xbfe08000, 0x88600000, fmt_excl_pair, h_ldxp, "ldxp", 0 },
    { 0xbfe08000, 0x88608000, fmt_excl_pair, h_ldxp, "ldaxp", 0 },
    { 0x3fe08000, 0x08800000, fmt_excl, h_stlr, "stllr*", 0 },
    { 0x3fe08000, 0x08808000, fmt_excl, h_stlr, "stlr*", 0 },
    { 0x3fe08000, 0x08c00000, fmt_excl, h_ldar, "ldlar*", 0 },
    { 0x3fe08000, 0x08c08000, fmt_excl, h_ldar, "ldar*", 0 },
    { 0x3fa07c00, 0x08a07c00, fmt_excl, h_cas, "cas*", 0 },
    { 0xbfa07c00, 0x08207c00, fmt_casp, h_casp, "casp*", 0 },
    { 0x3f200c00, 0x38200000, fmt_atomic, h_atomic, "ld* st* swp* ldapr*", 0 },
    { 0xbfbf0000, 0x0c000000, fmt_ldst_multiple, h_ldst_multiple, "ld1 ld2 ld3 ld4 st1 st2 st3 st4", 0 },
    { 0xbfa00000, 0x0c800000, fmt_ldst_multiple, h_ldst_multiple, "ld1 ld2 ld3 ld4 st1 st2 st3 st4", 0 },
    { 0xbf9f0000, 0x0d000000, fmt_ldst_single, h_ldst_single, "ld1* ld2* ld3* ld4* st1 st2 st3 st4", 0 },
    { 0xbf800000, 0x0d800000, fmt_ldst_single, h_ldst_single, "ld1* ld2* ld3* ld4* st1 st2 st3 st4", 0 },
    { 0 },
};

/* ---- for the translator (ops.h) ---- */

bool a64_ldst_access(A64Handler *fn, A64Access *acc)
{
    /* size, load, sign, to32, vec for each K_ and P_ kind */
    static const uint8_t kinds[K_COUNT][5] = {
        [K_ST8] = { 0, 0, 0, 0, 0 }, [K_ST16] = { 1, 0, 0, 0, 0 },
        [K_ST32] = { 2, 0, 0, 0, 0 }, [K_ST64] = { 3, 0, 0, 0, 0 },
        [K_LD8] = { 0, 1, 0, 0, 0 }, [K_LD16] = { 1, 1, 0, 0, 0 },
        [K_LD32] = { 2, 1, 0, 0, 0 }, [K_LD64] = { 3, 1, 0, 0, 0 },
        [K_LDSB64] = { 0, 1, 1, 0, 0 }, [K_LDSH64] = { 1, 1, 1, 0, 0 },
        [K_LDSW64] = { 2, 1, 1, 0, 0 }, [K_LDSB32] = { 0, 1, 1, 1, 0 },
        [K_LDSH32] = { 1, 1, 1, 1, 0 },
        [K_FST8] = { 0, 0, 0, 0, 1 }, [K_FST16] = { 1, 0, 0, 0, 1 },
        [K_FST32] = { 2, 0, 0, 0, 1 }, [K_FST64] = { 3, 0, 0, 0, 1 },
        [K_FST128] = { 4, 0, 0, 0, 1 },
        [K_FLD8] = { 0, 1, 0, 0, 1 }, [K_FLD16] = { 1, 1, 0, 0, 1 },
        [K_FLD32] = { 2, 1, 0, 0, 1 }, [K_FLD64] = { 3, 1, 0, 0, 1 },
        [K_FLD128] = { 4, 1, 0, 0, 1 },
    };
    static const uint8_t pairs[P_COUNT][5] = {
        [P_ST32] = { 2, 0, 0, 0, 0 }, [P_ST64] = { 3, 0, 0, 0, 0 },
        [P_LD32] = { 2, 1, 0, 0, 0 }, [P_LD64] = { 3, 1, 0, 0, 0 },
        [P_LDSW] = { 2, 1, 1, 0, 0 }, [P_FST32] = { 2, 0, 0, 0, 1 },
        [P_FST64] = { 3, 0, 0, 0, 1 }, [P_FST128] = { 4, 0, 0, 0, 1 },
        [P_FLD32] = { 2, 1, 0, 0, 1 }, [P_FLD64] = { 3, 1, 0, 0, 1 },
        [P_FLD128] = { 4, 1, 0, 0, 1 },
    };
    for (int k = 0; k < K_COUNT; k++)
        for (int m = 0; m < M_COUNT; m++)
            if (ldst_handlers[k][m] == fn) {
                *acc = (A64Access){ .size = kinds[k][0], .load = kinds[k][1],
                                    .sign = kinds[k][2], .to32 = kinds[k][3],
                                    .vec = kinds[k][4], .prefetch = k == K_PRFM,
                                    .mode = (unsigned)m };
                return true;
            }
    for (int k = 0; k < P_COUNT; k++)
        for (int m = 0; m < 3; m++)
            if (pair_handlers[k][m] == fn) {
                *acc = (A64Access){ .size = pairs[k][0], .load = pairs[k][1],
                                    .sign = pairs[k][2], .vec = pairs[k][4], .pair = true,
                                    .mode = (unsigned)m };
                return true;
            }
    return false;
}

bool a64_ldst_atomic(A64Handler *fn)
{
    return fn == h_ldxr || fn == h_stxr || fn == h_ldxp || fn == h_stxp || fn == h_ldar ||
           fn == h_stlr || fn == h_cas || fn == h_casp || fn == h_atomic;
}

A64SimdOp a64_ldst_simd_op(const A64Insn *in)
{
    if (in->fn == h_ldst_multiple)
        return A64_SIMD_LDST_MULTIPLE;
    return in->fn == h_ldst_single ? A64_SIMD_LDST_SINGLE : A64_SIMD_NONE;
}
