/* rvgen: random differential tests of the RV64GC user ISA.
 *
 *   rvgen gen SEED NCASES [REPEAT]
 *                            writes a riscv64 assembly program to stdout
 *   rvgen diff REF TEST      compares two dumps written by such a program;
 *                            prints the first differing case and its registers
 *
 * The program is run under two emulators (qemu-riscv64 as the oracle, xlat as
 * the subject) and their stdout compared.  Each case of the program:
 *
 *   1. sets fcsr (random frm, fflags clear), copies 256 random bytes into the
 *      scratch area, loads random values into x1..x31 (except x8) and f0..f31
 *      from a per-case table in .data, and points x8 at the scratch area;
 *   2. runs 20..60 random non-control-flow instructions (the "sequence");
 *   3. stores a record (below) right after the scratch area, using x8 as the
 *      base, and writes scratch area + record to stdout with one write(2).
 *
 * With REPEAT > 1, steps 1 to 3 (but the write) run REPEAT times before the
 * write, so that the sequence becomes hot code and a translating emulator
 * runs it translated; every repetition must leave the same state.
 *
 * x8 (s0) is the only reserved register: no instruction of a sequence writes
 * it.  It is the base of every load, store and atomic (directly, or through a
 * register set to x8 + k just before), and the only base register the RVC
 * loads and stores can use.  Its value, like the auipc results, is the same
 * in every emulator because the program is a static non-PIE executable.
 * Nothing else in a register depends on the emulator (the stack pointer is
 * overwritten before the sequence; counters are never read).
 *
 * The generator tracks frm statically: csr writes take values chosen so that
 * frm stays a valid rounding mode, so a dynamic-rm instruction never traps.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dumpfile.h"
#include "rvgen.h"

void emit(Gen *g, const char *fmt, ...)
{
    va_list ap;
    fputc('\t', g->out);
    va_start(ap, fmt);
    vfprintf(g->out, fmt, ap);
    va_end(ap);
    fputc('\n', g->out);
}

/* ---- values ---------------------------------------------------------- */

/* Integer operands, weighted toward the edges of 32- and 64-bit arithmetic. */
uint64_t random_int_value(Gen *g)
{
    static const uint64_t edges[] = {
        0, 1, (uint64_t)-1, 0x8000000000000000ull, 0x7fffffffffffffffull,
        0xffffffff80000000ull, 0x80000000ull, 0x7fffffffull, 0xffffffffull,
        0x100000000ull, 0xffffffff7fffffffull, 0x8000000000000001ull,
    };
    switch (rng_below(g, 10)) {
    case 0: case 1:
        return edges[rng_below(g, sizeof edges / sizeof edges[0])];
    case 2:
        return (uint64_t)rng_range(g, -64, 64);
    case 3:
        return (uint64_t)(int64_t)(int32_t)rng_next(g);
    case 4:
        return (uint32_t)rng_next(g);
    case 5: {
        uint64_t p = 1ull << rng_below(g, 64);
        switch (rng_below(g, 3)) {
        case 0: return p;
        case 1: return p - 1;
        default: return -p;
        }
    }
    default:
        return rng_next(g);
    }
}

/* The operands that divide and multiply special-case. */
static uint64_t random_muldiv_operand(Gen *g)
{
    static const uint64_t special[] = {
        0, (uint64_t)-1, 0x8000000000000000ull, 0xffffffff80000000ull,
        0x80000000ull, 1, 0xffffffffull, 0x00000000ffffffffull << 32,
    };
    return special[rng_below(g, sizeof special / sizeof special[0])];
}

static uint32_t f32_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static uint64_t f64_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

/* Integers where float-to-int conversions saturate or round differently. */
static double random_conversion_edge(Gen *g)
{
    static const double bases[] = {
        0.0, 1.0, 2147483648.0, 4294967296.0, 9223372036854775808.0,
        18446744073709551616.0, 16777216.0, 9007199254740992.0,
    };
    static const double fractions[] = { 0.0, 0.25, 0.5, 0.75, -0.5, -0.25, 1.5, -1.0 };
    double v = bases[rng_below(g, sizeof bases / sizeof bases[0])];
    v += fractions[rng_below(g, sizeof fractions / sizeof fractions[0])];
    return chance(g, 40) ? -v : v;
}

static uint32_t random_f32(Gen *g)
{
    uint32_t sign = (uint32_t)rng_below(g, 2) << 31;
    switch (rng_below(g, 16)) {
    case 0: return sign;                                            /* zero */
    case 1: return sign | 0x7f800000u;                              /* infinity */
    case 2: return 0x7fc00000u;                                     /* canonical qNaN */
    case 3: return sign | 0x7fc00000u | (uint32_t)rng_below(g, 0x400000);
    case 4: return sign | 0x7f800000u | (uint32_t)(1 + rng_below(g, 0x3fffff)); /* sNaN */
    case 5: return sign | (uint32_t)(1 + rng_below(g, 0x7fffff));   /* subnormal */
    case 6: return sign | (chance(g, 50) ? 0x00800000u : 0x7f7fffffu);
    case 7: return f32_bits((float)rng_range(g, -100, 100));
    case 8: return f32_bits((float)random_conversion_edge(g));
    case 9: return f32_bits((float)random_conversion_edge(g)) + (uint32_t)rng_range(g, -2, 2);
    case 10: return f32_bits((float)rng_range(g, -16, 16) / 4.0f);  /* ties for rounding */
    case 11: case 12:  /* ordinary numbers of moderate size */
        return sign | (uint32_t)rng_range(g, 100, 154) << 23 | (uint32_t)rng_below(g, 0x800000);
    default: return (uint32_t)rng_next(g);
    }
}

static uint64_t random_f64(Gen *g)
{
    uint64_t sign = rng_below(g, 2) << 63;
    switch (rng_below(g, 16)) {
    case 0: return sign;
    case 1: return sign | 0x7ff0000000000000ull;
    case 2: return 0x7ff8000000000000ull;
    case 3: return sign | 0x7ff8000000000000ull | rng_below(g, 1ull << 51);
    case 4: return sign | 0x7ff0000000000000ull | (1 + rng_below(g, (1ull << 51) - 1));
    case 5: return sign | (1 + rng_below(g, (1ull << 52) - 1));
    case 6: return sign | (chance(g, 50) ? 0x0010000000000000ull : 0x7fefffffffffffffull);
    case 7: return f64_bits((double)rng_range(g, -100, 100));
    case 8: return f64_bits(random_conversion_edge(g));
    case 9: return f64_bits(random_conversion_edge(g)) + (uint64_t)rng_range(g, -2, 2);
    case 10: return f64_bits((double)rng_range(g, -16, 16) / 4.0);
    case 11: return f64_bits((double)(float)random_conversion_edge(g)); /* exact in single */
    case 12: case 13:
        return sign | (uint64_t)rng_range(g, 900, 1150) << 52 | rng_below(g, 1ull << 52);
    default: return rng_next(g);
    }
}

/* An f register: mostly NaN-boxed singles and doubles, sometimes a single
 * that is not properly boxed (which single-precision ops must read as the
 * canonical NaN).  *kind is set to what it holds. */
static uint64_t random_freg_value(Gen *g, char *kind)
{
    *kind = '?';
    switch (rng_below(g, 20)) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:
        *kind = 's';
        return 0xffffffff00000000ull | random_f32(g);
    case 9: case 10: case 11: case 12: case 13: case 14: case 15: case 16:
        *kind = 'd';
        return random_f64(g);
    case 17:
        return (rng_next(g) & 0x7fffffff00000000ull) | random_f32(g);
    case 18:
        return (0xffffffff00000000ull & ~(1ull << rng_range(g, 32, 63))) | random_f32(g);
    default:
        return rng_next(g);
    }
}

/* ---- registers -------------------------------------------------------- */

/* A destination: never x8 or a reserved register, rarely x0 (a legal no-op
 * or hint). */
int random_rd(Gen *g)
{
    if (chance(g, 2))
        return 0;
    for (;;) {
        int r = (int)rng_range(g, 1, 31);
        if (r != BASE_REG && !reg_reserved(g, r))
            return r;
    }
}

/* A destination that must be a real register (the target of an li). */
int random_rd_nonzero(Gen *g)
{
    for (;;) {
        int r = (int)rng_range(g, 1, 31);
        if (r != BASE_REG && !reg_reserved(g, r))
            return r;
    }
}

int random_rs(Gen *g)
{
    return chance(g, 3) ? 0 : (int)rng_range(g, 1, 31);
}

/* x9..x15: the RVC destinations other than the base register. */
static int random_rvc_rd(Gen *g)
{
    return (int)rng_range(g, 9, 15);
}

static int random_freg(Gen *g)
{
    return (int)rng_below(g, 32);
}

/* A source for an operation of format FMT: usually a register known to hold
 * that format, so that arithmetic sees numbers more often than the NaN a
 * double reads from a boxed single (and a single from a double). */
static int random_fsrc(Gen *g, char fmt)
{
    if (chance(g, 85))
        for (int tries = 0; tries < 16; tries++) {
            int r = random_freg(g);
            if (g->fkind[r] == fmt)
                return r;
        }
    return random_freg(g);
}

static const char *const rounding_modes[] = { "rne", "rtz", "rdn", "rup", "rmm", "dyn" };

/* ", rm" or nothing (which the assembler encodes as dyn). */
static const char *random_rm_suffix(Gen *g)
{
    static char buf[8];
    if (chance(g, 15))
        return "";
    snprintf(buf, sizeof buf, ", %s", rounding_modes[rng_below(g, 6)]);
    return buf;
}

/* Sometimes set a source register to an edge value first. */
static void maybe_set_operand(Gen *g, int reg, int percent, uint64_t (*value)(Gen *))
{
    if (reg != 0 && reg != BASE_REG && !reg_reserved(g, reg) && chance(g, percent))
        emit(g, "li x%d, 0x%" PRIx64, reg, value(g));
}

/* ---- memory addressing --------------------------------------------------- */

/* A naturally aligned offset for an access of SIZE bytes in the scratch area. */
int random_scratch_offset(Gen *g, int size)
{
    return (int)rng_below(g, SCRATCH_SIZE / size) * size;
}

/* Chooses a base register and displacement that address scratch + ADDR:
 * x8 itself, or another register set to x8 + k just before. */
void address_operand(Gen *g, int addr, int *base, int *disp)
{
    if (chance(g, 50)) {
        *base = BASE_REG;
        *disp = addr;
        return;
    }
    int k = (int)rng_below(g, SCRATCH_SIZE);
    *base = random_rd_nonzero(g);
    emit(g, "addi x%d, x%d, %d", *base, BASE_REG, k);
    *disp = addr - k;
}

/* A register holding exactly scratch + ADDR, for atomics (no displacement). */
static int address_register(Gen *g, int addr)
{
    if (addr == 0 && chance(g, 40))
        return BASE_REG;
    int reg = random_rd_nonzero(g);
    emit(g, "addi x%d, x%d, %d", reg, BASE_REG, addr);
    return reg;
}

/* ---- instruction families --------------------------------------------------- */

static int random_imm12(Gen *g)
{
    switch (rng_below(g, 4)) {
    case 0: return (int)rng_range(g, -16, 16);
    case 1: { static const int edges[] = { -2048, 2047, -1, 0, 1, 0x7ff, -0x800 + 1 };
              return edges[rng_below(g, 7)]; }
    default: return (int)rng_range(g, -2048, 2047);
    }
}

void gen_integer_alu(Gen *g)
{
    static const char *const rtype[] = {
        "add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
        "addw", "subw", "sllw", "srlw", "sraw",
    };
    static const char *const itype[] = { "addi", "slti", "sltiu", "xori", "ori", "andi", "addiw" };
    static const char *const shift64[] = { "slli", "srli", "srai" };
    static const char *const shift32[] = { "slliw", "srliw", "sraiw" };
    static const char *const unary[] = { "neg", "negw", "not", "sext.w", "seqz", "snez", "sltz", "sgtz", "mv" };
    int rd = random_rd(g);
    switch (rng_below(g, 12)) {
    case 0: case 1: case 2: case 3:
        emit(g, "%s x%d, x%d, x%d", rtype[rng_below(g, 15)], rd, random_rs(g), random_rs(g));
        break;
    case 4: case 5:
        emit(g, "%s x%d, x%d, %d", itype[rng_below(g, 7)], rd, random_rs(g), random_imm12(g));
        break;
    case 6:
        emit(g, "%s x%d, x%d, %d", shift64[rng_below(g, 3)], rd, random_rs(g), (int)rng_below(g, 64));
        break;
    case 7:
        emit(g, "%s x%d, x%d, %d", shift32[rng_below(g, 3)], rd, random_rs(g), (int)rng_below(g, 32));
        break;
    case 8:
        emit(g, "lui x%d, 0x%x", rd, (unsigned)rng_below(g, 1u << 20));
        break;
    case 9:
        emit(g, "auipc x%d, 0x%x", rd, (unsigned)rng_below(g, 1u << 20));
        break;
    case 10:
        emit(g, "li x%d, 0x%" PRIx64, random_rd_nonzero(g), random_int_value(g));
        break;
    default:
        emit(g, "%s x%d, x%d", unary[rng_below(g, 9)], rd, random_rs(g));
        break;
    }
}

static void gen_muldiv(Gen *g)
{
    static const char *const ops[] = {
        "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
        "mulw", "divw", "divuw", "remw", "remuw",
    };
    int rs1 = random_rs(g), rs2 = random_rs(g);
    maybe_set_operand(g, rs1, 35, random_muldiv_operand);
    maybe_set_operand(g, rs2, 45, random_muldiv_operand);
    emit(g, "%s x%d, x%d, x%d", ops[rng_below(g, 13)], random_rd(g), rs1, rs2);
}

void gen_load_store(Gen *g)
{
    static const struct { const char *name; int size; char kind; } ops[] = {
        { "lb", 1, 'l' }, { "lh", 2, 'l' }, { "lw", 4, 'l' }, { "ld", 8, 'l' },
        { "lbu", 1, 'l' }, { "lhu", 2, 'l' }, { "lwu", 4, 'l' },
        { "sb", 1, 's' }, { "sh", 2, 's' }, { "sw", 4, 's' }, { "sd", 8, 's' },
        { "flw", 4, 'L' }, { "fld", 8, 'L' }, { "fsw", 4, 'S' }, { "fsd", 8, 'S' },
    };
    int i = (int)rng_below(g, sizeof ops / sizeof ops[0]);
    int base, disp;
    address_operand(g, random_scratch_offset(g, ops[i].size), &base, &disp);
    switch (ops[i].kind) {
    case 'l': emit(g, "%s x%d, %d(x%d)", ops[i].name, random_rd(g), disp, base); break;
    case 's': emit(g, "%s x%d, %d(x%d)", ops[i].name, random_rs(g), disp, base); break;
    case 'L': {
        int fd = random_freg(g);
        g->fkind[fd] = ops[i].size == 4 ? 's' : '?';
        emit(g, "%s f%d, %d(x%d)", ops[i].name, fd, disp, base);
        break;
    }
    default:  emit(g, "%s f%d, %d(x%d)", ops[i].name, random_freg(g), disp, base); break;
    }
}

static void gen_atomic(Gen *g)
{
    static const char *const amo[] = {
        "amoswap", "amoadd", "amoxor", "amoand", "amoor", "amomin", "amomax", "amominu", "amomaxu",
    };
    static const char *const order[] = { "", ".aq", ".rl", ".aqrl" };
    int size = chance(g, 50) ? 4 : 8;
    char width = size == 4 ? 'w' : 'd';
    int addr_reg = address_register(g, random_scratch_offset(g, size));
    if (chance(g, 75)) {
        emit(g, "%s.%c%s x%d, x%d, (x%d)", amo[rng_below(g, 9)], width,
             order[rng_below(g, 4)], random_rd(g), random_rs(g), addr_reg);
        return;
    }
    /* lr, then (usually) sc at once to the same address: the one pairing
     * whose outcome the spec and every implementation agree on. */
    int rd;
    do
        rd = random_rd(g);
    while (rd == addr_reg);
    emit(g, "lr.%c%s x%d, (x%d)", width, order[rng_below(g, 4)], rd, addr_reg);
    if (rd != addr_reg && chance(g, 85))
        emit(g, "sc.%c%s x%d, x%d, (x%d)", width, order[rng_below(g, 4)],
             random_rd(g), random_rs(g), addr_reg);
}

static void gen_float(Gen *g)
{
    static const char *const arith[] = { "fadd", "fsub", "fmul", "fdiv" };
    static const char *const fused[] = { "fmadd", "fmsub", "fnmsub", "fnmadd" };
    static const char *const sign_minmax[] = { "fsgnj", "fsgnjn", "fsgnjx", "fmin", "fmax" };
    static const char *const compare[] = { "feq", "flt", "fle" };
    static const char *const ints[] = { "w", "wu", "l", "lu" };
    char fmt = chance(g, 50) ? 's' : 'd';
    int fd = random_freg(g);
    int fa = random_fsrc(g, fmt), fb = random_fsrc(g, fmt), fc = random_fsrc(g, fmt);
    char result = fmt;  /* the kind fd holds afterwards, when written */
    switch (rng_below(g, 16)) {
    case 0: case 1: case 2:
        emit(g, "%s.%c f%d, f%d, f%d%s", arith[rng_below(g, 4)], fmt, fd, fa, fb, random_rm_suffix(g));
        break;
    case 3:
        emit(g, "fsqrt.%c f%d, f%d%s", fmt, fd, fa, random_rm_suffix(g));
        break;
    case 4: case 5:
        emit(g, "%s.%c f%d, f%d, f%d, f%d%s", fused[rng_below(g, 4)], fmt, fd, fa, fb, fc,
             random_rm_suffix(g));
        break;
    case 6: case 7:
        if (chance(g, 20))
            fb = fa;    /* fmv, fneg, fabs */
        emit(g, "%s.%c f%d, f%d, f%d", sign_minmax[rng_below(g, 5)], fmt, fd, fa, fb);
        break;
    case 8:
        emit(g, "%s.%c x%d, f%d, f%d", compare[rng_below(g, 3)], fmt, random_rd(g), fa, fb);
        return;
    case 9:
        emit(g, "fclass.%c x%d, f%d", fmt, random_rd(g), fa);
        return;
    case 10: case 11:   /* float to integer */
        emit(g, "fcvt.%s.%c x%d, f%d%s", ints[rng_below(g, 4)], fmt, random_rd(g), fa,
             random_rm_suffix(g));
        return;
    case 12: {          /* integer to float; int to double is exact for w and wu */
        int ty = (int)rng_below(g, 4);
        int rs = random_rs(g);
        maybe_set_operand(g, rs, 30, random_int_value);
        if (fmt == 'd' && ty < 2)
            emit(g, "fcvt.d.%s f%d, x%d", ints[ty], fd, rs);
        else
            emit(g, "fcvt.%c.%s f%d, x%d%s", fmt, ints[ty], fd, rs, random_rm_suffix(g));
        break;
    }
    case 13:
        if (fmt == 's')
            emit(g, "fcvt.s.d f%d, f%d%s", fd, random_fsrc(g, 'd'), random_rm_suffix(g));
        else
            emit(g, "fcvt.d.s f%d, f%d", fd, random_fsrc(g, 's'));
        break;
    case 14:
        emit(g, "fmv.x.%c x%d, f%d", fmt == 's' ? 'w' : 'd', random_rd(g), fa);
        return;
    default: {
        int rs = random_rs(g);
        maybe_set_operand(g, rs, 30, random_int_value);
        emit(g, "fmv.%c.x f%d, x%d", fmt == 's' ? 'w' : 'd', fd, rs);
        result = fmt == 's' ? 's' : '?';
        break;
    }
    }
    g->fkind[fd] = result;
}

/* csr accesses of fflags, frm and fcsr.  Written values stay inside each
 * CSR's defined bits and leave frm a valid rounding mode. */
static void gen_fcsr_access(Gen *g)
{
    static const char *const csrs[] = { "fflags", "frm", "fcsr" };
    static const char *const ops[] = { "csrrw", "csrrs", "csrrc" };
    int csr = (int)rng_below(g, 3);
    int rd = random_rd(g);
    if (chance(g, 25)) {
        emit(g, "csrr x%d, %s", rd, csrs[csr]);
        return;
    }
    for (;;) {
        int op = (int)rng_below(g, 3);
        int imm_form = chance(g, 50);
        unsigned width_mask = csr == 0 ? 0x1f : csr == 1 ? 0x7 : (imm_form ? 0x1f : 0xff);
        unsigned value = (unsigned)rng_next(g) & width_mask;
        unsigned frm_bits = csr == 1 ? value : csr == 2 ? (value >> 5) & 7 : 0;
        int new_frm = g->frm;
        if (csr != 0) {
            if (op == 0) new_frm = (int)frm_bits;
            else if (op == 1) new_frm = g->frm | (int)frm_bits;
            else new_frm = g->frm & ~(int)frm_bits;
        }
        if (new_frm > 4)
            continue;
        /* With branches the rounding mode in force depends on the path
         * taken: only writes valid whatever it is (set a valid mode, clear
         * bits, or set none). */
        if (g->flow && csr != 0 && op == 1 && frm_bits != 0)
            continue;
        g->frm = new_frm;
        if (imm_form) {
            emit(g, "%si x%d, %s, %u", ops[op], rd, csrs[csr], value);
        } else {
            int rs = random_rd_nonzero(g);
            emit(g, "li x%d, %u", rs, value);
            emit(g, "%s x%d, %s, x%d", ops[op], rd, csrs[csr], rs);
        }
        return;
    }
}

static int random_nonzero_imm6(Gen *g)
{
    int v;
    do
        v = (int)rng_range(g, -32, 31);
    while (v == 0);
    return v;
}

/* One compressed instruction, written with its c. mnemonic under .option rvc. */
static void gen_compressed(Gen *g)
{
    static const char *const arith[] = { "c.sub", "c.xor", "c.or", "c.and", "c.subw", "c.addw" };
    char line[96];
    int rd = random_rd_nonzero(g);
    int rdc = random_rvc_rd(g);
    int rs2c = (int)rng_range(g, 8, 15);
    int rs2 = (int)rng_range(g, 1, 31);
    switch (rng_below(g, 17)) {
    case 0: snprintf(line, sizeof line, "c.addi x%d, %d", rd, random_nonzero_imm6(g)); break;
    case 1: snprintf(line, sizeof line, "c.addiw x%d, %d", rd, (int)rng_range(g, -32, 31)); break;
    case 2: snprintf(line, sizeof line, "c.li x%d, %d", rd, (int)rng_range(g, -32, 31)); break;
    case 3: {
        int nz = random_nonzero_imm6(g);
        if (rd == 2)
            rd = 3;
        snprintf(line, sizeof line, "c.lui x%d, 0x%x", rd, nz > 0 ? nz : 0x100000 + nz);
        break;
    }
    case 4: snprintf(line, sizeof line, "c.slli x%d, %d", rd, (int)rng_range(g, 1, 63)); break;
    case 5: snprintf(line, sizeof line, "%s x%d, %d", chance(g, 50) ? "c.srli" : "c.srai",
                     rdc, (int)rng_range(g, 1, 63)); break;
    case 6: snprintf(line, sizeof line, "c.andi x%d, %d", rdc, (int)rng_range(g, -32, 31)); break;
    case 7: snprintf(line, sizeof line, "c.mv x%d, x%d", rd, rs2); break;
    case 8: snprintf(line, sizeof line, "c.add x%d, x%d", rd, rs2); break;
    case 9: case 10:
        snprintf(line, sizeof line, "%s x%d, x%d", arith[rng_below(g, 6)], rdc, rs2c); break;
    case 11:
        snprintf(line, sizeof line, "c.addi4spn x%d, sp, %d", rdc, (int)rng_range(g, 1, 255) * 4);
        break;
    case 12: {
        int imm;
        do
            imm = (int)rng_range(g, -32, 31) * 16;
        while (imm == 0);
        snprintf(line, sizeof line, "c.addi16sp sp, %d", imm);
        break;
    }
    case 13: snprintf(line, sizeof line, "c.nop"); break;
    default: {  /* c.lw c.ld c.sw c.sd c.fld c.fsd, base x8 or x8 + k in x9..x15 */
        static const struct { const char *name; int size; char kind; } mem[] = {
            { "c.lw", 4, 'x' }, { "c.ld", 8, 'x' }, { "c.sw", 4, 'x' }, { "c.sd", 8, 'x' },
            { "c.fld", 8, 'f' }, { "c.fsd", 8, 'f' },
        };
        int i = (int)rng_below(g, 6);
        int size = mem[i].size;
        int max_disp = size == 4 ? 124 : 248;
        int base = BASE_REG, k = 0;
        if (chance(g, 40)) {
            base = random_rvc_rd(g);
            k = (int)rng_below(g, SCRATCH_SIZE / size) * size;
            emit(g, "addi x%d, x%d, %d", base, BASE_REG, k);
        }
        /* scratch + k + disp, aligned, inside the area, disp within range */
        int lo = 0, hi = SCRATCH_SIZE - size - k;
        if (hi > max_disp)
            hi = max_disp;
        int disp = lo + (int)rng_below(g, (unsigned)(hi - lo) / size + 1) * size;
        int reg = mem[i].kind == 'f' ? (int)rng_range(g, 8, 15)
                  : (mem[i].name[3] == 's' || mem[i].name[2] == 's') ? rs2c : rdc;
        if (strcmp(mem[i].name, "c.fld") == 0)
            g->fkind[reg] = '?';
        snprintf(line, sizeof line, "%s %c%d, %d(x%d)", mem[i].name, mem[i].kind, reg, disp, base);
        break;
    }
    }
    fprintf(g->out, ".option rvc\n\t%s\n.option norvc\n", line);
}

static void gen_fence(Gen *g)
{
    static const char *const fences[] = { "fence", "fence rw, rw", "fence.tso", "fence.i", "nop" };
    emit(g, "%s", fences[rng_below(g, 5)]);
}

void gen_instruction(Gen *g)
{
    unsigned r = (unsigned)rng_below(g, 100);
    if (r < 24) gen_integer_alu(g);
    else if (r < 34) gen_muldiv(g);
    else if (r < 46) gen_load_store(g);
    else if (r < 51) gen_atomic(g);
    else if (r < 84) gen_float(g);
    else if (r < 88) gen_fcsr_access(g);
    else if (r < 99) gen_compressed(g);
    else gen_fence(g);
}

/* ---- the program ------------------------------------------------------ */

static void gen_case(Gen *g, int n)
{
    /* initial state, in .data */
    fprintf(g->out, "\n\t.pushsection .data\n\t.balign 8\ncase%d_init:\n", n);
    for (int i = 0; i < SCRATCH_SIZE / 8; i++)
        fprintf(g->out, "\t.dword 0x%016" PRIx64 "\n", random_int_value(g));
    for (int i = 1; i < 32; i++)
        fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t# x%d\n", i == BASE_REG ? 0 : random_int_value(g), i);
    for (int i = 0; i < 32; i++)
        fprintf(g->out, "\t.dword 0x%016" PRIx64 "\t# f%d\n", random_freg_value(g, &g->fkind[i]), i);
    fprintf(g->out, "\t.popsection\n");

    g->frm = (int)rng_below(g, 5);
    const int xinit = SCRATCH_SIZE, finit = SCRATCH_SIZE + 31 * 8;
    fprintf(g->out, "case%d:\n", n);
    if (g->repeat > 1) {
        emit(g, "lla x1, repeat_counter");
        emit(g, "li x2, %d", g->repeat);
        emit(g, "sd x2, 0(x1)");
        fprintf(g->out, "case%d_again:\n", n);
    }
    emit(g, "li x1, %d", g->frm << 5);    /* frm; fflags clear */
    emit(g, "fscsr x1");
    emit(g, "lla x31, case%d_init", n);
    emit(g, "lla x8, scratch");
    emit(g, "li x1, 0");
    fprintf(g->out, "1:\n");
    emit(g, "add x2, x31, x1");
    emit(g, "ld x3, 0(x2)");
    emit(g, "add x2, x8, x1");
    emit(g, "sd x3, 0(x2)");
    emit(g, "addi x1, x1, 8");
    emit(g, "li x3, %d", SCRATCH_SIZE);
    emit(g, "bltu x1, x3, 1b");
    for (int i = 0; i < 32; i++)
        emit(g, "fld f%d, %d(x31)", i, finit + 8 * i);
    for (int i = 1; i < 31; i++)
        if (i != BASE_REG)
            emit(g, "ld x%d, %d(x31)", i, xinit + 8 * (i - 1));
    emit(g, "ld x31, %d(x31)", xinit + 8 * 30);
    if (g->flow && g->repeat > 1) {
        /* Each repetition mixes the repeat counter into a few registers,
         * so that branches and loop counts differ between repetitions:
         * translated code meets paths it did not see when it was formed.
         * (The dump is the last repetition's, the same everywhere.) */
        emit(g, "lla x8, repeat_counter");
        emit(g, "ld x8, 0(x8)");
        for (int i = 0; i < 8; i++) {
            int r = (int)rng_range(g, 1, 31);
            if (r != BASE_REG)
                emit(g, "%s x%d, x%d, x8", chance(g, 50) ? "xor" : "add", r, r);
        }
        emit(g, "lla x8, scratch");
    }

    fprintf(g->out, "# case %d begin\n", n);
    if (g->flow) {
        rv_flow_sequence(g, (int)rng_range(g, 150, 400));
    } else {
        int count = (int)rng_range(g, 20, 60);
        for (int i = 0; i < count; i++)
            gen_instruction(g);
    }
    fprintf(g->out, "# case %d end\n", n);

    for (int i = 1; i < 32; i++)
        emit(g, "sd x%d, %d(x8)", i, RECORD_X + 8 * i);
    for (int i = 0; i < 32; i++)
        emit(g, "fsd f%d, %d(x8)", i, RECORD_F + 8 * i);
    emit(g, "frcsr x1");
    emit(g, "sd x1, %d(x8)", RECORD_FCSR);
    emit(g, "li x1, %d", n);
    emit(g, "sd x1, %d(x8)", RECORD_CASE);
    if (g->repeat > 1) {
        emit(g, "lla x1, repeat_counter");
        emit(g, "ld x2, 0(x1)");
        emit(g, "addi x2, x2, -1");
        emit(g, "sd x2, 0(x1)");
        emit(g, "beqz x2, 2f");
        emit(g, "j case%d_again", n);     /* beyond the reach of a branch */
        fprintf(g->out, "2:\n");
    }
    emit(g, "li a7, 64");       /* write(1, scratch, DUMP_SIZE) */
    emit(g, "li a0, 1");
    emit(g, "mv a1, x8");
    emit(g, "li a2, %d", DUMP_SIZE);
    emit(g, "ecall");
}

static int cmd_gen(uint64_t seed, int ncases, int repeat, int flow)
{
    Gen g = { .rng_state = seed * 0x2545f4914f6cdd1dull + 1, .out = stdout, .repeat = repeat,
              .flow = flow };
    if (flow)
        g.rng_state ^= 0x666c6f77;   /* other programs than gen's from the same seed */
    if (flow)
        fprintf(g.out, "# generated by rvgen flow %" PRIu64 " %d %d\n", seed, ncases, repeat);
    else
        fprintf(g.out, "# generated by rvgen gen %" PRIu64 " %d\n", seed, ncases);
    fprintf(g.out, "\t.option norvc\n\t.option norelax\t# no gp-relative lla: gp holds random values\n\t.text\n\t.globl _start\n_start:\n");
    for (int n = 0; n < ncases; n++)
        gen_case(&g, n);
    fprintf(g.out, "\tli a7, 93\n\tli a0, 0\n\tecall\n");
    fprintf(g.out, "\n\t.bss\n\t.balign 64\nscratch:\n\t.space %d\n",
            DUMP_SIZE + (flow ? FLOW_AREA_SIZE : 0));
    fprintf(g.out, "\t.balign 8\nrepeat_counter:\n\t.space 8\n");
    return ferror(stdout) ? 1 : 0;
}

/* ---- comparing dumps ---------------------------------------------------------- */

static const char *const abi_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

/* Exit status: 0 equal, 1 different (details on stdout, the first line being
 * "case N" or "short N" when TEST stops after N whole cases), 2 error. */
static int cmd_diff(const char *ref_path, const char *test_path)
{
    size_t ref_size, test_size;
    unsigned char *ref = dump_read_all("rvgen", ref_path, &ref_size);
    unsigned char *test = dump_read_all("rvgen", test_path, &test_size);
    size_t common = ref_size < test_size ? ref_size : test_size;
    size_t off = 0;
    while (off < common && ref[off] == test[off])
        off++;
    if (off == common && ref_size == test_size)
        return 0;
    size_t n = off / DUMP_SIZE;
    if ((n + 1) * DUMP_SIZE > common) {
        printf("short %zu\n  output ends after %zu whole cases (qemu wrote %zu, xlat %zu bytes)\n",
               n, test_size / DUMP_SIZE, ref_size, test_size);
        return 1;
    }
    const unsigned char *r = ref + n * DUMP_SIZE, *t = test + n * DUMP_SIZE;
    printf("case %zu\n", n);
    char name[32];
    if (load64(r + RECORD_CASE) != load64(t + RECORD_CASE))
        print_diff("case-id", load64(r + RECORD_CASE), load64(t + RECORD_CASE));
    for (int i = 1; i < 32; i++) {
        snprintf(name, sizeof name, "x%d/%s", i, abi_names[i]);
        if (load64(r + RECORD_X + 8 * i) != load64(t + RECORD_X + 8 * i))
            print_diff(name, load64(r + RECORD_X + 8 * i), load64(t + RECORD_X + 8 * i));
    }
    for (int i = 0; i < 32; i++) {
        snprintf(name, sizeof name, "f%d", i);
        if (load64(r + RECORD_F + 8 * i) != load64(t + RECORD_F + 8 * i))
            print_diff(name, load64(r + RECORD_F + 8 * i), load64(t + RECORD_F + 8 * i));
    }
    uint64_t rf = load64(r + RECORD_FCSR), tf = load64(t + RECORD_FCSR);
    if ((rf & 0x1f) != (tf & 0x1f))
        print_diff("fflags", rf & 0x1f, tf & 0x1f);
    if ((rf & ~0x1full) != (tf & ~0x1full))
        print_diff("frm", rf >> 5, tf >> 5);
    for (int i = 0; i < SCRATCH_SIZE; i += 8) {
        snprintf(name, sizeof name, "mem[%d]", i);
        if (load64(r + i) != load64(t + i))
            print_diff(name, load64(r + i), load64(t + i));
    }
    return 1;
}

int main(int argc, char **argv)
{
    int flow = argc >= 2 && strcmp(argv[1], "flow") == 0;
    if ((argc == 4 || argc == 5) && (flow || strcmp(argv[1], "gen") == 0)) {
        int ncases = atoi(argv[3]);
        int repeat = argc == 5 ? atoi(argv[4]) : 1;
        if (ncases < 1 || repeat < 1) {
            fprintf(stderr, "rvgen: NCASES and REPEAT must be positive\n");
            return 2;
        }
        return cmd_gen(strtoull(argv[2], NULL, 0), ncases, repeat, flow);
    }
    if (argc == 4 && strcmp(argv[1], "diff") == 0)
        return cmd_diff(argv[2], argv[3]);
    fprintf(stderr, "usage: rvgen gen SEED NCASES [REPEAT] > prog.S\n"
                    "       rvgen flow SEED NCASES [REPEAT] > prog.S  (with control flow)\n"
                    "       rvgen diff QEMU_DUMP XLAT_DUMP\n");
    return 2;
}
