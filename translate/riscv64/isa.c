/*
 * The riscv64 guest as the rest of xlat sees it (core/isa.h): the ELF
 * machine, the registers at entry, the syscall ABI (number in a7,
 * arguments in a0..a5, result in a0) and AT_HWCAP.
 */
#include <elf.h>
#include <stdio.h>
#include <string.h>

#include "core/isa.h"
#include "core/mem.h"
#include "signals/signals.h"
#include "translate/riscv64/insn.h"
#include "translate/riscv64/riscv64.h"

/* AT_HWCAP: one bit per single-letter extension implemented, 'a' = bit 0
 * (cf. linux: arch/riscv/include/uapi/asm/hwcap.h). */
#define HWCAP_ISA(letter) (1ULL << ((letter) - 'A'))

static void rv_init_cpu(Cpu *cpu, uint64_t entry, uint64_t sp)
{
    memset(cpu->x, 0, sizeof cpu->x);
    memset(&cpu->rv, 0, sizeof cpu->rv);
    cpu->rv.reserve_addr = RV_NO_RESERVATION;
    cpu->x[2] = sp;
    cpu->pc = entry;
}

static size_t rv_disas(Cpu *cpu, uint64_t pc, char *buf, size_t size)
{
    RvInsn in;
    uint16_t lo = guest_load16(cpu, pc);
    uint16_t hi = (lo & 3) == 3 ? guest_load16(cpu, pc + 2) : 0;

    rv_decode(lo, hi, &in);
    rv_disas_insn(&in, pc, buf, size);
    return in.len;
}

static uint64_t rv_syscall_nr(const Cpu *cpu)
{
    return cpu->x[17];
}

static uint64_t rv_syscall_arg(const Cpu *cpu, int i)
{
    return cpu->x[10 + i];
}

static void rv_syscall_set_result(Cpu *cpu, uint64_t value)
{
    cpu->x[10] = value;
}

static uint64_t rv_stack_pointer(const Cpu *cpu)
{
    return cpu->x[2];
}

static void rv_set_tls(Cpu *cpu, uint64_t tls)
{
    cpu->x[4] = tls;
}

const GuestIsa guest_isa_riscv64 = {
    .name = "riscv64",
    .elf_machine = EM_RISCV,
    .default_sysroot = "/usr/riscv64-linux-gnu",
    .hwcap = HWCAP_ISA('I') | HWCAP_ISA('M') | HWCAP_ISA('A') | HWCAP_ISA('F') |
             HWCAP_ISA('D') | HWCAP_ISA('C'),
    .init_cpu = rv_init_cpu,
    .run = rv_run,
    .disas = rv_disas,
    .invalidate = rv_invalidate,
    .syscall_nr = rv_syscall_nr,
    .syscall_arg = rv_syscall_arg,
    .syscall_set_result = rv_syscall_set_result,
    .stack_pointer = rv_stack_pointer,
    .signal_frame = rv_setup_frame,
    .signal_return = rv_sigreturn,
    .set_tls = rv_set_tls,
    .syscall_pc_past = 0,
    .thread_exit = rv_thread_exit,
};
