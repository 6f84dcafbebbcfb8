/*
 * a64gen's generator state, random numbers, and the random register values
 * (a64values.c) that the instruction generators (a64gen.c) draw from.
 */
#ifndef XLAT_TESTS_DIFFTEST_A64GEN_H
#define XLAT_TESTS_DIFFTEST_A64GEN_H

#include <stdint.h>
#include <stdio.h>

typedef struct Gen {
    uint64_t rng_state;
    FILE *out;
    char vkind[32];     /* what v[i] holds: 's' f32 lanes, 'd' f64 lanes, 'i' integers */
    int repeat;
    int flow;           /* control-flow mode: long sequences with branches (a64flow.c) */
    uint32_t reserved;  /* x registers no instruction may write (loop counters, links) */
    int depth;          /* nesting of loops, calls and branches */
    unsigned label;     /* the next unique label number */
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

static inline int reg_reserved(const Gen *g, int r) { return r < 31 && (int)(g->reserved >> r & 1); }

#define PICK(g, array) ((array)[rng_below((g), sizeof(array) / sizeof((array)[0]))])


uint64_t random_int_value(Gen *g);
uint64_t random_muldiv_operand(Gen *g);
uint32_t f32_bits(float f);
uint64_t f64_bits(double d);
double random_conversion_edge(Gen *g);
uint32_t random_f32(Gen *g);
uint64_t random_f64(Gen *g);
uint64_t random_int_lanes(Gen *g);
void random_vreg_value(Gen *g, char *kind, uint64_t *lo, uint64_t *hi);
uint64_t random_fpcr(Gen *g);
uint64_t random_fpsr(Gen *g);

/* a64gen.c, for a64flow.c */
void emit(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int rd_real(Gen *g);
int rs_x(Gen *g);
void set_flags(Gen *g);
void gen_instruction(Gen *g);
void gen_ldst_single(Gen *g);

/* a64flow.c: COUNT items (instructions or whole constructs) of a
 * control-flow sequence. */
void a64_flow_sequence(Gen *g, int count);

#endif
