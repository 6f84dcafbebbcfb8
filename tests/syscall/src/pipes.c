/* Pipes between forked children, dup3, FIONREAD, wait4/waitid statuses,
 * sendfile, splice, copy_file_range. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
    int p[2], q[2], st, avail = 0;
    char buf[128];

    CHECK("pipe2", pipe2(p, O_CLOEXEC) == 0);
    CHECK("cloexec set", fcntl(p[0], F_GETFD) == FD_CLOEXEC);
    CHECK("pipe2 2", pipe(q) == 0);
    /* A chain: parent -> child 1 (uppercases) -> child 2 (reverses) -> parent. */
    int mid[2];
    CHECK("pipe mid", pipe(mid) == 0);
    pid_t c1 = fork();
    if (c1 == 0) {
        close(p[1]); close(mid[0]);
        ssize_t n = read(p[0], buf, sizeof buf);
        for (ssize_t i = 0; i < n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] -= 32;
        write(mid[1], buf, n);
        _exit(11);
    }
    pid_t c2 = fork();
    if (c2 == 0) {
        close(mid[1]); close(q[0]);
        ssize_t n = read(mid[0], buf, sizeof buf);
        for (ssize_t i = 0; i < n / 2; i++) { char t = buf[i]; buf[i] = buf[n - 1 - i]; buf[n - 1 - i] = t; }
        dup3(q[1], 5, 0);
        write(5, buf, n);
        _exit(22);
    }
    close(mid[0]); close(mid[1]); close(q[1]);
    CHECK("write pipe", write(p[1], "hello pipes", 11) == 11);
    close(p[1]);
    CHECK("wait4 c1", wait4(c1, &st, 0, NULL) == c1 && WIFEXITED(st) && WEXITSTATUS(st) == 11);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    CHECK("waitid c2", waitid(P_PID, c2, &si, WEXITED) == 0 && si.si_pid == c2 && si.si_status == 22 && si.si_code == CLD_EXITED);
    CHECK("FIONREAD", ioctl(q[0], FIONREAD, &avail) == 0 && avail == 11);
    ssize_t n = read(q[0], buf, sizeof buf);
    printf("chain: %.*s\n", (int)n, buf);
    /* A child killed by a signal. */
    pid_t c3 = fork();
    if (c3 == 0) { pause(); _exit(0); }
    CHECK("kill", kill(c3, SIGTERM) == 0);
    CHECK("signaled", waitpid(c3, &st, 0) == c3 && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
    CHECK("ECHILD", waitpid(-1, &st, WNOHANG) < 0 && errno == ECHILD);
    /* sendfile, splice, copy_file_range through a file. */
    int f = open("data", O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK("file", f >= 0 && write(f, "0123456789abcdef", 16) == 16);
    int r[2];
    pipe(r);
    off_t off = 4;
    CHECK("sendfile", sendfile(r[1], f, &off, 6) == 6 && off == 10);
    n = read(r[0], buf, sizeof buf);
    printf("sendfile: %.*s\n", (int)n, buf);
    loff_t in_off = 10;
    CHECK("splice", splice(f, &in_off, r[1], NULL, 6, 0) == 6);
    n = read(r[0], buf, sizeof buf);
    printf("splice: %.*s\n", (int)n, buf);
    int g = open("copy", O_CREAT | O_RDWR | O_TRUNC, 0644);
    loff_t o1 = 0, o2 = 0;
    CHECK("copy_file_range", copy_file_range(f, &o1, g, &o2, 16, 0) == 16);
    n = pread(g, buf, sizeof buf, 0);
    printf("copy: %.*s\n", (int)n, buf);
    CHECK("dup", dup(g) > g);
    unlink("data"); unlink("copy");
    return check_exit();
}
