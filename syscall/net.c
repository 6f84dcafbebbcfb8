/*
 * Sockets, for Unix and IP families.
 *
 * The socket ABI of asm-generic 64-bit equals x86-64's: the sockaddr
 * layouts, SOCK_* and MSG_* values, SOL_SOCKET option numbers, struct
 * linger/timeval/ucred option values, struct msghdr and struct cmsghdr
 * (cf. linux: include/linux/socket.h), and SCM_RIGHTS carries plain ints.
 * So only the pointers inside struct msghdr and its iovecs need converting
 * from guest to host addresses; the control buffer is used in place.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "signals/signals.h"
#include "syscall/internal.h"

/* An optional guest buffer: NULL when addr is 0, -EFAULT when bad. */
#define OPT_BUF(var, addr, len)                                              \
    void *var = (addr) ? guest_buf(cpu, (addr), (len)) : NULL;              \
    if ((addr) && !var)                                                      \
        return -EFAULT

/* A guest socklen_t *: checked, and the buffer it describes. */
static int64_t guest_socklen(Cpu *cpu, uint64_t buf_addr, uint64_t len_addr, void **buf,
                             socklen_t **lenp)
{
    *buf = NULL;
    *lenp = NULL;
    if (!len_addr)
        return buf_addr ? -EFAULT : 0;
    *lenp = guest_buf(cpu, len_addr, sizeof(socklen_t));
    if (!*lenp)
        return -EFAULT;
    if (buf_addr) {
        *buf = guest_buf(cpu, buf_addr, **lenp);
        if (!*buf)
            return -EFAULT;
    }
    return 0;
}

static int64_t sys_socket(Cpu *cpu, const uint64_t *a)
{
    return host_result(socket((int)a[0], (int)a[1], (int)a[2]));
}

static int64_t sys_socketpair(Cpu *cpu, const uint64_t *a)
{
    int *sv = guest_buf(cpu, a[3], 2 * sizeof(int));
    return sv ? host_result(socketpair((int)a[0], (int)a[1], (int)a[2], sv)) : -EFAULT;
}

static int64_t sys_bind(Cpu *cpu, const uint64_t *a)
{
    OPT_BUF(addr, a[1], a[2]);
    return host_result(bind((int)a[0], addr, (socklen_t)a[2]));
}

static int64_t sys_connect(Cpu *cpu, const uint64_t *a)
{
    OPT_BUF(addr, a[1], a[2]);
    return safe_syscall(SYS_connect, (int)a[0], (long)addr, (long)(socklen_t)a[2], 0, 0, 0);
}

static int64_t sys_listen(Cpu *cpu, const uint64_t *a)
{
    return host_result(listen((int)a[0], (int)a[1]));
}

static int64_t sys_accept4(Cpu *cpu, const uint64_t *a)
{
    void *addr;
    socklen_t *len;
    int64_t err = guest_socklen(cpu, a[1], a[2], &addr, &len);
    return err ? err : safe_syscall(SYS_accept4, (int)a[0], (long)addr, (long)len, (int)a[3], 0, 0);
}

static int64_t sys_accept(Cpu *cpu, const uint64_t *a)
{
    const uint64_t b[4] = { a[0], a[1], a[2], 0 };
    return sys_accept4(cpu, b);
}

static int64_t sys_getsockname(Cpu *cpu, const uint64_t *a)
{
    void *addr;
    socklen_t *len;
    int64_t err = guest_socklen(cpu, a[1], a[2], &addr, &len);
    return err ? err : host_result(getsockname((int)a[0], addr, len));
}

static int64_t sys_getpeername(Cpu *cpu, const uint64_t *a)
{
    void *addr;
    socklen_t *len;
    int64_t err = guest_socklen(cpu, a[1], a[2], &addr, &len);
    return err ? err : host_result(getpeername((int)a[0], addr, len));
}

static int64_t sys_sendto(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    OPT_BUF(addr, a[4], a[5]);
    if (!buf)
        return -EFAULT;
    return safe_syscall(SYS_sendto, (int)a[0], (long)buf, (long)a[2], (int)a[3], (long)addr, (long)(socklen_t)a[5]);
}

static int64_t sys_recvfrom(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    void *addr;
    socklen_t *len;
    int64_t err = guest_socklen(cpu, a[4], a[5], &addr, &len);
    if (err)
        return err;
    if (!buf)
        return -EFAULT;
    return safe_syscall(SYS_recvfrom, (int)a[0], (long)buf, (long)a[2], (int)a[3], (long)addr, (long)len);
}

static int64_t sys_setsockopt(Cpu *cpu, const uint64_t *a)
{
    OPT_BUF(val, a[3], a[4]);
    return host_result(setsockopt((int)a[0], (int)a[1], (int)a[2], val, (socklen_t)a[4]));
}

static int64_t sys_getsockopt(Cpu *cpu, const uint64_t *a)
{
    void *val;
    socklen_t *len;
    int64_t err = guest_socklen(cpu, a[3], a[4], &val, &len);
    return err ? err : host_result(getsockopt((int)a[0], (int)a[1], (int)a[2], val, len));
}

static int64_t sys_shutdown(Cpu *cpu, const uint64_t *a)
{
    return host_result(shutdown((int)a[0], (int)a[1]));
}

/* The guest's struct msghdr with its pointers made host pointers; iov must
 * hold IOV_MAX entries.  cf. linux: include/linux/socket.h (user_msghdr). */
struct guest_msghdr {
    uint64_t name;
    uint32_t namelen;
    uint32_t pad1;
    uint64_t iov;
    uint64_t iovlen;
    uint64_t control;
    uint64_t controllen;
    uint32_t flags;
    uint32_t pad2;
};
_Static_assert(sizeof(struct guest_msghdr) == sizeof(struct msghdr), "msghdr layouts agree");

static int64_t msghdr_from_guest(Cpu *cpu, struct guest_msghdr *g, struct msghdr *h,
                                 struct iovec *iov)
{
    if (g->iovlen > IOV_MAX)
        return -EMSGSIZE;
    memset(h, 0, sizeof *h);
    h->msg_name = g->name ? guest_buf(cpu, g->name, g->namelen) : NULL;
    h->msg_namelen = g->namelen;
    h->msg_control = g->control ? guest_buf(cpu, g->control, g->controllen) : NULL;
    h->msg_controllen = g->controllen;
    h->msg_flags = (int)g->flags;
    if ((g->name && !h->msg_name) || (g->control && !h->msg_control))
        return -EFAULT;
    const struct guest_iovec { uint64_t base, len; } *giov =
        guest_buf(cpu, g->iov, g->iovlen * 16);
    if (g->iovlen && !giov)
        return -EFAULT;
    for (uint64_t i = 0; i < g->iovlen; i++) {
        iov[i].iov_len = giov[i].len;
        iov[i].iov_base = guest_buf(cpu, giov[i].base, giov[i].len);
        if (!iov[i].iov_base && giov[i].len)
            return -EFAULT;
    }
    h->msg_iov = iov;
    h->msg_iovlen = g->iovlen;
    return 0;
}

/* What recvmsg changed in the header goes back to the guest's copy. */
static void msghdr_to_guest(const struct msghdr *h, struct guest_msghdr *g)
{
    g->namelen = h->msg_namelen;
    g->controllen = h->msg_controllen;
    g->flags = (uint32_t)h->msg_flags;
}

static int64_t sys_sendmsg(Cpu *cpu, const uint64_t *a)
{
    struct guest_msghdr *g = guest_buf(cpu, a[1], sizeof *g);
    struct iovec iov[IOV_MAX];
    struct msghdr h;
    int64_t err;

    if (!g)
        return -EFAULT;
    err = msghdr_from_guest(cpu, g, &h, iov);
    return err ? err : safe_syscall(SYS_sendmsg, (int)a[0], (long)&h, (int)a[2], 0, 0, 0);
}

static int64_t sys_recvmsg(Cpu *cpu, const uint64_t *a)
{
    struct guest_msghdr *g = guest_buf(cpu, a[1], sizeof *g);
    struct iovec iov[IOV_MAX];
    struct msghdr h;
    int64_t err;

    if (!g)
        return -EFAULT;
    err = msghdr_from_guest(cpu, g, &h, iov);
    if (err)
        return err;
    err = safe_syscall(SYS_recvmsg, (int)a[0], (long)&h, (int)a[2], 0, 0, 0);
    if (err >= 0)
        msghdr_to_guest(&h, g);
    return err;
}

/* cf. linux: include/linux/socket.h (struct mmsghdr) */
struct guest_mmsghdr {
    struct guest_msghdr hdr;
    uint32_t len;
    uint32_t pad;
};

/* sendmmsg/recvmmsg as a loop of single calls; recvmmsg's timeout is not
 * honoured between messages (the first call blocks as flags say). */
static int64_t mmsg(Cpu *cpu, const uint64_t *a, bool send)
{
    unsigned n = (unsigned)a[2];
    struct guest_mmsghdr *g = guest_buf(cpu, a[1], (uint64_t)n * sizeof *g);
    struct iovec *iov = malloc(IOV_MAX * sizeof *iov);
    int flags = (int)a[3];
    int64_t done = 0, r = 0;

    if (!g || !iov) {
        free(iov);
        return g ? -ENOMEM : -EFAULT;
    }
    for (unsigned i = 0; i < n && i < 1024; i++) {
        struct msghdr h;
        r = msghdr_from_guest(cpu, &g[i].hdr, &h, iov);
        if (r)
            break;
        r = safe_syscall(send ? SYS_sendmsg : SYS_recvmsg, (int)a[0], (long)&h, flags, 0, 0, 0);
        if (r < 0)
            break;
        if (!send)
            msghdr_to_guest(&h, &g[i].hdr);
        g[i].len = (uint32_t)r;
        done++;
        if (!send && (flags & MSG_WAITFORONE))
            flags |= MSG_DONTWAIT;
    }
    free(iov);
    return done ? done : r;
}

static int64_t sys_sendmmsg(Cpu *cpu, const uint64_t *a) { return mmsg(cpu, a, true); }
static int64_t sys_recvmmsg(Cpu *cpu, const uint64_t *a) { return mmsg(cpu, a, false); }

void syscall_register_net(SyscallDesc *t)
{
    SYSCALL(t, 198, socket, A_INT, A_HEX, A_INT);
    SYSCALL(t, 199, socketpair, A_INT, A_HEX, A_INT, A_PTR);
    SYSCALL(t, 200, bind, A_FD, A_PTR, A_INT);
    SYSCALL(t, 201, listen, A_FD, A_INT);
    SYSCALL(t, 202, accept, A_FD, A_PTR, A_PTR);
    SYSCALL(t, 203, connect, A_FD, A_PTR, A_INT);
    SYSCALL(t, 204, getsockname, A_FD, A_PTR, A_PTR);
    SYSCALL(t, 205, getpeername, A_FD, A_PTR, A_PTR);
    SYSCALL(t, 206, sendto, A_FD, A_BUF, A_INT, A_HEX, A_PTR, A_INT);
    SYSCALL(t, 207, recvfrom, A_FD, A_PTR, A_INT, A_HEX, A_PTR, A_PTR);
    SYSCALL(t, 208, setsockopt, A_FD, A_INT, A_INT, A_PTR, A_INT);
    SYSCALL(t, 209, getsockopt, A_FD, A_INT, A_INT, A_PTR, A_PTR);
    SYSCALL(t, 210, shutdown, A_FD, A_INT);
    SYSCALL(t, 211, sendmsg, A_FD, A_PTR, A_HEX);
    SYSCALL(t, 212, recvmsg, A_FD, A_PTR, A_HEX);
    SYSCALL(t, 242, accept4, A_FD, A_PTR, A_PTR, A_HEX);
    SYSCALL(t, 243, recvmmsg, A_FD, A_PTR, A_INT, A_HEX, A_PTR);
    SYSCALL(t, 269, sendmmsg, A_FD, A_PTR, A_INT, A_HEX);
}
