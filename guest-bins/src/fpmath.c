/* Floating point: arithmetic, conversions, rounding functions and exception
 * flags under each rounding mode, plus libm.  Built with -frounding-math so
 * the compiler neither folds nor reorders across fesetround.
 *
 * What is compared and why:
 *  - Results are printed with %a and %.17g so a one-ulp difference shows.
 *  - A NaN is printed as "nan" without sign or payload: x86-64 produces a
 *    negative default NaN and propagates payloads, riscv64 produces the
 *    positive canonical NaN.  Both are right for their ISA, so the native
 *    output cannot be the reference for them.
 *  - Underflow of a result that rounds to the smallest normal number is
 *    shown as "?": IEEE 754 lets an ISA detect tininess before rounding
 *    (aarch64: flag raised) or after (x86-64, riscv64: not raised).
 *  - GCC does not order floating-point operations against fe*() calls, so
 *    every operation reads its operands from volatile variables after the
 *    flags are cleared, and stores its result in a volatile before the
 *    flags are read.
 *  - Only functions IEEE 754 and glibc define to be correctly rounded (basic
 *    arithmetic, sqrt, fma, the floor family, fmod, remainder, ldexp, frexp,
 *    conversions) are tested in every rounding mode.  Other libm functions
 *    run in round-to-nearest only, on inputs where glibc's riscv64 and
 *    x86-64 (FMA and non-FMA) implementations agree; see transcendental(). */
#define _GNU_SOURCE /* roundeven */
#include <fenv.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const struct {
    int mode;
    const char *name;
} modes[] = {
    { FE_TONEAREST, "nearest" },
    { FE_TOWARDZERO, "towardzero" },
    { FE_UPWARD, "upward" },
    { FE_DOWNWARD, "downward" },
};
#define N_MODES (sizeof modes / sizeof modes[0])

static const double values[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.0, 0.1, -0.1, 1.0 / 3.0, 2.0 / 3.0, 10.0,
    0x1.fffffffffffffp-1, 0x1.0000000000001p0, 4503599627370495.5, 4503599627370496.0,
    9007199254740993.0, 1e16, 1e300, -1e300, DBL_MAX, -DBL_MAX, DBL_MIN, 0x1p-1074, -0x1p-1074,
    0x1.8p-1073, 0x0.fffffffffffffp-1022, 2147483647.5, -2147483648.5, 9.2233720368547748e18,
    -9.2233720368547758e18, 1.8446744073709550e19, INFINITY, -INFINITY, NAN,
};
#define N_VALUES (sizeof values / sizeof values[0])

/* Set by show() and showf(): the result's magnitude is the smallest normal,
 * where whether underflow is raised depends on the ISA. */
static int tininess_ambiguous;

/* Prints a double so that any bit difference (except in a NaN) shows. */
static void show(const char *name, double v)
{
    tininess_ambiguous = fabs(v) == DBL_MIN;
    if (isnan(v))
        printf(" %s=nan", name);
    else
        printf(" %s=%a(%.17g)", name, v, v);
}

static void showf(const char *name, float v)
{
    tininess_ambiguous = fabsf(v) == FLT_MIN;
    if (isnan(v))
        printf(" %s=nan", name);
    else
        printf(" %s=%a(%.9g)", name, (double)v, (double)v);
}

static void show_flags(void)
{
    int flags = fetestexcept(FE_ALL_EXCEPT);
    printf(" [%s%s%s%s%s]", flags & FE_INVALID ? "V" : "-", flags & FE_DIVBYZERO ? "Z" : "-",
           flags & FE_OVERFLOW ? "O" : "-",
           tininess_ambiguous ? "?" : flags & FE_UNDERFLOW ? "U" : "-",
           flags & FE_INEXACT ? "X" : "-");
    feclearexcept(FE_ALL_EXCEPT);
    tininess_ambiguous = 0;
}

/* Operands, read after the flags are cleared (see the top of the file). */
static volatile double a, b;
static volatile float fa, fb;

/* Each operation: clear flags, compute into a volatile, print value and flags. */
static void arithmetic(double first, double second)
{
    volatile double r;
    volatile float rf;
    a = first, b = second;
    fa = (float)a, fb = (float)b; /* rounded in the current mode */
    feclearexcept(FE_ALL_EXCEPT);
    r = a + b; show("add", r); show_flags();
    r = a - b; show("sub", r); show_flags();
    r = a * b; show("mul", r); show_flags();
    r = a / b; show("div", r); show_flags();
    r = sqrt(a); show("sqrt", r); show_flags();
    r = fma(a, b, -a); show("fma", r); show_flags();
    r = fmod(a, b); show("fmod", r); show_flags();
    r = remainder(a, b); show("rem", r); show_flags();
    feclearexcept(FE_ALL_EXCEPT);
    rf = fa * fb; showf("mulf", rf); show_flags();
    rf = fa / fb; showf("divf", rf); show_flags();
    rf = fa + fb; showf("addf", rf); show_flags();
    rf = sqrtf(fa); showf("sqrtf", rf); show_flags();
    rf = fmaf(fa, fb, fb); showf("fmaf", rf); show_flags();
    rf = (float)a; showf("d2f", rf); show_flags();
    putchar('\n');
}

static void rounding_functions(double value)
{
    volatile double r;
    a = value;
    volatile long l;
    volatile long long ll;
    feclearexcept(FE_ALL_EXCEPT);
    /* Whether floor, ceil, trunc and lround raise inexact is up to the
     * implementation (C17 F.10.6): glibc's x86-64 floor/ceil/trunc (SSE4.1
     * roundsd) raise it, its riscv64 ones do not, and the reverse for
     * lround.  Their flags are not printed. */
    r = floor(a); show("floor", r);
    r = ceil(a); show("ceil", r);
    r = round(a); show("round", r);
    r = trunc(a); show("trunc", r);
    feclearexcept(FE_ALL_EXCEPT);
    r = rint(a); show("rint", r); show_flags();
    r = nearbyint(a); show("nearbyint", r); show_flags();
    r = roundeven(a); show("roundeven", r); show_flags();
    /* Out of range, lrint returns an unspecified value (ISA-specific); only
     * its flags are compared. */
    if (!isnan(a) && fabs(a) < 9.2e18) {
        l = lrint(a); printf(" lrint=%ld", l); show_flags();
        ll = llrint(a); printf(" llrint=%lld", ll); show_flags();
        l = lround(a); printf(" lround=%ld", l);
        feclearexcept(FE_ALL_EXCEPT);
    } else {
        l = lrint(a); printf(" lrint=?"); show_flags();
    }
    int exponent;
    r = frexp(a, &exponent);
    show("frexp", r);
    if (isfinite(a))
        printf("/%d", exponent);
    r = ldexp(a, 3); show("ldexp3", r); show_flags();
    r = ldexp(a, -1070); show("ldexp-1070", r); show_flags();
    r = scalbn(a, 1000); show("scalbn1000", r); show_flags();
    double integral;
    r = modf(a, &integral); show("modf", r); show("int", integral);
    if (isfinite(a) && a != 0)
        printf(" ilogb=%d", ilogb(a));
    r = nextafter(a, 0.0); show("next0", r); show_flags();
    r = nextafter(a, INFINITY); show("nextup", r); show_flags();
    r = copysign(a, -1.0); show("copysign", r);
    volatile float rf = floorf((float)a); showf("floorf", rf);
    rf = rintf((float)a); showf("rintf", rf); show_flags();
    putchar('\n');
}

/* Conversions between integers and floating point at the edges of range.
 * Only in-range values are cast (an out-of-range cast is undefined). */
static void conversions(void)
{
    static const int64_t ints[] = {
        0, 1, -1, 3, 0x7fffffff, -0x7fffffff - 1, 0x1000001, 0x1fffffffffffff, 0x20000000000001,
        0x7fffffffffffffff, INT64_MIN, 0x7ffffffffffffdff, 0x7ffffffffffffe00, -0x7ffffffffffffdff,
    };
    static const uint64_t uints[] = {
        0, 1, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000401, 0x80000000000007ff,
        0xfffffffffffff7ff, 0xfffffffffffffbff, 0x100000001,
    };
    volatile double d;
    volatile float f;
    volatile int64_t integer;
    volatile uint64_t unsigned_integer;
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        integer = ints[i];
        printf("i64 %" PRId64 ":", integer);
        feclearexcept(FE_ALL_EXCEPT);
        d = (double)integer; show("d", d); show_flags();
        f = (float)integer; showf("f", f); show_flags();
        d = (double)(int32_t)integer; show("d32", d); show_flags();
        f = (float)(int32_t)integer; showf("f32", f); show_flags();
        putchar('\n');
    }
    for (size_t i = 0; i < sizeof uints / sizeof uints[0]; i++) {
        unsigned_integer = uints[i];
        printf("u64 %" PRIu64 ":", unsigned_integer);
        feclearexcept(FE_ALL_EXCEPT);
        d = (double)unsigned_integer; show("d", d); show_flags();
        f = (float)unsigned_integer; showf("f", f); show_flags();
        d = (double)(uint32_t)unsigned_integer; show("d32", d); show_flags();
        f = (float)(uint32_t)unsigned_integer; showf("f32", f); show_flags();
        putchar('\n');
    }
    static const double reals[] = {
        0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2147483647.9, -2147483648.9, 4294967295.5,
        9223372036854774784.0, -9223372036854775808.0, 18446744073709549568.0, 1e-300,
    };
    for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++) {
        a = reals[i];
        double v = a; /* for the range checks */
        printf("real %.17g:", v);
        feclearexcept(FE_ALL_EXCEPT);
        if (v > -2147483649.0 && v < 2147483648.0) {
            volatile int32_t r = (int32_t)a;
            printf(" i32=%" PRId32, r); show_flags();
        }
        if (v > -1.0 && v < 4294967296.0) {
            volatile uint32_t r = (uint32_t)a;
            printf(" u32=%" PRIu32, r); show_flags();
        }
        if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) {
            volatile int64_t r = (int64_t)a;
            printf(" i64=%" PRId64, r); show_flags();
        }
        if (v > -1.0 && v < 18446744073709551616.0) {
            volatile uint64_t r = (uint64_t)a;
            printf(" u64=%" PRIu64, r); show_flags();
        }
        if (fabsf((float)v) < 2147483648.0f) {
            volatile int32_t r = (int32_t)(float)a;
            printf(" f2i32=%" PRId32, r); show_flags();
        }
        f = (float)a; showf("f", f); show_flags();
        d = (double)f; show("f2d", d); show_flags();
        putchar('\n');
    }
}

/* libm functions that are not required to be correctly rounded. Inputs are
 * chosen where glibc's riscv64 build and its x86-64 builds (with and without
 * the FMA variants selected at run time) give the same bits. */
static void transcendental(void)
{
    static const double inputs[] = {
        0.0, 0.5, 1.0, 2.0, 3.0, 0.25, 0.75, 1e-5, 10.0, 100.0, 0.1, -0.5, -2.0, 1e-300, 700.0,
        -700.0, 1e22, 3.14159265358979,
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        double x = inputs[i];
        printf("libm %.17g:", x);
        show("sin", sin(x));
        show("cos", cos(x));
        show("tan", tan(x));
        show("exp", exp(x));
        show("log", log(fabs(x)));
        show("log2", log2(fabs(x)));
        show("log10", log10(fabs(x)));
        show("pow", pow(fabs(x), 0.75));
        show("atan2", atan2(x, 1.5));
        show("atan", atan(x));
        show("hypot", hypot(x, 3.0));
        show("exp2", exp2(x > 1000 ? 1000 : x));
        show("tanh", tanh(x));
        show("sinf", (double)sinf((float)x));
        show("expf", (double)expf((float)x));
        show("logf", (double)logf((float)fabs(x)));
        show("powf", (double)powf((float)fabs(x), 1.25f));
        putchar('\n');
    }
    /* cbrt is not correctly rounded and glibc's riscv64 and x86-64 builds
     * differ by an ulp on some inputs (cbrt(3)); exact cubes only. */
    static const double cubes[] = { 8.0, -27.0, 0.125, 1e-300, 1e300, 3.375 };
    printf("cbrt:");
    for (size_t i = 0; i < sizeof cubes / sizeof cubes[0]; i++)
        show("cbrt", cbrt(cubes[i]));
    putchar('\n');
}

/* A long computation: Newton iterations, a series and a recurrence, where
 * any wrong rounding accumulates. */
static void accumulation(void)
{
    double sum = 0, kahan = 0, compensation = 0;
    for (int i = 1; i <= 100000; i++) {
        double term = 1.0 / ((double)i * i);
        sum += term;
        double y = term - compensation;
        double t = kahan + y;
        compensation = (t - kahan) - y;
        kahan = t;
    }
    show("basel", sum);
    show("kahan", kahan);
    double root = 1.0;
    for (int i = 0; i < 60; i++)
        root = 0.5 * (root + 2.0 / root);
    show("newton", root);
    float logistic = 0.3f;
    for (int i = 0; i < 1000; i++)
        logistic = 3.7f * logistic * (1.0f - logistic);
    showf("logistic", logistic);
    putchar('\n');
}

int main(void)
{
    for (size_t m = 0; m < N_MODES; m++) {
        fesetround(modes[m].mode);
        printf("== rounding %s (fegetround ok %d)\n", modes[m].name, fegetround() == modes[m].mode);
        for (size_t i = 0; i < N_VALUES; i++) {
            for (size_t j = 0; j < N_VALUES; j += 3) {
                printf("%a op %a:", values[i], values[j]);
                arithmetic(values[i], values[j]);
            }
        }
        for (size_t i = 0; i < N_VALUES; i++) {
            printf("%a:", values[i]);
            rounding_functions(values[i]);
        }
        conversions();
        accumulation();
    }
    fesetround(FE_TONEAREST);
    transcendental();
    /* The flags raised by one operation and tested together. */
    feclearexcept(FE_ALL_EXCEPT);
    volatile double big = DBL_MAX, tiny = DBL_MIN, zero = 0.0, r;
    r = big * 2.0; r = tiny / 3.0; r = 1.0 / zero;
    (void)r;
    printf("accumulated flags:");
    show_flags();
    feraiseexcept(FE_INVALID | FE_INEXACT);
    printf(" raised:");
    show_flags();
    putchar('\n');
    return 0;
}
