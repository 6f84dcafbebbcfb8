/*
 * The aarch64 translator: the Cryptographic Extension inline with the
 * host's AES-NI, SHA-NI and PCLMULQDQ (the mappings are explained in
 * crypto-host.c, whose helpers compute the same).  Each instruction loads
 * its vector registers from the Cpu into xmm0..xmm4, computes, and stores
 * Vd; none of the instructions used touches the host flags, so pending
 * NZCV stays where it is.  Without the host instructions (or with
 * --jit-disable=crypto) the instruction calls its handler.  AESE followed
 * by AESMC of its result into the same register (how every AES round is
 * written) becomes one AESENC, AESD with AESIMC one AESDEC.
 *
 * Worked example, SHA256H q8, q9, v4.4s (x = q8, y = q9):
 *
 *     movdqu xmm1,[v8]; movdqu xmm2,[v9]; movdqu xmm0,[v4]
 *     movdqa xmm3,xmm2; shufps xmm3,xmm1,0x11   ; ABEF = (f e b a)
 *     shufps xmm2,xmm1,0xbb                      ; CDGH = (h g d c)
 *     sha256rnds2 xmm2,xmm3                      ; rounds 1, 2: ABEF'
 *     pshufd xmm0,xmm0,0x0e                      ; W+K of rounds 3, 4
 *     sha256rnds2 xmm3,xmm2                      ; rounds 3, 4: ABEF''
 *     shufps xmm3,xmm2,0xbb; movdqu [v8],xmm3    ; (a b c d)
 */
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"
#include "translate/x86_64/host.h"

/* SHA-1 round constants by SHA1RNDS4's function number (SHA1C: 0,
 * SHA1P: 1, SHA1M: 2). */
static const uint32_t sha1_k[3] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc };

static X86Mem vmem(unsigned r)
{
    return cpu_mem(JIT_CPU_OFF(a64.v[0]) + 16 * (int32_t)r);
}

static void vload(Tc *tc, int xmm, unsigned r)
{
    x86_movdqu_load(tc->e, xmm, vmem(r));
}

static void vstore(Tc *tc, unsigned r, int xmm)
{
    x86_movdqu_store(tc->e, vmem(r), xmm);
}

/* Can the host run op inline? */
static bool host_has(A64Op op)
{
    const HostFeatures *f = host_features();

    switch (op) {
    case A64_OP_AES_ROUND: case A64_OP_AES_MIX:
        return f->aes;
    case A64_OP_PMULL64:
        return f->pclmul;
    case A64_OP_SHA1_ROUNDS: case A64_OP_SHA1SU0: case A64_OP_SHA1SU1: case A64_OP_SHA1H:
    case A64_OP_SHA256_ROUNDS: case A64_OP_SHA256SU0: case A64_OP_SHA256SU1:
        return f->sha && f->ssse3;
    default:
        return false;
    }
}

/* AESE/AESD: AES{ENC,DEC}LAST(Vd ^ Vn, 0). */
static void gen_aes_round(Tc *tc, const A64Insn *in)
{
    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    x86_vec_rr(tc->e, X86_PXOR, 0, 1);
    x86_vec_rr(tc->e, X86_PXOR, 1, 1);
    x86_crypto_rr(tc->e, in->cond ? X86_AESDECLAST : X86_AESENCLAST, 0, 1);
    vstore(tc, in->rd, 0);
}

/* AESE Vd, Vn; AESMC Vd, Vd is AESENC(Vd ^ Vn, 0), and AESD Vd, Vn;
 * AESIMC Vd, Vd is AESDEC(Vd ^ Vn, 0) (the inverse S-box and ShiftRows
 * commute): the pair every AES round is written as.  Is insn i the first
 * of such a pair inside one block (nothing can run or leave between them)? */
static bool aes_pair(const Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i], *next = &tc->insn[i + 1];

    return t->op == A64_OP_AES_ROUND && !t->block_last && !next->block_last &&
           next->op == A64_OP_AES_MIX && next->in.cond == t->in.cond &&
           next->in.rn == t->in.rd && next->in.rd == t->in.rd;
}

static void gen_aes_pair(Tc *tc, const A64Insn *in)
{
    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    x86_vec_rr(tc->e, X86_PXOR, 0, 1);
    x86_vec_rr(tc->e, X86_PXOR, 1, 1);
    x86_crypto_rr(tc->e, in->cond ? X86_AESDEC : X86_AESENC, 0, 1);
    vstore(tc, in->rd, 0);
}

/* AESMC: AESENC(AESDECLAST(Vn, 0), 0); AESIMC: AESIMC. */
static void gen_aes_mix(Tc *tc, const A64Insn *in)
{
    vload(tc, 0, in->rn);
    if (in->cond) {
        x86_crypto_rr(tc->e, X86_AESIMC, 0, 0);
    } else {
        x86_vec_rr(tc->e, X86_PXOR, 1, 1);
        x86_crypto_rr(tc->e, X86_AESDECLAST, 0, 1);
        x86_crypto_rr(tc->e, X86_AESENC, 0, 1);
    }
    vstore(tc, in->rd, 0);
}

static void gen_pmull64(Tc *tc, const A64Insn *in)
{
    vload(tc, 0, in->rn);
    vload(tc, 1, in->rm);
    x86_xmm_rri(tc->e, X86_PCLMULQDQ, 0, 1, in->sf ? 0x11 : 0x00);
    vstore(tc, in->rd, 0);
}

/* SHA256H (cond 4) / SHA256H2 (5): see the example above. */
static void gen_sha256_rounds(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;
    bool part1 = in->cond == 4;

    vload(tc, 1, part1 ? in->rd : in->rn);     /* (a b c d) */
    vload(tc, 2, part1 ? in->rn : in->rd);     /* (e f g h) */
    vload(tc, 0, in->rm);
    x86_vec_rr(e, X86_MOVDQA, 3, 2);
    x86_xmm_rri(e, X86_SHUFPS, 3, 1, 0x11);
    x86_xmm_rri(e, X86_SHUFPS, 2, 1, 0xbb);
    x86_crypto_rr(e, X86_SHA256RNDS2, 2, 3);
    x86_pshufd(e, 0, 0, 0x0e);
    x86_crypto_rr(e, X86_SHA256RNDS2, 3, 2);
    x86_xmm_rri(e, X86_SHUFPS, 3, 2, part1 ? 0xbb : 0x11);
    vstore(tc, in->rd, 3);
}

/* SHA256SU0: SHA256MSG1(Vd, Vn). */
static void gen_sha256su0(Tc *tc, const A64Insn *in)
{
    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    x86_crypto_rr(tc->e, X86_SHA256MSG1, 0, 1);
    vstore(tc, in->rd, 0);
}

/* SHA256SU1: SHA256MSG2(Vd + (Vm:Vn) >> 32, Vm). */
static void gen_sha256su1(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;

    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    vload(tc, 2, in->rm);
    x86_vec_rr(e, X86_MOVDQA, 3, 2);
    x86_xmm_rri(e, X86_PALIGNR, 3, 1, 4);
    x86_vec_rr(e, X86_PADDD, 0, 3);
    x86_crypto_rr(e, X86_SHA256MSG2, 0, 2);
    vstore(tc, in->rd, 0);
}

/* SHA1C/P/M (cond 0, 1, 2): SHA1RNDS4 takes the state with a in lane 3
 * and adds K itself, where A64 takes W+K with e added to the first word;
 * so the words go in as W+K - K + (e, 0, 0, 0), lanes reversed. */
static void gen_sha1_rounds(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;
    uint32_t minus_k = -sha1_k[in->cond];

    vload(tc, 0, in->rd);
    x86_pshufd(e, 0, 0, 0x1b);                              /* (d c b a) */
    vload(tc, 1, in->rm);
    x86_sse_load(e, false, 2, vmem(in->rn));                /* (e 0 0 0) */
    x86_vec_rr(e, X86_PADDD, 1, 2);
    x86_movabs(e, X86_RAX, (uint64_t)minus_k << 32 | minus_k);     /* keeps the flags */
    x86_movq_xr(e, 2, X86_RAX);
    x86_pshufd(e, 2, 2, 0x00);
    x86_vec_rr(e, X86_PADDD, 1, 2);
    x86_pshufd(e, 1, 1, 0x1b);
    x86_xmm_rri(e, X86_SHA1RNDS4, 0, 1, (uint8_t)in->cond);
    x86_pshufd(e, 0, 0, 0x1b);
    vstore(tc, in->rd, 0);
}

/* SHA1SU0: (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm. */
static void gen_sha1su0(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;

    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    vload(tc, 2, in->rm);
    x86_xmm_rri(e, X86_PALIGNR, 1, 0, 8);
    x86_vec_rr(e, X86_PXOR, 1, 0);
    x86_vec_rr(e, X86_PXOR, 1, 2);
    vstore(tc, in->rd, 1);
}

/* SHA1SU1: SHA1MSG2 with both operands' lanes reversed, and its result's. */
static void gen_sha1su1(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;

    vload(tc, 0, in->rd);
    vload(tc, 1, in->rn);
    x86_pshufd(e, 0, 0, 0x1b);
    x86_pshufd(e, 1, 1, 0x1b);
    x86_crypto_rr(e, X86_SHA1MSG2, 0, 1);
    x86_pshufd(e, 0, 0, 0x1b);
    vstore(tc, in->rd, 0);
}

/* SHA1H: Sd = ROL(Sn, 30), the rest zero.  SHA1NEXTE(x, 0) puts ROL(x's
 * lane 3, 30) in lane 3 and zeros below it. */
static void gen_sha1h(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;

    x86_sse_load(e, false, 0, vmem(in->rn));               /* (x 0 0 0) */
    x86_pshufd(e, 0, 0, 0x15);                             /* (0 0 0 x) */
    x86_vec_rr(e, X86_PXOR, 1, 1);
    x86_crypto_rr(e, X86_SHA1NEXTE, 0, 1);
    x86_pshufd(e, 0, 0, 0x03);
    vstore(tc, in->rd, 0);
}

bool gen_crypto(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];
    const A64Insn *in = &t->in;

    if (!jit_enabled(JIT_TECH_CRYPTO) || !host_has(t->op))
        return false;
    switch (t->op) {
    case A64_OP_AES_ROUND:
        if (aes_pair(tc, i))
            gen_aes_pair(tc, in);       /* and the AESMC/AESIMC after it: nothing */
        else
            gen_aes_round(tc, in);
        return true;
    case A64_OP_AES_MIX:
        if (i == 0 || !aes_pair(tc, i - 1))
            gen_aes_mix(tc, in);
        return true;
    case A64_OP_PMULL64: gen_pmull64(tc, in); return true;
    case A64_OP_SHA256_ROUNDS: gen_sha256_rounds(tc, in); return true;
    case A64_OP_SHA256SU0: gen_sha256su0(tc, in); return true;
    case A64_OP_SHA256SU1: gen_sha256su1(tc, in); return true;
    case A64_OP_SHA1_ROUNDS: gen_sha1_rounds(tc, in); return true;
    case A64_OP_SHA1SU0: gen_sha1su0(tc, in); return true;
    case A64_OP_SHA1SU1: gen_sha1su1(tc, in); return true;
    case A64_OP_SHA1H: gen_sha1h(tc, in); return true;
    default: return false;
    }
}
