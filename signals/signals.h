/*
 * Guest signals.  Synchronous guest faults (illegal instruction, breakpoint,
 * bad memory access) enter here from the interpreters.
 */
#ifndef XLAT_SIGNALS_SIGNALS_H
#define XLAT_SIGNALS_SIGNALS_H

#include <stdint.h>

#include "core/cpu.h"

/* Deliver a synchronous signal caused by the instruction at cpu->pc.
 * Does not return to the caller: without a guest handler the process ends
 * as the kernel would end it; with one (a later stage), control goes back
 * to the run loop, which resumes at the handler. */
__attribute__((noreturn)) void guest_raise_signal(Cpu *cpu, int sig, int si_code,
                                                  uint64_t fault_addr);

/* Install the host handlers that turn host faults in guest accesses into
 * guest signals. */
void signals_init(void);

/* The Cpu running guest code on this thread (for the host fault handler). */
extern __thread Cpu *current_cpu;

/* End the whole process as if killed by sig (default action, same wait status). */
__attribute__((noreturn)) void exit_by_signal(int sig);

#endif
