/* a64flow: the control-flow sequences of a64gen (`a64gen flow SEED NCASES
 * [REPEAT]`), for the translator's differential test (tests/jit/run-diff).
 *
 * A flow sequence is a few hundred items, each a random instruction of
 * a64gen's straight-line families (a64gen.c) or a construct holding further
 * items: forward branches on random data (B.cond with every condition after
 * a fresh or an old comparison, CBZ/CBNZ, TBZ/TBNZ; if and if/else), counted
 * loops (counter in a register or in memory, count constant or from data,
 * closed by SUBS + B.NE, SUB + CBNZ or TBZ/TBNZ on the sign), calls (BL, BLR,
 * or a link set by ADR and a plain B; leaf functions that keep the link
 * register, others that save it to memory; RET, RET Xn or BR Xn; called
 * once or twice), jump tables (BR on a data-dependent index), and memory
 * patterns beyond a64gen's (a store then a load of the same or an
 * overlapping address, addresses computed from data).  Constructs nest up to
 * MAX_DEPTH deep, each taking its items out of its parent's budget.
 *
 * The registers a construct relies on (a loop counter, a leaf function's
 * link) are reserved while its body is generated: no instruction writes them
 * (Gen.reserved, honoured by a64gen.c's register pickers).  x28 (the
 * scratch base) is never reserved nor written.  Memory counters and saved
 * links live in the flow area after the dump record, one doubleword per
 * nesting level.  Branch outcomes depend only on the case's initial values,
 * and ADR results and return addresses are those of a static non-PIE
 * executable, so the dump is the same under every emulator.
 */
#include <inttypes.h>
#include <stdio.h>

#include "a64dump.h"
#include "a64gen.h"

enum { MAX_DEPTH = 3, MAX_BODY = 12 };

static const char *const conds[16] = {
    "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
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

/* A free register for a counter or a link (never x28). */
static int pick_reservable(Gen *g)
{
    for (;;) {
        int r = (int)rng_below(g, 31);
        if (r != BASE && !reg_reserved(g, r))
            return r;
    }
}

static int rd_real_not(Gen *g, int avoid)
{
    int r;
    do
        r = rd_real(g);
    while (r == avoid);
    return r;
}

static int flow_slot(Gen *g)
{
    return FLOW_AREA + 8 * g->depth;
}

static int body_size(Gen *g, int budget)
{
    int max = budget - 1 < MAX_BODY ? budget - 1 : MAX_BODY;
    return max < 1 ? 1 : (int)rng_range(g, 1, max);
}

/* A conditional branch to label L on random data. */
static void branch_on_data(Gen *g, unsigned l)
{
    int sf = chance(g, 60);
    char w = sf ? 'x' : 'w';
    int a = rs_x(g);
    switch (rng_below(g, 6)) {
    case 0: case 1:
        set_flags(g);
        /* fall through */
    case 2:     /* flags from whatever set them last */
        emit(g, "b.%s .Lf%u", conds[rng_below(g, 16)], l);
        break;
    case 3:
        emit(g, "%s %c%d, .Lf%u", chance(g, 50) ? "cbz" : "cbnz", w, a == 31 ? 0 : a, l);
        break;
    case 4: {   /* cbz on a few bits of data */
        int t = rd_real(g);
        emit(g, "and x%d, x%d, #%d", t, a == 31 ? 0 : a, chance(g, 50) ? 1 : 3);
        emit(g, "%s x%d, .Lf%u", chance(g, 50) ? "cbz" : "cbnz", t, l);
        break;
    }
    default:
        emit(g, "%s %c%d, #%d, .Lf%u", chance(g, 50) ? "tbz" : "tbnz", w, a == 31 ? 0 : a,
             (int)rng_below(g, sf ? 64 : 32), l);
        break;
    }
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
        emit(g, "b .Lf%u", end);
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
    int counter = -1;
    if (chance(g, 70)) {
        counter = pick_reservable(g);
        if (chance(g, 50)) {
            emit(g, "mov %c%d, #%d", chance(g, 50) ? 'w' : 'x', counter, (int)rng_range(g, 1, 5));
        } else {        /* 1..4 iterations, from data */
            int src = rs_x(g);
            emit(g, "and x%d, x%d, #3", counter, src == 31 ? 0 : src);
            emit(g, "add x%d, x%d, #1", counter, counter);
        }
        g->reserved |= 1u << counter;
    } else {
        int t = rd_real(g);
        emit(g, "mov x%d, #%d", t, (int)rng_range(g, 1, 5));
        emit(g, "str x%d, [x%d, #%d]", t, BASE, slot);
    }
    label(g, top);
    g->depth++;
    flow_block(g, k);
    g->depth--;
    if (counter >= 0) {
        g->reserved &= ~(1u << counter);
        switch (rng_below(g, 4)) {
        case 0:
            emit(g, "subs x%d, x%d, #1", counter, counter);
            emit(g, "b.ne .Lf%u", top);
            break;
        case 1:
            emit(g, "sub w%d, w%d, #1", counter, counter);
            emit(g, "cbnz w%d, .Lf%u", counter, top);
            break;
        case 2:
            emit(g, "subs x%d, x%d, #1", counter, counter);
            emit(g, "b.gt .Lf%u", top);
            break;
        default:    /* down to -1: loop while the sign bit is clear */
            emit(g, "sub x%d, x%d, #1", counter, counter);
            emit(g, "cbz x%d, 1f", counter);
            emit(g, "tbz x%d, #63, .Lf%u", counter, top);
            fprintf(g->out, "1:\n");
            break;
        }
    } else {
        int t = rd_real(g);
        emit(g, "ldr x%d, [x%d, #%d]", t, BASE, slot);
        emit(g, "sub x%d, x%d, #1", t, t);
        emit(g, "str x%d, [x%d, #%d]", t, BASE, slot);
        emit(g, "cbnz x%d, .Lf%u", t, top);
    }
    return k + 1;
}

/* A function in line (jumped over), called once or twice from just before
 * it. */
static int gen_call(Gen *g, int budget)
{
    int k = body_size(g, budget);
    unsigned fn = new_label(g), after = new_label(g);
    int leaf = chance(g, 60);
    /* BL and BLR link in x30; when x30 is reserved (inside a leaf), or
     * sometimes anyway, the link is another register set by ADR. */
    int link = !reg_reserved(g, 30) && chance(g, 75) ? 30 : pick_reservable(g);
    int calls = chance(g, 30) ? 2 : 1;
    for (int c = 0; c < calls; c++) {
        if (c > 0)
            gen_instruction(g);
        if (link == 30) {
            if (chance(g, 60)) {
                emit(g, "bl .Lf%u", fn);
            } else {
                /* sometimes blr x30: the target read before the link is written */
                int t = chance(g, 30) ? 30 : rd_real(g);
                emit(g, "adr x%d, .Lf%u", t, fn);
                emit(g, "blr x%d", t);
            }
        } else {
            unsigned back = new_label(g);
            emit(g, "adr x%d, .Lf%u", link, back);
            emit(g, "b .Lf%u", fn);
            label(g, back);
        }
    }
    emit(g, "b .Lf%u", after);
    label(g, fn);
    int slot = flow_slot(g);
    if (leaf)
        g->reserved |= 1u << link;
    else
        emit(g, "str x%d, [x%d, #%d]", link, BASE, slot);
    g->depth++;
    flow_block(g, k);
    g->depth--;
    if (leaf)
        g->reserved &= ~(1u << link);
    else
        emit(g, "ldr x%d, [x%d, #%d]", link, BASE, slot);
    switch (rng_below(g, 3)) {
    case 0:
        if (link == 30)
            emit(g, "ret");
        else
            emit(g, "ret x%d", link);
        break;
    case 1:
        emit(g, "br x%d", link);
        break;
    default:
        emit(g, "ret x%d", link);
        break;
    }
    label(g, after);
    return k + 1;
}

/* An indirect branch into a table of branches, on 1 or 2 bits of data. */
static int gen_switch(Gen *g, int budget)
{
    int k = body_size(g, budget);
    int n = chance(g, 50) ? 2 : 4;
    unsigned table = new_label(g), end = new_label(g);
    unsigned arm[4];
    for (int i = 0; i < n; i++)
        arm[i] = new_label(g);
    int index = rd_real(g);
    int target = rd_real_not(g, index);
    int src = rs_x(g);
    emit(g, "and x%d, x%d, #%d", index, src == 31 ? 0 : src, n - 1);
    emit(g, "adr x%d, .Lf%u", target, table);
    emit(g, "add x%d, x%d, x%d, lsl #2", target, target, index);
    emit(g, "br x%d", target);
    label(g, table);
    for (int i = 0; i < n; i++)
        emit(g, "b .Lf%u", arm[i]);
    g->depth++;
    for (int i = 0; i < n; i++) {
        label(g, arm[i]);
        flow_block(g, (k + i) / n);
        if (i < n - 1)
            emit(g, "b .Lf%u", end);
    }
    g->depth--;
    label(g, end);
    return k + 1;
}

/* Memory patterns the straight-line families lack. */
static void gen_memory_pattern(Gen *g)
{
    static const struct { const char *load, *store; int size; char reg; } widths[] = {
        { "ldrb", "strb", 1, 'w' }, { "ldrsb", "strb", 1, 'x' }, { "ldrh", "strh", 2, 'w' },
        { "ldrsh", "strh", 2, 'x' }, { "ldr", "str", 4, 'w' }, { "ldrsw", "str", 4, 'x' },
        { "ldr", "str", 8, 'x' },
    };
    enum { NWIDTHS = sizeof widths / sizeof widths[0] };
    int st = (int)rng_below(g, NWIDTHS), ld = (int)rng_below(g, NWIDTHS);
    int value = rs_x(g);
    /* the store's register: w for a narrow store, x for a doubleword */
    char stw = widths[st].size == 8 ? 'x' : 'w';
    if (chance(g, 50)) {    /* a store, then a load of the same or an overlapping address */
        int big = widths[st].size > widths[ld].size ? widths[st].size : widths[ld].size;
        int addr = (int)rng_below(g, SCRATCH_SIZE / big) * big;
        if (value == 31)
            emit(g, "%s %czr, [x%d, #%d]", widths[st].store, stw, BASE, addr);
        else
            emit(g, "%s %c%d, [x%d, #%d]", widths[st].store, stw, value, BASE, addr);
        if (chance(g, 30))
            gen_instruction(g);
        int laddr = addr + (int)rng_below(g, (unsigned)(big / widths[ld].size)) * widths[ld].size;
        emit(g, "%s %c%d, [x%d, #%d]", widths[ld].load, widths[ld].reg, rd_real(g), BASE, laddr);
    } else {                /* an address from data: scratch + (x & mask), register offset */
        int size = widths[ld].size;
        int t = rd_real(g);
        int src = rs_x(g);
        emit(g, "and x%d, x%d, #%d", t, src == 31 ? 0 : src, (SCRATCH_SIZE - 1) & ~(size - 1));
        if (chance(g, 50))
            emit(g, "%s %c%d, [x%d, x%d]", widths[ld].load, widths[ld].reg, rd_real_not(g, t), BASE, t);
        else if (value == 31)
            emit(g, "%s %czr, [x%d, x%d]", widths[ld].store, size == 8 ? 'x' : 'w', BASE, t);
        else
            emit(g, "%s %c%d, [x%d, x%d]", widths[ld].store, size == 8 ? 'x' : 'w', value, BASE, t);
    }
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
    if (chance(g, 10))
        gen_memory_pattern(g);
    else
        gen_instruction(g);
    return 1;
}

static void flow_block(Gen *g, int budget)
{
    while (budget > 0)
        budget -= flow_item(g, budget);
}

void a64_flow_sequence(Gen *g, int count)
{
    g->reserved = 0;
    g->depth = 0;
    flow_block(g, count);
}
