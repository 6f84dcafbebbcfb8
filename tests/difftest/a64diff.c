/*
 * a64gen diff: the first differing case of two A64 difftest dumps, register
 * by register.
 */
#include <stdio.h>
#include <stdlib.h>

#include "a64dump.h"
#include "dumpfile.h"

static void diff_word(const char *name, const unsigned char *r, const unsigned char *t, int off)
{
    if (load64(r + off) != load64(t + off))
        print_diff(name, load64(r + off), load64(t + off));
}

/* Exit status: 0 equal, 1 different (details on stdout, the first line being
 * "case N", or "short N" when TEST stops after N whole cases), 2 error. */
int a64_cmd_diff(const char *ref_path, const char *test_path)
{
    size_t ref_size, test_size;
    unsigned char *ref = dump_read_all("a64gen", ref_path, &ref_size);
    unsigned char *test = dump_read_all("a64gen", test_path, &test_size);
    size_t common = ref_size < test_size ? ref_size : test_size, off = 0;
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
    const unsigned char *r = ref + n * DUMP_SIZE + REC, *t = test + n * DUMP_SIZE + REC;
    printf("case %zu\n", n);
    char name[32];
    diff_word("case-id", r, t, REC_CASE);
    for (int i = 0; i < 32; i++) {
        if (i == BASE)
            continue;
        snprintf(name, sizeof name, i == 31 ? "sp" : "x%d", i);
        diff_word(name, r, t, REC_X + 8 * i);
    }
    diff_word("nzcv", r, t, REC_NZCV);
    diff_word("fpcr", r, t, REC_FPCR);
    diff_word("fpsr", r, t, REC_FPSR);
    for (int i = 0; i < 32; i++) {
        snprintf(name, sizeof name, "v%d.d[0]", i);
        diff_word(name, r, t, REC_V + 16 * i);
        snprintf(name, sizeof name, "v%d.d[1]", i);
        diff_word(name, r, t, REC_V + 16 * i + 8);
    }
    r -= REC;
    t -= REC;
    for (int i = 0; i < SCRATCH_SIZE; i += 8) {
        snprintf(name, sizeof name, "mem[%d]", i);
        diff_word(name, r, t, i);
    }
    return 1;
}

