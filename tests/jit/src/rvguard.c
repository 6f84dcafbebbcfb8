/*
 * Faults at riscv64 accesses whose range check the translator leaves out
 * (translate/riscv64/translate_mem.c, rv_address): a load and a store on
 * the same unchanged base as a checked load, up to VM_GUARD_SIZE past it,
 * are not checked and rely on the host fault.  (Loads are checked only
 * under --jit-disable=loadfault; by default no load is, and the store
 * makes its own check.)  Here they land on the unmapped
 * page after a mapping: the guest's handler must see SIGSEGV, SEGV_MAPERR,
 * the exact address, the pc of the faulting instruction and the registers
 * as they were before it (a5 written just before, t0 loaded by the checked
 * access); the store must not have written anything.  Then a load 8 bytes
 * below a checked one on the first page of the program (its ELF header):
 * the page below is not mapped (below guest memory in xlat).  Then loads
 * on a base register checked alone (base checks): -16 from a base just
 * above 0 (the address wraps to the top of the 64-bit space), from a huge
 * base (the check fails), and 2040 on from a register addi made from a
 * checked one (no check of its own), past the mapping.  Then loads at
 * constant addresses (li of the base): one inside guest memory but
 * unmapped (no check: the host fault), one past the end of any riscv64
 * process's memory (the check stays).  Last, loads that are never
 * range-checked (loadfault), an FP load and a compressed one, far outside
 * guest memory: at a non-canonical address (the host's fault names no
 * address), in the top half and above guest memory in the bottom half.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

extern const char guard_ld[], guard_sd[], guard_below[], guard_wild[], guard_moved[];
extern const char guard_const[], guard_far[], guard_fld[], guard_cld[];
extern const char __ehdr_start[];
static sigjmp_buf env;
static volatile uint64_t seen_pc, seen_a5, seen_t0, seen_addr;
static volatile int seen_code;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;

    (void)sig;
    seen_pc = uc->uc_mcontext.__gregs[0];
    seen_t0 = uc->uc_mcontext.__gregs[5];
    seen_a5 = uc->uc_mcontext.__gregs[15];
    seen_addr = (uint64_t)(uintptr_t)si->si_addr;
    seen_code = si->si_code;
    siglongjmp(env, 1);
}

/* Checked load of p[0], then a load of p[2] (16 bytes on, not checked). */
__attribute__((noinline)) static uint64_t load_after(uint64_t x, const uint64_t *p)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "ld t0, 0(%2)\n\t"
                     "addi a5, a5, 1\n\t"
                     ".globl guard_ld\n"
                     "guard_ld:\n\t"
                     "ld t1, 16(%2)\n\t"
                     "add a5, a5, t0\n\t"
                     "add a5, a5, t1\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p)
                     : "a5", "t0", "t1", "memory");
    return r;
}

/* Checked load of p[0], then a store to p[3] (24 bytes on, not checked). */
__attribute__((noinline)) static uint64_t store_after(uint64_t x, uint64_t *p)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "ld t0, 0(%2)\n\t"
                     "addi a5, a5, 2\n\t"
                     ".globl guard_sd\n"
                     "guard_sd:\n\t"
                     "sd a5, 24(%2)\n\t"
                     "add a5, a5, t0\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p)
                     : "a5", "t0", "memory");
    return r;
}

/* Checked load of p[0], then a load of p[-1] (not checked where the host
 * maps nothing below guest memory). */
__attribute__((noinline)) static uint64_t load_below(uint64_t x, const uint64_t *p)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "ld t0, 0(%2)\n\t"
                     "addi a5, a5, 3\n\t"
                     ".globl guard_below\n"
                     "guard_below:\n\t"
                     "ld t1, -8(%2)\n\t"
                     "add a5, a5, t0\n\t"
                     "add a5, a5, t1\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p)
                     : "a5", "t0", "t1", "memory");
    return r;
}

/* Checked load of p[0], then a load of -16 from q. */
__attribute__((noinline)) static uint64_t load_wild(uint64_t x, const uint64_t *p, uint64_t q)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "ld t0, 0(%2)\n\t"
                     "addi a5, a5, 4\n\t"
                     ".globl guard_wild\n"
                     "guard_wild:\n\t"
                     "ld t1, -16(%3)\n\t"
                     "add a5, a5, t0\n\t"
                     "add a5, a5, t1\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p), "r"(q)
                     : "a5", "t0", "t1", "memory");
    return r;
}

/* Checked load of p[0], t2 = p + 2040, then a load of 2040 on from t2. */
__attribute__((noinline)) static uint64_t load_moved(uint64_t x, const uint64_t *p)
{
    uint64_t r;

    __asm__ volatile("mv a5, %1\n\t"
                     "ld t0, 0(%2)\n\t"
                     "addi t2, %2, 2040\n\t"
                     "addi a5, a5, 5\n\t"
                     ".globl guard_moved\n"
                     "guard_moved:\n\t"
                     "ld t1, 2040(t2)\n\t"
                     "add a5, a5, t0\n\t"
                     "add a5, a5, t1\n\t"
                     "mv %0, a5\n\t"
                     : "=r"(r)
                     : "r"(x), "r"(p)
                     : "a5", "t0", "t1", "t2", "memory");
    return r;
}

/* Checked load of p[0], then a load at the constant address + 8 (the
 * base made by li, known to the translator). */
#define LOAD_AT_CONSTANT(name, label, address, step)                                   \
    __attribute__((noinline)) static uint64_t name(uint64_t x, const uint64_t *p)      \
    {                                                                                  \
        uint64_t r;                                                                    \
        __asm__ volatile("mv a5, %1\n\t"                                               \
                         "ld t0, 0(%2)\n\t"                                            \
                         "li t2, " #address "\n\t"                                     \
                         "addi a5, a5, " #step "\n\t"                                  \
                         ".globl " #label "\n" #label ":\n\t"                          \
                         "ld t1, 8(t2)\n\t"                                            \
                         "add a5, a5, t0\n\t"                                          \
                         "add a5, a5, t1\n\t"                                          \
                         "mv %0, a5\n\t"                                               \
                         : "=r"(r)                                                     \
                         : "r"(x), "r"(p)                                              \
                         : "a5", "t0", "t1", "t2", "memory");                          \
        return r;                                                                      \
    }
LOAD_AT_CONSTANT(load_const, guard_const, 0x30000000, 6)
LOAD_AT_CONSTANT(load_far, guard_far, 0x7000000000, 7)

/* t0 = p[0], then t1 = what insns load from q + 8 (unchecked: loadfault),
 * through clobber. */
#define LOAD_WILD(name, label, step, insns, clobber)                                   \
    __attribute__((noinline)) static uint64_t name(uint64_t x, const uint64_t *p,      \
                                                   uint64_t q)                         \
    {                                                                                  \
        uint64_t r;                                                                    \
        __asm__ volatile("mv a5, %1\n\t"                                               \
                         "ld t0, 0(%2)\n\t"                                            \
                         "mv a3, %3\n\t"                                               \
                         "addi a5, a5, " #step "\n\t"                                  \
                         ".globl " #label "\n" #label ":\n\t"                          \
                         insns                                                         \
                         "add a5, a5, t0\n\t"                                          \
                         "add a5, a5, t1\n\t"                                          \
                         "mv %0, a5\n\t"                                               \
                         : "=r"(r)                                                     \
                         : "r"(x), "r"(p), "r"(q)                                      \
                         : "a3", "a5", "t0", "t1", clobber, "memory");                 \
        return r;                                                                      \
    }
LOAD_WILD(load_fp_wild, guard_fld, 8, "fld fa0, 8(a3)\n\tfmv.x.d t1, fa0\n\t", "fa0")
LOAD_WILD(load_c_wild, guard_cld, 9, "c.ld a4, 8(a3)\n\tmv t1, a4\n\t", "a4")

static uint64_t big[1024];
static int wrong;

static void expect(const char *what, const char *pc, uint64_t a5, uint64_t t0, const void *addr,
                   int print)
{
    if (print)
        printf("%s: pc %s a5=%#llx t0=%#llx addr %s code %d\n", what,
               seen_pc == (uint64_t)(uintptr_t)pc ? "exact" : "wrong",
               (unsigned long long)seen_a5, (unsigned long long)seen_t0,
               seen_addr == (uint64_t)(uintptr_t)addr ? "exact" : "wrong", seen_code);
    if (seen_pc != (uint64_t)(uintptr_t)pc || seen_a5 != a5 || seen_t0 != t0 ||
        seen_addr != (uint64_t)(uintptr_t)addr || seen_code != SEGV_MAPERR)
        wrong++;
}

int main(void)
{
    struct sigaction sa;
    uint64_t sum = 0;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    uint8_t *map = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED || munmap(map + 4096, 4096) != 0)
        return 1;
    uint64_t *last = (uint64_t *)(map + 4096 - 8);     /* the mapping's last word */
    *last = 0x100;
    /* hot enough to be translated, in the middle of the page */
    uint64_t *mid = (uint64_t *)(map + 2048);
    for (uint64_t i = 0; i < 2000; i++) {
        mid[0] = i;
        mid[2] = 3;
        sum += load_after(i, mid);
        sum += store_after(i, mid);
        sum += load_below(i, mid);
        big[0] = i;
        big[510] = 7;
        sum += load_wild(i, big, (uint64_t)(uintptr_t)&big[4]);
        sum += load_moved(i, big);
        sum += load_fp_wild(i, big, (uint64_t)(uintptr_t)&big[8]);
        sum += load_c_wild(i, big, (uint64_t)(uintptr_t)&big[8]);
    }
    printf("sum=%#llx stored=%#llx\n", (unsigned long long)sum, (unsigned long long)mid[3]);
    /* each fault often enough for its path to be translated too */
    for (int i = 0; i < 200; i++) {
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            load_after(41, last);
            printf("load past the mapping: no fault\n");
            wrong++;
        } else {
            expect("load past the mapping", guard_ld, 42, 0x100, last + 2, i == 0);
        }
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            store_after(40, last);
            printf("store past the mapping: no fault\n");
            wrong++;
        } else {
            expect("store past the mapping", guard_sd, 42, 0x100, last + 3, i == 0);
        }
    }
    const uint64_t *first = (const uint64_t *)(uintptr_t)__ehdr_start;
    const uint64_t *below = (const uint64_t *)((uintptr_t)__ehdr_start - 8);
    for (volatile int i = 0; i < 200; i++) {
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            load_below(39, first);
            printf("load below the first page: no fault\n");
            wrong++;
        } else {
            expect("load below the first page", guard_below, 42, *first, below, i == 0);
        }
    }
    static const struct { const char *what; uint64_t q; } wild[] = {
        { "load below address 0", 8 },
        { "load at address 0", 16 },
        { "load from a huge base", 0x8000000000000010ULL },
        { "load from a base just past the top", 0xfffffffffffff800ULL },
    };
    for (volatile unsigned k = 0; k < sizeof wild / sizeof wild[0]; k++)
        for (volatile int i = 0; i < 200; i++) {
            seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
            seen_code = 0;
            if (sigsetjmp(env, 1) == 0) {
                load_wild(38, last, wild[k].q);
                printf("%s: no fault\n", wild[k].what);
                wrong++;
            } else {
                expect(wild[k].what, guard_wild, 42, 0x100, (const void *)(uintptr_t)(wild[k].q - 16),
                       i == 0);
            }
        }
    for (volatile int i = 0; i < 200; i++) {
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            load_moved(37, last);
            printf("load moved past the mapping: no fault\n");
            wrong++;
        } else {
            expect("load moved past the mapping", guard_moved, 42, 0x100,
                   (const char *)last + 4080, i == 0);
        }
    }
    /* nothing at 0x30000000: mapped here and unmapped again */
    void *hole = mmap((void *)0x30000000, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
                      MAP_FIXED_NOREPLACE, -1, 0);
    if (hole != (void *)0x30000000 || munmap(hole, 4096) != 0)
        return 1;
    for (volatile int i = 0; i < 200; i++) {
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            load_const(36, last);
            printf("load at a constant address: no fault\n");
            wrong++;
        } else {
            expect("load at a constant address", guard_const, 42, 0x100,
                   (const void *)(uintptr_t)0x30000008, i == 0);
        }
        seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
        seen_code = 0;
        if (sigsetjmp(env, 1) == 0) {
            load_far(35, last);
            printf("load at a constant address past memory: no fault\n");
            wrong++;
        } else {
            expect("load at a constant address past memory", guard_far, 42, 0x100,
                   (const void *)(uintptr_t)0x7000000008, i == 0);
        }
    }
    static const struct { const char *what; uint64_t q; } far[] = {
        { "at a non-canonical address", 0x8000000000000000ULL },
        { "in the top half", 0xffff800000000000ULL },
        { "above guest memory", 0x600000000000ULL },
    };
    static const struct {
        const char *insn;
        uint64_t (*load)(uint64_t x, const uint64_t *p, uint64_t q);
        const char *label;
        uint64_t x;     /* a5 at the fault: x + the function's step = 42 */
    } wild_loads[] = {
        { "fld", load_fp_wild, guard_fld, 34 },
        { "c.ld", load_c_wild, guard_cld, 33 },
    };
    for (volatile unsigned k = 0; k < sizeof far / sizeof far[0]; k++)
        for (volatile int i = 0; i < 200; i++)
            for (volatile unsigned l = 0; l < sizeof wild_loads / sizeof wild_loads[0]; l++) {
                char what[64];
                seen_pc = seen_a5 = seen_t0 = seen_addr = 0;
                seen_code = 0;
                snprintf(what, sizeof what, "%s %s", wild_loads[l].insn, far[k].what);
                if (sigsetjmp(env, 1) == 0) {
                    wild_loads[l].load(wild_loads[l].x, last, far[k].q);
                    printf("%s: no fault\n", what);
                    wrong++;
                } else {
                    expect(what, wild_loads[l].label, 42, 0x100,
                           (const void *)(uintptr_t)(far[k].q + 8), i == 0);
                }
            }
    printf("last=%#llx\n%d wrong\n", (unsigned long long)*last, wrong);
    return 0;
}
