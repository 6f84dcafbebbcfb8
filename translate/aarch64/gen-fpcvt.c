/*
 * The aarch64 translator: scalar floating-point compares, selects and
 * conversions inline (FCMP/FCMPE, FCCMP/FCCMPE, FCSEL, SCVTF/UCVTF,
 * FCVT[NPMZ][SU] without fraction bits, FCVT between single and double).
 * MXCSR and FPSR work as in gen-fp.c: the host flags an SSE instruction
 * raises are FPSR flags pending, and a case the inline code cannot do
 * exactly jumps to the interpreter's handler before the SSE instruction
 * raised anything the handler would not raise itself.
 *
 * Compares.  ucomisd (FCMP: Invalid for a signalling NaN only) and comisd
 * (FCMPE: for any NaN) raise what ARM raises; DE, which they also raise
 * for a denormal operand, maps to nothing.  Their result (ZF PF CF) is made
 * NZCV by an integer compare whose flags are the same NZCV read as a
 * subtraction (FK_SUB): less 0 - 1 (1000), equal 0 - 0 (0110), greater
 * 1 - 0 (0010), unordered 0x80000000 - 1 (0011).  So NZCV goes through the
 * lazy machinery of translate.c like an integer compare's: a B.cond, CSEL
 * or FCSEL right after reads the host flags.  Only FPCR.FZ changes a
 * compare (denormal operands are zeros, IDC): then the handler runs.
 *
 * To integer.  The value's bit pattern is checked first against a bound
 * within which the rounded value fits the destination whatever the
 * rounding (|x| < 2^31 - 1 for a signed W from a double, 0 <= x < 2^63
 * for an unsigned X, ...), so that the conversion never overflows and the
 * only flag it raises is Inexact, exactly when ARM's IXC is raised (an
 * unsigned X of 2^63 <= x < 2^64 is the significand shifted left);
 * everything else (NaN, out of range, the edges of the range, -0 for the
 * unsigned ones) is the handler's.  FCVTZS/U is cvttsd2si, FCVTNS/U cvtsd2si
 * (MXCSR rounds to nearest even), FCVTPS/U and FCVTMS/U roundsd (Inexact not
 * suppressed) and cvttsd2si on SSE4.1 hosts; FCVTAS/U always the handler.
 *
 * From integer.  cvtsi2sd rounds by MXCSR (so FPCR.RMode must be RN) and
 * raises Inexact as ARM does; an unsigned X with its top bit set goes to
 * the handler.
 *
 * Between precisions.  A NaN operand (payload and quieting rules, FPCR.DN)
 * goes to the handler; double to single also when the result's magnitude
 * is the smallest normal, which ARM may have found tiny before rounding.
 */
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"
#include "translate/x86_64/host.h"

#define FPCR_RMODE (3u << 22)
#define FPCR_FZ (1u << 24)

static int32_t voff(unsigned r)
{
    return JIT_CPU_OFF(a64.v[0]) + 16 * (int32_t)r;
}

/* The slow-path jumps of one instruction. */
typedef struct Slow {
    size_t at[4];
    int n;
} Slow;

/* Jump to the handler when FPCR has any of mask set. */
static void fpcr_check(Tc *tc, uint32_t mask, Slow *slow)
{
    x86_test_mi(tc->e, 4, cpu_mem(JIT_CPU_OFF(a64.fpcr)), (int32_t)mask);
    slow->at[slow->n++] = x86_jcc(tc->e, X86_CC_NE, 0);
}

/* The fast path is done: the handler in the slow path, both joining after. */
static void slow_path(Tc *tc, int i, const Slow *slow)
{
    if (!slow->n)
        return;
    size_t done = x86_jmp(tc->e, 0);
    for (int k = 0; k < slow->n; k++)
        land(tc, slow->at[k]);
    exec_one(tc, i);
    land(tc, done);
}

/* Is instruction i + 1 one that reads NZCV from the host flags? */
static bool fusable_next(const Tc *tc, int i)
{
    if (!tc->flag_elim || tc->insn[i].block_last || i + 1 >= tc->n)
        return false;
    switch (tc->insn[i + 1].op) {
    case A64_OP_BCOND: case A64_OP_CSEL: case A64_OP_CSINC: case A64_OP_CSINV:
    case A64_OP_CSNEG: case A64_OP_CCMP: case A64_OP_CCMN: case A64_OP_CCMP_IMM:
    case A64_OP_CCMN_IMM: case A64_OP_FCSEL:
        return true;
    default:
        return false;
    }
}

/* ucomis/comis xmm0, xmm1 done: the host flags become NZCV as an FK_SUB
 * (see the top).  Clobbers rax, rcx, rdx. */
static void nzcv_of_compare(Emit *e)
{
    x86_setcc(e, X86_CC_A, X86_RAX);
    x86_setcc(e, X86_CC_B, X86_RCX);
    x86_setcc(e, X86_CC_P, X86_RDX);
    x86_movzx_rr8(e, X86_RAX, X86_RAX);
    x86_movzx_rr8(e, X86_RCX, X86_RCX);
    x86_movzx_rr8(e, X86_RDX, X86_RDX);
    x86_shift_ri(e, X86_SHL, 4, X86_RDX, 31);
    x86_alu_rr(e, X86_OR, 4, X86_RAX, X86_RDX);
    x86_alu_rr(e, X86_CMP, 4, X86_RAX, X86_RCX);
}

/* The NZCV a compare left in cpu->a64.nzcv (one of 1000, 0110, 0010,
 * 0011) as the same FK_SUB host flags. */
static void nzcv_from_memory(Emit *e)
{
    x86_load(e, 4, X86_RAX, cpu_mem(JIT_CPU_OFF(a64.nzcv)));
    x86_mov_rr(e, 4, X86_RCX, X86_RAX);
    x86_shift_ri(e, X86_SHR, 4, X86_RCX, 31);                  /* N */
    x86_mov_rr(e, 4, X86_RDX, X86_RAX);
    x86_shift_ri(e, X86_SHR, 4, X86_RDX, 28);
    x86_alu_ri(e, X86_AND, 4, X86_RDX, 1);                      /* V */
    x86_alu_rr(e, X86_OR, 4, X86_RCX, X86_RDX);                 /* b: less or unordered */
    x86_shift_ri(e, X86_SHL, 4, X86_RDX, 31);
    x86_alu_ri(e, X86_CMP, 4, X86_RAX, (int32_t)A64_C);
    x86_setcc(e, X86_CC_E, X86_RAX);
    x86_movzx_rr8(e, X86_RAX, X86_RAX);                         /* greater */
    x86_alu_rr(e, X86_OR, 4, X86_RAX, X86_RDX);
    x86_alu_rr(e, X86_CMP, 4, X86_RAX, X86_RCX);
}

/* xmm0 = Vn, xmm1 = Vm (or +0), then the compare. */
static void compare(Tc *tc, const A64Insn *in, bool zero)
{
    Emit *e = tc->e;
    bool dbl = in->size == 3;

    x86_sse_load(e, dbl, 0, cpu_mem(voff(in->rn)));
    if (zero)
        x86_xorps_rr(e, 1, 1);
    else
        x86_sse_load(e, dbl, 1, cpu_mem(voff(in->rm)));
    if (in->aux)
        x86_comis_rr(e, dbl, 0, 1);
    else
        x86_ucomis_rr(e, dbl, 0, 1);
}

/* FCMP, FCMPE. */
static void fcmp(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    Slow slow = { .n = 0 };

    tc->flags = FK_MEM;         /* what was pending is dead: FCMP sets NZCV */
    fpcr_check(tc, FPCR_FZ, &slow);
    compare(tc, in, in->flags);
    nzcv_of_compare(e);
    size_t done = x86_jmp(e, 0);
    land(tc, slow.at[0]);
    exec_one(tc, i);
    nzcv_from_memory(e);
    land(tc, done);
    int need = need_after(tc, i);
    if (need == NEED_FULL && fusable_next(tc, i)) {
        tc->flags = FK_SUB;
    } else {
        save_flags(tc, FK_SUB, need);
        tc->flags = FK_MEM;
    }
}

/* The A64 condition as a host one (pending flags stored if they cannot
 * express it); false: always true. */
static bool cond_cc(Tc *tc, unsigned cond, X86Cond *cc)
{
    if (cond >= 14)
        return false;
    if (!host_cond(tc, cond, cc)) {
        materialize_flags(tc);
        host_cond(tc, cond, cc);
    }
    return true;
}

/* FCSEL: a move under the condition; keeps the host flags. */
static void fcsel(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    int size = in->size == 3 ? 8 : 4;
    X86Cond cc;
    bool conditional = cond_cc(tc, in->cond, &cc);

    x86_load(e, size, X86_RAX, cpu_mem(voff(in->rn)));
    if (conditional) {
        x86_load(e, size, X86_RCX, cpu_mem(voff(in->rm)));
        x86_cmov_rr(e, x86_cc_invert(cc), 8, X86_RAX, X86_RCX);
    }
    x86_store(e, 8, cpu_mem(voff(in->rd)), X86_RAX);
    x86_store_imm(e, 8, cpu_mem(voff(in->rd) + 8), 0);
    save_flags(tc, tc->flags, need_after(tc, i));
    tc->flags = FK_MEM;
}

/* FCCMP, FCCMPE: NZCV through memory (the handler reads it there). */
static void fccmp(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    Slow slow = { .n = 0 };
    X86Cond cc;
    size_t skip = 0;

    materialize_flags(tc);
    bool conditional = cond_cc(tc, in->cond, &cc);
    if (conditional)
        skip = x86_jcc(e, x86_cc_invert(cc), 0);
    fpcr_check(tc, FPCR_FZ, &slow);
    compare(tc, in, false);
    nzcv_of_compare(e);
    save_flags(tc, FK_SUB, NEED_FULL);
    size_t done = x86_jmp(e, 0);
    if (conditional) {
        land(tc, skip);
        x86_store_imm(e, 4, cpu_mem(JIT_CPU_OFF(a64.nzcv)), (int32_t)in->imm);
        size_t done2 = x86_jmp(e, 0);
        land(tc, slow.at[0]);
        exec_one(tc, i);
        land(tc, done2);
    } else {
        land(tc, slow.at[0]);
        exec_one(tc, i);
    }
    land(tc, done);
}

/* The bound of the value to integer conversions keep inline (see the top):
 * signed |x| < bound, unsigned +0 <= x < bound, as a bit pattern. */
static uint64_t to_int_bound(bool dbl, bool is_unsigned, bool to64)
{
    if (to64)
        return dbl ? 0x43e0000000000000ull : 0x5f000000u;                   /* 2^63 */
    if (is_unsigned)
        return dbl ? 0x41efffffffe00000ull : 0x4f800000u;     /* 2^32 - 1, 2^32 */
    return dbl ? 0x41dfffffffc00000ull : 0x4f000000u;         /* 2^31 - 1, 2^31 */
}

/* FCVT[NPMZ][SU] Wd/Xd, Sn/Dn. */
static bool fcvt_int(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    bool dbl = in->size == 3, is_unsigned = in->aux, to64 = in->sf;
    unsigned rmode = in->cond;
    Slow slow = { .n = 0 };

    if (in->amt || rmode > 3 || ((rmode == 1 || rmode == 2) && !host_features()->sse41))
        return false;
    save_flags(tc, tc->flags, need_after(tc, i));
    tc->flags = FK_MEM;
    fpcr_check(tc, FPCR_FZ, &slow);
    int sz = dbl ? 8 : 4;
    uint64_t bound = to_int_bound(dbl, is_unsigned, to64);
    x86_load(e, sz, X86_RAX, cpu_mem(voff(in->rn)));
    x86_movq_xr(e, 0, X86_RAX);
    if (!is_unsigned)
        x86_alu_rr(e, X86_ADD, sz, X86_RAX, X86_RAX);      /* drops the sign */
    uint64_t limit = is_unsigned ? bound : bound << 1;
    if (dbl) {
        x86_mov_ri(e, X86_RCX, limit);
        x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
    } else {
        x86_alu_ri(e, X86_CMP, 4, X86_RAX, (int32_t)(uint32_t)limit);
    }
    int rd = operand(in->rd, false);
    size_t high_done = 0;
    if (is_unsigned && to64) {
        /* 2^63 <= x < 2^64: exponent 63, the value is the significand
         * shifted, exact in every rounding mode. */
        size_t low = x86_jcc(e, X86_CC_B, 0);
        if (dbl) {
            x86_mov_ri(e, X86_RCX, 0x43f0000000000000ull);         /* 2^64 */
            x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
        } else {
            x86_alu_ri(e, X86_CMP, 4, X86_RAX, 0x5f800000);
        }
        slow.at[slow.n++] = x86_jcc(e, X86_CC_AE, 0);
        x86_mov_ri(e, X86_RCX, dbl ? 0x000fffffffffffffull : 0x7fffff);
        x86_alu_rr(e, X86_AND, 8, X86_RAX, X86_RCX);
        x86_mov_ri(e, X86_RCX, dbl ? 1ull << 52 : 1ull << 23);
        x86_alu_rr(e, X86_OR, 8, X86_RAX, X86_RCX);
        x86_shift_ri(e, X86_SHL, 8, X86_RAX, dbl ? 11 : 40);
        commit(tc, rd, X86_RAX);
        high_done = x86_jmp(e, 0);
        land(tc, low);
    } else {
        slow.at[slow.n++] = x86_jcc(e, X86_CC_AE, 0);
    }
    X86Reg w = dest_reg(tc, rd);
    int size = to64 || is_unsigned ? 8 : 4;
    if (rmode == 0) {
        x86_cvt_f2i(e, dbl, size, w, 0);
    } else {
        if (rmode != 3)
            x86_rounds_rr(e, dbl, 0, 0, rmode == 1 ? 2 : 1);  /* up, down; Inexact raised */
        x86_cvtt_f2i(e, dbl, size, w, 0);
    }
    commit(tc, rd, w);
    if (high_done)
        land(tc, high_done);
    slow_path(tc, i, &slow);
    return true;
}

/* SCVTF, UCVTF Sd/Dd, Wn/Xn. */
static bool cvtf(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    bool dbl = in->size == 3;
    Slow slow = { .n = 0 };

    if (in->amt)
        return false;
    save_flags(tc, tc->flags, need_after(tc, i));
    tc->flags = FK_MEM;
    fpcr_check(tc, FPCR_RMODE, &slow);
    mov_val(tc, X86_RAX, val_of(tc, operand(in->rn, false)));
    int size = in->sf ? 8 : 4;
    if (in->aux && !in->sf) {
        x86_mov_rr(e, 4, X86_RAX, X86_RAX);
        size = 8;
    } else if (in->aux) {
        x86_test_rr(e, 8, X86_RAX, X86_RAX);
        slow.at[slow.n++] = x86_jcc(e, X86_CC_S, 0);
    }
    x86_xorps_rr(e, 0, 0);
    x86_cvt_i2f(e, dbl, size, 0, X86_RAX);
    x86_movdqu_store(e, cpu_mem(voff(in->rd)), 0);
    slow_path(tc, i, &slow);
    return true;
}

/* FCVT Dd, Sn (aux 3) and FCVT Sd, Dn (aux 2). */
static bool fcvt_prec(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    bool from_dbl = in->size == 3;
    Slow slow = { .n = 0 };

    if ((in->size != 2 && in->size != 3) || (in->aux != 2 && in->aux != 3))
        return false;
    save_flags(tc, tc->flags, need_after(tc, i));
    tc->flags = FK_MEM;
    fpcr_check(tc, from_dbl ? FPCR_FZ | FPCR_RMODE : FPCR_FZ, &slow);
    x86_sse_load(e, from_dbl, 0, cpu_mem(voff(in->rn)));
    x86_ucomis_rr(e, from_dbl, 0, 0);
    slow.at[slow.n++] = x86_jcc(e, X86_CC_P, 0);
    x86_cvt_f2f(e, !from_dbl, 0, 0);
    if (from_dbl) {
        x86_movq_rx(e, X86_RAX, 0);
        x86_mov_rr(e, 4, X86_RAX, X86_RAX);
        x86_lea_index(e, 4, X86_RCX, X86_RAX, X86_RAX, 0, 0);      /* drops the sign */
        x86_alu_ri(e, X86_CMP, 4, X86_RCX, 0x00800000 << 1);
        slow.at[slow.n++] = x86_jcc(e, X86_CC_E, 0);
        x86_store(e, 8, cpu_mem(voff(in->rd)), X86_RAX);
        x86_store_imm(e, 8, cpu_mem(voff(in->rd) + 8), 0);
    } else {
        x86_movdqu_store(e, cpu_mem(voff(in->rd)), 0);
    }
    slow_path(tc, i, &slow);
    return true;
}

bool gen_fpcvt(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];

    if (!jit_enabled(JIT_TECH_FPINLINE) || !jit_enabled(JIT_TECH_FPCVT))
        return false;
    if (t->in.size != 2 && t->in.size != 3)
        return false;
    switch (t->op) {
    case A64_OP_FCMP:
        fcmp(tc, i);
        return true;
    case A64_OP_FCSEL:
        fcsel(tc, i);
        return true;
    case A64_OP_FCCMP:
        fccmp(tc, i);
        return true;
    case A64_OP_FCVT_INT:
        return fcvt_int(tc, i);
    case A64_OP_CVTF:
        return cvtf(tc, i);
    case A64_OP_FP1:
        return (t->in.cond == 4 || t->in.cond == 5) && fcvt_prec(tc, i);
    default:
        return false;
    }
}
