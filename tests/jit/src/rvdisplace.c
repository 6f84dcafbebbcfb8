/*
 * A riscv64 loop that leaves a0, a1, a4, a5, s0 and sp alone, the guest
 * registers xlat keeps in the same host registers in every translation.
 * Such a loop borrows their host registers for its own (the translator's
 * displaced registers, `--jit-disable=rvdisplace` turns it off): their
 * values go to the Cpu at the loop's entry and come back at its exits.
 * Whatever leaves the loop must still see them exact:
 *   - the loop's normal end, and the code after it;
 *   - a fault at its load, inside guest memory (an unmapped page) and
 *     below it (address 8): the guest's SIGSEGV handler reads them from
 *     its ucontext;
 *   - a timer signal delivered while the loop runs.
 * And a translation whose first instructions write a register that a
 * fault before them must still show (the entry loads only the registers
 * that are read before written, `--jit-disable=rventrydead`): t6 is
 * written right after a load that faults.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>

#define A0 0x1111111111111111ull
#define A1 0x2222222222222222ull
#define A4 0x4444444444444444ull
#define A5 0x5555555555555555ull
#define S0 0x8888888888888888ull

static sigjmp_buf env;
static volatile uint64_t seen[6], seen_t1, seen_t6, loop_sp, salt;
static volatile int wrong_async, async_seen;

/* Sum of n words at p; a0, a1, a4, a5, s0 hold the constants above xor
 * salt throughout (a new salt each call, so that a stale copy shows) and
 * are returned in fix[]. */
extern const char rvd_loop[], rvd_loop_end[];

/* A call that returns at once: the loop after it starts a translation of
 * its own, entered straight from the caller's (chained), with a0... still
 * in host registers only. */
__asm__(".text\n.globl rvd_ret\nrvd_ret:\n\tret\n");

static __attribute__((noinline)) uint64_t sum_words(const uint64_t *p, uint64_t n, uint64_t fix[5])
{
    register uint64_t a0 __asm__("a0") = A0 ^ salt;
    register uint64_t a1 __asm__("a1") = A1 ^ salt;
    register uint64_t a4 __asm__("a4") = A4 ^ salt;
    register uint64_t a5 __asm__("a5") = A5 ^ salt;
    register uint64_t s0 __asm__("s0") = S0 ^ salt;
    uint64_t sum, sp;

    __asm__ volatile("mv %0, sp" : "=r"(sp));
    loop_sp = sp;
    __asm__ volatile("mv t0, %[p]\n\t"
                     "mv t1, %[n]\n\t"
                     "li t2, 0\n\t"
                     "li t3, 0\n\t"
                     "call rvd_ret\n\t"
                     "rvd_loop:\n\t"
                     "ld t4, 0(t0)\n\t"
                     "add t2, t2, t4\n\t"
                     "xor t3, t3, t4\n\t"
                     "slli t5, t3, 1\n\t"
                     "add t2, t2, t5\n\t"
                     "addi t0, t0, 8\n\t"
                     "addi t1, t1, -1\n\t"
                     "bnez t1, rvd_loop\n\t"
                     "rvd_loop_end:\n\t"
                     "add %[sum], t2, t3\n\t"
                     : [sum] "=&r"(sum), "+r"(a0), "+r"(a1), "+r"(a4), "+r"(a5), "+r"(s0)
                     : [p] "r"(p), [n] "r"(n)
                     : "ra", "t0", "t1", "t2", "t3", "t4", "t5", "memory");
    fix[0] = a0;
    fix[1] = a1;
    fix[2] = a4;
    fix[3] = a5;
    fix[4] = s0;
    return sum;
}

/* ld from p, then t6 = 99 twice over; t6 is v before.  A fault at the ld
 * must show t6 == v. */
static __attribute__((noinline)) uint64_t late_write(const uint64_t *p, uint64_t v)
{
    register uint64_t t6 __asm__("t6") = v;
    uint64_t r;

    __asm__ volatile("call rvd_ret\n\t"
                     "ld t4, 0(%[p])\n\t"
                     "li t6, 99\n\t"
                     "add t6, t6, t6\n\t"
                     "add %[r], t4, t6\n\t"
                     : [r] "=&r"(r), "+r"(t6)
                     : [p] "r"(p)
                     : "ra", "t4", "memory");
    return r;
}

static int fixed_ok(const volatile uint64_t *v)
{
    uint64_t x = salt;

    return v[0] == (A0 ^ x) && v[1] == (A1 ^ x) && v[2] == (A4 ^ x) && v[3] == (A5 ^ x) &&
           v[4] == (S0 ^ x);
}

static void grab(const ucontext_t *uc, volatile uint64_t *v)
{
    v[0] = uc->uc_mcontext.__gregs[10];
    v[1] = uc->uc_mcontext.__gregs[11];
    v[2] = uc->uc_mcontext.__gregs[14];
    v[3] = uc->uc_mcontext.__gregs[15];
    v[4] = uc->uc_mcontext.__gregs[8];
    v[5] = uc->uc_mcontext.__gregs[2];
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    (void)sig;
    (void)si;
    grab(ctx, seen);
    seen_t1 = ((ucontext_t *)ctx)->uc_mcontext.__gregs[6];
    seen_t6 = ((ucontext_t *)ctx)->uc_mcontext.__gregs[31];
    siglongjmp(env, 1);
}

/* Checked only when it came while the loop ran. */
static void on_alarm(int sig, siginfo_t *si, void *ctx)
{
    volatile uint64_t v[6];

    (void)sig;
    (void)si;
    uint64_t pc = ((ucontext_t *)ctx)->uc_mcontext.__gregs[0];
    if (pc < (uint64_t)rvd_loop || pc >= (uint64_t)rvd_loop_end)
        return;
    grab(ctx, v);
    async_seen++;
    if (!fixed_ok(v) || v[5] != loop_sp)
        wrong_async++;
}

int main(void)
{
    static uint64_t words[4096];
    uint64_t fix[5], total = 0;
    struct sigaction sa;

    for (int i = 0; i < 4096; i++)
        words[i] = (uint64_t)i * 0x9e3779b97f4a7c15ull;
    /* Hot: the loop becomes a translation of its own. */
    for (int r = 0; r < 200; r++) {
        salt = (uint64_t)r << 20;
        total += sum_words(words, 4096, fix);
        if (!fixed_ok(fix)) {
            printf("run %d: fixed registers wrong after the loop\n", r);
            return 1;
        }
    }
    printf("sum %016llx\n", (unsigned long long)total);

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    uint64_t *page = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                          -1, 0);
    if (page == MAP_FAILED || munmap(page + 512, 4096) != 0)
        return 1;
    for (int i = 0; i < 512; i++)
        page[i] = i;
    const uint64_t *bad[2] = { page + 500, (const uint64_t *)8 };
    for (int k = 0; k < 2; k++) {
        if (sigsetjmp(env, 1) == 0) {
            salt = (uint64_t)(k + 1) << 40;
            sum_words(bad[k], 100, fix);
            printf("no fault\n");
            return 1;
        }
        printf("fault %d: t1 %llu, fixed registers %s, sp %s\n", k,
               (unsigned long long)seen_t1, fixed_ok(seen) ? "exact" : "WRONG",
               seen[5] == loop_sp ? "exact" : "WRONG");
    }

    for (int r = 0; r < 1000; r++)      /* hot, translated */
        total += late_write(words + r, r);
    const uint64_t *unmapped[2] = { page + 512, (const uint64_t *)8 };
    for (volatile int k = 0; k < 2; k++) {
        if (sigsetjmp(env, 1) == 0) {
            late_write(unmapped[k], 1000 + k);
            printf("no fault\n");
            return 1;
        }
        printf("late write %d: t6 %llu\n", k, (unsigned long long)seen_t6);
    }

    sa.sa_sigaction = on_alarm;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, 2000 }, { 0, 2000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    for (int r = 0; r < 100000 && async_seen < 20; r++) {
        salt = (uint64_t)r << 24;
        sum_words(words, 4096, fix);
        if (!fixed_ok(fix)) {
            printf("timer run %d: fixed registers wrong after the loop\n", r);
            return 1;
        }
    }
    it.it_value.tv_usec = it.it_interval.tv_usec = 0;
    setitimer(ITIMER_REAL, &it, NULL);
    printf("timer signals in the loop: %s, %d wrong\n", async_seen ? "some" : "none",
           wrong_async);
    return 0;
}
