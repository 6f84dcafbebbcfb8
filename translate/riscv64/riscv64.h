/*
 * The riscv64 guest's entry points for the rest of xlat.
 */
#ifndef XLAT_TRANSLATE_RISCV64_RISCV64_H
#define XLAT_TRANSLATE_RISCV64_RISCV64_H

#include "core/cpu.h"
#include "core/vm.h"

void rv_invalidate(Vm *vm, uint64_t addr, uint64_t len);
void rv_run(Cpu *cpu);
void rv_thread_exit(Cpu *cpu);
void rv_jit_thread_exit(void);

#endif
