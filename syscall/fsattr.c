/*
 * File-system names and attributes: links, device nodes, ownership,
 * times, statfs, extended attributes, locks, sync, close_range and
 * memfd_create.
 *
 * The structures involved (struct timespec[2], struct statfs) have the
 * same layout on asm-generic 64-bit and x86-64; statfs is still copied
 * field by field through a mirror of the guest's header, so that the
 * guest's layout is written down where it is used.  Paths go through
 * guest_path() (sysroot first).
 */
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "core/log.h"
#include "signals/signals.h"
#include "syscall/internal.h"

#define PATH_ARG(var, idx)                                                     \
    char var[PATH_MAX];                                                        \
    do {                                                                       \
        int64_t perr_ = guest_path(cpu, a[idx], var, sizeof var);              \
        if (perr_ < 0)                                                         \
            return perr_;                                                      \
    } while (0)

static int64_t sys_mknodat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(path, 1);
    return host_result(mknodat((int)a[0], path, (mode_t)a[2], (dev_t)a[3]));
}

static int64_t sys_symlinkat(Cpu *cpu, const uint64_t *a)
{
    char target[PATH_MAX];
    /* The link's contents are stored as given, never sysroot-mapped. */
    int64_t n = guest_string(cpu, a[0], target, sizeof target);
    if (n < 0)
        return n;
    PATH_ARG(path, 2);
    return host_result(symlinkat(target, (int)a[1], path));
}

static int64_t sys_linkat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(from, 1);
    PATH_ARG(to, 3);
    return host_result(linkat((int)a[0], from, (int)a[2], to, (int)a[4]));
}

/* cf. linux: include/uapi/asm-generic/statfs.h (64-bit: __statfs_word is long) */
struct guest_statfs {
    int64_t f_type;
    int64_t f_bsize;
    uint64_t f_blocks, f_bfree, f_bavail, f_files, f_ffree;
    int32_t f_fsid[2];
    int64_t f_namelen;
    int64_t f_frsize;
    int64_t f_flags;
    int64_t f_spare[4];
};
_Static_assert(sizeof(struct guest_statfs) == 120, "asm-generic struct statfs is 120 bytes");

static int64_t statfs_to_guest(Cpu *cpu, uint64_t addr, const struct statfs *s)
{
    struct guest_statfs *g = guest_buf(cpu, addr, sizeof *g);
    struct guest_statfs v = {
        .f_type = s->f_type, .f_bsize = s->f_bsize, .f_blocks = s->f_blocks,
        .f_bfree = s->f_bfree, .f_bavail = s->f_bavail, .f_files = s->f_files,
        .f_ffree = s->f_ffree, .f_namelen = s->f_namelen, .f_frsize = s->f_frsize,
        .f_flags = s->f_flags,
    };

    if (!g)
        return -EFAULT;
    memcpy(v.f_fsid, &s->f_fsid, sizeof v.f_fsid);
    memcpy(g, &v, sizeof v);
    return 0;
}

static int64_t sys_statfs(Cpu *cpu, const uint64_t *a)
{
    struct statfs s;
    PATH_ARG(path, 0);
    if (statfs(path, &s) != 0)
        return -errno;
    return statfs_to_guest(cpu, a[1], &s);
}

static int64_t sys_fstatfs(Cpu *cpu, const uint64_t *a)
{
    struct statfs s;
    if (fstatfs((int)a[0], &s) != 0)
        return -errno;
    return statfs_to_guest(cpu, a[1], &s);
}

static int64_t sys_fchownat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(path, 1);
    return host_result(fchownat((int)a[0], path, (uid_t)a[2], (gid_t)a[3], (int)a[4]));
}

static int64_t sys_fchown(Cpu *cpu, const uint64_t *a)
{
    return host_result(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

static int64_t sys_utimensat(Cpu *cpu, const uint64_t *a)
{
    const struct timespec *ts = a[2] ? guest_buf(cpu, a[2], 2 * sizeof *ts) : NULL;
    char path[PATH_MAX];

    if (a[2] && !ts)
        return -EFAULT;
    if (!a[1])      /* futimens: the file is dirfd itself */
        return host_result(syscall(SYS_utimensat, (int)a[0], NULL, ts, (int)a[3]));
    int64_t err = guest_path(cpu, a[1], path, sizeof path);
    if (err < 0)
        return err;
    return host_result(syscall(SYS_utimensat, (int)a[0], path, ts, (int)a[3]));
}

static int64_t sys_flock(Cpu *cpu, const uint64_t *a)
{
    return safe_syscall(SYS_flock, (int)a[0], (int)a[1], 0, 0, 0, 0);
}

static int64_t sys_sync(Cpu *cpu, const uint64_t *a)
{
    sync();
    return 0;
}

static int64_t sys_syncfs(Cpu *cpu, const uint64_t *a)
{
    return host_result(syncfs((int)a[0]));
}

static int64_t sys_sync_file_range(Cpu *cpu, const uint64_t *a)
{
    return host_result(sync_file_range((int)a[0], (off_t)a[1], (off_t)a[2], (unsigned)a[3]));
}

static int64_t sys_fadvise64(Cpu *cpu, const uint64_t *a)
{
    return -posix_fadvise((int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]);
}

static int64_t sys_close_range(Cpu *cpu, const uint64_t *a)
{
    /* xlat's log descriptor stays open: close around it. */
    unsigned lo = (unsigned)a[0], hi = (unsigned)a[1], fl = (unsigned)a[2];
    int log_fd = log_file ? fileno(log_file) : -1;

    if (log_fd < 0 || (unsigned)log_fd < lo || (unsigned)log_fd > hi || lo > hi)
        return host_result(syscall(SYS_close_range, lo, hi, fl));
    if ((unsigned)log_fd > lo && syscall(SYS_close_range, lo, (unsigned)log_fd - 1, fl) != 0)
        return -errno;
    if ((unsigned)log_fd < hi && syscall(SYS_close_range, (unsigned)log_fd + 1, hi, fl) != 0)
        return -errno;
    return 0;
}

static int64_t sys_memfd_create(Cpu *cpu, const uint64_t *a)
{
    char name[256];
    int64_t n = guest_string(cpu, a[0], name, sizeof name);
    if (n < 0)
        return n == -ENAMETOOLONG ? -EINVAL : n;
    return host_result(memfd_create(name, (unsigned)a[1]));
}

/* Extended attributes: path, name, value buffer. */
static int64_t xattr_get(Cpu *cpu, const uint64_t *a, int which)
{
    char name[XATTR_NAME_MAX + 1];
    void *val = a[3] ? guest_buf(cpu, a[2], a[3]) : NULL;
    int64_t n = guest_string(cpu, a[1], name, sizeof name);

    if (n < 0)
        return n == -ENAMETOOLONG ? -ERANGE : n;
    if (a[3] && !val)
        return -EFAULT;
    if (which == 2)
        return host_result(fgetxattr((int)a[0], name, val, a[3]));
    PATH_ARG(path, 0);
    return host_result(which ? lgetxattr(path, name, val, a[3]) : getxattr(path, name, val, a[3]));
}

static int64_t sys_getxattr(Cpu *cpu, const uint64_t *a) { return xattr_get(cpu, a, 0); }
static int64_t sys_lgetxattr(Cpu *cpu, const uint64_t *a) { return xattr_get(cpu, a, 1); }
static int64_t sys_fgetxattr(Cpu *cpu, const uint64_t *a) { return xattr_get(cpu, a, 2); }

static int64_t xattr_list(Cpu *cpu, const uint64_t *a, int which)
{
    char *list = a[2] ? guest_buf(cpu, a[1], a[2]) : NULL;

    if (a[2] && !list)
        return -EFAULT;
    if (which == 2)
        return host_result(flistxattr((int)a[0], list, a[2]));
    PATH_ARG(path, 0);
    return host_result(which ? llistxattr(path, list, a[2]) : listxattr(path, list, a[2]));
}

static int64_t sys_listxattr(Cpu *cpu, const uint64_t *a) { return xattr_list(cpu, a, 0); }
static int64_t sys_llistxattr(Cpu *cpu, const uint64_t *a) { return xattr_list(cpu, a, 1); }
static int64_t sys_flistxattr(Cpu *cpu, const uint64_t *a) { return xattr_list(cpu, a, 2); }

static int64_t xattr_set(Cpu *cpu, const uint64_t *a, int which)
{
    char name[XATTR_NAME_MAX + 1];
    const void *val = a[3] ? guest_buf(cpu, a[2], a[3]) : NULL;
    int64_t n = guest_string(cpu, a[1], name, sizeof name);

    if (n < 0)
        return n == -ENAMETOOLONG ? -ERANGE : n;
    if (a[3] && !val)
        return -EFAULT;
    if (which == 2)
        return host_result(fsetxattr((int)a[0], name, val, a[3], (int)a[4]));
    PATH_ARG(path, 0);
    return host_result(which ? lsetxattr(path, name, val, a[3], (int)a[4])
                             : setxattr(path, name, val, a[3], (int)a[4]));
}

static int64_t sys_setxattr(Cpu *cpu, const uint64_t *a) { return xattr_set(cpu, a, 0); }
static int64_t sys_lsetxattr(Cpu *cpu, const uint64_t *a) { return xattr_set(cpu, a, 1); }
static int64_t sys_fsetxattr(Cpu *cpu, const uint64_t *a) { return xattr_set(cpu, a, 2); }

static int64_t xattr_remove(Cpu *cpu, const uint64_t *a, int which)
{
    char name[XATTR_NAME_MAX + 1];
    int64_t n = guest_string(cpu, a[1], name, sizeof name);

    if (n < 0)
        return n == -ENAMETOOLONG ? -ERANGE : n;
    if (which == 2)
        return host_result(fremovexattr((int)a[0], name));
    PATH_ARG(path, 0);
    return host_result(which ? lremovexattr(path, name) : removexattr(path, name));
}

static int64_t sys_removexattr(Cpu *cpu, const uint64_t *a) { return xattr_remove(cpu, a, 0); }
static int64_t sys_lremovexattr(Cpu *cpu, const uint64_t *a) { return xattr_remove(cpu, a, 1); }
static int64_t sys_fremovexattr(Cpu *cpu, const uint64_t *a) { return xattr_remove(cpu, a, 2); }

void syscall_register_fsattr(SyscallDesc *t)
{
    SYSCALL(t, 5, setxattr, A_STR, A_STR, A_PTR, A_INT, A_HEX);
    SYSCALL(t, 6, lsetxattr, A_STR, A_STR, A_PTR, A_INT, A_HEX);
    SYSCALL(t, 7, fsetxattr, A_FD, A_STR, A_PTR, A_INT, A_HEX);
    SYSCALL(t, 8, getxattr, A_STR, A_STR, A_PTR, A_INT);
    SYSCALL(t, 9, lgetxattr, A_STR, A_STR, A_PTR, A_INT);
    SYSCALL(t, 10, fgetxattr, A_FD, A_STR, A_PTR, A_INT);
    SYSCALL(t, 11, listxattr, A_STR, A_PTR, A_INT);
    SYSCALL(t, 12, llistxattr, A_STR, A_PTR, A_INT);
    SYSCALL(t, 13, flistxattr, A_FD, A_PTR, A_INT);
    SYSCALL(t, 14, removexattr, A_STR, A_STR);
    SYSCALL(t, 15, lremovexattr, A_STR, A_STR);
    SYSCALL(t, 16, fremovexattr, A_FD, A_STR);
    SYSCALL(t, 32, flock, A_FD, A_INT);
    SYSCALL(t, 33, mknodat, A_FD, A_STR, A_OCT, A_HEX);
    SYSCALL(t, 36, symlinkat, A_STR, A_FD, A_STR);
    SYSCALL(t, 37, linkat, A_FD, A_STR, A_FD, A_STR, A_ATFLAGS);
    SYSCALL(t, 43, statfs, A_STR, A_PTR);
    SYSCALL(t, 44, fstatfs, A_FD, A_PTR);
    SYSCALL(t, 54, fchownat, A_FD, A_STR, A_INT, A_INT, A_ATFLAGS);
    SYSCALL(t, 55, fchown, A_FD, A_INT, A_INT);
    SYSCALL(t, 81, sync);
    SYSCALL(t, 84, sync_file_range, A_FD, A_INT, A_INT, A_HEX);
    SYSCALL(t, 88, utimensat, A_FD, A_STR, A_PTR, A_ATFLAGS);
    SYSCALL(t, 223, fadvise64, A_FD, A_INT, A_INT, A_INT);
    SYSCALL(t, 267, syncfs, A_FD);
    SYSCALL(t, 279, memfd_create, A_STR, A_HEX);
    SYSCALL(t, 436, close_range, A_FD, A_FD, A_HEX);
}
