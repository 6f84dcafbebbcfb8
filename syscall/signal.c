/*
 * Signal system calls; the machinery is in signals/ (see signals.h).
 *
 * struct sigaction differs between the guests: riscv64 has no sa_restorer
 * (cf. linux: include/uapi/asm-generic/signal.h without SA_RESTORER),
 * aarch64 has one (arch/arm64 defines SA_RESTORER).  sigset_t is 64 bits
 * for both, with the same signal numbers as x86-64.
 */
#include <elf.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "signals/signals.h"
#include "syscall/internal.h"

static bool has_restorer(const Cpu *cpu)
{
    return cpu->vm->isa->elf_machine == EM_AARCH64;
}

static int64_t sys_rt_sigaction(Cpu *cpu, const uint64_t *a)
{
    int sig = (int)a[0];
    size_t size = has_restorer(cpu) ? 32 : 24;
    const uint64_t *act = a[1] ? guest_buf(cpu, a[1], size) : NULL;
    uint64_t *old = a[2] ? guest_buf(cpu, a[2], size) : NULL;
    GuestSigaction prev;

    if (sig < 1 || sig > GUEST_NSIG || a[3] != 8)
        return -EINVAL;
    if ((a[1] && !act) || (a[2] && !old))
        return -EFAULT;
    if ((sig == SIGKILL || sig == SIGSTOP) && act)
        return -EINVAL;
    guest_sigaction_get(sig, &prev);
    if (act) {
        GuestSigaction n = { .handler = act[0], .flags = act[1] };
        n.restorer = has_restorer(cpu) ? act[2] : 0;
        n.mask = has_restorer(cpu) ? act[3] : act[2];
        n.mask &= ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
        int err = guest_sigaction_set(sig, &n);
        if (err)
            return err;
    }
    if (old) {
        old[0] = prev.handler;
        old[1] = prev.flags;
        if (has_restorer(cpu)) {
            old[2] = prev.restorer;
            old[3] = prev.mask;
        } else {
            old[2] = prev.mask;
        }
    }
    return 0;
}

static int64_t sys_rt_sigprocmask(Cpu *cpu, const uint64_t *a)
{
    SigState *s = cpu->sig;
    uint64_t old = s->mask;

    if (a[3] != 8)
        return -EINVAL;
    if (a[1]) {
        const uint64_t *set = guest_buf(cpu, a[1], 8);
        if (!set)
            return -EFAULT;
        switch ((int)a[0]) {
        case SIG_BLOCK: guest_set_mask(cpu, old | *set); break;
        case SIG_UNBLOCK: guest_set_mask(cpu, old & ~*set); break;
        case SIG_SETMASK: guest_set_mask(cpu, *set); break;
        default: return -EINVAL;
        }
    }
    if (a[2]) {
        uint64_t *o = guest_buf(cpu, a[2], 8);
        if (!o)
            return -EFAULT;
        *o = old;
    }
    return 0;
}

static int64_t sys_rt_sigpending(Cpu *cpu, const uint64_t *a)
{
    uint64_t host = 0;
    uint64_t *set = guest_buf(cpu, a[0], 8);

    if (a[1] != 8)
        return -EINVAL;
    if (!set)
        return -EFAULT;
    if (syscall(SYS_rt_sigpending, &host, 8) != 0)
        return -errno;
    *set = (host | __atomic_load_n(&cpu->sig->pending, __ATOMIC_SEQ_CST)) & cpu->sig->mask;
    return 0;
}

static int64_t sys_rt_sigsuspend(Cpu *cpu, const uint64_t *a)
{
    SigState *s = cpu->sig;
    const uint64_t *set = guest_buf(cpu, a[0], 8);

    if (a[1] != 8)
        return -EINVAL;
    if (!set)
        return -EFAULT;
    uint64_t want = *set;
    s->saved_mask = s->mask;
    s->saved_mask_valid = true;
    s->mask = want & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    /* Queued, undelivered signals stay blocked on the host (guest_set_mask). */
    uint64_t host = (s->mask | __atomic_load_n(&s->pending, __ATOMIC_SEQ_CST)) &
                    ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) |
                      SIGBIT(SIGTRAP));
    /* A signal already queued and now unblocked ends the wait at once. */
    if (__atomic_load_n(&s->pending, __ATOMIC_SEQ_CST) & ~s->mask) {
        cpu->signal_pending = 1;
        return -EINTR;
    }
    long r = safe_syscall(SYS_rt_sigsuspend, (long)&host, 8, 0, 0, 0, 0);
    /* Whatever woke it, the handler's frame restores the saved mask;
     * the host mask follows the guest's again. */
    uint64_t mask = s->mask;
    guest_set_mask(cpu, mask);
    return r;
}

static int64_t sys_rt_sigtimedwait(Cpu *cpu, const uint64_t *a)
{
    const uint64_t *set = guest_buf(cpu, a[0], 8);
    void *info = a[1] ? guest_buf(cpu, a[1], 128) : NULL;
    const void *ts = a[2] ? guest_buf(cpu, a[2], 16) : NULL;

    if (a[3] != 8)
        return -EINVAL;
    if (!set || (a[1] && !info) || (a[2] && !ts))
        return -EFAULT;
    uint64_t want = *set;
    /* Queued here already (arrived while unblocked, not yet delivered)? */
    uint64_t queued = __atomic_load_n(&cpu->sig->pending, __ATOMIC_SEQ_CST) & want;
    if (queued) {
        int sig = __builtin_ctzll(queued) + 1;
        __atomic_and_fetch(&cpu->sig->pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
        if (info)
            memcpy(info, &cpu->sig->info[sig], 128);
        guest_set_mask(cpu, cpu->sig->mask);    /* the host may queue the next one now */
        return sig;
    }
    return safe_syscall(SYS_rt_sigtimedwait, (long)&want, (long)info, (long)ts, 8, 0, 0);
}

static int64_t sys_rt_sigqueueinfo(Cpu *cpu, const uint64_t *a)
{
    void *info = guest_buf(cpu, a[2], 128);
    return info ? host_result(syscall(SYS_rt_sigqueueinfo, (pid_t)a[0], (int)a[1], info)) : -EFAULT;
}

static int64_t sys_rt_tgsigqueueinfo(Cpu *cpu, const uint64_t *a)
{
    void *info = guest_buf(cpu, a[3], 128);
    return info ? host_result(syscall(SYS_rt_tgsigqueueinfo, (pid_t)a[0], (pid_t)a[1], (int)a[2],
                                      info))
                : -EFAULT;
}

static int64_t sys_sigaltstack(Cpu *cpu, const uint64_t *a)
{
    return guest_sigaltstack(cpu, a[0], a[1]);
}

static int64_t sys_rt_sigreturn(Cpu *cpu, const uint64_t *a)
{
    return (int64_t)guest_sigreturn(cpu);
}

void syscall_register_signal(SyscallDesc *t)
{
    SYSCALL(t, 132, sigaltstack, A_PTR, A_PTR);
    SYSCALL(t, 133, rt_sigsuspend, A_PTR, A_INT);
    SYSCALL(t, 134, rt_sigaction, A_SIG, A_PTR, A_PTR, A_INT);
    SYSCALL(t, 135, rt_sigprocmask, A_INT, A_PTR, A_PTR, A_INT);
    SYSCALL(t, 136, rt_sigpending, A_PTR, A_INT);
    SYSCALL(t, 137, rt_sigtimedwait, A_PTR, A_PTR, A_PTR, A_INT);
    SYSCALL(t, 138, rt_sigqueueinfo, A_INT, A_SIG, A_PTR);
    SYSCALL(t, 139, rt_sigreturn);
    SYSCALL(t, 240, rt_tgsigqueueinfo, A_INT, A_INT, A_SIG, A_PTR);
}
