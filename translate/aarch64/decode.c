/*
 * A64 decoder: the top-level split by major group (op0, bits 28:25, as the
 * Arm ARM's "Top-level encodings for A64" table) into the family tables,
 * and the decode helpers the tables share (DecodeBitMasks, conditions).
 *
 * Each family table is searched in order; the first row whose mask/match
 * fits and whose format accepts the word wins.  Rows are few per group
 * (tens), and a block is decoded once, so a linear search is enough here;
 * the interpreter never decodes twice.
 */
#include <signal.h>
#include <string.h>

#include "signals/signals.h"
#include "translate/aarch64/a64.h"

static const A64Pattern *const group_none[] = { NULL };
static const A64Pattern *const group_dp_imm[] = { a64_dp_imm_patterns, NULL };
static const A64Pattern *const group_branch[] = { a64_branch_patterns, NULL };
static const A64Pattern *const group_ldst[] = { a64_ldst_patterns, NULL };
static const A64Pattern *const group_dp_reg[] = { a64_dp_reg_patterns, NULL };
static const A64Pattern *const group_simd_fp[] = {
    a64_fp_patterns, a64_simd_patterns, a64_simd2_patterns, a64_crypto_patterns, NULL
};

/* Indexed by op0 = bits 28:25. */
static const A64Pattern *const *const groups[16] = {
    [0x0] = group_none,   [0x1] = group_none,  [0x2] = group_none,
    [0x3] = group_none,   [0x4] = group_ldst,  [0x5] = group_dp_reg,
    [0x6] = group_ldst,   [0x7] = group_simd_fp, [0x8] = group_dp_imm,
    [0x9] = group_dp_imm, [0xa] = group_branch, [0xb] = group_branch,
    [0xc] = group_ldst,   [0xd] = group_dp_reg, [0xe] = group_ldst,
    [0xf] = group_simd_fp,
};

const A64Pattern *a64_decode(uint32_t word, uint64_t pc, A64Insn *in)
{
    const A64Pattern *const *tables = groups[(word >> 25) & 0xf];
    for (; *tables; tables++) {
        for (const A64Pattern *p = *tables; p->fn || p->fmt; p++) {
            if ((word & p->mask) != p->match)
                continue;
            memset(in, 0, sizeof *in);
            in->pc = pc;
            in->rd = word & 31;
            in->rn = (word >> 5) & 31;
            in->rm = (word >> 16) & 31;
            in->ra = (word >> 10) & 31;
            in->sf = word >> 31;
            in->fn = p->fn;
            if (p->fmt && !p->fmt(word, in))
                continue;
            return p;
        }
    }
    return NULL;
}

void a64_h_undefined(Cpu *cpu, const A64Insn *in)
{
    cpu->pc = in->pc;
    guest_raise_signal(cpu, SIGILL, ILL_ILLOPC, in->pc);
}

void a64_h_fallthrough(Cpu *cpu, const A64Insn *in)
{
    cpu->pc = in->pc;
}

bool a64_decode_bit_masks(unsigned n, unsigned imms, unsigned immr, bool immediate,
                          unsigned datasize, uint64_t *wmask, uint64_t *tmask)
{
    unsigned combined = (n << 6) | (~imms & 0x3f);
    if (!combined)
        return false;
    int len = 31 - __builtin_clz(combined);
    if (len < 1)
        return false;
    unsigned levels = (1u << len) - 1;
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned esize = 1u << len;
    if (esize > datasize)
        return false;
    unsigned s = imms & levels, r = immr & levels;
    unsigned d = (s - r) & levels;
    uint64_t emask = esize == 64 ? ~0ull : (1ull << esize) - 1;
    uint64_t welem = s + 1 >= 64 ? ~0ull : (1ull << (s + 1)) - 1;
    uint64_t telem = d + 1 >= 64 ? ~0ull : (1ull << (d + 1)) - 1;
    if (r)
        welem = ((welem >> r) | (welem << (esize - r))) & emask;
    uint64_t w = 0, t = 0;
    for (unsigned i = 0; i < 64; i += esize) {
        w |= welem << i;
        t |= telem << i;
    }
    if (datasize == 32) {
        w &= 0xffffffffu;
        t &= 0xffffffffu;
    }
    *wmask = w;
    *tmask = t;
    return true;
}

uint16_t a64_cond_table[16];
__thread bool a64_flush_pending;

void a64_init_cond_table(void)
{
    for (unsigned cond = 0; cond < 16; cond++) {
        uint16_t mask = 0;
        for (unsigned f = 0; f < 16; f++) {
            bool n = f & 8, z = f & 4, c = f & 2, v = f & 1, r;
            switch (cond >> 1) {
            case 0: r = z; break;
            case 1: r = c; break;
            case 2: r = n; break;
            case 3: r = v; break;
            case 4: r = c && !z; break;
            case 5: r = n == v; break;
            case 6: r = n == v && !z; break;
            default: r = true; break;
            }
            if ((cond & 1) && cond != 15)
                r = !r;
            mask |= (uint16_t)r << f;
        }
        a64_cond_table[cond] = mask;
    }
}
