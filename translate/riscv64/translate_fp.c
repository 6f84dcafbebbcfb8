/*
 * The riscv64 translator: F/D arithmetic (add, sub, mul, div, sqrt, min,
 * max, sign injection, fused multiply-add), inline SSE/FMA3 in
 * round-to-nearest-even with a call of the exact helper for the rest.
 */
#include <string.h>

#include "translate/jit/techniques.h"
#include "translate/riscv64/fpu.h"
#include "translate/riscv64/riscv64.h"
#include "translate/riscv64/translate.h"
#include "translate/x86_64/host.h"

static void rv_fp_arith_helper(Cpu *cpu, uint64_t packed);

/* The SSE or FMA3 form of an F/D arithmetic op, when there is one. */
typedef struct FpInline {
    bool sse;               /* X86SseOp sse_op (else fma_op) */
    X86SseOp sse_op;
    X86FmaOp fma_op;
    bool dbl;
    int nsrc;
} FpInline;

static bool fp_inline_op(RvOp op, FpInline *f)
{
    static const struct { RvOp s, d; X86SseOp op; int nsrc; } sse[] = {
        { RV_FADD_S, RV_FADD_D, X86_ADDS, 2 }, { RV_FSUB_S, RV_FSUB_D, X86_SUBS, 2 },
        { RV_FMUL_S, RV_FMUL_D, X86_MULS, 2 }, { RV_FDIV_S, RV_FDIV_D, X86_DIVS, 2 },
        { RV_FSQRT_S, RV_FSQRT_D, X86_SQRTS, 1 },
    };
    /* RISC-V fnmsub is -(a*b)+c, x86's fnmadd; fnmadd is -(a*b)-c, x86's fnmsub. */
    static const struct { RvOp s, d; X86FmaOp op; } fma[] = {
        { RV_FMADD_S, RV_FMADD_D, X86_VFMADD213 }, { RV_FMSUB_S, RV_FMSUB_D, X86_VFMSUB213 },
        { RV_FNMSUB_S, RV_FNMSUB_D, X86_VFNMADD213 }, { RV_FNMADD_S, RV_FNMADD_D, X86_VFNMSUB213 },
    };
    for (size_t i = 0; i < sizeof sse / sizeof sse[0]; i++)
        if (op == sse[i].s || op == sse[i].d) {
            *f = (FpInline){ .sse = true, .sse_op = sse[i].op, .dbl = op == sse[i].d,
                             .nsrc = sse[i].nsrc };
            return true;
        }
    if (!host_features()->fma)
        return false;
    for (size_t i = 0; i < sizeof fma / sizeof fma[0]; i++)
        if (op == fma[i].s || op == fma[i].d) {
            *f = (FpInline){ .fma_op = fma[i].op, .dbl = op == fma[i].d, .nsrc = 3 };
            return true;
        }
    return false;
}

/* Inline F/D arithmetic in round-to-nearest-even: one SSE (or FMA3)
 * instruction on the f registers in the Cpu.  The host's MXCSR stays RNE
 * with DAZ and FTZ off while translated code runs, and its exception flags
 * are the guest's flags not yet folded into cpu->rv.fflags (rv_jit_run and
 * the helpers fold them: fpu.h).  x86 SSE rounds and raises flags as
 * RISC-V does in RNE (tininess after rounding); the two differ on NaNs
 * (payload propagation; FMA3's inf*0 with a quiet NaN addend raises
 * nothing) and on NaN-boxing, so a single input that is not NaN-boxed, a
 * dynamic rounding mode other than RNE or a NaN result jumps to the helper
 * (through *slow), which computes the instruction again from its inputs:
 * the flags the first try raised are a subset of the helper's.  Returns
 * false, emitting nothing, for the ops this does not cover. */
static bool fp_inline(Tc *tc, const TrInsn *t, size_t *slow, int *nslow)
{
    Emit *e = tc->e;
    const RvInsn *in = &t->in;
    const int src[3] = { in->rs1, in->rs2, in->rs3 };
    FpInline f;

    if ((in->rm != 0 && in->rm != 7) || !jit_enabled(JIT_TECH_FPINLINE) ||
        !fp_inline_op((RvOp)in->op, &f))
        return false;
    if (in->rm == 7) {
        x86_alu_mi(e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(rv.frm)), 0);
        slow[(*nslow)++] = x86_jcc(e, X86_CC_NE, 0);
    }
    if (!f.dbl) {
        for (int i = 0; i < f.nsrc; i++) {
            x86_alu_mi(e, X86_CMP, 4, cpu_mem(foff(src[i]) + 4), -1);
            slow[(*nslow)++] = x86_jcc(e, X86_CC_NE, 0);
        }
    }
    if (f.sse && f.nsrc == 1) {
        x86_sse_arith_rm(e, f.sse_op, f.dbl, 0, cpu_mem(foff(in->rs1)));
    } else if (f.sse) {
        x86_sse_load(e, f.dbl, 0, cpu_mem(foff(in->rs1)));
        x86_sse_arith_rm(e, f.sse_op, f.dbl, 0, cpu_mem(foff(in->rs2)));
    } else {
        x86_sse_load(e, f.dbl, 0, cpu_mem(foff(in->rs1)));
        x86_sse_load(e, f.dbl, 1, cpu_mem(foff(in->rs2)));
        x86_vfma213_rm(e, f.fma_op, f.dbl, 0, 1, cpu_mem(foff(in->rs3)));
    }
    x86_ucomis_rr(e, f.dbl, 0, 0);
    slow[(*nslow)++] = x86_jcc(e, X86_CC_P, 0);
    x86_sse_store(e, f.dbl, cpu_mem(foff(in->rd)), 0);
    if (!f.dbl)
        x86_store_imm(e, 4, cpu_mem(foff(in->rd) + 4), -1);     /* NaN-boxing */
    return true;
}

/* FMIN/FMAX (minimumNumber and maximumNumber, -0 below +0) inline when
 * neither operand is a NaN: minsd/maxsd of unequal values, and of equal
 * ones (zeros of either sign) the OR (min) or AND (max) of their bits. */
static bool fp_minmax(Tc *tc, const TrInsn *t, size_t *slow, int *nslow)
{
    Emit *e = tc->e;
    const RvInsn *in = &t->in;
    RvOp op = (RvOp)in->op;
    bool dbl = op == RV_FMIN_D || op == RV_FMAX_D, max = op == RV_FMAX_S || op == RV_FMAX_D;
    int sz = dbl ? 8 : 4;

    if ((op != RV_FMIN_S && op != RV_FMAX_S && !dbl) || !jit_enabled(JIT_TECH_FPINLINE))
        return false;
    if (!dbl) {
        for (int i = 0; i < 2; i++) {
            x86_alu_mi(e, X86_CMP, 4, cpu_mem(foff(i ? in->rs2 : in->rs1) + 4), -1);
            slow[(*nslow)++] = x86_jcc(e, X86_CC_NE, 0);
        }
    }
    x86_sse_load(e, dbl, 0, cpu_mem(foff(in->rs1)));
    x86_sse_load(e, dbl, 1, cpu_mem(foff(in->rs2)));
    x86_ucomis_rr(e, dbl, 0, 1);
    slow[(*nslow)++] = x86_jcc(e, X86_CC_P, 0);
    size_t unequal = x86_jcc(e, X86_CC_NE, 0);
    x86_load(e, sz, X86_RAX, cpu_mem(foff(in->rs1)));
    x86_load(e, sz, X86_RCX, cpu_mem(foff(in->rs2)));
    x86_alu_rr(e, max ? X86_AND : X86_OR, sz, X86_RAX, X86_RCX);
    x86_store(e, sz, cpu_mem(foff(in->rd)), X86_RAX);
    size_t stored = x86_jmp(e, 0);
    emit_patch_u32(e, unequal, (uint32_t)(e->len - (unequal + 4)));
    x86_sse_arith_rm(e, max ? X86_MAXS : X86_MINS, dbl, 0, cpu_mem(foff(in->rs2)));
    x86_sse_store(e, dbl, cpu_mem(foff(in->rd)), 0);
    emit_patch_u32(e, stored, (uint32_t)(e->len - (stored + 4)));
    if (!dbl)
        x86_store_imm(e, 4, cpu_mem(foff(in->rd) + 4), -1);     /* NaN-boxing */
    return true;
}

/* F/D arithmetic (not conversions or compares): a direct call of the
 * exact rv_fp_arith, preserving only the caller-saved host registers
 * that hold guest registers.  A dynamic rounding mode that is invalid
 * leaves to the run loop, whose interpreter raises SIGILL. */
void rv_tr_fp_arith(Tc *tc, const TrInsn *t, int pos)
{
    Emit *e = tc->e;
    const RvInsn *in = &t->in;
    size_t slow[5], done = 0;
    int nslow = 0;

    if (rv_op_formats[in->op] != F_FR && in->rm == 7) {
        x86_alu_mi(e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(rv.frm)), 4);
        size_t at = x86_jcc(e, X86_CC_A, 0);
        tc_new_stub(tc, STUB_LEAVE, at, t->pc, pos);
    }
    bool fast = fp_minmax(tc, t, slow, &nslow) || fp_inline(tc, t, slow, &nslow);
    if (fast)
        done = x86_jmp(e, 0);
    for (int i = 0; i < nslow; i++)
        emit_patch_u32(e, slow[i], (uint32_t)(e->len - (slow[i] + 4)));
    for (int g = 1; g < 32; g++) {
        X86Reg h = (X86Reg)tc->host_of[g];
        if (tc->host_of[g] >= 0 && h != X86_RBX && h != X86_RBP && h < X86_R12 &&
            ((tc->written | tc->fixed) >> g & 1))
            x86_store(e, 8, cpu_mem(xoff(g)), h);
    }
    unsigned rm = rv_op_formats[in->op] == F_FR ? 0 : in->rm;     /* as the interpreter */
    uint64_t packed = (uint64_t)in->op | (uint64_t)in->rd << 8 | (uint64_t)in->rs1 << 16 |
                      (uint64_t)in->rs2 << 24 | (uint64_t)in->rs3 << 32 | (uint64_t)rm << 40;
    x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_mov_ri(e, X86_RSI, packed);
    x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)rv_fp_arith_helper);
    x86_call_r(e, X86_RAX);
    for (int g = 1; g < 32; g++) {
        X86Reg h = (X86Reg)tc->host_of[g];
        if (tc->host_of[g] >= 0 && h != X86_RBX && h != X86_RBP && h < X86_R12)
            x86_load(e, 8, h, cpu_mem(xoff(g)));
    }
    if (fast)
        emit_patch_u32(e, done, (uint32_t)(e->len - (done + 4)));
}

/* The F/D arithmetic ops, for fp_arith's helper. */
static const uint8_t fp_arith_of[RV_NUM_OPS] = {
#define FP(OP, FN) [RV_##OP##_S] = FN + 1, [RV_##OP##_D] = FN + 1
    FP(FADD, RV_FADD), FP(FSUB, RV_FSUB), FP(FMUL, RV_FMUL), FP(FDIV, RV_FDIV),
    FP(FSQRT, RV_FSQRT), FP(FMIN, RV_FMIN), FP(FMAX, RV_FMAX), FP(FSGNJ, RV_FSGNJ),
    FP(FSGNJN, RV_FSGNJN), FP(FSGNJX, RV_FSGNJX), FP(FMADD, RV_FMADD), FP(FMSUB, RV_FMSUB),
    FP(FNMSUB, RV_FNMSUB), FP(FNMADD, RV_FNMADD),
#undef FP
};

/* f[rd] = op(f[rs1], f[rs2], f[rs3]) for a packed instruction (see
 * fp_arith); the rounding mode was checked by the caller. */
static void rv_fp_arith_helper(Cpu *cpu, uint64_t packed)
{
    RvOp op = (RvOp)(packed & 0xff);
    unsigned rd = (packed >> 8) & 31, rs1 = (packed >> 16) & 31, rs2 = (packed >> 24) & 31;
    unsigned rs3 = (packed >> 32) & 31, rm = (packed >> 40) & 7;
    uint64_t *f = cpu->rv.f;
    bool dbl = op == RV_FADD_D || op == RV_FSUB_D || op == RV_FMUL_D || op == RV_FDIV_D ||
               op == RV_FSQRT_D || op == RV_FMIN_D || op == RV_FMAX_D || op == RV_FSGNJ_D ||
               op == RV_FSGNJN_D || op == RV_FSGNJX_D || op == RV_FMADD_D || op == RV_FMSUB_D ||
               op == RV_FNMSUB_D || op == RV_FNMADD_D;

    if (rm == 7)
        rm = cpu->rv.frm;
    rv_fp_host_flags_fold(&cpu->rv.fflags);
    f[rd] = rv_fp_arith((RvFpOp)(fp_arith_of[op] - 1), dbl, f[rs1], f[rs2], f[rs3], rm,
                        &cpu->rv.fflags);
}
