/*
 * rvgen's generator state and the pieces of the straight-line generator
 * (rvgen.c) that the control-flow generator (rvflow.c) builds on.
 */
#ifndef XLAT_TESTS_DIFFTEST_RVGEN_H
#define XLAT_TESTS_DIFFTEST_RVGEN_H

#include <stdint.h>
#include <stdio.h>

/* Layout of one dump: the scratch area, then the record.  The flow area
 * after the record holds the loop counters and saved return addresses of
 * the control-flow sequences; random stores never reach it, and it is not
 * dumped. */
enum {
    SCRATCH_SIZE = 256,
    RECORD_CASE = SCRATCH_SIZE,           /* the x0 slot holds the case number */
    RECORD_X = SCRATCH_SIZE,              /* x[i] at RECORD_X + 8*i */
    RECORD_F = SCRATCH_SIZE + 32 * 8,     /* f[i] at RECORD_F + 8*i */
    RECORD_FCSR = SCRATCH_SIZE + 64 * 8,
    DUMP_SIZE = RECORD_FCSR + 8,
    FLOW_AREA = DUMP_SIZE,                /* 8 bytes per nesting level */
    FLOW_AREA_SIZE = 64,
};
#define BASE_REG 8

typedef struct Gen {
    uint64_t rng_state;
    FILE *out;
    int frm;        /* the rounding mode in force at this point of the sequence */
    char fkind[32]; /* what f[i] holds here: 's' boxed single, 'd' double, '?' either */
    int repeat;     /* times each case runs before its dump is written */
    int flow;       /* control-flow mode: long sequences with branches (rvflow.c) */
    uint32_t reserved;  /* x registers no instruction may write (loop counters, links) */
    int depth;      /* nesting of loops, calls and branches */
    unsigned label; /* the next unique label number */
} Gen;

/* splitmix64: small, and the same sequence on every host. */
static inline uint64_t rng_next(Gen *g)
{
    uint64_t z = (g->rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static inline uint64_t rng_below(Gen *g, uint64_t n) { return rng_next(g) % n; }

static inline int64_t rng_range(Gen *g, int64_t lo, int64_t hi)
{
    return lo + (int64_t)rng_below(g, (uint64_t)(hi - lo + 1));
}

static inline int chance(Gen *g, int percent) { return (int)rng_below(g, 100) < percent; }

static inline int reg_reserved(const Gen *g, int r) { return (int)(g->reserved >> r & 1); }

void emit(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
uint64_t random_int_value(Gen *g);
int random_rd(Gen *g);
int random_rd_nonzero(Gen *g);
int random_rs(Gen *g);
int random_scratch_offset(Gen *g, int size);
void address_operand(Gen *g, int addr, int *base, int *disp);
void gen_integer_alu(Gen *g);
void gen_load_store(Gen *g);
void gen_instruction(Gen *g);

/* rvflow.c: COUNT items (instructions or whole constructs) of a control-flow
 * sequence. */
void rv_flow_sequence(Gen *g, int count);

#endif
