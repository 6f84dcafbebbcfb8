/*
 * The riscv64 translator: F/D compares (feq, flt, fle) and conversions
 * (fcvt between integers and floats, and between single and double)
 * inline in SSE, with a call of the exact helper (rv_fp_compare,
 * rv_fp_convert) for what the inline code cannot do exactly.
 *
 * Flags work as for the arithmetic (translate_fp.c): while translated
 * code runs, MXCSR rounds to nearest even with every exception masked, and
 * its exception flags are guest fflags not yet folded.  The slow path
 * jumps to the helper before any SSE instruction raised a flag the helper
 * would not raise itself.
 *
 * Compares.  ucomisd (feq: NV for a signalling NaN only) and comisd (flt,
 * fle: NV for any NaN) raise what RISC-V raises; flt and fle compare the
 * operands the other way round (b > a, b >= a), so that an unordered
 * result reads as false from CF alone.
 *
 * To integer.  The bit pattern is checked first against a bound within
 * which the rounded value fits the destination in every rounding mode
 * (|x| < 2^31 - 1 for fcvt.w.d, +0 <= x < 2^63 for fcvt.lu.d, ...), so
 * the conversion neither overflows nor raises anything but Inexact,
 * exactly when RISC-V raises NX (an unsigned 64-bit result of 2^63 or more
 * is the significand shifted left); NaNs (which saturate to the largest
 * value), the values out of range or near its edges and -0 for the
 * unsigned ones go to the helper.  RNE is cvtsd2si (MXCSR is RNE), RTZ
 * cvttsd2si, RDN and RUP roundsd (Inexact not suppressed) and cvttsd2si on
 * SSE4.1 hosts; RMM and a dynamic mode other than RNE call the helper.
 *
 * From integer.  cvtsi2sd in RNE; fcvt.d.w and fcvt.d.wu are exact in any
 * mode.  An unsigned 64-bit value with its top bit set calls the helper.
 *
 * Between precisions.  fcvt.d.s is exact; fcvt.s.d rounds in RNE (both
 * ISAs find tininess after rounding).  A NaN operand (canonical NaN
 * result) or a single that is not NaN-boxed calls the helper.
 */
#include "translate/jit/techniques.h"
#include "translate/riscv64/fpu.h"
#include "translate/riscv64/riscv64.h"
#include "translate/riscv64/translate.h"
#include "translate/x86_64/host.h"

/* The slow-path jumps of one instruction. */
typedef struct Slow {
    size_t at[6];
    int n;
} Slow;

static void slow_jcc(Tc *tc, X86Cond cc, Slow *slow)
{
    slow->at[slow->n++] = x86_jcc(tc->e, cc, 0);
}

/* Slow path unless single register f is NaN-boxed. */
static void check_boxed(Tc *tc, int f, Slow *slow)
{
    x86_alu_mi(tc->e, X86_CMP, 4, cpu_mem(foff(f) + 4), -1);
    slow_jcc(tc, X86_CC_NE, slow);
}

/* dst = guest register g. */
static void load_x(Tc *tc, X86Reg dst, int g)
{
    if (g == 0)
        x86_mov_ri(tc->e, dst, 0);
    else if (tc->host_of[g] >= 0)
        x86_mov_rr(tc->e, 8, dst, (X86Reg)tc->host_of[g]);
    else
        x86_load(tc->e, 8, dst, cpu_mem(xoff(g)));
}

/* Guest register g = src (x0: nothing). */
static void store_x(Tc *tc, int g, X86Reg src)
{
    if (g == 0)
        return;
    if (tc->host_of[g] >= 0)
        x86_mov_rr(tc->e, 8, (X86Reg)tc->host_of[g], src);
    else
        x86_store(tc->e, 8, cpu_mem(xoff(g)), src);
}

typedef enum Kind { K_CMP, K_TO_INT, K_FROM_INT, K_PREC } Kind;

typedef struct CvtInfo {
    Kind kind;
    RvFpCvt cvt;        /* not K_CMP */
    RvFpCmp cmp;        /* K_CMP */
    bool dbl;           /* the FP operand's (K_PREC: the source's) precision */
    bool is_unsigned, wide;     /* integer side: unsigned, 64-bit */
} CvtInfo;

static bool info_of(RvOp op, CvtInfo *c)
{
    static const struct { RvOp op; Kind kind; RvFpCvt cvt; bool dbl, is_unsigned, wide; } cvts[] = {
        { RV_FCVT_W_S, K_TO_INT, RV_CVT_W_S, false, false, false },
        { RV_FCVT_WU_S, K_TO_INT, RV_CVT_WU_S, false, true, false },
        { RV_FCVT_L_S, K_TO_INT, RV_CVT_L_S, false, false, true },
        { RV_FCVT_LU_S, K_TO_INT, RV_CVT_LU_S, false, true, true },
        { RV_FCVT_W_D, K_TO_INT, RV_CVT_W_D, true, false, false },
        { RV_FCVT_WU_D, K_TO_INT, RV_CVT_WU_D, true, true, false },
        { RV_FCVT_L_D, K_TO_INT, RV_CVT_L_D, true, false, true },
        { RV_FCVT_LU_D, K_TO_INT, RV_CVT_LU_D, true, true, true },
        { RV_FCVT_S_W, K_FROM_INT, RV_CVT_S_W, false, false, false },
        { RV_FCVT_S_WU, K_FROM_INT, RV_CVT_S_WU, false, true, false },
        { RV_FCVT_S_L, K_FROM_INT, RV_CVT_S_L, false, false, true },
        { RV_FCVT_S_LU, K_FROM_INT, RV_CVT_S_LU, false, true, true },
        { RV_FCVT_D_W, K_FROM_INT, RV_CVT_D_W, true, false, false },
        { RV_FCVT_D_WU, K_FROM_INT, RV_CVT_D_WU, true, true, false },
        { RV_FCVT_D_L, K_FROM_INT, RV_CVT_D_L, true, false, true },
        { RV_FCVT_D_LU, K_FROM_INT, RV_CVT_D_LU, true, true, true },
        { RV_FCVT_S_D, K_PREC, RV_CVT_S_D, true, false, false },
        { RV_FCVT_D_S, K_PREC, RV_CVT_D_S, false, false, false },
    };
    static const struct { RvOp op; RvFpCmp cmp; bool dbl; } cmps[] = {
        { RV_FEQ_S, RV_FEQ, false }, { RV_FLT_S, RV_FLT, false }, { RV_FLE_S, RV_FLE, false },
        { RV_FEQ_D, RV_FEQ, true }, { RV_FLT_D, RV_FLT, true }, { RV_FLE_D, RV_FLE, true },
    };
    for (size_t k = 0; k < sizeof cvts / sizeof cvts[0]; k++)
        if (cvts[k].op == op) {
            *c = (CvtInfo){ .kind = cvts[k].kind, .cvt = cvts[k].cvt, .dbl = cvts[k].dbl,
                            .is_unsigned = cvts[k].is_unsigned, .wide = cvts[k].wide };
            return true;
        }
    for (size_t k = 0; k < sizeof cmps / sizeof cmps[0]; k++)
        if (cmps[k].op == op) {
            *c = (CvtInfo){ .kind = K_CMP, .cmp = cmps[k].cmp, .dbl = cmps[k].dbl };
            return true;
        }
    return false;
}

/* The slow path: the exact helper for a packed instruction; x is the
 * integer source.  Returns the integer result (compares, to integer);
 * writes f[rd] itself otherwise.  The host's MXCSR is kept around it, so
 * the flags pending there stay and none its C code raises leaks. */
static uint64_t rv_fp_cmpcvt_helper(Cpu *cpu, uint64_t packed, uint64_t x)
{
    RvOp op = (RvOp)(packed & 0xff);
    unsigned rd = (packed >> 8) & 31, rs1 = (packed >> 16) & 31, rs2 = (packed >> 24) & 31;
    unsigned rm = (packed >> 40) & 7;
    uint64_t *f = cpu->rv.f, r = 0;
    uint32_t saved;
    CvtInfo c;

    __asm__ volatile("stmxcsr %0" : "=m"(saved));
    if (rm == 7)
        rm = cpu->rv.frm;       /* valid: checked before the call */
    info_of(op, &c);
    switch (c.kind) {
    case K_CMP:
        r = rv_fp_compare(c.cmp, c.dbl, f[rs1], f[rs2], &cpu->rv.fflags);
        break;
    case K_TO_INT:
        r = rv_fp_convert(c.cvt, f[rs1], rm, &cpu->rv.fflags);
        break;
    case K_FROM_INT:
        f[rd] = rv_fp_convert(c.cvt, x, rm, &cpu->rv.fflags);
        break;
    default:
        f[rd] = rv_fp_convert(c.cvt, f[rs1], rm, &cpu->rv.fflags);
        break;
    }
    __asm__ volatile("ldmxcsr %0" : : "m"(saved));
    return r;
}

/* rax = fn(cpu, a1, rdx): a call preserving the caller-saved host
 * registers that hold guest registers (fn touches no x register); rdx is
 * the third argument, set by the caller before. */
static void call_light(Tc *tc, const void *fn, uint64_t a1, int x_arg)
{
    Emit *e = tc->e;

    for (int g = 1; g < 32; g++) {
        X86Reg h = (X86Reg)tc->host_of[g];
        if (tc->host_of[g] >= 0 && h != X86_RBX && h != X86_RBP && h < X86_R12 &&
            ((tc->written | tc->fixed) >> g & 1))
            x86_store(e, 8, cpu_mem(xoff(g)), h);
    }
    if (x_arg >= 0)
        load_x(tc, X86_RDX, x_arg);
    x86_lea(e, 8, X86_RDI, x86_mem(X86_R15, -JIT_CPU_BIAS));
    x86_mov_ri(e, X86_RSI, a1);
    x86_movabs(e, X86_RAX, (uint64_t)(uintptr_t)fn);
    x86_call_r(e, X86_RAX);
    for (int g = 1; g < 32; g++) {
        X86Reg h = (X86Reg)tc->host_of[g];
        if (tc->host_of[g] >= 0 && h != X86_RBX && h != X86_RBP && h < X86_R12)
            x86_load(e, 8, h, cpu_mem(xoff(g)));
    }
}

/* The slow path's call of rv_fp_cmpcvt_helper. */
static void call_helper(Tc *tc, const TrInsn *t, const CvtInfo *c)
{
    const RvInsn *in = &t->in;
    uint64_t packed = (uint64_t)in->op | (uint64_t)in->rd << 8 | (uint64_t)in->rs1 << 16 |
                      (uint64_t)in->rs2 << 24 | (uint64_t)(c->kind == K_CMP ? 0 : in->rm) << 40;

    call_light(tc, (const void *)rv_fp_cmpcvt_helper, packed,
               c->kind == K_FROM_INT ? in->rs1 : -1);
    if (c->kind == K_CMP || c->kind == K_TO_INT)
        store_x(tc, in->rd, X86_RAX);
}

/* The rounding mode the inline code runs in: 0..3, or -1 (the helper
 * always).  A dynamic mode is RNE when frm is 0 (checked here), else the
 * helper. */
static int inline_mode(Tc *tc, const RvInsn *in, Slow *slow)
{
    if (in->rm == 7) {
        x86_alu_mi(tc->e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(rv.frm)), 0);
        slow_jcc(tc, X86_CC_NE, slow);
        return RV_RM_RNE;
    }
    if (in->rm == RV_RM_RDN || in->rm == RV_RM_RUP)
        return host_features()->sse41 ? in->rm : -1;
    return in->rm <= RV_RM_RUP ? in->rm : -1;
}

/* feq, flt, fle. */
static void compare(Tc *tc, const RvInsn *in, const CvtInfo *c, Slow *slow)
{
    Emit *e = tc->e;

    if (!c->dbl) {
        check_boxed(tc, in->rs1, slow);
        check_boxed(tc, in->rs2, slow);
    }
    x86_sse_load(e, c->dbl, 0, cpu_mem(foff(in->rs1)));
    x86_sse_load(e, c->dbl, 1, cpu_mem(foff(in->rs2)));
    if (c->cmp == RV_FEQ) {
        x86_ucomis_rr(e, c->dbl, 0, 1);
        x86_setcc(e, X86_CC_E, X86_RAX);
        x86_setcc(e, X86_CC_NP, X86_RCX);
        x86_alu_rr(e, X86_AND, 4, X86_RAX, X86_RCX);
    } else {
        x86_comis_rr(e, c->dbl, 1, 0);
        x86_setcc(e, c->cmp == RV_FLT ? X86_CC_A : X86_CC_AE, X86_RAX);
    }
    x86_movzx_rr8(e, X86_RAX, X86_RAX);
    store_x(tc, in->rd, X86_RAX);
}

/* The bound to-integer conversions keep inline (see the top): signed
 * |x| < bound, unsigned +0 <= x < bound, as a bit pattern. */
static uint64_t to_int_bound(bool dbl, bool is_unsigned, bool wide)
{
    if (wide)
        return dbl ? 0x43e0000000000000ull : 0x5f000000u;                   /* 2^63 */
    if (is_unsigned)
        return dbl ? 0x41efffffffe00000ull : 0x4f800000u;     /* 2^32 - 1, 2^32 */
    return dbl ? 0x41dfffffffc00000ull : 0x4f000000u;         /* 2^31 - 1, 2^31 */
}

static bool to_int(Tc *tc, const RvInsn *in, const CvtInfo *c, Slow *slow)
{
    Emit *e = tc->e;
    int sz = c->dbl ? 8 : 4;
    int mode = inline_mode(tc, in, slow);

    if (mode < 0)
        return false;
    if (!c->dbl)
        check_boxed(tc, in->rs1, slow);
    x86_load(e, sz, X86_RAX, cpu_mem(foff(in->rs1)));
    x86_movq_xr(e, 0, X86_RAX);
    uint64_t bound = to_int_bound(c->dbl, c->is_unsigned, c->wide);
    if (!c->is_unsigned) {
        x86_alu_rr(e, X86_ADD, sz, X86_RAX, X86_RAX);      /* drops the sign */
        bound <<= 1;
    }
    if (c->dbl) {
        x86_mov_ri(e, X86_RCX, bound);
        x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
    } else {
        x86_alu_ri(e, X86_CMP, 4, X86_RAX, (int32_t)(uint32_t)bound);
    }
    size_t high_done = 0;
    if (c->is_unsigned && c->wide) {
        /* 2^63 <= x < 2^64: exponent 63, the value is the significand
         * shifted, exact in every rounding mode. */
        size_t low = x86_jcc(e, X86_CC_B, 0);
        if (c->dbl) {
            x86_mov_ri(e, X86_RCX, 0x43f0000000000000ull);         /* 2^64 */
            x86_alu_rr(e, X86_CMP, 8, X86_RAX, X86_RCX);
        } else {
            x86_alu_ri(e, X86_CMP, 4, X86_RAX, 0x5f800000);
        }
        slow_jcc(tc, X86_CC_AE, slow);
        x86_mov_ri(e, X86_RCX, c->dbl ? 0x000fffffffffffffull : 0x7fffff);
        x86_alu_rr(e, X86_AND, 8, X86_RAX, X86_RCX);
        x86_mov_ri(e, X86_RCX, c->dbl ? 1ull << 52 : 1ull << 23);
        x86_alu_rr(e, X86_OR, 8, X86_RAX, X86_RCX);
        x86_shift_ri(e, X86_SHL, 8, X86_RAX, c->dbl ? 11 : 40);
        high_done = x86_jmp(e, 0);
        emit_patch_u32(e, low, (uint32_t)(e->len - (low + 4)));
    } else {
        slow_jcc(tc, X86_CC_AE, slow);
    }
    if (mode == RV_RM_RNE) {
        x86_cvt_f2i(e, c->dbl, 8, X86_RAX, 0);
    } else {
        if (mode != RV_RM_RTZ)      /* roundsd 1: down, 2: up; Inexact raised */
            x86_rounds_rr(e, c->dbl, 0, 0, mode == RV_RM_RDN ? 1 : 2);
        x86_cvtt_f2i(e, c->dbl, 8, X86_RAX, 0);
    }
    if (c->is_unsigned && !c->wide)
        x86_movsxd_rr(e, X86_RAX, X86_RAX);     /* RV64 sign-extends fcvt.wu too */
    if (high_done)
        emit_patch_u32(e, high_done, (uint32_t)(e->len - (high_done + 4)));
    store_x(tc, in->rd, X86_RAX);
    return true;
}

/* f[rd] = xmm0, NaN-boxed when single. */
static void store_f(Tc *tc, int rd, bool dbl)
{
    x86_sse_store(tc->e, dbl, cpu_mem(foff(rd)), 0);
    if (!dbl)
        x86_store_imm(tc->e, 4, cpu_mem(foff(rd) + 4), -1);
}

static bool from_int(Tc *tc, const RvInsn *in, const CvtInfo *c, Slow *slow)
{
    Emit *e = tc->e;
    bool exact = c->dbl && !c->wide;

    if (!exact && inline_mode(tc, in, slow) != RV_RM_RNE)
        return false;
    load_x(tc, X86_RAX, in->rs1);
    int size = c->wide ? 8 : 4;
    if (c->is_unsigned && !c->wide) {
        x86_mov_rr(e, 4, X86_RAX, X86_RAX);
        size = 8;
    } else if (c->is_unsigned) {
        x86_test_rr(e, 8, X86_RAX, X86_RAX);
        slow_jcc(tc, X86_CC_S, slow);
    }
    x86_xorps_rr(e, 0, 0);
    x86_cvt_i2f(e, c->dbl, size, 0, X86_RAX);
    store_f(tc, in->rd, c->dbl);
    return true;
}

static bool precision(Tc *tc, const RvInsn *in, const CvtInfo *c, Slow *slow)
{
    Emit *e = tc->e;

    if (c->dbl && inline_mode(tc, in, slow) != RV_RM_RNE)
        return false;
    if (!c->dbl)
        check_boxed(tc, in->rs1, slow);
    x86_sse_load(e, c->dbl, 0, cpu_mem(foff(in->rs1)));
    x86_ucomis_rr(e, c->dbl, 0, 0);
    slow_jcc(tc, X86_CC_P, slow);
    x86_cvt_f2f(e, !c->dbl, 0, 0);
    store_f(tc, in->rd, !c->dbl);
    return true;
}

bool rv_tr_fp_cmpcvt(Tc *tc, const TrInsn *t, int pos)
{
    Emit *e = tc->e;
    const RvInsn *in = &t->in;
    CvtInfo c;
    Slow slow = { .n = 0 };

    if (!jit_enabled(JIT_TECH_FPINLINE) || !jit_enabled(JIT_TECH_FPCVT) ||
        !info_of((RvOp)in->op, &c))
        return false;
    if (c.kind != K_CMP && (in->rm == 5 || in->rm == 6))
        return false;           /* the interpreter raises SIGILL */
    if (c.kind != K_CMP && in->rm == 7) {
        /* An invalid dynamic mode leaves to the run loop, whose
         * interpreter raises SIGILL. */
        x86_alu_mi(e, X86_CMP, 4, cpu_mem(JIT_CPU_OFF(rv.frm)), 4);
        size_t at = x86_jcc(e, X86_CC_A, 0);
        tc_new_stub(tc, STUB_LEAVE, at, t->pc, pos);
    }
    bool fast = true;
    switch (c.kind) {
    case K_CMP: compare(tc, in, &c, &slow); break;
    case K_TO_INT: fast = to_int(tc, in, &c, &slow); break;
    case K_FROM_INT: fast = from_int(tc, in, &c, &slow); break;
    default: fast = precision(tc, in, &c, &slow); break;
    }
    size_t done = fast ? x86_jmp(e, 0) : 0;
    for (int k = 0; k < slow.n; k++)
        emit_patch_u32(e, slow.at[k], (uint32_t)(e->len - (slow.at[k] + 4)));
    call_helper(tc, t, &c);
    if (fast)
        emit_patch_u32(e, done, (uint32_t)(e->len - (done + 4)));
    return true;
}

/* A Zicsr instruction on fflags, frm or fcsr (op, the source value src):
 * the old value.  Flags pending in MXCSR are folded first and those the
 * new fflags lacks leave MXCSR after (fpu.h), without the ldmxcsr of a
 * fold when a guest saves and restores its flags around an operation. */
static uint64_t rv_fp_csr_helper(Cpu *cpu, uint64_t op_csr, uint64_t src)
{
    RvOp op = (RvOp)(op_csr & 0xff);
    unsigned csr = (unsigned)(op_csr >> 8);

    uint32_t mxcsr = rv_fp_host_flags_peek(&cpu->rv.fflags);
    uint64_t old = csr == 1 ? cpu->rv.fflags
                 : csr == 2 ? cpu->rv.frm : cpu->rv.fflags | cpu->rv.frm << 5;
    uint64_t v = op == RV_CSRRW || op == RV_CSRRWI ? src
               : op == RV_CSRRS || op == RV_CSRRSI ? old | src : old & ~src;
    if (csr != 2)
        cpu->rv.fflags = v & 0x1f;
    if (csr != 1)
        cpu->rv.frm = (csr == 2 ? v : v >> 5) & 7;
    rv_fp_host_flags_settle(mxcsr, cpu->rv.fflags);
    return old;
}

bool rv_tr_fp_csr(Tc *tc, const TrInsn *t)
{
    const RvInsn *in = &t->in;
    bool imm = in->op == RV_CSRRWI || in->op == RV_CSRRSI || in->op == RV_CSRRCI;

    if (!jit_enabled(JIT_TECH_FPINLINE) || !jit_enabled(JIT_TECH_FPCVT) ||
        in->imm < 1 || in->imm > 3)
        return false;
    /* rs1 is x0 in a read of CSRRS/CSRRC: the source 0 writes the old value. */
    if (imm)
        x86_mov_ri(tc->e, X86_RDX, in->rs1);
    call_light(tc, (const void *)rv_fp_csr_helper, (uint64_t)in->op | (uint64_t)in->imm << 8,
               imm ? -1 : in->rs1);
    store_x(tc, in->rd, X86_RAX);
    return true;
}
