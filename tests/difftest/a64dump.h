/*
 * The dump an a64gen program writes for each case, shared by the generator
 * (a64gen.c) and the comparison (a64diff.c).
 */
#ifndef XLAT_TESTS_DIFFTEST_A64DUMP_H
#define XLAT_TESTS_DIFFTEST_A64DUMP_H

/* Layout of one dump: the scratch area, then the record. */
enum {
    SCRATCH_SIZE = 512,
    REC = SCRATCH_SIZE,
    REC_X = 0,              /* x[i] at REC_X + 8*i, SP in slot 31 */
    REC_CASE = 28 * 8,      /* the x28 slot holds the case number */
    REC_NZCV = 256,
    REC_FPCR = 264,
    REC_FPSR = 272,
    REC_V = 288,            /* q[i] at REC_V + 16*i */
    REC_SIZE = REC_V + 32 * 16,
    DUMP_SIZE = SCRATCH_SIZE + REC_SIZE,
    /* after the record: a64gen flow's loop counters and saved links, one
     * doubleword per nesting level (not dumped) */
    FLOW_AREA = DUMP_SIZE,
    FLOW_AREA_SIZE = 64,
};
/* The per-case init table: the record's layout, then the scratch bytes. */
enum { INIT_SCRATCH = REC_SIZE };

#define BASE 28

/* a64gen diff: exit status 0 equal, 1 different, 2 error. */
int a64_cmd_diff(const char *ref_path, const char *test_path);

#endif
