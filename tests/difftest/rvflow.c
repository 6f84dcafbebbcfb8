/* rvflow: the control-flow sequences of rvgen (`rvgen flow SEED NCASES
 * [REPEAT]`), for the translator's differential test (tests/jit/run-diff).
 *
 * A flow sequence is a few hundred items, each a random instruction of
 * rvgen's straight-line families (rvgen.c) or a construct holding further
 * items: forward branches on random data (if and if/else), counted loops
 * (counter in a register or in memory, count constant or from data), calls
 * (jal, call (auipc + jalr), jalr and c.jalr through a register; leaf functions that keep
 * the link register, others that save it to memory and reload it; called
 * once or twice), jump tables (an indirect jump on a data-dependent index),
 * RVC branches and jumps, and memory patterns beyond rvgen's (a store then a
 * load of the same or an overlapping address, addresses computed from
 * data, read-modify-write).  Constructs nest up to MAX_DEPTH deep, and each
 * takes its items out of its parent's budget, so that every branch stays in
 * range however the nesting falls.
 *
 * The registers a construct relies on (a loop counter, a leaf function's
 * link register) are reserved while its body is generated: no instruction
 * writes them (Gen.reserved, honoured by every register picker of rvgen.c).
 * Only registers outside x2 (c.addi16sp writes sp), x3 (c.lui's stand-in
 * for sp), x8 (the scratch base) and x9..x15 (RVC destinations) are ever
 * reserved.  Memory counters and saved links live in the flow area after
 * the dump record, one doubleword per nesting level.  Everything stays
 * deterministic: branch outcomes depend only on the case's initial values,
 * and the return addresses and lla results are those of a static non-PIE
 * executable.
 */
#include <inttypes.h>
#include <stdio.h>

#include "rvgen.h"

enum { MAX_DEPTH = 3, MAX_BODY = 12 };

static const int reservable[] = {
    1, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
};

static void flow_block(Gen *g, int budget);

static unsigned new_label(Gen *g)
{
    return g->label++;
}

static void label(Gen *g, unsigned l)
{
    fprintf(g->out, ".Lf%u:\n", l);
}

/* One compressed instruction, between .option rvc and norvc. */
static void emit_rvc(Gen *g, const char *fmt, unsigned arg1, unsigned arg2)
{
    fprintf(g->out, ".option rvc\n\t");
    fprintf(g->out, fmt, arg1, arg2);
    fprintf(g->out, "\n.option norvc\n");
}

static int pick_reservable(Gen *g)
{
    for (;;) {
        int r = reservable[rng_below(g, sizeof reservable / sizeof reservable[0])];
        if (!reg_reserved(g, r))
            return r;
    }
}

/* A link register: ra or t0 (the return-address hints), or any other. */
static int pick_link(Gen *g)
{
    if (!reg_reserved(g, 1) && chance(g, 60))
        return 1;
    if (!reg_reserved(g, 5) && chance(g, 50))
        return 5;
    return pick_reservable(g);
}

/* A writable register other than AVOID. */
static int scratch_reg_not(Gen *g, int avoid)
{
    int r;
    do
        r = random_rd_nonzero(g);
    while (r == avoid);
    return r;
}

static int flow_slot(Gen *g)
{
    return FLOW_AREA + 8 * g->depth;
}

/* How many items a construct's body gets out of BUDGET (its own overhead
 * counted as one item). */
static int body_size(Gen *g, int budget)
{
    int max = budget - 1 < MAX_BODY ? budget - 1 : MAX_BODY;
    return max < 1 ? 1 : (int)rng_range(g, 1, max);
}

/* A conditional branch to label L on random data. */
static void branch_on_data(Gen *g, unsigned l)
{
    static const char *const conds[] = { "beq", "bne", "blt", "bge", "bltu", "bgeu" };
    static const char *const zconds[] = { "beqz", "bnez", "bltz", "bgez", "blez", "bgtz" };
    int a = random_rs(g), b = random_rs(g);
    switch (rng_below(g, 6)) {
    case 0:     /* a pseudo comparing with zero */
        emit(g, "%s x%d, .Lf%u", zconds[rng_below(g, 6)], a, l);
        return;
    case 1:     /* always or never taken */
        b = a;
        break;
    case 2: {   /* one bit of data: taken half the time */
        int t = random_rd_nonzero(g);
        emit(g, "andi x%d, x%d, %d", t, a, 1 << rng_below(g, 11));
        emit(g, "%s x%d, .Lf%u", chance(g, 50) ? "beqz" : "bnez", t, l);
        return;
    }
    default:
        break;
    }
    emit(g, "%s x%d, x%d, .Lf%u", conds[rng_below(g, 6)], a, b, l);
}

static int gen_if(Gen *g, int budget)
{
    int k = body_size(g, budget);
    unsigned skip = new_label(g), end = new_label(g);
    branch_on_data(g, skip);
    g->depth++;
    if (chance(g, 40)) {
        int k1 = (k + 1) / 2;
        flow_block(g, k1);
        if (chance(g, 20))
            emit_rvc(g, "c.j .Lf%u", end, 0);
        else
            emit(g, "j .Lf%u", end);
        label(g, skip);
        flow_block(g, k - k1);
        label(g, end);
    } else {
        flow_block(g, k);
        label(g, skip);
    }
    g->depth--;
    return k + 1;
}

static int gen_loop(Gen *g, int budget)
{
    int k = chance(g, 10) ? 0 : body_size(g, budget);     /* 0: a tight loop */
    unsigned top = new_label(g);
    int slot = flow_slot(g);
    int counter = 0;
    if (chance(g, 70)) {
        counter = pick_reservable(g);
        if (chance(g, 50)) {
            emit(g, "li x%d, %d", counter, (int)rng_range(g, 1, 5));
        } else {        /* 1..4 iterations, from data */
            emit(g, "andi x%d, x%d, 3", counter, random_rs(g));
            emit(g, "addi x%d, x%d, 1", counter, counter);
        }
        g->reserved |= 1u << counter;
    } else {
        int t = random_rd_nonzero(g);
        emit(g, "li x%d, %d", t, (int)rng_range(g, 1, 5));
        emit(g, "sd x%d, %d(x%d)", t, slot, BASE_REG);
    }
    label(g, top);
    g->depth++;
    flow_block(g, k);
    g->depth--;
    if (counter) {
        g->reserved &= ~(1u << counter);
        switch (rng_below(g, 3)) {
        case 0:
            emit(g, "addi x%d, x%d, -1", counter, counter);
            emit(g, "bnez x%d, .Lf%u", counter, top);
            break;
        case 1:
            emit(g, "addi x%d, x%d, -1", counter, counter);
            emit(g, "blt x0, x%d, .Lf%u", counter, top);
            break;
        default:
            emit_rvc(g, "c.addi x%u, -1", (unsigned)counter, 0);
            emit(g, "bne x%d, x0, .Lf%u", counter, top);
            break;
        }
    } else {
        int t = random_rd_nonzero(g);
        emit(g, "ld x%d, %d(x%d)", t, slot, BASE_REG);
        emit(g, "addi x%d, x%d, -1", t, t);
        emit(g, "sd x%d, %d(x%d)", t, slot, BASE_REG);
        emit(g, "bnez x%d, .Lf%u", t, top);
    }
    return k + 1;
}

/* A function in line (jumped over), called once or twice from just before
 * it, directly or through a register. */
static int gen_call(Gen *g, int budget)
{
    int k = body_size(g, budget);
    unsigned fn = new_label(g), after = new_label(g);
    int leaf = chance(g, 60);
    int link = pick_link(g);
    int calls = chance(g, 30) ? 2 : 1;
    for (int c = 0; c < calls; c++) {
        if (c > 0)
            gen_instruction(g);
        int t;
        switch (rng_below(g, 5)) {
        case 0: case 1:
            emit(g, "jal x%d, .Lf%u", link, fn);
            break;
        case 2:     /* auipc + jalr (with another link, as uses t1 for the auipc) */
            if (link == 1)
                emit(g, "call .Lf%u", fn);
            else
                emit(g, "jal x%d, .Lf%u", link, fn);
            break;
        case 3:     /* sometimes jalr ra, 0(ra): the target read before the link is written */
            t = chance(g, 30) ? link : random_rd_nonzero(g);
            emit(g, "lla x%d, .Lf%u", t, fn);
            emit(g, "jalr x%d, 0(x%d)", link, t);
            break;
        default:
            t = random_rd_nonzero(g);
            if (link == 1) {
                emit(g, "lla x%d, .Lf%u", t, fn);
                emit_rvc(g, "c.jalr x%u", (unsigned)t, 0);
            } else {    /* a displacement in the jalr */
                emit(g, "lla x%d, .Lf%u + 16", t, fn);
                emit(g, "jalr x%d, -16(x%d)", link, t);
            }
            break;
        }
    }
    emit(g, "j .Lf%u", after);
    label(g, fn);
    int slot = flow_slot(g);
    if (leaf) {
        g->reserved |= 1u << link;
    } else {
        emit(g, "sd x%d, %d(x%d)", link, slot, BASE_REG);
    }
    g->depth++;
    flow_block(g, k);
    g->depth--;
    if (leaf)
        g->reserved &= ~(1u << link);
    else
        emit(g, "ld x%d, %d(x%d)", link, slot, BASE_REG);
    switch (rng_below(g, 3)) {
    case 0:
        emit(g, "jalr x0, 0(x%d)", link);
        break;
    case 1:
        emit_rvc(g, "c.jr x%u", (unsigned)link, 0);
        break;
    default:
        if (link == 1)
            emit(g, "ret");
        else
            emit(g, "jr x%d", link);
        break;
    }
    label(g, after);
    return k + 1;
}

/* An indirect jump into a table of jumps, on 1 or 2 bits of data. */
static int gen_switch(Gen *g, int budget)
{
    int k = body_size(g, budget);
    int bits = chance(g, 50) ? 1 : 2;
    int n = 1 << bits;
    unsigned table = new_label(g), end = new_label(g);
    unsigned arm[4];
    for (int i = 0; i < n; i++)
        arm[i] = new_label(g);
    int index = random_rd_nonzero(g);
    int target = scratch_reg_not(g, index);
    emit(g, "andi x%d, x%d, %d", index, random_rs(g), n - 1);
    emit(g, "slli x%d, x%d, 2", index, index);
    emit(g, "lla x%d, .Lf%u", target, table);
    emit(g, "add x%d, x%d, x%d", target, target, index);
    switch (rng_below(g, 4)) {
    case 0: emit(g, "jr x%d", target); break;
    case 1: emit_rvc(g, "c.jr x%u", (unsigned)target, 0); break;
    case 2:
        emit(g, "addi x%d, x%d, -8", target, target);
        emit(g, "jalr x0, 8(x%d)", target);
        break;
    default:    /* jalr clears bit 0 of the target */
        emit(g, "jalr x0, 1(x%d)", target);
        break;
    }
    label(g, table);
    for (int i = 0; i < n; i++)
        emit(g, "j .Lf%u", arm[i]);
    g->depth++;
    for (int i = 0; i < n; i++) {
        label(g, arm[i]);
        flow_block(g, (k + i) / n);
        if (i < n - 1)
            emit(g, "j .Lf%u", end);
    }
    g->depth--;
    label(g, end);
    return k + 1;
}

/* Memory patterns the straight-line families lack. */
static void gen_memory_pattern(Gen *g)
{
    static const struct { const char *load, *store; int size; } widths[] = {
        { "lb", "sb", 1 }, { "lbu", "sb", 1 }, { "lh", "sh", 2 }, { "lhu", "sh", 2 },
        { "lw", "sw", 4 }, { "lwu", "sw", 4 }, { "ld", "sd", 8 },
    };
    enum { NWIDTHS = sizeof widths / sizeof widths[0] };
    int st = (int)rng_below(g, NWIDTHS), ld = (int)rng_below(g, NWIDTHS);
    switch (rng_below(g, 3)) {
    case 0: {   /* a store, then a load of the same or an overlapping address */
        int big = widths[st].size > widths[ld].size ? widths[st].size : widths[ld].size;
        int addr = random_scratch_offset(g, big);
        int base, disp;
        address_operand(g, addr, &base, &disp);
        emit(g, "%s x%d, %d(x%d)", widths[st].store, random_rs(g), disp, base);
        if (chance(g, 30))
            gen_integer_alu(g);     /* may overwrite the base: then x8 */
        int ldisp = addr + (int)rng_below(g, (unsigned)(big / widths[ld].size)) * widths[ld].size;
        emit(g, "%s x%d, %d(x%d)", widths[ld].load, random_rd(g), ldisp, BASE_REG);
        break;
    }
    case 1: {   /* an address from data: scratch + (x & mask) + disp */
        int size = widths[ld].size;
        int t = random_rd_nonzero(g);
        int disp = (int)rng_below(g, (unsigned)(128 / size)) * size;
        emit(g, "andi x%d, x%d, %d", t, random_rs(g), 127 & ~(size - 1));
        emit(g, "add x%d, x%d, x%d", t, t, BASE_REG);
        if (chance(g, 50))
            emit(g, "%s x%d, %d(x%d)", widths[ld].load, random_rd(g), disp, t);
        else
            emit(g, "%s x%d, %d(x%d)", widths[ld].store, random_rs(g), disp, t);
        break;
    }
    default: {  /* read, modify, write back */
        int size = widths[st].size;
        int addr = random_scratch_offset(g, size), base, disp;
        address_operand(g, addr, &base, &disp);
        int t = scratch_reg_not(g, base);
        emit(g, "%s x%d, %d(x%d)", widths[ld].size == size ? widths[ld].load : widths[st].load,
             t, disp, base);
        emit(g, "addi x%d, x%d, %d", t, t, (int)rng_range(g, -2048, 2047));
        emit(g, "%s x%d, %d(x%d)", widths[st].store, t, disp, base);
        break;
    }
    }
}

/* An RVC branch or jump over one or two short instructions. */
static void gen_rvc_branch(Gen *g)
{
    unsigned skip = new_label(g);
    switch (rng_below(g, 3)) {
    case 0: emit_rvc(g, "c.beqz x%u, .Lf%u", (unsigned)rng_range(g, 8, 15), skip); break;
    case 1: emit_rvc(g, "c.bnez x%u, .Lf%u", (unsigned)rng_range(g, 8, 15), skip); break;
    default: emit_rvc(g, "c.j .Lf%u", skip, 0); break;
    }
    int n = (int)rng_range(g, 1, 2);
    for (int i = 0; i < n; i++)
        gen_integer_alu(g);
    label(g, skip);
}

/* One item out of BUDGET; returns how many it used. */
static int flow_item(Gen *g, int budget)
{
    if (budget >= 3 && g->depth < MAX_DEPTH) {
        unsigned r = (unsigned)rng_below(g, 100);
        if (r < 9)
            return gen_if(g, budget);
        if (r < 15)
            return gen_loop(g, budget);
        if (r < 19)
            return gen_call(g, budget);
        if (r < 22)
            return gen_switch(g, budget);
    }
    unsigned r = (unsigned)rng_below(g, 100);
    if (r < 10)
        gen_memory_pattern(g);
    else if (r < 13)
        gen_rvc_branch(g);
    else
        gen_instruction(g);
    return 1;
}

static void flow_block(Gen *g, int budget)
{
    while (budget > 0)
        budget -= flow_item(g, budget);
}

void rv_flow_sequence(Gen *g, int count)
{
    g->reserved = 0;
    g->depth = 0;
    flow_block(g, count);
}
