/*
 * safe_syscall_base(flag, nr, a1..a6): a host system call that cannot miss
 * a guest signal.
 *
 * The pending flag is tested right before the syscall instruction.  If a
 * host signal arrives between the test and the syscall, the host handler
 * (signals.c) sees the interrupted rip inside [safe_syscall_start,
 * safe_syscall_end) and moves it to safe_syscall_eintr, so the call returns
 * -EINTR instead of blocking with the signal queued.  A signal that arrives
 * while the kernel blocks interrupts the call with -EINTR itself (the host
 * handlers are installed without SA_RESTART); the run loop then delivers
 * the guest signal and decides, as the guest kernel would, whether the
 * call restarts.
 */
        .text
        .globl  safe_syscall_base
        .globl  safe_syscall_start
        .globl  safe_syscall_end
        .globl  safe_syscall_eintr
        .type   safe_syscall_base, @function
safe_syscall_base:
        .cfi_startproc
        movq    %rdi, %r11              /* the pending flag */
        movq    %rsi, %rax              /* syscall number */
        movq    %rdx, %rdi
        movq    %rcx, %rsi
        movq    %r8, %rdx
        movq    %r9, %r10
        movq    8(%rsp), %r8
        movq    16(%rsp), %r9
safe_syscall_start:
        cmpl    $0, (%r11)
        jne     safe_syscall_eintr
        syscall
safe_syscall_end:
        ret
safe_syscall_eintr:
        movq    $-4, %rax               /* -EINTR */
        ret
        .cfi_endproc
        .size   safe_syscall_base, .-safe_syscall_base

/* The restorer of xlat's own host signal handlers (rt_sigreturn). */
        .globl  xlat_host_restorer
        .type   xlat_host_restorer, @function
xlat_host_restorer:
        movq    $15, %rax
        syscall
        .size   xlat_host_restorer, .-xlat_host_restorer

        .section .note.GNU-stack,"",@progbits
