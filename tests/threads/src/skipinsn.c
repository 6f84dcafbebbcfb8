/* Handlers that change the interrupted context: a SIGILL handler that
 * checks the faulting PC, sets an FP register and moves the PC past the
 * illegal instruction; a SIGSEGV handler that sets the result register and
 * skips the faulting load; a SIGSEGV handler that points the base register
 * at valid memory and lets the load run again.  Per-ISA parts: riscv64
 * (uc_mcontext.__gregs[REG_PC]), aarch64 (uc_mcontext.pc, the fpsimd
 * record), and x86-64 for the native reference run. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char ill_insn[], load_insn[];
static volatile int ill_count, segv_count, pc_matched;
static long good_value = 4242;
static int retry_mode;

#if defined(__riscv)
#define INSN_LEN(pc) 4
static uint64_t *pc_of(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.__gregs[REG_PC]; }
static uint64_t *result_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.__gregs[10]; }
static uint64_t *base_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.__gregs[11]; }
static void set_fp0(ucontext_t *uc, double d) { memcpy(&uc->uc_mcontext.__fpregs.__d.__f[10], &d, 8); }

__attribute__((noinline, noipa)) static double illegal_fp(double in)
{
    register double f asm("fa0") = in;
    asm volatile(".option push\n.option norvc\n.globl ill_insn\nill_insn: .4byte 0xc0001073 /* unimp */\n"
                 ".option pop" : "+f"(f) : : "memory");
    return f;
}

__attribute__((noinline, noipa)) static long load(long *p)
{
    register long r asm("a0");
    register long *b asm("a1") = p;
    asm volatile(".option push\n.option norvc\n.globl load_insn\nload_insn: ld a0, 0(a1)\n.option pop"
                 : "=r"(r), "+r"(b) : : "memory");
    return r;
}
#elif defined(__aarch64__)
#define INSN_LEN(pc) 4
static uint64_t *pc_of(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.pc; }
static uint64_t *result_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.regs[0]; }
static uint64_t *base_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.regs[1]; }
static void set_fp0(ucontext_t *uc, double d)
{
    unsigned char *rec = uc->uc_mcontext.__reserved;
    for (;;) {
        uint32_t magic, size;
        memcpy(&magic, rec, 4);
        memcpy(&size, rec + 4, 4);
        if (magic == 0 || size == 0)
            return;
        if (magic == 0x46508001) {      /* FPSIMD_MAGIC: fpsr, fpcr, vregs[32] */
            memcpy(rec + 16, &d, 8);
            return;
        }
        rec += size;
    }
}

__attribute__((noinline, noipa)) static double illegal_fp(double in)
{
    register double f asm("d0") = in;
    asm volatile(".globl ill_insn\nill_insn: udf #0" : "+w"(f) : : "memory");
    return f;
}

__attribute__((noinline, noipa)) static long load(long *p)
{
    register long r asm("x0");
    register long *b asm("x1") = p;
    asm volatile(".globl load_insn\nload_insn: ldr x0, [x1]" : "=r"(r), "+r"(b) : : "memory");
    return r;
}
#elif defined(__x86_64__)
#define INSN_LEN(pc) ((pc) == (uint64_t)ill_insn ? 2 : 3)
static uint64_t *pc_of(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.gregs[REG_RIP]; }
static uint64_t *result_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.gregs[REG_RAX]; }
static uint64_t *base_reg(ucontext_t *uc) { return (uint64_t *)&uc->uc_mcontext.gregs[REG_RSI]; }
static void set_fp0(ucontext_t *uc, double d) { memcpy(&uc->uc_mcontext.fpregs->_xmm[0], &d, 8); }

__attribute__((noinline, noipa)) static double illegal_fp(double in)
{
    register double f asm("xmm0") = in;
    asm volatile(".globl ill_insn\nill_insn: ud2" : "+x"(f) : : "memory");
    return f;
}

__attribute__((noinline, noipa)) static long load(long *p)
{
    register long r asm("rax");
    register long *b asm("rsi") = p;
    asm volatile(".globl load_insn\nload_insn: movq (%%rsi), %%rax" : "=r"(r), "+r"(b) : : "memory");
    return r;
}
#endif

static void on_ill(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    uint64_t *pc = pc_of(uc);
    ill_count++;
    pc_matched += *pc == (uint64_t)ill_insn && si->si_addr == (void *)ill_insn;
    set_fp0(uc, 2.5 * ill_count);
    *pc += INSN_LEN(*pc);
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    uint64_t *pc = pc_of(uc);
    segv_count++;
    pc_matched += *pc == (uint64_t)load_insn;
    if (retry_mode) {
        *base_reg(uc) = (uint64_t)&good_value;       /* the load runs again, and succeeds */
    } else {
        *result_reg(uc) = 1000 + (uint64_t)si->si_addr;
        *pc += INSN_LEN(*pc);
    }
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_flags = SA_SIGINFO;
    sa.sa_sigaction = on_ill;
    sigaction(SIGILL, &sa, NULL);
    sa.sa_sigaction = on_segv;
    sigaction(SIGSEGV, &sa, NULL);

    double d = 0;
    for (int i = 0; i < 3; i++)
        d += illegal_fp(1.0);
    printf("SIGILL skipped: count %d, pc matched %d, fp results sum %.1f\n", ill_count, pc_matched, d);

    pc_matched = 0;
    long sum = 0;
    for (long i = 0; i < 5; i++)
        sum += load((long *)(32 + 8 * i));
    printf("SIGSEGV skipped: count %d, pc matched %d, results sum %ld\n", segv_count, pc_matched, sum);

    retry_mode = 1;
    segv_count = pc_matched = 0;
    long v = load((long *)8);
    printf("SIGSEGV retried with a fixed base register: count %d, pc matched %d, value %ld\n",
           segv_count, pc_matched, v);
    /* Many in a row, hot enough to be translated. */
    retry_mode = 0;
    segv_count = 0;
    sum = 0;
    for (long i = 0; i < 3000; i++)
        sum += load((long *)(64 + (i & 255) * 8)) - 1000;
    printf("3000 skipped loads: count %d, sum %ld\n", segv_count, sum);
    ill_count = 0;
    d = 0;
    for (int i = 0; i < 3000; i++)
        d += illegal_fp(0.5) > 0;
    printf("3000 skipped illegal instructions: count %d, %.0f\n", ill_count, d);
    return 0;
}
