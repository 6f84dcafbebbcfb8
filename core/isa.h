/*
 * What xlat needs from each guest ISA.  One instance per guest
 * (translate/riscv64/isa.c, translate/aarch64/isa.c); the loader selects it
 * from the ELF header's e_machine.
 */
#ifndef XLAT_CORE_ISA_H
#define XLAT_CORE_ISA_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"

typedef struct GuestIsa GuestIsa;
struct GuestSigaction;

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
    /* Signals (signals/frame-*.c): the guest stack pointer; build the
     * kernel's signal frame at sp and enter the handler (false: the frame
     * cannot be written); rt_sigreturn (restores the registers, sets *mask,
     * returns the result register's restored value). */
    uint64_t (*stack_pointer)(const Cpu *cpu);
    bool (*signal_frame)(Cpu *cpu, int sig, const siginfo_t *info,
                         const struct GuestSigaction *act, uint64_t oldmask, uint64_t sp);
    uint64_t (*signal_return)(Cpu *cpu, uint64_t *mask);
    /* The thread pointer register (CLONE_SETTLS). */
    void (*set_tls)(Cpu *cpu, uint64_t tls);
    /* cpu->pc during a syscall, relative to the syscall instruction:
     * 0 when pc is the ecall, 4 when it is past the svc. */
    int syscall_pc_past;
    /* A guest thread ends: free what the ISA keeps per thread (decoded
     * blocks, translations).  Called on that thread, at the end of its run loop. */
    void (*thread_exit)(Cpu *cpu);
    /* Syscall ABI: number and argument registers, result register. */
    uint64_t (*syscall_nr)(const Cpu *cpu);
    uint64_t (*syscall_arg)(const Cpu *cpu, int i);
    void (*syscall_set_result)(Cpu *cpu, uint64_t value);
};

extern const GuestIsa guest_isa_riscv64;
extern const GuestIsa guest_isa_aarch64;

#endif
