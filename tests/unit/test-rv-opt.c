/*
 * Unit tests of the riscv64 translator's analysis before code generation
 * (translate/riscv64/optimize.c): which W results may leave their sign
 * extension pending, which shift pairs and lui/auipc+addi pairs fuse.
 * Encodings were taken from riscv64-linux-gnu-objdump.
 */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "translate/jit/techniques.h"
#include "translate/riscv64/translate.h"

/* A superblock of the words at pc 0, its blocks starting at the indexes
 * in starts (-1 ends the list), every guest register in a host register. */
static Tc *make_tc(const uint32_t *words, int n, const int *starts)
{
    Tc *tc = calloc(1, sizeof *tc);
    uint64_t pc = 0;

    for (int i = 0; i < n; i++) {
        rv_decode((uint16_t)words[i], (uint16_t)(words[i] >> 16), &tc->insn[i].in);
        tc->insn[i].pc = pc;
        pc += tc->insn[i].in.len;
    }
    tc->n = n;
    for (int k = 0; starts[k] >= 0; k++) {
        tc->block_start[k] = starts[k];
        tc->block_pc[k] = tc->insn[starts[k]].pc;
        tc->nblocks = k + 1;
    }
    memset(tc->host_of, X86_RBX, sizeof tc->host_of);
    tc->host_of[0] = -1;
    return tc;
}

static const uint32_t seq[] = {
    0xfff70e9b, /*  0 addiw t4,a4,-1      the next reads the low half, writes: pending */
    0xfffe8e9b, /*  1 addiw t4,t4,-1      add reads all of t4 */
    0x00be8533, /*  2 add a0,t4,a1 */
    0x0017879b, /*  3 addiw a5,a5,1       add reads all of a5 */
    0x00b78533, /*  4 add a0,a5,a1 */
    0x0017879b, /*  5 addiw a5,a5,1       beqz compares the low half: pending */
    0x00078463, /*  6 beqz a5,0x20 */
    0x0017879b, /*  7 addiw a5,a5,1       ld's address reads all of a5 */
    0x0007b503, /*  8 ld a0,0(a5) */
    0x0025079b, /*  9 addiw a5,a0,2       written again by 14+15 */
    0x020e1713, /* 10 slli a4,t3,32       zext.w: one move */
    0x02075713, /* 11 srli a4,a4,32 */
    0x02031693, /* 12 slli a3,t1,32       a3 stays seen: no pair */
    0x01e6d313, /* 13 srli t1,a3,30 */
    0x000127b7, /* 14 lui a5,0x12         li a5,0x12345: one move */
    0x34578793, /* 15 addi a5,a5,837 */
    0x00012737, /* 16 lui a4,0x12         a4 stays seen: no pair */
    0x00170693, /* 17 addi a3,a4,1 */
    0x00f52023, /* 18 sw a5,0(a0) */
    0x02c6063b, /* 19 mulw a2,a2,a2       pending */
    0x02c6063b, /* 20 mulw a2,a2,a2       the run loop (ecall) sees all: now */
    0x00000073, /* 21 ecall */
};

static void test_flags(void)
{
    static const int starts[] = { 0, 7, -1 };
    static const uint8_t want[] = {
        OPT_DEFER_SEXT, 0, 0, 0, 0, OPT_DEFER_SEXT, 0, 0, 0, OPT_DEFER_SEXT,
        OPT_SKIP, OPT_FROM_LOW32, 0, 0, OPT_CONST_ONLY, 0, 0, 0, 0, OPT_DEFER_SEXT, 0, 0,
    };
    int n = (int)(sizeof seq / sizeof seq[0]);
    Tc *tc = make_tc(seq, n, starts);

    jit_disabled = 0;
    rv_opt_analyze(tc);
    for (int i = 0; i < n; i++) {
        if (tc->opt[i] != want[i])
            g_test_message("instruction %d: %#x, want %#x", i, tc->opt[i], want[i]);
        g_assert_cmpint(tc->opt[i], ==, want[i]);
    }
    /* the fused pairs read no register in full; the addi of a folded lui neither */
    g_assert_cmpuint(rv_opt_full_reads_at(tc, 10), ==, 0);
    g_assert_cmpuint(rv_opt_full_reads_at(tc, 11), ==, 0);
    g_assert_cmpuint(rv_opt_full_reads_at(tc, 15), ==, 0);
    g_assert_cmpuint(rv_opt_full_reads_at(tc, 13), ==, 1u << 13);     /* a3 */
    free(tc);
}

/* A block reached by a jump inside the superblock: pending extensions are
 * done before it, so a W result just before it stays extended. */
static void test_join(void)
{
    static const uint32_t loop[] = {
        0x0017879b, /* 0 addiw a5,a5,1 */
        0x0017879b, /* 1 addiw a5,a5,1      the loop's head follows */
        0xfe079ee3, /* 2 bnez a5,4 */
    };
    static const int starts[] = { 0, 1, -1 };
    Tc *tc = make_tc(loop, 3, starts);

    jit_disabled = 0;
    rv_opt_analyze(tc);
    g_assert_cmpuint(tc->join_blocks, ==, 1u << 1);
    g_assert_cmpint(tc->opt[0], ==, 0);
    free(tc);
}

static void test_disabled(void)
{
    static const int starts[] = { 0, 7, -1 };
    int n = (int)(sizeof seq / sizeof seq[0]);
    Tc *tc = make_tc(seq, n, starts);

    jit_disabled = 1ull << JIT_TECH_SEXT | 1ull << JIT_TECH_PEEPHOLE | 1ull << JIT_TECH_CONSTPROP;
    rv_opt_analyze(tc);
    for (int i = 0; i < n; i++)
        g_assert_cmpint(tc->opt[i], ==, 0);
    jit_disabled = 0;
    free(tc);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/rv-opt/flags", test_flags);
    g_test_add_func("/rv-opt/join", test_join);
    g_test_add_func("/rv-opt/disabled", test_disabled);
    return g_test_run();
}
