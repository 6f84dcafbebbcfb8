/*
 * Reading the register dumps the difftest programs write (shared by rvgen
 * and a64gen): the whole file, and little-endian words out of it.
 */
#ifndef XLAT_TESTS_DIFFTEST_DUMPFILE_H
#define XLAT_TESTS_DIFFTEST_DUMPFILE_H

#include <stddef.h>
#include <stdint.h>

/* The whole file; exits with status 2 (and a message naming who) on error. */
unsigned char *dump_read_all(const char *who, const char *path, size_t *size);

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* One differing register, in the report's format. */
void print_diff(const char *name, uint64_t ref, uint64_t test);

#endif
