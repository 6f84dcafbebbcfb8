/* SIGCHLD with waitpid: a handler that reaps children (SA_RESTART so the
 * main loop's sleeps are not cut short... they are: nanosleep never
 * restarts), si_pid/si_status/si_code in SA_SIGINFO, exit statuses and
 * deaths by signal seen by the parent, SA_NOCLDSTOP, and SIGCHLD ignored
 * (children reaped automatically: waitpid fails with ECHILD). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NCHILD 5

static volatile int chld_signals, reaped;
static volatile int statuses[NCHILD];
static pid_t pids[NCHILD];
static volatile int last_code, last_status;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
    int saved = errno, status;
    pid_t p;
    chld_signals++;
    last_code = si->si_code;
    last_status = si->si_status;
    while ((p = waitpid(-1, &status, WNOHANG)) > 0) {
        for (int i = 0; i < NCHILD; i++)
            if (pids[i] == p)
                statuses[i] = status;
        reaped++;
    }
    errno = saved;
}

static const char *code_name(int code)
{
    switch (code) {
    case CLD_EXITED: return "CLD_EXITED";
    case CLD_KILLED: return "CLD_KILLED";
    case CLD_DUMPED: return "CLD_DUMPED";
    case CLD_STOPPED: return "CLD_STOPPED";
    case CLD_CONTINUED: return "CLD_CONTINUED";
    default: return "other";
    }
}

int main(void)
{
    struct sigaction sa;
    sigset_t block, old;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGCHLD, &sa, NULL);

    /* Children exit one at a time, each with its own status. */
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    fflush(stdout);
    for (int i = 0; i < NCHILD; i++) {
        sigprocmask(SIG_BLOCK, &block, &old);
        pids[i] = fork();
        if (pids[i] == 0)
            _exit(10 + i);
        /* Wait until this one is reaped before starting the next, so the
         * order and count of SIGCHLDs is fixed. */
        while (reaped <= i)
            sigsuspend(&old);
        printf("child %d: si_code %s si_status %d, exit status %d\n", i, code_name(last_code),
               last_status, WEXITSTATUS(statuses[i]));
        sigprocmask(SIG_SETMASK, &old, NULL);
    }
    printf("SIGCHLD handler runs: %d, reaped %d\n", chld_signals, reaped);

    /* A child killed by a signal. */
    sigprocmask(SIG_BLOCK, &block, &old);
    pids[0] = fork();
    if (pids[0] == 0) {
        for (;;)
            pause();
    }
    kill(pids[0], SIGKILL);
    while (reaped < NCHILD + 1)
        sigsuspend(&old);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("killed child: si_code %s si_status %d, WIFSIGNALED %d WTERMSIG %d\n",
           code_name(last_code), last_status, WIFSIGNALED(statuses[0]), WTERMSIG(statuses[0]));

    /* Stopped and continued, seen by waitpid with WUNTRACED/WCONTINUED. */
    sa.sa_handler = SIG_DFL;
    sa.sa_flags = 0;
    sigaction(SIGCHLD, &sa, NULL);
    pid_t pid = fork();
    if (pid == 0) {
        for (;;)
            pause();
    }
    int status;
    kill(pid, SIGSTOP);
    waitpid(pid, &status, WUNTRACED);
    printf("stopped: WIFSTOPPED %d WSTOPSIG %d\n", WIFSTOPPED(status), WSTOPSIG(status));
    kill(pid, SIGCONT);
    waitpid(pid, &status, WCONTINUED);
    printf("continued: WIFCONTINUED %d\n", WIFCONTINUED(status));
    kill(pid, SIGTERM);
    waitpid(pid, &status, 0);
    printf("terminated: WTERMSIG %d\n", WTERMSIG(status));

    /* SIGCHLD ignored: no zombies, waitpid fails with ECHILD. */
    sa.sa_handler = SIG_IGN;
    sigaction(SIGCHLD, &sa, NULL);
    pid = fork();
    if (pid == 0)
        _exit(3);
    int r = waitpid(pid, &status, 0);
    printf("SIGCHLD ignored: waitpid %d errno %s\n", r, r < 0 && errno == ECHILD ? "ECHILD" : "other");
    return 0;
}
