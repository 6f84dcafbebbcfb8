/* setjmp/longjmp: non-local exits across nested calls, callee-saved and
 * volatile locals across the jump, sigsetjmp/siglongjmp restoring (or not)
 * the signal mask.  No signal is ever delivered. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static jmp_buf env;
static int depth_reached;

static __attribute__((noinline)) void descend(int depth, int target)
{
    char pad[64 + 16 * (depth % 4)]; /* frames of different sizes */
    memset(pad, depth, sizeof pad);
    depth_reached = depth + pad[sizeof pad - 1] - depth;
    if (depth == target)
        longjmp(env, target * 10 + 1);
    if (depth > 1000)
        return;
    descend(depth + 1, target);
    __asm__ volatile("" ::: "memory"); /* not a tail call */
}

static void nested_jumps(void)
{
    for (volatile int target = 0; target < 50; target += 7) {
        volatile int counter = 100;
        int value = setjmp(env);
        if (value == 0) {
            counter = 200 + target;
            descend(0, target);
            printf("not reached\n");
        } else {
            printf("longjmp from depth %d returned %d, volatile counter %d\n", depth_reached,
                   value, counter);
        }
    }
}

/* longjmp(env, 0) makes setjmp return 1. */
static void zero_value(void)
{
    volatile int passes = 0;
    int value = setjmp(env);
    passes++;
    if (passes == 1)
        longjmp(env, 0);
    printf("longjmp with 0: setjmp returned %d after %d passes\n", value, passes);
}

/* Many locals of all kinds survive, as long as they are volatile. */
static void preserved_locals(void)
{
    volatile long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12;
    volatile double fa = 1.5, fb = -2.25, fc = 1e300;
    volatile float fd = 0.75f;
    if (setjmp(env) == 0) {
        a = 101, b = 102, c = 103, d = 104, e = 105, f = 106, g = 107, h = 108, i = 109, j = 110,
        k = 111, l = 112;
        fa = 3.5, fb = -4.75, fc = 1e-300, fd = 8.125f;
        longjmp(env, 1);
    }
    printf("locals %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %g %g %g %g\n", a, b, c, d, e, f,
           g, h, i, j, k, l, fa, fb, fc, (double)fd);
}

static int blocked(int signal)
{
    sigset_t current;
    sigprocmask(SIG_BLOCK, NULL, &current);
    return sigismember(&current, signal);
}

static void signal_masks(void)
{
    sigjmp_buf senv;
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);

    /* savesigs = 1: the mask at sigsetjmp is restored. */
    if (sigsetjmp(senv, 1) == 0) {
        sigprocmask(SIG_BLOCK, &usr1, NULL);
        printf("savesigs=1 before jump: SIGUSR1 blocked %d\n", blocked(SIGUSR1));
        siglongjmp(senv, 1);
    }
    printf("savesigs=1 after jump: SIGUSR1 blocked %d\n", blocked(SIGUSR1));

    /* savesigs = 0: the mask stays as it was at the jump. */
    if (sigsetjmp(senv, 0) == 0) {
        sigprocmask(SIG_BLOCK, &usr1, NULL);
        siglongjmp(senv, 2);
    }
    printf("savesigs=0 after jump: SIGUSR1 blocked %d\n", blocked(SIGUSR1));
    sigprocmask(SIG_UNBLOCK, &usr1, NULL);
    printf("unblocked: SIGUSR1 blocked %d\n", blocked(SIGUSR1));
}

/* A loop of jumps: exercises the same return address many times. */
static void jump_loop(void)
{
    volatile unsigned sum = 0;
    volatile int round = 0;
    int value = setjmp(env);
    sum = sum * 31 + (unsigned)value;
    if (++round < 10000)
        longjmp(env, round);
    printf("jump loop: %d rounds, sum %08x\n", round, sum);
}

int main(void)
{
    nested_jumps();
    zero_value();
    preserved_locals();
    signal_masks();
    jump_loop();
    return 0;
}
