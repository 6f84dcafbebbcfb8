/* Deaths by signal, seen by a parent through waitpid exactly as for a
 * native child: abort() (SIGABRT), raise of SIGTERM with no handler, a
 * SIGTERM sent by the parent to a child blocked in read, SIGKILL, SIGSEGV
 * with no handler, a SIGABRT handler that returns (abort still kills),
 * SIGUSR1 whose default action kills; and a signal the child ignores.
 * The run script also checks the exit status of this program itself,
 * which ends with abort(), and kills "abort wait" with SIGTERM. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static void report(const char *what, int status)
{
    /* The core-dump bit depends on RLIMIT_CORE, set to 0 below. */
    printf("%s: status %#x", what, status);
    if (WIFEXITED(status))
        printf(" exited %d\n", WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf(" killed by %d\n", WTERMSIG(status));
    else
        printf(" other\n");
}

static volatile int abort_handler_ran;
static volatile int *volatile bad_pointer = (int *)16;

static void on_abrt(int sig)
{
    abort_handler_ran = 1;
    if (write(1, "SIGABRT handler ran\n", 20) != 20)
        _exit(9);
}

static int child(int what)
{
    int fd[2];
    switch (what) {
    case 0:
        abort();
    case 1:
        raise(SIGTERM);
        return 1;
    case 2:
        if (pipe(fd) != 0)
            return 2;
        char c;
        return read(fd[0], &c, 1) == 1 ? 3 : 4;    /* the parent kills it here */
    case 3:
        for (;;)
            pause();
    case 4:
        *bad_pointer = 1;
        return 5;
    case 5:
        signal(SIGABRT, on_abrt);
        abort();
    case 6:
        raise(SIGUSR1);
        return 6;
    case 7:
        signal(SIGTERM, SIG_IGN);
        raise(SIGTERM);
        return 7;
    case 8:
        kill(getpid(), SIGQUIT);
        return 8;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        /* "wait": block in read until the run script's SIGTERM ends it. */
        char c;
        int fd[2];
        if (pipe(fd) != 0)
            return 3;
        printf("waiting\n");
        fflush(stdout);
        return read(fd[0], &c, 1) == 1 ? 1 : 2;
    }
    static const char *names[] = { "abort", "raise SIGTERM", "SIGTERM from parent", "SIGKILL from parent",
                                   "SIGSEGV unhandled", "abort with a returning handler",
                                   "raise SIGUSR1", "SIGTERM ignored", "SIGQUIT (core-dump signal)" };
    struct rlimit rl = { 0, 0 };
    setrlimit(RLIMIT_CORE, &rl);
    for (int i = 0; i < 9; i++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0)
            _exit(child(i));
        if (i == 2 || i == 3) {
            usleep(100000);
            kill(pid, i == 2 ? SIGTERM : SIGKILL);
        }
        int status;
        waitpid(pid, &status, 0);
        report(names[i], status);
    }
    fflush(stdout);
    abort();
}
