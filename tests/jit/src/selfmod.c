/*
 * A small JIT, riscv64 only: writes machine code into an mmap'ed page,
 * runs it, patches it (also after it got hot enough to be translated),
 * flushes with __builtin___clear_cache (glibc's __riscv_flush_icache:
 * syscall 259 riscv_flush_icache) and runs it again.  The expected
 * output is tests/jit/selfmod.expected (the same under qemu-riscv64).
 * Code is never run after a write without a flush (the ISA leaves that
 * undefined), except with the argument "noflush": then the patches are
 * plain stores, and the output is what xlat's write-protection of code
 * pages and qemu's give (tests/jit/selfmod.expected too).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

enum { ZERO = 0, RA = 1, A0 = 10, A1 = 11, A2 = 12 };

static uint32_t rv_i(int32_t imm, int rs1, int f3, int rd, int op)
{
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | (uint32_t)op;
}

static uint32_t addi(int rd, int rs1, int32_t imm) { return rv_i(imm, rs1, 0, rd, 0x13); }
static uint32_t ret(void) { return 0x00008067; /* jalr zero, 0(ra) */ }

static uint32_t beq(int rs1, int rs2, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return (u >> 12 & 1) << 31 | (u >> 5 & 0x3f) << 25 | (uint32_t)rs2 << 20 |
           (uint32_t)rs1 << 15 | (u >> 1 & 0xf) << 8 | (u >> 11 & 1) << 7 | 0x63;
}

static uint32_t jal(int rd, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return (u >> 20 & 1) << 31 | (u >> 1 & 0x3ff) << 21 | (u >> 11 & 1) << 20 |
           (u >> 12 & 0xff) << 12 | (uint32_t)rd << 7 | 0x6f;
}

static uint32_t mul(int rd, int rs1, int rs2)
{
    return 1u << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | (uint32_t)rd << 7 | 0x33;
}

typedef long (*Fn)(long);

static int noflush;

static void put(uint32_t *at, const uint32_t *code, int n)
{
    memcpy(at, code, (size_t)n * 4);
    if (!noflush)
        __builtin___clear_cache((char *)at, (char *)(at + n));
}

/* f(n) = n * step, as a counted loop. */
static void put_loop(uint32_t *at, int32_t step)
{
    uint32_t code[] = {
        addi(A1, ZERO, 0),
        beq(A0, ZERO, 16),          /* L: */
        addi(A1, A1, step),
        addi(A0, A0, -1),
        jal(ZERO, -12),             /* j L */
        addi(A0, A1, 0),
        ret(),
    };
    put(at, code, 7);
}

int main(int argc, char **argv)
{
    noflush = argc > 1 && strcmp(argv[1], "noflush") == 0;
    uint32_t *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    Fn f = (Fn)(void *)page;

    /* A constant, patched once cold. */
    uint32_t k1[] = { addi(A0, ZERO, 42), ret() };
    put(page, k1, 2);
    printf("const: %ld\n", f(0));
    uint32_t k2[] = { addi(A0, ZERO, -7), ret() };
    put(page, k2, 2);
    printf("const patched: %ld\n", f(0));

    /* The same function hot (translated), then patched. */
    long sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("hot const x1000: %ld\n", sum);
    uint32_t k3[] = { addi(A0, A0, 5), ret() };
    put(page, k3, 2);
    sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("hot const patched x1000: %ld\n", sum);

    /* A loop, hot, patched step by step. */
    for (int32_t step = 1; step <= 4; step++) {
        put_loop(page + 16, step);
        Fn g = (Fn)(void *)(page + 16);
        sum = 0;
        for (int i = 0; i < 1000; i++)
            sum += g(100);
        printf("loop step %d x1000: %ld\n", step, sum);
    }

    /* Only the immediate of the hot loop changes (one word). */
    Fn g = (Fn)(void *)(page + 16);
    page[16 + 2] = addi(A1, A1, 100);
    if (!noflush)
        __builtin___clear_cache((char *)(page + 18), (char *)(page + 19));
    printf("loop one word patched: %ld\n", g(100));

    /* The loop body replaced by a multiply, and the entry redirected: the
     * first function now jumps to the new code further down the page. */
    uint32_t m[] = { addi(A2, ZERO, 3), mul(A0, A0, A2), ret() };
    put(page + 64, m, 3);
    uint32_t jump[] = { jal(ZERO, 64 * 4) };
    put(page, jump, 1);
    sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("redirected to mul x1000: %ld\n", sum);

    /* mprotect round trips: RW to write, RX to run. */
    if (mprotect(page, 4096, PROT_READ | PROT_WRITE) != 0)
        return 2;
    page[64] = addi(A2, ZERO, 11);
    if (mprotect(page, 4096, PROT_READ | PROT_EXEC) != 0)
        return 3;
    if (!noflush)
        __builtin___clear_cache((char *)page, (char *)page + 4096);
    sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("after mprotect x1000: %ld\n", sum);

    /* A fresh mapping at the same address with other code. */
    munmap(page, 4096);
    page = mmap(page, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (page == MAP_FAILED)
        return 4;
    uint32_t k4[] = { addi(A0, A0, -1), ret() };
    put(page, k4, 2);
    sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("remapped x1000: %ld\n", sum);
    return 0;
}
