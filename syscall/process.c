/*
 * Processes: clone (fork and vfork semantics), execve, wait4, waitid,
 * sessions and process groups, identity (uid/gid/groups), priorities.
 *
 * clone.  The guest is one host process, so a guest fork is a host fork of
 * all of xlat: the child is a copy with the same guest memory at the same
 * addresses, and it returns 0 from the guest's clone.  CLONE_VM|CLONE_VFORK
 * (glibc's posix_spawn and vfork) becomes a fork as well; the child starts
 * on the stack it was given, and the parent waits until the child has
 * called execve or exited, as vfork's parent does.  The waiting uses a
 * close-on-exec pipe: the parent reads until EOF, which comes when the
 * child's execve succeeds or the child dies.  Threads (CLONE_VM without
 * CLONE_VFORK) are a later issue and fail with -EINVAL.  clone3 is -ENOSYS
 * (glibc then falls back to clone).
 *
 * execve.  Worked example: a riscv64 guest runs execve("/usr/bin/lua",
 * ["lua", "x.lua"], env).  The path is looked up under the sysroot first.
 * The file's first bytes decide:
 *   - an ELF for a guest ISA: re-run xlat (/proc/self/exe of the host) with
 *     the same options: xlat -L SYSROOT -0 lua -- /usr/bin/lua x.lua;
 *   - "#!INTERP [ARG]" whose INTERP is a guest ELF: the same, with the
 *     script as the interpreter's argument, as the kernel would do;
 *   - anything else (x86-64 programs, scripts run by host interpreters):
 *     the host's execve runs it natively.
 */
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <elf.h>

#include "core/log.h"
#include "loader/aspace.h"
#include "loader/loader.h"
#include "signals/signals.h"
#include "syscall/internal.h"
#include "translate/block_map.h"
#include "translate/jit/cache.h"

#define GUEST_CLONE_VM             0x00000100
#define GUEST_CLONE_VFORK          0x00004000
#define GUEST_CLONE_SETTLS         0x00080000
#define GUEST_CLONE_PARENT_SETTID  0x00100000
#define GUEST_CLONE_CHILD_CLEARTID 0x00200000
#define GUEST_CLONE_CHILD_SETTID   0x01000000
/* Flags a fork may carry that need nothing from the host beyond a fork. */
#define GUEST_CLONE_FORK_OK (GUEST_CLONE_VM | GUEST_CLONE_VFORK | GUEST_CLONE_SETTLS | \
                             GUEST_CLONE_PARENT_SETTID | GUEST_CLONE_CHILD_CLEARTID | \
                             GUEST_CLONE_CHILD_SETTID | 0xff)

static void set_guest_sp(Cpu *cpu, uint64_t sp)
{
    if (cpu->vm->isa->elf_machine == EM_AARCH64)
        cpu->x[31] = sp;
    else
        cpu->x[2] = sp;
}

static void set_guest_tls(Cpu *cpu, uint64_t tls)
{
    if (cpu->vm->isa->elf_machine == EM_AARCH64)
        cpu->a64.tpidr_el0 = tls;
    else
        cpu->x[4] = tls;     /* tp */
}

static void put_tid(Cpu *cpu, uint64_t addr, int tid)
{
    int *p = addr ? guest_buf(cpu, addr, sizeof(int)) : NULL;
    if (p)
        *p = tid;
}

/* riscv64 and aarch64 take tls before child_tid (as CONFIG_CLONE_BACKWARDS
 * does): flags, newsp, parent_tid, tls, child_tid. */
static int64_t sys_clone(Cpu *cpu, const uint64_t *a)
{
    uint64_t flags = a[0];
    int exit_signal = (int)(flags & 0xff);
    bool vfork = (flags & GUEST_CLONE_VFORK) != 0;
    int wait_pipe[2] = { -1, -1 };
    pid_t pid;

    if ((flags & GUEST_CLONE_VM) && !vfork)
        return thread_clone(cpu, a);
    if (flags & ~(uint64_t)GUEST_CLONE_FORK_OK) {
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: clone flags %#llx\n", (unsigned long long)flags);
        return -EINVAL;
    }
    if (vfork && pipe2(wait_pipe, O_CLOEXEC) != 0)
        return -errno;
    if (log_file)
        fflush(log_file);
    fflush(stderr);
    if (exit_signal == SIGCHLD)
        pid = fork();
    else {
        /* fork(3) runs the pthread_atfork handlers; a raw clone does not. */
        jit_fork_prepare();
        aspace_lock();
        pid = (pid_t)syscall(SYS_clone, (unsigned long)exit_signal, NULL, NULL, NULL, 0UL);
        if (pid == 0) {
            aspace_fork_child();
            jit_fork_child();
        } else {
            aspace_unlock();
            jit_fork_parent();
        }
    }
    if (pid < 0) {
        int err = errno;
        if (vfork) {
            close(wait_pipe[0]);
            close(wait_pipe[1]);
        }
        return -err;
    }
    if (pid == 0) {
        cpu->tid = getpid();
        block_map_fork_child();
        if (vfork)
            close(wait_pipe[0]);    /* the write end closes at execve or exit */
        if (a[1])
            set_guest_sp(cpu, a[1]);
        if (flags & GUEST_CLONE_SETTLS)
            set_guest_tls(cpu, a[3]);
        if (flags & GUEST_CLONE_CHILD_SETTID)
            put_tid(cpu, a[4], cpu->tid);
        return 0;
    }
    if (flags & GUEST_CLONE_PARENT_SETTID)
        put_tid(cpu, a[2], pid);
    if (vfork) {
        char c;
        close(wait_pipe[1]);
        while (read(wait_pipe[0], &c, 1) < 0 && errno == EINTR)
            ;
        close(wait_pipe[0]);
    }
    return pid;
}

static int64_t sys_clone3(Cpu *cpu, const uint64_t *a)
{
    return -ENOSYS;
}

/* --- execve ------------------------------------------------------------ */

/* Copy a NULL-terminated guest array of string pointers into a host array
 * (the strings stay in guest memory).  Returns the count or -EFAULT. */
static int64_t string_array(const Cpu *cpu, uint64_t addr, char ***out)
{
    size_t n = 0, cap = 16;
    char **v = calloc(cap + 1, sizeof *v);

    for (; addr; n++) {
        const uint64_t *p = guest_buf(cpu, addr + n * 8, 8);
        char probe[1];
        if (!p) {
            free(v);
            return -EFAULT;
        }
        if (*p == 0)
            break;
        int64_t r = guest_string(cpu, *p, probe, 1);
        if (r < 0 && r != -ENAMETOOLONG) {
            free(v);
            return -EFAULT;
        }
        if (n + 1 >= cap) {
            cap *= 2;
            v = realloc(v, (cap + 1) * sizeof *v);
        }
        v[n] = g2h(cpu->vm, *p);
    }
    v[n] = NULL;
    *out = v;
    return (int64_t)n;
}

/* Is the file at path an ELF for one of xlat's guests? */
static bool is_guest_elf(const char *path)
{
    unsigned char h[20];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    bool yes = false;

    if (fd < 0)
        return false;
    if (read(fd, h, sizeof h) == (ssize_t)sizeof h && !memcmp(h, ELFMAG, SELFMAG) &&
        h[EI_CLASS] == ELFCLASS64) {
        uint16_t machine = (uint16_t)(h[18] | h[19] << 8);
        yes = machine == EM_RISCV || machine == EM_AARCH64;
    }
    close(fd);
    return yes;
}

/* "#!INTERP [ARG]" of a script: fills interp (host path after the sysroot
 * lookup) and arg (may be empty).  False when path is not a script. */
static bool script_interp(const Cpu *cpu, const char *path, char *interp, size_t isize,
                          char *arg, size_t asize)
{
    char line[256];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n;

    if (fd < 0)
        return false;
    n = read(fd, line, sizeof line - 1);
    close(fd);
    if (n < 3 || line[0] != '#' || line[1] != '!')
        return false;
    line[n] = '\0';
    char *nl = strchr(line, '\n');
    if (nl)
        *nl = '\0';
    char *p = line + 2;
    while (*p == ' ' || *p == '\t')
        p++;
    char *end = p + strcspn(p, " \t");
    char *rest = end;
    if (*rest) {
        *rest++ = '\0';
        while (*rest == ' ' || *rest == '\t')
            rest++;
        size_t l = strlen(rest);
        while (l && (rest[l - 1] == ' ' || rest[l - 1] == '\t'))
            rest[--l] = '\0';
    }
    if (!*p)
        return false;
    const char *host = sysroot_path(cpu->vm, p, interp, isize);
    if (host != interp)
        snprintf(interp, isize, "%s", p);
    snprintf(arg, asize, "%s", rest);
    return true;
}

/* Re-run xlat on a guest program: "xlat OPTIONS -0 ARGV0 -- PROGRAM
 * [EXTRA] ARGS...", where ARGS are the guest's argv[1..] and EXTRA the
 * argument a script's #! line adds.  Returns only on failure. */
static int64_t exec_xlat(Cpu *cpu, const char *argv0, const char *program, const char *extra,
                         const char *script, char **guest_argv, int64_t argc, char **envp)
{
    const VmOptions *o = &cpu->vm->opt;
    char **v = calloc((size_t)argc + 24, sizeof *v);
    char fdbuf[16], thrbuf[16], verifybuf[32];
    size_t k = 0;

    v[k++] = "xlat";
    if (o->sysroot) {
        v[k++] = "-L";
        v[k++] = (char *)o->sysroot;
    }
    if (o->log_items) {
        v[k++] = "-d";
        v[k++] = (char *)o->log_items;
    }
    if (log_enabled(LOG_STRACE))
        v[k++] = "-strace";
    if (o->no_jit)
        v[k++] = "--no-jit";
    if (o->perfmap)
        v[k++] = "--perfmap";
    if (o->jit_disable) {
        v[k++] = "--jit-disable";
        v[k++] = (char *)o->jit_disable;
    }
    if (o->verify) {
        snprintf(verifybuf, sizeof verifybuf, "--verify=%u", o->verify);
        v[k++] = verifybuf;
    }
    if (o->jit_threshold) {
        snprintf(thrbuf, sizeof thrbuf, "%u", o->jit_threshold);
        v[k++] = "--jit-threshold";
        v[k++] = thrbuf;
    }
    if (log_file) {
        int fd = fileno(log_file);
        fflush(log_file);
        fcntl(fd, F_SETFD, 0);
        snprintf(fdbuf, sizeof fdbuf, "%d", fd);
        v[k++] = "--log-fd";
        v[k++] = fdbuf;
    }
    v[k++] = "-0";
    v[k++] = (char *)argv0;
    v[k++] = "--";
    v[k++] = (char *)program;
    if (extra && *extra)
        v[k++] = (char *)extra;
    if (script)
        v[k++] = (char *)script;
    for (int64_t i = 1; i < argc; i++)
        v[k++] = guest_argv[i];
    v[k] = NULL;
    execve("/proc/self/exe", v, envp);
    int err = errno;
    if (log_file)
        fcntl(fileno(log_file), F_SETFD, FD_CLOEXEC);
    free(v);
    return -err;
}

static int64_t sys_execve(Cpu *cpu, const uint64_t *a)
{
    char path[PATH_MAX], interp[PATH_MAX], iarg[256];
    char **argv = NULL, **envp = NULL;
    int64_t argc, r;

    r = guest_path(cpu, a[0], path, sizeof path);
    if (r < 0)
        return r;
    if (access(path, F_OK) != 0)
        return -errno;
    argc = string_array(cpu, a[1], &argv);
    if (argc < 0)
        return argc;
    r = string_array(cpu, a[2], &envp);
    if (r < 0) {
        free(argv);
        return r;
    }
    if (log_file)
        fflush(log_file);
    if (is_guest_elf(path))
        r = exec_xlat(cpu, argc > 0 ? argv[0] : path, path, NULL, NULL, argv, argc, envp);
    else if (script_interp(cpu, path, interp, sizeof interp, iarg, sizeof iarg) &&
             is_guest_elf(interp))
        r = exec_xlat(cpu, interp, interp, iarg, path, argv, argc, envp);
    else
        r = host_result(execve(path, argv, envp));
    free(argv);
    free(envp);
    return r;
}

/* --- waiting ------------------------------------------------------------ */

static int64_t sys_wait4(Cpu *cpu, const uint64_t *a)
{
    int *status = a[1] ? guest_buf(cpu, a[1], sizeof(int)) : NULL;
    struct rusage *ru = a[3] ? guest_buf(cpu, a[3], sizeof *ru) : NULL;  /* same layout */

    if ((a[1] && !status) || (a[3] && !ru))
        return -EFAULT;
    return safe_syscall(SYS_wait4, (pid_t)a[0], (long)status, (int)a[2], (long)ru, 0, 0);
}

static int64_t sys_waitid(Cpu *cpu, const uint64_t *a)
{
    /* siginfo_t is 128 bytes with the same layout on asm-generic and x86-64. */
    void *info = a[2] ? guest_buf(cpu, a[2], 128) : NULL;
    struct rusage *ru = a[4] ? guest_buf(cpu, a[4], sizeof *ru) : NULL;

    if ((a[2] && !info) || (a[4] && !ru))
        return -EFAULT;
    return safe_syscall(SYS_waitid, (int)a[0], (pid_t)a[1], (long)info, (int)a[3], (long)ru, 0);
}

/* --- sessions, groups, identity ----------------------------------------- */

static int64_t sys_setpgid(Cpu *cpu, const uint64_t *a)
{
    return host_result(setpgid((pid_t)a[0], (pid_t)a[1]));
}

static int64_t sys_getpgid(Cpu *cpu, const uint64_t *a) { return host_result(getpgid((pid_t)a[0])); }
static int64_t sys_getsid(Cpu *cpu, const uint64_t *a) { return host_result(getsid((pid_t)a[0])); }
static int64_t sys_setsid(Cpu *cpu, const uint64_t *a) { return host_result(setsid()); }

/* Raw syscalls: glibc's wrappers would broadcast to threads xlat may own. */
static int64_t sys_setuid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setuid, (uid_t)a[0]));
}

static int64_t sys_setgid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setgid, (gid_t)a[0]));
}

static int64_t sys_setreuid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}

static int64_t sys_setregid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}

static int64_t sys_setresuid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1], (uid_t)a[2]));
}

static int64_t sys_setresgid(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1], (gid_t)a[2]));
}

static int64_t get_three_ids(Cpu *cpu, const uint64_t *a, long nr)
{
    uint32_t *r = guest_buf(cpu, a[0], 4), *e = guest_buf(cpu, a[1], 4),
             *s = guest_buf(cpu, a[2], 4);
    return r && e && s ? host_result(syscall(nr, r, e, s)) : -EFAULT;
}

static int64_t sys_getresuid(Cpu *cpu, const uint64_t *a) { return get_three_ids(cpu, a, SYS_getresuid); }
static int64_t sys_getresgid(Cpu *cpu, const uint64_t *a) { return get_three_ids(cpu, a, SYS_getresgid); }

static int64_t sys_setfsuid(Cpu *cpu, const uint64_t *a)
{
    return syscall(SYS_setfsuid, (uid_t)a[0]);
}

static int64_t sys_setfsgid(Cpu *cpu, const uint64_t *a)
{
    return syscall(SYS_setfsgid, (gid_t)a[0]);
}

static int64_t sys_getgroups(Cpu *cpu, const uint64_t *a)
{
    int n = (int)a[0];
    gid_t *list = n > 0 ? guest_buf(cpu, a[1], (uint64_t)n * sizeof(gid_t)) : NULL;

    if (n < 0)
        return -EINVAL;
    if (n > 0 && !list)
        return -EFAULT;
    return host_result(syscall(SYS_getgroups, n, list));
}

static int64_t sys_setgroups(Cpu *cpu, const uint64_t *a)
{
    size_t n = (size_t)a[0];
    const gid_t *list = n ? guest_buf(cpu, a[1], n * sizeof(gid_t)) : NULL;

    if (n && !list)
        return -EFAULT;
    return host_result(syscall(SYS_setgroups, n, list));
}

static int64_t sys_getpriority(Cpu *cpu, const uint64_t *a)
{
    /* The raw syscall returns 20 - nice, as the guest's libc expects. */
    return host_result(syscall(SYS_getpriority, (int)a[0], (id_t)a[1]));
}

static int64_t sys_setpriority(Cpu *cpu, const uint64_t *a)
{
    return host_result(setpriority((int)a[0], (id_t)a[1], (int)a[2]));
}

static int64_t sys_personality(Cpu *cpu, const uint64_t *a)
{
    /* Only the query and PER_LINUX: xlat has no other personalities. */
    if ((uint32_t)a[0] == 0xffffffff || (uint32_t)a[0] == 0)
        return 0;
    return -EINVAL;
}

void syscall_register_process(SyscallDesc *t)
{
    SYSCALL(t, 92, personality, A_HEX);
    SYSCALL(t, 95, waitid, A_INT, A_INT, A_PTR, A_HEX, A_PTR);
    SYSCALL(t, 140, setpriority, A_INT, A_INT, A_INT);
    SYSCALL(t, 141, getpriority, A_INT, A_INT);
    SYSCALL(t, 143, setregid, A_INT, A_INT);
    SYSCALL(t, 144, setgid, A_INT);
    SYSCALL(t, 145, setreuid, A_INT, A_INT);
    SYSCALL(t, 146, setuid, A_INT);
    SYSCALL(t, 147, setresuid, A_INT, A_INT, A_INT);
    SYSCALL(t, 148, getresuid, A_PTR, A_PTR, A_PTR);
    SYSCALL(t, 149, setresgid, A_INT, A_INT, A_INT);
    SYSCALL(t, 150, getresgid, A_PTR, A_PTR, A_PTR);
    SYSCALL(t, 151, setfsuid, A_INT);
    SYSCALL(t, 152, setfsgid, A_INT);
    SYSCALL(t, 154, setpgid, A_INT, A_INT);
    SYSCALL(t, 155, getpgid, A_INT);
    SYSCALL(t, 156, getsid, A_INT);
    SYSCALL(t, 157, setsid);
    SYSCALL(t, 158, getgroups, A_INT, A_PTR);
    SYSCALL(t, 159, setgroups, A_INT, A_PTR);
    SYSCALL(t, 220, clone, A_CLONE, A_HEX, A_PTR, A_HEX, A_PTR);
    SYSCALL(t, 221, execve, A_STR, A_ARGV, A_PTR);
    SYSCALL(t, 260, wait4, A_INT, A_PTR, A_HEX, A_PTR);
    SYSCALL(t, 435, clone3, A_PTR, A_INT);
}
