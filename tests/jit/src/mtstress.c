/*
 * The shared code cache under load, riscv64 only: worker threads run the
 * same hot code (128 small loops reached through a function-pointer table,
 * so direct chains and indirect jumps both), some of them taking SIGSEGV
 * inside that code and leaving its handler with siglongjmp, while one
 * thread keeps rewriting a little JIT function and makes the change
 * visible in turn by riscv_flush_icache (__builtin___clear_cache), by
 * fence.i, by munmap and mmap of a fresh page, and by a plain store into
 * a page the translator write-protected; now and then it forks, and the
 * child runs the JIT function and the workers' code once more.  Every
 * change invalidates translated code that the workers are running.  Run with a small
 * --code-cache-size the cache also fills and is flushed under the workers.
 *
 * Everything printed is exact: the workers' sums, the number of faults
 * each caught, and the JIT function's results (checked every round).
 * tests/jit/mtstress.expected is the output (also qemu-riscv64's).
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define WORKERS 8           /* the default; at most MAX_WORKERS */
#define MAX_WORKERS 64
#define ROUNDS 2000000
#define FAULT_EVERY 5000
#define WRITER_ROUNDS 2000

/* ---- The workers' code ---- */

#define FN(k)                                                                  \
    static __attribute__((noinline)) uint64_t fn##k(uint64_t a, uint64_t b)    \
    {                                                                          \
        uint64_t s = a ^ (k * 0x9e3779b97f4a7c15ULL);                          \
        for (uint64_t i = 0; i < 16 + (k % 5); i++)                            \
            s = (s << (k % 7 + 1)) + (s >> 3) + b * (i + k) + (s ^ (k + i));   \
        return s;                                                              \
    }
#define FN8(k) FN(k##0) FN(k##1) FN(k##2) FN(k##3) FN(k##4) FN(k##5) FN(k##6) FN(k##7)
FN8(1) FN8(2) FN8(3) FN8(4) FN8(5) FN8(6) FN8(7) FN8(8)
FN8(9) FN8(10) FN8(11) FN8(12) FN8(13) FN8(14) FN8(15) FN8(16)
#define REF8(k) fn##k##0, fn##k##1, fn##k##2, fn##k##3, fn##k##4, fn##k##5, fn##k##6, fn##k##7
#define NFNS 128
static uint64_t (*const fns[NFNS])(uint64_t, uint64_t) = {
    REF8(1), REF8(2), REF8(3), REF8(4), REF8(5), REF8(6), REF8(7), REF8(8),
    REF8(9), REF8(10), REF8(11), REF8(12), REF8(13), REF8(14), REF8(15), REF8(16),
};

static volatile uint64_t *guard;        /* a PROT_NONE page */
static __thread sigjmp_buf fault_jmp;
static __thread int faults;
static pthread_barrier_t start;
static uint64_t results[MAX_WORKERS];
static int fault_counts[MAX_WORKERS];
static int rewrite = 1;
static int forks = 1;

static void on_segv(int sig)
{
    (void)sig;
    faults++;
    siglongjmp(fault_jmp, 1);
}

/* Hot code that faults at its end (a load from the guard page). */
static __attribute__((noinline)) uint64_t fault_after(uint64_t a, int round)
{
    for (int i = 0; i < 64; i++)
        a = a * 6364136223846793005ULL + (uint64_t)i;
    return a + guard[round % 8];
}

static __attribute__((noinline)) void take_fault(uint64_t acc, int round)
{
    volatile uint64_t sink;

    if (!sigsetjmp(fault_jmp, 1))
        sink = fault_after(acc, round);
    (void)sink;
}

static void *worker(void *arg)
{
    uintptr_t t = (uintptr_t)arg;
    uint64_t acc = t;

    pthread_barrier_wait(&start);
    for (int r = 0; r < ROUNDS; r++) {
        acc = acc * 31 + fns[(r / 2000 + t * 16 + r % 2) % NFNS](acc, (uint64_t)r);
        if (t % 2 && r % FAULT_EVERY == 0)
            take_fault(acc, r);
    }
    results[t] = acc;
    fault_counts[t] = faults;
    return NULL;
}

/* ---- The writer's JIT ---- */

enum { ZERO = 0, RA = 1, A0 = 10, A1 = 11 };

static uint32_t rv_i(int32_t imm, int rs1, int f3, int rd, int op)
{
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | (uint32_t)op;
}

static uint32_t addi(int rd, int rs1, int32_t imm) { return rv_i(imm, rs1, 0, rd, 0x13); }

static uint32_t beq(int rs1, int rs2, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return (u >> 12 & 1) << 31 | (u >> 5 & 0x3f) << 25 | (uint32_t)rs2 << 20 |
           (uint32_t)rs1 << 15 | (u >> 1 & 0xf) << 8 | (u >> 11 & 1) << 7 | 0x63;
}

static uint32_t jal(int rd, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return (u >> 20 & 1) << 31 | (u >> 1 & 0x3ff) << 21 | (u >> 11 & 1) << 20 |
           (u >> 12 & 0xff) << 12 | (uint32_t)rd << 7 | 0x6f;
}

typedef long (*Fn)(long);

/* f(n) = n * step, as a counted loop. */
static void put_loop(uint32_t *at, int32_t step)
{
    const uint32_t code[] = {
        addi(A1, ZERO, 0),
        beq(A0, ZERO, 16),          /* L: */
        addi(A1, A1, step),
        addi(A0, A0, -1),
        jal(ZERO, -12),             /* j L */
        addi(A0, A1, 0),
        0x00008067,                 /* ret */
    };
    for (int i = 0; i < 7; i++)
        ((volatile uint32_t *)at)[i] = code[i];
}

static uint32_t *new_page(void)
{
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* In a child forked while the workers run: the JIT function and some of
 * the workers' code must still give the right results (exit status 0). */
static int child_check(uint32_t *page, int32_t step)
{
    uint64_t acc[2] = { 0, 0 };

    for (int i = 0; i < 80; i++)
        if (((Fn)(uintptr_t)page)(100 + i) != (long)step * (100 + i))
            return 1;
    for (int k = 0; k < 2; k++)
        for (int r = 0; r < 2000; r++)
            acc[k] = acc[k] * 31 + fns[r % NFNS](acc[k], (uint64_t)r);
    return acc[0] == acc[1] ? 0 : 2;
}

static void *writer(void *arg)
{
    uint32_t *page = new_page();
    int bad = 0, bad_children = 0;

    (void)arg;
    pthread_barrier_wait(&start);
    for (int r = 1; r <= WRITER_ROUNDS && page && rewrite; r++) {
        int32_t step = r % 200 + 1;
        switch (r % 4) {
        case 0:         /* riscv_flush_icache */
            put_loop(page, step);
            __builtin___clear_cache((char *)page, (char *)(page + 7));
            break;
        case 1:         /* fence.i */
            put_loop(page, step);
            __asm__ volatile("fence.i" ::: "memory");
            break;
        case 2:         /* a fresh mapping */
            munmap(page, 4096);
            page = new_page();
            if (!page)
                break;
            put_loop(page, step);
            __builtin___clear_cache((char *)page, (char *)(page + 7));
            break;
        default:        /* a plain store: caught by write-protection */
            put_loop(page, step);
            break;
        }
        if (!page)
            break;
        if (r % 100 == 0 && forks) {
            pid_t pid = fork();
            if (pid == 0)
                _exit(child_check(page, step));
            int status = -1;
            if (pid < 0 || waitpid(pid, &status, 0) != pid || status != 0)
                bad_children++;
        }
        /* Hot enough to be translated at the default threshold too. */
        for (int i = 0; i < 80; i++) {
            long got = ((Fn)(uintptr_t)page)(100 + i);
            if (got != (long)step * (100 + i) && bad++ < 5)
                printf("writer: round %d: f(%d) = %ld, want %ld\n", r, 100 + i, got,
                       (long)step * (100 + i));
        }
    }
    printf("writer: %d wrong results, %d failed children\n", bad, bad_children);
    return NULL;
}

/* mtstress [nowrite] [nofork] [WORKERS]: "nowrite" leaves the code alone
 * (with a small --code-cache-size, the flushes are then the full cache's);
 * "nofork" forks no children. */
int main(int argc, char **argv)
{
    pthread_t th[MAX_WORKERS + 1];
    struct sigaction sa;
    int workers = WORKERS;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "nowrite") == 0)
            rewrite = 0;
        else if (strcmp(argv[i], "nofork") == 0)
            forks = 0;
        else if (atoi(argv[i]) > 0 && atoi(argv[i]) <= MAX_WORKERS)
            workers = atoi(argv[i]);
    }
    guard = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (guard == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    setvbuf(stdout, NULL, _IOLBF, 0);
    pthread_barrier_init(&start, NULL, (unsigned)workers + 1);
    for (int t = 0; t < workers; t++)
        pthread_create(&th[t], NULL, worker, (void *)(uintptr_t)t);
    pthread_create(&th[workers], NULL, writer, NULL);
    for (int t = 0; t <= workers; t++)
        pthread_join(th[t], NULL);
    for (int t = 0; t < workers; t++)
        printf("worker %d: %016llx, %d faults\n", t, (unsigned long long)results[t],
               fault_counts[t]);
    return 0;
}
