/*
 * A busy loop whose body is several blocks, stopped by a SIGALRM handler:
 * with --jit-disable=superblock each block is a translation of its own,
 * and the loop a cycle of chained jumps.  A chained jump to a later guest
 * PC enters its target after the check for a pending signal (translate/
 * jit/cache.c, jit_link); the jump back to the loop's head must not, or
 * the signal is never delivered and the loop never ends.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

static volatile int stop;
static volatile unsigned long n;

static void on_alarm(int sig)
{
    (void)sig;
    stop = 1;
}

__attribute__((noinline)) static unsigned long spin(unsigned long k)
{
    unsigned long turns = 0;

    while (!stop) {
        if (n & k)
            n += 3;
        else
            n += 1;
        turns++;
    }
    return turns;
}

int main(void)
{
    struct sigaction sa;
    struct itimerval it = { { 0, 0 }, { 0, 50000 } };

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    unsigned long turns = spin(1);
    printf("stopped after %s turns\n", turns > 0 ? "some" : "no");
    return 0;
}
