/* String and memory functions of libc.  Exercises the vectorised and
 * unaligned paths of the guest's string routines: many sizes, alignments and
 * overlaps.  Comparison results are printed as their sign only, because the
 * magnitude is implementation-defined.  Plain char is unsigned on riscv64
 * and aarch64 but signed on x86-64, so bytes are read as unsigned char. */
#define _GNU_SOURCE /* memrchr, strndup */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Truncation is what these tests are about. */
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wstringop-truncation"

static unsigned checksum;

static void mix(const void *data, size_t size)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < size; i++)
        checksum = (checksum ^ p[i]) * 16777619u;
}

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

static void basics(void)
{
    char buf[64];
    printf("strlen: %zu %zu %zu\n", strlen(""), strlen("a"), strlen("hello world, 0123456789abcdef"));
    strcpy(buf, "hello");
    strcat(buf, ", ");
    strcat(buf, "world");
    printf("strcpy/strcat: [%s] %zu\n", buf, strlen(buf));
    memset(buf, 'x', sizeof buf);
    strncpy(buf, "abc", 6);
    printf("strncpy pad: %d %d %d %d %c\n", buf[3], buf[4], buf[5], buf[6] == 'x', buf[0]);
    memset(buf, 'x', sizeof buf);
    strncpy(buf, "abcdefgh", 4);
    printf("strncpy cut: [%.6s]\n", buf);
    strcpy(buf, "ab");
    strncat(buf, "cdefgh", 3);
    printf("strncat: [%s]\n", buf);

    static const char *const words[] = { "", "a", "b", "ab", "abc", "abd", "ABC", "abc\x80", "abc\x7f", "zz" };
    for (size_t i = 0; i < 10; i++) {
        printf("cmp %-8s:", words[i][0] ? words[i] : "(empty)");
        for (size_t j = 0; j < 10; j++)
            printf(" %2d", sign(strcmp(words[i], words[j])));
        printf(" |");
        for (size_t j = 0; j < 10; j++)
            printf(" %2d", sign(strncmp(words[i], words[j], 2)));
        printf(" |");
        for (size_t j = 0; j < 10; j++)
            printf(" %2d", sign(strcasecmp(words[i], words[j])));
        putchar('\n');
    }

    const char *s = "the quick brown fox jumps over the lazy dog";
    printf("strchr o: %td, strrchr o: %td, strchr nul: %td, strchr q: %s\n", strchr(s, 'o') - s,
           strrchr(s, 'o') - s, strchr(s, '\0') - s, strchr(s, 'Q') ? "found" : "null");
    static const char *const needles[] = { "the", "fox", "dog", "lazy dog", "", "cat", "o", "jumps over", "gx" };
    for (size_t i = 0; i < 9; i++) {
        const char *hit = strstr(s, needles[i]);
        printf("strstr [%s]: %td\n", needles[i], hit ? hit - s : (ptrdiff_t)-1);
    }
    printf("strspn %zu strcspn %zu strpbrk %td\n", strspn(s, "the "), strcspn(s, "xyz"),
           strpbrk(s, "kx") - s);

    char line[] = "alpha, beta;;gamma ,delta,,, epsilon";
    char *save = NULL;
    for (char *tok = strtok_r(line, ",; ", &save); tok; tok = strtok_r(NULL, ",; ", &save))
        printf("tok [%s]\n", tok);

    char *dup = strdup("duplicate me");
    char *prefix = strndup(dup, 3);
    printf("strdup [%s] strndup [%s]\n", dup, prefix);
    free(prefix);
    free(dup);
    printf("memchr %td memrchr %td memchr-miss %s\n", (char *)memchr(s, 'z', 43) - s,
           (char *)memrchr(s, 'e', 43) - s, memchr(s, 'z', 30) ? "hit" : "null");
    char upper[64];
    size_t n = 0;
    for (const char *p = s; *p; p++)
        upper[n++] = (char)toupper((unsigned char)*p);
    upper[n] = 0;
    printf("toupper [%s]\n", upper);
    printf("ctype:");
    for (int c = 0; c < 128; c++)
        if (isalpha(c) + isdigit(c) * 2 + isspace(c) * 4 + ispunct(c) * 8)
            printf("%c", isalpha(c) ? 'a' : isdigit(c) ? 'd' : isspace(c) ? 's' : 'p');
    putchar('\n');
}

/* memcpy/memmove/memset/memcmp/memchr over sizes 0..300 and all alignments
 * 0..15, with overlap in both directions for memmove. */
static void memory(void)
{
    static unsigned char src[1024], dst[1024], ref[1024];
    for (size_t i = 0; i < sizeof src; i++)
        src[i] = (unsigned char)(i * 7 + (i >> 3));
    unsigned errors = 0;
    for (size_t size = 0; size <= 300; size += (size < 70 ? 1 : 13)) {
        for (size_t sa = 0; sa < 16; sa++) {
            for (size_t da = 0; da < 16; da += 3) {
                memset(dst, 0xee, sizeof dst);
                memcpy(dst + da, src + sa, size);
                for (size_t i = 0; i < sizeof dst; i++) {
                    unsigned char want = (i >= da && i < da + size) ? src[sa + i - da] : 0xee;
                    errors += dst[i] != want;
                }
                mix(dst, 400);
                errors += memcmp(dst + da, src + sa, size) != 0;
                /* memmove within one buffer, forwards and backwards. */
                memcpy(dst, src, sizeof dst);
                memcpy(ref, src, sizeof ref);
                size_t from = 100 + sa, to = 100 + sa + da * 5 + 1;
                memmove(dst + to, dst + from, size);
                for (size_t i = 0; i < size; i++)
                    errors += dst[to + i] != ref[from + i];
                mix(dst, 500);
                memcpy(dst, src, sizeof dst);
                memmove(dst + from, dst + to, size);
                for (size_t i = 0; i < size; i++)
                    errors += dst[from + i] != ref[to + i];
                mix(dst, 500);
            }
            memset(dst, 0, sizeof dst);
            memset(dst + sa, (int)(size & 0xff), size);
            mix(dst, 400);
            if (size > 0) {
                memcpy(dst, src, sizeof dst);
                dst[sa + size - 1] ^= 1;
                int c = sign(memcmp(dst + sa, src + sa, size));
                errors += c != ((dst[sa + size - 1] > src[sa + size - 1]) ? 1 : -1);
                unsigned char *hit = memchr(src + sa, src[sa + size - 1], size);
                mix(&(size_t){ (size_t)(hit - src) }, sizeof(size_t));
            }
        }
    }
    printf("memory: errors %u checksum %08x\n", errors, checksum);

    /* strlen/strchr/strcmp at every alignment around a terminator. */
    char text[200];
    checksum = 0;
    for (size_t align = 0; align < 16; align++) {
        for (size_t len = 0; len < 100; len++) {
            memset(text, 'a', sizeof text);
            for (size_t i = 0; i < len; i++)
                text[align + i] = (char)('b' + (i % 20));
            text[align + len] = 0;
            size_t l = strlen(text + align);
            char *c = strchr(text + align, 'b' + (char)(len % 20));
            char copy[200];
            strcpy(copy, text + align);
            int cmp = sign(strcmp(copy, text + align));
            mix(&l, sizeof l);
            size_t off = c ? (size_t)(c - text - align) : 9999;
            mix(&off, sizeof off);
            mix(&cmp, sizeof cmp);
        }
    }
    printf("string alignment checksum %08x\n", checksum);
}

static void conversions(void)
{
    static const struct {
        const char *text;
        int base;
    } longs[] = {
        { "0", 10 }, { "-0", 10 }, { "123abc", 10 }, { "  +42", 10 }, { "-2147483648", 10 },
        { "9223372036854775807", 10 }, { "9223372036854775808", 10 },
        { "-9223372036854775808", 10 }, { "-9223372036854775809", 10 }, { "0x1F", 16 },
        { "0x1F", 0 }, { "017", 0 }, { "017", 10 }, { "zz", 36 }, { "Zz", 36 }, { "101", 2 },
        { "", 10 }, { "abc", 10 }, { "0x", 16 }, { "-1", 10 }, { "ffffffffffffffff", 16 },
        { "10000000000000000", 16 }, { "  \t-077", 8 }, { "777", 7 },
    };
    for (size_t i = 0; i < sizeof longs / sizeof longs[0]; i++) {
        char *end;
        errno = 0;
        long v = strtol(longs[i].text, &end, longs[i].base);
        int e1 = errno;
        errno = 0;
        char *end2;
        unsigned long u = strtoul(longs[i].text, &end2, longs[i].base);
        int e2 = errno;
        printf("strtol(\"%s\", %d) = %ld end %td errno %s | strtoul = %lu end %td errno %s\n",
               longs[i].text, longs[i].base, v, end - longs[i].text, e1 == ERANGE ? "ERANGE" : e1 ? "?" : "0",
               u, end2 - longs[i].text, e2 == ERANGE ? "ERANGE" : e2 ? "?" : "0");
    }
    static const char *const doubles[] = {
        "0", "-0", "1.5", "  -2.25e3xyz", "1e308", "1e309", "-1e309", "1e-320", "1e-400",
        "0x1.8p1", "0x1p-1074", "inf", "-Infinity", "nan", "3.14159265358979323846264338",
        "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
        "2.4703282292062327e-324", "9007199254740993", "0.1", ".5", "5.", "e5", "1e", "123456789012345678901234567890",
    };
    for (size_t i = 0; i < sizeof doubles / sizeof doubles[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(doubles[i], &end);
        int e = errno;
        printf("strtod(\"%s\") = %a = %.17g end %td errno %s\n", doubles[i], d, d, end - doubles[i],
               e == ERANGE ? "ERANGE" : e ? "?" : "0");
    }
    float f = strtof("3.4028236e38", NULL);
    printf("strtof overflow %g, strtof %a\n", (double)f, (double)strtof("0.1", NULL));
    printf("atoi %d atol %ld atoll %lld\n", atoi("  -123x"), atol("99999"), atoll("-9000000000000"));
    char buf[10];
    int n = snprintf(buf, sizeof buf, "%d:%s", 123456, "abcdef");
    printf("snprintf [%s] %d\n", buf, n);
    n = snprintf(buf, 1, "x");
    printf("snprintf size 1 [%s] %d\n", buf, n);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void sort_strings(void)
{
    const char *names[] = {
        "pear", "apple", "fig", "banana", "Cherry", "date", "elderberry", "apple pie", "grape",
        "kiwi", "lemon", "lime", "mango", "", "zucchini", "Apple", "apricot", "blueberry",
    };
    size_t n = sizeof names / sizeof names[0];
    qsort(names, n, sizeof names[0], compare_strings);
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? "," : "sorted: ", names[i]);
    putchar('\n');
}

int main(void)
{
    basics();
    memory();
    conversions();
    sort_strings();
    return 0;
}
