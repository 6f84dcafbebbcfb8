/*
 * Waiting on descriptors: poll/ppoll, pselect6, epoll, and the descriptor
 * kinds programs wait on (eventfd, signalfd, timerfd, inotify).
 *
 * struct pollfd, fd_set, struct timespec, struct itimerspec, struct
 * signalfd_siginfo and struct inotify_event have the same layout on
 * asm-generic 64-bit and x86-64 and pass through.  Two things do not:
 *   - struct epoll_event is packed on x86-64 (12 bytes) but naturally
 *     aligned on riscv64 and aarch64 (16 bytes); converted both ways.
 *   - the signal masks the guest passes (ppoll, pselect6, epoll_pwait,
 *     signalfd4) must never block SIGSEGV and SIGBUS, which xlat needs.
 * pselect6's sixth argument points at { const sigset_t *ss; size_t len },
 * whose pointer is a guest address.
 */
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "signals/signals.h"
#include "syscall/internal.h"

/* The guest's sigset with xlat's fault signals removed; NULL stays NULL. */
static int64_t guest_sigmask(const Cpu *cpu, uint64_t addr, uint64_t size, uint64_t *out,
                             uint64_t **use)
{
    *use = NULL;
    if (!addr)
        return 0;
    if (size != 8)
        return -EINVAL;
    const uint64_t *s = guest_buf(cpu, addr, 8);
    if (!s)
        return -EFAULT;
    *out = *s & ~((1ULL << (SIGSEGV - 1)) | (1ULL << (SIGBUS - 1)));
    *use = out;
    return 0;
}

static int64_t sys_ppoll(Cpu *cpu, const uint64_t *a)
{
    uint64_t nfds = a[1], mask, *maskp;
    struct pollfd *fds = guest_buf(cpu, a[0], nfds * sizeof *fds);
    struct timespec *ts = a[2] ? guest_buf(cpu, a[2], sizeof *ts) : NULL;
    int64_t err = guest_sigmask(cpu, a[3], a[4], &mask, &maskp);

    if (err)
        return err;
    if ((nfds && !fds) || (a[2] && !ts))
        return -EFAULT;
    return safe_syscall(SYS_ppoll, (long)(nfds ? fds : NULL), (long)nfds, (long)ts, (long)maskp, 8, 0);
}

static int64_t sys_pselect6(Cpu *cpu, const uint64_t *a)
{
    int n = (int)a[0];
    size_t setsize = n > 0 ? ((size_t)n + 63) / 64 * 8 : 0;
    void *sets[3];
    struct timespec *ts = a[4] ? guest_buf(cpu, a[4], sizeof *ts) : NULL;
    struct { uint64_t *ss; uint64_t len; } sig = { NULL, 8 };
    uint64_t mask;

    if (n < 0)
        return -EINVAL;
    for (int i = 0; i < 3; i++) {
        sets[i] = a[1 + i] ? guest_buf(cpu, a[1 + i], setsize) : NULL;
        if (a[1 + i] && !sets[i])
            return -EFAULT;
    }
    if (a[4] && !ts)
        return -EFAULT;
    if (a[5]) {
        const uint64_t *g = guest_buf(cpu, a[5], 16);   /* { ss, len } */
        if (!g)
            return -EFAULT;
        int64_t err = guest_sigmask(cpu, g[0], g[1], &mask, &sig.ss);
        if (err)
            return err;
    }
    return safe_syscall(SYS_pselect6, n, (long)sets[0], (long)sets[1], (long)sets[2], (long)ts,
                        (long)(a[5] ? &sig : NULL));
}

/* cf. linux: include/uapi/linux/eventpoll.h: packed only on x86-64. */
struct guest_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
};
_Static_assert(sizeof(struct epoll_event) == 12, "x86-64 epoll_event is packed");

static int64_t sys_epoll_create1(Cpu *cpu, const uint64_t *a)
{
    return host_result(epoll_create1((int)a[0]));
}

static int64_t sys_epoll_ctl(Cpu *cpu, const uint64_t *a)
{
    struct epoll_event ev = { 0 }, *evp = NULL;

    if (a[3]) {
        const struct guest_epoll_event *g = guest_buf(cpu, a[3], sizeof *g);
        if (!g)
            return -EFAULT;
        ev.events = g->events;
        ev.data.u64 = g->data;
        evp = &ev;
    }
    return host_result(epoll_ctl((int)a[0], (int)a[1], (int)a[2], evp));
}

/* epoll_pwait and epoll_pwait2 (timeout a timespec) share this. */
static int64_t epoll_wait_common(Cpu *cpu, const uint64_t *a, bool pwait2)
{
    int maxevents = (int)a[2];
    uint64_t mask, *maskp;
    struct guest_epoll_event *out;
    struct epoll_event *ev;
    int64_t r;

    if (maxevents <= 0 || maxevents > 1 << 20)
        return -EINVAL;
    out = guest_buf(cpu, a[1], (uint64_t)maxevents * sizeof *out);
    if (!out)
        return -EFAULT;
    r = guest_sigmask(cpu, a[4], a[5], &mask, &maskp);
    if (r)
        return r;
    ev = malloc((size_t)maxevents * sizeof *ev);
    if (!ev)
        return -ENOMEM;
    if (pwait2) {
        struct timespec *ts = a[3] ? guest_buf(cpu, a[3], sizeof *ts) : NULL;
        r = (a[3] && !ts) ? -EFAULT
                          : safe_syscall(SYS_epoll_pwait2, (int)a[0], (long)ev, maxevents, (long)ts,
                                         (long)maskp, 8);
    } else {
        r = safe_syscall(SYS_epoll_pwait, (int)a[0], (long)ev, maxevents, (int)a[3], (long)maskp, 8);
    }
    for (int64_t i = 0; i < r; i++) {
        out[i].events = ev[i].events;
        out[i].pad = 0;
        out[i].data = ev[i].data.u64;
    }
    free(ev);
    return r;
}

static int64_t sys_epoll_pwait(Cpu *cpu, const uint64_t *a)
{
    return epoll_wait_common(cpu, a, false);
}

static int64_t sys_epoll_pwait2(Cpu *cpu, const uint64_t *a)
{
    return epoll_wait_common(cpu, a, true);
}

static int64_t sys_eventfd2(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_eventfd2, (unsigned)a[0], (int)a[1]));
}

static int64_t sys_signalfd4(Cpu *cpu, const uint64_t *a)
{
    uint64_t mask, *maskp;
    int64_t err = guest_sigmask(cpu, a[1], a[2], &mask, &maskp);

    if (err)
        return err;
    if (!maskp)
        return -EFAULT;
    return host_result(syscall(SYS_signalfd4, (int)a[0], maskp, 8, (int)a[3]));
}

static int64_t sys_timerfd_create(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_timerfd_create, (int)a[0], (int)a[1]));
}

static int64_t sys_timerfd_settime(Cpu *cpu, const uint64_t *a)
{
    const struct itimerspec *nv = guest_buf(cpu, a[2], sizeof *nv);
    struct itimerspec *old = a[3] ? guest_buf(cpu, a[3], sizeof *old) : NULL;

    if (!nv || (a[3] && !old))
        return -EFAULT;
    return host_result(syscall(SYS_timerfd_settime, (int)a[0], (int)a[1], nv, old));
}

static int64_t sys_timerfd_gettime(Cpu *cpu, const uint64_t *a)
{
    struct itimerspec *cur = guest_buf(cpu, a[1], sizeof *cur);
    return cur ? host_result(syscall(SYS_timerfd_gettime, (int)a[0], cur)) : -EFAULT;
}

static int64_t sys_inotify_init1(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_inotify_init1, (int)a[0]));
}

static int64_t sys_inotify_add_watch(Cpu *cpu, const uint64_t *a)
{
    char path[4096];
    int64_t err = guest_path(cpu, a[1], path, sizeof path);
    if (err < 0)
        return err;
    return host_result(syscall(SYS_inotify_add_watch, (int)a[0], path, (uint32_t)a[2]));
}

static int64_t sys_inotify_rm_watch(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_inotify_rm_watch, (int)a[0], (int)a[1]));
}

void syscall_register_poll(SyscallDesc *t)
{
    SYSCALL(t, 19, eventfd2, A_INT, A_OFLAGS);
    SYSCALL(t, 20, epoll_create1, A_OFLAGS);
    SYSCALL(t, 21, epoll_ctl, A_FD, A_INT, A_FD, A_PTR);
    SYSCALL(t, 22, epoll_pwait, A_FD, A_PTR, A_INT, A_INT, A_PTR, A_INT);
    SYSCALL(t, 26, inotify_init1, A_OFLAGS);
    SYSCALL(t, 27, inotify_add_watch, A_FD, A_STR, A_HEX);
    SYSCALL(t, 28, inotify_rm_watch, A_FD, A_INT);
    SYSCALL(t, 72, pselect6, A_INT, A_PTR, A_PTR, A_PTR, A_PTR, A_PTR);
    SYSCALL(t, 73, ppoll, A_PTR, A_INT, A_PTR, A_PTR, A_INT);
    SYSCALL(t, 74, signalfd4, A_FD, A_PTR, A_INT, A_OFLAGS);
    SYSCALL(t, 85, timerfd_create, A_INT, A_OFLAGS);
    SYSCALL(t, 86, timerfd_settime, A_FD, A_HEX, A_PTR, A_PTR);
    SYSCALL(t, 87, timerfd_gettime, A_FD, A_PTR);
    SYSCALL(t, 441, epoll_pwait2, A_FD, A_PTR, A_INT, A_PTR, A_PTR, A_INT);
}
