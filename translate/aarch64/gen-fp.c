/*
 * The aarch64 translator: scalar floating point inline (FADD, FSUB, FMUL,
 * FDIV, FSQRT, FMADD/FMSUB/FNMADD/FNMSUB with FMA3, FMOV, FABS, FNEG, FMOV
 * immediate and between FP and general registers), single and double.
 *
 * Flags.  While translated code runs, the host MXCSR stays in
 * round-to-nearest with DAZ, FTZ off and every exception masked, and its
 * exception flags are FPSR cumulative flags not yet folded into
 * cpu->a64.fpsr (a64_fp_host_flags_fold): a64_jit_run folds them after
 * each return from translated code, the fault fixup folds those of the
 * faulting context, and MRS/MSR (which read or write FPSR) fold first.  The
 * interpreter's FP helpers save and restore MXCSR around their own work,
 * so pending flags survive them.  x86's DE (denormal operand) maps to
 * nothing: IDC belongs to FPCR.FZ, which the inline code never runs under.
 *
 * Semantics.  Under FPCR RMode = round-to-nearest, FZ = 0 and DN = 0, an
 * SSE add/sub/mul/div/sqrt and an FMA3 fused multiply-add round and raise
 * IE ZE OE UE PE exactly as the interpreter's helpers (fp-ops.c, which use
 * the same SSE instructions) raise IOC DZC OFC UFC IXC, for every result
 * that is not a NaN.  The two architectures differ on NaNs (which operand's
 * NaN propagates, the default NaN's sign, FMA3's inf*0 with a quiet NaN
 * addend raising nothing), and on underflow: ARM detects tininess before
 * rounding, x86 after, so a result that rounded up to the smallest normal
 * number may have underflowed for ARM only.  A NaN result or one of
 * magnitude 2^emin (a sqrt never) goes to the helper, which computes the
 * instruction again from its unchanged inputs: the flags the first try
 * raised are a subset of those the helper raises.  FPCR can
 * change at run time (MSR FPCR), so every inline arithmetic instruction
 * tests cpu->a64.fpcr first and calls the helper when RMode, FZ or DN is
 * set.  FMOV, FABS and FNEG are bit operations with no flags and no NaN
 * processing in AArch64, whatever FPCR says.
 *
 * Writing a scalar FP register zeroes the rest of its vector register:
 * results are stored as 16 bytes.
 */
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"
#include "translate/x86_64/host.h"

/* FPCR.RMode (23:22), FZ (24), DN (25). */
#define FPCR_INLINE_MASK 0x03c00000

static int32_t voff(unsigned r)
{
    return JIT_CPU_OFF(a64.v[0]) + 16 * (int32_t)r;
}

/* Arithmetic inline: returns false, emitting nothing, when there is no
 * inline form; else the fast path, with the rel32s of its jumps to the
 * helper in slow[]. */
static bool fp_arith(Tc *tc, const A64Insn *in, A64Op op, size_t *slow, int *nslow)
{
    static const X86SseOp binop[] = {
        [FPOP_ADD] = X86_ADDS, [FPOP_SUB] = X86_SUBS, [FPOP_MUL] = X86_MULS,
        [FPOP_DIV] = X86_DIVS,
    };
    /* ARM negates the product (aux bit 0) and the addend (bit 1) of
     * addend + n * m; FMA3 213 computes dst * src2 +- [m], its "n" forms
     * negating the product. */
    static const X86FmaOp fma[4] = { X86_VFMADD213, X86_VFNMADD213, X86_VFMSUB213,
                                     X86_VFNMSUB213 };
    Emit *e = tc->e;
    bool dbl = in->size == 3;

    if (in->size != 2 && in->size != 3)
        return false;
    if (op == A64_OP_FP2 && in->cond > FPOP_DIV)
        return false;
    if (op == A64_OP_FP1 && in->cond != 3)
        return false;
    if (op == A64_OP_FP3 && !host_features()->fma)
        return false;
    x86_test_mi(e, 4, cpu_mem(JIT_CPU_OFF(a64.fpcr)), FPCR_INLINE_MASK);
    slow[(*nslow)++] = x86_jcc(e, X86_CC_NE, 0);
    x86_sse_load(e, dbl, 0, cpu_mem(voff(in->rn)));     /* zeroes the rest of xmm0 */
    if (op == A64_OP_FP2) {
        x86_sse_arith_rm(e, binop[in->cond], dbl, 0, cpu_mem(voff(in->rm)));
    } else if (op == A64_OP_FP1) {
        x86_sse_arith_rm(e, X86_SQRTS, dbl, 0, cpu_mem(voff(in->rn)));
    } else {
        x86_sse_load(e, dbl, 1, cpu_mem(voff(in->rm)));
        x86_vfma213_rm(e, fma[in->aux & 3], dbl, 0, 1, cpu_mem(voff(in->ra)));
    }
    x86_ucomis_rr(e, dbl, 0, 0);
    slow[(*nslow)++] = x86_jcc(e, X86_CC_P, 0);
    if (op != A64_OP_FP1) {
        /* |result| == the smallest normal: perhaps tiny before rounding. */
        x86_movq_rx(e, X86_RAX, 0);
        x86_alu_rr(e, X86_ADD, dbl ? 8 : 4, X86_RAX, X86_RAX);     /* drops the sign */
        if (dbl) {
            x86_mov_ri(e, X86_RCX, 0x0010000000000000ull << 1);
            x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
        } else {
            x86_alu_ri(e, X86_CMP, 4, X86_RAX, 0x00800000 << 1);
        }
        slow[(*nslow)++] = x86_jcc(e, X86_CC_E, 0);
    }
    x86_movdqu_store(e, cpu_mem(voff(in->rd)), 0);
    return true;
}

/* Vd = rax (the low 64 bits; the rest zero); keeps the host flags. */
static void store_low(Tc *tc, unsigned rd)
{
    x86_store(tc->e, 8, cpu_mem(voff(rd)), X86_RAX);
    x86_store_imm(tc->e, 8, cpu_mem(voff(rd) + 8), 0);
}

/* FABS (cond 1), FNEG (2): a bit operation, no flags, no NaN processing;
 * clobbers the host flags. */
static bool fp_sign(Tc *tc, const A64Insn *in, A64Op op)
{
    Emit *e = tc->e;
    bool dbl = in->size == 3;

    if (op != A64_OP_FP1 || (in->cond != 1 && in->cond != 2) || (in->size != 2 && in->size != 3))
        return false;
    x86_load(e, dbl ? 8 : 4, X86_RAX, cpu_mem(voff(in->rn)));     /* 4 bytes zero-extend */
    uint64_t sign = dbl ? 1ull << 63 : 1ull << 31;
    x86_mov_ri(e, X86_RCX, in->cond == 2 ? sign : (dbl ? ~sign : 0x7fffffffull));
    x86_alu_rr(e, in->cond == 2 ? X86_XOR : X86_AND, 8, X86_RAX, X86_RCX);
    store_low(tc, in->rd);
    return true;
}

/* The moves: keep the host flags. */
static bool fp_move(Tc *tc, const A64Insn *in, A64Op op)
{
    Emit *e = tc->e;
    int sz = in->size == 3 ? 8 : 4;

    if (in->size != 2 && in->size != 3)
        return false;
    switch (op) {
    case A64_OP_FP1:        /* FMOV Dd, Dn */
        if (in->cond != 0)
            return false;
        x86_load(e, sz, X86_RAX, cpu_mem(voff(in->rn)));
        store_low(tc, in->rd);
        return true;
    case A64_OP_FMOV_IMM:   /* never zero */
        x86_mov_ri(e, X86_RAX, in->imm);
        store_low(tc, in->rd);
        return true;
    case A64_OP_FMOV_FROM_GPR:
        mov_val(tc, X86_RAX, val_of(tc, operand(in->rn, false)));
        if (sz == 4)
            x86_mov_rr(e, 4, X86_RAX, X86_RAX);
        store_low(tc, in->rd);
        return true;
    case A64_OP_FMOV_TO_GPR: {
        int rd = operand(in->rd, false);
        X86Reg w = dest_reg(tc, rd);
        x86_load(e, sz, w, cpu_mem(voff(in->rn)));
        commit(tc, rd, w);
        return true;
    }
    default:
        return false;
    }
}

bool gen_fp(Tc *tc, int i)
{
    const TrInsn *t = &tc->insn[i];
    const A64Insn *in = &t->in;
    Emit *e = tc->e;
    size_t slow[3];
    int nslow = 0;

    if (!jit_enabled(JIT_TECH_FPINLINE))
        return false;
    if (t->op == A64_OP_FP1 && (in->cond == 4 || in->cond == 5))
        return gen_fpcvt(tc, i);        /* FCVT between precisions */
    if (fp_move(tc, in, t->op))
        return true;
    /* The rest clobbers the host flags: NZCV goes to memory first. */
    save_flags(tc, tc->flags, need_after(tc, i));
    tc->flags = FK_MEM;
    if (fp_sign(tc, in, t->op))
        return true;
    if (!fp_arith(tc, in, t->op, slow, &nslow))
        return false;
    size_t done = x86_jmp(e, 0);
    for (int k = 0; k < nslow; k++)
        land(tc, slow[k]);
    exec_one(tc, i);
    land(tc, done);
    return true;
}
