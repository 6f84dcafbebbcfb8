/*
 * riscv64 atomics translated inline: every AMO in its W and D forms, with
 * and without a destination, LR/SC (a successful pair, an SC with no
 * reservation, an SC to another address), counters shared by threads,
 * and the faults: a misaligned AMO (SIGBUS at its address), one on
 * unmapped memory and one on a read-only page (SIGSEGV), with the
 * registers of the faulting instruction intact.  Each case runs in a loop
 * long enough to be translated; the output is the same under --no-jit,
 * qemu-riscv64 and xlat.
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define ROUNDS 300

/* fn(p, v): the AMO's old value; fn_z: the same AMO into x0. */
#define DEF(fn, insn, T)                                                          \
    static int64_t fn(T *p, T v)        /* the register in full: a W result's extension */ \
    {                                                                             \
        int64_t old;                                                              \
        __asm__ volatile(insn " %0, %2, (%1)" : "=&r"(old) : "r"(p), "r"(v) : "memory"); \
        return old;                                                               \
    }                                                                             \
    static void fn##_z(T *p, T v)                                                 \
    {                                                                             \
        __asm__ volatile(insn " zero, %1, (%0)" : : "r"(p), "r"(v) : "memory");   \
    }

DEF(swap_w, "amoswap.w", int32_t)
DEF(add_w, "amoadd.w", int32_t)
DEF(xor_w, "amoxor.w", int32_t)
DEF(and_w, "amoand.w", int32_t)
DEF(or_w, "amoor.w", int32_t)
DEF(min_w, "amomin.w", int32_t)
DEF(max_w, "amomax.w", int32_t)
DEF(minu_w, "amominu.w", int32_t)
DEF(maxu_w, "amomaxu.w", int32_t)
DEF(swap_d, "amoswap.d", int64_t)
DEF(add_d, "amoadd.d", int64_t)
DEF(xor_d, "amoxor.d", int64_t)
DEF(and_d, "amoand.d", int64_t)
DEF(or_d, "amoor.d", int64_t)
DEF(min_d, "amomin.d", int64_t)
DEF(max_d, "amomax.d", int64_t)
DEF(minu_d, "amominu.d", int64_t)
DEF(maxu_d, "amomaxu.d", int64_t)

typedef struct {
    const char *name;
    int64_t (*f)(int32_t *, int32_t);
    void (*z)(int32_t *, int32_t);
} OpW;
typedef struct {
    const char *name;
    int64_t (*f)(int64_t *, int64_t);
    void (*z)(int64_t *, int64_t);
} OpD;

static const OpW ops_w[] = {
    { "swap.w", swap_w, swap_w_z }, { "add.w", add_w, add_w_z }, { "xor.w", xor_w, xor_w_z },
    { "and.w", and_w, and_w_z }, { "or.w", or_w, or_w_z }, { "min.w", min_w, min_w_z },
    { "max.w", max_w, max_w_z }, { "minu.w", minu_w, minu_w_z }, { "maxu.w", maxu_w, maxu_w_z },
};
static const OpD ops_d[] = {
    { "swap.d", swap_d, swap_d_z }, { "add.d", add_d, add_d_z }, { "xor.d", xor_d, xor_d_z },
    { "and.d", and_d, and_d_z }, { "or.d", or_d, or_d_z }, { "min.d", min_d, min_d_z },
    { "max.d", max_d, max_d_z }, { "minu.d", minu_d, minu_d_z }, { "maxu.d", maxu_d, maxu_d_z },
};

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ULL;
    return h ^ (h >> 29);
}

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Values that make signed and unsigned order differ, and W results with
 * bit 31 set (their sign extension shows). */
static uint64_t pick(void)
{
    static const uint64_t edge[] = { 0, 1, 0x7fffffff, 0x80000000, 0xffffffff,
                                     0xffffffff80000000ULL, 0x8000000000000000ULL,
                                     0x7fffffffffffffffULL, ~0ULL, 0x123456789abcdef0ULL };
    uint64_t r = next();
    return r % 3 == 0 ? edge[(r >> 8) % (sizeof edge / sizeof edge[0])] : next();
}

static void each_op(void)
{
    for (size_t k = 0; k < sizeof ops_w / sizeof ops_w[0]; k++) {
        uint64_t h = 0;
        for (int i = 0; i < ROUNDS; i++) {
            int32_t cell = (int32_t)pick(), v = (int32_t)pick();
            int64_t old = ops_w[k].f(&cell, v);     /* the W result, sign-extended */
            h = mix(mix(h, (uint64_t)old), (uint32_t)cell);
            ops_w[k].z(&cell, v);
            h = mix(h, (uint32_t)cell);
        }
        printf("amo%s %016llx\n", ops_w[k].name, (unsigned long long)h);
    }
    for (size_t k = 0; k < sizeof ops_d / sizeof ops_d[0]; k++) {
        uint64_t h = 0;
        for (int i = 0; i < ROUNDS; i++) {
            int64_t cell = (int64_t)pick(), v = (int64_t)pick();
            int64_t old = ops_d[k].f(&cell, v);
            h = mix(mix(h, (uint64_t)old), (uint64_t)cell);
            ops_d[k].z(&cell, v);
            h = mix(h, (uint64_t)cell);
        }
        printf("amo%s %016llx\n", ops_d[k].name, (unsigned long long)h);
    }
}

/* lr; sc of the value plus add: 0 when the store happened. */
static long lr_sc_add_d(int64_t *p, int64_t add, int64_t *seen)
{
    long fail;
    int64_t v;
    __asm__ volatile("lr.d %0, (%2)\n\tadd %0, %0, %3\n\tsc.d %1, %0, (%2)"
                     : "=&r"(v), "=&r"(fail) : "r"(p), "r"(add) : "memory");
    *seen = v;
    return fail;
}

static long lr_sc_add_w(int32_t *p, int32_t add, int64_t *seen)
{
    long fail;
    int64_t v;
    __asm__ volatile("lr.w %0, (%2)\n\taddw %0, %0, %3\n\tsc.w %1, %0, (%2)"
                     : "=&r"(v), "=&r"(fail) : "r"(p), "r"(add) : "memory");
    *seen = v;
    return fail;
}

static long sc_alone(int64_t *p, int64_t v)
{
    long fail;
    __asm__ volatile("sc.d %0, %2, (%1)" : "=&r"(fail) : "r"(p), "r"(v) : "memory");
    return fail;
}

/* An LR of one address, an SC of another. */
static long lr_sc_other(int64_t *a, int64_t *b, int64_t v)
{
    long fail;
    int64_t t;
    __asm__ volatile("lr.d %0, (%2)\n\tsc.d %1, %4, (%3)"
                     : "=&r"(t), "=&r"(fail) : "r"(a), "r"(b), "r"(v) : "memory");
    return fail;
}

static void lr_sc(void)
{
    int64_t d = -5, seen;
    int32_t w = 0x7ffffff0;
    long fails = 0, lone = 0, other = 0;
    uint64_t h = 0;

    for (int i = 0; i < ROUNDS; i++) {
        fails += lr_sc_add_d(&d, i * 3 - 100, &seen);
        h = mix(h, (uint64_t)seen);
        fails += lr_sc_add_w(&w, 0x01000001, &seen);    /* wraps: the sign shows */
        h = mix(h, (uint64_t)seen);
        int64_t x = i;
        lone += sc_alone(&x, 99);
        h = mix(h, (uint64_t)x);
        int64_t y = i, z = -i;
        other += lr_sc_other(&y, &z, 7);
        h = mix(mix(h, (uint64_t)y), (uint64_t)z);
    }
    /* Single-threaded: every paired SC succeeds, the others fail. */
    printf("lr/sc: %ld paired failures, %ld/%d lone, %ld/%d other; d %lld w %d h %016llx\n", fails,
           lone, ROUNDS, other, ROUNDS, (long long)d, w, (unsigned long long)h);
}

/* ---- threads ---- */

#define THREADS 4
#define PER_THREAD 20000

static int32_t count_w;
static int64_t count_d, count_lrsc;
static int64_t bits;
static int32_t hi_water = INT32_MIN;

static void *worker(void *arg)
{
    long id = (long)arg;
    int64_t seen;

    for (int i = 0; i < PER_THREAD; i++) {
        add_w_z(&count_w, 1);
        add_d(&count_d, 3);
        while (lr_sc_add_d(&count_lrsc, 2, &seen))
            ;
        or_d_z(&bits, (int64_t)1 << ((id * 16 + i % 16) & 63));
        max_w(&hi_water, (int32_t)(id * PER_THREAD + i));
    }
    return NULL;
}

static void threads(void)
{
    pthread_t t[THREADS];

    for (long k = 0; k < THREADS; k++)
        pthread_create(&t[k], NULL, worker, (void *)k);
    for (int k = 0; k < THREADS; k++)
        pthread_join(t[k], NULL);
    printf("threads: w %d d %lld lr/sc %lld bits %016llx max %d\n", count_w, (long long)count_d,
           (long long)count_lrsc, (unsigned long long)bits, hi_water);
}

/* ---- faults ---- */

static sigjmp_buf back;
static volatile int got_sig, got_code;
static volatile uintptr_t got_addr;
static volatile int64_t got_t5;

static void on_fault(int sig, siginfo_t *si, void *uc)
{
    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uintptr_t)si->si_addr;
    got_t5 = (int64_t)((ucontext_t *)uc)->uc_mcontext.__gregs[30];
    siglongjmp(back, 1);
}

/* amoadd.w at p, with keep in t5: the signal frame must show it. */
static int64_t fault_amo(void *p, int64_t keep)
{
    int64_t old;
    __asm__ volatile("mv t5, %2\n\tamoadd.w %0, %3, (%1)\n\tmv %2, t5"
                     : "=&r"(old) : "r"(p), "r"(keep), "r"(1) : "t5", "memory");
    return old;
}

static int64_t fault_lr(void *p)
{
    int64_t v;
    __asm__ volatile("lr.d %0, (%1)" : "=&r"(v) : "r"(p) : "memory");
    return v;
}

static void faults(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    static volatile int bus, segv_unmapped, segv_ro, lr_ro;     /* kept across siglongjmp */
    for (int i = 0; i < ROUNDS; i++) {
        char *ro = page;
        mprotect(page, 4096, PROT_READ | PROT_WRITE);
        *(int32_t *)(page + 64) = i;
        mprotect(page, 4096, PROT_READ);
        void *where[4] = { page + 4096 + 8 * i, page + 2 + 4 * (i % 3 == 0), ro + 64,
                           page + 128 };
        int which = i % 4;
        got_sig = 0;
        got_t5 = -1;
        if (sigsetjmp(back, 1) == 0) {
            if (which == 3) {
                lr_ro += fault_lr(ro + 64) == (int64_t)(uint32_t)i;
                continue;
            }
            fault_amo(where[which], i);
            printf("case %d: no fault\n", which);
            continue;
        }
        if (got_t5 != i)
            printf("case %d: t5 %lld at the fault, not %d\n", which, (long long)got_t5, i);
        else if (got_sig == SIGBUS && got_code == BUS_ADRALN && got_addr == (uintptr_t)where[1])
            bus++;
        else if (got_sig == SIGSEGV && got_addr == (uintptr_t)where[0])
            segv_unmapped++;
        else if (got_sig == SIGSEGV && got_addr == (uintptr_t)where[2] &&
                 *(int32_t *)(page + 64) == i)
            segv_ro++;
        else
            printf("unexpected: case %d signal %d code %d at +%lld\n", which, got_sig, got_code,
                   (long long)((char *)got_addr - page));
    }
    printf("faults: %d SIGBUS, %d SIGSEGV unmapped, %d SIGSEGV read-only, "
           "%d lr of read-only\n", bus, segv_unmapped, segv_ro, lr_ro);
}

int main(void)
{
    each_op();
    lr_sc();
    threads();
    faults();
    return 0;
}
