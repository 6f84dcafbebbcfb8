/*
 * Guest signals, first stage: synchronous guest faults end the process the
 * way the kernel ends a process that does not handle the signal.  The
 * parent sees the same wait status as for a native process: xlat restores
 * the default action and re-raises the signal on itself.
 *
 * A host SIGSEGV or SIGBUS whose fault address lies inside the guest
 * address range came from a guest access (the interpreters touch guest
 * memory only through core/mem.h), so it is the guest's fault at
 * current_cpu->pc.  Any other host fault is a bug in xlat, reported as such.
 */
#include "signals/signals.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "core/vm.h"

__thread Cpu *current_cpu;

/* async-signal-safe */
void exit_by_signal(int sig)
{
    struct sigaction sa;
    sigset_t set;

    if (log_file)
        fflush(log_file);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(sig, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    /* Signals whose default action is to ignore (SIGCHLD...) fall through. */
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

void guest_raise_signal(Cpu *cpu, int sig, int si_code, uint64_t fault_addr)
{
    report_uncaught(cpu, sig, fault_addr);
    exit_by_signal(sig);
}

/* async-signal-safe */
static void host_fault(int sig, siginfo_t *info, void *uctx)
{
    Cpu *cpu = current_cpu;
    uint64_t host = (uint64_t)(uintptr_t)info->si_addr;

    if (cpu) {
        Vm *vm = cpu->vm;
        uint64_t guest = host - vm->guest_base;
        if (guest >= vm->guest_min && guest < vm->guest_limit)
            guest_raise_signal(cpu, sig, info->si_code, guest);
    }
    static const char msg[] = "xlat: internal error: host fault outside guest memory\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
        abort();
    exit_by_signal(sig);
}

void signals_init(void)
{
    struct sigaction sa;
    static char altstack[64 * 1024];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };

    /* The handler must run even when the guest's stack pointer is wild. */
    sigaltstack(&ss, NULL);
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = host_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}
