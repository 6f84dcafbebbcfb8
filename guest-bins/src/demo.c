/* The demo `make demo` runs: a short report that a person can check by eye.
 * Run it natively and under xlat and compare; only the machine name should
 * differ (xlat reports the guest's, as a riscv64 kernel would). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

/* arctan(1/n) by its Taylor series, for Machin's formula. */
static double arctan_inverse(int n)
{
    double x = 1.0 / n, power = x, sum = 0.0;
    for (int k = 0; power > 1e-20; k++) {
        sum += (k % 2 ? -power : power) / (2 * k + 1);
        power *= x * x;
    }
    return sum;
}

/* 64-bit FNV-1a, then a final avalanche (the splitmix64 finaliser). */
static uint64_t checksum(const char *text)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        h = (h ^ *p) * 0x100000001b3ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

int main(int argc, char **argv)
{
    struct utsname name;
    if (uname(&name) == 0)
        printf("Hello from %s, running %s %s.\n", name.machine, name.sysname, name.release);

    printf("The first 20 primes:");
    int found = 0;
    for (int candidate = 2; found < 20; candidate++) {
        int prime = 1;
        for (int d = 2; d * d <= candidate; d++)
            if (candidate % d == 0) {
                prime = 0;
                break;
            }
        if (prime) {
            printf(" %d", candidate);
            found++;
        }
    }
    printf("\n");

    double pi = 16 * arctan_inverse(5) - 4 * arctan_inverse(239);
    printf("pi by Machin's formula: %.10f\n", pi);

    const char *text = "The quick brown fox jumps over the lazy dog";
    printf("checksum of \"%s\": %016llx\n", text, (unsigned long long)checksum(text));

    printf("argc = %d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d] = \"%s\"\n", i, argv[i]);
    return 0;
}
