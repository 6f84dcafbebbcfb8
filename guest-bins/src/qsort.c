/* qsort and bsearch over ints, doubles and structs, with data from a fixed
 * linear congruential generator so every run and every ISA sees the same
 * input.  Comparators define a total order so the result does not depend on
 * the sort's stability. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t lcg_state = 0x2545f4914f6cdd1dull;

static uint32_t lcg_next(void)
{
    lcg_state = lcg_state * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(lcg_state >> 33);
}

static uint32_t checksum;

static void mix(uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        checksum = (checksum ^ (uint8_t)v) * 16777619u;
        v >>= 8;
    }
}

static int compare_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

struct record {
    char name[12];
    int age;
    double score;
    uint64_t id;
};

/* By age descending, then name, then id: a total order. */
static int compare_record(const void *a, const void *b)
{
    const struct record *x = a, *y = b;
    if (x->age != y->age)
        return x->age < y->age ? 1 : -1;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return (x->id > y->id) - (x->id < y->id);
}

static void sort_ints(size_t n)
{
    int *a = malloc(n * sizeof *a);
    for (size_t i = 0; i < n; i++)
        a[i] = (int)(lcg_next() % 100000) - 50000;
    qsort(a, n, sizeof *a, compare_int);
    int sorted = 1;
    checksum = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i])
            sorted = 0;
        mix((uint64_t)(int64_t)a[i]);
    }
    int found = 0, missing = 0;
    for (int probe = -50000; probe < 50000; probe += 37) {
        int *hit = bsearch(&probe, a, n, sizeof *a, compare_int);
        if (hit) {
            found++;
            if (*hit != probe)
                sorted = 0;
        } else {
            missing++;
        }
    }
    printf("ints n=%zu sorted=%d min=%d max=%d median=%d found=%d missing=%d checksum=%08x\n", n,
           sorted, n ? a[0] : 0, n ? a[n - 1] : 0, n ? a[n / 2] : 0, found, missing, checksum);
    free(a);
}

static void sort_doubles(size_t n)
{
    double *a = malloc(n * sizeof *a);
    /* One call per statement: the order of evaluation of operands and
     * arguments is unspecified and differs between compilers' targets. */
    for (size_t i = 0; i < n; i++) {
        double numerator = (double)lcg_next() - 1073741824.0;
        a[i] = numerator / (double)(1 + lcg_next() % 1000);
    }
    qsort(a, n, sizeof *a, compare_double);
    int sorted = 1;
    checksum = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i])
            sorted = 0;
        uint64_t bits;
        memcpy(&bits, &a[i], sizeof bits);
        mix(bits);
    }
    printf("doubles n=%zu sorted=%d min=%.17g max=%.17g checksum=%08x\n", n, sorted, a[0],
           a[n - 1], checksum);
    double key = a[n / 3];
    double *hit = bsearch(&key, a, n, sizeof *a, compare_double);
    printf("bsearch double %a: %s\n", key, hit && *hit == key ? "found" : "missing");
    free(a);
}

static void sort_records(size_t n)
{
    static const char *const names[] = { "ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal" };
    struct record *r = calloc(n, sizeof *r);
    for (size_t i = 0; i < n; i++) {
        const char *name = names[lcg_next() % 8];
        snprintf(r[i].name, sizeof r[i].name, "%s%u", name, lcg_next() % 10);
        r[i].age = (int)(lcg_next() % 60) + 18;
        r[i].score = (double)(lcg_next() % 10000) / 100.0;
        r[i].id = i;
    }
    qsort(r, n, sizeof *r, compare_record);
    checksum = 0;
    for (size_t i = 0; i < n; i++) {
        mix(r[i].id);
        mix((uint64_t)r[i].age);
    }
    printf("records n=%zu checksum=%08x\n", n, checksum);
    for (size_t i = 0; i < n && i < 8; i++)
        printf("  %-6s age %2d score %6.2f id %llu\n", r[i].name, r[i].age, r[i].score,
               (unsigned long long)r[i].id);
    struct record key = r[n / 2];
    struct record *hit = bsearch(&key, r, n, sizeof *r, compare_record);
    printf("bsearch record %s/%d: %s\n", key.name, key.age, hit ? "found" : "missing");
    free(r);
}

int main(void)
{
    static const size_t sizes[] = { 0, 1, 2, 3, 7, 16, 100, 1000, 20000 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        sort_ints(sizes[i]);
    sort_doubles(5000);
    sort_records(3000);
    /* Already sorted, reversed and constant input. */
    int a[500];
    for (int i = 0; i < 500; i++)
        a[i] = i;
    qsort(a, 500, sizeof a[0], compare_int);
    printf("sorted input: %d %d %d\n", a[0], a[250], a[499]);
    for (int i = 0; i < 500; i++)
        a[i] = 500 - i;
    qsort(a, 500, sizeof a[0], compare_int);
    printf("reversed input: %d %d %d\n", a[0], a[250], a[499]);
    for (int i = 0; i < 500; i++)
        a[i] = 7;
    qsort(a, 500, sizeof a[0], compare_int);
    printf("constant input: %d %d\n", a[0], a[499]);
    return 0;
}
