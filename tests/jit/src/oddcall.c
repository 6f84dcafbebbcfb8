/*
 * Indirect calls (jalr ra) to a function's address with bit 0 set, riscv64
 * only: the hart clears bit 0.  Translated code leaves it set on the way
 * to the jump cache and the return-address stack, where an odd target
 * never matches, and clears it where the lookup misses
 * (translate/riscv64/translate.c, emit_probe).
 */
#include <stdio.h>

__attribute__((noinline)) static long f(long x)
{
    return x * 3 + 1;
}

int main(void)
{
    long s = 0;

    for (long i = 0; i < 100000; i++) {
        long r;
        __asm__ volatile("mv a0, %1\n\t"
                         "addi t0, %2, 1\n\t"
                         "jalr ra, 0(t0)\n\t"
                         "mv %0, a0"
                         : "=r"(r)
                         : "r"(i), "r"(f)
                         : "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "t0", "t1", "t2",
                           "t3", "t4", "t5", "t6", "ra", "memory");
        s += r;
    }
    printf("%ld\n", s);
    return 0;
}
