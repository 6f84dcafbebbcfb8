/*
 * Faults in translated riscv64 code while a W instruction's sign extension
 * is pending (translate/riscv64/optimize.c): `addiw a5,a5,1` before a load
 * and `addiw a5,a5,1` after it read only a5's low half, so the translator
 * leaves a5's upper half unextended in between.  A fault at the load must
 * still show the guest's handler the exact, sign-extended a5: once from
 * the host fault handler (an unmapped page inside guest memory), once from
 * the out-of-range stub (an address below guest memory).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static sigjmp_buf env;
static volatile uint64_t seen_a5, seen_t2;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;

    (void)sig;
    (void)si;
    seen_a5 = uc->uc_mcontext.__gregs[15];
    seen_t2 = uc->uc_mcontext.__gregs[7];
    siglongjmp(env, 1);
}

/* a5 = (int32)(x + 1) then a load, then a5 = (int32)(a5 + 1) + *p; t2 gets
 * subw's result, read only by sw before it is written again. */
static uint64_t step(uint64_t x, const uint64_t *p, uint32_t *q)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "addiw a5, a5, 1\n\t"
                     "subw t2, %1, a5\n\t"
                     "ld t1, 0(%2)\n\t"
                     "sw t2, 0(%3)\n\t"
                     "addiw a5, a5, 1\n\t"
                     "li t2, 7\n\t"
                     "add a5, a5, t1\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p), "r"(q)
                     : "a5", "t1", "t2", "memory");
    return r;
}

static int wrong;

/* Fault in step at its load; print what the handler saw when asked, count
 * the runs where it was not the exact state. */
static void fault_at(const char *what, const uint64_t *p, int print)
{
    uint32_t word;

    seen_a5 = seen_t2 = 0;
    if (sigsetjmp(env, 1) == 0) {
        step(0x7fffffff, p, &word);
        printf("%s: no fault\n", what);
        wrong++;
        return;
    }
    if (print)
        printf("%s: a5=%#llx t2=%#llx\n", what, (unsigned long long)seen_a5,
               (unsigned long long)seen_t2);
    if (seen_a5 != 0xffffffff80000000ull || seen_t2 != ~0ull)
        wrong++;
}

int main(void)
{
    static uint64_t one = 1;
    struct sigaction sa;
    uint64_t sum = 0;
    uint32_t word = 0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    /* hot enough to be translated */
    for (uint64_t i = 0; i < 2000; i++)
        sum += step(0x7ffffff0 + (i & 31), &one, &word);
    printf("sum=%#llx word=%#x\n", (unsigned long long)sum, word);
    uint64_t *hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (hole == MAP_FAILED)
        return 1;
    /* each fault often enough for its path to be translated too */
    for (int i = 0; i < 200; i++) {
        fault_at("unmapped page", hole, i == 0);
        fault_at("below guest memory", (const uint64_t *)(uintptr_t)8, i == 0);
    }
    printf("%d wrong\n", wrong);
    return 0;
}
