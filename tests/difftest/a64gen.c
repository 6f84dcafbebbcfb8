/* a64gen: random differential tests of the A64 user ISA.
 *
 *   a64gen gen SEED NCASES [REPEAT]
 *                            writes an aarch64 assembly program to stdout
 *   a64gen diff REF TEST     compares two dumps written by such a program;
 *                            prints the first differing case and its state
 *
 * The program runs under qemu-aarch64 (the oracle) and xlat (the subject)
 * and their stdout is compared.  Each case of the program:
 *
 *   1. copies 512 random bytes into the scratch area and loads, from a
 *      per-case table in .data, x0..x30 (but x28), SP, NZCV, FPCR (random
 *      rounding mode, sometimes DN, FZ, AHP), FPSR (sometimes with flags
 *      already set) and v0..v31, then points x28 at the scratch area;
 *   2. runs 20..60 random non-branching instructions (the "sequence");
 *   3. stores a record right after the scratch area (x0..x30, SP, NZCV,
 *      FPCR, FPSR, q0..q31) and writes scratch area + record to stdout with
 *      one write(2).
 *
 * With REPEAT > 1 steps 1 to 3 (but the write) run REPEAT times before the
 * write, so that a translating tier gets to run the sequence hot.
 *
 * x28 is the only reserved register: no instruction of a sequence writes it.
 * Every memory access addresses the scratch area through it, directly or
 * through a register set to x28 + k just before (so that writeback forms
 * modify a copy).  The program is a static non-PIE executable, so x28, ADR
 * and ADRP results are the same under every emulator.  SP holds a random
 * value and is used as an operand of arithmetic; before an SP-based access
 * it is set to a 16-byte-aligned address in the scratch area.
 *
 * Instructions are written as assembly text (GNU as checks the operands);
 * see the README for the families and what is left out on purpose.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "a64dump.h"
#include "dumpfile.h"

#include "a64gen.h"

void emit(Gen *g, const char *fmt, ...)
{
    va_list ap;
    fputc('\t', g->out);
    va_start(ap, fmt);
    vfprintf(g->out, fmt, ap);
    va_end(ap);
    fputc('\n', g->out);
}

/* ---- registers -------------------------------------------------------- */

/* A destination: any of x0..x30 but the base, sometimes xzr. */
static int rd_x(Gen *g)
{
    if (chance(g, 3))
        return 31;
    for (;;) {
        int r = (int)rng_below(g, 31);
        if (r != BASE && !reg_reserved(g, r))
            return r;
    }
}

/* A destination that is a real register. */
int rd_real(Gen *g)
{
    for (;;) {
        int r = (int)rng_below(g, 31);
        if (r != BASE && !reg_reserved(g, r))
            return r;
    }
}

/* A real destination distinct from a and b. */
static int rd_real_not(Gen *g, int a, int b)
{
    for (;;) {
        int r = rd_real(g);
        if (r != a && r != b)
            return r;
    }
}

int rs_x(Gen *g) { return chance(g, 3) ? 31 : (int)rng_below(g, 31); }

static const char *xname(int r, int sf)
{
    static char buf[8][8];
    static int next;
    char *b = buf[next++ & 7];
    if (r == 31)
        return sf ? "xzr" : "wzr";
    snprintf(b, 8, "%c%d", sf ? 'x' : 'w', r);
    return b;
}

/* Register 31 as SP (for the operands that take it). */
static const char *xsp_name(int r, int sf)
{
    if (r == 31)
        return sf ? "sp" : "wsp";
    return xname(r, sf);
}

static int random_vreg(Gen *g) { return (int)rng_below(g, 32); }

/* A vector register that holds the kind k, most of the time. */
static int vsrc(Gen *g, char k)
{
    if (chance(g, 85))
        for (int tries = 0; tries < 16; tries++) {
            int r = random_vreg(g);
            if (g->vkind[r] == k)
                return r;
        }
    return random_vreg(g);
}

static void set_x(Gen *g, int reg, uint64_t value)
{
    if (reg != 31 && reg != BASE && !reg_reserved(g, reg))
        emit(g, "ldr x%d, =0x%" PRIx64, reg, value);
}

static void maybe_set_x(Gen *g, int reg, int percent, uint64_t (*value)(Gen *))
{
    if (chance(g, percent))
        set_x(g, reg, value(g));
}

static const char *const conds[16] = {
    "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
};

/* Sets the flags from a random comparison, so that what reads them sees a
 * mix of outcomes rather than the initial NZCV. */
void set_flags(Gen *g)
{
    static const char *const ops[] = { "cmp", "cmn", "tst" };
    int sf = chance(g, 60);
    int a = rs_x(g), b = rs_x(g);
    switch (rng_below(g, 5)) {
    case 0: case 1:
        emit(g, "%s %s, %s", PICK(g, ops), xname(a, sf), xname(b, sf));
        break;
    case 2:
        emit(g, "cmp %s, #%d", xsp_name(a, sf), (int)rng_range(g, 0, 4095));
        break;
    case 3:
        emit(g, "adds %s, %s, %s", xname(rd_x(g), sf), xname(a, sf), xname(b, sf));
        break;
    default: {
        int t = rd_real(g);
        set_x(g, t, rng_below(g, 16) << 28);
        emit(g, "msr nzcv, x%d", t);
        break;
    }
    }
}

/* ---- integer data processing ------------------------------------------ */

/* A valid logical immediate of width 32 or 64, from the DecodeBitMasks
 * parameters: element size, run of ones, rotation. */
static uint64_t random_logical_imm(Gen *g, int sf)
{
    unsigned esize = 2u << rng_below(g, sf ? 6 : 5);
    unsigned ones = 1 + (unsigned)rng_below(g, esize - 1);
    unsigned rot = (unsigned)rng_below(g, esize);
    uint64_t emask = esize == 64 ? ~0ull : (1ull << esize) - 1;
    uint64_t e = (ones == 64 ? ~0ull : (1ull << ones) - 1);
    if (rot)
        e = ((e >> rot) | (e << (esize - rot))) & emask;
    uint64_t v = 0;
    for (unsigned pos = 0; pos < 64; pos += esize)
        v |= e << pos;
    return sf ? v : (uint32_t)v;
}

static void gen_int_imm(Gen *g)
{
    int sf = chance(g, 60);
    int rd = rd_x(g), rn = rs_x(g);
    switch (rng_below(g, 7)) {
    case 0: case 1: {   /* add/sub immediate: Rd/Rn 31 is SP, but XZR for the S forms */
        static const char *const ops[] = { "add", "sub", "adds", "subs" };
        int op = (int)rng_below(g, 4);
        int imm = chance(g, 30) ? (int)rng_range(g, 0, 8) : (int)rng_range(g, 0, 4095);
        const char *dst = op < 2 ? xsp_name(rd == 31 && chance(g, 50) ? 31 : rd, sf)
                                 : xname(rd, sf);
        emit(g, "%s %s, %s, #%d%s", ops[op], dst, xsp_name(rn, sf), imm,
             chance(g, 25) ? ", lsl #12" : "");
        break;
    }
    case 2: {   /* logical immediate: Rd 31 is SP but for ANDS */
        static const char *const ops[] = { "and", "orr", "eor", "ands" };
        int op = (int)rng_below(g, 4);
        emit(g, "%s %s, %s, #0x%" PRIx64, ops[op], op < 3 ? xsp_name(rd, sf) : xname(rd, sf),
             xname(rn, sf), random_logical_imm(g, sf));
        break;
    }
    case 3: {   /* move wide */
        static const char *const ops[] = { "movz", "movn", "movk" };
        emit(g, "%s %s, #0x%x, lsl #%d", PICK(g, ops), xname(rd, sf),
             (unsigned)rng_below(g, 0x10000), 16 * (int)rng_below(g, sf ? 4 : 2));
        break;
    }
    case 4: {   /* bitfield, raw immr/imms */
        static const char *const ops[] = { "sbfm", "bfm", "ubfm" };
        int w = sf ? 64 : 32;
        emit(g, "%s %s, %s, #%d, #%d", PICK(g, ops), xname(rd, sf), xname(rn, sf),
             (int)rng_below(g, w), (int)rng_below(g, w));
        break;
    }
    case 5:
        emit(g, "extr %s, %s, %s, #%d", xname(rd, sf), xname(rn, sf), xname(rs_x(g), sf),
             (int)rng_below(g, sf ? 64 : 32));
        break;
    default:
        if (chance(g, 50))
            emit(g, "adr x%d, .%+d", rd_real(g), (int)rng_range(g, -4096, 4096));
        else
            emit(g, "adrp x%d, scratch%+d", rd_real(g), (int)rng_range(g, -3, 3) * 4096);
        break;
    }
}

static void gen_int_reg(Gen *g)
{
    static const char *const shifts[] = { "lsl", "lsr", "asr", "ror" };
    static const char *const extends[] = { "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx" };
    int sf = chance(g, 60);
    int w = sf ? 64 : 32;
    int rd = rd_x(g), rn = rs_x(g), rm = rs_x(g);
    switch (rng_below(g, 11)) {
    case 0: case 1: {   /* add/sub shifted register */
        static const char *const ops[] = { "add", "sub", "adds", "subs", "neg", "negs" };
        int op = (int)rng_below(g, 6);
        char operands[40];
        if (op < 4)
            snprintf(operands, sizeof operands, "%s, %s", xname(rn, sf), xname(rm, sf));
        else
            snprintf(operands, sizeof operands, "%s", xname(rm, sf));
        emit(g, "%s %s, %s, %s #%d", ops[op], xname(rd, sf), operands,
             shifts[rng_below(g, 3)], (int)rng_below(g, w));
        break;
    }
    case 2: case 3: {   /* logical shifted register */
        static const char *const ops[] = { "and", "bic", "orr", "orn", "eor", "eon", "ands", "bics" };
        emit(g, "%s %s, %s, %s, %s #%d", PICK(g, ops), xname(rd, sf), xname(rn, sf), xname(rm, sf),
             PICK(g, shifts), (int)rng_below(g, w));
        break;
    }
    case 4: {   /* add/sub extended register: Rn (and Rd but for S) may be SP */
        static const char *const ops[] = { "add", "sub", "adds", "subs" };
        int op = (int)rng_below(g, 4);
        int ext = (int)rng_below(g, 8);
        /* the index register is W for everything but UXTX/SXTX in 64-bit */
        int msf = sf && (ext & 3) == 3;
        emit(g, "%s %s, %s, %s, %s #%d", ops[op], op < 2 ? xsp_name(rd, sf) : xname(rd, sf),
             xsp_name(rn, sf), xname(rm, msf), extends[ext], (int)rng_below(g, 5));
        break;
    }
    case 5: {   /* with carry */
        static const char *const ops[] = { "adc", "adcs", "sbc", "sbcs", "ngc", "ngcs" };
        int op = (int)rng_below(g, 6);
        if (chance(g, 40))
            set_flags(g);
        if (op < 4)
            emit(g, "%s %s, %s, %s", ops[op], xname(rd, sf), xname(rn, sf), xname(rm, sf));
        else
            emit(g, "%s %s, %s", ops[op], xname(rd, sf), xname(rm, sf));
        break;
    }
    case 6: {   /* conditional compare */
        if (chance(g, 60))
            set_flags(g);
        const char *op = chance(g, 50) ? "ccmp" : "ccmn";
        if (chance(g, 50))
            emit(g, "%s %s, %s, #%d, %s", op, xname(rn, sf), xname(rm, sf), (int)rng_below(g, 16),
                 conds[rng_below(g, 16)]);
        else
            emit(g, "%s %s, #%d, #%d, %s", op, xname(rn, sf), (int)rng_below(g, 32),
                 (int)rng_below(g, 16), conds[rng_below(g, 16)]);
        break;
    }
    case 7: {   /* conditional select */
        static const char *const ops[] = { "csel", "csinc", "csinv", "csneg" };
        if (chance(g, 60))
            set_flags(g);
        emit(g, "%s %s, %s, %s, %s", PICK(g, ops), xname(rd, sf), xname(rn, sf), xname(rm, sf),
             conds[rng_below(g, 16)]);
        break;
    }
    case 8: {   /* one source */
        static const char *const ops[] = { "rbit", "rev16", "rev", "clz", "cls", "rev32" };
        int op = (int)rng_below(g, sf ? 6 : 5);
        emit(g, "%s %s, %s", ops[op], xname(rd, sf), xname(rn, sf));
        break;
    }
    case 9: {   /* two source */
        static const char *const ops[] = { "udiv", "sdiv", "lslv", "lsrv", "asrv", "rorv" };
        static const char *const crc[] = { "crc32b", "crc32h", "crc32w", "crc32cb", "crc32ch", "crc32cw" };
        if (chance(g, 25)) {
            if (chance(g, 25))
                emit(g, "%s w%d, %s, %s", chance(g, 50) ? "crc32x" : "crc32cx", rd_real(g),
                     xname(rn, 0), xname(rm, 1));
            else
                emit(g, "%s %s, %s, %s", PICK(g, crc), xname(rd, 0), xname(rn, 0), xname(rm, 0));
            break;
        }
        int op = (int)rng_below(g, 6);
        if (op < 2) {
            maybe_set_x(g, rn, 35, random_muldiv_operand);
            maybe_set_x(g, rm, 45, random_muldiv_operand);
        }
        emit(g, "%s %s, %s, %s", ops[op], xname(rd, sf), xname(rn, sf), xname(rm, sf));
        break;
    }
    default: {  /* three source */
        static const char *const ops[] = { "madd", "msub" };
        static const char *const longs[] = { "smaddl", "smsubl", "umaddl", "umsubl" };
        int ra = rs_x(g);
        maybe_set_x(g, rn, 25, random_muldiv_operand);
        maybe_set_x(g, rm, 25, random_muldiv_operand);
        switch (rng_below(g, 3)) {
        case 0:
            emit(g, "%s %s, %s, %s, %s", PICK(g, ops), xname(rd, sf), xname(rn, sf), xname(rm, sf),
                 xname(ra, sf));
            break;
        case 1:
            emit(g, "%s %s, %s, %s, %s", PICK(g, longs), xname(rd, 1), xname(rn, 0), xname(rm, 0),
                 xname(ra, 1));
            break;
        default:
            emit(g, "%s %s, %s, %s", chance(g, 50) ? "smulh" : "umulh", xname(rd, 1), xname(rn, 1),
                 xname(rm, 1));
            break;
        }
        break;
    }
    }
}

static void gen_sysreg(Gen *g)
{
    int t = rd_real(g);
    switch (rng_below(g, 6)) {
    case 0: emit(g, "mrs x%d, nzcv", t); break;
    case 1: emit(g, "mrs x%d, fpsr", t); break;
    case 2: emit(g, "mrs x%d, fpcr", t); break;
    case 3:
        set_x(g, t, random_fpcr(g));
        emit(g, "msr fpcr, x%d", t);
        break;
    case 4:
        set_x(g, t, random_fpsr(g));
        emit(g, "msr fpsr, x%d", t);
        break;
    default:
        set_flags(g);
        break;
    }
}

/* ---- memory ----------------------------------------------------------- */

/* An address in the scratch area for an access of SIZE bytes: aligned to
 * ALIGN, or (when ALIGN is 0) to SIZE most of the time and to nothing
 * sometimes. */
static int scratch_addr(Gen *g, int size, int align)
{
    if (align == 0)
        align = chance(g, 15) ? 1 : (size > 16 ? 16 : size);
    return (int)rng_below(g, (unsigned)(SCRATCH_SIZE - size) / align + 1) * align;
}

/* A base register holding scratch + OFFSET: x28 itself when OFFSET is 0 and
 * no copy is needed, else a fresh register other than AVOID1 and AVOID2. */
static int base_reg(Gen *g, int offset, int need_copy, int avoid1, int avoid2)
{
    if (offset == 0 && !need_copy && chance(g, 50))
        return BASE;
    int r = rd_real_not(g, avoid1, avoid2);
    if (offset >= 0)
        emit(g, "add x%d, x%d, #%d", r, BASE, offset);
    else
        emit(g, "sub x%d, x%d, #%d", r, BASE, -offset);
    return r;
}

/* Integer and FP/SIMD loads and stores of one register. */
void gen_ldst_single(Gen *g)
{
    static const struct { const char *name; int size; char rt; int load; } ops[] = {
        { "ldrb", 1, 'w', 1 }, { "ldrh", 2, 'w', 1 }, { "ldr", 4, 'w', 1 }, { "ldr", 8, 'x', 1 },
        { "ldrsb", 1, 'w', 1 }, { "ldrsb", 1, 'x', 1 }, { "ldrsh", 2, 'w', 1 }, { "ldrsh", 2, 'x', 1 },
        { "ldrsw", 4, 'x', 1 },
        { "strb", 1, 'w', 0 }, { "strh", 2, 'w', 0 }, { "str", 4, 'w', 0 }, { "str", 8, 'x', 0 },
        { "ldr", 1, 'b', 1 }, { "ldr", 2, 'h', 1 }, { "ldr", 4, 's', 1 }, { "ldr", 8, 'd', 1 },
        { "ldr", 16, 'q', 1 },
        { "str", 1, 'b', 0 }, { "str", 2, 'h', 0 }, { "str", 4, 's', 0 }, { "str", 8, 'd', 0 },
        { "str", 16, 'q', 0 },
    };
    int i = (int)rng_below(g, sizeof ops / sizeof ops[0]);
    int size = ops[i].size, load = ops[i].load;
    int vec = ops[i].rt != 'w' && ops[i].rt != 'x';
    int rt = vec ? random_vreg(g) : load ? rd_x(g) : rs_x(g);
    char rtname[8];
    if (vec) {
        snprintf(rtname, sizeof rtname, "%c%d", ops[i].rt, rt);
        if (load)
            g->vkind[rt] = 'i';
    } else {
        snprintf(rtname, sizeof rtname, "%s", xname(rt, ops[i].rt == 'x'));
    }
    int shift = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : size == 8 ? 3 : 4;
    int addr = scratch_addr(g, size, 0);
    int xrt = vec ? -1 : rt;
    switch (rng_below(g, 7)) {
    case 0: {   /* unsigned scaled offset */
        int disp = (int)rng_below(g, 64) * size;
        if (disp > addr - (addr % size))
            disp = addr - (addr % size);
        int base = base_reg(g, addr - disp, 0, xrt, -1);
        emit(g, "%s %s, [x%d, #%d]", ops[i].name, rtname, base, disp);
        break;
    }
    case 1: {   /* unscaled */
        int disp = (int)rng_range(g, -256, 255);
        int base = base_reg(g, addr - disp, 0, xrt, -1);
        emit(g, "%.2su%s %s, [x%d, #%d]", ops[i].name, ops[i].name + 2, rtname, base, disp);
        break;
    }
    case 2: case 3: {   /* pre- and post-index on a copy of the base */
        int disp = (int)rng_range(g, -256, 255);
        int pre = chance(g, 50);
        int base = base_reg(g, pre ? addr - disp : addr, 1, xrt, -1);
        if (pre)
            emit(g, "%s %s, [x%d, #%d]!", ops[i].name, rtname, base, disp);
        else
            emit(g, "%s %s, [x%d], #%d", ops[i].name, rtname, base, disp);
        break;
    }
    case 4: case 5: {   /* register offset, extended or shifted */
        int amount = chance(g, 60) ? shift : 0;
        int idx = rd_real_not(g, xrt, -1);
        int kind = (int)rng_below(g, 4);   /* lsl, uxtw, sxtw, sxtx */
        static const char *const ext[] = { "lsl", "uxtw", "sxtw", "sxtx" };
        int index = (int)rng_range(g, kind >= 2 ? -8 : 0, 8);
        int base = base_reg(g, addr - (index << amount), 1, xrt, idx);
        uint64_t value = (uint64_t)(int64_t)index;
        if (kind == 1)
            value = (rng_next(g) << 32) | (uint32_t)index;         /* upper half ignored */
        else if (kind == 2)
            value = (rng_next(g) << 32) | (uint32_t)(int32_t)index;
        emit(g, "ldr x%d, =0x%" PRIx64, idx, value);
        char amt[8] = "";
        if (amount || (kind != 0 && chance(g, 50)))
            snprintf(amt, sizeof amt, " #%d", amount);
        if (kind == 0 && !amount)
            emit(g, "%s %s, [x%d, x%d]", ops[i].name, rtname, base, idx);
        else
            emit(g, "%s %s, [x%d, %c%d, %s%s]", ops[i].name, rtname, base,
                 kind == 1 || kind == 2 ? 'w' : 'x', idx, ext[kind], amt);
        break;
    }
    default: {  /* SP as the base */
        int a = (int)rng_below(g, SCRATCH_SIZE / 16 - 1) * 16;
        int disp = (int)rng_below(g, (unsigned)(SCRATCH_SIZE - a - size) / size + 1) * size;
        if (disp > 4095 * size) disp = 0;
        emit(g, "add sp, x%d, #%d", BASE, a);
        if (!vec && rt == 31)
            snprintf(rtname, sizeof rtname, "%s", ops[i].rt == 'x' ? "xzr" : "wzr");
        emit(g, "%s %s, [sp, #%d]", ops[i].name, rtname, disp);
        break;
    }
    }
}

static void gen_ldst_pair(Gen *g)
{
    static const struct { const char *name; int size; char rt; int load; } ops[] = {
        { "ldp", 4, 'w', 1 }, { "ldp", 8, 'x', 1 }, { "ldpsw", 4, 'x', 1 }, { "ldnp", 8, 'x', 1 },
        { "stp", 4, 'w', 0 }, { "stp", 8, 'x', 0 }, { "stnp", 4, 'w', 0 },
        { "ldp", 4, 's', 1 }, { "ldp", 8, 'd', 1 }, { "ldp", 16, 'q', 1 }, { "ldnp", 16, 'q', 1 },
        { "stp", 4, 's', 0 }, { "stp", 8, 'd', 0 }, { "stp", 16, 'q', 0 }, { "stnp", 8, 'd', 0 },
    };
    int i = (int)rng_below(g, sizeof ops / sizeof ops[0]);
    int size = ops[i].size, load = ops[i].load;
    int vec = ops[i].rt != 'w' && ops[i].rt != 'x';
    int sf = ops[i].rt == 'x';
    int t1, t2;
    char n1[8], n2[8];
    if (vec) {
        t1 = random_vreg(g);
        do t2 = random_vreg(g); while (load && t2 == t1);
        snprintf(n1, sizeof n1, "%c%d", ops[i].rt, t1);
        snprintf(n2, sizeof n2, "%c%d", ops[i].rt, t2);
        if (load)
            g->vkind[t1] = g->vkind[t2] = 'i';
        t1 = t2 = -1;
    } else {
        t1 = load ? rd_x(g) : rs_x(g);
        do t2 = load ? rd_x(g) : rs_x(g); while (load && t2 == t1);
        snprintf(n1, sizeof n1, "%s", xname(t1, sf));
        snprintf(n2, sizeof n2, "%s", xname(t2, sf));
    }
    int addr = scratch_addr(g, 2 * size, 0);
    int disp = (int)rng_range(g, -8, 8) * size;
    int nontemporal = ops[i].name[2] == 'n';
    int mode = nontemporal ? 0 : (int)rng_below(g, 3);
    int base = base_reg(g, mode == 2 ? addr : addr - disp, mode != 0, t1, t2);
    if (mode == 0)
        emit(g, "%s %s, %s, [x%d, #%d]", ops[i].name, n1, n2, base, disp);
    else if (mode == 1)
        emit(g, "%s %s, %s, [x%d, #%d]!", ops[i].name, n1, n2, base, disp);
    else
        emit(g, "%s %s, %s, [x%d], #%d", ops[i].name, n1, n2, base, disp);
}

/* LD1..LD4 and ST1..ST4: multiple structures, one lane, replicate. */
static void gen_ldst_struct(Gen *g)
{
    static const char *const lane_sizes = "bhsd";
    int n = 1 + (int)rng_below(g, 4);
    int load = chance(g, 60);
    int first = random_vreg(g);
    int kind = (int)rng_below(g, 3);   /* 0 multiple, 1 single lane, 2 replicate */
    if (kind == 2)
        load = 1;
    int size = (int)rng_below(g, 4);
    int q = (int)rng_below(g, 2);
    int regs = n;
    if (kind == 0 && n == 1)
        regs = 1 + (int)rng_below(g, 4);    /* LD1/ST1 of 1..4 registers */
    if (kind == 0 && n > 1 && size == 3 && !q)
        q = 1;                               /* .1d only for LD1/ST1 */
    int total = kind == 0 ? regs * (q ? 16 : 8) : n << size;
    char list[96] = "{", arr[8];
    if (kind == 1)
        snprintf(arr, sizeof arr, "%c", lane_sizes[size]);
    else
        snprintf(arr, sizeof arr, "%d%c", (q ? 16 : 8) >> size, lane_sizes[size]);
    for (int k = 0; k < regs; k++) {
        int r = (first + k) % 32;
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%sv%d.%s", k ? ", " : "", r, arr);
        if (load)
            g->vkind[r] = 'i';
    }
    strcat(list, "}");
    if (kind == 1) {
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "[%d]", (int)rng_below(g, 16u >> size));
    }
    int addr = scratch_addr(g, total, 0);
    int post = (int)rng_below(g, 3);   /* none, immediate, register */
    int base = base_reg(g, addr, post != 0, -1, -1);
    const char *op = kind == 2 ? "ld%dr" : load ? "ld%d" : "st%d";
    char name[8];
    snprintf(name, sizeof name, op, n);
    if (post == 0) {
        emit(g, "%s %s, [x%d]", name, list, base);
    } else if (post == 1) {
        emit(g, "%s %s, [x%d], #%d", name, list, base, total);
    } else {
        int m = rd_real_not(g, base, -1);
        set_x(g, m, (uint64_t)rng_range(g, -64, 64));
        emit(g, "%s %s, [x%d], x%d", name, list, base, m);
    }
}

/* Exclusives, acquire/release, and LSE atomics, naturally aligned. */
static void gen_atomic(Gen *g)
{
    static const char *const sfx[] = { "b", "h", "", "" };
    int size = (int)rng_below(g, 4);
    int sf = size == 3;
    const char *s = sfx[size];
    int bytes = 1 << size;
    switch (rng_below(g, 8)) {
    case 0: {   /* load-acquire, store-release */
        static const char *const ops[] = { "ldar", "stlr", "ldapr" };
        int op = (int)rng_below(g, 3);
        int rt = op == 1 ? rs_x(g) : rd_x(g);
        int base = base_reg(g, scratch_addr(g, bytes, bytes), 0, rt, -1);
        emit(g, "%s%s %s, [x%d]", ops[op], s, xname(rt, sf), base);
        break;
    }
    case 1: case 2: {   /* exclusive pair of accesses to the same address */
        static const char *const lds[] = { "ldxr", "ldaxr" };
        static const char *const sts[] = { "stxr", "stlxr" };
        int rt = rd_real(g);
        int base = base_reg(g, scratch_addr(g, bytes, bytes), 0, rt, -1);
        int status = rd_real_not(g, rt, base);
        int value = rs_x(g);
        if (value == status || value == base)
            value = 31;
        if (chance(g, 15)) {   /* no reservation: the store fails */
            emit(g, "clrex");
            emit(g, "%s%s w%d, %s, [x%d]", PICK(g, sts), s, status, xname(value, sf), base);
            break;
        }
        emit(g, "%s%s %s, [x%d]", PICK(g, lds), s, xname(rt, sf), base);
        emit(g, "%s%s w%d, %s, [x%d]", PICK(g, sts), s, status, xname(value, sf), base);
        break;
    }
    case 3: {   /* exclusive pairs */
        int psf = chance(g, 50);
        int t1 = rd_real(g), t2 = rd_real_not(g, t1, -1);
        int base = base_reg(g, scratch_addr(g, psf ? 16 : 8, psf ? 16 : 8), 0, t1, t2);
        int status = rd_real_not(g, base, -1);
        int v1 = rs_x(g), v2 = rs_x(g);
        if (v1 == status || v1 == base) v1 = 31;
        if (v2 == status || v2 == base) v2 = 31;
        while (status == t1 || status == t2 || status == base)
            status = rd_real(g);
        emit(g, "%s %s, %s, [x%d]", chance(g, 50) ? "ldxp" : "ldaxp", xname(t1, psf), xname(t2, psf), base);
        if (v1 == status) v1 = 31;
        if (v2 == status) v2 = 31;
        emit(g, "%s w%d, %s, %s, [x%d]", chance(g, 50) ? "stxp" : "stlxp", status, xname(v1, psf),
             xname(v2, psf), base);
        break;
    }
    case 4: {   /* compare and swap: sometimes with the value that is there */
        static const char *const ord[] = { "", "a", "l", "al" };
        int rs = rd_real(g), rt = rs_x(g);
        int addr = scratch_addr(g, bytes, bytes);
        int base = base_reg(g, addr, 0, rs, -1);
        if (chance(g, 50) && rs != base)
            emit(g, "ldr%s %s, [x%d]", s, xname(rs, sf), base);
        emit(g, "cas%s%s %s, %s, [x%d]", PICK(g, ord), s, xname(rs, sf), xname(rt, sf), base);
        break;
    }
    case 5: {   /* compare and swap pair: even registers */
        static const char *const ord[] = { "", "a", "l", "al" };
        int psf = chance(g, 50);
        int rs, rt;
        do rs = 2 * (int)rng_below(g, 15);
        while (rs == BASE || reg_reserved(g, rs) || reg_reserved(g, rs + 1));
        rt = 2 * (int)rng_below(g, 15);
        int base = base_reg(g, scratch_addr(g, psf ? 16 : 8, psf ? 16 : 8), 0, rs, rs + 1);
        if (chance(g, 50) && base != rs && base != rs + 1)
            emit(g, "ldp %s, %s, [x%d]", xname(rs, psf), xname(rs + 1, psf), base);
        emit(g, "casp%s %s, %s, %s, %s, [x%d]", PICK(g, ord), xname(rs, psf), xname(rs + 1, psf),
             xname(rt, psf), xname(rt + 1, psf), base);
        break;
    }
    default: {  /* swap, LD<op>, ST<op> */
        static const char *const ops[] = { "swp", "ldadd", "ldclr", "ldeor", "ldset", "ldsmax",
                                           "ldsmin", "ldumax", "ldumin" };
        static const char *const ord[] = { "", "a", "l", "al" };
        int op = (int)rng_below(g, 9);
        int rt = rd_x(g), rs = rs_x(g);
        int base = base_reg(g, scratch_addr(g, bytes, bytes), 0, rt, -1);
        if (op > 0 && chance(g, 20)) {  /* the ST<op> alias */
            static const char *const ord2[] = { "", "l" };
            emit(g, "st%s%s%s %s, [x%d]", ops[op] + 2, PICK(g, ord2), s, xname(rs, sf), base);
            break;
        }
        emit(g, "%s%s%s %s, %s, [x%d]", ops[op], PICK(g, ord), s, xname(rs, sf), xname(rt, sf), base);
        break;
    }
    }
}

static void gen_literal(Gen *g)
{
    int rt = rd_real(g);
    switch (rng_below(g, 3)) {
    case 0: emit(g, "ldr x%d, =0x%" PRIx64, rt, random_int_value(g)); break;
    case 1: emit(g, "ldr w%d, =0x%" PRIx32, rt, (uint32_t)random_int_value(g)); break;
    default: {
        int v = random_vreg(g);
        g->vkind[v] = 'd';
        emit(g, "ldr d%d, =0x%" PRIx64, v, random_f64(g));
        break;
    }
    }
}

/* ---- scalar floating point -------------------------------------------- */

/* An FMOV immediate: +-n/16 * 2^e, n 16..31, e -3..4, as decimal text. */
static const char *random_fp_imm(Gen *g)
{
    static char buf[32];
    int n = 16 + (int)rng_below(g, 16), e = (int)rng_range(g, -3, 4);
    double v = n / 16.0;
    for (int k = 0; k < e; k++) v *= 2;
    for (int k = 0; k > e; k--) v /= 2;
    snprintf(buf, sizeof buf, "%s%.10g", chance(g, 50) ? "-" : "", v);
    return buf;
}

static void gen_fp(Gen *g)
{
    static const char *const arith[] = { "fadd", "fsub", "fmul", "fdiv", "fmax", "fmin",
                                         "fmaxnm", "fminnm", "fnmul" };
    static const char *const fused[] = { "fmadd", "fmsub", "fnmadd", "fnmsub" };
    static const char *const unary[] = { "fmov", "fabs", "fneg", "fsqrt", "frintn", "frintp",
                                         "frintm", "frintz", "frinta", "frintx", "frinti" };
    static const char *const to_int[] = { "fcvtns", "fcvtnu", "fcvtps", "fcvtpu", "fcvtms",
                                          "fcvtmu", "fcvtzs", "fcvtzu", "fcvtas", "fcvtau" };
    int dbl = chance(g, 50);
    char p = dbl ? 'd' : 's';
    char k = dbl ? 'd' : 's';
    int vd = random_vreg(g), a = vsrc(g, k), b = vsrc(g, k), c = vsrc(g, k);
    char result = k;
    switch (rng_below(g, 16)) {
    case 0: case 1: case 2:
        emit(g, "%s %c%d, %c%d, %c%d", PICK(g, arith), p, vd, p, a, p, b);
        break;
    case 3: case 4:
        emit(g, "%s %c%d, %c%d, %c%d, %c%d", PICK(g, fused), p, vd, p, a, p, b, p, c);
        break;
    case 5: case 6:
        emit(g, "%s %c%d, %c%d", PICK(g, unary), p, vd, p, a);
        break;
    case 7:     /* compares */
        if (chance(g, 25))
            emit(g, "%s %c%d, #0.0", chance(g, 50) ? "fcmp" : "fcmpe", p, a);
        else
            emit(g, "%s %c%d, %c%d", chance(g, 50) ? "fcmp" : "fcmpe", p, a, p, b);
        return;
    case 8:
        if (chance(g, 50))
            set_flags(g);
        emit(g, "%s %c%d, %c%d, #%d, %s", chance(g, 50) ? "fccmp" : "fccmpe", p, a, p, b,
             (int)rng_below(g, 16), conds[rng_below(g, 16)]);
        return;
    case 9:
        if (chance(g, 50))
            set_flags(g);
        emit(g, "fcsel %c%d, %c%d, %c%d, %s", p, vd, p, a, p, b, conds[rng_below(g, 16)]);
        break;
    case 10: {  /* between precisions, half included */
        static const char names[] = "hsd";
        int from = (int)rng_below(g, 3), to;
        do to = (int)rng_below(g, 3); while (to == from);
        if (from == 0)
            a = random_vreg(g);
        else
            a = vsrc(g, names[from]);
        emit(g, "fcvt %c%d, %c%d", names[to], vd, names[from], a);
        result = to == 0 ? 'i' : names[to];
        break;
    }
    case 11: case 12: { /* to integer, every rounding, sometimes fixed point */
        int sf = chance(g, 50);
        int rd = rd_x(g);
        if (chance(g, 20)) {
            emit(g, "%s %s, %c%d, #%d", chance(g, 50) ? "fcvtzs" : "fcvtzu", xname(rd, sf), p, a,
                 (int)rng_range(g, 1, sf ? 64 : 32));
        } else {
            emit(g, "%s %s, %c%d", PICK(g, to_int), xname(rd, sf), p, a);
        }
        return;
    }
    case 13: {  /* from integer */
        int sf = chance(g, 50);
        int rn = rs_x(g);
        maybe_set_x(g, rn, 30, random_int_value);
        if (chance(g, 20))
            emit(g, "%s %c%d, %s, #%d", chance(g, 50) ? "scvtf" : "ucvtf", p, vd, xname(rn, sf),
                 (int)rng_range(g, 1, sf ? 64 : 32));
        else
            emit(g, "%s %c%d, %s", chance(g, 50) ? "scvtf" : "ucvtf", p, vd, xname(rn, sf));
        break;
    }
    case 14: {  /* fmov immediate and between register files */
        int rx = rs_x(g);
        switch (rng_below(g, 5)) {
        case 0:
            emit(g, "fmov %c%d, #%s", p, vd, random_fp_imm(g));
            break;
        case 1: emit(g, "fmov %c%d, %s", p, vd, xname(rx, dbl)); break;
        case 2: emit(g, "fmov %s, %c%d", xname(rd_x(g), dbl), p, a); return;
        case 3: emit(g, "fmov v%d.d[1], %s", vd, xname(rx, 1)); result = 'i'; break;
        default: emit(g, "fmov %s, v%d.d[1]", xname(rd_x(g), 1), a); return;
        }
        break;
    }
    default:
        gen_sysreg(g);
        return;
    }
    g->vkind[vd] = result;
}

/* ---- Advanced SIMD ----------------------------------------------------- */

/* Arrangements by index size*2+q: 8b 16b 4h 8h 2s 4s 1d 2d. */
static const char *const arrangements[8] = { "8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d" };
enum { A8B = 1, A16B = 2, A4H = 4, A8H = 8, A2S = 16, A4S = 32, A1D = 64, A2D = 128,
       AB = 3, AH = 12, AS = 48, AD = 128, ABHS = 63, ABHSD = 191, AHS = 60, AF = 176 };
static const char scalar_names[4] = { 'b', 'h', 's', 'd' };

/* Vector forms.  T is the table's arrangement; Tw the one with elements of
 * twice the size (always 128 bits); "2" is appended for the upper half. */
enum {
    V_SAME,     /* Vd.T, Vn.T, Vm.T */
    V_MISC,     /* Vd.T, Vn.T */
    V_CMP0,     /* Vd.T, Vn.T, #0 */
    V_FCMP0,    /* Vd.T, Vn.T, #0.0 */
    V_SHR,      /* Vd.T, Vn.T, #1..esize */
    V_SHL,      /* Vd.T, Vn.T, #0..esize-1 */
    V_FIXED,    /* Vd.T, Vn.T, #1..esize (fraction bits) */
    V_LONG,     /* Vd.Tw, Vn.T, Vm.T */
    V_WIDE,     /* Vd.Tw, Vn.Tw, Vm.T */
    V_NARROW3,  /* Vd.T, Vn.Tw, Vm.Tw */
    V_NARROW,   /* Vd.T, Vn.Tw */
    V_NSHR,     /* Vd.T, Vn.Tw, #1..esize */
    V_LSHL,     /* Vd.Tw, Vn.T, #0..esize-1 */
    V_LMISC,    /* Vd.Tw, Vn.T */
    V_SHLL,     /* Vd.Tw, Vn.T, #esize */
    V_PAIRL,    /* Vd.(T with half the lanes, twice the size), Vn.T */
    V_ELEM,     /* Vd.T, Vn.T, Vm.Ts[i] */
    V_LELEM,    /* Vd.Tw, Vn.T, Vm.Ts[i] */
    V_ACROSS,   /* <size-of-result>d, Vn.T */
};

typedef struct SimdOp {
    const char *name;
    int form;
    unsigned arrs;  /* allowed arrangements of T */
    char kind;      /* 'f' floating point (sources from f lanes), 'i' integer */
} SimdOp;

static const SimdOp vector_ops[] = {
    /* three same, integer */
    { "add", V_SAME, ABHSD, 'i' }, { "sub", V_SAME, ABHSD, 'i' },
    { "cmeq", V_SAME, ABHSD, 'i' }, { "cmge", V_SAME, ABHSD, 'i' }, { "cmgt", V_SAME, ABHSD, 'i' },
    { "cmhi", V_SAME, ABHSD, 'i' }, { "cmhs", V_SAME, ABHSD, 'i' }, { "cmtst", V_SAME, ABHSD, 'i' },
    { "sqadd", V_SAME, ABHSD, 'i' }, { "uqadd", V_SAME, ABHSD, 'i' },
    { "sqsub", V_SAME, ABHSD, 'i' }, { "uqsub", V_SAME, ABHSD, 'i' },
    { "sshl", V_SAME, ABHSD, 'i' }, { "ushl", V_SAME, ABHSD, 'i' },
    { "srshl", V_SAME, ABHSD, 'i' }, { "urshl", V_SAME, ABHSD, 'i' },
    { "addp", V_SAME, ABHSD, 'i' },
    { "shadd", V_SAME, ABHS, 'i' }, { "uhadd", V_SAME, ABHS, 'i' },
    { "srhadd", V_SAME, ABHS, 'i' }, { "urhadd", V_SAME, ABHS, 'i' },
    { "shsub", V_SAME, ABHS, 'i' }, { "uhsub", V_SAME, ABHS, 'i' },
    { "smax", V_SAME, ABHS, 'i' }, { "umax", V_SAME, ABHS, 'i' },
    { "smin", V_SAME, ABHS, 'i' }, { "umin", V_SAME, ABHS, 'i' },
    { "sabd", V_SAME, ABHS, 'i' }, { "uabd", V_SAME, ABHS, 'i' },
    { "saba", V_SAME, ABHS, 'i' }, { "uaba", V_SAME, ABHS, 'i' },
    { "mla", V_SAME, ABHS, 'i' }, { "mls", V_SAME, ABHS, 'i' }, { "mul", V_SAME, ABHS, 'i' },
    { "smaxp", V_SAME, ABHS, 'i' }, { "umaxp", V_SAME, ABHS, 'i' },
    { "sminp", V_SAME, ABHS, 'i' }, { "uminp", V_SAME, ABHS, 'i' },
    { "sqdmulh", V_SAME, AHS, 'i' }, { "sqrdmulh", V_SAME, AHS, 'i' },
    { "pmul", V_SAME, AB, 'i' },
    { "and", V_SAME, AB, 'i' }, { "bic", V_SAME, AB, 'i' }, { "orr", V_SAME, AB, 'i' },
    { "orn", V_SAME, AB, 'i' }, { "eor", V_SAME, AB, 'i' }, { "bsl", V_SAME, AB, 'i' },
    { "bit", V_SAME, AB, 'i' }, { "bif", V_SAME, AB, 'i' },
    /* three same, floating point */
    { "fadd", V_SAME, AF, 'f' }, { "fsub", V_SAME, AF, 'f' }, { "fmul", V_SAME, AF, 'f' },
    { "fdiv", V_SAME, AF, 'f' }, { "fmax", V_SAME, AF, 'f' }, { "fmin", V_SAME, AF, 'f' },
    { "fmaxnm", V_SAME, AF, 'f' }, { "fminnm", V_SAME, AF, 'f' }, { "fmla", V_SAME, AF, 'f' },
    { "fmls", V_SAME, AF, 'f' }, { "fmulx", V_SAME, AF, 'f' }, { "fcmeq", V_SAME, AF, 'f' },
    { "fcmge", V_SAME, AF, 'f' }, { "fcmgt", V_SAME, AF, 'f' }, { "facge", V_SAME, AF, 'f' },
    { "facgt", V_SAME, AF, 'f' }, { "fabd", V_SAME, AF, 'f' }, { "frecps", V_SAME, AF, 'f' },
    { "frsqrts", V_SAME, AF, 'f' }, { "faddp", V_SAME, AF, 'f' }, { "fmaxp", V_SAME, AF, 'f' },
    { "fminp", V_SAME, AF, 'f' }, { "fmaxnmp", V_SAME, AF, 'f' }, { "fminnmp", V_SAME, AF, 'f' },
    /* two-register misc */
    { "rev64", V_MISC, ABHS, 'i' }, { "rev32", V_MISC, AB | AH, 'i' }, { "rev16", V_MISC, AB, 'i' },
    { "suqadd", V_MISC, ABHSD, 'i' }, { "usqadd", V_MISC, ABHSD, 'i' },
    { "sqabs", V_MISC, ABHSD, 'i' }, { "sqneg", V_MISC, ABHSD, 'i' },
    { "abs", V_MISC, ABHSD, 'i' }, { "neg", V_MISC, ABHSD, 'i' },
    { "cls", V_MISC, ABHS, 'i' }, { "clz", V_MISC, ABHS, 'i' }, { "cnt", V_MISC, AB, 'i' },
    { "not", V_MISC, AB, 'i' }, { "rbit", V_MISC, AB, 'i' },
    { "cmgt", V_CMP0, ABHSD, 'i' }, { "cmge", V_CMP0, ABHSD, 'i' }, { "cmeq", V_CMP0, ABHSD, 'i' },
    { "cmle", V_CMP0, ABHSD, 'i' }, { "cmlt", V_CMP0, ABHSD, 'i' },
    { "saddlp", V_PAIRL, ABHS, 'i' }, { "uaddlp", V_PAIRL, ABHS, 'i' },
    { "sadalp", V_PAIRL, ABHS, 'i' }, { "uadalp", V_PAIRL, ABHS, 'i' },
    { "xtn", V_NARROW, ABHS, 'i' }, { "sqxtn", V_NARROW, ABHS, 'i' },
    { "uqxtn", V_NARROW, ABHS, 'i' }, { "sqxtun", V_NARROW, ABHS, 'i' },
    { "shll", V_SHLL, ABHS, 'i' },
    { "fcvtn", V_NARROW, AH | AS, 'f' }, { "fcvtl", V_LMISC, AH | AS, 'f' },
    { "fcvtxn", V_NARROW, AS, 'f' },
    { "frintn", V_MISC, AF, 'f' }, { "frintp", V_MISC, AF, 'f' }, { "frintm", V_MISC, AF, 'f' },
    { "frintz", V_MISC, AF, 'f' }, { "frinta", V_MISC, AF, 'f' }, { "frintx", V_MISC, AF, 'f' },
    { "frinti", V_MISC, AF, 'f' },
    { "fcvtns", V_MISC, AF, 'f' }, { "fcvtnu", V_MISC, AF, 'f' }, { "fcvtps", V_MISC, AF, 'f' },
    { "fcvtpu", V_MISC, AF, 'f' }, { "fcvtms", V_MISC, AF, 'f' }, { "fcvtmu", V_MISC, AF, 'f' },
    { "fcvtzs", V_MISC, AF, 'f' }, { "fcvtzu", V_MISC, AF, 'f' }, { "fcvtas", V_MISC, AF, 'f' },
    { "fcvtau", V_MISC, AF, 'f' }, { "scvtf", V_MISC, AF, 'i' }, { "ucvtf", V_MISC, AF, 'i' },
    { "fabs", V_MISC, AF, 'f' }, { "fneg", V_MISC, AF, 'f' }, { "fsqrt", V_MISC, AF, 'f' },
    { "fcmgt", V_FCMP0, AF, 'f' }, { "fcmge", V_FCMP0, AF, 'f' }, { "fcmeq", V_FCMP0, AF, 'f' },
    { "fcmle", V_FCMP0, AF, 'f' }, { "fcmlt", V_FCMP0, AF, 'f' },
    /* three different */
    { "saddl", V_LONG, ABHS, 'i' }, { "uaddl", V_LONG, ABHS, 'i' },
    { "ssubl", V_LONG, ABHS, 'i' }, { "usubl", V_LONG, ABHS, 'i' },
    { "sabal", V_LONG, ABHS, 'i' }, { "uabal", V_LONG, ABHS, 'i' },
    { "sabdl", V_LONG, ABHS, 'i' }, { "uabdl", V_LONG, ABHS, 'i' },
    { "smlal", V_LONG, ABHS, 'i' }, { "umlal", V_LONG, ABHS, 'i' },
    { "smlsl", V_LONG, ABHS, 'i' }, { "umlsl", V_LONG, ABHS, 'i' },
    { "smull", V_LONG, ABHS, 'i' }, { "umull", V_LONG, ABHS, 'i' },
    { "sqdmlal", V_LONG, AHS, 'i' }, { "sqdmlsl", V_LONG, AHS, 'i' }, { "sqdmull", V_LONG, AHS, 'i' },
    { "pmull", V_LONG, AB, 'i' },
    { "saddw", V_WIDE, ABHS, 'i' }, { "uaddw", V_WIDE, ABHS, 'i' },
    { "ssubw", V_WIDE, ABHS, 'i' }, { "usubw", V_WIDE, ABHS, 'i' },
    { "addhn", V_NARROW3, ABHS, 'i' }, { "raddhn", V_NARROW3, ABHS, 'i' },
    { "subhn", V_NARROW3, ABHS, 'i' }, { "rsubhn", V_NARROW3, ABHS, 'i' },
    /* shift by immediate */
    { "sshr", V_SHR, ABHSD, 'i' }, { "ushr", V_SHR, ABHSD, 'i' }, { "ssra", V_SHR, ABHSD, 'i' },
    { "usra", V_SHR, ABHSD, 'i' }, { "srshr", V_SHR, ABHSD, 'i' }, { "urshr", V_SHR, ABHSD, 'i' },
    { "srsra", V_SHR, ABHSD, 'i' }, { "ursra", V_SHR, ABHSD, 'i' }, { "sri", V_SHR, ABHSD, 'i' },
    { "shl", V_SHL, ABHSD, 'i' }, { "sli", V_SHL, ABHSD, 'i' }, { "sqshl", V_SHL, ABHSD, 'i' },
    { "uqshl", V_SHL, ABHSD, 'i' }, { "sqshlu", V_SHL, ABHSD, 'i' },
    { "shrn", V_NSHR, ABHS, 'i' }, { "rshrn", V_NSHR, ABHS, 'i' },
    { "sqshrn", V_NSHR, ABHS, 'i' }, { "uqshrn", V_NSHR, ABHS, 'i' },
    { "sqrshrn", V_NSHR, ABHS, 'i' }, { "uqrshrn", V_NSHR, ABHS, 'i' },
    { "sqshrun", V_NSHR, ABHS, 'i' }, { "sqrshrun", V_NSHR, ABHS, 'i' },
    { "sshll", V_LSHL, ABHS, 'i' }, { "ushll", V_LSHL, ABHS, 'i' },
    { "sxtl", V_LMISC, ABHS, 'i' }, { "uxtl", V_LMISC, ABHS, 'i' },
    { "scvtf", V_FIXED, AF, 'i' }, { "ucvtf", V_FIXED, AF, 'i' },
    { "fcvtzs", V_FIXED, AF, 'f' }, { "fcvtzu", V_FIXED, AF, 'f' },
    /* by element */
    { "mla", V_ELEM, AHS, 'i' }, { "mls", V_ELEM, AHS, 'i' }, { "mul", V_ELEM, AHS, 'i' },
    { "sqdmulh", V_ELEM, AHS, 'i' }, { "sqrdmulh", V_ELEM, AHS, 'i' },
    { "fmla", V_ELEM, AF, 'f' }, { "fmls", V_ELEM, AF, 'f' }, { "fmul", V_ELEM, AF, 'f' },
    { "fmulx", V_ELEM, AF, 'f' },
    { "smlal", V_LELEM, AHS, 'i' }, { "umlal", V_LELEM, AHS, 'i' },
    { "smlsl", V_LELEM, AHS, 'i' }, { "umlsl", V_LELEM, AHS, 'i' },
    { "smull", V_LELEM, AHS, 'i' }, { "umull", V_LELEM, AHS, 'i' },
    { "sqdmlal", V_LELEM, AHS, 'i' }, { "sqdmlsl", V_LELEM, AHS, 'i' },
    { "sqdmull", V_LELEM, AHS, 'i' },
    /* across lanes (4s at most, no 2s) */
    { "addv", V_ACROSS, AB | AH | A4S, 'i' }, { "saddlv", V_ACROSS, AB | AH | A4S, 'i' },
    { "uaddlv", V_ACROSS, AB | AH | A4S, 'i' }, { "smaxv", V_ACROSS, AB | AH | A4S, 'i' },
    { "umaxv", V_ACROSS, AB | AH | A4S, 'i' }, { "sminv", V_ACROSS, AB | AH | A4S, 'i' },
    { "uminv", V_ACROSS, AB | AH | A4S, 'i' },
    { "fmaxnmv", V_ACROSS, A4S, 'f' }, { "fminnmv", V_ACROSS, A4S, 'f' },
    { "fmaxv", V_ACROSS, A4S, 'f' }, { "fminv", V_ACROSS, A4S, 'f' },
};

static int pick_arrangement(Gen *g, unsigned mask)
{
    for (;;) {
        int a = (int)rng_below(g, 8);
        if (mask & (1u << a))
            return a;
    }
}

/* The register an element operand may use: v0..v15 for 16-bit elements. */
static int elem_reg(Gen *g, int size, char k)
{
    int r = vsrc(g, k);
    return size == 1 ? r & 15 : r;
}

static void gen_simd_vector(Gen *g)
{
    const SimdOp *op = &vector_ops[rng_below(g, sizeof vector_ops / sizeof vector_ops[0])];
    int a = pick_arrangement(g, op->arrs);
    int size = a >> 1, q = a & 1;
    int esize = 8 << size;
    char srck = op->kind == 'f' ? (size == 3 ? 'd' : 's') : 'i';
    if (op->kind == 'f' && (op->form == V_NARROW || op->form == V_LMISC))
        srck = op->form == V_NARROW ? (size == 2 ? 'd' : 's') : 'i';
    int vd = random_vreg(g), vn = vsrc(g, srck), vm = vsrc(g, srck);
    const char *T = arrangements[a];
    const char *Tw = arrangements[((size + 1) << 1) | 1];
    const char *two = q ? "2" : "";
    char result = 'i';
    if (op->kind == 'f' || op->form == V_FIXED || !strcmp(op->name, "scvtf") || !strcmp(op->name, "ucvtf"))
        result = size == 3 ? 'd' : 's';
    if (!strncmp(op->name, "fcm", 3) || !strncmp(op->name, "fac", 3) || !strncmp(op->name, "fcvt", 4))
        result = 'i';
    switch (op->form) {
    case V_SAME:
        emit(g, "%s v%d.%s, v%d.%s, v%d.%s", op->name, vd, T, vn, T, vm, T);
        break;
    case V_MISC:
        emit(g, "%s v%d.%s, v%d.%s", op->name, vd, T, vn, T);
        break;
    case V_CMP0:
        emit(g, "%s v%d.%s, v%d.%s, #0", op->name, vd, T, vn, T);
        break;
    case V_FCMP0:
        emit(g, "%s v%d.%s, v%d.%s, #0.0", op->name, vd, T, vn, T);
        break;
    case V_SHR: case V_FIXED:
        emit(g, "%s v%d.%s, v%d.%s, #%d", op->name, vd, T, vn, T, (int)rng_range(g, 1, esize));
        break;
    case V_SHL:
        emit(g, "%s v%d.%s, v%d.%s, #%d", op->name, vd, T, vn, T, (int)rng_below(g, esize));
        break;
    case V_LONG:
        emit(g, "%s%s v%d.%s, v%d.%s, v%d.%s", op->name, two, vd, Tw, vn, T, vm, T);
        break;
    case V_WIDE:
        emit(g, "%s%s v%d.%s, v%d.%s, v%d.%s", op->name, two, vd, Tw, vn, Tw, vm, T);
        break;
    case V_NARROW3:
        emit(g, "%s%s v%d.%s, v%d.%s, v%d.%s", op->name, two, vd, T, vn, Tw, vm, Tw);
        break;
    case V_NARROW:
        emit(g, "%s%s v%d.%s, v%d.%s", op->name, two, vd, T, vn, Tw);
        if (op->kind == 'f')
            result = size == 1 ? 'i' : 's';
        break;
    case V_NSHR:
        emit(g, "%s%s v%d.%s, v%d.%s, #%d", op->name, two, vd, T, vn, Tw, (int)rng_range(g, 1, esize));
        break;
    case V_LSHL:
        emit(g, "%s%s v%d.%s, v%d.%s, #%d", op->name, two, vd, Tw, vn, T, (int)rng_below(g, esize));
        break;
    case V_LMISC:
        emit(g, "%s%s v%d.%s, v%d.%s", op->name, two, vd, Tw, vn, T);
        if (op->kind == 'f')
            result = size == 1 ? 's' : 'd';
        break;
    case V_SHLL:
        emit(g, "%s%s v%d.%s, v%d.%s, #%d", op->name, two, vd, Tw, vn, T, esize);
        break;
    case V_PAIRL:
        emit(g, "%s v%d.%s, v%d.%s", op->name, vd, arrangements[((size + 1) << 1) | q], vn, T);
        break;
    case V_ELEM: case V_LELEM: {
        int lanes = 16 >> size;
        int vme = elem_reg(g, size, srck);
        emit(g, "%s%s v%d.%s, v%d.%s, v%d.%c[%d]", op->name, op->form == V_LELEM ? two : "", vd,
             op->form == V_LELEM ? Tw : T, vn, T, vme, scalar_names[size], (int)rng_below(g, lanes));
        break;
    }
    default: {  /* across lanes: the long forms give a result of twice the size */
        int rsize = size + (strstr(op->name, "addlv") ? 1 : 0);
        emit(g, "%s %c%d, v%d.%s", op->name, scalar_names[rsize], vd, vn, T);
        break;
    }
    }
    g->vkind[vd] = result;
}

/* Scalar forms of the Advanced SIMD instructions. */
typedef struct ScalarOp {
    const char *name;
    int form;
    unsigned sizes;     /* bit 0 b, 1 h, 2 s, 3 d */
    char kind;
} ScalarOp;
enum { S_SAME, S_MISC, S_CMP0, S_FCMP0, S_SHR, S_SHL, S_NSHR, S_NARROW, S_ELEM, S_PAIR, S_FIXED, S_LONG };

static const ScalarOp scalar_ops[] = {
    { "sqadd", S_SAME, 15, 'i' }, { "uqadd", S_SAME, 15, 'i' }, { "sqsub", S_SAME, 15, 'i' },
    { "uqsub", S_SAME, 15, 'i' }, { "cmgt", S_SAME, 8, 'i' }, { "cmhi", S_SAME, 8, 'i' },
    { "cmge", S_SAME, 8, 'i' }, { "cmhs", S_SAME, 8, 'i' }, { "sshl", S_SAME, 8, 'i' },
    { "ushl", S_SAME, 8, 'i' }, { "srshl", S_SAME, 8, 'i' }, { "urshl", S_SAME, 8, 'i' },
    { "add", S_SAME, 8, 'i' }, { "sub", S_SAME, 8, 'i' }, { "cmtst", S_SAME, 8, 'i' },
    { "cmeq", S_SAME, 8, 'i' }, { "sqdmulh", S_SAME, 6, 'i' }, { "sqrdmulh", S_SAME, 6, 'i' },
    { "fmulx", S_SAME, 12, 'f' }, { "fcmeq", S_SAME, 12, 'f' }, { "frecps", S_SAME, 12, 'f' },
    { "frsqrts", S_SAME, 12, 'f' }, { "fcmge", S_SAME, 12, 'f' }, { "facge", S_SAME, 12, 'f' },
    { "fabd", S_SAME, 12, 'f' }, { "fcmgt", S_SAME, 12, 'f' }, { "facgt", S_SAME, 12, 'f' },
    { "suqadd", S_MISC, 15, 'i' }, { "usqadd", S_MISC, 15, 'i' }, { "sqabs", S_MISC, 15, 'i' },
    { "sqneg", S_MISC, 15, 'i' }, { "abs", S_MISC, 8, 'i' }, { "neg", S_MISC, 8, 'i' },
    { "cmgt", S_CMP0, 8, 'i' }, { "cmge", S_CMP0, 8, 'i' }, { "cmeq", S_CMP0, 8, 'i' },
    { "cmle", S_CMP0, 8, 'i' }, { "cmlt", S_CMP0, 8, 'i' },
    { "sqxtn", S_NARROW, 7, 'i' }, { "uqxtn", S_NARROW, 7, 'i' }, { "sqxtun", S_NARROW, 7, 'i' },
    { "fcvtxn", S_NARROW, 4, 'f' },
    { "fcvtns", S_MISC, 12, 'f' }, { "fcvtnu", S_MISC, 12, 'f' }, { "fcvtps", S_MISC, 12, 'f' },
    { "fcvtpu", S_MISC, 12, 'f' }, { "fcvtms", S_MISC, 12, 'f' }, { "fcvtmu", S_MISC, 12, 'f' },
    { "fcvtzs", S_MISC, 12, 'f' }, { "fcvtzu", S_MISC, 12, 'f' }, { "fcvtas", S_MISC, 12, 'f' },
    { "fcvtau", S_MISC, 12, 'f' }, { "scvtf", S_MISC, 12, 'i' }, { "ucvtf", S_MISC, 12, 'i' },
    { "fcmgt", S_FCMP0, 12, 'f' }, { "fcmge", S_FCMP0, 12, 'f' }, { "fcmeq", S_FCMP0, 12, 'f' },
    { "fcmle", S_FCMP0, 12, 'f' }, { "fcmlt", S_FCMP0, 12, 'f' },
    { "sshr", S_SHR, 8, 'i' }, { "ushr", S_SHR, 8, 'i' }, { "ssra", S_SHR, 8, 'i' },
    { "usra", S_SHR, 8, 'i' }, { "srshr", S_SHR, 8, 'i' }, { "urshr", S_SHR, 8, 'i' },
    { "srsra", S_SHR, 8, 'i' }, { "ursra", S_SHR, 8, 'i' }, { "sri", S_SHR, 8, 'i' },
    { "shl", S_SHL, 8, 'i' }, { "sli", S_SHL, 8, 'i' }, { "sqshl", S_SHL, 15, 'i' },
    { "uqshl", S_SHL, 15, 'i' }, { "sqshlu", S_SHL, 15, 'i' },
    { "sqshrn", S_NSHR, 7, 'i' }, { "uqshrn", S_NSHR, 7, 'i' }, { "sqrshrn", S_NSHR, 7, 'i' },
    { "uqrshrn", S_NSHR, 7, 'i' }, { "sqshrun", S_NSHR, 7, 'i' }, { "sqrshrun", S_NSHR, 7, 'i' },
    { "scvtf", S_FIXED, 12, 'i' }, { "ucvtf", S_FIXED, 12, 'i' },
    { "fcvtzs", S_FIXED, 12, 'f' }, { "fcvtzu", S_FIXED, 12, 'f' },
    { "sqdmulh", S_ELEM, 6, 'i' }, { "sqrdmulh", S_ELEM, 6, 'i' },
    { "fmla", S_ELEM, 12, 'f' }, { "fmls", S_ELEM, 12, 'f' }, { "fmul", S_ELEM, 12, 'f' },
    { "fmulx", S_ELEM, 12, 'f' },
    { "addp", S_PAIR, 8, 'i' }, { "faddp", S_PAIR, 12, 'f' }, { "fmaxp", S_PAIR, 12, 'f' },
    { "fminp", S_PAIR, 12, 'f' }, { "fmaxnmp", S_PAIR, 12, 'f' }, { "fminnmp", S_PAIR, 12, 'f' },
};

static void gen_simd_scalar(Gen *g)
{
    const ScalarOp *op = &scalar_ops[rng_below(g, sizeof scalar_ops / sizeof scalar_ops[0])];
    int size;
    do size = (int)rng_below(g, 4); while (!(op->sizes & (1u << size)));
    char srck = op->kind == 'f' ? (size == 3 ? 'd' : 's') : 'i';
    if (op->form == S_NARROW && op->kind == 'f')
        srck = 'd';
    int vd = random_vreg(g), vn = vsrc(g, srck), vm = vsrc(g, srck);
    char r = scalar_names[size], rw = scalar_names[size < 3 ? size + 1 : 3];
    int esize = 8 << size;
    switch (op->form) {
    case S_SAME: emit(g, "%s %c%d, %c%d, %c%d", op->name, r, vd, r, vn, r, vm); break;
    case S_MISC: emit(g, "%s %c%d, %c%d", op->name, r, vd, r, vn); break;
    case S_CMP0: emit(g, "%s %c%d, %c%d, #0", op->name, r, vd, r, vn); break;
    case S_FCMP0: emit(g, "%s %c%d, %c%d, #0.0", op->name, r, vd, r, vn); break;
    case S_SHR: case S_FIXED:
        emit(g, "%s %c%d, %c%d, #%d", op->name, r, vd, r, vn, (int)rng_range(g, 1, esize));
        break;
    case S_SHL:
        emit(g, "%s %c%d, %c%d, #%d", op->name, r, vd, r, vn, (int)rng_below(g, esize));
        break;
    case S_NSHR:
        emit(g, "%s %c%d, %c%d, #%d", op->name, r, vd, rw, vn, (int)rng_range(g, 1, esize));
        break;
    case S_NARROW: emit(g, "%s %c%d, %c%d", op->name, r, vd, rw, vn); break;
    case S_ELEM:
        emit(g, "%s %c%d, %c%d, v%d.%c[%d]", op->name, r, vd, r, vn, elem_reg(g, size, srck), r,
             (int)rng_below(g, 16u >> size));
        break;
    default:    /* pairwise: two lanes of 2s or 2d */
        emit(g, "%s %c%d, v%d.%s", op->name, r, vd, vn, size == 3 ? "2d" : "2s");
        break;
    }
    g->vkind[vd] = op->kind == 'f' && strncmp(op->name, "fc", 2) && strncmp(op->name, "fac", 3)
                   ? srck : (!strcmp(op->name, "scvtf") || !strcmp(op->name, "ucvtf")) ? (size == 3 ? 'd' : 's')
                   : 'i';
}

/* Copies, permutes, table lookups, immediates. */
static void gen_simd_copy(Gen *g)
{
    static const char *const perms[] = { "zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2" };
    int vd = random_vreg(g), vn = random_vreg(g), vm = random_vreg(g);
    int size = (int)rng_below(g, 4), q = (int)rng_below(g, 2);
    int lanes = 16 >> size;
    char s = scalar_names[size];
    char result = 'i';
    switch (rng_below(g, 10)) {
    case 0:
        if (size == 3) q = 1;
        emit(g, "dup v%d.%s, v%d.%c[%d]", vd, arrangements[size * 2 + q], vn, s, (int)rng_below(g, lanes));
        if (chance(g, 30)) {
            emit(g, "dup %c%d, v%d.%c[%d]", s, vd, vn, s, (int)rng_below(g, lanes));
        }
        result = g->vkind[vn];
        break;
    case 1:
        if (size == 3) q = 1;
        emit(g, "dup v%d.%s, %s", vd, arrangements[size * 2 + q], xname(rs_x(g), size == 3));
        break;
    case 2:
        emit(g, "ins v%d.%c[%d], v%d.%c[%d]", vd, s, (int)rng_below(g, lanes), vn, s, (int)rng_below(g, lanes));
        result = g->vkind[vd] == g->vkind[vn] ? g->vkind[vd] : 'i';
        break;
    case 3:
        emit(g, "ins v%d.%c[%d], %s", vd, s, (int)rng_below(g, lanes), xname(rs_x(g), size == 3));
        break;
    case 4:
        if (size < 3 && chance(g, 50)) {
            int sf = size == 2 ? 1 : (int)rng_below(g, 2);
            emit(g, "smov %s, v%d.%c[%d]", xname(rd_x(g), sf), vn, s, (int)rng_below(g, lanes));
        } else {
            emit(g, "umov %s, v%d.%c[%d]", xname(rd_x(g), size == 3), vn, s, (int)rng_below(g, lanes));
        }
        return;
    case 5:
        emit(g, "ext v%d.%s, v%d.%s, v%d.%s, #%d", vd, q ? "16b" : "8b", vn, q ? "16b" : "8b", vm,
             q ? "16b" : "8b", (int)rng_below(g, q ? 16 : 8));
        break;
    case 6: {
        int n = 1 + (int)rng_below(g, 4);
        char list[80] = "{";
        for (int k = 0; k < n; k++) {
            size_t len = strlen(list);
            snprintf(list + len, sizeof list - len, "%sv%d.16b", k ? ", " : "", (vn + k) % 32);
        }
        strcat(list, "}");
        emit(g, "%s v%d.%s, %s, v%d.%s", chance(g, 50) ? "tbl" : "tbx", vd, q ? "16b" : "8b", list, vm,
             q ? "16b" : "8b");
        break;
    }
    case 7: case 8:
        if (size == 3) q = 1;
        emit(g, "%s v%d.%s, v%d.%s, v%d.%s", PICK(g, perms), vd, arrangements[size * 2 + q], vn,
             arrangements[size * 2 + q], vm, arrangements[size * 2 + q]);
        result = g->vkind[vn] == g->vkind[vm] && size >= 2 ? g->vkind[vn] : 'i';
        break;
    default: {  /* modified immediates */
        unsigned imm8 = (unsigned)rng_below(g, 256);
        switch (rng_below(g, 7)) {
        case 0:
            emit(g, "movi v%d.%s, #0x%x", vd, q ? "16b" : "8b", imm8);
            break;
        case 1:
            emit(g, "%s v%d.%s, #0x%x, lsl #%d", chance(g, 50) ? "movi" : "mvni", vd, q ? "8h" : "4h",
                 imm8, 8 * (int)rng_below(g, 2));
            break;
        case 2:
            emit(g, "%s v%d.%s, #0x%x, lsl #%d", chance(g, 50) ? "movi" : "mvni", vd, q ? "4s" : "2s",
                 imm8, 8 * (int)rng_below(g, 4));
            break;
        case 3:
            emit(g, "%s v%d.%s, #0x%x, msl #%d", chance(g, 50) ? "movi" : "mvni", vd, q ? "4s" : "2s",
                 imm8, chance(g, 50) ? 8 : 16);
            break;
        case 4: {
            uint64_t v = 0;
            for (int k = 0; k < 8; k++)
                if (imm8 >> k & 1)
                    v |= 0xffull << (8 * k);
            if (chance(g, 50))
                emit(g, "movi v%d.2d, #0x%" PRIx64, vd, v);
            else
                emit(g, "movi d%d, #0x%" PRIx64, vd, v);
            break;
        }
        case 5:
            emit(g, "%s v%d.%s, #0x%x, lsl #%d", chance(g, 50) ? "orr" : "bic", vd,
                 chance(g, 50) ? (q ? "8h" : "4h") : (q ? "4s" : "2s"), imm8, 8 * (int)rng_below(g, 2));
            result = g->vkind[vd];
            break;
        default: {
            int dbl = chance(g, 33);
            emit(g, "fmov v%d.%s, #%s", vd, dbl ? "2d" : q ? "4s" : "2s", random_fp_imm(g));
            result = dbl ? 'd' : 's';
            break;
        }
        }
        break;
    }
    }
    g->vkind[vd] = result;
}

/* The Cryptographic Extension (AES, SHA-1, SHA-256, PMULL.1Q) on any
 * registers, a source often Rd itself. */
static void gen_crypto(Gen *g)
{
    static const char *const aes[4] = { "aese", "aesd", "aesmc", "aesimc" };
    static const char *const sha1[3] = { "sha1c", "sha1p", "sha1m" };
    int vd = random_vreg(g);
    int vn = chance(g, 25) ? vd : random_vreg(g), vm = chance(g, 25) ? vd : random_vreg(g);

    switch (rng_below(g, 8)) {
    case 0: emit(g, "%s v%d.16b, v%d.16b", aes[rng_below(g, 4)], vd, vn); break;
    case 1: emit(g, "%s q%d, s%d, v%d.4s", sha1[rng_below(g, 3)], vd, vn, vm); break;
    case 2: emit(g, "sha1su0 v%d.4s, v%d.4s, v%d.4s", vd, vn, vm); break;
    case 3: emit(g, "%s v%d.4s, v%d.4s", chance(g, 50) ? "sha1su1" : "sha256su0", vd, vn); break;
    case 4: emit(g, "sha1h s%d, s%d", vd, vn); break;
    case 5: emit(g, "%s q%d, q%d, v%d.4s", chance(g, 50) ? "sha256h" : "sha256h2", vd, vn, vm); break;
    case 6: emit(g, "sha256su1 v%d.4s, v%d.4s, v%d.4s", vd, vn, vm); break;
    default:
        if (chance(g, 50))
            emit(g, "pmull v%d.1q, v%d.1d, v%d.1d", vd, vn, vm);
        else
            emit(g, "pmull2 v%d.1q, v%d.2d, v%d.2d", vd, vn, vm);
        break;
    }
    g->vkind[vd] = 'i';
}

void gen_instruction(Gen *g)
{
    unsigned r = (unsigned)rng_below(g, 100);
    if (r < 14) gen_int_imm(g);
    else if (r < 30) gen_int_reg(g);
    else if (r < 40) gen_ldst_single(g);
    else if (r < 44) gen_ldst_pair(g);
    else if (r < 48) gen_ldst_struct(g);
    else if (r < 53) gen_atomic(g);
    else if (r < 54) gen_literal(g);
    else if (r < 70) gen_fp(g);
    else if (r < 72) gen_sysreg(g);
    else if (r < 85) gen_simd_vector(g);
    else if (r < 87) gen_crypto(g);
    else if (r < 93) gen_simd_scalar(g);
    else gen_simd_copy(g);
}

/* ---- the program ------------------------------------------------------ */

static void gen_case(Gen *g, int n)
{
    uint64_t x[32], v[64];
    fprintf(g->out, "\n\t.pushsection .data\n\t.balign 16\ncase%d_init:\n", n);
    for (int i = 0; i < 31; i++)
        x[i] = i == BASE ? 0 : random_int_value(g);
    x[31] = random_int_value(g) & ~15ull;          /* SP */
    for (int i = 0; i < 32; i++)
        fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t// %s%d\n", x[i], i == 31 ? "sp" : "x", i == 31 ? 0 : i);
    fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t// nzcv\n", rng_below(g, 16) << 28);
    fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t// fpcr\n", random_fpcr(g));
    fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t// fpsr\n", random_fpsr(g));
    fprintf(g->out, "\t.dword 0\n");
    for (int i = 0; i < 32; i++) {
        random_vreg_value(g, &g->vkind[i], &v[2 * i], &v[2 * i + 1]);
        fprintf(g->out, "\t.dword 0x%016" PRIx64 ", 0x%016" PRIx64 "\t// v%d\n", v[2 * i], v[2 * i + 1], i);
    }
    for (int i = 0; i < SCRATCH_SIZE / 8; i++)
        fprintf(g->out, "\t.dword 0x%016" PRIx64 "\n", random_int_value(g));
    fprintf(g->out, "\t.popsection\n");

    fprintf(g->out, "case%d:\n", n);
    if (g->repeat > 1) {
        emit(g, "adrp x0, repeat_counter");
        emit(g, "mov x1, #%d", g->repeat);
        emit(g, "str x1, [x0, :lo12:repeat_counter]");
        fprintf(g->out, "case%d_again:\n", n);
    }
    emit(g, "adrp x28, case%d_init", n);
    emit(g, "add x28, x28, :lo12:case%d_init", n);
    emit(g, "adrp x27, scratch");
    emit(g, "add x27, x27, :lo12:scratch");
    emit(g, "add x25, x28, #%d", INIT_SCRATCH);
    emit(g, "mov x26, #0");
    fprintf(g->out, "1:\n");
    emit(g, "ldr q0, [x25, x26]");
    emit(g, "str q0, [x27, x26]");
    emit(g, "add x26, x26, #16");
    emit(g, "cmp x26, #%d", SCRATCH_SIZE);
    emit(g, "b.lo 1b");
    emit(g, "ldr x0, [x28, #%d]", REC_NZCV);
    emit(g, "msr nzcv, x0");
    emit(g, "ldr x0, [x28, #%d]", REC_FPCR);
    emit(g, "msr fpcr, x0");
    emit(g, "ldr x0, [x28, #%d]", REC_FPSR);
    emit(g, "msr fpsr, x0");
    emit(g, "ldr x0, [x28, #%d]", 31 * 8);
    emit(g, "mov sp, x0");
    for (int i = 0; i < 32; i += 2)
        emit(g, "ldp q%d, q%d, [x28, #%d]", i, i + 1, REC_V + 16 * i);
    for (int i = 0; i < 28; i += 2)
        emit(g, "ldp x%d, x%d, [x28, #%d]", i, i + 1, 8 * i);
    emit(g, "ldp x29, x30, [x28, #%d]", 8 * 29);
    if (g->flow && g->repeat > 1) {
        /* Each repetition mixes the repeat counter into a few registers,
         * so that branches and loop counts differ between repetitions:
         * translated code meets paths it did not see when it was formed.
         * (The dump is the last repetition's, the same everywhere.) */
        emit(g, "adrp x28, repeat_counter");
        emit(g, "ldr x28, [x28, :lo12:repeat_counter]");
        for (int i = 0; i < 8; i++) {
            int r = (int)rng_below(g, 31);
            if (r != BASE)
                emit(g, "%s x%d, x%d, x28", chance(g, 50) ? "eor" : "add", r, r);
        }
    }
    emit(g, "adrp x28, scratch");
    emit(g, "add x28, x28, :lo12:scratch");

    fprintf(g->out, "// case %d begin\n", n);
    if (g->flow) {
        a64_flow_sequence(g, (int)rng_range(g, 150, 400));
    } else {
        int count = (int)rng_range(g, 20, 60);
        for (int i = 0; i < count; i++)
            gen_instruction(g);
    }
    fprintf(g->out, "// case %d end\n", n);

    for (int i = 0; i < 31; i++)
        if (i != BASE)
            emit(g, "str x%d, [x28, #%d]", i, REC + 8 * i);
    emit(g, "mov x0, sp");
    emit(g, "str x0, [x28, #%d]", REC + 8 * 31);
    emit(g, "mrs x0, nzcv");
    emit(g, "str x0, [x28, #%d]", REC + REC_NZCV);
    emit(g, "mrs x0, fpcr");
    emit(g, "str x0, [x28, #%d]", REC + REC_FPCR);
    emit(g, "mrs x0, fpsr");
    emit(g, "str x0, [x28, #%d]", REC + REC_FPSR);
    emit(g, "str xzr, [x28, #%d]", REC + REC_FPSR + 8);
    for (int i = 0; i < 32; i++)
        emit(g, "str q%d, [x28, #%d]", i, REC + REC_V + 16 * i);
    emit(g, "mov x0, #%d", n);
    emit(g, "str x0, [x28, #%d]", REC + REC_CASE);
    if (g->repeat > 1) {
        emit(g, "adrp x0, repeat_counter");
        emit(g, "ldr x1, [x0, :lo12:repeat_counter]");
        emit(g, "subs x1, x1, #1");
        emit(g, "str x1, [x0, :lo12:repeat_counter]");
        emit(g, "b.eq 2f");
        emit(g, "b case%d_again", n);
        fprintf(g->out, "2:\n");
    }
    emit(g, "mov x8, #64");     /* write(1, scratch, DUMP_SIZE) */
    emit(g, "mov x0, #1");
    emit(g, "mov x1, x28");
    emit(g, "mov x2, #%d", DUMP_SIZE);
    emit(g, "svc #0");
    emit(g, "b 3f");
    emit(g, ".ltorg");
    fprintf(g->out, "3:\n");
}

static int cmd_gen(uint64_t seed, int ncases, int repeat, int flow)
{
    Gen g = { .rng_state = seed * 0x2545f4914f6cdd1dull + 7, .out = stdout, .repeat = repeat,
              .flow = flow };
    if (flow)
        g.rng_state ^= 0x666c6f77;   /* other programs than gen's from the same seed */
    fprintf(g.out, "// generated by a64gen %s %" PRIu64 " %d %d\n", flow ? "flow" : "gen", seed,
            ncases, repeat);
    fprintf(g.out, "\t.arch armv8.3-a+crc+crypto\n\t.text\n\t.globl _start\n_start:\n");
    for (int n = 0; n < ncases; n++)
        gen_case(&g, n);
    fprintf(g.out, "\tmov x8, #93\n\tmov x0, #0\n\tsvc #0\n");
    fprintf(g.out, "\n\t.bss\n\t.balign 4096\nscratch:\n\t.space %d\n",
            DUMP_SIZE + (flow ? FLOW_AREA_SIZE : 0));
    fprintf(g.out, "\t.balign 8\nrepeat_counter:\n\t.space 8\n");
    return ferror(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
    int flow = argc >= 2 && strcmp(argv[1], "flow") == 0;
    if ((argc == 4 || argc == 5) && (flow || strcmp(argv[1], "gen") == 0)) {
        int ncases = atoi(argv[3]);
        int repeat = argc == 5 ? atoi(argv[4]) : 1;
        if (ncases < 1 || repeat < 1) {
            fprintf(stderr, "a64gen: NCASES and REPEAT must be positive\n");
            return 2;
        }
        return cmd_gen(strtoull(argv[2], NULL, 0), ncases, repeat, flow);
    }
    if (argc == 4 && strcmp(argv[1], "diff") == 0)
        return a64_cmd_diff(argv[2], argv[3]);
    fprintf(stderr, "usage: a64gen gen SEED NCASES [REPEAT] > prog.S\n"
                    "       a64gen flow SEED NCASES [REPEAT] > prog.S  (with control flow)\n"
                    "       a64gen diff QEMU_DUMP XLAT_DUMP\n");
    return 2;
}
