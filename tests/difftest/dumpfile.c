/*
 * Reading difftest dumps (see dumpfile.h).
 */
#include "dumpfile.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

unsigned char *dump_read_all(const char *who, const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 20, len = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap)
            buf = realloc(buf, cap *= 2);
    }
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", who);
        exit(2);
    }
    fclose(f);
    *size = len;
    return buf;
}

void print_diff(const char *name, uint64_t ref, uint64_t test)
{
    printf("  %-10s qemu=0x%016" PRIx64 "  xlat=0x%016" PRIx64 "\n", name, ref, test);
}
