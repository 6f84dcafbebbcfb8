/*
 * Guest signals: see signals.h for the design.
 *
 * Host handlers here:
 *   host_queue  - every signal the guest handles: queue it on the current
 *                 thread (async-signal-safe: stores, one atomic OR);
 *   host_fault  - SIGSEGV and SIGBUS, always installed: a fault on a guest
 *                 address is the guest's synchronous fault at
 *                 current_cpu->pc; a fault anywhere else is a bug in xlat.
 *
 * A synchronous guest signal with a guest handler is delivered at once:
 * the frame is built from the exact guest state and the thread's run loop
 * is re-entered through its resume point (siglongjmp, which also restores
 * the host mask when it leaves a host handler).
 */
#include "signals/signals.h"

#include <elf.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "core/isa.h"
#include "core/log.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "translate/jit/smc.h"
#include "translate/jit/verify.h"

#ifndef SA_RESTORER
#define SA_RESTORER 0x04000000
#endif
#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif

__thread Cpu *current_cpu;
uint64_t guest_sigtramp;

/* Optional: the translator's hook to bring the guest state up to date
 * from a host context interrupted inside translated code; true when it was
 * at one of its guest accesses (a fault site). */
bool (*signals_fault_fixup)(Cpu *cpu, void *host_ucontext);
/* Optional: after signals_fault_fixup, the guest address the load at
 * cpu->pc reads; false where that instruction is no load.  Translated
 * loads are not range-checked (loadfault, translate/jit/techniques.h). */
bool (*signals_load_address)(Cpu *cpu, uint64_t *guest_addr);

static GuestSigaction actions[GUEST_NSIG + 1];
static pthread_mutex_t actions_lock = PTHREAD_MUTEX_INITIALIZER;

/* Synchronous signals can never be blocked on the host: a fault while
 * blocked would kill xlat instead of reaching the guest's rules. */
#define HOST_UNBLOCKABLE (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) | \
                          SIGBIT(SIGTRAP) | SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

extern char safe_syscall_start[], safe_syscall_end[], safe_syscall_eintr[];
extern void xlat_host_restorer(void);
long safe_syscall_base(volatile uint32_t *flag, long nr, long a1, long a2, long a3, long a4,
                       long a5, long a6);

/* cf. linux: arch/x86/include/uapi/asm/signal.h, the kernel's sigaction */
struct host_ksigaction {
    void *handler;
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};

/* The raw syscall: glibc's sigaction refuses 32 and 33, which the guest's
 * own libc uses for thread cancellation and set*id broadcasts. */
static int host_sigaction(int sig, void *handler, bool siginfo)
{
    struct host_ksigaction k = {
        .handler = handler,
        .flags = SA_RESTORER | (siginfo ? SA_SIGINFO | SA_ONSTACK : 0),
        .restorer = xlat_host_restorer,
        .mask = siginfo ? ~0ULL : 0,
    };
    return (int)syscall(SYS_rt_sigaction, sig, &k, NULL, 8);
}

/* async-signal-safe */
void exit_by_signal(int sig)
{
    uint64_t set = SIGBIT(sig);

    if (log_file)
        fflush(log_file);
    host_sigaction(sig, SIG_DFL, false);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, NULL, 8);
    syscall(SYS_tgkill, getpid(), gettid(), sig);
    /* Signals whose default action is to ignore fall through. */
    _exit(128 + sig);
}

/* async-signal-safe (strsignal is not, so the names are a table) */
static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGILL: return "Illegal instruction";
    case SIGTRAP: return "Trace/breakpoint trap";
    case SIGSEGV: return "Segmentation fault";
    case SIGBUS: return "Bus error";
    case SIGFPE: return "Floating point exception";
    case SIGABRT: return "Aborted";
    default: return "Signal";
    }
}

/* async-signal-safe */
static void report_uncaught(Cpu *cpu, int sig, uint64_t addr)
{
    char buf[200];
    int n = snprintf(buf, sizeof buf, "xlat: uncaught guest signal %d (%s) at pc %#llx",
                     sig, signal_name(sig), (unsigned long long)(cpu ? cpu->pc : 0));
    if (sig == SIGSEGV || sig == SIGBUS)
        n += snprintf(buf + n, sizeof buf - n, ", address %#llx", (unsigned long long)addr);
    buf[n++] = '\n';
    if (write(STDERR_FILENO, buf, n) < 0)
        return;
}

void guest_sigaction_get(int sig, GuestSigaction *act)
{
    pthread_mutex_lock(&actions_lock);
    *act = actions[sig];
    pthread_mutex_unlock(&actions_lock);
}

static void host_queue(int sig, siginfo_t *info, void *uc);

int guest_sigaction_set(int sig, const GuestSigaction *act)
{
    int err = 0;

    pthread_mutex_lock(&actions_lock);
    actions[sig] = *act;
    if (sig != SIGSEGV && sig != SIGBUS) {
        void *h = act->handler == 0 ? SIG_DFL : act->handler == 1 ? SIG_IGN : (void *)host_queue;
        if (host_sigaction(sig, h, h == (void *)host_queue) != 0)
            err = -errno;
    }
    pthread_mutex_unlock(&actions_lock);
    return err;
}

void guest_set_mask(Cpu *cpu, uint64_t mask)
{
    mask &= ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    cpu->sig->mask = mask;
    /* A signal queued here and not yet delivered stays blocked on the
     * host, so a second one (a real-time signal's next instance) waits in
     * the host kernel's queue instead of overwriting the first. */
    uint64_t host = (mask | __atomic_load_n(&cpu->sig->pending, __ATOMIC_SEQ_CST)) &
                    ~HOST_UNBLOCKABLE;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &host, NULL, 8);
    /* Something queued may just have become deliverable. */
    if (__atomic_load_n(&cpu->sig->pending, __ATOMIC_SEQ_CST) & ~mask) {
        cpu->signal_pending = 1;
        cpu->jit_exit = 1;
    }
}

SigState *sigstate_new(const SigState *parent)
{
    SigState *s = calloc(1, sizeof *s);

    if (parent) {
        s->mask = parent->mask;
    } else {
        /* The first thread inherits the mask xlat was started with. */
        syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &s->mask, 8);
    }
    s->altstack_flags = SS_DISABLE;
    return s;
}

/* async-signal-safe */
static void queue_on(Cpu *cpu, int sig, const siginfo_t *info)
{
    SigState *s = cpu->sig;

    s->info[sig] = *info;
    __atomic_or_fetch(&s->pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
    cpu->signal_pending = 1;
    cpu->jit_exit = 1;
}

/* async-signal-safe */
static void leave_safe_syscall(void *uc)
{
    ucontext_t *u = uc;
    uintptr_t rip = (uintptr_t)u->uc_mcontext.gregs[REG_RIP];

    if (rip >= (uintptr_t)safe_syscall_start && rip < (uintptr_t)safe_syscall_end)
        u->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)safe_syscall_eintr;
}

/* async-signal-safe */
static void host_queue(int sig, siginfo_t *info, void *uc)
{
    Cpu *cpu = current_cpu;

    leave_safe_syscall(uc);
    if (cpu && cpu->sig) {
        queue_on(cpu, sig, info);
        /* Blocked on the host until delivered (guest_set_mask unblocks it):
         * the sigreturn of this handler restores this mask. */
        uint64_t *host_mask = (uint64_t *)&((ucontext_t *)uc)->uc_sigmask;
        *host_mask |= SIGBIT(sig) & ~HOST_UNBLOCKABLE;
    }
}

/* async-signal-safe */
static void host_fault(int sig, siginfo_t *info, void *uc)
{
    Cpu *cpu = current_cpu;
    uint64_t host = (uint64_t)(uintptr_t)info->si_addr;

    if (info->si_code <= 0) {
        /* Sent by kill/tgkill, not a fault: an asynchronous signal. */
        leave_safe_syscall(uc);
        if (cpu && cpu->sig && actions[sig].handler > 1) {
            queue_on(cpu, sig, info);
            return;
        }
        if (actions[sig].handler == 1)
            return;
        exit_by_signal(sig);
    }
    if (cpu) {
        Vm *vm = cpu->vm;
        uint64_t guest = host - vm->guest_base;
        if (guest >= vm->guest_min && guest < vm->guest_limit + VM_GUARD_SIZE) {
            int code = info->si_code;
            /* A write to a code page xlat write-protected (translate/jit/
             * smc.h): unprotected now, the write is retried. */
            const ucontext_t *ctx = uc;
            if (sig == SIGSEGV && code == SEGV_ACCERR && (ctx->uc_mcontext.gregs[REG_ERR] & 2) &&
                smc_write_fault(cpu, guest))
                return;
            /* The host sees every guest hole as a PROT_NONE reservation
             * (SEGV_ACCERR); the guest must see SEGV_MAPERR for a page
             * it has not mapped. */
            if (sig == SIGSEGV)
                code = aspace_prot_at(vm, guest & GUEST_PAGE_MASK) < 0 ? SEGV_MAPERR : SEGV_ACCERR;
            if (signals_fault_fixup)
                signals_fault_fixup(cpu, uc);
            guest_raise_signal(cpu, sig, code, guest);
        }
        /* A load outside guest memory in translated code, which leaves
         * loads unchecked (loadfault): the guest's SIGSEGV at the address
         * its instruction names (the host's si_addr is 0 for a
         * non-canonical address), as natively, where nothing is mapped
         * there; also for a SIGBUS from one of xlat's own file mappings. */
        uint64_t addr;
        if ((sig == SIGSEGV || sig == SIGBUS) && signals_load_address && signals_fault_fixup &&
            signals_fault_fixup(cpu, uc) && signals_load_address(cpu, &addr))
            guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, addr);
        /* Translated code may leave out the range check of an access that
         * starts at most VM_GUARD_SIZE below one it checked on the same
         * base: the host never maps the addresses just below guest_min
         * (translate/riscv64/translate.c, address()), and a fault there at
         * a guest access is the guest's SIGSEGV. */
        if (sig == SIGSEGV && vm->guest_min >= VM_GUARD_SIZE && guest < vm->guest_min &&
            guest >= vm->guest_min - VM_GUARD_SIZE && signals_fault_fixup &&
            signals_fault_fixup(cpu, uc))
            guest_raise_signal(cpu, sig, SEGV_MAPERR, guest);
        /* The same for an access that checks only its base register, a
         * little below 0 (JIT_BASE_SLACK, translate/jit/cache.h): the
         * address wraps to the top of the 64-bit space, the host kernel's,
         * which always faults. */
        if (sig == SIGSEGV && vm->guest_base == 0 && guest >= (uint64_t)-VM_GUARD_SIZE &&
            signals_fault_fixup && signals_fault_fixup(cpu, uc))
            guest_raise_signal(cpu, sig, SEGV_MAPERR, guest);
    }
    static const char msg[] = "xlat: internal error: host fault outside guest memory\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
        abort();
    exit_by_signal(sig);
}

static bool on_altstack(const SigState *s, uint64_t sp)
{
    return s->altstack_flags == 0 && sp > s->altstack_sp &&
           sp <= s->altstack_sp + s->altstack_size;
}

/* Build the frame and switch the thread to the handler.  False when the
 * frame cannot be written: the kernel then forces SIGSEGV. */
static bool deliver_one(Cpu *cpu, int sig, const siginfo_t *info, const GuestSigaction *act)
{
    SigState *s = cpu->sig;
    const GuestIsa *isa = cpu->vm->isa;
    uint64_t oldmask = s->saved_mask_valid ? s->saved_mask : s->mask;
    uint64_t sp = isa->stack_pointer(cpu);

    s->saved_mask_valid = false;
    if ((act->flags & SA_ONSTACK) && s->altstack_flags == 0 && !on_altstack(s, sp))
        sp = s->altstack_sp + s->altstack_size;
    if (log_enabled(LOG_STRACE))
        xlat_log("%d --- signal %d (handler %#llx) at pc %#llx ---\n", cpu->tid, sig,
                 (unsigned long long)act->handler, (unsigned long long)cpu->pc);
    if (!isa->signal_frame(cpu, sig, info, act, oldmask, sp))
        return false;
    uint64_t mask = s->mask | act->mask;
    if (!(act->flags & SA_NODEFER))
        mask |= SIGBIT(sig);
    guest_set_mask(cpu, mask);
    if (act->flags & SA_RESETHAND) {
        GuestSigaction dfl = { 0 };
        guest_sigaction_set(sig, &dfl);
    }
    return true;
}

void guest_raise_signal(Cpu *cpu, int sig, int si_code, uint64_t fault_addr)
{
    GuestSigaction act = actions[sig];     /* no lock: may run in a host handler */

    if (__builtin_expect(jit_verify_on, 0))
        jit_verify_signal(sig, fault_addr);     /* the interpreter's run on a copy ends here */
    if (cpu && cpu->sig && act.handler > 1 && !(cpu->sig->mask & SIGBIT(sig))) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        info.si_signo = sig;
        info.si_code = si_code;
        info.si_addr = (void *)(uintptr_t)fault_addr;
        if (deliver_one(cpu, sig, &info, &act))
            siglongjmp(cpu->sig->resume, 1);
        sig = SIGSEGV;
    }
    report_uncaught(cpu, sig, fault_addr);
    exit_by_signal(sig);
}

static bool default_ignores(int sig)
{
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

/* Syscalls the kernel never restarts once a handler has run
 * (-ERESTARTNOHAND and -ERESTART_RESTARTBLOCK in the kernel). */
static bool restartable_after_handler(int nr)
{
    switch (nr) {
    case 22:    /* epoll_pwait */
    case 72:    /* pselect6 */
    case 73:    /* ppoll */
    case 101:   /* nanosleep */
    case 115:   /* clock_nanosleep */
    case 133:   /* rt_sigsuspend */
    case 137:   /* rt_sigtimedwait */
    case 4:     /* io_getevents */
    case 192:   /* semtimedop */
    case 441:   /* epoll_pwait2 */
        return false;
    default:
        return true;
    }
}

static void restart_syscall(Cpu *cpu)
{
    SigState *s = cpu->sig;

    cpu->pc = s->restart_pc;
    cpu->vm->isa->syscall_set_result(cpu, s->restart_arg0);
    s->restart_valid = false;
}

void signals_note_interrupted(Cpu *cpu, int nr, uint64_t pc, uint64_t arg0)
{
    SigState *s = cpu->sig;

    s->restart_valid = true;
    s->restart_nr = nr;
    s->restart_pc = pc;
    s->restart_arg0 = arg0;
}

void signals_deliver(Cpu *cpu)
{
    SigState *s = cpu->sig;

    cpu->signal_pending = 0;
    for (;;) {
        uint64_t ready = __atomic_load_n(&s->pending, __ATOMIC_SEQ_CST) & ~s->mask;
        if (!ready)
            break;
        int sig = __builtin_ctzll(ready) + 1;
        __atomic_and_fetch(&s->pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
        siginfo_t info = s->info[sig];
        GuestSigaction act;
        guest_sigaction_get(sig, &act);
        if (act.handler == 1 || (act.handler == 0 && default_ignores(sig)))
            continue;
        if (act.handler == 0) {
            if (sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU || sig == SIGSTOP) {
                kill(getpid(), SIGSTOP);
                continue;
            }
            exit_by_signal(sig);
        }
        if (s->restart_valid) {
            if ((act.flags & SA_RESTART) && restartable_after_handler(s->restart_nr))
                restart_syscall(cpu);
            s->restart_valid = false;
        }
        if (!deliver_one(cpu, sig, &info, &act)) {
            report_uncaught(cpu, SIGSEGV, 0);
            exit_by_signal(SIGSEGV);
        }
    }
    /* rt_sigsuspend woken by a signal that ran no handler: its mask ends. */
    if (s->saved_mask_valid) {
        s->saved_mask_valid = false;
        guest_set_mask(cpu, s->saved_mask);
    } else {
        /* Unblock on the host what was dequeued without a handler. */
        guest_set_mask(cpu, s->mask);
    }
    /* Interrupted, but no handler ran: the call restarts unseen. */
    if (s->restart_valid)
        restart_syscall(cpu);
}

uint64_t guest_sigreturn(Cpu *cpu)
{
    uint64_t mask = cpu->sig->mask;
    uint64_t result = cpu->vm->isa->signal_return(cpu, &mask);

    guest_set_mask(cpu, mask);
    return result;
}

int guest_sigaltstack(Cpu *cpu, uint64_t ss_addr, uint64_t old_addr)
{
    SigState *s = cpu->sig;
    /* cf. linux: include/uapi/asm-generic/signal.h, stack_t */
    struct { uint64_t sp; int32_t flags; int32_t pad; uint64_t size; } ss, old;
    uint64_t sp = cpu->vm->isa->stack_pointer(cpu);

    old.sp = s->altstack_sp;
    old.size = s->altstack_size;
    old.flags = s->altstack_flags == SS_DISABLE ? SS_DISABLE : on_altstack(s, sp) ? SS_ONSTACK : 0;
    old.pad = 0;
    if (ss_addr) {
        if (!guest_range_ok(cpu->vm, ss_addr, sizeof ss))
            return -EFAULT;
        memcpy(&ss, g2h(cpu->vm, ss_addr), sizeof ss);
        if (on_altstack(s, sp))
            return -EPERM;
        int mode = ss.flags & ~SS_AUTODISARM;
        if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0)
            return -EINVAL;
        if (mode == SS_DISABLE) {
            s->altstack_flags = SS_DISABLE;
            s->altstack_sp = s->altstack_size = 0;
        } else {
            if (ss.size < 2048)
                return -ENOMEM;
            s->altstack_flags = 0;
            s->altstack_sp = ss.sp;
            s->altstack_size = ss.size;
        }
    }
    if (old_addr) {
        if (!guest_range_ok(cpu->vm, old_addr, sizeof old))
            return -EFAULT;
        memcpy(g2h(cpu->vm, old_addr), &old, sizeof old);
    }
    return 0;
}

long safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    static volatile uint32_t never;
    Cpu *cpu = current_cpu;

    return safe_syscall_base(cpu ? &cpu->signal_pending : &never, nr, a1, a2, a3, a4, a5, a6);
}

void signals_map_trampolines(Vm *vm)
{
    /* One page, like a vDSO: the return paths of signal handlers.  The
     * exact instruction pairs matter: unwinders (libgcc) recognize a
     * signal frame by them. */
    static const uint32_t code[] = {
        0x08b00893,     /* riscv64: li a7, 139 (rt_sigreturn) */
        0x00000073,     /* riscv64: ecall */
        0xd2801168,     /* aarch64: mov x8, #139 */
        0xd4000001,     /* aarch64: svc #0 */
    };
    uint64_t at = aspace_find_free(vm, GUEST_PAGE_SIZE, 0);

    if (!at || aspace_map(vm, at, GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, "[vdso]") != 0)
        return;
    memcpy(g2h(vm, at), code, sizeof code);
    aspace_protect(vm, at, GUEST_PAGE_SIZE, PROT_READ | PROT_EXEC);
    guest_sigtramp = at;
}

void cpu_loop(Cpu *cpu)
{
    stack_t ss = { .ss_size = 64 * 1024 };

    current_cpu = cpu;
    if (!cpu->sig)
        cpu->sig = sigstate_new(NULL);
    /* This thread's host handlers must run even when the guest's stack
     * pointer is wild: they get a stack of their own. */
    ss.ss_sp = malloc(ss.ss_size);
    sigaltstack(&ss, NULL);
    if (sigsetjmp(cpu->sig->resume, 1))
        guest_set_mask(cpu, cpu->sig->mask);     /* siglongjmp restored the old host mask */
    while (!cpu->exit_requested)
        cpu->vm->isa->run(cpu);
    /* The guest thread is gone: a process-directed signal must go to
     * another thread (or stay pending for the process), not be queued on
     * this Cpu, which the caller frees next. */
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    current_cpu = NULL;
    /* Process-directed signals already queued here but never delivered go
     * back to the process, as the kernel hands them to another thread. */
    uint64_t left = __atomic_exchange_n(&cpu->sig->pending, 0, __ATOMIC_SEQ_CST);
    for (int sig = 1; left && sig <= GUEST_NSIG; sig++) {
        if (!(left & SIGBIT(sig)) || cpu->sig->info[sig].si_code == SI_TKILL)
            continue;
        siginfo_t info = cpu->sig->info[sig];
        /* The kernel lets only the thread group leader queue an SI_USER
         * siginfo to its own process; another thread sends a plain kill,
         * which keeps the signal but names this process as its sender. */
        if (syscall(SYS_rt_sigqueueinfo, getpid(), sig, &info) != 0)
            kill(getpid(), sig);
    }
    if (cpu->vm->isa->thread_exit)
        cpu->vm->isa->thread_exit(cpu);
    stack_t off = { .ss_flags = SS_DISABLE };
    sigaltstack(&off, NULL);
    free(ss.ss_sp);
}

static void actions_lock_take(void)
{
    pthread_mutex_lock(&actions_lock);
}

static void actions_lock_give(void)
{
    pthread_mutex_unlock(&actions_lock);
}

void signals_init(void)
{
    /* A fork while another thread changes an action: the child must not
     * inherit the lock held. */
    pthread_atfork(actions_lock_take, actions_lock_give, actions_lock_give);
    host_sigaction(SIGSEGV, (void *)host_fault, true);
    host_sigaction(SIGBUS, (void *)host_fault, true);
}
