/*
 * Time system calls.  struct timespec, timeval, tms and itimerval are the
 * same on asm-generic 64-bit and x86-64, and the clock ids and ITIMER_*
 * numbers are shared, so these pass through with their pointers checked.
 */
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "signals/signals.h"
#include "syscall/internal.h"

static int64_t sys_clock_gettime(Cpu *cpu, const uint64_t *a)
{
    struct timespec *ts = guest_buf(cpu, a[1], sizeof *ts);
    return ts ? host_result(syscall(SYS_clock_gettime, (clockid_t)a[0], ts)) : -EFAULT;
}

static int64_t sys_clock_getres(Cpu *cpu, const uint64_t *a)
{
    struct timespec *ts = a[1] ? guest_buf(cpu, a[1], sizeof *ts) : NULL;
    if (a[1] && !ts)
        return -EFAULT;
    return host_result(syscall(SYS_clock_getres, (clockid_t)a[0], ts));
}

static int64_t sys_gettimeofday(Cpu *cpu, const uint64_t *a)
{
    struct timeval *tv = a[0] ? guest_buf(cpu, a[0], sizeof *tv) : NULL;
    struct timezone *tz = a[1] ? guest_buf(cpu, a[1], sizeof *tz) : NULL;
    if ((a[0] && !tv) || (a[1] && !tz))
        return -EFAULT;
    return host_result(syscall(SYS_gettimeofday, tv, tz));
}

static int64_t sys_nanosleep(Cpu *cpu, const uint64_t *a)
{
    const struct timespec *req = guest_buf(cpu, a[0], sizeof *req);
    struct timespec *rem = a[1] ? guest_buf(cpu, a[1], sizeof *rem) : NULL;
    if (!req || (a[1] && !rem))
        return -EFAULT;
    return safe_syscall(SYS_nanosleep, (long)req, (long)rem, 0, 0, 0, 0);
}

static int64_t sys_clock_nanosleep(Cpu *cpu, const uint64_t *a)
{
    const struct timespec *req = guest_buf(cpu, a[2], sizeof *req);
    struct timespec *rem = a[3] ? guest_buf(cpu, a[3], sizeof *rem) : NULL;
    if (!req || (a[3] && !rem))
        return -EFAULT;
    return safe_syscall(SYS_clock_nanosleep, (clockid_t)a[0], (int)a[1], (long)req, (long)rem, 0, 0);
}

static int64_t sys_times(Cpu *cpu, const uint64_t *a)
{
    struct tms *t = a[0] ? guest_buf(cpu, a[0], sizeof *t) : NULL;
    if (a[0] && !t)
        return -EFAULT;
    return host_result(syscall(SYS_times, t));
}

static int64_t sys_getitimer(Cpu *cpu, const uint64_t *a)
{
    struct itimerval *v = guest_buf(cpu, a[1], sizeof *v);
    return v ? host_result(syscall(SYS_getitimer, (int)a[0], v)) : -EFAULT;
}

static int64_t sys_setitimer(Cpu *cpu, const uint64_t *a)
{
    const struct itimerval *nv = guest_buf(cpu, a[1], sizeof *nv);
    struct itimerval *old = a[2] ? guest_buf(cpu, a[2], sizeof *old) : NULL;
    if (!nv || (a[2] && !old))
        return -EFAULT;
    return host_result(syscall(SYS_setitimer, (int)a[0], nv, old));
}

static int64_t sys_clock_settime(Cpu *cpu, const uint64_t *a)
{
    const struct timespec *ts = guest_buf(cpu, a[1], sizeof *ts);
    return ts ? host_result(syscall(SYS_clock_settime, (clockid_t)a[0], ts)) : -EFAULT;
}

static int64_t sys_settimeofday(Cpu *cpu, const uint64_t *a)
{
    const struct timeval *tv = a[0] ? guest_buf(cpu, a[0], sizeof *tv) : NULL;
    const struct timezone *tz = a[1] ? guest_buf(cpu, a[1], sizeof *tz) : NULL;
    if ((a[0] && !tv) || (a[1] && !tz))
        return -EFAULT;
    return host_result(syscall(SYS_settimeofday, tv, tz));
}

void syscall_register_time(SyscallDesc *t)
{
    SYSCALL(t, 102, getitimer, A_INT, A_PTR);
    SYSCALL(t, 103, setitimer, A_INT, A_PTR, A_PTR);
    SYSCALL(t, 112, clock_settime, A_INT, A_PTR);
    SYSCALL(t, 170, settimeofday, A_PTR, A_PTR);
    SYSCALL(t, 101, nanosleep, A_PTR, A_PTR);
    SYSCALL(t, 113, clock_gettime, A_INT, A_PTR);
    SYSCALL(t, 114, clock_getres, A_INT, A_PTR);
    SYSCALL(t, 115, clock_nanosleep, A_INT, A_INT, A_PTR, A_PTR);
    SYSCALL(t, 153, times, A_PTR);
    SYSCALL(t, 169, gettimeofday, A_PTR, A_PTR);
}
