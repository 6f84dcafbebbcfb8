/*
 * Guest signals: actions, masks, delivery, frames, sigreturn.
 *
 * The design in one paragraph: the guest's signal mask is mirrored into
 * the host thread's mask, and for every signal the guest handles xlat
 * installs one host handler, so the host kernel decides which thread gets
 * a process-directed signal exactly as it would decide for the guest.  The
 * host handler only queues the signal on that thread's SigState and raises
 * cpu->signal_pending; the thread's run loop delivers it between blocks by
 * building the guest kernel's signal frame on the guest stack
 * (frame-riscv64.c, frame-aarch64.c).  Blocking system calls go through
 * safe_syscall() (safe-syscall.S), which cannot lose a signal that arrives
 * between "checked for signals" and "entered the kernel".  Synchronous
 * guest faults are delivered at once from guest_raise_signal(), which
 * leaves the interpreter through the thread's resume point.
 */
#ifndef XLAT_SIGNALS_SIGNALS_H
#define XLAT_SIGNALS_SIGNALS_H

#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"

#define GUEST_NSIG 64
#define SIGBIT(sig) (1ULL << ((sig) - 1))

/* A guest sigaction in ISA-neutral form (the ISAs' structs differ only by
 * aarch64's sa_restorer). */
typedef struct GuestSigaction {
    uint64_t handler;       /* 0 = SIG_DFL, 1 = SIG_IGN, else a guest address */
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
} GuestSigaction;

/* Per guest thread. */
typedef struct SigState {
    uint64_t mask;                  /* the guest's blocked set */
    uint64_t pending;               /* queued signals (atomic) */
    siginfo_t info[GUEST_NSIG + 1];
    uint64_t altstack_sp, altstack_size;
    int altstack_flags;             /* SS_DISABLE or 0 */
    sigjmp_buf resume;              /* re-entry of the run loop after a synchronous signal */
    /* A syscall that a signal interrupted: what restarting it needs. */
    bool restart_valid;
    int restart_nr;
    uint64_t restart_pc, restart_arg0;
    /* rt_sigsuspend's saved mask, restored by the handler's sigreturn. */
    bool saved_mask_valid;
    uint64_t saved_mask;
} SigState;

/* Deliver a synchronous signal caused by the instruction at cpu->pc (whose
 * registers are exact).  Does not return: with a guest handler, control
 * goes back to the run loop at the handler; otherwise the process ends as
 * the kernel would end it. */
__attribute__((noreturn)) void guest_raise_signal(Cpu *cpu, int sig, int si_code,
                                                  uint64_t fault_addr);

/* Install the host handlers xlat itself needs (faults). */
void signals_init(void);

/* The Cpu running guest code on this thread (for the host handlers). */
extern __thread Cpu *current_cpu;

/* End the whole process as if killed by sig (default action, same wait status). */
__attribute__((noreturn)) void exit_by_signal(int sig);

/* Run a thread's guest code: the run loop, with its resume point for
 * synchronous signals.  Returns when the thread exits. */
void cpu_loop(Cpu *cpu);

/* Give a new thread its signal state (mask copied from parent, or 0). */
SigState *sigstate_new(const SigState *parent);

/* Deliver the pending, unblocked signals of this thread (run loop, between blocks). */
void signals_deliver(Cpu *cpu);

/* The guest's sigaction for sig: get and set (set also sets the host's). */
void guest_sigaction_get(int sig, GuestSigaction *act);
int guest_sigaction_set(int sig, const GuestSigaction *act);

/* Set this thread's guest mask (and the host mask mirroring it). */
void guest_set_mask(Cpu *cpu, uint64_t mask);

/* A syscall returned -EINTR because of a host signal: remember how to restart it. */
void signals_note_interrupted(Cpu *cpu, int nr, uint64_t pc, uint64_t arg0);

/* rt_sigreturn for the current ISA: restores the registers from the frame;
 * returns the restored result register (so the syscall return keeps it). */
uint64_t guest_sigreturn(Cpu *cpu);

/* The per-ISA frame code (frame-riscv64.c, frame-aarch64.c).  setup returns
 * false when the frame cannot be written (bad stack). */
bool rv_setup_frame(Cpu *cpu, int sig, const siginfo_t *info, const GuestSigaction *act,
                    uint64_t oldmask, uint64_t sp);
uint64_t rv_sigreturn(Cpu *cpu, uint64_t *mask);
bool a64_setup_frame(Cpu *cpu, int sig, const siginfo_t *info, const GuestSigaction *act,
                     uint64_t oldmask, uint64_t sp);
uint64_t a64_sigreturn(Cpu *cpu, uint64_t *mask);

/* The guest address of the sigreturn trampoline page (loader maps it). */
extern uint64_t guest_sigtramp;
void signals_map_trampolines(Vm *vm);

/* Blocking host syscalls for the guest (safe-syscall.S): returns the raw
 * kernel result (-errno on failure), and -EINTR without entering the kernel
 * when a guest signal is already pending. */
long safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* Copy a guest-visible stack_t (sigaltstack): 0 or -errno. */
int guest_sigaltstack(Cpu *cpu, uint64_t ss, uint64_t old_ss);

#endif
