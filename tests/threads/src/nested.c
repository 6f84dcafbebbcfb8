/* Nested signals: a SIGUSR1 handler interrupted by SIGUSR2 (raised from
 * inside it), SA_NODEFER letting a handler interrupt itself, sa_mask
 * holding a signal until the handler returns, SA_RESETHAND, and the
 * registers and FP state of the interrupted code preserved. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile char trace[256];
static volatile int tlen;
static volatile int depth;

static void note(const char *s)
{
    while (*s && tlen < (int)sizeof trace - 1)
        trace[tlen++] = *s++;
}

static void on_usr2(int sig)
{
    note("[usr2]");
}

static void on_usr1(int sig)
{
    note("[usr1 ");
    raise(SIGUSR2);     /* delivered at once: nested inside this handler */
    note("usr1]");
}

static void self_nesting(int sig)
{
    note("(");
    if (++depth < 4)
        raise(SIGUSR1);
    note(")");
}

static void masked_usr1(int sig)
{
    note("[usr1 ");
    raise(SIGUSR2);     /* in sa_mask: waits until this handler returns */
    note("usr1]");
}

static volatile double fp_value;

static void clobber(int sig)
{
    /* Use the FP registers and lots of integer registers. */
    volatile double x = 1.5;
    for (int i = 0; i < 10; i++)
        x = x * 3.25 + i;
    fp_value = x;
}

static void set(int sig, void (*h)(int), int flags, int masked)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    if (masked)
        sigaddset(&sa.sa_mask, masked);
    sigaction(sig, &sa, NULL);
}

int main(void)
{
    set(SIGUSR1, on_usr1, 0, 0);
    set(SIGUSR2, on_usr2, 0, 0);
    raise(SIGUSR1);
    printf("nested: %s\n", (char *)trace);

    tlen = 0;
    memset((char *)trace, 0, sizeof trace);
    depth = 0;
    set(SIGUSR1, self_nesting, SA_NODEFER, 0);
    raise(SIGUSR1);
    printf("SA_NODEFER: %s\n", (char *)trace);

    tlen = 0;
    memset((char *)trace, 0, sizeof trace);
    depth = 0;
    set(SIGUSR1, self_nesting, 0, 0);
    raise(SIGUSR1);
    printf("deferred self: %s\n", (char *)trace);

    tlen = 0;
    memset((char *)trace, 0, sizeof trace);
    set(SIGUSR1, masked_usr1, 0, SIGUSR2);
    raise(SIGUSR1);
    printf("sa_mask: %s\n", (char *)trace);

    tlen = 0;
    memset((char *)trace, 0, sizeof trace);
    set(SIGUSR1, on_usr2, SA_RESETHAND, 0);
    raise(SIGUSR1);
    struct sigaction cur;
    sigaction(SIGUSR1, NULL, &cur);
    printf("SA_RESETHAND: %s, now %s\n", (char *)trace, cur.sa_handler == SIG_DFL ? "SIG_DFL" : "other");

    /* State of the interrupted code survives many handlers. */
    set(SIGUSR1, clobber, 0, 0);
    double a = 0.1, b = 0;
    long ia = 7, ib = 0;
    for (int i = 0; i < 1000; i++) {
        b += a * i;
        ib += ia * i;
        if (i % 10 == 0)
            raise(SIGUSR1);
    }
    printf("state kept: %.6f %ld handler %.3f\n", b, ib, fp_value);
    return 0;
}
