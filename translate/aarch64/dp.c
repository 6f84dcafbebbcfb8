/*
 * A64 integer data processing: the "Data Processing -- Immediate" and
 * "Data Processing -- Register" groups (PC-relative addressing, add/sub,
 * logical, move wide, bitfield, extract, shifted/extended register forms,
 * add/sub with carry, conditional compare and select, 1-, 2- and 3-source).
 *
 * Formats move every immediate into its final form at decode time (shifted
 * add immediates, the two DecodeBitMasks masks, ADR/ADRP's absolute result),
 * so handlers are one line over the helpers of a64.h.
 */
#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"

/* ---- formats ---- */

static bool fmt_adr(uint32_t w, A64Insn *in)
{
    int64_t imm = sext((bits_of(w, 23, 5) << 2) | bits_of(w, 30, 29), 21);
    if (w >> 31)
        in->imm = (in->pc & ~0xfffull) + ((uint64_t)imm << 12);
    else
        in->imm = in->pc + imm;
    return true;
}

static bool fmt_addsub_imm(uint32_t w, A64Insn *in)
{
    in->imm = bits_of(w, 21, 10) << (bits_of(w, 22, 22) * 12);
    return true;
}

static bool fmt_logic_imm(uint32_t w, A64Insn *in)
{
    unsigned n = bits_of(w, 22, 22);
    if (!in->sf && n)
        return false;
    uint64_t tmask;
    return a64_decode_bit_masks(n, bits_of(w, 15, 10), bits_of(w, 21, 16), true,
                                in->sf ? 64 : 32, &in->imm, &tmask);
}

static bool fmt_movw(uint32_t w, A64Insn *in)
{
    unsigned hw = bits_of(w, 22, 21);
    if (!in->sf && hw >= 2)
        return false;
    in->amt = hw * 16;
    in->imm = bits_of(w, 20, 5) << in->amt;
    return true;
}

static bool fmt_bitfield(uint32_t w, A64Insn *in)
{
    unsigned n = bits_of(w, 22, 22), immr = bits_of(w, 21, 16), imms = bits_of(w, 15, 10);
    if (n != in->sf || (!in->sf && (immr >= 32 || imms >= 32)))
        return false;
    in->amt = immr;
    in->aux = imms;
    return a64_decode_bit_masks(n, imms, immr, false, in->sf ? 64 : 32, &in->imm,
                                &in->imm2);
}

static bool fmt_extr(uint32_t w, A64Insn *in)
{
    unsigned imms = bits_of(w, 15, 10);
    if (bits_of(w, 22, 22) != in->sf || (!in->sf && imms >= 32))
        return false;
    in->amt = imms;
    return true;
}

static bool fmt_shifted(uint32_t w, A64Insn *in)
{
    in->sh = bits_of(w, 23, 22);
    in->amt = bits_of(w, 15, 10);
    return in->sf || in->amt < 32;
}

static bool fmt_addsub_shifted(uint32_t w, A64Insn *in)
{
    return fmt_shifted(w, in) && in->sh != 3;
}

static bool fmt_addsub_ext(uint32_t w, A64Insn *in)
{
    in->sh = bits_of(w, 15, 13);
    in->amt = bits_of(w, 12, 10);
    return in->amt <= 4;
}

static bool fmt_ccmp(uint32_t w, A64Insn *in)
{
    in->cond = bits_of(w, 15, 12);
    in->imm = (uint64_t)(w & 0xf) << 28;    /* the nzcv to set when cond fails */
    in->imm2 = in->rm;                      /* the imm5 form's immediate */
    return true;
}

static bool fmt_csel(uint32_t w, A64Insn *in)
{
    in->cond = bits_of(w, 15, 12);
    return true;
}

static bool fmt_need_sf(uint32_t w, A64Insn *in) { return in->sf; }
static bool fmt_need_w(uint32_t w, A64Insn *in) { return !in->sf; }

/* ---- handlers: immediate ---- */

static void h_adr(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, i->imm); }
static void h_add_imm(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xsp(c, i->rn) + i->imm); }
static void h_sub_imm(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xsp(c, i->rn) - i->imm); }
static void h_adds_imm(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xsp(c, i->rn), i->imm, 0));
}
static void h_subs_imm(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xsp(c, i->rn), ~i->imm, 1));
}
static void h_and_imm(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xr(c, i->rn) & i->imm); }
static void h_orr_imm(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xr(c, i->rn) | i->imm); }
static void h_eor_imm(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xr(c, i->rn) ^ i->imm); }
static void h_ands_imm(Cpu *c, const A64Insn *i)
{
    uint64_t r = xr(c, i->rn) & i->imm;
    logic_flags(c, i->sf, r);
    xw(c, i->rd, i->sf, r);
}
static void h_movn(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, ~i->imm); }
static void h_movz(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, i->imm); }
static void h_movk(Cpu *c, const A64Insn *i)
{
    uint64_t keep = ~(0xffffull << i->amt);
    xw(c, i->rd, i->sf, (xr(c, i->rd) & keep) | i->imm);
}

static inline uint64_t ror_width(uint64_t v, unsigned r, bool sf)
{
    if (!r)
        return v;
    if (sf)
        return (v >> r) | (v << (64 - r));
    uint32_t x = v;
    return (uint32_t)((x >> r) | (x << (32 - r)));
}

/* SBFM/BFM/UBFM as the Arm ARM's pseudocode: imm = wmask, imm2 = tmask. */
static void h_sbfm(Cpu *c, const A64Insn *i)
{
    uint64_t src = xr(c, i->rn);
    uint64_t bot = ror_width(src, i->amt, i->sf) & i->imm;
    uint64_t top = (src >> i->aux) & 1 ? ~0ull : 0;
    xw(c, i->rd, i->sf, (top & ~i->imm2) | (bot & i->imm2));
}
static void h_bfm(Cpu *c, const A64Insn *i)
{
    uint64_t dst = xr(c, i->rd), src = xr(c, i->rn);
    uint64_t bot = (dst & ~i->imm) | (ror_width(src, i->amt, i->sf) & i->imm);
    xw(c, i->rd, i->sf, (dst & ~i->imm2) | (bot & i->imm2));
}
static void h_ubfm(Cpu *c, const A64Insn *i)
{
    uint64_t bot = ror_width(xr(c, i->rn), i->amt, i->sf) & i->imm;
    xw(c, i->rd, i->sf, bot & i->imm2);
}
static void h_extr(Cpu *c, const A64Insn *i)
{
    uint64_t hi = xr(c, i->rn), lo = xr(c, i->rm);
    unsigned lsb = i->amt;
    uint64_t r;
    if (i->sf)
        r = lsb ? (lo >> lsb) | (hi << (64 - lsb)) : lo;
    else
        r = lsb ? ((uint32_t)lo >> lsb) | ((uint32_t)hi << (32 - lsb)) : (uint32_t)lo;
    xw(c, i->rd, i->sf, r);
}

/* ---- handlers: register ---- */

static inline uint64_t op2_shifted(const Cpu *c, const A64Insn *i)
{
    return shift_reg(xr(c, i->rm), i->sh, i->amt, i->sf);
}
static inline uint64_t op2_extended(const Cpu *c, const A64Insn *i)
{
    return extend_reg(xr(c, i->rm), i->sh, i->amt);
}

static void h_and(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) & op2_shifted(c, i)); }
static void h_bic(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) & ~op2_shifted(c, i)); }
static void h_orr(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) | op2_shifted(c, i)); }
static void h_orn(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) | ~op2_shifted(c, i)); }
static void h_eor(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) ^ op2_shifted(c, i)); }
static void h_eon(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) ^ ~op2_shifted(c, i)); }
static void h_ands(Cpu *c, const A64Insn *i)
{
    uint64_t r = xr(c, i->rn) & op2_shifted(c, i);
    logic_flags(c, i->sf, r);
    xw(c, i->rd, i->sf, r);
}
static void h_bics(Cpu *c, const A64Insn *i)
{
    uint64_t r = xr(c, i->rn) & ~op2_shifted(c, i);
    logic_flags(c, i->sf, r);
    xw(c, i->rd, i->sf, r);
}
/* The common register moves get their own handlers: ORR Xd, XZR, Xm. */
static void h_mov(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rm)); }

static void h_add(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) + op2_shifted(c, i)); }
static void h_sub(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) - op2_shifted(c, i)); }
static void h_adds(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xr(c, i->rn), op2_shifted(c, i), 0));
}
static void h_subs(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xr(c, i->rn), ~op2_shifted(c, i), 1));
}
static void h_add_ext(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xsp(c, i->rn) + op2_extended(c, i)); }
static void h_sub_ext(Cpu *c, const A64Insn *i) { wsp(c, i->rd, i->sf, xsp(c, i->rn) - op2_extended(c, i)); }
static void h_adds_ext(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xsp(c, i->rn), op2_extended(c, i), 0));
}
static void h_subs_ext(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xsp(c, i->rn), ~op2_extended(c, i), 1));
}
static inline unsigned carry(const Cpu *c) { return (c->a64.nzcv >> 29) & 1; }
static void h_adc(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) + xr(c, i->rm) + carry(c)); }
static void h_sbc(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->rn) + ~xr(c, i->rm) + carry(c)); }
static void h_adcs(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xr(c, i->rn), xr(c, i->rm), carry(c)));
}
static void h_sbcs(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, add_with_flags(c, i->sf, xr(c, i->rn), ~xr(c, i->rm), carry(c)));
}

static void h_ccmn(Cpu *c, const A64Insn *i)
{
    if (cond_holds(c->a64.nzcv, i->cond))
        add_with_flags(c, i->sf, xr(c, i->rn), xr(c, i->rm), 0);
    else
        c->a64.nzcv = i->imm;
}
static void h_ccmp(Cpu *c, const A64Insn *i)
{
    if (cond_holds(c->a64.nzcv, i->cond))
        add_with_flags(c, i->sf, xr(c, i->rn), ~xr(c, i->rm), 1);
    else
        c->a64.nzcv = i->imm;
}
static void h_ccmn_imm(Cpu *c, const A64Insn *i)
{
    if (cond_holds(c->a64.nzcv, i->cond))
        add_with_flags(c, i->sf, xr(c, i->rn), i->imm2, 0);
    else
        c->a64.nzcv = i->imm;
}
static void h_ccmp_imm(Cpu *c, const A64Insn *i)
{
    if (cond_holds(c->a64.nzcv, i->cond))
        add_with_flags(c, i->sf, xr(c, i->rn), ~i->imm2, 1);
    else
        c->a64.nzcv = i->imm;
}

static void h_csel(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, cond_holds(c->a64.nzcv, i->cond) ? xr(c, i->rn) : xr(c, i->rm));
}
static void h_csinc(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, cond_holds(c->a64.nzcv, i->cond) ? xr(c, i->rn) : xr(c, i->rm) + 1);
}
static void h_csinv(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, cond_holds(c->a64.nzcv, i->cond) ? xr(c, i->rn) : ~xr(c, i->rm));
}
static void h_csneg(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, i->sf, cond_holds(c->a64.nzcv, i->cond) ? xr(c, i->rn) : -xr(c, i->rm));
}

static void h_madd(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->ra) + xr(c, i->rn) * xr(c, i->rm)); }
static void h_msub(Cpu *c, const A64Insn *i) { xw(c, i->rd, i->sf, xr(c, i->ra) - xr(c, i->rn) * xr(c, i->rm)); }
static void h_smaddl(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, 1, xr(c, i->ra) + (uint64_t)((int64_t)(int32_t)xr(c, i->rn) * (int32_t)xr(c, i->rm)));
}
static void h_smsubl(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, 1, xr(c, i->ra) - (uint64_t)((int64_t)(int32_t)xr(c, i->rn) * (int32_t)xr(c, i->rm)));
}
static void h_umaddl(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, 1, xr(c, i->ra) + (uint64_t)(uint32_t)xr(c, i->rn) * (uint32_t)xr(c, i->rm));
}
static void h_umsubl(Cpu *c, const A64Insn *i)
{
    xw(c, i->rd, 1, xr(c, i->ra) - (uint64_t)(uint32_t)xr(c, i->rn) * (uint32_t)xr(c, i->rm));
}
static void h_smulh(Cpu *c, const A64Insn *i)
{
    __int128 p = (__int128)(int64_t)xr(c, i->rn) * (int64_t)xr(c, i->rm);
    xw(c, i->rd, 1, (uint64_t)(p >> 64));
}
static void h_umulh(Cpu *c, const A64Insn *i)
{
    unsigned __int128 p = (unsigned __int128)xr(c, i->rn) * xr(c, i->rm);
    xw(c, i->rd, 1, (uint64_t)(p >> 64));
}

static void h_udiv(Cpu *c, const A64Insn *i)
{
    uint64_t n = xr(c, i->rn), m = xr(c, i->rm);
    if (!i->sf) {
        n = (uint32_t)n;
        m = (uint32_t)m;
    }
    xw(c, i->rd, i->sf, m ? n / m : 0);
}
static void h_sdiv(Cpu *c, const A64Insn *i)
{
    if (i->sf) {
        int64_t n = xr(c, i->rn), m = xr(c, i->rm);
        int64_t q = !m ? 0 : (n == INT64_MIN && m == -1) ? n : n / m;
        xw(c, i->rd, 1, q);
    } else {
        int32_t n = xr(c, i->rn), m = xr(c, i->rm);
        int32_t q = !m ? 0 : (n == INT32_MIN && m == -1) ? n : n / m;
        xw(c, i->rd, 0, (uint32_t)q);
    }
}
static void h_shiftv(Cpu *c, const A64Insn *i)
{
    unsigned amt = xr(c, i->rm) & (i->sf ? 63 : 31);
    xw(c, i->rd, i->sf, shift_reg(xr(c, i->rn), i->sh, amt, i->sf));
}

/* CRC32 (polynomial 0x04C11DB7) and CRC32C (0x1EDC6F41), bit-reflected. */
static uint32_t crc32_update(uint32_t crc, uint64_t data, unsigned bytes, uint32_t poly_rev)
{
    for (unsigned b = 0; b < bytes; b++) {
        crc ^= (uint8_t)(data >> (8 * b));
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (poly_rev & -(crc & 1));
    }
    return crc;
}
static void h_crc32(Cpu *c, const A64Insn *i)
{
    uint32_t poly = i->aux ? 0x82f63b78u : 0xedb88320u;
    xw(c, i->rd, 0, crc32_update(xr(c, i->rn), xr(c, i->rm), 1u << i->size, poly));
}
static bool fmt_crc32(uint32_t w, A64Insn *in)
{
    in->size = bits_of(w, 11, 10);
    in->aux = bits_of(w, 12, 12);
    return (in->size == 3) == in->sf;
}

static void h_rbit(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rn), r = 0;
    for (int k = 0; k < 64; k++)
        r |= ((v >> k) & 1) << (63 - k);
    xw(c, i->rd, i->sf, i->sf ? r : r >> 32);
}
static void h_rev16(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rn);
    xw(c, i->rd, i->sf, ((v >> 8) & 0x00ff00ff00ff00ffull) | ((v & 0x00ff00ff00ff00ffull) << 8));
}
static void h_rev32(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rn);
    uint64_t r = ((uint64_t)__builtin_bswap32(v >> 32) << 32) | __builtin_bswap32(v);
    xw(c, i->rd, i->sf, r);
}
static void h_rev64(Cpu *c, const A64Insn *i) { xw(c, i->rd, 1, __builtin_bswap64(xr(c, i->rn))); }
static void h_clz(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rn);
    if (i->sf)
        xw(c, i->rd, 1, v ? __builtin_clzll(v) : 64);
    else
        xw(c, i->rd, 0, (uint32_t)v ? __builtin_clz((uint32_t)v) : 32);
}
static void h_cls(Cpu *c, const A64Insn *i)
{
    uint64_t v = xr(c, i->rn);
    if (i->sf) {
        uint64_t x = v ^ (uint64_t)((int64_t)v >> 63);
        xw(c, i->rd, 1, (x ? __builtin_clzll(x) : 64) - 1);
    } else {
        uint32_t x = (uint32_t)v ^ (uint32_t)((int32_t)v >> 31);
        xw(c, i->rd, 0, (x ? __builtin_clz(x) : 32) - 1);
    }
}

static bool fmt_orr_shifted(uint32_t w, A64Insn *in)
{
    if (!fmt_shifted(w, in))
        return false;
    if (in->rn == 31 && in->amt == 0)
        in->fn = h_mov;
    return true;
}
static bool fmt_shiftv(uint32_t w, A64Insn *in)
{
    in->sh = bits_of(w, 11, 10);
    return true;
}

const A64Pattern a64_dp_imm_patterns[] = {
    { 0x1f000000, 0x10000000, fmt_adr, h_adr, "adr adrp", 0 },
    { 0x7f800000, 0x11000000, fmt_addsub_imm, h_add_imm, "add mov", 0 },
    { 0x7f800000, 0x31000000, fmt_addsub_imm, h_adds_imm, "adds cmn", 0 },
    { 0x7f800000, 0x51000000, fmt_addsub_imm, h_sub_imm, "sub", 0 },
    { 0x7f800000, 0x71000000, fmt_addsub_imm, h_subs_imm, "subs cmp", 0 },
    { 0x7f800000, 0x12000000, fmt_logic_imm, h_and_imm, "and", 0 },
    { 0x7f800000, 0x32000000, fmt_logic_imm, h_orr_imm, "orr mov", 0 },
    { 0x7f800000, 0x52000000, fmt_logic_imm, h_eor_imm, "eor", 0 },
    { 0x7f800000, 0x72000000, fmt_logic_imm, h_ands_imm, "ands tst", 0 },
    { 0x7f800000, 0x12800000, fmt_movw, h_movn, "movn mov", 0 },
    { 0x7f800000, 0x52800000, fmt_movw, h_movz, "movz mov", 0 },
    { 0x7f800000, 0x72800000, fmt_movw, h_movk, "movk", 0 },
    { 0x7f800000, 0x13000000, fmt_bitfield, h_sbfm, "sbfm asr sbfiz sbfx sxtb sxth sxtw", 0 },
    { 0x7f800000, 0x33000000, fmt_bitfield, h_bfm, "bfm bfi bfxil bfc", 0 },
    { 0x7f800000, 0x53000000, fmt_bitfield, h_ubfm, "ubfm lsl lsr ubfiz ubfx uxtb uxth", 0 },
    { 0x7fa00000, 0x13800000, fmt_extr, h_extr, "extr ror", 0 },
    { 0 },
};

const A64Pattern a64_dp_reg_patterns[] = {
    { 0x7f200000, 0x0a000000, fmt_shifted, h_and, "and", 0 },
    { 0x7f200000, 0x0a200000, fmt_shifted, h_bic, "bic", 0 },
    { 0x7f200000, 0x2a000000, fmt_orr_shifted, h_orr, "orr mov", 0 },
    { 0x7f200000, 0x2a200000, fmt_shifted, h_orn, "orn mvn", 0 },
    { 0x7f200000, 0x4a000000, fmt_shifted, h_eor, "eor", 0 },
    { 0x7f200000, 0x4a200000, fmt_shifted, h_eon, "eon", 0 },
    { 0x7f200000, 0x6a000000, fmt_shifted, h_ands, "ands tst", 0 },
    { 0x7f200000, 0x6a200000, fmt_shifted, h_bics, "bics", 0 },
    { 0x7f200000, 0x0b000000, fmt_addsub_shifted, h_add, "add", 0 },
    { 0x7f200000, 0x2b000000, fmt_addsub_shifted, h_adds, "adds cmn", 0 },
    { 0x7f200000, 0x4b000000, fmt_addsub_shifted, h_sub, "sub neg", 0 },
    { 0x7f200000, 0x6b000000, fmt_addsub_shifted, h_subs, "subs cmp negs", 0 },
    { 0x7fe00000, 0x0b200000, fmt_addsub_ext, h_add_ext, "add", 0 },
    { 0x7fe00000, 0x2b200000, fmt_addsub_ext, h_adds_ext, "adds cmn", 0 },
    { 0x7fe00000, 0x4b200000, fmt_addsub_ext, h_sub_ext, "sub", 0 },
    { 0x7fe00000, 0x6b200000, fmt_addsub_ext, h_subs_ext, "subs cmp", 0 },
    { 0x7fe0fc00, 0x1a000000, NULL, h_adc, "adc", 0 },
    { 0x7fe0fc00, 0x3a000000, NULL, h_adcs, "adcs", 0 },
    { 0x7fe0fc00, 0x5a000000, NULL, h_sbc, "sbc ngc", 0 },
    { 0x7fe0fc00, 0x7a000000, NULL, h_sbcs, "sbcs ngcs", 0 },
    { 0x7fe00c10, 0x3a400000, fmt_ccmp, h_ccmn, "ccmn", 0 },
    { 0x7fe00c10, 0x7a400000, fmt_ccmp, h_ccmp, "ccmp", 0 },
    { 0x7fe00c10, 0x3a400800, fmt_ccmp, h_ccmn_imm, "ccmn", 0 },
    { 0x7fe00c10, 0x7a400800, fmt_ccmp, h_ccmp_imm, "ccmp", 0 },
    { 0x7fe00c00, 0x1a800000, fmt_csel, h_csel, "csel", 0 },
    { 0x7fe00c00, 0x1a800400, fmt_csel, h_csinc, "csinc cset cinc", 0 },
    { 0x7fe00c00, 0x5a800000, fmt_csel, h_csinv, "csinv csetm cinv", 0 },
    { 0x7fe00c00, 0x5a800400, fmt_csel, h_csneg, "csneg cneg", 0 },
    { 0x7fe08000, 0x1b000000, NULL, h_madd, "madd mul", 0 },
    { 0x7fe08000, 0x1b008000, NULL, h_msub, "msub mneg", 0 },
    { 0xffe08000, 0x9b200000, NULL, h_smaddl, "smaddl smull", 0 },
    { 0xffe08000, 0x9b208000, NULL, h_smsubl, "smsubl smnegl", 0 },
    { 0xffe08000, 0x9ba00000, NULL, h_umaddl, "umaddl umull", 0 },
    { 0xffe08000, 0x9ba08000, NULL, h_umsubl, "umsubl umnegl", 0 },
    { 0xffe08000, 0x9b400000, NULL, h_smulh, "smulh", 0 },
    { 0xffe08000, 0x9bc00000, NULL, h_umulh, "umulh", 0 },
    { 0x7fe0fc00, 0x1ac00800, NULL, h_udiv, "udiv", 0 },
    { 0x7fe0fc00, 0x1ac00c00, NULL, h_sdiv, "sdiv", 0 },
    { 0x7fe0f000, 0x1ac02000, fmt_shiftv, h_shiftv, "lsl lsr asr ror", 0 },
    { 0x7fe0e000, 0x1ac04000, fmt_crc32, h_crc32, "crc32b crc32h crc32w crc32x crc32cb crc32ch crc32cw crc32cx", 0 },
    { 0x7ffffc00, 0x5ac00000, NULL, h_rbit, "rbit", 0 },
    { 0x7ffffc00, 0x5ac00400, NULL, h_rev16, "rev16", 0 },
    { 0xfffffc00, 0x5ac00800, NULL, h_rev32, "rev", 0 },
    { 0xfffffc00, 0xdac00800, NULL, h_rev32, "rev32", 0 },
    { 0xfffffc00, 0xdac00c00, NULL, h_rev64, "rev", 0 },
    { 0x7ffffc00, 0x5ac01000, NULL, h_clz, "clz", 0 },
    { 0x7ffffc00, 0x5ac01400, NULL, h_cls, "cls", 0 },
    { 0 },
};

/* Silence "defined but not used" for formats kept for later rows. */
static inline void dp_unused(void) { (void)fmt_need_sf; (void)fmt_need_w; }

/* ---- for the translator (ops.h) ---- */

A64Op a64_dp_op(A64Handler *fn)
{
    static const struct { A64Handler *fn; A64Op op; } ops[] = {
        { h_adr, A64_OP_ADR }, { h_add_imm, A64_OP_ADD_IMM }, { h_sub_imm, A64_OP_SUB_IMM },
        { h_adds_imm, A64_OP_ADDS_IMM }, { h_subs_imm, A64_OP_SUBS_IMM },
        { h_and_imm, A64_OP_AND_IMM }, { h_orr_imm, A64_OP_ORR_IMM },
        { h_eor_imm, A64_OP_EOR_IMM }, { h_ands_imm, A64_OP_ANDS_IMM },
        { h_movn, A64_OP_MOVN }, { h_movz, A64_OP_MOVZ }, { h_movk, A64_OP_MOVK },
        { h_sbfm, A64_OP_SBFM }, { h_ubfm, A64_OP_UBFM }, { h_extr, A64_OP_EXTR },
        { h_and, A64_OP_AND }, { h_bic, A64_OP_BIC }, { h_orr, A64_OP_ORR }, { h_orn, A64_OP_ORN },
        { h_eor, A64_OP_EOR }, { h_eon, A64_OP_EON }, { h_ands, A64_OP_ANDS },
        { h_bics, A64_OP_BICS }, { h_mov, A64_OP_MOV }, { h_add, A64_OP_ADD }, { h_sub, A64_OP_SUB },
        { h_adds, A64_OP_ADDS }, { h_subs, A64_OP_SUBS }, { h_add_ext, A64_OP_ADD_EXT },
        { h_sub_ext, A64_OP_SUB_EXT }, { h_adds_ext, A64_OP_ADDS_EXT },
        { h_subs_ext, A64_OP_SUBS_EXT }, { h_ccmn, A64_OP_CCMN }, { h_ccmp, A64_OP_CCMP },
        { h_ccmn_imm, A64_OP_CCMN_IMM }, { h_ccmp_imm, A64_OP_CCMP_IMM },
        { h_csel, A64_OP_CSEL }, { h_csinc, A64_OP_CSINC }, { h_csinv, A64_OP_CSINV },
        { h_csneg, A64_OP_CSNEG }, { h_madd, A64_OP_MADD }, { h_msub, A64_OP_MSUB },
        { h_smaddl, A64_OP_SMADDL }, { h_umaddl, A64_OP_UMADDL }, { h_smulh, A64_OP_SMULH },
        { h_umulh, A64_OP_UMULH }, { h_udiv, A64_OP_UDIV }, { h_sdiv, A64_OP_SDIV },
        { h_shiftv, A64_OP_SHIFTV }, { h_rbit, A64_OP_RBIT }, { h_rev16, A64_OP_REV16 },
        { h_rev32, A64_OP_REV32 },
        { h_rev64, A64_OP_REV64 }, { h_clz, A64_OP_CLZ },
    };
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (ops[k].fn == fn)
            return ops[k].op;
    return A64_OP_NONE;
}

bool a64_dp_fp_free(A64Handler *fn)
{
    return a64_dp_op(fn) != A64_OP_NONE || fn == h_bfm || fn == h_adc || fn == h_sbc ||
           fn == h_adcs || fn == h_sbcs || fn == h_smsubl || fn == h_umsubl ||
           fn == h_crc32 || fn == h_cls;
}
