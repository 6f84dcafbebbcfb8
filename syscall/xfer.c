/*
 * Moving data between descriptors inside the kernel: sendfile,
 * copy_file_range, splice, tee, vmsplice; and fallocate.
 *
 * The offsets are loff_t pointers into guest memory (same layout), and
 * vmsplice's iovecs hold guest addresses.
 */
#include <fcntl.h>
#include <limits.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "signals/signals.h"
#include "syscall/internal.h"

/* An optional guest loff_t *. */
#define OFF_ARG(var, addr)                                                   \
    int64_t *var = (addr) ? guest_buf(cpu, (addr), 8) : NULL;               \
    if ((addr) && !var)                                                      \
        return -EFAULT

static int64_t sys_sendfile(Cpu *cpu, const uint64_t *a)
{
    OFF_ARG(off, a[2]);
    return safe_syscall(SYS_sendfile, (int)a[0], (int)a[1], (long)off, (long)a[3], 0, 0);
}

static int64_t sys_copy_file_range(Cpu *cpu, const uint64_t *a)
{
    OFF_ARG(off_in, a[1]);
    OFF_ARG(off_out, a[3]);
    return host_result(syscall(SYS_copy_file_range, (int)a[0], off_in, (int)a[2], off_out,
                               (size_t)a[4], (unsigned)a[5]));
}

static int64_t sys_splice(Cpu *cpu, const uint64_t *a)
{
    OFF_ARG(off_in, a[1]);
    OFF_ARG(off_out, a[3]);
    return host_result(syscall(SYS_splice, (int)a[0], off_in, (int)a[2], off_out, (size_t)a[4],
                               (unsigned)a[5]));
}

static int64_t sys_tee(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_tee, (int)a[0], (int)a[1], (size_t)a[2], (unsigned)a[3]));
}

static int64_t sys_vmsplice(Cpu *cpu, const uint64_t *a)
{
    /* cf. linux: include/uapi/linux/uio.h: { base, len }, guest addresses */
    const struct { uint64_t base, len; } *g = guest_buf(cpu, a[1], a[2] * 16);
    struct iovec iov[IOV_MAX];

    if (a[2] > IOV_MAX)
        return -EINVAL;
    if (a[2] && !g)
        return -EFAULT;
    for (uint64_t i = 0; i < a[2]; i++) {
        iov[i].iov_len = g[i].len;
        iov[i].iov_base = guest_buf(cpu, g[i].base, g[i].len);
        if (!iov[i].iov_base && g[i].len)
            return -EFAULT;
    }
    return host_result(syscall(SYS_vmsplice, (int)a[0], iov, (unsigned long)a[2], (unsigned)a[3]));
}

static int64_t sys_fallocate(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_fallocate, (int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3]));
}

void syscall_register_xfer(SyscallDesc *t)
{
    SYSCALL(t, 47, fallocate, A_FD, A_HEX, A_INT, A_INT);
    SYSCALL(t, 71, sendfile, A_FD, A_FD, A_PTR, A_INT);
    SYSCALL(t, 75, vmsplice, A_FD, A_PTR, A_INT, A_HEX);
    SYSCALL(t, 76, splice, A_FD, A_PTR, A_FD, A_PTR, A_INT, A_HEX);
    SYSCALL(t, 77, tee, A_FD, A_FD, A_INT, A_HEX);
    SYSCALL(t, 285, copy_file_range, A_FD, A_PTR, A_FD, A_PTR, A_INT, A_HEX);
}
