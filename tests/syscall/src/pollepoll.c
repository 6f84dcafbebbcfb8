/* poll, ppoll, pselect, epoll loops over pipes; eventfd, timerfd, signalfd. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
    int p[2], st;
    char buf[64];

    pipe(p);
    struct pollfd pf = { p[0], POLLIN, 0 };
    CHECK("poll empty times out", poll(&pf, 1, 10) == 0);
    write(p[1], "x", 1);
    CHECK("poll readable", poll(&pf, 1, 1000) == 1 && (pf.revents & POLLIN));
    struct timespec ts = { 0, 1000000 };
    sigset_t none;
    sigemptyset(&none);
    CHECK("ppoll", ppoll(&pf, 1, &ts, &none) == 1);
    fd_set rs;
    FD_ZERO(&rs);
    FD_SET(p[0], &rs);
    CHECK("pselect", pselect(p[0] + 1, &rs, NULL, NULL, &ts, &none) == 1 && FD_ISSET(p[0], &rs));
    struct timeval tv = { 0, 1000 };
    FD_ZERO(&rs);
    FD_SET(p[0], &rs);
    CHECK("select", select(p[0] + 1, &rs, NULL, NULL, &tv) == 1);
    read(p[0], buf, 1);

    /* An epoll loop: three children write tagged messages. */
    int ep = epoll_create1(EPOLL_CLOEXEC);
    CHECK("epoll_create1", ep >= 0);
    int pipes[3][2];
    for (int i = 0; i < 3; i++) {
        pipe(pipes[i]);
        struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334400000000ULL + i };
        epoll_ctl(ep, EPOLL_CTL_ADD, pipes[i][0], &ev);
        if (fork() == 0) {
            char m[16];
            int len = snprintf(m, sizeof m, "child%d", i);
            usleep(1000 * (i + 1) * 5);
            write(pipes[i][1], m, len);
            _exit(0);
        }
        close(pipes[i][1]);
    }
    int open_pipes = 3, seen[3] = { 0 };
    while (open_pipes > 0) {
        struct epoll_event evs[4];
        int n = epoll_wait(ep, evs, 4, 5000);
        if (n <= 0)
            break;
        for (int k = 0; k < n; k++) {
            int i = (int)(evs[k].data.u64 & 0xff);
            if ((evs[k].data.u64 >> 32) != 0x11223344)
                printf("bad data %llx\n", (unsigned long long)evs[k].data.u64);
            ssize_t r = read(pipes[i][0], buf, sizeof buf);
            if (r > 0)
                seen[i] += (int)r;
            if (r == 0 || (evs[k].events & EPOLLHUP && r <= 0)) {
                epoll_ctl(ep, EPOLL_CTL_DEL, pipes[i][0], NULL);
                open_pipes--;
            }
        }
    }
    for (int i = 0; i < 3; i++)
        printf("epoll child%d bytes %d\n", i, seen[i]);
    while (wait(&st) > 0)
        ;

    int efd = eventfd(3, EFD_NONBLOCK);
    uint64_t v = 4;
    CHECK("eventfd write", write(efd, &v, 8) == 8);
    CHECK("eventfd read", read(efd, &v, 8) == 8 && v == 7);
    CHECK("eventfd empty", read(efd, &v, 8) < 0 && errno == EAGAIN);

    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    struct itimerspec its = { { 0, 2000000 }, { 0, 2000000 } }, cur;
    CHECK("timerfd_settime", timerfd_settime(tfd, 0, &its, NULL) == 0);
    CHECK("timerfd_gettime", timerfd_gettime(tfd, &cur) == 0 && cur.it_interval.tv_nsec == 2000000);
    CHECK("timerfd expires", read(tfd, &v, 8) == 8 && v >= 1);

    sigset_t usr;
    sigemptyset(&usr);
    sigaddset(&usr, SIGUSR1);
    CHECK("block SIGUSR1", sigprocmask(SIG_BLOCK, &usr, NULL) == 0);
    int sfd = signalfd(-1, &usr, SFD_CLOEXEC);
    CHECK("signalfd", sfd >= 0);
    kill(getpid(), SIGUSR1);
    struct signalfd_siginfo ssi;
    CHECK("signalfd read", read(sfd, &ssi, sizeof ssi) == sizeof ssi && ssi.ssi_signo == SIGUSR1 && ssi.ssi_pid == (uint32_t)getpid());
    sigset_t pend;
    kill(getpid(), SIGUSR1);
    CHECK("sigpending", sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1));
    int sig = 0;
    CHECK("sigwait", sigwait(&usr, &sig) == 0 && sig == SIGUSR1);
    return check_exit();
}
