/*
 * Process identity, limits, scheduling and kill.  Signal actions and masks
 * are in signal.c, threads, futexes and exit in thread.c.
 */
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "core/log.h"
#include "syscall/internal.h"

static int64_t sys_getpid(Cpu *cpu, const uint64_t *a) { return getpid(); }
static int64_t sys_getppid(Cpu *cpu, const uint64_t *a) { return getppid(); }
static int64_t sys_getuid(Cpu *cpu, const uint64_t *a) { return getuid(); }
static int64_t sys_geteuid(Cpu *cpu, const uint64_t *a) { return geteuid(); }
static int64_t sys_getgid(Cpu *cpu, const uint64_t *a) { return getgid(); }
static int64_t sys_getegid(Cpu *cpu, const uint64_t *a) { return getegid(); }

static int64_t sys_uname(Cpu *cpu, const uint64_t *a)
{
    struct utsname *u = guest_buf(cpu, a[0], sizeof *u);   /* same layout everywhere */

    if (!u)
        return -EFAULT;
    if (uname(u) != 0)
        return -errno;
    snprintf(u->machine, sizeof u->machine, "%s", cpu->vm->isa->name);
    return 0;
}

static int64_t sys_prlimit64(Cpu *cpu, const uint64_t *a)
{
    /* struct rlimit64 and the RLIMIT_ numbers are the same as x86-64's. */
    const struct rlimit *newlim = a[2] ? guest_buf(cpu, a[2], sizeof *newlim) : NULL;
    struct rlimit *oldlim = a[3] ? guest_buf(cpu, a[3], sizeof *oldlim) : NULL;

    if ((a[2] && !newlim) || (a[3] && !oldlim))
        return -EFAULT;
    return host_result(prlimit((pid_t)a[0], (int)a[1], newlim, oldlim));
}

static int64_t sys_getrlimit(Cpu *cpu, const uint64_t *a)
{
    struct rlimit *r = guest_buf(cpu, a[1], sizeof *r);
    return r ? host_result(getrlimit((int)a[0], r)) : -EFAULT;
}

static int64_t sys_setrlimit(Cpu *cpu, const uint64_t *a)
{
    const struct rlimit *r = guest_buf(cpu, a[1], sizeof *r);
    return r ? host_result(setrlimit((int)a[0], r)) : -EFAULT;
}

static int64_t sys_getrandom(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[0], a[1]);
    return buf ? host_result(getrandom(buf, a[1], (unsigned)a[2])) : -EFAULT;
}

static int64_t sys_kill(Cpu *cpu, const uint64_t *a)
{
    return host_result(kill((pid_t)a[0], (int)a[1]));
}

static int64_t sys_tgkill(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]));
}

static int64_t sys_tkill(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_tkill, (pid_t)a[0], (int)a[1]));
}

static int64_t sys_sched_getaffinity(Cpu *cpu, const uint64_t *a)
{
    void *mask = guest_buf(cpu, a[2], a[1]);
    return mask ? host_result(syscall(SYS_sched_getaffinity, (pid_t)a[0], a[1], mask)) : -EFAULT;
}

static int64_t sys_sched_yield(Cpu *cpu, const uint64_t *a)
{
    return host_result(sched_yield());
}

static int64_t sys_sysinfo(Cpu *cpu, const uint64_t *a)
{
    struct sysinfo *si = guest_buf(cpu, a[0], sizeof *si);  /* same layout on 64-bit */
    return si ? host_result(sysinfo(si)) : -EFAULT;
}

static int64_t sys_getrusage(Cpu *cpu, const uint64_t *a)
{
    struct rusage *ru = guest_buf(cpu, a[1], sizeof *ru);  /* same layout on 64-bit */
    return ru ? host_result(getrusage((int)a[0], ru)) : -EFAULT;
}

static int64_t sys_prctl(Cpu *cpu, const uint64_t *a)
{
    switch ((int)a[0]) {
    case PR_SET_NAME: {
        char name[16];
        int64_t n = guest_string(cpu, a[1], name, sizeof name);
        if (n < 0 && n != -ENAMETOOLONG)
            return n;
        name[15] = 0;
        return host_result(prctl(PR_SET_NAME, name));
    }
    case PR_GET_NAME: {
        char *buf = guest_buf(cpu, a[1], 16);
        return buf ? host_result(prctl(PR_GET_NAME, buf)) : -EFAULT;
    }
    case PR_GET_DUMPABLE: case PR_SET_DUMPABLE: case PR_GET_PDEATHSIG: case PR_SET_PDEATHSIG:
    case PR_SET_NO_NEW_PRIVS: case PR_GET_NO_NEW_PRIVS: case PR_SET_CHILD_SUBREAPER:
    case PR_GET_CHILD_SUBREAPER:
        if ((int)a[0] == PR_GET_PDEATHSIG || (int)a[0] == PR_GET_CHILD_SUBREAPER) {
            int *p = guest_buf(cpu, a[1], sizeof(int));
            return p ? host_result(prctl((int)a[0], p)) : -EFAULT;
        }
        return host_result(prctl((int)a[0], a[1], a[2], a[3], a[4]));
    default:
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: prctl option %d\n", (int)a[0]);
        return -EINVAL;
    }
}

static int64_t sys_sched_setaffinity(Cpu *cpu, const uint64_t *a)
{
    const void *mask = guest_buf(cpu, a[2], a[1]);
    return mask ? host_result(syscall(SYS_sched_setaffinity, (pid_t)a[0], a[1], mask)) : -EFAULT;
}

static int64_t sys_sched_getscheduler(Cpu *cpu, const uint64_t *a)
{
    return host_result(sched_getscheduler((pid_t)a[0]));
}

static int64_t sys_sched_getparam(Cpu *cpu, const uint64_t *a)
{
    struct sched_param *p = guest_buf(cpu, a[1], sizeof *p);
    return p ? host_result(sched_getparam((pid_t)a[0], p)) : -EFAULT;
}

static int64_t sys_sched_get_priority_max(Cpu *cpu, const uint64_t *a)
{
    return host_result(sched_get_priority_max((int)a[0]));
}

static int64_t sys_sched_get_priority_min(Cpu *cpu, const uint64_t *a)
{
    return host_result(sched_get_priority_min((int)a[0]));
}

static int64_t sys_getcpu(Cpu *cpu, const uint64_t *a)
{
    unsigned *c = a[0] ? guest_buf(cpu, a[0], 4) : NULL, *n = a[1] ? guest_buf(cpu, a[1], 4) : NULL;
    if ((a[0] && !c) || (a[1] && !n))
        return -EFAULT;
    return host_result(syscall(SYS_getcpu, c, n, NULL));
}

void syscall_register_proc(SyscallDesc *t)
{
    SYSCALL(t, 120, sched_getscheduler, A_INT);
    SYSCALL(t, 121, sched_getparam, A_INT, A_PTR);
    SYSCALL(t, 122, sched_setaffinity, A_INT, A_INT, A_PTR);
    SYSCALL(t, 125, sched_get_priority_max, A_INT);
    SYSCALL(t, 126, sched_get_priority_min, A_INT);
    SYSCALL(t, 168, getcpu, A_PTR, A_PTR, A_PTR);
    SYSCALL(t, 123, sched_getaffinity, A_INT, A_INT, A_PTR);
    SYSCALL(t, 124, sched_yield);
    SYSCALL(t, 129, kill, A_INT, A_SIG);
    SYSCALL(t, 130, tkill, A_INT, A_SIG);
    SYSCALL(t, 131, tgkill, A_INT, A_INT, A_SIG);
    SYSCALL(t, 160, uname, A_PTR);
    SYSCALL(t, 163, getrlimit, A_INT, A_PTR);
    SYSCALL(t, 164, setrlimit, A_INT, A_PTR);
    SYSCALL(t, 165, getrusage, A_INT, A_PTR);
    SYSCALL(t, 167, prctl, A_INT, A_HEX, A_HEX, A_HEX, A_HEX);
    SYSCALL(t, 172, getpid);
    SYSCALL(t, 173, getppid);
    SYSCALL(t, 174, getuid);
    SYSCALL(t, 175, geteuid);
    SYSCALL(t, 176, getgid);
    SYSCALL(t, 177, getegid);
    SYSCALL(t, 179, sysinfo, A_PTR);
    SYSCALL(t, 261, prlimit64, A_INT, A_INT, A_PTR, A_PTR);
    SYSCALL(t, 278, getrandom, A_PTR, A_INT, A_HEX);
}
