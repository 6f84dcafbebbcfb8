/* Asynchronous signals interrupting guest code that keeps values in many
 * registers (hot enough to be translated): every register the handler
 * does not save itself must come back from the signal frame through
 * rt_sigreturn, including the one the sigreturn trampoline itself uses
 * (riscv64 a7, aarch64 x8). */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

static volatile int alarms;

static void on_alarm(int sig)
{
    alarms++;
}

#if defined(__riscv)
static long spin_with_registers(long n)
{
    long bad, tmp;
    asm volatile(
        "li t0, 0x1111\n li t1, 0x2222\n li t2, 0x3333\n li a7, 0x4444\n li a6, 0x5555\n"
        "li t3, 0x8888\n li t4, 0x9999\n li t5, 0xaaaa\n li t6, 0xbbbb\n li a5, 0xcccc\n"
        "1: addi %[n], %[n], -1\n bnez %[n], 1b\n"
        "li %[bad], 0\n"
        "li %[tmp], 0x1111\n xor %[tmp], %[tmp], t0\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x2222\n xor %[tmp], %[tmp], t1\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x3333\n xor %[tmp], %[tmp], t2\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x4444\n xor %[tmp], %[tmp], a7\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x5555\n xor %[tmp], %[tmp], a6\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x8888\n xor %[tmp], %[tmp], t3\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0x9999\n xor %[tmp], %[tmp], t4\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0xaaaa\n xor %[tmp], %[tmp], t5\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0xbbbb\n xor %[tmp], %[tmp], t6\n or %[bad], %[bad], %[tmp]\n"
        "li %[tmp], 0xcccc\n xor %[tmp], %[tmp], a5\n or %[bad], %[bad], %[tmp]\n"
        : [n] "+r"(n), [bad] "=&r"(bad), [tmp] "=&r"(tmp)
        :
        : "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a5", "a6", "a7", "memory");
    return bad;
}
#elif defined(__aarch64__)
static long spin_with_registers(long n)
{
    long bad, tmp;
    asm volatile(
        "mov x8, #0x1111\n mov x9, #0x2222\n mov x10, #0x3333\n mov x11, #0x4444\n"
        "mov x12, #0x5555\n mov x13, #0x6666\n mov x14, #0x7777\n mov x15, #0x8888\n"
        "mov x16, #0x9999\n mov x17, #0xaaaa\n"
        "1: subs %[n], %[n], #1\n b.ne 1b\n"
        "mov %[bad], #0\n"
        "mov %[tmp], #0x1111\n eor %[tmp], %[tmp], x8\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x2222\n eor %[tmp], %[tmp], x9\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x3333\n eor %[tmp], %[tmp], x10\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x4444\n eor %[tmp], %[tmp], x11\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x5555\n eor %[tmp], %[tmp], x12\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x6666\n eor %[tmp], %[tmp], x13\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x7777\n eor %[tmp], %[tmp], x14\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x8888\n eor %[tmp], %[tmp], x15\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0x9999\n eor %[tmp], %[tmp], x16\n orr %[bad], %[bad], %[tmp]\n"
        "mov %[tmp], #0xaaaa\n eor %[tmp], %[tmp], x17\n orr %[bad], %[bad], %[tmp]\n"
        : [n] "+r"(n), [bad] "=&r"(bad), [tmp] "=&r"(tmp)
        :
        : "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "cc", "memory");
    return bad;
}
#else
static long spin_with_registers(long n)
{
    volatile long v = n;
    while (v > 0)
        v = v - 1;
    return 0;
}
#endif

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, 500 }, { 0, 500 } };
    setitimer(ITIMER_REAL, &it, NULL);
    long bad = 0;
    int rounds = 0;
    while (alarms < 200 && rounds < 1000000) {
        bad |= spin_with_registers(20000);
        rounds++;
    }
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    printf("200 alarms during register-heavy loops: %s, registers %s\n",
           alarms >= 200 ? "yes" : "no", bad ? "CHANGED" : "kept");
    return 0;
}
