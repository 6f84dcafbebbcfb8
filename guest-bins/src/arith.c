/* 64-bit and 128-bit integer arithmetic over a table of edge values: every
 * operation of the integer ISA and of the compiler's helper routines
 * (__int128 division).  Inputs pass through opaque() so the compiler cannot
 * fold the operations away.  Cases the C standard leaves undefined
 * (INT64_MIN / -1, shifts by the width or more, clz(0)) are skipped; they
 * differ between ISAs on purpose. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

/* Returns its argument; the compiler knows nothing about the value. */
static inline uint64_t opaque(uint64_t value)
{
    __asm__ volatile("" : "+r"(value));
    return value;
}

static const uint64_t values[] = {
    0, 1, 2, 3, 7, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
    0x100000000, 0x123456789abcdef0, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001,
    0xfffffffffffffffe, 0xffffffffffffffff, 0xdeadbeefcafebabe, 0x0000000100000001, 63, 64,
    0xfffffffffffffff0, 1000000007,
};
#define N_VALUES (sizeof values / sizeof values[0])

static void print128(const char *name, u128 v)
{
    printf(" %s=%016" PRIx64 "%016" PRIx64, name, (uint64_t)(v >> 64), (uint64_t)v);
}

static void binary_ops(uint64_t a, uint64_t b)
{
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    printf("%016" PRIx64 " %016" PRIx64 ":", a, b);
    printf(" add=%" PRIx64 " sub=%" PRIx64 " mul=%" PRIx64, a + b, a - b, a * b);
    printf(" mulhu=%" PRIx64, (uint64_t)(((u128)a * b) >> 64));
    printf(" mulh=%" PRIx64, (uint64_t)(((s128)sa * sb) >> 64));
    printf(" mulhsu=%" PRIx64, (uint64_t)(((s128)sa * (s128)(u128)b) >> 64));
    if (b) {
        printf(" divu=%" PRIx64 " remu=%" PRIx64, a / b, a % b);
        if (!(sa == INT64_MIN && sb == -1))
            printf(" div=%" PRIx64 " rem=%" PRIx64, (uint64_t)(sa / sb), (uint64_t)(sa % sb));
    }
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
    int32_t sa32 = (int32_t)a32, sb32 = (int32_t)b32;
    printf(" addw=%" PRIx32 " subw=%" PRIx32 " mulw=%" PRIx32, a32 + b32, a32 - b32, a32 * b32);
    if (b32) {
        printf(" divuw=%" PRIx32 " remuw=%" PRIx32, a32 / b32, a32 % b32);
        if (!(sa32 == INT32_MIN && sb32 == -1))
            printf(" divw=%" PRIx32 " remw=%" PRIx32, (uint32_t)(sa32 / sb32), (uint32_t)(sa32 % sb32));
    }
    unsigned shift = (unsigned)b & 63, shift32 = (unsigned)b & 31;
    printf(" sll=%" PRIx64 " srl=%" PRIx64 " sra=%" PRIx64, a << shift, a >> shift,
           (uint64_t)(sa >> shift));
    printf(" sllw=%" PRIx32 " srlw=%" PRIx32 " sraw=%" PRIx32, a32 << shift32, a32 >> shift32,
           (uint32_t)(sa32 >> shift32));
    printf(" rol=%" PRIx64 " ror=%" PRIx64, (a << shift) | (a >> ((64 - shift) & 63)),
           (a >> shift) | (a << ((64 - shift) & 63)));
    printf(" and=%" PRIx64 " or=%" PRIx64 " xor=%" PRIx64 " andn=%" PRIx64, a & b, a | b, a ^ b, a & ~b);
    printf(" ltu=%d lt=%d eq=%d min=%" PRIx64 " maxu=%" PRIx64, a < b, sa < sb, a == b,
           (uint64_t)(sa < sb ? sa : sb), a > b ? a : b);

    uint64_t u;
    int64_t s;
    uint32_t u32;
    int32_t s32;
    int o1 = __builtin_add_overflow(a, b, &u), o2 = __builtin_add_overflow(sa, sb, &s);
    printf(" addo=%d,%d", o1, o2);
    o1 = __builtin_sub_overflow(a, b, &u), o2 = __builtin_sub_overflow(sa, sb, &s);
    printf(" subo=%d,%d", o1, o2);
    o1 = __builtin_mul_overflow(a, b, &u), o2 = __builtin_mul_overflow(sa, sb, &s);
    printf(" mulo=%d,%d:%" PRIx64 ",%" PRIx64, o1, o2, u, (uint64_t)s);
    o1 = __builtin_mul_overflow(a32, b32, &u32), o2 = __builtin_mul_overflow(sa32, sb32, &s32);
    printf(" mulo32=%d,%d", o1, o2);
    o1 = __builtin_add_overflow(sa32, sb32, &s32);
    printf(" addo32=%d", o1);
    putchar('\n');
}

static void unary_ops(uint64_t a)
{
    printf("%016" PRIx64 ":", a);
    printf(" popcount=%d parity=%d clrsb=%d", __builtin_popcountll(a), __builtin_parityll(a),
           __builtin_clrsbll((long long)a));
    if (a)
        printf(" clz=%d ctz=%d", __builtin_clzll(a), __builtin_ctzll(a));
    if ((uint32_t)a)
        printf(" clz32=%d ctz32=%d", __builtin_clz((uint32_t)a), __builtin_ctz((uint32_t)a));
    printf(" ffs=%d pop32=%d", __builtin_ffsll((long long)a), __builtin_popcount((uint32_t)a));
    printf(" bswap16=%04x bswap32=%08" PRIx32 " bswap64=%016" PRIx64, __builtin_bswap16((uint16_t)a),
           __builtin_bswap32((uint32_t)a), __builtin_bswap64(a));
    printf(" sext8=%" PRIx64 " sext16=%" PRIx64 " sext32=%" PRIx64 " zext32=%" PRIx64,
           (uint64_t)(int64_t)(int8_t)a, (uint64_t)(int64_t)(int16_t)a,
           (uint64_t)(int64_t)(int32_t)a, (uint64_t)(uint32_t)a);
    printf(" neg=%" PRIx64 " not=%" PRIx64, -a, ~a);
    uint64_t reversed = 0;
    for (int i = 0; i < 64; i++)
        reversed |= ((a >> i) & 1) << (63 - i);
    printf(" brev=%" PRIx64 "\n", reversed);
}

static void wide_ops(uint64_t a, uint64_t b)
{
    u128 x = ((u128)a << 64) | (b ^ 0x5555555555555555), y = ((u128)b << 32) + a;
    s128 sx = (s128)x, sy = (s128)y;
    printf("i128 %016" PRIx64 " %016" PRIx64 ":", a, b);
    print128("add", x + y);
    print128("mul", x * y);
    if (y) {
        print128("divu", x / y);
        print128("remu", x % y);
        print128("div", (u128)(sx / sy));
        print128("rem", (u128)(sx % sy));
    }
    unsigned shift = (unsigned)(b % 128);
    print128("shl", x << shift);
    print128("shr", x >> shift);
    print128("sar", (u128)(sx >> shift));
    putchar('\n');
}

int main(void)
{
    for (size_t i = 0; i < N_VALUES; i++)
        unary_ops(opaque(values[i]));
    for (size_t i = 0; i < N_VALUES; i++)
        for (size_t j = 0; j < N_VALUES; j++)
            binary_ops(opaque(values[i]), opaque(values[j]));
    for (size_t i = 0; i < N_VALUES; i += 2)
        for (size_t j = 1; j < N_VALUES; j += 3)
            wide_ops(opaque(values[i]), opaque(values[j]));

    /* A mixing loop: multiply-xorshift hash over a long sequence. */
    uint64_t h = opaque(0x9e3779b97f4a7c15ull);
    uint32_t h32 = 0;
    for (uint64_t i = 0; i < 200000; i++) {
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ull;
        h += i * 0x94d049bb133111ebull;
        h32 = (h32 << 5 | h32 >> 27) ^ (uint32_t)h;
        h32 += (uint32_t)(h % 1000003) - (uint32_t)(h >> 60);
    }
    printf("hash %016" PRIx64 " %08" PRIx32 "\n", h, h32);
    return 0;
}
