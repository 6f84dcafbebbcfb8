/* SIGPIPE: a write to a pipe without readers kills with SIGPIPE by
 * default; ignored, the write fails with EPIPE; handled, the handler runs
 * and the write fails with EPIPE. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int handled;

static void on_pipe(int sig)
{
    handled++;
}

static void write_to_closed_pipe(const char *what)
{
    int fd[2];
    if (pipe(fd) != 0)
        return;
    close(fd[0]);
    ssize_t n = write(fd[1], "x", 1);
    printf("%s: write=%zd errno=%s handled=%d\n", what, n, n < 0 && errno == EPIPE ? "EPIPE" : "other",
           handled);
    close(fd[1]);
}

int main(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        write_to_closed_pipe("default (not printed)");
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("default action: WIFSIGNALED %d WTERMSIG %d\n", WIFSIGNALED(status),
           WIFSIGNALED(status) ? WTERMSIG(status) : -1);

    signal(SIGPIPE, SIG_IGN);
    write_to_closed_pipe("ignored");
    signal(SIGPIPE, on_pipe);
    write_to_closed_pipe("handled");
    /* Blocked: pending after the write, delivered when unblocked. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigprocmask(SIG_BLOCK, &set, NULL);
    write_to_closed_pipe("blocked");
    sigset_t pend;
    sigpending(&pend);
    printf("pending while blocked: %d\n", sigismember(&pend, SIGPIPE));
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("after unblocking: handled=%d\n", handled);
    return 0;
}
