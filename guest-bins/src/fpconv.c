/* Floating-point compares and conversions in a hot loop, so that they run
 * translated: integer to double and back (signed and unsigned, including
 * unsigned values of 2^63 and above), double to float and back, compares
 * feeding branches and selects, and compares with NaNs.  Every conversion
 * is in range, so the output is the same on every ISA.  The argument is
 * the number of iterations (a benchmark uses 20000000). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 300000;
    volatile double nan_value = NAN;
    double x = 0.1, acc = 0;
    long isum = 0;
    unsigned long usum = 0, big = 0;
    int cnt = 0, unordered = 0;
    float fsum = 0;

    for (long i = 0; i < n; i++) {
        double d = (double)i * 0.37 + x;
        long k = (long)d;
        unsigned u = (unsigned)(d * 0.5);
        float f = (float)d;
        if (d > acc)
            cnt++;
        acc = d < acc ? acc : d * 0.999;
        isum += k;
        usum += u;
        x += (double)f * 1e-9;
        double huge = 9.3e18 + (double)(i & 1023) * 4096.0;
        big ^= (unsigned long)huge + (unsigned long)(i * 2654435761u);
        big += (unsigned long)(double)(big >> 1);
        double q = (i & 7) == 0 ? nan_value : d;
        if (!(q >= 0) || q != q)
            unordered++;
        fsum += (float)(unsigned)i * 0.25f - (float)(long)-i;
    }
    printf("%ld %lu %d %.6f %.6f %lu %d %.3f\n", isum, usum, cnt, acc, x, big, unordered,
           (double)fsum);
    return 0;
}
