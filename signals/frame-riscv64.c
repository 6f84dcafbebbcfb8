/*
 * The riscv64 signal frame, as Linux builds it (cf. linux:
 * arch/riscv/kernel/signal.c, arch/riscv/include/uapi/asm/ucontext.h and
 * sigcontext.h):
 *
 *   sp ->  struct rt_sigframe {
 *             siginfo_t info;                 128 bytes
 *             struct ucontext {
 *               uc_flags, uc_link;            8 + 8
 *               stack_t uc_stack;             24
 *               sigset_t uc_sigmask;          8, then 120 unused (1024 bits in all)
 *               struct sigcontext {           at 176 (16-aligned)
 *                 gregs[32]: pc, x1..x31      256
 *                 f[32], fcsr, reserved       528 (the Q-sized FP union)
 *               } uc_mcontext;
 *             } uc;
 *          }                                  1088 bytes
 *
 * The handler starts with a0 = signal, a1 = &info, a2 = &uc, sp = frame,
 * and ra = the "li a7, 139; ecall" trampoline (riscv has no sa_restorer;
 * the kernel uses its vDSO, xlat a page of its own).
 */
#include <string.h>
#include <sys/mman.h>

#include "core/isa.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "signals/signals.h"

#define RV_FRAME_SIZE 1088
#define RV_UC 128
#define RV_UC_STACK (RV_UC + 16)
#define RV_UC_SIGMASK (RV_UC + 40)
#define RV_UC_MCONTEXT (RV_UC + 176)
#define RV_MC_FP (RV_UC_MCONTEXT + 256)
#define RV_MC_FCSR (RV_MC_FP + 256)

static void put64(uint8_t *base, size_t off, uint64_t v)
{
    memcpy(base + off, &v, 8);
}

static uint64_t get64(const uint8_t *base, size_t off)
{
    uint64_t v;
    memcpy(&v, base + off, 8);
    return v;
}

bool rv_setup_frame(Cpu *cpu, int sig, const siginfo_t *info, const GuestSigaction *act,
                    uint64_t oldmask, uint64_t sp)
{
    Vm *vm = cpu->vm;
    SigState *s = cpu->sig;
    uint64_t frame = (sp - RV_FRAME_SIZE) & ~15ULL;

    if (!aspace_writable(vm, frame, RV_FRAME_SIZE))
        return false;
    uint8_t *f = g2h(vm, frame);
    memset(f, 0, RV_FRAME_SIZE);
    memcpy(f, info, 128);       /* siginfo_t: the same layout on every 64-bit Linux */
    put64(f, RV_UC_STACK, s->altstack_sp);
    uint32_t ss_flags = (uint32_t)s->altstack_flags;
    memcpy(f + RV_UC_STACK + 8, &ss_flags, 4);
    put64(f, RV_UC_STACK + 16, s->altstack_size);
    put64(f, RV_UC_SIGMASK, oldmask);
    put64(f, RV_UC_MCONTEXT, cpu->pc);
    for (int i = 1; i < 32; i++)
        put64(f, RV_UC_MCONTEXT + 8 * i, cpu->x[i]);
    for (int i = 0; i < 32; i++)
        put64(f, RV_MC_FP + 8 * i, cpu->rv.f[i]);
    uint32_t fcsr = cpu->rv.fflags | (cpu->rv.frm << 5);
    memcpy(f + RV_MC_FCSR, &fcsr, 4);

    cpu->x[10] = (uint64_t)sig;
    cpu->x[11] = frame;
    cpu->x[12] = frame + RV_UC;
    cpu->x[2] = frame;
    cpu->x[1] = guest_sigtramp;
    cpu->pc = act->handler;
    cpu->rv.reserve_addr = RV_NO_RESERVATION;
    return true;
}

uint64_t rv_sigreturn(Cpu *cpu, uint64_t *mask)
{
    Vm *vm = cpu->vm;
    uint64_t frame = cpu->x[2];

    if (!guest_range_ok(vm, frame, RV_FRAME_SIZE))
        guest_raise_signal(cpu, SIGSEGV, SEGV_MAPERR, frame);
    const uint8_t *f = g2h(vm, frame);
    *mask = get64(f, RV_UC_SIGMASK);
    cpu->pc = get64(f, RV_UC_MCONTEXT);
    for (int i = 1; i < 32; i++)
        cpu->x[i] = get64(f, RV_UC_MCONTEXT + 8 * i);
    for (int i = 0; i < 32; i++)
        cpu->rv.f[i] = get64(f, RV_MC_FP + 8 * i);
    uint32_t fcsr;
    memcpy(&fcsr, f + RV_MC_FCSR, 4);
    cpu->rv.fflags = fcsr & 0x1f;
    cpu->rv.frm = (fcsr >> 5) & 7;
    cpu->rv.reserve_addr = RV_NO_RESERVATION;
    return cpu->x[10];
}
