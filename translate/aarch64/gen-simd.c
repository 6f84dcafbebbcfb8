/*
 * The aarch64 translator: Advanced SIMD integer instructions inline (the
 * translator's; see translate.c), as packed integer SSE2 on the V registers
 * in the Cpu, with SSE4.1/SSE4.2 forms where the host has them:
 *
 *   three-same     ADD SUB CMEQ CMTST CMGT CMGE CMHI CMHS [SU]MAX [SU]MIN
 *   pairwise       ADDP [SU]MAXP [SU]MINP on bytes
 *   bitwise        AND BIC ORR ORN EOR BSL BIT BIF
 *   misc           CMEQ CMGT CMGE CMLE CMLT with zero, NOT, NEG, REV16/32/64,
 *                  XTN
 *   shifts         SSHR USHR SSRA USRA SHL (not on bytes), SHRN, [SU]SHLL
 *   across lanes   [SU]MAXV [SU]MINV (bytes, halfwords), ADDV (bytes)
 *   copy           MOVI MVNI ORR BIC (immediate), DUP and INS (general
 *                  register or element), UMOV, FMOV to and from V.D[1], EXT
 *   memory         LD1/ST1 of one to four registers, of one lane, LD1R,
 *                  with and without post-index
 *
 * Vector forms, and the scalar forms on D of the three-same, misc and
 * shift ops (the other scalar forms go to their helpers).  Each
 * instruction loads its sources from the Cpu into xmm0..xmm5 (movdqu, or
 * movq for the 64-bit forms, which clears the upper half), computes there
 * and stores the result: a 64-bit result stores its low half and clears
 * the upper one, as the interpreter's vwrite() does.  Nothing stays in xmm
 * registers between instructions, so helpers and exits need no care.
 *
 * The host flags survive the SSE-only forms, so NZCV may stay pending
 * across them; MOVI, DUP, LD1R and the across-lanes ops compute in general
 * registers and LD1/ST1 compare addresses, so those store pending flags
 * first.  Reads and writes of general registers go through the
 * translator's register allocation (simd_operands tells it which).
 *
 * LD1/ST1 check the whole range once, like an LDP (an access that leaves
 * [guest_min, guest_limit) raises SIGSEGV at its first byte before any
 * register changes); each host access is a fault site.  A load reads all
 * its memory before it writes any register, so a fault in the middle
 * leaves the destination registers as they were (the Arm ARM makes them
 * UNKNOWN then).
 *
 * Every other Advanced SIMD integer instruction still calls its handler,
 * without the MXCSR save and restore of the FP helpers (a64_simd_op() says
 * which handlers never use the host FP unit).
 */
#include "translate/aarch64/jit.h"
#include "translate/aarch64/simd.h"
#include "translate/jit/techniques.h"
#include "translate/x86_64/host.h"

/* Three-same keys (U:opcode, simd2.c). */
enum {
    K_SMAX = 0x0c, K_SMIN = 0x0d, K_CMGT = 0x06, K_CMGE = 0x07, K_ADD = 0x10,
    K_CMTST = 0x11, K_ADDP = 0x17, K_SMAXP = 0x14, K_SMINP = 0x15,
    K_CMHI = 0x26, K_CMHS = 0x27, K_UMAX = 0x2c, K_UMIN = 0x2d, K_SUB = 0x30,
    K_CMEQ = 0x31, K_UMAXP = 0x34, K_UMINP = 0x35,
};

/* No such instruction (0 is none of the opcodes used). */
#define NO_OP ((X86VecOp)0)

static int32_t voff(unsigned v)
{
    return JIT_CPU_OFF(a64.v[0]) + 16 * (int32_t)v;
}

A64SimdOp simd_op_of(const A64Insn *in)
{
    A64SimdOp k = a64_simd_op(in);
    if (k == A64_SIMD_NONE)
        k = a64_simd2_op(in);
    if (k == A64_SIMD_NONE)
        k = a64_ldst_simd_op(in);
    if (k == A64_SIMD_NONE)
        k = a64_fp_simd_op(in);
    return k;
}

/* ---- building blocks ---- */

/* xmm = Vn, all of it (q) or its low half with the upper half cleared. */
static void vload(Tc *tc, int xmm, unsigned v, bool q)
{
    if (q)
        x86_movdqu_load(tc->e, xmm, cpu_mem(voff(v)));
    else
        x86_movq_load(tc->e, xmm, cpu_mem(voff(v)));
}

/* Vd = xmm (q), or its low half and zeros. */
static void vstore(Tc *tc, unsigned v, int xmm, bool q)
{
    if (q) {
        x86_movdqu_store(tc->e, cpu_mem(voff(v)), xmm);
    } else {
        x86_movq_store(tc->e, cpu_mem(voff(v)), xmm);
        x86_store_imm(tc->e, 8, cpu_mem(voff(v) + 8), 0);
    }
}

/* The width of a form: 128 bits (*q), or 64 for Q=0 and for the scalar
 * forms on D (whose upper half is cleared like a Q=0 result).  False for
 * the scalar forms of the other sizes. */
static bool width(const A64Insn *in, bool *q)
{
    if (in->flags & VF_SCALAR) {
        *q = false;
        return in->size == 3;
    }
    *q = in->sf;
    return true;
}

/* r = its low element (1 << size bytes, the rest of r clear) in every
 * element of 64 bits: a multiply, or a shift and an or (clobbers rdx and
 * the host flags). */
static void replicate(Tc *tc, X86Reg r, unsigned size)
{
    static const uint64_t spread[2] = { 0x0101010101010101ull, 0x0001000100010001ull };
    Emit *e = tc->e;

    if (size < 2) {
        x86_mov_ri(e, X86_RDX, spread[size]);
        x86_imul_rr(e, 8, r, X86_RDX);
    } else if (size == 2) {
        x86_mov_rr(e, 8, X86_RDX, r);
        x86_shift_ri(e, X86_SHL, 8, X86_RDX, 32);
        x86_alu_rr(e, X86_OR, 8, r, X86_RDX);
    }
}

/* Vd = r in both halves (q) or the low one. */
static void store_both(Tc *tc, unsigned v, X86Reg r, bool q)
{
    x86_store(tc->e, 8, cpu_mem(voff(v)), r);
    if (q)
        x86_store(tc->e, 8, cpu_mem(voff(v) + 8), r);
    else
        x86_store_imm(tc->e, 8, cpu_mem(voff(v) + 8), 0);
}

/* xmm = all ones. */
static void ones(Tc *tc, int xmm)
{
    x86_vec_rr(tc->e, X86_PCMPEQD, xmm, xmm);
}

/* xmm = ~xmm (clobbers xmm5). */
static void invert(Tc *tc, int xmm)
{
    ones(tc, 5);
    x86_vec_rr(tc->e, X86_PXOR, xmm, 5);
}

/* The packed op of an element size (b h s d), or NO_OP when the host lacks
 * it: ops[] lists SSE2..SSE4.2 forms, need41 says from which size on an
 * SSE4.1 (need42: SSE4.2) instruction is used. */
static X86VecOp by_size(const X86VecOp ops[4], unsigned size)
{
    static const X86VecOp sse41[] = {
        X86_PCMPEQQ, X86_PMAXUW, X86_PMAXUD, X86_PMINUW, X86_PMINUD, X86_PMAXSB,
        X86_PMAXSD, X86_PMINSB, X86_PMINSD,
    };
    X86VecOp op = ops[size];
    const HostFeatures *hf = host_features();

    if (op == NO_OP)
        return NO_OP;
    if (op == X86_PCMPGTQ)
        return hf->sse42 ? op : NO_OP;
    for (size_t k = 0; k < sizeof sse41 / sizeof sse41[0]; k++)
        if (op == sse41[k])
            return hf->sse41 ? op : NO_OP;
    return op;
}

static const X86VecOp op_add[4] = { X86_PADDB, X86_PADDW, X86_PADDD, X86_PADDQ };
static const X86VecOp op_sub[4] = { X86_PSUBB, X86_PSUBW, X86_PSUBD, X86_PSUBQ };
static const X86VecOp op_cmpeq[4] = { X86_PCMPEQB, X86_PCMPEQW, X86_PCMPEQD, X86_PCMPEQQ };
static const X86VecOp op_cmpgt[4] = { X86_PCMPGTB, X86_PCMPGTW, X86_PCMPGTD, X86_PCMPGTQ };
static const X86VecOp op_maxu[4] = { X86_PMAXUB, X86_PMAXUW, X86_PMAXUD, NO_OP };
static const X86VecOp op_minu[4] = { X86_PMINUB, X86_PMINUW, X86_PMINUD, NO_OP };
static const X86VecOp op_maxs[4] = { X86_PMAXSB, X86_PMAXSW, X86_PMAXSD, NO_OP };
static const X86VecOp op_mins[4] = { X86_PMINSB, X86_PMINSW, X86_PMINSD, NO_OP };

/* ---- the instructions; tc NULL: only say whether there is a form ---- */

/* Three-same: xmm0 = Vn, xmm1 = Vm. */
static bool gen_same(Tc *tc, const A64Insn *in)
{
    unsigned size = in->size;
    X86VecOp op;
    bool q;

    switch (in->cond) {
    case K_ADD: op = by_size(op_add, size); break;
    case K_SUB: op = by_size(op_sub, size); break;
    case K_CMEQ: case K_CMTST: op = by_size(op_cmpeq, size); break;
    case K_CMGT: case K_CMGE: op = by_size(op_cmpgt, size); break;
    case K_CMHI: case K_CMHS: case K_UMAX: op = by_size(op_maxu, size); break;
    case K_UMIN: op = by_size(op_minu, size); break;
    case K_SMAX: op = by_size(op_maxs, size); break;
    case K_SMIN: op = by_size(op_mins, size); break;
    default: op = NO_OP; break;
    }
    if (op == NO_OP || !width(in, &q))
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    int res = 0;
    vload(tc, 0, in->rn, q);
    vload(tc, 1, in->rm, q);
    switch (in->cond) {
    case K_CMTST:       /* (n & m) != 0 */
        x86_vec_rr(e, X86_PAND, 0, 1);
        x86_vec_rr(e, X86_PXOR, 1, 1);
        x86_vec_rr(e, op, 0, 1);
        invert(tc, 0);
        break;
    case K_CMGE:        /* !(m > n) */
        x86_vec_rr(e, op, 1, 0);
        invert(tc, 1);
        res = 1;
        break;
    case K_CMHI:        /* !(max(m, n) == m) */
        x86_vec_rr(e, X86_MOVDQA, 2, 1);
        x86_vec_rr(e, op, 2, 0);
        x86_vec_rr(e, by_size(op_cmpeq, size), 2, 1);
        invert(tc, 2);
        res = 2;
        break;
    case K_CMHS:        /* max(n, m) == n */
        x86_vec_rr(e, X86_MOVDQA, 2, 0);
        x86_vec_rr(e, op, 2, 1);
        x86_vec_rr(e, by_size(op_cmpeq, size), 2, 0);
        res = 2;
        break;
    default:
        x86_vec_rr(e, op, 0, 1);
        break;
    }
    vstore(tc, in->rd, res, q);
    return true;
}

/* Pairwise on bytes: the even and the odd bytes of Vn:Vm (for 64-bit
 * forms, of the low halves side by side), packed, then combined. */
static bool gen_pairwise(Tc *tc, const A64Insn *in)
{
    X86VecOp op;

    switch (in->cond) {
    case K_ADDP: op = X86_PADDB; break;
    case K_UMAXP: op = X86_PMAXUB; break;
    case K_UMINP: op = X86_PMINUB; break;
    case K_SMAXP: op = by_size(op_maxs, 0); break;
    case K_SMINP: op = by_size(op_mins, 0); break;
    default: op = NO_OP; break;
    }
    if (op == NO_OP || in->size != 0)
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    vload(tc, 0, in->rn, q);
    vload(tc, 1, in->rm, q);
    if (!q) {
        x86_vec_rr(e, X86_PUNPCKLQDQ, 0, 1);
        x86_vec_rr(e, X86_MOVDQA, 1, 0);
    }
    ones(tc, 3);
    x86_vec_shift_ri(e, X86_PSRLW, 3, 8);           /* 0x00ff in each word */
    x86_vec_rr(e, X86_MOVDQA, 2, 0);
    x86_vec_rr(e, X86_PAND, 2, 3);
    x86_vec_rr(e, X86_MOVDQA, 4, 1);
    x86_vec_rr(e, X86_PAND, 4, 3);
    x86_vec_rr(e, X86_PACKUSWB, 2, 4);              /* even bytes */
    x86_vec_shift_ri(e, X86_PSRLW, 0, 8);
    x86_vec_shift_ri(e, X86_PSRLW, 1, 8);
    x86_vec_rr(e, X86_PACKUSWB, 0, 1);              /* odd bytes */
    x86_vec_rr(e, op, 2, 0);
    vstore(tc, in->rd, 2, q);
    return true;
}

/* AND BIC ORR ORN EOR BSL BIT BIF: xmm0 = n, xmm1 = m, xmm2 = d. */
static bool gen_logic(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    int res = 0;
    vload(tc, 0, in->rn, q);
    vload(tc, 1, in->rm, q);
    if (in->cond >= 5)
        vload(tc, 2, in->rd, q);
    switch (in->cond) {
    case 0: x86_vec_rr(e, X86_PAND, 0, 1); break;
    case 1: x86_vec_rr(e, X86_PANDN, 1, 0); res = 1; break;        /* ~m & n */
    case 2: x86_vec_rr(e, X86_POR, 0, 1); break;
    case 3: invert(tc, 1); x86_vec_rr(e, X86_POR, 0, 1); break;
    case 4: x86_vec_rr(e, X86_PXOR, 0, 1); break;
    case 5:     /* BSL: m ^ ((n ^ m) & d) */
        x86_vec_rr(e, X86_PXOR, 0, 1);
        x86_vec_rr(e, X86_PAND, 0, 2);
        x86_vec_rr(e, X86_PXOR, 0, 1);
        break;
    case 6:     /* BIT: d ^ ((n ^ d) & m) */
        x86_vec_rr(e, X86_PXOR, 0, 2);
        x86_vec_rr(e, X86_PAND, 0, 1);
        x86_vec_rr(e, X86_PXOR, 0, 2);
        break;
    default:    /* BIF: d ^ ((n ^ d) & ~m) */
        x86_vec_rr(e, X86_PXOR, 0, 2);
        x86_vec_rr(e, X86_PANDN, 1, 0);
        x86_vec_rr(e, X86_PXOR, 1, 2);
        res = 1;
        break;
    }
    vstore(tc, in->rd, res, q);
    return true;
}

/* Two-register misc: compares with zero, NOT, NEG. */
static bool gen_misc(Tc *tc, const A64Insn *in)
{
    unsigned size = in->size;
    X86VecOp op;

    switch (in->cond) {
    case M2_CMEQ0: op = by_size(op_cmpeq, size); break;
    case M2_CMGT0: case M2_CMGE0: case M2_CMLE0: case M2_CMLT0: op = by_size(op_cmpgt, size); break;
    case M2_NEG: op = by_size(op_sub, size); break;
    case M2_NOT: op = X86_PXOR; break;
    default: op = NO_OP; break;
    }
    bool q;
    if (op == NO_OP || !width(in, &q))
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    int res = 0;
    vload(tc, 0, in->rn, q);
    x86_vec_rr(e, X86_PXOR, 1, 1);
    switch (in->cond) {
    case M2_NOT: invert(tc, 0); break;
    case M2_CMEQ0: case M2_CMGT0: x86_vec_rr(e, op, 0, 1); break;
    case M2_CMLE0: x86_vec_rr(e, op, 0, 1); invert(tc, 0); break;
    case M2_CMLT0: case M2_NEG: x86_vec_rr(e, op, 1, 0); res = 1; break;
    default: x86_vec_rr(e, op, 1, 0); invert(tc, 1); res = 1; break;    /* CMGE0 */
    }
    vstore(tc, in->rd, res, q);
    return true;
}

/* REV16/32/64 (in->aux: log2 of the container): bytes swapped inside
 * words with shifts, then words or dwords reordered with shuffles. */
static bool gen_rev(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    vload(tc, 0, in->rn, q);
    if (in->size == 0) {
        x86_vec_rr(e, X86_MOVDQA, 1, 0);
        x86_vec_shift_ri(e, X86_PSLLW, 0, 8);
        x86_vec_shift_ri(e, X86_PSRLW, 1, 8);
        x86_vec_rr(e, X86_POR, 0, 1);
    }
    if (in->size == 2) {
        x86_pshufd(e, 0, 0, 0xb1);                  /* REV64 of dwords */
    } else if (in->aux > 1) {
        uint8_t order = in->aux == 2 ? 0xb1 : 0x1b; /* swap pairs / reverse four */
        x86_pshuflw(e, 0, 0, order);
        x86_pshufhw(e, 0, 0, order);
    }
    vstore(tc, in->rd, 0, q);
    return true;
}

static const X86VecShift shl_op[4] = { 0, X86_PSLLW, X86_PSLLD, X86_PSLLQ };
static const X86VecShift shr_op[4] = { 0, X86_PSRLW, X86_PSRLD, X86_PSRLQ };
static const X86VecShift sar_op[4] = { 0, X86_PSRAW, X86_PSRAD, 0 };

/* SSHR, USHR, SSRA, USRA, SHL on halfwords and wider (SSE has no byte
 * shifts, nor an arithmetic one on quadwords).  amt <= the element size;
 * SSE shifts by that much or more give zero, or copies of the sign. */
static bool gen_shift(Tc *tc, const A64Insn *in)
{
    X86VecShift op;
    bool q, acc = false;

    switch (in->cond) {
    case 0x02: acc = true; /* fall through */
    case 0x00: op = sar_op[in->size]; break;
    case 0x22: acc = true; /* fall through */
    case 0x20: op = shr_op[in->size]; break;
    case 0x0a: op = shl_op[in->size]; break;
    default: op = 0; break;
    }
    if (!op || !width(in, &q))
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    vload(tc, 0, in->rn, q);
    x86_vec_shift_ri(e, op, 0, in->amt);
    if (acc) {
        vload(tc, 1, in->rd, q);
        x86_vec_rr(e, op_add[in->size], 0, 1);
    }
    vstore(tc, in->rd, 0, q);
    return true;
}

/* SHRN, SHRN2 (shifted by amt), XTN, XTN2 (amt 0): each wide element's low
 * half kept (its sign extended and packed again with signed saturation,
 * which then never saturates); the "2" forms write the upper half of Vd
 * and keep the rest. */
static void narrow(Tc *tc, const A64Insn *in, unsigned amt)
{
    Emit *e = tc->e;
    unsigned size = in->size;
    vload(tc, 0, in->rn, true);
    if (amt)
        x86_vec_shift_ri(e, shr_op[size + 1], 0, (uint8_t)amt);
    if (size == 2) {
        x86_pshufd(e, 0, 0, 0x08);
    } else {
        unsigned half = 8u << size;
        x86_vec_shift_ri(e, shl_op[size + 1], 0, (uint8_t)half);
        x86_vec_shift_ri(e, sar_op[size + 1], 0, (uint8_t)half);
        x86_vec_rr(e, size ? X86_PACKSSDW : X86_PACKSSWB, 0, 0);
    }
    if (in->flags & VF_UPPER)
        x86_movq_store(e, cpu_mem(voff(in->rd) + 8), 0);
    else
        vstore(tc, in->rd, 0, false);
}

static bool gen_shift_narrow(Tc *tc, const A64Insn *in)
{
    if (in->cond != 0x10)
        return false;
    if (tc)
        narrow(tc, in, in->amt);
    return true;
}

static bool gen_narrow(Tc *tc, const A64Insn *in)
{
    if (in->cond != M2_XTN)
        return false;
    if (tc)
        narrow(tc, in, 0);
    return true;
}

/* UMAXV, UMINV, SMAXV, SMINV on bytes and halfwords, ADDV on bytes: the
 * upper half folded onto the lower one, then quarters, ... (psadbw sums
 * the bytes of each half); the element stored alone, the rest cleared. */
static bool gen_across(Tc *tc, const A64Insn *in)
{
    bool u = in->flags & VF_UNSIGNED;
    unsigned size = in->size;
    X86VecOp op;

    switch (in->cond) {
    case AL_MAXV: op = by_size(u ? op_maxu : op_maxs, size); break;
    case AL_MINV: op = by_size(u ? op_minu : op_mins, size); break;
    case AL_ADDV: op = size == 0 ? X86_PSADBW : NO_OP; break;
    default: op = NO_OP; break;
    }
    if (op == NO_OP || size > 1)
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    materialize_flags(tc);
    vload(tc, 0, in->rn, q);
    if (op == X86_PSADBW) {
        x86_vec_rr(e, X86_PXOR, 1, 1);
        x86_vec_rr(e, X86_PSADBW, 0, 1);
        x86_pshufd(e, 1, 0, 0xee);
        x86_vec_rr(e, X86_PADDQ, 0, 1);
    } else {
        for (unsigned bytes = q ? 8 : 4; bytes >= (1u << size); bytes /= 2) {
            x86_vec_rr(e, X86_MOVDQA, 1, 0);
            x86_vec_shift_ri(e, X86_PSRLDQ, 1, (uint8_t)bytes);
            x86_vec_rr(e, op, 0, 1);
        }
    }
    x86_movq_rx(e, X86_RAX, 0);
    if (size == 0)
        x86_movzx_rr8(e, X86_RAX, X86_RAX);
    else
        x86_alu_ri(e, X86_AND, 4, X86_RAX, 0xffff);
    store_both(tc, in->rd, X86_RAX, false);
    return true;
}

/* EXT: bytes cond.. of Vn:Vm, two byte shifts and an or (for 64-bit forms,
 * of the low halves side by side). */
static bool gen_ext(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    vload(tc, 0, in->rn, q);
    vload(tc, 1, in->rm, q);
    if (q) {
        x86_vec_shift_ri(e, X86_PSRLDQ, 0, in->cond);
        x86_vec_shift_ri(e, X86_PSLLDQ, 1, (uint8_t)(16 - in->cond));
        x86_vec_rr(e, X86_POR, 0, 1);
    } else {
        x86_vec_rr(e, X86_PUNPCKLQDQ, 0, 1);
        x86_vec_shift_ri(e, X86_PSRLDQ, 0, in->cond);
    }
    vstore(tc, in->rd, 0, q);
    return true;
}

/* SSHLL, USHLL (SXTL, UXTL) and their "2" forms: the elements of one half
 * interleaved with zeros or their sign, then shifted left. */
static bool gen_shift_long(Tc *tc, const A64Insn *in)
{
    static const X86VecOp unpack[3] = { X86_PUNPCKLBW, X86_PUNPCKLWD, X86_PUNPCKLDQ };
    if (!tc)
        return true;
    Emit *e = tc->e;
    unsigned size = in->size;
    bool upper = in->flags & VF_UPPER;
    vload(tc, 0, in->rn, upper);
    if (upper)
        x86_pshufd(e, 0, 0, 0xee);
    x86_vec_rr(e, X86_PXOR, 1, 1);
    if (!(in->cond & 0x20))
        x86_vec_rr(e, op_cmpgt[size], 1, 0);       /* the sign of each element */
    x86_vec_rr(e, unpack[size], 0, 1);
    if (in->amt)
        x86_vec_shift_ri(e, shl_op[size + 1], 0, in->amt);
    vstore(tc, in->rd, 0, true);
    return true;
}

/* rax = the 64-bit pattern imm in both halves of Vd, or combined with it. */
static bool gen_movi(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf;
    int32_t d = voff(in->rd);
    materialize_flags(tc);
    switch (in->cond) {
    case 0: case 1:
        x86_mov_ri(e, X86_RAX, in->cond ? ~in->imm : in->imm);
        x86_store(e, 8, cpu_mem(d), X86_RAX);
        if (q)
            x86_store(e, 8, cpu_mem(d + 8), X86_RAX);
        break;
    default:
        x86_mov_ri(e, X86_RAX, in->cond == 2 ? in->imm : ~in->imm);
        x86_alu_mr(e, in->cond == 2 ? X86_OR : X86_AND, 8, cpu_mem(d), X86_RAX);
        if (q)
            x86_alu_mr(e, in->cond == 2 ? X86_OR : X86_AND, 8, cpu_mem(d + 8), X86_RAX);
        break;
    }
    if (!q)
        x86_store_imm(e, 8, cpu_mem(d + 8), 0);
    return true;
}

/* DUP Vd.T, Rn. */
static bool gen_dup_gen(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    materialize_flags(tc);
    X86Reg r = in_reg(tc, operand(in->rn, false), X86_RAX);
    switch (in->size) {
    case 0:
        x86_movzx_rr8(e, X86_RAX, r);
        break;
    case 1:
        x86_mov_rr(e, 4, X86_RAX, r);
        x86_shift_ri(e, X86_SHL, 4, X86_RAX, 16);
        x86_shift_ri(e, X86_SHR, 4, X86_RAX, 16);
        break;
    case 2:
        x86_mov_rr(e, 4, X86_RAX, r);
        break;
    default:
        if (r != X86_RAX)
            x86_mov_rr(e, 8, X86_RAX, r);
        break;
    }
    replicate(tc, X86_RAX, in->size);
    store_both(tc, in->rd, X86_RAX, in->sf);
    return true;
}

/* INS Vd.T[cond], Rn: one store. */
static bool gen_ins_gen(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    X86Reg r = in_reg(tc, operand(in->rn, false), X86_RAX);
    x86_store(tc->e, 1 << in->size, cpu_mem(voff(in->rd) + (int32_t)(in->cond << in->size)), r);
    return true;
}

/* rcx = element k of Vn (zero-extended). */
static void load_lane(Tc *tc, X86Reg r, unsigned v, unsigned size, unsigned k)
{
    X86Mem m = cpu_mem(voff(v) + (int32_t)(k << size));
    if (size >= 2)
        x86_load(tc->e, size == 3 ? 8 : 4, r, m);
    else
        x86_movzx_load(tc->e, 1 << size, r, m);
}

/* DUP Vd.T, Vn.T[cond]; the scalar form (DUP Bd, Vn.B[cond]...) keeps the
 * element alone. */
static bool gen_dup_elem(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    bool scalar = in->flags & VF_SCALAR;
    materialize_flags(tc);
    load_lane(tc, X86_RAX, in->rn, in->size, in->cond);
    if (!scalar)
        replicate(tc, X86_RAX, in->size);
    store_both(tc, in->rd, X86_RAX, in->sf && !scalar);
    return true;
}

/* INS Vd.T[cond], Vn.T[aux]. */
static bool gen_ins_elem(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    load_lane(tc, X86_RCX, in->rn, in->size, in->aux);
    x86_store(tc->e, 1 << in->size, cpu_mem(voff(in->rd) + (int32_t)(in->cond << in->size)),
              X86_RCX);
    return true;
}

/* UMOV Rd, Vn.T[cond]: one zero-extending load. */
static bool gen_umov(Tc *tc, const A64Insn *in)
{
    if (!tc)
        return true;
    Emit *e = tc->e;
    int g = operand(in->rd, false);
    X86Reg d = dest_reg(tc, g);
    X86Mem m = cpu_mem(voff(in->rn) + (int32_t)(in->cond << in->size));
    if (in->size >= 2)
        x86_load(e, in->size == 3 ? 8 : 4, d, m);
    else
        x86_movzx_load(e, 1 << in->size, d, m);
    commit(tc, g, d);
    return true;
}

/* rax = Xn + bytes - guest_min, checked as gen-ldst.c does; returns the
 * displacement that reaches Xn from rax. */
static int32_t guest_range(Tc *tc, const TrInsn *t, int bytes, Val base)
{
    Emit *e = tc->e;
    int64_t adjust = bytes - (int64_t)tc->guest_min;

    if (base.kind == V_REG) {
        x86_lea(e, 8, X86_RAX, x86_mem(base.reg, (int32_t)adjust));
    } else {
        mov_val(tc, X86_RAX, base);
        x86_alu_ri(e, X86_ADD, 8, X86_RAX, (int32_t)adjust);
    }
    x86_alu_rm(e, X86_CMP, 8, X86_RAX, cpu_mem(JIT_CPU_OFF(jit_guest_limit)));
    size_t at = x86_jcc(e, X86_CC_A, 0);
    size_t k = new_stub(tc, STUB_OOB, at, t->in.pc, t->pos);
    if (!tc->overflow)
        tc->stubs[k].size = bytes;
    return (int32_t)tc->guest_min - bytes;
}

/* Post-index: Xn = base + bytes (rm 31) or + Xm. */
static void post_index(Tc *tc, const A64Insn *in, int rn, Val base, int bytes)
{
    Emit *e = tc->e;
    X86Reg w = dest_reg(tc, rn);

    if (in->rm != 31) {
        mov_val(tc, X86_RCX, val_of(tc, operand(in->rm, false)));
        mov_val(tc, w, base);
        x86_alu_rr(e, X86_ADD, 8, w, X86_RCX);
    } else if (base.kind == V_REG) {
        x86_lea(e, 8, w, x86_mem(base.reg, bytes));
    } else {
        mov_val(tc, w, base);
        x86_alu_ri(e, X86_ADD, 8, w, bytes);
    }
    commit(tc, rn, w);
}

/* LD1/ST1 of aux consecutive registers: one contiguous block of memory. */
static bool gen_ldst_multiple(Tc *tc, const TrInsn *t)
{
    const A64Insn *in = &t->in;

    if (in->aux2 != 1)
        return false;       /* LD2..LD4, ST2..ST4 interleave */
    if (!tc)
        return true;
    Emit *e = tc->e;
    bool q = in->sf, load = in->flags & A64_SF_LOAD;
    int one = q ? 16 : 8, n = in->aux, bytes = one * n;
    int rn = operand(in->rn, true);

    materialize_flags(tc);
    Val base = val_of(tc, rn);
    int32_t disp = guest_range(tc, t, bytes, base);
    for (int r = 0; r < n; r++) {
        X86Mem m = x86_mem(X86_RAX, disp + r * one);
        if (load) {
            add_site(tc, in->pc, t->pos);
            if (q)
                x86_movdqu_load(e, r, m);
            else
                x86_movq_load(e, r, m);
        } else {
            vload(tc, r, (in->rd + r) % 32, q);
            add_site(tc, in->pc, t->pos);
            if (q)
                x86_movdqu_store(e, m, r);
            else
                x86_movq_store(e, m, r);
        }
    }
    if (load)
        for (int r = 0; r < n; r++)
            vstore(tc, (in->rd + r) % 32, r, q);
    if (in->flags & A64_SF_POST)
        post_index(tc, in, rn, base, bytes);
    return true;
}

/* FMOV Xd, Vn.D[1]; FMOV Vd.D[1], Xn. */
static bool gen_mov_top(Tc *tc, const A64Insn *in, bool to_vec)
{
    if (!tc)
        return true;
    if (to_vec) {
        X86Reg r = in_reg(tc, operand(in->rn, false), X86_RAX);
        x86_store(tc->e, 8, cpu_mem(voff(in->rd) + 8), r);
    } else {
        int g = operand(in->rd, false);
        X86Reg d = dest_reg(tc, g);
        x86_load(tc->e, 8, d, cpu_mem(voff(in->rn) + 8));
        commit(tc, g, d);
    }
    return true;
}

/* LD1/ST1 of one lane, LD1R: one element through rcx. */
static bool gen_ldst_single(Tc *tc, const TrInsn *t)
{
    const A64Insn *in = &t->in;

    if (in->aux2 != 1)
        return false;
    if (!tc)
        return true;
    Emit *e = tc->e;
    unsigned size = in->size;
    int bytes = 1 << size, rn = operand(in->rn, true);
    X86Mem lane = cpu_mem(voff(in->rd) + (int32_t)(in->cond << size));

    materialize_flags(tc);
    Val base = val_of(tc, rn);
    X86Mem m = x86_mem(X86_RAX, guest_range(tc, t, bytes, base));
    if (in->flags & A64_SF_LOAD) {
        add_site(tc, in->pc, t->pos);
        if (size >= 2)
            x86_load(e, size == 3 ? 8 : 4, X86_RCX, m);
        else
            x86_movzx_load(e, bytes, X86_RCX, m);
        if (in->flags & A64_SF_REPL) {
            replicate(tc, X86_RCX, size);
            store_both(tc, in->rd, X86_RCX, in->sf);
        } else {
            x86_store(e, bytes, lane, X86_RCX);
        }
    } else {
        if (size >= 2)
            x86_load(e, size == 3 ? 8 : 4, X86_RCX, lane);
        else
            x86_movzx_load(e, bytes, X86_RCX, lane);
        add_site(tc, in->pc, t->pos);
        x86_store(e, bytes, m, X86_RCX);
    }
    if (in->flags & A64_SF_POST)
        post_index(tc, in, rn, base, bytes);
    return true;
}

static bool gen_simd_insn(Tc *tc, const TrInsn *t)
{
    const A64Insn *in = &t->in;

    switch (simd_op_of(in)) {
    case A64_SIMD_SAME: return gen_same(tc, in);
    case A64_SIMD_PAIRWISE: return gen_pairwise(tc, in);
    case A64_SIMD_LOGIC: return gen_logic(tc, in);
    case A64_SIMD_MISC: return gen_misc(tc, in);
    case A64_SIMD_REV: return gen_rev(tc, in);
    case A64_SIMD_MOVI: return gen_movi(tc, in);
    case A64_SIMD_DUP_GEN: return gen_dup_gen(tc, in);
    case A64_SIMD_INS_GEN: return gen_ins_gen(tc, in);
    case A64_SIMD_UMOV: return gen_umov(tc, in);
    case A64_SIMD_DUP_ELEM: return gen_dup_elem(tc, in);
    case A64_SIMD_INS_ELEM: return gen_ins_elem(tc, in);
    case A64_SIMD_NARROW: return gen_narrow(tc, in);
    case A64_SIMD_ACROSS: return gen_across(tc, in);
    case A64_SIMD_EXT: return gen_ext(tc, in);
    case A64_SIMD_MOV_FROM_TOP: return gen_mov_top(tc, in, false);
    case A64_SIMD_MOV_TO_TOP: return gen_mov_top(tc, in, true);
    case A64_SIMD_SHIFT: return gen_shift(tc, in);
    case A64_SIMD_SHIFT_NARROW: return gen_shift_narrow(tc, in);
    case A64_SIMD_SHIFT_LONG: return gen_shift_long(tc, in);
    case A64_SIMD_LDST_MULTIPLE: return gen_ldst_multiple(tc, t);
    case A64_SIMD_LDST_SINGLE: return gen_ldst_single(tc, t);
    default: return false;
    }
}

bool simd_inline(const TrInsn *t)
{
    return jit_enabled(JIT_TECH_SIMDINLINE) && gen_simd_insn(NULL, t);
}

void simd_operands(const TrInsn *t, int reads[2], int *nreads, int *write)
{
    const A64Insn *in = &t->in;

    *nreads = 0;
    *write = G_ZR;
    switch (simd_op_of(in)) {
    case A64_SIMD_DUP_GEN: case A64_SIMD_INS_GEN: case A64_SIMD_MOV_TO_TOP:
        reads[(*nreads)++] = operand(in->rn, false);
        break;
    case A64_SIMD_UMOV: case A64_SIMD_MOV_FROM_TOP:
        *write = operand(in->rd, false);
        break;
    case A64_SIMD_LDST_MULTIPLE: case A64_SIMD_LDST_SINGLE:
        reads[(*nreads)++] = operand(in->rn, true);
        if (in->flags & A64_SF_POST) {
            *write = operand(in->rn, true);
            if (in->rm != 31)
                reads[(*nreads)++] = operand(in->rm, false);
        }
        break;
    default:
        break;
    }
}

bool gen_simd(Tc *tc, int i)
{
    return gen_simd_insn(tc, &tc->insn[i]);
}
