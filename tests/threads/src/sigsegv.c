/* SA_SIGINFO handlers: si_signo, si_code and si_addr of SIGSEGV
 * (SEGV_MAPERR, SEGV_ACCERR); a handler that maps the missing page and
 * returns, so the faulting access is retried and succeeds; siglongjmp out
 * of a handler; SIGFPE-free integer division; SIGBUS past the end of a
 * file mapping. */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static char *region;
static long page;
static volatile int faults;
static volatile uintptr_t last_addr;
static volatile int last_code, last_signo;
static sigjmp_buf jump;
static volatile int *volatile bad_pointer = (int *)8;

static void map_and_return(int sig, siginfo_t *si, void *uc)
{
    faults++;
    last_signo = si->si_signo;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    char *p = (char *)((uintptr_t)si->si_addr & ~(uintptr_t)(page - 1));
    if (si->si_code == SEGV_MAPERR) {
        if (mmap(p, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
            _exit(3);
    } else {
        mprotect(p, page, PROT_READ | PROT_WRITE);
    }
}

static void jump_out(int sig, siginfo_t *si, void *uc)
{
    last_signo = si->si_signo;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    siglongjmp(jump, sig);
}

static const char *code_name(int sig, int code)
{
    if (sig == SIGSEGV && code == SEGV_MAPERR) return "SEGV_MAPERR";
    if (sig == SIGSEGV && code == SEGV_ACCERR) return "SEGV_ACCERR";
    if (sig == SIGBUS && code == BUS_ADRERR) return "BUS_ADRERR";
    if (code == SI_USER) return "SI_USER";
    if (code == SI_TKILL) return "SI_TKILL";
    if (code == SI_QUEUE) return "SI_QUEUE";
    return "other";
}

int main(void)
{
    struct sigaction sa;

    page = sysconf(_SC_PAGESIZE);
    region = mmap(NULL, 4 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(region + 2 * page, 2 * page);    /* pages 2,3: unmapped; 0,1: PROT_NONE */

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = map_and_return;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* A write to an unmapped page: mapped by the handler, then retried. */
    volatile char *p = region + 2 * page + 123;
    *p = 'x';
    printf("write to unmapped page: faults=%d signo=%d code=%s addr=+%#lx value=%c\n", faults,
           last_signo, code_name(last_signo, last_code), (long)(last_addr - (uintptr_t)region), *p);
    /* A read of a PROT_NONE page: made readable by the handler. */
    volatile long *q = (long *)(region + page + 64);
    long v = *q;
    printf("read of PROT_NONE page: faults=%d code=%s addr=+%#lx value=%ld\n", faults,
           code_name(last_signo, last_code), (long)(last_addr - (uintptr_t)region), v);
    /* A write to a read-only page. */
    mprotect(region, page, PROT_READ);
    ((volatile int *)region)[5] = 77;
    printf("write to read-only page: faults=%d code=%s addr=+%#lx value=%d\n", faults,
           code_name(last_signo, last_code), (long)(last_addr - (uintptr_t)region),
           ((volatile int *)region)[5]);
    /* Many faults in a row, each page mapped on demand. */
    char *big = mmap(NULL, 64 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(big, 64 * page);
    long total = 0;
    for (int i = 0; i < 64; i++)
        ((volatile char *)big)[i * page + i] = (char)i;
    for (int i = 0; i < 64; i++)
        total += big[i * page + i];
    printf("64 demand-mapped pages: faults=%d total=%ld\n", faults, total);

    /* siglongjmp out of the SIGSEGV handler, many times over. */
    sa.sa_sigaction = jump_out;
    sigaction(SIGSEGV, &sa, NULL);
    int jumps = 0;
    for (int i = 0; i < 100; i++) {
        if (sigsetjmp(jump, 1) == 0)
            *(volatile int *)(uintptr_t)(16 + i * 8) = i;
        else
            jumps++;
    }
    printf("siglongjmp out of handler: %d times, last signo=%d code=%s addr=%#lx\n", jumps,
           last_signo, code_name(last_signo, last_code), (long)last_addr);
    /* The mask was restored by siglongjmp: SIGSEGV is not blocked. */
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("SIGSEGV blocked after siglongjmp: %d\n", sigismember(&cur, SIGSEGV));
    /* longjmp (no mask restore) leaves it blocked. */
    static jmp_buf plain;
    if (sigsetjmp(jump, 0) == 0)
        *bad_pointer = 1;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("SIGSEGV blocked after sigsetjmp(.., 0): %d\n", sigismember(&cur, SIGSEGV));
    (void)plain;
    sigprocmask(SIG_UNBLOCK, &cur, NULL);

    /* SIGBUS: an access past the end of a file mapping. */
    char name[] = "/tmp/xlat-sigbus-XXXXXX";
    int fd = mkstemp(name);
    unlink(name);
    if (fd >= 0 && ftruncate(fd, 100) == 0) {
        char *m = mmap(NULL, 2 * page, PROT_READ, MAP_SHARED, fd, 0);
        sa.sa_sigaction = jump_out;
        sigaction(SIGBUS, &sa, NULL);
        if (sigsetjmp(jump, 1) == 0)
            printf("read past EOF: %d (no signal)\n", ((volatile char *)m)[page + 8]);
        else
            printf("read past EOF: signo=%d code=%s addr=+%#lx\n", last_signo,
                   code_name(last_signo, last_code), (long)(last_addr - (uintptr_t)m));
        close(fd);
    }

    /* si_code and si_pid of signals sent by kill, raise and sigqueue. */
    sa.sa_sigaction = jump_out;
    sigaction(SIGUSR1, &sa, NULL);
    if (sigsetjmp(jump, 1) == 0)
        kill(getpid(), SIGUSR1);
    printf("kill: signo=%d code=%s\n", last_signo, code_name(last_signo, last_code));
    if (sigsetjmp(jump, 1) == 0)
        raise(SIGUSR1);
    printf("raise: signo=%d code=%s\n", last_signo, code_name(last_signo, last_code));
    if (sigsetjmp(jump, 1) == 0)
        sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 5 });
    printf("sigqueue: signo=%d code=%s\n", last_signo, code_name(last_signo, last_code));
    return 0;
}
