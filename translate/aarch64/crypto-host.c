/*
 * The Cryptographic Extension with the host's own instructions (see
 * crypto.h).  The x86 and A64 vector registers agree on byte order (lane 0
 * in the lowest bytes) and both AES units take the state in FIPS-197 input
 * order, so the AES and PMULL mappings are direct:
 *
 *   AESE(v, k)  = ShiftRows(SubBytes(v ^ k))  = AESENCLAST(v ^ k, 0)
 *   AESD(v, k)                                 = AESDECLAST(v ^ k, 0)
 *   AESMC(v)    = MixColumns(v) = AESENC(AESDECLAST(v, 0), 0)
 *                 (SubBytes and ShiftRows commute, so the inverse pair
 *                 that AESDECLAST applies cancels the pair AESENC applies)
 *   AESIMC(v)   = AESIMC(v)
 *   PMULL{2}    = PCLMULQDQ with imm8 0x00 (0x11)
 *
 * SHA-256: A64 holds the state as X = (a b c d) and Y = (e f g h), lane 0
 * first; SHA256RNDS2 takes it as ABEF = (f e b a) and CDGH = (h g d c),
 * does two rounds with the W+K words in xmm0's lanes 0 and 1, and returns
 * the new ABEF (the new CDGH being the old ABEF).  Four rounds are two of
 * them; SHA256H returns the new (a b c d), SHA256H2 the new (e f g h).
 * SHA256SU0 is SHA256MSG1; SHA256SU1(d, n, m) is
 * SHA256MSG2(d + (n:m)<32..159>, m).
 */
#include <immintrin.h>

#include "translate/aarch64/crypto.h"
#include "translate/aarch64/simd.h"

#define TARGET(features) __attribute__((target(features)))

TARGET("sse2") static __m128i vload(Cpu *c, unsigned r)
{
    return _mm_loadu_si128((const __m128i *)&c->a64.v[r]);
}

TARGET("sse2") static void vstore(Cpu *c, unsigned r, __m128i x)
{
    _mm_storeu_si128((__m128i *)&c->a64.v[r], x);
}

TARGET("aes,sse2") void a64_h_aes_round_ni(Cpu *c, const A64Insn *i)
{
    __m128i s = _mm_xor_si128(vload(c, i->rd), vload(c, i->rn)), zero = _mm_setzero_si128();
    vstore(c, i->rd, i->cond ? _mm_aesdeclast_si128(s, zero) : _mm_aesenclast_si128(s, zero));
}

TARGET("aes,sse2") void a64_h_aes_mix_ni(Cpu *c, const A64Insn *i)
{
    __m128i s = vload(c, i->rn), zero = _mm_setzero_si128();
    if (i->cond)
        s = _mm_aesimc_si128(s);
    else
        s = _mm_aesenc_si128(_mm_aesdeclast_si128(s, zero), zero);
    vstore(c, i->rd, s);
}

/* shufps on integer lanes: lanes 0, 1 from a, 2, 3 from b. */
#define SHUF(a, b, imm) \
    _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), (imm)))

TARGET("sha,sse2") void a64_h_sha256_rounds_ni(Cpu *c, const A64Insn *i)
{
    bool part1 = i->cond == 4;
    __m128i x = vload(c, part1 ? i->rd : i->rn), y = vload(c, part1 ? i->rn : i->rd);
    __m128i wk = vload(c, i->rm);
    __m128i abef = SHUF(y, x, 0x11), cdgh = SHUF(y, x, 0xbb);
    __m128i abef2 = _mm_sha256rnds2_epu32(cdgh, abef, wk);
    __m128i abef4 = _mm_sha256rnds2_epu32(abef, abef2, _mm_shuffle_epi32(wk, 0x0e));
    vstore(c, i->rd, part1 ? SHUF(abef4, abef2, 0xbb) : SHUF(abef4, abef2, 0x11));
}

TARGET("sha,sse2") void a64_h_sha256su0_ni(Cpu *c, const A64Insn *i)
{
    vstore(c, i->rd, _mm_sha256msg1_epu32(vload(c, i->rd), vload(c, i->rn)));
}

TARGET("sha,ssse3") void a64_h_sha256su1_ni(Cpu *c, const A64Insn *i)
{
    __m128i m = vload(c, i->rm);
    __m128i t = _mm_add_epi32(vload(c, i->rd), _mm_alignr_epi8(m, vload(c, i->rn), 4));
    vstore(c, i->rd, _mm_sha256msg2_epu32(t, m));
}

TARGET("pclmul,sse2") void a64_h_pmull64_clmul(Cpu *c, const A64Insn *i)
{
    __m128i a = vload(c, i->rn), b = vload(c, i->rm);
    vstore(c, i->rd, i->sf ? _mm_clmulepi64_si128(a, b, 0x11) : _mm_clmulepi64_si128(a, b, 0x00));
}
