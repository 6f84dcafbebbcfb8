/*
 * The aarch64 signal frame, as Linux builds it (cf. linux:
 * arch/arm64/kernel/signal.c, arch/arm64/include/uapi/asm/sigcontext.h):
 *
 *          struct frame_record { fp, lr }        16 bytes, x29 points here
 *   sp ->  struct rt_sigframe {
 *             siginfo_t info;                    128
 *             struct ucontext {
 *               uc_flags, uc_link;               8 + 8
 *               stack_t uc_stack;                24
 *               sigset_t uc_sigmask;             8, then 120 unused
 *               struct sigcontext {              at 176
 *                 fault_address;                 8
 *                 regs[31], sp, pc, pstate;      8 * 34
 *                 __reserved[4096];              at 288 (16-aligned): records
 *               } uc_mcontext;
 *             } uc;
 *          }                                     4688 bytes
 *
 * The records in __reserved: fpsimd_context (magic 0x46508001, size 528:
 * fpsr, fpcr, vregs[32]) then a zero terminator.  The handler starts with
 * x0 = signal, x1 = &info, x2 = &uc, sp = frame, x29 = the frame record,
 * x30 = sa_restorer if SA_RESTORER, else the "mov x8, #139; svc #0"
 * trampoline.
 */
#include <string.h>
#include <sys/mman.h>

#include "core/isa.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "signals/signals.h"

#define A64_FRAME_SIZE 4688
#define A64_UC 128
#define A64_UC_STACK (A64_UC + 16)
#define A64_UC_SIGMASK (A64_UC + 40)
#define A64_MC (A64_UC + 176)
#define A64_MC_REGS (A64_MC + 8)
#define A64_MC_SP (A64_MC + 256)
#define A64_MC_PC (A64_MC + 264)
#define A64_MC_PSTATE (A64_MC + 272)
#define A64_MC_RESERVED (A64_MC + 288)
#define FPSIMD_MAGIC 0x46508001u
#define FPSIMD_SIZE 528u
#define SA_RESTORER_FLAG 0x04000000u

static void put64(uint8_t *base, size_t off, uint64_t v)
{
    memcpy(base + off, &v, 8);
}

static void put32(uint8_t *base, size_t off, uint32_t v)
{
    memcpy(base + off, &v, 4);
}

static uint64_t get64(const uint8_t *base, size_t off)
{
    uint64_t v;
    memcpy(&v, base + off, 8);
    return v;
}

static uint32_t get32(const uint8_t *base, size_t off)
{
    uint32_t v;
    memcpy(&v, base + off, 4);
    return v;
}

bool a64_setup_frame(Cpu *cpu, int sig, const siginfo_t *info, const GuestSigaction *act,
                     uint64_t oldmask, uint64_t sp)
{
    Vm *vm = cpu->vm;
    SigState *s = cpu->sig;
    uint64_t record = (sp - 16) & ~15ULL;
    uint64_t frame = (record - A64_FRAME_SIZE) & ~15ULL;

    if (!aspace_writable(vm, frame, sp - frame))
        return false;
    put64(g2h(vm, record), 0, cpu->x[29]);
    put64(g2h(vm, record), 8, cpu->x[30]);
    uint8_t *f = g2h(vm, frame);
    memset(f, 0, A64_FRAME_SIZE);
    memcpy(f, info, 128);
    put64(f, A64_UC_STACK, s->altstack_sp);
    put32(f, A64_UC_STACK + 8, (uint32_t)s->altstack_flags);
    put64(f, A64_UC_STACK + 16, s->altstack_size);
    put64(f, A64_UC_SIGMASK, oldmask);
    if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP)
        put64(f, A64_MC, (uint64_t)(uintptr_t)info->si_addr);
    for (int i = 0; i < 31; i++)
        put64(f, A64_MC_REGS + 8 * i, cpu->x[i]);
    put64(f, A64_MC_SP, cpu->x[31]);
    put64(f, A64_MC_PC, cpu->pc);
    put64(f, A64_MC_PSTATE, cpu->a64.nzcv & 0xf0000000u);
    put32(f, A64_MC_RESERVED, FPSIMD_MAGIC);
    put32(f, A64_MC_RESERVED + 4, FPSIMD_SIZE);
    put32(f, A64_MC_RESERVED + 8, cpu->a64.fpsr);
    put32(f, A64_MC_RESERVED + 12, cpu->a64.fpcr);
    memcpy(f + A64_MC_RESERVED + 16, cpu->a64.v, 32 * 16);
    /* The terminator record after it stays zero. */

    cpu->x[0] = (uint64_t)sig;
    cpu->x[1] = frame;
    cpu->x[2] = frame + A64_UC;
    cpu->x[31] = frame;
    cpu->x[29] = record;
    cpu->x[30] = (act->flags & SA_RESTORER_FLAG) && act->restorer ? act->restorer
                                                                   : guest_sigtramp + 8;
    cpu->pc = act->handler;
    cpu->a64.excl_addr = A64_NO_EXCLUSIVE;
    return true;
}

uint64_t a64_sigreturn(Cpu *cpu, uint64_t *mask)
{
    Vm *vm = cpu->vm;
    uint64_t frame = cpu->x[31];

    if (!guest_range_ok(vm, frame, A64_FRAME_SIZE))
        guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, frame);
    const uint8_t *f = g2h(vm, frame);
    *mask = get64(f, A64_UC_SIGMASK);
    for (int i = 0; i < 31; i++)
        cpu->x[i] = get64(f, A64_MC_REGS + 8 * i);
    cpu->x[31] = get64(f, A64_MC_SP);
    cpu->pc = get64(f, A64_MC_PC);
    cpu->a64.nzcv = (uint32_t)get64(f, A64_MC_PSTATE) & 0xf0000000u;
    /* Walk the records for the FP/SIMD state. */
    for (size_t off = A64_MC_RESERVED; off + 8 <= A64_MC_RESERVED + 4096;) {
        uint32_t magic = get32(f, off), size = get32(f, off + 4);
        if (magic == 0 || size < 8 || off + size > A64_MC_RESERVED + 4096)
            break;
        if (magic == FPSIMD_MAGIC && size >= FPSIMD_SIZE) {
            cpu->a64.fpsr = get32(f, off + 8);
            cpu->a64.fpcr = get32(f, off + 12);
            memcpy(cpu->a64.v, f + off + 16, 32 * 16);
        }
        off += size;
    }
    cpu->a64.excl_addr = A64_NO_EXCLUSIVE;
    return cpu->x[0];
}
