/*
 * A fault inside a hot aarch64 loop (so inside translated code) must reach
 * the guest's SIGSEGV handler with the exact state of the faulting load:
 * its pc, the registers the loop updates, NZCV and the address.  Two
 * faults: a page the guest unmapped (a host fault in translated code) and
 * an address below every mapping (translated code's range check); the
 * same with the compare that set NZCV earlier in the block, its operands
 * unchanged and another compare after the load (the translator may store
 * NZCV as that compare to redo); a load just past the end of mapped
 * memory after one just before it on the same base, and after a
 * post-indexed load moved that base.  Then a
 * hot loop of indirect calls calls a null function pointer: the guest gets
 * SIGSEGV at pc 0 (translated code probes its jump cache for pc 0).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

extern char fault_insn[], fault_insn2[];
static sigjmp_buf env;
static volatile uint64_t seen_pc, seen_x9, seen_x10, seen_x13, seen_pstate, seen_addr;

static void handler(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    (void)sig;
    seen_pc = uc->uc_mcontext.pc;
    seen_x9 = uc->uc_mcontext.regs[9];
    seen_x10 = uc->uc_mcontext.regs[10];
    seen_x13 = uc->uc_mcontext.regs[13];
    seen_pstate = uc->uc_mcontext.pstate;
    seen_addr = (uint64_t)(uintptr_t)si->si_addr;
    siglongjmp(env, 1);
}

/* Sum *good n times, then load from bad. */
static void run(const uint64_t *good, const uint64_t *bad, uint64_t n)
{
    __asm__ volatile(
        "mov x13, %[good]\n"
        "mov x9, #0\n"
        "mov x10, #0\n"
        "1:\n"
        ".globl fault_insn\n"
        "fault_insn: ldr x11, [x13]\n"
        "add x10, x10, x11\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x13, %[bad], %[good], eq\n"
        "b 1b\n"
        :
        : [good] "r"(good), [bad] "r"(bad), [n] "r"(n)
        : "x9", "x10", "x11", "x13", "cc", "memory");
}

/* The same, the load between the compare and another one. */
static void run2(const uint64_t *good, const uint64_t *bad, uint64_t n)
{
    __asm__ volatile(
        "mov x9, #0\n"
        "mov x10, #0\n"
        "1:\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x13, %[bad], %[good], eq\n"
        ".globl fault_insn2\n"
        "fault_insn2: ldr x11, [x13]\n"
        "add x10, x10, x11\n"
        "cmp x10, #0\n"
        "b.ne 1b\n"
        :
        : [good] "r"(good), [bad] "r"(bad), [n] "r"(n)
        : "x9", "x10", "x11", "x13", "cc", "memory");
}

/* Load good[0] and good[1] n - 1 times, then end[-1] and end[0]: the
 * second load of a block on the same base as the first, the translator
 * may leave unchecked (end: where mapped memory ends). */
extern char fault_insn3[];
static void run3(const uint64_t *good, const uint64_t *end, uint64_t n)
{
    __asm__ volatile(
        "mov x9, #0\n"
        "mov x10, #0\n"
        "1:\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x13, %[last], %[good], eq\n"
        "ldr x11, [x13]\n"
        ".globl fault_insn3\n"
        "fault_insn3: ldr x12, [x13, #8]\n"
        "add x10, x10, x11\n"
        "b 1b\n"
        :
        : [good] "r"(good), [last] "r"(end - 1), [n] "r"(n)
        : "x9", "x10", "x11", "x12", "x13", "cc", "memory");
}

/* The same with the base moved by a post-indexed load between the two
 * accesses: the second, past the end, must still fault exactly. */
extern char fault_insn4[];
static void run4(const uint64_t *good, const uint64_t *end, uint64_t n)
{
    __asm__ volatile(
        "mov x9, #0\n"
        "1:\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x13, %[last], %[good], eq\n"
        "ldr x11, [x13], #8\n"
        ".globl fault_insn4\n"
        "fault_insn4: ldr x12, [x13]\n"
        "b 1b\n"
        :
        : [good] "r"(good), [last] "r"(end - 1), [n] "r"(n)
        : "x9", "x11", "x12", "x13", "cc", "memory");
}

static void check_end_moved(const uint64_t *good, const uint64_t *end, uint64_t n)
{
    if (sigsetjmp(env, 1) == 0) {
        run4(good, end, n);
        printf("end of memory, base moved: no fault\n");
        return;
    }
    printf("end of memory, base moved: pc %s, x9 %llu, x13 %s, address %s\n",
           seen_pc == (uint64_t)(uintptr_t)fault_insn4 ? "exact" : "WRONG",
           (unsigned long long)seen_x9, seen_x13 == (uint64_t)(uintptr_t)end ? "exact" : "WRONG",
           seen_addr == (uint64_t)(uintptr_t)end ? "exact" : "WRONG");
}

/* Is the page at a mapped (/proc/self/maps)? */
static bool mapped(uintptr_t a)
{
    FILE *f = fopen("/proc/self/maps", "r");
    unsigned long lo, hi;
    char line[512];
    bool found = false;

    if (!f)
        return true;
    while (!found && fgets(line, sizeof line, f))
        if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && a >= lo && a < hi)
            found = true;
    fclose(f);
    return found;
}

static void check_end(const uint64_t *good, const uint64_t *end, uint64_t n)
{
    if (sigsetjmp(env, 1) == 0) {
        run3(good, end, n);
        printf("end of memory: no fault\n");
        return;
    }
    printf("end of memory: pc %s, x9 %llu, address %s\n",
           seen_pc == (uint64_t)(uintptr_t)fault_insn3 ? "exact" : "WRONG",
           (unsigned long long)seen_x9, seen_addr == (uint64_t)(uintptr_t)end ? "exact" : "WRONG");
}

static void check(const char *what, const uint64_t *good, const uint64_t *bad, uint64_t n)
{
    bool second = strstr(what, "after compare") != NULL;
    const char *insn = second ? fault_insn2 : fault_insn;

    if (sigsetjmp(env, 1) == 0) {
        (second ? run2 : run)(good, bad, n);
        printf("%s: no fault\n", what);
        return;
    }
    printf("%s: pc %s, x9 %llu, x10 %llu, nzcv %llx, address %s\n", what,
           seen_pc == (uint64_t)(uintptr_t)insn ? "exact" : "WRONG",
           (unsigned long long)seen_x9, (unsigned long long)seen_x10,
           (unsigned long long)(seen_pstate >> 28) & 15,
           seen_addr == (uint64_t)(uintptr_t)bad ? "exact" : "WRONG");
}

static void nothing(void)
{
}

static void call_null(void (*volatile *slot)(void), long n)
{
    if (sigsetjmp(env, 1) == 0) {
        for (long i = 0; i < n; i++) {
            if (i == n - 1)
                *slot = NULL;
            (*slot)();
        }
        printf("null call: no fault\n");
        return;
    }
    printf("null call: pc %s, address %s\n", seen_pc == 0 ? "exact" : "WRONG",
           seen_addr == 0 ? "exact" : "WRONG");
}

int main(void)
{
    struct sigaction sa;
    long page = sysconf(_SC_PAGESIZE);
    static uint64_t three = 3;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    munmap(p + page, page);
    check("unmapped page", &three, (const uint64_t *)(p + page + 8), 100000);
    check("low address", &three, (const uint64_t *)(uintptr_t)16, 200000);
    check("short loop", &three, (const uint64_t *)(p + page), 3);
    check("unmapped page after compare", &three, (const uint64_t *)(p + page + 8), 100000);
    check("low address after compare", &three, (const uint64_t *)(uintptr_t)16, 200000);
    /* The end of the stack is the end of guest memory under xlat; where
     * something follows it, the end of the page left mapped above. */
    static const uint64_t pair[2] = { 1, 2 };
    uintptr_t top = ((uintptr_t)getauxval(AT_EXECFN) | (uintptr_t)(page - 1)) + 1;
    check_end(pair, (const uint64_t *)(mapped(top) ? (uintptr_t)(p + page) : top), 100000);
    check_end_moved(pair, (const uint64_t *)(mapped(top) ? (uintptr_t)(p + page) : top), 100000);
    static void (*volatile fn)(void) = nothing;
    call_null(&fn, 100000);
    return 0;
}
