/* SIGALRM from setitimer interrupting a blocking read on a pipe: without
 * SA_RESTART read fails with EINTR; with SA_RESTART it goes on and returns
 * the data a child writes later.  Also: nanosleep interrupted (never
 * restarted), pause, and a periodic timer delivered to a busy loop. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int alarms;

static void on_alarm(int sig)
{
    alarms++;
}

static void arm(long usec, long interval)
{
    struct itimerval it = { { 0, interval }, { 0, usec } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void set_handler(int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
}

int main(void)
{
    int fd[2];
    char buf[32];

    /* Without SA_RESTART. */
    set_handler(0);
    if (pipe(fd) != 0)
        return 1;
    arm(50000, 0);
    ssize_t n = read(fd[0], buf, sizeof buf);
    printf("no SA_RESTART: read=%zd errno=%s alarms=%d\n", n, n < 0 && errno == EINTR ? "EINTR" : "other",
           alarms);

    /* With SA_RESTART: the alarm fires at 50 ms, the child writes at 300 ms. */
    set_handler(SA_RESTART);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        usleep(300000);
        if (write(fd[1], "late data", 9) != 9)
            _exit(1);
        _exit(0);
    }
    close(fd[1]);
    alarms = 0;
    arm(50000, 0);
    n = read(fd[0], buf, sizeof buf);
    printf("SA_RESTART: read=%zd data=%.*s alarms=%d\n", n, n > 0 ? (int)n : 0, buf, alarms);
    waitpid(pid, NULL, 0);
    close(fd[0]);

    /* nanosleep is never restarted: it returns EINTR with the time left. */
    alarms = 0;
    arm(30000, 0);
    struct timespec req = { 2, 0 }, rem = { 0, 0 };
    int r = nanosleep(&req, &rem);
    printf("nanosleep: r=%d errno=%s alarms=%d remaining>1s %d\n", r,
           r < 0 && errno == EINTR ? "EINTR" : "other", alarms, rem.tv_sec >= 1);

    /* A periodic timer reaches a busy loop. */
    alarms = 0;
    arm(10000, 10000);
    volatile unsigned long spin = 0;
    while (alarms < 5)
        spin++;
    arm(0, 0);
    /* One more may land between the loop's test and the disarm. */
    printf("periodic timer in a busy loop: at least 5 alarms %d\n", alarms >= 5);

    /* pause() until the next alarm. */
    alarms = 0;
    arm(50000, 0);
    r = pause();
    printf("pause: r=%d errno=%s alarms=%d\n", r, errno == EINTR ? "EINTR" : "other", alarms);
    return 0;
}
