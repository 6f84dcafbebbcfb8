/*
 * The aarch64 guest as the rest of xlat sees it: its GuestIsa (ELF machine,
 * HWCAPs, initial registers, the run loop, disassembly for -d in_asm, the
 * syscall ABI: number in x8, arguments in x0..x5, result in x0).
 *
 * AT_HWCAP advertises only what the interpreter implements and the tests
 * cover (values of linux: arch/arm64/include/uapi/asm/hwcap.h); MRS of the
 * ID registers (branch.c) answers consistently.
 */
#include "core/capstone_lazy.h"
#include <elf.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "core/vm.h"
#include "core/isa.h"
#include "signals/signals.h"
#include "translate/aarch64/a64.h"

#define HWCAP_FP (1ull << 0)
#define HWCAP_ASIMD (1ull << 1)
#define HWCAP_AES (1ull << 3)
#define HWCAP_PMULL (1ull << 4)
#define HWCAP_SHA1 (1ull << 5)
#define HWCAP_SHA2 (1ull << 6)
#define HWCAP_CRC32 (1ull << 7)
#define HWCAP_ATOMICS (1ull << 8)
#define HWCAP_CPUID (1ull << 11)
#define HWCAP_LRCPC (1ull << 15)

void a64_run(Cpu *cpu);
void a64_thread_exit(Cpu *cpu);

static void a64_init_cpu(Cpu *cpu, uint64_t entry, uint64_t sp)
{
    a64_init_cond_table();
    memset(cpu->x, 0, sizeof cpu->x);
    memset(&cpu->a64, 0, sizeof cpu->a64);
    cpu->a64.excl_addr = A64_NO_EXCLUSIVE;
    cpu->pc = entry;
    cpu->x[31] = sp;
}

static pthread_mutex_t disas_lock = PTHREAD_MUTEX_INITIALIZER;
static csh disas_handle;
static bool disas_open;

static size_t a64_disas(Cpu *cpu, uint64_t pc, char *buf, size_t size)
{
    if (!guest_range_ok(cpu->vm, pc, 4))
        return 0;
    uint8_t bytes[4];
    memcpy(bytes, g2h(cpu->vm, pc), 4);
    pthread_mutex_lock(&disas_lock);
    if (!disas_open)
        disas_open = capstone_open(CS_ARCH_ARM64, CS_MODE_ARM, &disas_handle) == CS_ERR_OK;
    cs_insn *insn = NULL;
    size_t n = disas_open ? capstone_disasm(disas_handle, bytes, 4, pc, 1, &insn) : 0;
    uint32_t word;
    memcpy(&word, bytes, 4);
    if (n)
        snprintf(buf, size, "%08x  %-8s %s", word, insn->mnemonic, insn->op_str);
    else
        snprintf(buf, size, "%08x  .inst 0x%08x", word, word);
    if (n)
        capstone_free(insn, n);
    pthread_mutex_unlock(&disas_lock);
    return 4;
}

static uint64_t a64_syscall_nr(const Cpu *cpu) { return cpu->x[8]; }
static uint64_t a64_syscall_arg(const Cpu *cpu, int i) { return cpu->x[i]; }
static void a64_syscall_set_result(Cpu *cpu, uint64_t value) { cpu->x[0] = value; }

static uint64_t a64_stack_pointer(const Cpu *cpu)
{
    return cpu->x[31];
}

static void a64_set_tls(Cpu *cpu, uint64_t tls)
{
    cpu->a64.tpidr_el0 = tls;
}

static void a64_invalidate(Vm *vm, uint64_t addr, uint64_t len)
{
    a64_invalidate_range(addr, len);
}

const GuestIsa guest_isa_aarch64 = {
    .name = "aarch64",
    .elf_machine = EM_AARCH64,
    .default_sysroot = "/usr/aarch64-linux-gnu",
    .hwcap = HWCAP_FP | HWCAP_ASIMD | HWCAP_AES | HWCAP_PMULL | HWCAP_SHA1 | HWCAP_SHA2 |
             HWCAP_CRC32 | HWCAP_ATOMICS | HWCAP_CPUID | HWCAP_LRCPC,
    .hwcap2 = 0,
    .platform = "aarch64",
    .init_cpu = a64_init_cpu,
    .run = a64_run,
    .disas = a64_disas,
    .invalidate = a64_invalidate,
    .syscall_nr = a64_syscall_nr,
    .syscall_arg = a64_syscall_arg,
    .syscall_set_result = a64_syscall_set_result,
    .stack_pointer = a64_stack_pointer,
    .signal_frame = a64_setup_frame,
    .signal_return = a64_sigreturn,
    .set_tls = a64_set_tls,
    .syscall_pc_past = 4,
    .thread_exit = a64_thread_exit,
};
