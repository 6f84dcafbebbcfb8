/*
 * Guest signals.  Synchronous guest faults (illegal instruction, breakpoint,
 * bad memory access) enter here from the interpreters.
 */
#ifndef XLAT_SIGNALS_SIGNALS_H
#define XLAT_SIGNALS_SIGNALS_H

#include <stdint.h>

#include "core/cpu.h"

/* Deliver a synchronous signal caused by the instruction at cpu->pc.
 * Without a guest handler the process ends as the kernel would end it. */
void guest_raise_signal(Cpu *cpu, int sig, int si_code, uint64_t fault_addr);

/* Install the host handlers that turn host faults in guest accesses into
 * guest signals. */
void signals_init(void);

/* End the whole process as if killed by sig (default action, same wait status). */
__attribute__((noreturn)) void exit_by_signal(int sig);

#endif
