/*
 * The ARMv8.0 Cryptographic Extension: AES (AESE, AESD, AESMC, AESIMC),
 * SHA-1 (SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1), SHA-256 (SHA256H,
 * SHA256H2, SHA256SU0, SHA256SU1) and the 64-bit polynomial multiply
 * PMULL/PMULL2 (Vd.1Q) that GCM and CRC folding use.  The 8-bit PMULL is in
 * simd2.c with the other three-different forms.
 *
 * Semantics follow the Arm ARM pseudocode (AESSubBytes, AESShiftRows,
 * AESMixColumns, SHAchoose, SHA256hash, ...): the AES state is the 16 bytes
 * of the register in FIPS-197 input order (byte i is row i % 4, column
 * i / 4).  OpenSSL, Go and the kernel pick these paths when AT_HWCAP has
 * AES, PMULL, SHA1 and SHA2, which isa.c advertises.
 *
 * The decoder picks, where the host has AES-NI, SHA-NI or PCLMULQDQ, the
 * handlers of crypto-host.c that use them instead of the portable ones
 * here (XLAT_HOST_FEATURES=baseline keeps these); the translator
 * generates most of these instructions inline (gen-crypto.c).
 */
#include <string.h>

#include "translate/aarch64/crypto.h"
#include "translate/aarch64/ops.h"
#include "translate/aarch64/simd.h"
#include "translate/x86_64/host.h"

/* ---- AES ---- */

static uint8_t aes_sbox[256], aes_inv_sbox[256];
static bool aes_tables_ready;

static uint8_t gf_mul2(uint8_t x) { return (uint8_t)(x << 1) ^ ((x & 0x80) ? 0x1b : 0); }

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t p = 0;
    for (; b; b >>= 1, a = gf_mul2(a))
        if (b & 1)
            p ^= a;
    return p;
}

/* The S-box from its definition (multiplicative inverse in GF(2^8), then
 * the affine map), so no 512-byte table has to be typed in and checked.
 * Idempotent; racing threads compute the same bytes.  Called when an AES
 * instruction is decoded, before its handler can run. */
static void aes_init_tables(void)
{
    if (__atomic_load_n(&aes_tables_ready, __ATOMIC_ACQUIRE))
        return;
    for (unsigned x = 0; x < 256; x++) {
        uint8_t inv = 0;
        for (unsigned y = 1; x && y < 256; y++)
            if (gf_mul(x, y) == 1) {
                inv = y;
                break;
            }
        uint8_t s = inv;
        for (unsigned k = 1; k <= 4; k++)
            s ^= (uint8_t)((inv << k) | (inv >> (8 - k)));
        s ^= 0x63;
        aes_sbox[x] = s;
        aes_inv_sbox[s] = x;
    }
    __atomic_store_n(&aes_tables_ready, true, __ATOMIC_RELEASE);
}

/* ShiftRows takes byte i of the result from byte shift_rows[i] (row i % 4
 * of column i / 4 comes from column i / 4 + row); InvShiftRows undoes it. */
static const uint8_t shift_rows[16] = { 0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11 };
static const uint8_t inv_shift_rows[16] = { 0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3 };

/* AESE: SubBytes(ShiftRows(Vd ^ Vn)); AESD: the inverses (in->cond = 1). */
static void h_aes_round(Cpu *c, const A64Insn *i)
{
    A64Vreg s = *vreg(c, i->rd), r;
    s.q ^= vreg(c, i->rn)->q;
    const uint8_t *perm = i->cond ? inv_shift_rows : shift_rows;
    const uint8_t *box = i->cond ? aes_inv_sbox : aes_sbox;
    for (unsigned k = 0; k < 16; k++)
        r.b[k] = box[s.b[perm[k]]];
    c->a64.v[i->rd] = r;
}

/* Multiplication by x of the four bytes of w at once. */
static uint32_t xtime4(uint32_t w)
{
    return ((w & 0x7f7f7f7fu) << 1) ^ (((w >> 7) & 0x01010101u) * 0x1b);
}

static uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << ((32 - n) & 31)); }

/* MixColumns of one column (byte k = row k): row r gets
 * 2 a[r] ^ 3 a[r+1] ^ a[r+2] ^ a[r+3]. */
static uint32_t mix_column(uint32_t w)
{
    uint32_t r1 = ror32(w, 8);
    return xtime4(w ^ r1) ^ r1 ^ ror32(w, 16) ^ ror32(w, 24);
}

/* AESMC: MixColumns(Vn); AESIMC: InvMixColumns(Vn) (in->cond = 1), which
 * is MixColumns after a[r] ^= 4 (a[r] ^ a[r+2]) (the inverse matrix is
 * the forward one times {5 0 4 0} circulant). */
static void h_aes_mix(Cpu *c, const A64Insn *i)
{
    A64Vreg s = *vreg(c, i->rn), r;
    for (unsigned col = 0; col < 4; col++) {
        uint32_t w = s.s[col];
        if (i->cond)
            w ^= xtime4(xtime4(w ^ ror32(w, 16)));
        r.s[col] = mix_column(w);
    }
    c->a64.v[i->rd] = r;
}

static bool fmt_aes(uint32_t w, A64Insn *in)
{
    unsigned opcode = bits_of(w, 16, 12);
    bool ni = host_features()->aes;
    in->cond = opcode & 1;
    if (opcode < 6) {
        aes_init_tables();
        in->fn = ni ? a64_h_aes_round_ni : h_aes_round;
    } else {
        in->fn = ni ? a64_h_aes_mix_ni : h_aes_mix;
    }
    return true;
}

/* ---- SHA-1 and SHA-256 ---- */

static uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> ((32 - n) & 31)); }
static uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
static uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }
static uint32_t sha_majority(uint32_t x, uint32_t y, uint32_t z) { return (x & y) | ((x | y) & z); }

/* SHA1C, SHA1P, SHA1M (in->cond 0, 1, 2): four rounds on the hash state
 * Qd (a b c d) and e = Sn with the schedule words Vm.4S. */
static void h_sha1_rounds(Cpu *c, const A64Insn *i)
{
    A64Vreg x = *vreg(c, i->rd), w = *vreg(c, i->rm);
    uint32_t y = vreg(c, i->rn)->s[0];
    for (unsigned e = 0; e < 4; e++) {
        uint32_t t = i->cond == 0 ? sha_choose(x.s[1], x.s[2], x.s[3])
                   : i->cond == 1 ? sha_parity(x.s[1], x.s[2], x.s[3])
                                  : sha_majority(x.s[1], x.s[2], x.s[3]);
        y += rol32(x.s[0], 5) + t + w.s[e];
        x.s[1] = rol32(x.s[1], 30);
        uint32_t top = x.s[3];          /* <Y, X> = ROL(Y:X, 32) */
        x.q = (x.q << 32) | y;
        y = top;
    }
    c->a64.v[i->rd] = x;
}

/* SHA1SU0: (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm. */
static void h_sha1su0(Cpu *c, const A64Insn *i)
{
    A64Vreg d = *vreg(c, i->rd), n = *vreg(c, i->rn), m = *vreg(c, i->rm), r;
    r.d[0] = d.d[1];
    r.d[1] = n.d[0];
    r.q ^= d.q ^ m.q;
    c->a64.v[i->rd] = r;
}

static uint32_t sigma0(uint32_t x) { return ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22); }
static uint32_t sigma1(uint32_t x) { return ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25); }

/* SHA256H (in->cond 4) and SHA256H2 (5): four rounds; X = (a b c d),
 * Y = (e f g h); H returns the new X, H2 the new Y (with X, Y from Qn, Qd). */
static void h_sha256_rounds(Cpu *c, const A64Insn *i)
{
    bool part1 = i->cond == 4;
    const A64Vreg *x = vreg(c, part1 ? i->rd : i->rn), *y = vreg(c, part1 ? i->rn : i->rd);
    const A64Vreg *w = vreg(c, i->rm);
    uint32_t a = x->s[0], b = x->s[1], cc = x->s[2], d = x->s[3];
    uint32_t e = y->s[0], f = y->s[1], g = y->s[2], h = y->s[3];
    for (unsigned k = 0; k < 4; k++) {
        uint32_t t1 = h + sigma1(e) + sha_choose(e, f, g) + w->s[k];
        uint32_t t2 = sigma0(a) + sha_majority(a, b, cc);
        h = g, g = f, f = e, e = d + t1;
        d = cc, cc = b, b = a, a = t1 + t2;
    }
    A64Vreg r;
    if (part1)
        r.s[0] = a, r.s[1] = b, r.s[2] = cc, r.s[3] = d;
    else
        r.s[0] = e, r.s[1] = f, r.s[2] = g, r.s[3] = h;
    c->a64.v[i->rd] = r;
}

/* SHA256SU1: the second half of the message schedule update. */
static void h_sha256su1(Cpu *c, const A64Insn *i)
{
    A64Vreg d = *vreg(c, i->rd), n = *vreg(c, i->rn), m = *vreg(c, i->rm), t0, r;
    t0.q = (n.q >> 32) | ((unsigned __int128)m.s[0] << 96);
    uint32_t t1[2] = { m.s[2], m.s[3] };
    for (unsigned e = 0; e < 4; e++) {
        uint32_t elt = e < 2 ? t1[e] : r.s[e - 2];
        elt = ror32(elt, 17) ^ ror32(elt, 19) ^ (elt >> 10);
        r.s[e] = elt + d.s[e] + t0.s[e];
    }
    c->a64.v[i->rd] = r;
}

static bool fmt_sha3(uint32_t w, A64Insn *in)
{
    unsigned opcode = bits_of(w, 14, 12);
    in->cond = opcode;
    switch (opcode) {
    case 0: case 1: case 2: in->fn = h_sha1_rounds; return true;
    case 3: in->fn = h_sha1su0; return true;
    case 4: case 5:
        in->fn = host_features()->sha ? a64_h_sha256_rounds_ni : h_sha256_rounds;
        return true;
    case 6:
        in->fn = host_features()->sha && host_features()->ssse3 ? a64_h_sha256su1_ni : h_sha256su1;
        return true;
    }
    return false;
}

/* SHA1H: Sd = ROL(Sn, 30). */
static void h_sha1h(Cpu *c, const A64Insn *i)
{
    A64Vreg r = { 0 };
    r.s[0] = rol32(vreg(c, i->rn)->s[0], 30);
    c->a64.v[i->rd] = r;
}

/* SHA1SU1: the second half of the SHA-1 schedule update. */
static void h_sha1su1(Cpu *c, const A64Insn *i)
{
    A64Vreg d = *vreg(c, i->rd), n = *vreg(c, i->rn), t, r;
    t.q = d.q ^ (n.q >> 32);
    for (unsigned e = 0; e < 4; e++)
        r.s[e] = rol32(t.s[e], 1);
    r.s[3] ^= rol32(t.s[0], 2);
    c->a64.v[i->rd] = r;
}

/* SHA256SU0: the first half of the SHA-256 schedule update. */
static void h_sha256su0(Cpu *c, const A64Insn *i)
{
    A64Vreg d = *vreg(c, i->rd), n = *vreg(c, i->rn), t, r;
    t.q = (d.q >> 32) | ((unsigned __int128)n.s[0] << 96);
    for (unsigned e = 0; e < 4; e++) {
        uint32_t elt = t.s[e];
        r.s[e] = (ror32(elt, 7) ^ ror32(elt, 18) ^ (elt >> 3)) + d.s[e];
    }
    c->a64.v[i->rd] = r;
}

static bool fmt_sha2(uint32_t w, A64Insn *in)
{
    switch (bits_of(w, 16, 12)) {
    case 0: in->fn = h_sha1h; return true;
    case 1: in->fn = h_sha1su1; return true;
    case 2: in->fn = host_features()->sha ? a64_h_sha256su0_ni : h_sha256su0; return true;
    }
    return false;
}

/* ---- PMULL{2} Vd.1Q, Vn.1D/2D, Vm.1D/2D: carry-less 64x64 -> 128 ---- */

/* Four bits of b at a time, from a table of a times each 4-bit polynomial. */
static void h_pmull64(Cpu *c, const A64Insn *i)
{
    uint64_t a = vreg(c, i->rn)->d[i->sf], b = vreg(c, i->rm)->d[i->sf];
    unsigned __int128 times[16], p = 0;
    times[0] = 0;
    for (unsigned k = 1; k < 16; k++)
        times[k] = (k & 1) ? times[k - 1] ^ a : times[k >> 1] << 1;
    for (int nib = 15; nib >= 0; nib--)
        p = (p << 4) ^ times[(b >> (4 * nib)) & 15];
    c->a64.v[i->rd].q = p;
}

static bool fmt_pmull64(uint32_t w, A64Insn *in)
{
    in->sf = bits_of(w, 30, 30);
    if (host_features()->pclmul)
        in->fn = a64_h_pmull64_clmul;
    return true;
}

const A64Pattern a64_crypto_patterns[] = {
    { 0xffffcc00, 0x4e284800, fmt_aes, NULL, "aese aesd aesmc aesimc", 0 },
    { 0xffe08c00, 0x5e000000, fmt_sha3, NULL, "sha1c sha1p sha1m sha1su0 sha256h sha256h2 sha256su1", 0 },
    { 0xffffcc00, 0x5e280800, fmt_sha2, NULL, "sha1h sha1su1 sha256su0", 0 },
    { 0xbfe0fc00, 0x0ee0e000, fmt_pmull64, h_pmull64, "pmull pmull2", 0 },
    { 0 },
};

A64Op a64_crypto_op(A64Handler *fn)
{
    static const struct { A64Handler *fn; A64Op op; } ops[] = {
        { h_aes_round, A64_OP_AES_ROUND }, { a64_h_aes_round_ni, A64_OP_AES_ROUND },
        { h_aes_mix, A64_OP_AES_MIX }, { a64_h_aes_mix_ni, A64_OP_AES_MIX },
        { h_sha1_rounds, A64_OP_SHA1_ROUNDS }, { h_sha1su0, A64_OP_SHA1SU0 },
        { h_sha1su1, A64_OP_SHA1SU1 }, { h_sha1h, A64_OP_SHA1H },
        { h_sha256_rounds, A64_OP_SHA256_ROUNDS }, { a64_h_sha256_rounds_ni, A64_OP_SHA256_ROUNDS },
        { h_sha256su0, A64_OP_SHA256SU0 }, { a64_h_sha256su0_ni, A64_OP_SHA256SU0 },
        { h_sha256su1, A64_OP_SHA256SU1 }, { a64_h_sha256su1_ni, A64_OP_SHA256SU1 },
        { h_pmull64, A64_OP_PMULL64 }, { a64_h_pmull64_clmul, A64_OP_PMULL64 },
    };
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (ops[k].fn == fn)
            return ops[k].op;
    return A64_OP_NONE;
}
