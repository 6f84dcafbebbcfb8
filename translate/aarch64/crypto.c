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
 * i / 4).  OpenSSL and the kernel pick these paths when AT_HWCAP has AES,
 * PMULL, SHA1 and SHA2, which isa.c advertises.
 */
#include <string.h>

#include "translate/aarch64/simd.h"

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
 * Idempotent; racing threads compute the same bytes. */
static void aes_init_tables(void)
{
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

static void aes_tables(void)
{
    if (!__atomic_load_n(&aes_tables_ready, __ATOMIC_ACQUIRE))
        aes_init_tables();
}

/* AESE: SubBytes(ShiftRows(Vd ^ Vn)); AESD: the inverses (in->cond = 1). */
static void h_aes_round(Cpu *c, const A64Insn *i)
{
    A64Vreg s = *vreg(c, i->rd), r;
    s.q ^= vreg(c, i->rn)->q;
    aes_tables();
    for (unsigned row = 0; row < 4; row++)
        for (unsigned col = 0; col < 4; col++) {
            if (i->cond)        /* InvShiftRows moves column col to col + row */
                r.b[row + 4 * ((col + row) % 4)] = aes_inv_sbox[s.b[row + 4 * col]];
            else                /* ShiftRows takes column col + row */
                r.b[row + 4 * col] = aes_sbox[s.b[row + 4 * ((col + row) % 4)]];
        }
    c->a64.v[i->rd] = r;
}

/* AESMC: MixColumns(Vn); AESIMC: InvMixColumns(Vn) (in->cond = 1). */
static void h_aes_mix(Cpu *c, const A64Insn *i)
{
    static const uint8_t fwd[4] = { 2, 3, 1, 1 }, inv[4] = { 14, 11, 13, 9 };
    const uint8_t *m = i->cond ? inv : fwd;
    A64Vreg s = *vreg(c, i->rn), r;
    for (unsigned col = 0; col < 4; col++)
        for (unsigned row = 0; row < 4; row++) {
            uint8_t x = 0;
            for (unsigned k = 0; k < 4; k++)
                x ^= gf_mul(s.b[4 * col + k], m[(k - row) & 3]);
            r.b[4 * col + row] = x;
        }
    c->a64.v[i->rd] = r;
}

static bool fmt_aes(uint32_t w, A64Insn *in)
{
    unsigned opcode = bits_of(w, 16, 12);
    in->cond = opcode & 1;
    in->fn = opcode < 6 ? h_aes_round : h_aes_mix;
    return true;
}

/* ---- SHA-1 and SHA-256 ---- */

static uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> ((32 - n) & 31)); }
static uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << ((32 - n) & 31)); }
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
    A64Vreg x = part1 ? *vreg(c, i->rd) : *vreg(c, i->rn);
    A64Vreg y = part1 ? *vreg(c, i->rn) : *vreg(c, i->rd);
    A64Vreg w = *vreg(c, i->rm);
    for (unsigned e = 0; e < 4; e++) {
        uint32_t chs = sha_choose(y.s[0], y.s[1], y.s[2]);
        uint32_t maj = sha_majority(x.s[0], x.s[1], x.s[2]);
        uint32_t t = y.s[3] + sigma1(y.s[0]) + chs + w.s[e];
        x.s[3] = t + x.s[3];
        y.s[3] = t + sigma0(x.s[0]) + maj;
        uint32_t ytop = y.s[3], xtop = x.s[3];  /* <Y, X> = ROL(Y:X, 32) */
        y.q = (y.q << 32) | xtop;
        x.q = (x.q << 32) | ytop;
    }
    c->a64.v[i->rd] = part1 ? x : y;
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
    case 4: case 5: in->fn = h_sha256_rounds; return true;
    case 6: in->fn = h_sha256su1; return true;
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
    case 2: in->fn = h_sha256su0; return true;
    }
    return false;
}

/* ---- PMULL{2} Vd.1Q, Vn.1D/2D, Vm.1D/2D: carry-less 64x64 -> 128 ---- */

static void h_pmull64(Cpu *c, const A64Insn *i)
{
    uint64_t a = vreg(c, i->rn)->d[i->sf], b = vreg(c, i->rm)->d[i->sf];
    unsigned __int128 p = 0;
    for (unsigned bit = 0; bit < 64; bit++)
        if ((b >> bit) & 1)
            p ^= (unsigned __int128)a << bit;
    c->a64.v[i->rd].q = p;
}

static bool fmt_pmull64(uint32_t w, A64Insn *in)
{
    in->sf = bits_of(w, 30, 30);
    return true;
}

const A64Pattern a64_crypto_patterns[] = {
    { 0xffffcc00, 0x4e284800, fmt_aes, NULL, "aese aesd aesmc aesimc", 0 },
    { 0xffe08c00, 0x5e000000, fmt_sha3, NULL, "sha1c sha1p sha1m sha1su0 sha256h sha256h2 sha256su1", 0 },
    { 0xffffcc00, 0x5e280800, fmt_sha2, NULL, "sha1h sha1su1 sha256su0", 0 },
    { 0xbfe0fc00, 0x0ee0e000, fmt_pmull64, h_pmull64, "pmull pmull2", 0 },
    { 0 },
};

/* For the translator (ops.h): every handler here is integer only. */
bool a64_crypto_fp_free(A64Handler *fn)
{
    return fn == h_aes_round || fn == h_aes_mix || fn == h_sha1_rounds || fn == h_sha1su0 ||
           fn == h_sha256_rounds || fn == h_sha256su1 || fn == h_sha1h || fn == h_sha1su1 ||
           fn == h_sha256su0 || fn == h_pmull64;
}
