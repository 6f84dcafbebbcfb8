/*
 * A call through a null function pointer after the call site is hot (and
 * at once under --jit-threshold=1): the translated indirect jump to guest
 * pc 0 must give the guest a SIGSEGV at address 0, never reach xlat's own
 * lookup tables as a hit (an empty jump-cache entry holds pc 0).
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef int (*Fn)(int);

static int next(int x)
{
    return x + 1;
}

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    printf("SIGSEGV at %#lx\n", (unsigned long)si->si_addr);
    fflush(stdout);
    _exit(0);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    volatile Fn f = next;
    long sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += f(i);
    printf("sum %ld\n", sum);
    fflush(stdout);
    f = (Fn)0;
    sum += f(1);
    printf("no fault: %ld\n", sum);
    return 1;
}
