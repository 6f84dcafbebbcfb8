/*
 * Shared pieces of the syscall families (fs.c, mm.c, proc.c, time.c ...).
 *
 * A handler gets the Cpu and the six raw argument registers and returns
 * the value for the guest's result register: a result, or -errno.
 * Guest pointers become host pointers with g2h(); a pointer outside the
 * guest range is -EFAULT (the host kernel reports unmapped ones itself).
 * Structures whose layout differs between the guest (asm-generic) and
 * x86-64 are converted field by field, next to the handler that needs it,
 * with a comment naming the kernel header they mirror.
 */
#ifndef XLAT_SYSCALL_INTERNAL_H
#define XLAT_SYSCALL_INTERNAL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/isa.h"
#include "core/vm.h"
#include "translate/jit/smc.h"

typedef int64_t (*SyscallHandler)(Cpu *cpu, const uint64_t *a);

/* How -strace prints an argument. */
typedef enum ArgKind {
    A_END = 0, A_INT, A_HEX, A_PTR, A_STR, A_FD, A_OCT, A_BUF, A_SIG,
    A_OPENFLAGS,    /* open's flags by name, access mode first (guest values) */
    A_OFLAGS,       /* O_CLOEXEC, O_NONBLOCK ... of pipe2, eventfd2 ... */
    A_PROT,         /* PROT_* */
    A_MFLAGS,       /* MAP_* */
    A_CLONE,        /* clone flags by name */
    A_ARGV,         /* NULL-terminated array of strings */
    A_ATFLAGS,      /* AT_* flags */
} ArgKind;

typedef struct SyscallDesc {
    const char *name;
    SyscallHandler handler;
    uint8_t args[6];     /* ArgKind per argument, A_END after the last */
} SyscallDesc;

/* Each family fills in its entries of the table (indexed by asm-generic number). */
void syscall_register_fs(SyscallDesc *table);
void syscall_register_mm(SyscallDesc *table);
void syscall_register_proc(SyscallDesc *table);
void syscall_register_time(SyscallDesc *table);
void syscall_register_process(SyscallDesc *table);
void syscall_register_poll(SyscallDesc *table);
void syscall_register_net(SyscallDesc *table);
void syscall_register_fsattr(SyscallDesc *table);
void syscall_register_xfer(SyscallDesc *table);
void syscall_register_signal(SyscallDesc *table);
void syscall_register_thread(SyscallDesc *table);

/* clone with CLONE_VM and CLONE_THREAD: a new guest thread (thread.c). */
int64_t thread_clone(Cpu *cpu, const uint64_t *a);
#define SYSCALL_TABLE_SIZE 512

#define SYSCALL(table, nr, fn, ...) \
    ((table)[nr] = (SyscallDesc){ #fn, sys_##fn, { __VA_ARGS__ } })

/* Host pointer for a guest buffer, or NULL when it is outside the guest range. */
static inline void *guest_buf(const Cpu *cpu, uint64_t addr, uint64_t len)
{
    /* An empty buffer is never touched: any pointer will do, and the
     * kernel's own checks (a bad descriptor first) decide the result. */
    if (len == 0)
        return g2h(cpu->vm, cpu->vm->guest_min);
    if (!guest_range_ok(cpu->vm, addr, len))
        return NULL;
    /* The kernel may write there: no EFAULT for xlat's write-protection. */
    smc_release(cpu->vm, addr, len);
    return g2h(cpu->vm, addr);
}

/* Copy a NUL-terminated guest string into buf; -EFAULT if it is not in
 * readable guest memory, -ENAMETOOLONG if it does not fit. */
int64_t guest_string(const Cpu *cpu, uint64_t addr, char *buf, size_t size);

/* A guest path for a host syscall: copied, and absolute paths looked up
 * under the sysroot first (-L), as qemu-user does.  buf must hold PATH_MAX. */
int64_t guest_path(const Cpu *cpu, uint64_t addr, char *buf, size_t size);

/* Open flags between the guest's values and the host's (they differ for
 * aarch64 guests: O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE). */
int oflags_to_host(const Cpu *cpu, int flags);
int oflags_to_guest(const Cpu *cpu, int flags);

/* Open one of the /proc files xlat generates for the guest (procfs.c).
 * Sets *handled and returns the fd or -errno when path is one of them. */
int64_t procfs_open(Cpu *cpu, const char *path, int flags, bool *handled);

/* -strace: one line per call.  done=false prints the call before it runs
 * (only for calls that may not return). */
void strace_call(const Cpu *cpu, uint64_t nr, const SyscallDesc *d, const uint64_t *a,
                 int64_t ret, bool done);

static inline int64_t host_result(long r)
{
    return r < 0 ? -errno : r;
}

#endif
