/*
 * Range checks the aarch64 translator leaves out must not hide a fault.
 * Each hot loop ends with an access to a non-canonical address (2^63 past
 * good memory), where the host takes a general protection fault without
 * the address.  The guest's SIGSEGV must still come at the exact pc, with
 * the exact registers and address: from the range check, or, for a load
 * left unchecked (loadfault), from the fault handler, which computes the
 * address from the guest instruction.
 *  - join: a block entered both from the block before it, which checked
 *    the base, and from a branch of an earlier block that did not (its
 *    checks must not carry over);
 *  - index: a register-offset access after one on the same base and index
 *    register, the index written in between (the check must be redone).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <ucontext.h>

extern char join_insn[], index_insn[];
static sigjmp_buf env;
static volatile uint64_t seen_pc, seen_x9, seen_x10, seen_addr;

static void handler(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    (void)sig;
    seen_pc = uc->uc_mcontext.pc;
    seen_x9 = uc->uc_mcontext.regs[9];
    seen_x10 = uc->uc_mcontext.regs[10];
    seen_addr = (uint64_t)(uintptr_t)si->si_addr;
    siglongjmp(env, 1);
}

/* n iterations of: (unless x12) load [x13]; then load [x13 + 8]; the
 * last one with x13 = bad reaches the second load from the first block. */
static void join(const uint64_t *good, uint64_t bad, uint64_t n)
{
    __asm__ volatile(
        "mov x13, %[good]\n"
        "mov x9, #0\n"
        "mov x10, #0\n"
        "mov x12, #0\n"
        "1:\n"
        "cbnz x12, 2f\n"
        "ldr x11, [x13]\n"
        "add x10, x10, x11\n"
        "b 2f\n"
        "2:\n"
        ".globl join_insn\n"
        "join_insn: ldr x11, [x13, #8]\n"
        "add x10, x10, x11\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x13, %[bad], %[good], eq\n"
        "cset x12, eq\n"
        "b 1b\n"
        :
        : [good] "r"(good), [bad] "r"(bad), [n] "r"(n)
        : "x9", "x10", "x11", "x12", "x13", "cc", "memory");
}

/* n iterations of: load [x13, x14, lsl #3], x14 = big on the last one,
 * load [x13, x14, lsl #3] again. */
static void index_(const uint64_t *good, uint64_t big, uint64_t n)
{
    __asm__ volatile(
        "mov x13, %[good]\n"
        "mov x9, #0\n"
        "mov x10, #0\n"
        "mov x14, #0\n"
        "1:\n"
        "ldr x11, [x13, x14, lsl #3]\n"
        "add x9, x9, #1\n"
        "cmp x9, %[n]\n"
        "csel x14, %[big], xzr, eq\n"
        ".globl index_insn\n"
        "index_insn: ldr x12, [x13, x14, lsl #3]\n"
        "add x10, x10, x11\n"
        "add x10, x10, x12\n"
        "b 1b\n"
        :
        : [good] "r"(good), [big] "r"(big), [n] "r"(n)
        : "x9", "x10", "x11", "x12", "x13", "x14", "cc", "memory");
}

static void report(const char *what, const char *insn, uint64_t n, uint64_t sum, uint64_t addr)
{
    printf("%s: pc %s, x9 %s, x10 %s, address %s\n", what,
           seen_pc == (uint64_t)(uintptr_t)insn ? "exact" : "WRONG",
           seen_x9 == n ? "exact" : "WRONG", seen_x10 == sum ? "exact" : "WRONG",
           seen_addr == addr ? "exact" : "WRONG");
}

int main(void)
{
    static uint64_t good[2] = { 3, 4 };
    uint64_t n = 100000, bad = (uint64_t)(uintptr_t)good + (1ULL << 63);
    struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO };

    sigaction(SIGSEGV, &sa, NULL);
    setvbuf(stdout, NULL, _IONBF, 0);
    if (sigsetjmp(env, 1) == 0) {
        join(good, bad, n);
        printf("join: no fault\n");
    } else {
        /* n iterations loaded both */
        report("join", join_insn, n, 7 * n, bad + 8);
    }
    if (sigsetjmp(env, 1) == 0) {
        index_(good, 1ULL << 60, n);
        printf("index: no fault\n");
    } else {
        report("index", index_insn, n, 6 * (n - 1), bad);
    }
    return 0;
}
