/*
 * An aarch64 guest that writes a function into an RWX page, runs it hot
 * (so it gets translated), rewrites it and runs it again, five times: with
 * the cache maintenance the architecture asks for (__clear_cache: DC CVAU,
 * IC IVAU), or with the argument "noflush" without any (undefined on
 * hardware; caught by xlat's write-protection of translated code pages, and
 * by qemu-user).
 */
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>

typedef uint64_t (*fn_t)(uint64_t);

int main(int argc, char **argv)
{
    uint32_t *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    int noflush = argc > 1;
    uint64_t total = 0;

    (void)argv;
    if (code == MAP_FAILED)
        return 1;
    for (int round = 0; round < 5; round++) {
        code[0] = 0x91000000 | ((uint32_t)(round + 1) << 10);  /* add x0, x0, #(round + 1) */
        code[1] = 0xd65f03c0;                                   /* ret */
        if (!noflush)
            __builtin___clear_cache((char *)code, (char *)(code + 2));
        fn_t f = (fn_t)(uintptr_t)code;
        uint64_t s = 0;
        for (int i = 0; i < 1000; i++)
            s = f(s);
        printf("round %d: %llu\n", round, (unsigned long long)s);
        total += s;
    }
    printf("total %llu\n", (unsigned long long)total);
    return 0;
}
