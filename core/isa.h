/*
 * What xlat needs from each guest ISA.  One instance per guest
 * (translate/riscv64/isa.c, translate/aarch64/isa.c); the loader selects it
 * from the ELF header's e_machine.
 */
#ifndef XLAT_CORE_ISA_H
#define XLAT_CORE_ISA_H

#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"

typedef struct GuestIsa GuestIsa;

struct GuestIsa {
    const char *name;           /* "riscv64", "aarch64": uname machine too */
    uint16_t elf_machine;       /* EM_RISCV, EM_AARCH64 */
    const char *default_sysroot;
    uint64_t hwcap, hwcap2;     /* AT_HWCAP, AT_HWCAP2 (0: not in auxv) */
    const char *platform;       /* AT_PLATFORM string, or NULL */
    uint64_t minsigstksz;       /* AT_MINSIGSTKSZ (0: not in auxv) */
    /* Registers at process entry: pc, sp, and whatever the ABI says. */
    void (*init_cpu)(Cpu *cpu, uint64_t entry, uint64_t sp);
    /* Run guest code until cpu->exit_requested. */
    void (*run)(Cpu *cpu);
    /* One line of disassembly of the instruction at pc for -d in_asm;
     * returns its length in bytes (0 when it cannot be read). */
    size_t (*disas)(Cpu *cpu, uint64_t pc, char *buf, size_t size);
    /* Drop cached decodings/translations of guest code in [addr, addr+len):
     * the guest unmapped, remapped or reprotected it, or executed fence.i. */
    void (*invalidate)(Vm *vm, uint64_t addr, uint64_t len);
    /* Syscall ABI: number and argument registers, result register. */
    uint64_t (*syscall_nr)(const Cpu *cpu);
    uint64_t (*syscall_arg)(const Cpu *cpu, int i);
    void (*syscall_set_result)(Cpu *cpu, uint64_t value);
};

extern const GuestIsa guest_isa_riscv64;
extern const GuestIsa guest_isa_aarch64;

#endif
