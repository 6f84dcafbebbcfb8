/*
 * Forked children under xlat's quiet start (translate/block_map.h): for its
 * first few thousand blocks a forked child writes none of the pages of
 * decoded blocks, maps and translations it shares with its parent, and
 * keeps what it decodes to itself; then those blocks join its main map and
 * its hot code is translated as usual.
 *
 *   1. The parent runs 256 small functions 8 times each (decoded and
 *      counted, below the translation threshold).  A child then runs each
 *      once more and counts its minor page faults while doing so: natively
 *      and quiet, a handful (its stack); with entry counts and successor
 *      links written into blocks the parent made, a page copy for each
 *      page of them.
 *   2. A child runs well past the quiet start: code it decoded while quiet
 *      runs hot afterwards (decoded blocks moved into the main map, then
 *      translated), and code the parent made hot runs from the parent's
 *      translations; the sums must be right.
 *   3. Children fork again and exit at once, many times (short children, as
 *      a shell's).
 * Prints the same lines natively and under xlat in every mode.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

typedef uint64_t (*fn_t)(uint64_t);

/* 256 distinct functions, each a few blocks of its own. */
#define F(n)                                                                   \
    __attribute__((noinline)) static uint64_t f##n(uint64_t x)                 \
    {                                                                          \
        if (x & 1)                                                             \
            x = x * 3 + n;                                                     \
        else                                                                   \
            x = (x >> 1) ^ (uint64_t)(n * 0x9e37u);                            \
        return x + (x >> 7);                                                   \
    }
#define F4(n) F(n##0) F(n##1) F(n##2) F(n##3)
#define F16(n) F4(n##0) F4(n##1) F4(n##2) F4(n##3)
F16(1) F16(2) F16(3) F16(4)
#define P(n) f##n,
#define P4(n) P(n##0) P(n##1) P(n##2) P(n##3)
#define P16(n) P4(n##0) P4(n##1) P4(n##2) P4(n##3)
static fn_t const fns[] = { P16(1) P16(2) P16(3) P16(4) };
#define NFNS (sizeof fns / sizeof fns[0])

static uint64_t run_all(uint64_t x)
{
    for (unsigned i = 0; i < NFNS; i++)
        x = fns[i](x);
    return x;
}

/* Hot loops: one the parent runs first, one only the child does. */
__attribute__((noinline)) static uint64_t mix(uint64_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (uint64_t i = 0; i < n; i++)
        h = (h ^ (i & 0xff)) * 1099511628211ull;
    return h;
}

__attribute__((noinline)) static uint64_t child_only(uint64_t n)
{
    uint64_t a = 0, b = 1;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t t = a + b * 7;
        a = b;
        b = t % 1000003;
    }
    return a ^ b;
}

static long minflt(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

static int wait_ok(pid_t pid)
{
    int status;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(void)
{
    uint64_t x = 12345;

    for (int r = 0; r < 8; r++)
        x = run_all(x);
    printf("parent: %llx\n", (unsigned long long)x);
    fflush(stdout);

    /* 1. Re-running the parent's decoded code copies none of its pages. */
    pid_t pid = fork();
    if (pid == 0) {
        long before = minflt();
        uint64_t y = run_all(x);
        long faults = minflt() - before;
        printf("child 1: %llx, %s\n", (unsigned long long)y,
               faults <= 6 ? "few page faults" : "many page faults");
        if (faults > 6)
            printf("child 1: %ld page faults running its parent's code\n", faults);
        fflush(stdout);
        _exit(0);
    }
    if (!wait_ok(pid))
        printf("child 1 failed\n");

    /* 2. A child that lives on: hot code decoded while quiet, translated after. */
    printf("parent mix: %llx\n", (unsigned long long)mix(200000));
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        uint64_t s = child_only(300);       /* decoded while quiet */
        for (int r = 0; r < 50; r++)        /* far past the quiet start */
            s += child_only(20000) + mix(1000);
        printf("child 2: %llx %llx\n", (unsigned long long)s, (unsigned long long)mix(100000));
        fflush(stdout);
        _exit(0);
    }
    if (!wait_ok(pid))
        printf("child 2 failed\n");

    /* 3. Short children, and grandchildren, as a shell makes them. */
    int ok = 0;
    for (int i = 0; i < 40; i++) {
        pid = fork();
        if (pid == 0) {
            pid_t g = fork();
            if (g == 0) {
                volatile uint64_t sink = run_all((uint64_t)i);
                (void)sink;
                _exit(0);
            }
            _exit(g > 0 && wait_ok(g) ? 0 : 1);
        }
        ok += pid > 0 && wait_ok(pid);
    }
    printf("short children: %d of 40 ok\n", ok);
    return 0;
}
