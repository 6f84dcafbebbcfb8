/*
 * Shared by the syscall test programs: each is built for riscv64 (static)
 * and natively, and tests/syscall/run requires byte-identical output, so
 * the programs print only what is the same on every machine: "ok NAME" or
 * "FAIL NAME: errno text" per check, and values that do not depend on the
 * host (sizes, contents, exit statuses).
 */
#ifndef XLAT_TESTS_SYSCALL_CHECK_H
#define XLAT_TESTS_SYSCALL_CHECK_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;

#define CHECK(name, cond)                                                        \
    do {                                                                         \
        errno = 0;                                                               \
        if (cond) {                                                              \
            printf("ok %s\n", name);                                             \
        } else {                                                                 \
            printf("FAIL %s: %s (line %d)\n", name, strerror(errno), __LINE__); \
            check_failures++;                                                    \
        }                                                                        \
        fflush(stdout);                                                          \
    } while (0)

static inline int check_exit(void)
{
    return check_failures ? 1 : 0;
}

#endif
