/* sigaltstack: a deliberate stack overflow whose SIGSEGV handler runs on
 * the alternate stack; SS_ONSTACK seen from inside the handler; without an
 * alternate stack the same overflow kills the process with SIGSEGV. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static char *alt;
static size_t alt_size = 1 << 16;
static sigjmp_buf jump;
static volatile int on_alt, ss_onstack, depth_reached;

static void handler(int sig, siginfo_t *si, void *uc)
{
    char here;
    stack_t cur;
    on_alt = (uintptr_t)&here >= (uintptr_t)alt && (uintptr_t)&here < (uintptr_t)alt + alt_size;
    sigaltstack(NULL, &cur);
    ss_onstack = (cur.ss_flags & SS_ONSTACK) != 0;
    siglongjmp(jump, 1);
}

static volatile int limit = 1 << 30;

static int recurse(int n)
{
    volatile char buf[1024];
    buf[0] = (char)n;
    depth_reached = n;
    return n < limit ? recurse(n + 1) + buf[0] : 0;
}

int main(void)
{
    struct rlimit rl = { 1 << 20, 1 << 20 };    /* a small stack: overflow comes quickly */
    setrlimit(RLIMIT_STACK, &rl);

    alt = malloc(alt_size);
    stack_t ss = { .ss_sp = alt, .ss_size = alt_size, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) != 0)
        return 1;
    stack_t got;
    sigaltstack(NULL, &got);
    printf("altstack set: size ok %d, flags %d\n", got.ss_size == alt_size && got.ss_sp == alt,
           got.ss_flags);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jump, 1) == 0)
        recurse(0);
    printf("overflow caught: handler on alternate stack %d, SS_ONSTACK %d, deep %d\n", on_alt,
           ss_onstack, depth_reached > 100);
    sigaltstack(NULL, &got);
    printf("after the handler: flags %d\n", got.ss_flags);

    /* Twice more: the alternate stack is reusable. */
    for (volatile int i = 0; i < 2; i++) {
        on_alt = 0;
        if (sigsetjmp(jump, 1) == 0)
            recurse(0);
        printf("overflow %d caught on alternate stack %d\n", i + 2, on_alt);
    }

    /* A handler without SA_ONSTACK runs on the overflowed stack: it cannot
     * run, and the process dies of SIGSEGV. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        sa.sa_flags = SA_SIGINFO;
        sigaction(SIGSEGV, &sa, NULL);
        recurse(0);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("without SA_ONSTACK: signaled %d, signal %d\n", WIFSIGNALED(status),
           WIFSIGNALED(status) ? WTERMSIG(status) : -1);
    return 0;
}
