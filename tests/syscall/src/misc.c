/* Processes, identity, limits, time and system information. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
    int st;
    uid_t r, e, s;
    gid_t gr, ge, gs;

    CHECK("getresuid", getresuid(&r, &e, &s) == 0 && r == getuid() && e == geteuid());
    CHECK("getresgid", getresgid(&gr, &ge, &gs) == 0 && gr == getgid() && ge == getegid());
    CHECK("setresuid same", setresuid(-1, -1, -1) == 0);
    gid_t groups[256];
    int ng = getgroups(256, groups);
    CHECK("getgroups", ng >= 0 && getgroups(0, NULL) == ng);
    CHECK("setuid to self", setuid(getuid()) == 0);
    CHECK("getpid/getppid", getpid() > 0 && getppid() > 0 && gettid() == getpid());
    pid_t c = fork();
    if (c == 0) {
        pid_t sid = setsid();
        _exit(sid == getpid() && getsid(0) == getpid() && getpgid(0) == getpid() ? 0 : 1);
    }
    CHECK("setsid in child", waitpid(c, &st, 0) == c && WEXITSTATUS(st) == 0);
    c = fork();
    if (c == 0)
        _exit(setpgid(0, 0) == 0 && getpgrp() == getpid() ? 0 : 1);
    CHECK("setpgid in child", waitpid(c, &st, 0) == c && WEXITSTATUS(st) == 0);
    struct rlimit rl;
    CHECK("getrlimit", getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur > 0);
    struct rlimit nrl = { 64, rl.rlim_max };
    CHECK("setrlimit", setrlimit(RLIMIT_NOFILE, &nrl) == 0 && getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == 64);
    struct rusage ru;
    CHECK("getrusage", getrusage(RUSAGE_SELF, &ru) == 0 && getrusage(RUSAGE_CHILDREN, &ru) == 0);
    cpu_set_t set;
    CHECK("sched_getaffinity", sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0);
    CHECK("personality query", personality(0xffffffff) == 0);
    char name[16];
    CHECK("prctl name", prctl(PR_SET_NAME, "xlat-test") == 0 && prctl(PR_GET_NAME, name) == 0 && !strcmp(name, "xlat-test"));
    struct utsname u;
    CHECK("uname", uname(&u) == 0 && u.sysname[0] == 'L');
    struct sysinfo si;
    CHECK("sysinfo", sysinfo(&si) == 0 && si.totalram > 0 && si.mem_unit > 0);
    unsigned char rnd[16];
    CHECK("getrandom", getrandom(rnd, sizeof rnd, 0) == 16);
    struct timespec t0, t1, res;
    CHECK("clock_gettime", clock_gettime(CLOCK_MONOTONIC, &t0) == 0);
    struct timespec nap = { 0, 2000000 };
    CHECK("nanosleep", nanosleep(&nap, NULL) == 0);
    CHECK("clock_nanosleep", clock_nanosleep(CLOCK_MONOTONIC, 0, &nap, NULL) == 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    CHECK("time advances", (t1.tv_sec - t0.tv_sec) * 1000000000LL + t1.tv_nsec - t0.tv_nsec >= 4000000);
    CHECK("clock_getres", clock_getres(CLOCK_REALTIME, &res) == 0 && res.tv_sec == 0);
    struct timeval tv;
    CHECK("gettimeofday", gettimeofday(&tv, NULL) == 0 && tv.tv_sec > 1600000000);
    CHECK("time", time(NULL) > 1600000000);
    struct tms tm;
    CHECK("times", times(&tm) != (clock_t)-1);
    struct itimerval it = { { 0, 0 }, { 100, 0 } }, old;
    CHECK("setitimer", setitimer(ITIMER_REAL, &it, NULL) == 0);
    CHECK("getitimer", getitimer(ITIMER_REAL, &old) == 0 && old.it_value.tv_sec >= 99);
    memset(&it, 0, sizeof it);
    CHECK("setitimer off", setitimer(ITIMER_REAL, &it, &old) == 0);
    CHECK("sigprocmask", sigprocmask(SIG_SETMASK, NULL, NULL) == 0);
    CHECK("signal ignore", signal(SIGUSR2, SIG_IGN) != SIG_ERR && raise(SIGUSR2) == 0);
    CHECK("getpriority", getpriority(PRIO_PROCESS, 0) >= -20);
    umask(022);
    CHECK("umask", umask(022) == 022);
    return check_exit();
}
