/*
 * File and descriptor system calls.
 *
 * Most pass straight through: riscv64's asm-generic ABI uses the same
 * structure layouts and flag values as x86-64 for these, except struct
 * stat (converted here).  Paths go through guest_path() so that absolute
 * paths are looked up in the sysroot first, and /proc/self/exe names the
 * guest program rather than xlat.
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include <elf.h>

#include "core/log.h"
#include "core/log.h"
#include "loader/aspace.h"
#include "loader/loader.h"
#include "signals/signals.h"
#include "syscall/internal.h"

int64_t guest_string(const Cpu *cpu, uint64_t addr, char *buf, size_t size)
{
    Vm *vm = cpu->vm;
    size_t n = 0;

    while (n < size) {
        uint64_t at = addr + n;
        if (!guest_range_ok(vm, at, 1) || !(aspace_prot_at(vm, at) & PROT_READ) ||
            aspace_prot_at(vm, at) < 0)
            return -EFAULT;
        /* Copy up to the end of this page. */
        size_t chunk = 4096 - (at & 4095);
        if (chunk > size - n)
            chunk = size - n;
        const char *src = g2h(vm, at);
        const char *nul = memchr(src, 0, chunk);
        if (nul) {
            memcpy(buf + n, src, nul - src + 1);
            return (int64_t)(n + (nul - src));
        }
        memcpy(buf + n, src, chunk);
        n += chunk;
    }
    return -ENAMETOOLONG;
}

/* The guest program's resolved path, what /proc/self/exe names: worked out
 * on first use (main.c keeps the absolute path it started from), by the
 * kernel's name for an O_PATH descriptor of the file (three system calls,
 * where realpath takes a readlink per path component). */
static const char *exe_realpath(Vm *vm)
{
    char *p = __atomic_load_n(&vm->exe_realpath, __ATOMIC_ACQUIRE);
    if (p || !vm->exe_abspath)
        return p;
    char *resolved = NULL, link[64], name[PATH_MAX];
    int fd = open(vm->exe_abspath, O_PATH | O_CLOEXEC);
    if (fd >= 0) {
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, name, sizeof name - 1);
        if (n > 0 && name[0] == '/') {
            name[n] = '\0';
            resolved = strdup(name);
        }
        close(fd);
    }
    if (!resolved)
        resolved = realpath(vm->exe_abspath, NULL);     /* no /proc */
    if (!resolved)
        return NULL;
    if (!__atomic_compare_exchange_n(&vm->exe_realpath, &p, resolved, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        free(resolved);         /* another thread's came first */
        return p;
    }
    return resolved;
}

/* Is path one of the guest's names for its own executable? */
static bool is_proc_self_exe(const char *path)
{
    char own[64];

    if (strncmp(path, "/proc/", 6) != 0)
        return false;       /* every other path, without formatting a pid */
    if (!strcmp(path, "/proc/self/exe") || !strcmp(path, "/proc/thread-self/exe"))
        return true;
    snprintf(own, sizeof own, "/proc/%d/exe", getpid());
    return !strcmp(path, own);
}

int64_t guest_path(const Cpu *cpu, uint64_t addr, char *buf, size_t size)
{
    char raw[PATH_MAX];
    int64_t n = guest_string(cpu, addr, raw, sizeof raw);

    if (n < 0)
        return n;
    const char *exe = is_proc_self_exe(raw) ? exe_realpath(cpu->vm) : NULL;
    if (exe) {
        snprintf(buf, size, "%s", exe);
        return 0;
    }
    const char *p = sysroot_path(cpu->vm, raw, buf, size);
    if (p != buf)
        snprintf(buf, size, "%s", raw);
    return 0;
}

/* cf. linux: include/uapi/asm-generic/stat.h (riscv64, aarch64) */
struct guest_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
};
_Static_assert(sizeof(struct guest_stat) == 128, "asm-generic struct stat is 128 bytes");

static int64_t stat_to_guest(const Cpu *cpu, uint64_t addr, const struct stat *st)
{
    struct guest_stat *g = guest_buf(cpu, addr, sizeof *g);
    struct guest_stat s = {
        .st_dev = st->st_dev, .st_ino = st->st_ino, .st_mode = st->st_mode,
        .st_nlink = (uint32_t)st->st_nlink, .st_uid = st->st_uid, .st_gid = st->st_gid,
        .st_rdev = st->st_rdev, .st_size = st->st_size, .st_blksize = (int32_t)st->st_blksize,
        .st_blocks = st->st_blocks,
        .st_atime_sec = st->st_atim.tv_sec, .st_atime_nsec = st->st_atim.tv_nsec,
        .st_mtime_sec = st->st_mtim.tv_sec, .st_mtime_nsec = st->st_mtim.tv_nsec,
        .st_ctime_sec = st->st_ctim.tv_sec, .st_ctime_nsec = st->st_ctim.tv_nsec,
    };

    if (!g)
        return -EFAULT;
    memcpy(g, &s, sizeof s);
    return 0;
}

#define PATH_ARG(idx)                                                          \
    char path[PATH_MAX];                                                       \
    int64_t perr = guest_path(cpu, a[idx], path, sizeof path);                 \
    if (perr < 0)                                                              \
        return perr

/* The open flags that differ: aarch64 (cf. linux:
 * arch/arm64/include/uapi/asm/fcntl.h) against x86-64 and asm-generic
 * (riscv64), which agree. */
#define A64_O_DIRECTORY 0040000
#define A64_O_NOFOLLOW  0100000
#define A64_O_DIRECT    0200000
#define A64_O_LARGEFILE 0400000
#define X86_O_DIRECT    0040000
#define X86_O_LARGEFILE 0100000
#define X86_O_DIRECTORY 0200000
#define X86_O_NOFOLLOW  0400000
#define OFLAG_SWAP_BITS 0740000

static const struct { int guest, host; } a64_oflags[] = {
    { A64_O_DIRECTORY, X86_O_DIRECTORY }, { A64_O_NOFOLLOW, X86_O_NOFOLLOW },
    { A64_O_DIRECT, X86_O_DIRECT }, { A64_O_LARGEFILE, X86_O_LARGEFILE },
};

int oflags_to_host(const Cpu *cpu, int flags)
{
    if (cpu->vm->isa->elf_machine != EM_AARCH64)
        return flags;
    int out = flags & ~OFLAG_SWAP_BITS;
    for (size_t i = 0; i < sizeof a64_oflags / sizeof a64_oflags[0]; i++)
        if (flags & a64_oflags[i].guest)
            out |= a64_oflags[i].host;
    return out;
}

int oflags_to_guest(const Cpu *cpu, int flags)
{
    if (cpu->vm->isa->elf_machine != EM_AARCH64)
        return flags;
    int out = flags & ~OFLAG_SWAP_BITS;
    for (size_t i = 0; i < sizeof a64_oflags / sizeof a64_oflags[0]; i++)
        if (flags & a64_oflags[i].host)
            out |= a64_oflags[i].guest;
    return out;
}

static int64_t sys_openat(Cpu *cpu, const uint64_t *a)
{
    char raw[PATH_MAX];
    int flags = oflags_to_host(cpu, (int)a[2]);
    int64_t n = guest_string(cpu, a[1], raw, sizeof raw);
    bool handled;

    if (n < 0)
        return n;
    n = procfs_open(cpu, raw, flags, &handled);
    if (handled)
        return n;
    PATH_ARG(1);
    /* Opening a FIFO blocks until the other end opens. */
    return safe_syscall(SYS_openat, (int)a[0], (long)path, flags, (mode_t)a[3], 0, 0);
}

static int64_t sys_close(Cpu *cpu, const uint64_t *a)
{
    /* xlat's own descriptors (the log) stay open. */
    if (log_file_fd_is((int)a[0]))
        return 0;
    return host_result(close((int)a[0]));
}

static int64_t sys_read(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    return buf ? safe_syscall(SYS_read, (int)a[0], (long)buf, (long)a[2], 0, 0, 0) : -EFAULT;
}

static int64_t sys_write(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    return buf ? safe_syscall(SYS_write, (int)a[0], (long)buf, (long)a[2], 0, 0, 0) : -EFAULT;
}

static int64_t sys_pread64(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    return buf ? safe_syscall(SYS_pread64, (int)a[0], (long)buf, (long)a[2], (long)a[3], 0, 0) : -EFAULT;
}

static int64_t sys_pwrite64(Cpu *cpu, const uint64_t *a)
{
    void *buf = guest_buf(cpu, a[1], a[2]);
    return buf ? safe_syscall(SYS_pwrite64, (int)a[0], (long)buf, (long)a[2], (long)a[3], 0, 0) : -EFAULT;
}

/* Guest iovecs to host ones (struct iovec has the same layout; the bases
 * are guest addresses). */
static int64_t iov_from_guest(const Cpu *cpu, uint64_t addr, uint64_t cnt, struct iovec *iov)
{
    if (cnt > IOV_MAX)
        return -EINVAL;
    const struct iovec *g = guest_buf(cpu, addr, cnt * sizeof *g);
    if (!g && cnt)
        return -EFAULT;
    for (uint64_t i = 0; i < cnt; i++) {
        uint64_t base = (uint64_t)(uintptr_t)g[i].iov_base;
        iov[i].iov_len = g[i].iov_len;
        iov[i].iov_base = guest_buf(cpu, base, g[i].iov_len);
        if (!iov[i].iov_base && g[i].iov_len)
            return -EFAULT;
    }
    return 0;
}

static int64_t sys_readv(Cpu *cpu, const uint64_t *a)
{
    struct iovec iov[IOV_MAX];
    int64_t err = iov_from_guest(cpu, a[1], a[2], iov);
    return err ? err : safe_syscall(SYS_readv, (int)a[0], (long)iov, (long)a[2], 0, 0, 0);
}

static int64_t sys_writev(Cpu *cpu, const uint64_t *a)
{
    struct iovec iov[IOV_MAX];
    int64_t err = iov_from_guest(cpu, a[1], a[2], iov);
    return err ? err : safe_syscall(SYS_writev, (int)a[0], (long)iov, (long)a[2], 0, 0, 0);
}

static int64_t sys_lseek(Cpu *cpu, const uint64_t *a)
{
    return host_result(lseek((int)a[0], (off_t)a[1], (int)a[2]));
}

static int64_t sys_fstat(Cpu *cpu, const uint64_t *a)
{
    struct stat st;
    if (fstat((int)a[0], &st) != 0)
        return -errno;
    return stat_to_guest(cpu, a[1], &st);
}

static int64_t sys_newfstatat(Cpu *cpu, const uint64_t *a)
{
    struct stat st;
    PATH_ARG(1);
    if (fstatat((int)a[0], path, &st, (int)a[3]) != 0)
        return -errno;
    return stat_to_guest(cpu, a[2], &st);
}

static int64_t sys_statx(Cpu *cpu, const uint64_t *a)
{
    /* struct statx is the same on every architecture. */
    void *buf = guest_buf(cpu, a[4], 256);
    PATH_ARG(1);
    if (!buf)
        return -EFAULT;
    return host_result(syscall(SYS_statx, (int)a[0], path, (int)a[2], (unsigned)a[3], buf));
}

static int64_t sys_readlinkat(Cpu *cpu, const uint64_t *a)
{
    char raw[PATH_MAX];
    void *buf = guest_buf(cpu, a[2], a[3]);
    int64_t n = guest_string(cpu, a[1], raw, sizeof raw);

    if (n < 0)
        return n;
    if (!buf)
        return -EFAULT;
    const char *exe = is_proc_self_exe(raw) ? exe_realpath(cpu->vm) : NULL;
    if (exe) {
        size_t len = strlen(exe);
        if (len > a[3])
            len = a[3];
        memcpy(buf, exe, len);
        return (int64_t)len;
    }
    PATH_ARG(1);
    return host_result(readlinkat((int)a[0], path, buf, a[3]));
}

static int64_t sys_faccessat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(1);
    return host_result(syscall(SYS_faccessat, (int)a[0], path, (int)a[2]));
}

static int64_t sys_faccessat2(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(1);
    return host_result(syscall(SYS_faccessat2, (int)a[0], path, (int)a[2], (int)a[3]));
}

/* Terminal and descriptor ioctls.  Their numbers and structures are the
 * same in asm-generic as on x86-64 (struct termios is the kernel's 36-byte
 * one everywhere; cf. linux: include/uapi/asm-generic/termbits.h), so only
 * the pointer argument needs checking; the size is what the kernel copies. */
static int64_t sys_ioctl(Cpu *cpu, const uint64_t *a)
{
    uint64_t size;

    switch (a[1]) {
    case TCGETS: case TCSETS: case TCSETSW: case TCSETSF:
        size = 36;
        break;
    case TIOCGWINSZ: case TIOCSWINSZ:
        size = sizeof(struct winsize);
        break;
    case FIONREAD: case TIOCGPGRP: case TIOCSPGRP: case FIONBIO: case FIOASYNC:
    case TIOCGSID: case TIOCOUTQ: case TIOCGPTN: case TIOCSPTLCK:
        size = sizeof(int);
        break;
    case TIOCSCTTY: case TIOCNOTTY: case TCFLSH: case TCXONC: case TCSBRK:
    case FIOCLEX: case FIONCLEX:
        /* The argument is a value (or unused), not a pointer. */
        return host_result(ioctl((int)a[0], a[1], (unsigned long)a[2]));
    default:
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: ioctl %#llx\n", (unsigned long long)a[1]);
        return -ENOTTY;
    }
    void *arg = guest_buf(cpu, a[2], size);
    return arg ? host_result(ioctl((int)a[0], a[1], arg)) : -EFAULT;
}

static int64_t sys_getcwd(Cpu *cpu, const uint64_t *a)
{
    char *buf = guest_buf(cpu, a[0], a[1]);
    if (!buf)
        return -EFAULT;
    return host_result(syscall(SYS_getcwd, buf, a[1]));
}

static int64_t sys_dup(Cpu *cpu, const uint64_t *a)
{
    return host_result(dup((int)a[0]));
}

static int64_t sys_dup3(Cpu *cpu, const uint64_t *a)
{
    return host_result(dup3((int)a[0], (int)a[1], (int)a[2]));
}

static int64_t sys_fcntl(Cpu *cpu, const uint64_t *a)
{
    switch ((int)a[1]) {
    case F_GETLK: case F_SETLK: case F_SETLKW:
    case F_OFD_GETLK: case F_OFD_SETLK: case F_OFD_SETLKW: {
        /* struct flock is the same on asm-generic 64-bit and x86-64. */
        void *fl = guest_buf(cpu, a[2], sizeof(struct flock));
        return fl ? host_result(fcntl((int)a[0], (int)a[1], fl)) : -EFAULT;
    }
    case F_GETFL: {
        int r = fcntl((int)a[0], F_GETFL);
        return r < 0 ? -errno : oflags_to_guest(cpu, r);
    }
    case F_SETFL:
        return host_result(fcntl((int)a[0], F_SETFL, oflags_to_host(cpu, (int)a[2])));
    case F_GETOWN_EX: case F_SETOWN_EX: {
        void *p = guest_buf(cpu, a[2], 8);   /* struct f_owner_ex: two ints everywhere */
        return p ? host_result(fcntl((int)a[0], (int)a[1], p)) : -EFAULT;
    }
    default:
        return host_result(fcntl((int)a[0], (int)a[1], a[2]));
    }
}

static int64_t sys_getdents64(Cpu *cpu, const uint64_t *a)
{
    /* struct linux_dirent64 is the same on every architecture. */
    void *buf = guest_buf(cpu, a[1], a[2]);
    return buf ? host_result(syscall(SYS_getdents64, (int)a[0], buf, a[2])) : -EFAULT;
}

static int64_t sys_unlinkat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(1);
    return host_result(unlinkat((int)a[0], path, (int)a[2]));
}

static int64_t sys_mkdirat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(1);
    return host_result(mkdirat((int)a[0], path, (mode_t)a[2]));
}

static int64_t sys_renameat2(Cpu *cpu, const uint64_t *a)
{
    char to[PATH_MAX];
    PATH_ARG(1);
    int64_t err = guest_path(cpu, a[3], to, sizeof to);
    if (err < 0)
        return err;
    return host_result(syscall(SYS_renameat2, (int)a[0], path, (int)a[2], to, (unsigned)a[4]));
}

/* renameat: aarch64 has it, riscv64 does not (its kernel lacks
 * __ARCH_WANT_RENAMEAT, so glibc uses renameat2 there). */
static int64_t sys_renameat(Cpu *cpu, const uint64_t *a)
{
    if (cpu->vm->isa->elf_machine != EM_AARCH64)
        return -ENOSYS;
    const uint64_t args[6] = { a[0], a[1], a[2], a[3], 0, 0 };
    return sys_renameat2(cpu, args);
}

static int64_t sys_chdir(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(0);
    return host_result(chdir(path));
}

static int64_t sys_fchdir(Cpu *cpu, const uint64_t *a)
{
    return host_result(fchdir((int)a[0]));
}

static int64_t sys_ftruncate(Cpu *cpu, const uint64_t *a)
{
    return host_result(ftruncate((int)a[0], (off_t)a[1]));
}

static int64_t sys_truncate(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(0);
    return host_result(truncate(path, (off_t)a[1]));
}

static int64_t sys_fsync(Cpu *cpu, const uint64_t *a)
{
    return host_result(fsync((int)a[0]));
}

static int64_t sys_fdatasync(Cpu *cpu, const uint64_t *a)
{
    return host_result(fdatasync((int)a[0]));
}

static int64_t sys_fchmod(Cpu *cpu, const uint64_t *a)
{
    return host_result(fchmod((int)a[0], (mode_t)a[1]));
}

static int64_t sys_fchmodat(Cpu *cpu, const uint64_t *a)
{
    PATH_ARG(1);
    return host_result(syscall(SYS_fchmodat, (int)a[0], path, (mode_t)a[2]));
}

static int64_t sys_umask(Cpu *cpu, const uint64_t *a)
{
    return umask((mode_t)a[0]);
}

static int64_t sys_pipe2(Cpu *cpu, const uint64_t *a)
{
    int *fds = guest_buf(cpu, a[0], 2 * sizeof(int));
    return fds ? host_result(pipe2(fds, (int)a[1])) : -EFAULT;
}

void syscall_register_fs(SyscallDesc *t)
{
    SYSCALL(t, 17, getcwd, A_PTR, A_INT);
    SYSCALL(t, 23, dup, A_FD);
    SYSCALL(t, 24, dup3, A_FD, A_FD, A_HEX);
    SYSCALL(t, 25, fcntl, A_FD, A_INT, A_HEX);
    SYSCALL(t, 29, ioctl, A_FD, A_HEX, A_PTR);
    SYSCALL(t, 34, mkdirat, A_FD, A_STR, A_OCT);
    SYSCALL(t, 35, unlinkat, A_FD, A_STR, A_ATFLAGS);
    SYSCALL(t, 45, truncate, A_STR, A_INT);
    SYSCALL(t, 46, ftruncate, A_FD, A_INT);
    SYSCALL(t, 48, faccessat, A_FD, A_STR, A_OCT);
    SYSCALL(t, 49, chdir, A_STR);
    SYSCALL(t, 50, fchdir, A_FD);
    SYSCALL(t, 52, fchmod, A_FD, A_OCT);
    SYSCALL(t, 53, fchmodat, A_FD, A_STR, A_OCT);
    SYSCALL(t, 56, openat, A_FD, A_STR, A_OPENFLAGS, A_OCT);
    SYSCALL(t, 57, close, A_FD);
    SYSCALL(t, 59, pipe2, A_PTR, A_OFLAGS);
    SYSCALL(t, 61, getdents64, A_FD, A_PTR, A_INT);
    SYSCALL(t, 62, lseek, A_FD, A_INT, A_INT);
    SYSCALL(t, 63, read, A_FD, A_PTR, A_INT);
    SYSCALL(t, 64, write, A_FD, A_BUF, A_INT);
    SYSCALL(t, 65, readv, A_FD, A_PTR, A_INT);
    SYSCALL(t, 66, writev, A_FD, A_PTR, A_INT);
    SYSCALL(t, 67, pread64, A_FD, A_PTR, A_INT, A_INT);
    SYSCALL(t, 68, pwrite64, A_FD, A_PTR, A_INT, A_INT);
    SYSCALL(t, 78, readlinkat, A_FD, A_STR, A_PTR, A_INT);
    SYSCALL(t, 79, newfstatat, A_FD, A_STR, A_PTR, A_ATFLAGS);
    SYSCALL(t, 80, fstat, A_FD, A_PTR);
    SYSCALL(t, 82, fsync, A_FD);
    SYSCALL(t, 83, fdatasync, A_FD);
    SYSCALL(t, 166, umask, A_OCT);
    SYSCALL(t, 38, renameat, A_FD, A_STR, A_FD, A_STR);
    SYSCALL(t, 276, renameat2, A_FD, A_STR, A_FD, A_STR, A_HEX);
    SYSCALL(t, 291, statx, A_FD, A_STR, A_HEX, A_HEX, A_PTR);
    SYSCALL(t, 439, faccessat2, A_FD, A_STR, A_OCT, A_HEX);
}
