/*
 * The guest system-call layer.  riscv64 and aarch64 share the asm-generic
 * numbering, so one table serves both; the ISA supplies the number and
 * argument registers through its GuestIsa.
 */
#ifndef XLAT_SYSCALL_SYSCALL_H
#define XLAT_SYSCALL_SYSCALL_H

#include <stdint.h>

#include "core/cpu.h"

/* Perform the syscall the guest asked for (ecall / svc #0) and write its
 * result to the guest's result register.  May set cpu->exit_requested. */
void syscall_do(Cpu *cpu);
/* How many guest threads the process has now. */
int guest_threads_live(void);

#endif
