/*
 * -strace: one line per guest system call, in strace's style, to the log:
 *
 *   4242 openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3
 *   4242 mmap(0, 0x2000, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x3ff7fe4000
 *   4242 read(3, 0x2ac65fc2a0, 4096) = -1 EBADF (Bad file descriptor)
 *
 * Each argument is printed by its ArgKind (internal.h): strings quoted and
 * shortened, descriptors with AT_FDCWD, flag words by name with the rest in
 * hex, signal numbers by name, argv arrays as lists.  Calls that may not
 * return (exit, exit_group, execve) are printed before they run too.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "core/log.h"
#include "syscall/internal.h"

typedef struct FlagName {
    uint64_t bit;
    const char *name;
} FlagName;

/* x86-64 values: guest open flags are converted to host ones first. */
static const FlagName open_flags[] = {
    { 0100, "O_CREAT" }, { 0200, "O_EXCL" }, { 0400, "O_NOCTTY" }, { 01000, "O_TRUNC" },
    { 02000, "O_APPEND" }, { 04000, "O_NONBLOCK" }, { 04010000, "O_SYNC" },
    { 010000, "O_DSYNC" }, { 020000, "O_ASYNC" }, { 040000, "O_DIRECT" },
    { 0100000, "O_LARGEFILE" }, { 020200000, "O_TMPFILE" }, { 0200000, "O_DIRECTORY" },
    { 0400000, "O_NOFOLLOW" }, { 01000000, "O_NOATIME" }, { 02000000, "O_CLOEXEC" },
    { 010000000, "O_PATH" }, { 0, NULL },
};

/* cf. linux: include/uapi/asm-generic/mman-common.h, mman.h */
static const FlagName prot_flags[] = {
    { 1, "PROT_READ" }, { 2, "PROT_WRITE" }, { 4, "PROT_EXEC" }, { 0x01000000, "PROT_GROWSDOWN" },
    { 0x02000000, "PROT_GROWSUP" }, { 0, NULL },
};

static const FlagName map_flags[] = {
    { 0x10, "MAP_FIXED" }, { 0x20, "MAP_ANONYMOUS" }, { 0x100, "MAP_GROWSDOWN" },
    { 0x800, "MAP_DENYWRITE" }, { 0x1000, "MAP_EXECUTABLE" }, { 0x2000, "MAP_LOCKED" },
    { 0x4000, "MAP_NORESERVE" }, { 0x8000, "MAP_POPULATE" }, { 0x10000, "MAP_NONBLOCK" },
    { 0x20000, "MAP_STACK" }, { 0x40000, "MAP_HUGETLB" }, { 0x80000, "MAP_SYNC" },
    { 0x100000, "MAP_FIXED_NOREPLACE" }, { 0, NULL },
};

/* cf. linux: include/uapi/linux/sched.h */
static const FlagName clone_flags[] = {
    { 0x100, "CLONE_VM" }, { 0x200, "CLONE_FS" }, { 0x400, "CLONE_FILES" },
    { 0x800, "CLONE_SIGHAND" }, { 0x1000, "CLONE_PIDFD" }, { 0x2000, "CLONE_PTRACE" },
    { 0x4000, "CLONE_VFORK" }, { 0x8000, "CLONE_PARENT" }, { 0x10000, "CLONE_THREAD" },
    { 0x20000, "CLONE_NEWNS" }, { 0x40000, "CLONE_SYSVSEM" }, { 0x80000, "CLONE_SETTLS" },
    { 0x100000, "CLONE_PARENT_SETTID" }, { 0x200000, "CLONE_CHILD_CLEARTID" },
    { 0x400000, "CLONE_DETACHED" }, { 0x800000, "CLONE_UNTRACED" },
    { 0x1000000, "CLONE_CHILD_SETTID" }, { 0, NULL },
};

/* cf. linux: include/uapi/linux/fcntl.h */
static const FlagName at_flags[] = {
    { 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x200, "AT_REMOVEDIR" }, { 0x400, "AT_SYMLINK_FOLLOW" },
    { 0x800, "AT_NO_AUTOMOUNT" }, { 0x1000, "AT_EMPTY_PATH" }, { 0, NULL },
};

/* "A|B|0x40" for the bits of v; "0" when none. */
static size_t print_flags(char *buf, size_t size, uint64_t v, const FlagName *names,
                          const char *prefix)
{
    size_t n = 0;

    buf[0] = '\0';
    if (prefix)
        n += snprintf(buf + n, size - n, "%s", prefix);
    for (const FlagName *f = names; f->name && n < size; f++) {
        if ((v & f->bit) == f->bit) {
            n += snprintf(buf + n, size - n, "%s%s", n ? "|" : "", f->name);
            v &= ~f->bit;
        }
    }
    if (n < size && (v || n == 0))
        n += snprintf(buf + n, size - n, n ? "|%#llx" : "%#llx", (unsigned long long)v);
    if (n < size && n > 0 && !strcmp(buf, "0x0"))
        n = (size_t)snprintf(buf, size, "0");
    return n;
}

/* Quote up to max bytes of guest memory, C-escaped. */
static void print_bytes(const Cpu *cpu, char *buf, size_t size, uint64_t addr, uint64_t len,
                        size_t max)
{
    const unsigned char *p = guest_buf(cpu, addr, len);
    size_t n = 0;

    if (!p) {
        snprintf(buf, size, "%#llx", (unsigned long long)addr);
        return;
    }
    n += snprintf(buf + n, size - n, "\"");
    for (uint64_t i = 0; i < len && i < max && n + 8 < size; i++) {
        unsigned char c = p[i];
        if (c == '\n')
            n += snprintf(buf + n, size - n, "\\n");
        else if (c == '\t')
            n += snprintf(buf + n, size - n, "\\t");
        else if (c == '"' || c == '\\')
            n += snprintf(buf + n, size - n, "\\%c", c);
        else if (c >= 32 && c < 127)
            buf[n++] = (char)c;
        else
            n += snprintf(buf + n, size - n, "\\%o", c);
    }
    snprintf(buf + n, size - n, "\"%s", len > max ? "..." : "");
}

static void print_string(const Cpu *cpu, char *buf, size_t size, uint64_t v)
{
    char s[96];
    int64_t r = guest_string(cpu, v, s, sizeof s);

    if (v == 0)
        snprintf(buf, size, "NULL");
    else if (r >= 0)
        print_bytes(cpu, buf, size, v, (uint64_t)r, sizeof s);
    else if (r == -ENAMETOOLONG)
        print_bytes(cpu, buf, size, v, sizeof s, 64);
    else
        snprintf(buf, size, "%#llx", (unsigned long long)v);
}

static void print_argv(const Cpu *cpu, char *buf, size_t size, uint64_t v)
{
    size_t n = 0;

    if (!v) {
        snprintf(buf, size, "NULL");
        return;
    }
    n += snprintf(buf + n, size - n, "[");
    for (int i = 0; n < size; i++) {
        const uint64_t *p = guest_buf(cpu, v + 8 * (uint64_t)i, 8);
        if (!p || !*p)
            break;
        if (i == 6) {
            n += snprintf(buf + n, size - n, ", ...");
            break;
        }
        char s[128];
        print_string(cpu, s, sizeof s, *p);
        n += snprintf(buf + n, size - n, "%s%s", i ? ", " : "", s);
    }
    if (n < size)
        snprintf(buf + n, size - n, "]");
}

static void strace_arg(const Cpu *cpu, char *buf, size_t size, ArgKind kind, uint64_t v,
                       uint64_t next)
{
    switch (kind) {
    case A_STR:
        print_string(cpu, buf, size, v);
        break;
    case A_BUF:
        print_bytes(cpu, buf, size, v, next, 32);
        break;
    case A_FD:
        if ((int)v == -100)
            snprintf(buf, size, "AT_FDCWD");
        else
            snprintf(buf, size, "%d", (int)v);
        break;
    case A_INT:
        snprintf(buf, size, "%lld", (long long)v);
        break;
    case A_SIG: {
        const char *name = (int)v > 0 && (int)v < 32 ? sigabbrev_np((int)v) : NULL;
        if (name)
            snprintf(buf, size, "SIG%s", name);
        else
            snprintf(buf, size, "%d", (int)v);
        break;
    }
    case A_OCT:
        snprintf(buf, size, "%#llo", (unsigned long long)v);
        break;
    case A_OPENFLAGS: {
        int f = oflags_to_host(cpu, (int)v);
        static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
        print_flags(buf, size, (unsigned)f & ~3u, open_flags, acc[f & 3]);
        break;
    }
    case A_OFLAGS:
        print_flags(buf, size, (unsigned)oflags_to_host(cpu, (int)v), open_flags, NULL);
        break;
    case A_PROT:
        if (v == 0)
            snprintf(buf, size, "PROT_NONE");
        else
            print_flags(buf, size, v, prot_flags, NULL);
        break;
    case A_MFLAGS: {
        static const char *const type[] = { "0", "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE" };
        print_flags(buf, size, v & ~3ULL, map_flags, type[v & 3]);
        break;
    }
    case A_CLONE: {
        char sig[32] = "";
        const char *name = (v & 0xff) && (v & 0xff) < 32 ? sigabbrev_np((int)(v & 0xff)) : NULL;
        if (name)
            snprintf(sig, sizeof sig, "SIG%s", name);
        print_flags(buf, size, v & ~0xffULL, clone_flags, name ? sig : NULL);
        break;
    }
    case A_ATFLAGS:
        print_flags(buf, size, v, at_flags, NULL);
        break;
    case A_ARGV:
        print_argv(cpu, buf, size, v);
        break;
    default:
        if (v == 0)
            snprintf(buf, size, kind == A_PTR ? "NULL" : "0");
        else
            snprintf(buf, size, "%#llx", (unsigned long long)v);
        break;
    }
}

/* Calls whose result is an address. */
static bool returns_address(const char *name)
{
    return !strcmp(name, "mmap") || !strcmp(name, "mremap") || !strcmp(name, "brk");
}

void strace_call(const Cpu *cpu, uint64_t nr, const SyscallDesc *d, const uint64_t *a,
                 int64_t ret, bool done)
{
    char line[1024];
    size_t n = 0;

    if (!done && !(d && (!strcmp(d->name, "exit_group") || !strcmp(d->name, "exit") ||
                         !strcmp(d->name, "execve"))))
        return;
    n += snprintf(line + n, sizeof line - n, "%d ", cpu->tid);
    if (d)
        n += snprintf(line + n, sizeof line - n, "%s(", d->name);
    else
        n += snprintf(line + n, sizeof line - n, "syscall_%llu(", (unsigned long long)nr);
    for (int i = 0; i < 6 && d && d->args[i] != A_END && n < sizeof line; i++) {
        char arg[400];
        /* open's mode means something only when a file may be created. */
        if (d->args[i] == A_OCT && i > 0 && d->args[i - 1] == A_OPENFLAGS &&
            !(oflags_to_host(cpu, (int)a[i - 1]) & (0100 | 020000000)))
            break;
        strace_arg(cpu, arg, sizeof arg, (ArgKind)d->args[i], a[i], i < 5 ? a[i + 1] : 0);
        n += snprintf(line + n, sizeof line - n, "%s%s", i ? ", " : "", arg);
    }
    if (!d)
        for (int i = 0; i < 6 && n < sizeof line; i++)
            n += snprintf(line + n, sizeof line - n, "%s%#llx", i ? ", " : "",
                          (unsigned long long)a[i]);
    if (n >= sizeof line - 64)
        n = sizeof line - 64;
    if (!done)
        snprintf(line + n, sizeof line - n, ") ...\n");
    else if (ret < 0 && ret >= -4095)
        snprintf(line + n, sizeof line - n, ") = -1 %s (%s)\n",
                 strerrorname_np((int)-ret) ?: "E?", strerror((int)-ret));
    else if (d && returns_address(d->name))
        snprintf(line + n, sizeof line - n, ") = %#llx\n", (unsigned long long)ret);
    else
        snprintf(line + n, sizeof line - n, ") = %lld\n", (long long)ret);
    xlat_log("%s", line);
}
