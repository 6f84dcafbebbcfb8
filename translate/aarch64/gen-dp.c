/*
 * Native x86-64 code for the A64 integer data-processing instructions
 * (the translator's; see translate.c): add/sub and logical in their
 * immediate, shifted and extended forms, moves, bitfields, conditional
 * select and compare, multiply, divide, variable shifts, CLZ and REV.
 *
 * 32-bit (W) forms use 32-bit x86 operations, which zero-extend their
 * result as a W write must, and set the host flags from the 32-bit result
 * as the A64 flag-setting forms need.  A flag-setting instruction leaves
 * NZCV in the host flags (tc->flags); setter_done decides whether it must
 * be stored (translate.c's liveness).  Instructions not handled here return
 * false and run in the interpreter's handler.
 */
#include "core/vm.h"
#include "translate/aarch64/jit.h"
#include "translate/jit/techniques.h"
#include "translate/x86_64/host.h"

static bool fits32(int64_t v)
{
    return v == (int32_t)v;
}

static int size_of(const A64Insn *in)
{
    return in->sf ? 8 : 4;
}

/* Is instruction i + 1 one that can read the host flags i leaves? */
static bool fusable_next(const Tc *tc, int i)
{
    if (!tc->flag_elim || tc->insn[i].block_last || i + 1 >= tc->n)
        return false;
    switch (tc->insn[i + 1].op) {
    case A64_OP_BCOND: case A64_OP_CSEL: case A64_OP_CSINC: case A64_OP_CSINV:
    case A64_OP_CSNEG: case A64_OP_CCMP: case A64_OP_CCMN: case A64_OP_CCMP_IMM:
    case A64_OP_CCMN_IMM:
        return true;
    default:
        return false;
    }
}

/* Instruction i left NZCV in the host flags as kind says. */
static void setter_done(Tc *tc, int i, FlagKind kind)
{
    int need = need_after(tc, i);

    tc->flags = FK_MEM;
    if (tc->regen_now) {
        tc->flags = kind;           /* a deferred compare, at its reader */
        return;
    }
    if (need == NEED_FULL && fusable_next(tc, i))
        tc->flags = kind;           /* the next instruction reads the host flags */
    else
        save_flags(tc, kind, need);
}

/* rd = a op b; with set (the S forms) the host flags are NZCV after. */
static void binop(Tc *tc, int i, X86Alu op, int size, int rd, Val a, Val b, bool set)
{
    X86Reg w;

    if (!set && op == X86_ADD && a.kind == V_REG && b.kind == V_IMM &&
        b.imm == (int32_t)b.imm) {
        w = dest_reg(tc, rd);
        x86_lea(tc->e, size, w, x86_mem(a.reg, (int32_t)b.imm));
        commit(tc, rd, w);
        return;
    }
    if (!set && op == X86_ADD && rd != G_ZR && a.kind == V_REG && b.kind == V_REG) {
        w = dest_reg(tc, rd);       /* e.g. ADD (extended register): rcx is b */
        x86_lea_index(tc->e, size, w, a.reg, b.reg, 0, 0);
        commit(tc, rd, w);
        return;
    }
    if (set && rd == G_ZR && op == X86_SUB && a.kind == V_REG) {
        apply(tc, X86_CMP, size, a.reg, b);
    } else if (set && rd == G_ZR && op == X86_SUB && a.kind == V_MEM && b.kind == V_REG) {
        x86_alu_mr(tc->e, X86_CMP, size, cpu_mem(a.disp), b.reg);
    } else if (set && rd == G_ZR && op == X86_SUB && a.kind == V_MEM && b.kind == V_IMM &&
               (size == 4 || fits32(b.imm))) {
        x86_alu_mi(tc->e, X86_CMP, size, cpu_mem(a.disp), (int32_t)b.imm);
    } else if (set && rd == G_ZR && op == X86_AND && a.kind == V_REG && b.kind == V_REG) {
        x86_test_rr(tc->e, size, a.reg, b.reg);
    } else {
        w = work_reg(tc, rd, a, b);
        mov_val(tc, w, a);
        apply(tc, op, size, w, b);
        commit(tc, rd, w);
    }
    if (set)
        setter_done(tc, i, op == X86_SUB ? FK_SUB : op == X86_ADD ? FK_ADD : FK_LOGIC);
}

/* The shifted-register second operand (in rcx unless unshifted). */
static Val op2_shifted(Tc *tc, const A64Insn *in, bool invert)
{
    static const X86Shift shifts[4] = { X86_SHL, X86_SHR, X86_SAR, X86_ROR };
    Val m = val_of(tc, operand(in->rm, false));

    if (!in->amt && !invert)
        return m;
    mov_val(tc, X86_RCX, m);
    if (in->amt)
        x86_shift_ri(tc->e, shifts[in->sh], size_of(in), X86_RCX, in->amt);
    if (invert)
        x86_grp3_r(tc->e, X86_NOT, size_of(in), X86_RCX);
    return (Val){ .kind = V_REG, .reg = X86_RCX };
}

/* ADD (shifted register, LSL) of two registers as one lea into the
 * destination (a shift over 3 done in rcx first); false: not that. */
static bool add_lea(Tc *tc, const A64Insn *in, int rd)
{
    Val a = val_of(tc, operand(in->rn, false)), m = val_of(tc, operand(in->rm, false));
    X86Reg d = dest_reg(tc, rd), idx = m.reg;
    int scale = (int)in->amt;

    if (rd == G_ZR || in->sh != 0 || a.kind != V_REG || m.kind != V_REG)
        return false;
    if (scale > 3) {
        x86_mov_rr(tc->e, 8, X86_RCX, m.reg);
        x86_shift_ri(tc->e, X86_SHL, size_of(in), X86_RCX, in->amt);
        idx = X86_RCX;
        scale = 0;
    }
    x86_lea_index(tc->e, size_of(in), d, a.reg, idx, scale, 0);
    commit(tc, rd, d);
    return true;
}

/* The extended-register second operand, in rcx. */
static Val op2_extended(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;

    Val m = val_of(tc, operand(in->rm, false));
    if (m.kind == V_REG && in->sh == 2) {
        x86_mov_rr(e, 4, X86_RCX, m.reg);       /* UXTW */
        if (in->amt)
            x86_shift_ri(e, X86_SHL, 8, X86_RCX, in->amt);
        return (Val){ .kind = V_REG, .reg = X86_RCX };
    }
    mov_val(tc, X86_RCX, m);
    switch (in->sh) {
    case 0: x86_movzx_rr8(e, X86_RCX, X86_RCX); break;
    case 1: x86_shift_ri(e, X86_SHL, 8, X86_RCX, 48); x86_shift_ri(e, X86_SHR, 8, X86_RCX, 48); break;
    case 2: x86_mov_rr(e, 4, X86_RCX, X86_RCX); break;
    case 4: x86_shift_ri(e, X86_SHL, 8, X86_RCX, 56); x86_shift_ri(e, X86_SAR, 8, X86_RCX, 56); break;
    case 5: x86_shift_ri(e, X86_SHL, 8, X86_RCX, 48); x86_shift_ri(e, X86_SAR, 8, X86_RCX, 48); break;
    case 6: x86_movsxd_rr(e, X86_RCX, X86_RCX); break;
    default: break;
    }
    if (in->amt)
        x86_shift_ri(e, X86_SHL, 8, X86_RCX, in->amt);
    return (Val){ .kind = V_REG, .reg = X86_RCX };
}

/* SBFM/UBFM as shifts: the field is moved to the top, then down. */
static void bitfield(Tc *tc, const A64Insn *in, bool sign)
{
    Emit *e = tc->e;
    int size = size_of(in), bits = 8 * size, rd = operand(in->rd, false);
    unsigned immr = in->amt, imms = in->aux;
    X86Shift down = sign ? X86_SAR : X86_SHR;
    X86Reg w = dest_reg(tc, rd);

    Val src = val_of(tc, operand(in->rn, false));
    if (immr == 0 && (imms == 7 || imms == 15 || (imms == 31 && size == 8)) &&
        src.kind == V_REG) {    /* UXTB UXTH SXTB SXTH SXTW (UXTW is a MOV) */
        if (!sign && imms == 7)
            x86_movzx_rr8(e, w, src.reg);
        else if (sign && imms == 31)
            x86_movsxd_rr(e, w, src.reg);
        else
            goto shifts;
        commit(tc, rd, w);
        return;
    }
shifts:
    mov_val(tc, w, src);
    if (imms + 1 == immr) {     /* LSL */
        x86_shift_ri(e, X86_SHL, size, w, (uint8_t)(bits - immr));
    } else if (imms >= immr) {  /* extract bits imms:immr to the bottom */
        unsigned up = bits - 1 - imms;
        if (up)
            x86_shift_ri(e, X86_SHL, size, w, (uint8_t)up);
        if (up + immr)
            x86_shift_ri(e, down, size, w, (uint8_t)(up + immr));
        else if (size == 4)
            x86_mov_rr(e, 4, w, w);
    } else {                    /* bits imms:0 inserted at bits - immr */
        unsigned up = bits - 1 - imms;
        x86_shift_ri(e, X86_SHL, size, w, (uint8_t)up);
        x86_shift_ri(e, down, size, w, (uint8_t)up);
        x86_shift_ri(e, X86_SHL, size, w, (uint8_t)(bits - immr));
    }
    commit(tc, rd, w);
}

static void extr(Tc *tc, const A64Insn *in)
{
    Emit *e = tc->e;
    int size = size_of(in), rd = operand(in->rd, false);
    int n = operand(in->rn, false), m = operand(in->rm, false);

    mov_val(tc, X86_RAX, val_of(tc, m));
    if (in->amt && n == m) {
        x86_shift_ri(e, X86_ROR, size, X86_RAX, in->amt);
    } else if (in->amt) {
        mov_val(tc, X86_RCX, val_of(tc, n));
        x86_shift_ri(e, X86_SHR, size, X86_RAX, in->amt);
        x86_shift_ri(e, X86_SHL, size, X86_RCX, (uint8_t)(8 * size - in->amt));
        x86_alu_rr(e, X86_OR, size, X86_RAX, X86_RCX);
    } else if (size == 4) {
        x86_mov_rr(e, 4, X86_RAX, X86_RAX);
    }
    commit(tc, rd, X86_RAX);
}

/* The A64 condition as a host one, storing pending flags if needed;
 * false: always true. */
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

/* After a consumer of the host flags: store them if still live. */
static void consumer_done(Tc *tc, int i)
{
    int need = need_after(tc, i);

    if (need != NEED_FAULT || tc->flags == FK_MEM || !tag_flags(tc, i + 1))
        save_flags(tc, tc->flags, need);
    tc->flags = FK_MEM;
}

/* CSET/CSETM: rd = cond ? 0 : 1 (CSINC) or 0 : all ones (CSINV), with
 * flag-preserving instructions only. */
static void cset(Tc *tc, int i, X86Cond cc)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    int rd = operand(in->rd, false);
    X86Reg w = dest_reg(tc, rd);

    if (tc->insn[i].op == A64_OP_CSINC) {
        x86_setcc(e, x86_cc_invert(cc), w);
        x86_movzx_rr8(e, w, w);
    } else {
        x86_setcc(e, cc, w);
        x86_movzx_rr8(e, w, w);
        x86_lea(e, size_of(in), w, x86_mem(w, -1));
    }
    commit(tc, rd, w);
}

/* CSEL CSINC CSINV CSNEG: rd = cond ? rn : f(rm). */
static void csel(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    int rd = operand(in->rd, false), n = operand(in->rn, false), m = operand(in->rm, false);
    A64Op op = tc->insn[i].op;
    X86Cond cc;
    bool conditional;
    X86Reg w = X86_RCX;

    if (op == A64_OP_CSNEG) {
        /* neg clobbers the host flags: store them first (the lazy form
         * keeps them), keep the condition in edx. */
        if (need_after(tc, i) == NEED_FULL)
            materialize_flags(tc);
        else
            save_flags(tc, tc->flags, need_after(tc, i));
        conditional = cond_cc(tc, in->cond, &cc);
        if (conditional) {
            x86_setcc(e, cc, X86_RDX);
            x86_movzx_rr8(e, X86_RDX, X86_RDX);
        }
        tc->flags = FK_MEM;
        mov_val(tc, X86_RCX, val_of(tc, m));
        x86_grp3_r(e, X86_NEG, 8, X86_RCX);
        if (conditional)
            x86_test_rr(e, 4, X86_RDX, X86_RDX);
        cc = X86_CC_NE;
    } else {
        /* Only flag-preserving moves between the condition and cmov. */
        conditional = cond_cc(tc, in->cond, &cc);
        if (conditional && n == G_ZR && m == G_ZR && op != A64_OP_CSEL && rd != G_ZR &&
            jit_enabled(JIT_TECH_CSEL)) {
            cset(tc, i, cc);
            consumer_done(tc, i);
            return;
        }
        /* f(rm) straight into rd's host register unless rn is there;
         * if it is, f(rm) is moved in when cond does not hold. */
        Val vn = val_of(tc, n);
        X86Reg d = dest_reg(tc, rd);
        if (conditional && d != X86_RAX && vn.kind == V_REG && vn.reg == d &&
            jit_enabled(JIT_TECH_CSEL)) {
            X86Reg f = in_reg(tc, m, X86_RCX);
            if (op != A64_OP_CSEL) {
                mov_val(tc, X86_RCX, val_of(tc, m));
                f = X86_RCX;
                if (op == A64_OP_CSINC)
                    x86_lea(e, 8, X86_RCX, x86_mem(X86_RCX, 1));
                else
                    x86_grp3_r(e, X86_NOT, 8, X86_RCX);
            }
            x86_cmov_rr(e, x86_cc_invert(cc), in->sf ? 8 : 4, d, f);
            consumer_done(tc, i);
            return;
        }
        if (conditional && d != X86_RAX && !(vn.kind == V_REG && vn.reg == d) &&
            jit_enabled(JIT_TECH_CSEL))
            w = d;
        Val vm = val_of(tc, m);
        if (op == A64_OP_CSINC && vm.kind == V_REG) {
            x86_lea(e, 8, w, x86_mem(vm.reg, 1));
        } else {
            mov_val(tc, w, vm);
            if (op == A64_OP_CSINC)
                x86_lea(e, 8, w, x86_mem(w, 1));
            else if (op == A64_OP_CSINV)
                x86_grp3_r(e, X86_NOT, 8, w);
        }
    }
    if (conditional) {
        X86Reg a = in_reg(tc, n, X86_RDX);
        /* A 32-bit cmov zero-extends its destination either way. */
        x86_cmov_rr(e, cc, in->sf ? 8 : 4, w, a);
    } else {
        mov_val(tc, X86_RCX, val_of(tc, n));
        if (!in->sf)
            x86_mov_rr(e, 4, X86_RCX, X86_RCX);
    }
    commit(tc, rd, w);
    consumer_done(tc, i);
}

/* CCMP/CCMN: flags of the compare if cond holds, else the immediate NZCV. */
static void ccmp(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    A64Op op = tc->insn[i].op;
    Emit *e = tc->e;
    bool neg = op == A64_OP_CCMN || op == A64_OP_CCMN_IMM;
    bool imm = op == A64_OP_CCMN_IMM || op == A64_OP_CCMP_IMM;
    X86Cond cc;
    size_t skip = 0, done = 0;
    bool conditional = cond_cc(tc, in->cond, &cc);

    tc->flags = FK_MEM;
    if (conditional)
        skip = x86_jcc(e, x86_cc_invert(cc), 0);
    Val b = imm ? val_imm((int64_t)in->imm2) : val_of(tc, operand(in->rm, false));
    mov_val(tc, X86_RAX, val_of(tc, operand(in->rn, false)));
    apply(tc, neg ? X86_ADD : X86_SUB, size_of(in), X86_RAX, b);
    tc->flags = neg ? FK_ADD : FK_SUB;
    materialize_flags(tc);
    if (conditional) {
        done = x86_jmp(e, 0);
        land(tc, skip);
        x86_store_imm(e, 4, cpu_mem(JIT_CPU_OFF(a64.nzcv)), (int32_t)(uint32_t)in->imm);
        land(tc, done);
    }
}

/* Operand g into dst for a multiply: as it is (ext 0), or its low 32 bits
 * sign- ('s') or zero-extended ('u'), loaded so from the Cpu if it is there. */
static void mul_operand(Tc *tc, X86Reg dst, int g, int ext)
{
    Emit *e = tc->e;
    Val v = val_of(tc, g);

    if (!ext || v.kind == V_IMM) {
        mov_val(tc, dst, v);
        if (ext == 's')
            x86_movsxd_rr(e, dst, dst);
        else if (ext == 'u')
            x86_mov_rr(e, 4, dst, dst);
    } else if (v.kind == V_REG) {
        if (ext == 's')
            x86_movsxd_rr(e, dst, v.reg);
        else
            x86_mov_rr(e, 4, dst, v.reg);
    } else if (ext == 's') {
        x86_movsx_load(e, 4, dst, cpu_mem(v.disp));
    } else {
        x86_load(e, 4, dst, cpu_mem(v.disp));
    }
}

/* MADD, MSUB, SMADDL, UMADDL: the product in rax (the second operand
 * straight from its register or the Cpu when it needs no extension), the
 * addend added by a lea into the destination's register. */
static void mul_add(Tc *tc, const A64Insn *in, A64Op op)
{
    Emit *e = tc->e;
    int rd = operand(in->rd, false), ra = operand(in->ra, false);
    int rm = operand(in->rm, false);
    int size = (op == A64_OP_SMADDL || op == A64_OP_UMADDL) ? 8 : size_of(in);
    int ext = op == A64_OP_SMADDL ? 's' : op == A64_OP_UMADDL ? 'u' : 0;
    Val m = val_of(tc, rm);

    mul_operand(tc, X86_RAX, operand(in->rn, false), ext);
    if (!ext && m.kind == V_REG) {
        x86_imul_rr(e, size, X86_RAX, m.reg);
    } else if (!ext && m.kind == V_MEM) {
        x86_imul_rm(e, size, X86_RAX, cpu_mem(m.disp));
    } else {
        mul_operand(tc, X86_RCX, rm, ext);
        x86_imul_rr(e, size, X86_RAX, X86_RCX);
    }
    if (op == A64_OP_MSUB) {
        mov_val(tc, X86_RCX, val_of(tc, ra));
        x86_alu_rr(e, X86_SUB, size, X86_RCX, X86_RAX);
        commit(tc, rd, X86_RCX);
        return;
    }
    if (ra != G_ZR) {
        Val a = val_of(tc, ra);
        X86Reg d = dest_reg(tc, rd);
        if (a.kind == V_REG && d != X86_RAX) {
            x86_lea_index(e, size, d, X86_RAX, a.reg, 0, 0);
            return;
        }
        apply(tc, X86_ADD, size, X86_RAX, a);
    }
    commit(tc, rd, X86_RAX);
}

/* UDIV/SDIV: a zero divisor gives 0, INT_MIN / -1 gives INT_MIN (x86 traps
 * on both). */
static void divide(Tc *tc, const A64Insn *in, bool sign)
{
    Emit *e = tc->e;
    int size = size_of(in);
    size_t minus1 = 0, done2 = 0;

    mov_val(tc, X86_RCX, val_of(tc, operand(in->rm, false)));
    mov_val(tc, X86_RAX, val_of(tc, operand(in->rn, false)));
    x86_test_rr(e, size, X86_RCX, X86_RCX);
    size_t zero = x86_jcc(e, X86_CC_E, 0);
    if (sign) {
        x86_alu_ri(e, X86_CMP, size, X86_RCX, -1);
        minus1 = x86_jcc(e, X86_CC_E, 0);
        x86_cqo(e, size);
        x86_grp3_r(e, X86_IDIV, size, X86_RCX);
    } else {
        x86_alu_rr(e, X86_XOR, 4, X86_RDX, X86_RDX);
        x86_grp3_r(e, X86_DIV, size, X86_RCX);
    }
    size_t done = x86_jmp(e, 0);
    if (sign) {
        land(tc, minus1);
        x86_grp3_r(e, X86_NEG, size, X86_RAX);
        done2 = x86_jmp(e, 0);
    }
    land(tc, zero);
    x86_alu_rr(e, X86_XOR, 4, X86_RAX, X86_RAX);
    land(tc, done);
    if (sign)
        land(tc, done2);
    commit(tc, operand(in->rd, false), X86_RAX);
}

/* RBIT: bytes reversed, then the bits of each byte by swapping nibbles,
 * pairs and neighbours.  `rbit Xd, Xn; clz Xd, Xd` (a count of trailing
 * zeros) becomes one tzcnt. */
static void rbit(Tc *tc, int i)
{
    static const uint64_t masks[3] = {
        0x0f0f0f0f0f0f0f0full, 0x3333333333333333ull, 0x5555555555555555ull,
    };
    const A64Insn *in = &tc->insn[i].in;
    Emit *e = tc->e;
    int size = size_of(in), rd = operand(in->rd, false);
    const TrInsn *next = i + 1 < tc->n ? &tc->insn[i + 1] : NULL;

    if (next && !tc->insn[i].block_last && next->op == A64_OP_CLZ && rd != G_ZR &&
        operand(next->in.rn, false) == rd && operand(next->in.rd, false) == rd &&
        next->in.sf == in->sf && host_features()->bmi1 && jit_enabled(JIT_TECH_INLINEOPS)) {
        X86Reg src = in_reg(tc, operand(in->rn, false), X86_RCX);
        X86Reg w = dest_reg(tc, rd);
        x86_tzcnt_rr(e, size, w, src);
        commit(tc, rd, w);
        tc->deferred[i + 1] = true;     /* done */
        return;
    }
    mov_val(tc, X86_RAX, val_of(tc, operand(in->rn, false)));
    x86_bswap(e, size, X86_RAX);
    for (int k = 0; k < 3; k++) {
        x86_mov_rr(e, 8, X86_RCX, X86_RAX);
        x86_shift_ri(e, X86_SHR, size, X86_RAX, (uint8_t)(4 >> k));
        apply(tc, X86_AND, size, X86_RAX, val_imm((int64_t)masks[k]));
        apply(tc, X86_AND, size, X86_RCX, val_imm((int64_t)masks[k]));
        x86_shift_ri(e, X86_SHL, size, X86_RCX, (uint8_t)(4 >> k));
        x86_alu_rr(e, X86_OR, size, X86_RAX, X86_RCX);
    }
    commit(tc, rd, X86_RAX);
}

/* The value ADR/ADRP, MOVZ or MOVN i writes, with what the instructions
 * right after it add to it folded in (they are then done): the MOVKs of
 * the same register, or an ADD (immediate) of an ADRP's register to itself. */
static uint64_t constant(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    A64Op op = tc->insn[i].op;
    uint64_t mask = in->sf ? UINT64_MAX : UINT32_MAX;
    uint64_t v = op == A64_OP_ADR ? in->imm : (op == A64_OP_MOVN ? ~in->imm : in->imm) & mask;
    bool fold = jit_enabled(JIT_TECH_CONSTFOLD);

    for (int j = i + 1; fold && j < tc->n && !tc->insn[j - 1].block_last; j++) {
        const TrInsn *t = &tc->insn[j];
        if (op != A64_OP_ADR && t->op == A64_OP_MOVK && t->in.rd == in->rd && t->in.sf == in->sf) {
            v = ((v & ~(0xffffull << t->in.amt)) | t->in.imm) & mask;
        } else if (op == A64_OP_ADR && j == i + 1 && t->op == A64_OP_ADD_IMM && t->in.sf &&
                   t->in.rd == in->rd && t->in.rn == in->rd) {
            v += t->in.imm;
        } else {
            break;
        }
        tc->deferred[j] = true;
    }
    return v;
}

bool gen_dp(Tc *tc, int i)
{
    const A64Insn *in = &tc->insn[i].in;
    A64Op op = tc->insn[i].op;
    Emit *e = tc->e;
    int size = size_of(in);
    int rd = operand(in->rd, false), rn = operand(in->rn, false);
    int rdsp = operand(in->rd, true), rnsp = operand(in->rn, true);
    uint64_t mask = in->sf ? UINT64_MAX : UINT32_MAX;
    X86Reg w;

    switch (op) {
    case A64_OP_ADR: case A64_OP_MOVZ: case A64_OP_MOVN:
        if (rd != G_ZR) {
            w = dest_reg(tc, rd);
            x86_mov_ri(e, w, constant(tc, i));
            commit(tc, rd, w);
        }
        return true;
    case A64_OP_MOVK:
        w = dest_reg(tc, rd);
        mov_val(tc, w, val_of(tc, rd));
        apply(tc, X86_AND, size, w, val_imm((int64_t)(~(0xffffull << in->amt) & mask)));
        if (in->imm)
            apply(tc, X86_OR, size, w, val_imm((int64_t)in->imm));
        commit(tc, rd, w);
        return true;
    case A64_OP_ADD_IMM:
        binop(tc, i, X86_ADD, size, rdsp, val_of(tc, rnsp), val_imm((int64_t)in->imm), false);
        return true;
    case A64_OP_SUB_IMM:
        binop(tc, i, X86_ADD, size, rdsp, val_of(tc, rnsp), val_imm(-(int64_t)in->imm), false);
        return true;
    case A64_OP_ADDS_IMM:
        binop(tc, i, X86_ADD, size, rd, val_of(tc, rnsp), val_imm((int64_t)in->imm), true);
        return true;
    case A64_OP_SUBS_IMM:
        binop(tc, i, X86_SUB, size, rd, val_of(tc, rnsp), val_imm((int64_t)in->imm), true);
        return true;
    case A64_OP_AND_IMM:
        binop(tc, i, X86_AND, size, rdsp, val_of(tc, rn), val_imm((int64_t)in->imm), false);
        return true;
    case A64_OP_ORR_IMM:
        binop(tc, i, X86_OR, size, rdsp, val_of(tc, rn), val_imm((int64_t)in->imm), false);
        return true;
    case A64_OP_EOR_IMM:
        binop(tc, i, X86_XOR, size, rdsp, val_of(tc, rn), val_imm((int64_t)in->imm), false);
        return true;
    case A64_OP_ANDS_IMM:
        binop(tc, i, X86_AND, size, rd, val_of(tc, rn), val_imm((int64_t)in->imm), true);
        return true;
    case A64_OP_SBFM: case A64_OP_UBFM:
        bitfield(tc, in, op == A64_OP_SBFM);
        return true;
    case A64_OP_EXTR:
        extr(tc, in);
        return true;
    case A64_OP_MOV:
        w = dest_reg(tc, rd);
        mov_val(tc, w, val_of(tc, operand(in->rm, false)));
        if (!in->sf)
            x86_mov_rr(e, 4, w, w);
        commit(tc, rd, w);
        return true;
    case A64_OP_AND: case A64_OP_BIC:
        binop(tc, i, X86_AND, size, rd, val_of(tc, rn), op2_shifted(tc, in, op == A64_OP_BIC), false);
        return true;
    case A64_OP_ORR: case A64_OP_ORN:
        binop(tc, i, X86_OR, size, rd, val_of(tc, rn), op2_shifted(tc, in, op == A64_OP_ORN), false);
        return true;
    case A64_OP_EOR: case A64_OP_EON:
        binop(tc, i, X86_XOR, size, rd, val_of(tc, rn), op2_shifted(tc, in, op == A64_OP_EON), false);
        return true;
    case A64_OP_ANDS: case A64_OP_BICS:
        binop(tc, i, X86_AND, size, rd, val_of(tc, rn), op2_shifted(tc, in, op == A64_OP_BICS), true);
        return true;
    case A64_OP_ADD: case A64_OP_ADDS:
        if (op == A64_OP_ADD && add_lea(tc, in, rd))
            return true;
        binop(tc, i, X86_ADD, size, rd, val_of(tc, rn), op2_shifted(tc, in, false), op == A64_OP_ADDS);
        return true;
    case A64_OP_SUB: case A64_OP_SUBS:
        binop(tc, i, X86_SUB, size, rd, val_of(tc, rn), op2_shifted(tc, in, false), op == A64_OP_SUBS);
        return true;
    case A64_OP_ADD_EXT:
        binop(tc, i, X86_ADD, size, rdsp, val_of(tc, rnsp), op2_extended(tc, in), false);
        return true;
    case A64_OP_SUB_EXT:
        binop(tc, i, X86_SUB, size, rdsp, val_of(tc, rnsp), op2_extended(tc, in), false);
        return true;
    case A64_OP_ADDS_EXT:
        binop(tc, i, X86_ADD, size, rd, val_of(tc, rnsp), op2_extended(tc, in), true);
        return true;
    case A64_OP_SUBS_EXT:
        binop(tc, i, X86_SUB, size, rd, val_of(tc, rnsp), op2_extended(tc, in), true);
        return true;
    case A64_OP_CSEL: case A64_OP_CSINC: case A64_OP_CSINV: case A64_OP_CSNEG:
        csel(tc, i);
        return true;
    case A64_OP_CCMN: case A64_OP_CCMP: case A64_OP_CCMN_IMM: case A64_OP_CCMP_IMM:
        ccmp(tc, i);
        return true;
    case A64_OP_MADD: case A64_OP_MSUB: case A64_OP_SMADDL: case A64_OP_UMADDL:
        mul_add(tc, in, op);
        return true;
    case A64_OP_SMULH: case A64_OP_UMULH:
        mov_val(tc, X86_RCX, val_of(tc, operand(in->rm, false)));
        mov_val(tc, X86_RAX, val_of(tc, rn));
        x86_grp3_r(e, op == A64_OP_SMULH ? X86_IMUL1 : X86_MUL, 8, X86_RCX);
        commit(tc, rd, X86_RDX);
        return true;
    case A64_OP_UDIV: case A64_OP_SDIV:
        divide(tc, in, op == A64_OP_SDIV);
        return true;
    case A64_OP_SHIFTV: {
        static const X86Shift shifts[4] = { X86_SHL, X86_SHR, X86_SAR, X86_ROR };
        mov_val(tc, X86_RCX, val_of(tc, operand(in->rm, false)));
        mov_val(tc, X86_RAX, val_of(tc, rn));
        x86_shift_rcl(e, shifts[in->sh], size, X86_RAX);
        if (size == 4)
            x86_mov_rr(e, 4, X86_RAX, X86_RAX);
        commit(tc, rd, X86_RAX);
        return true;
    }
    case A64_OP_REV32: case A64_OP_REV64:
        if (op == A64_OP_REV32 && in->sf)
            return false;           /* REV32 Xd: each word reversed (REV Wd is below) */
        mov_val(tc, X86_RAX, val_of(tc, rn));
        x86_bswap(e, size, X86_RAX);
        commit(tc, rd, X86_RAX);
        return true;
    case A64_OP_REV16:
        mov_val(tc, X86_RAX, val_of(tc, rn));
        if (!in->sf) {
            x86_bswap(e, 4, X86_RAX);
            x86_shift_ri(e, X86_ROR, 4, X86_RAX, 16);
        } else {
            x86_mov_rr(e, 8, X86_RCX, X86_RAX);
            x86_mov_ri(e, X86_RDX, 0x00ff00ff00ff00ffull);
            x86_shift_ri(e, X86_SHR, 8, X86_RAX, 8);
            x86_alu_rr(e, X86_AND, 8, X86_RAX, X86_RDX);
            x86_alu_rr(e, X86_AND, 8, X86_RCX, X86_RDX);
            x86_shift_ri(e, X86_SHL, 8, X86_RCX, 8);
            x86_alu_rr(e, X86_OR, 8, X86_RAX, X86_RCX);
        }
        commit(tc, rd, X86_RAX);
        return true;
    case A64_OP_MRS:
        if (in->imm != A64_SYSREG_TPIDR_EL0)
            return false;
        w = dest_reg(tc, rd);
        x86_load(e, 8, w, cpu_mem(JIT_CPU_OFF(a64.tpidr_el0)));
        commit(tc, rd, w);
        return true;
    case A64_OP_RBIT:
        if (!jit_enabled(JIT_TECH_INLINEOPS))
            return false;
        rbit(tc, i);
        return true;
    case A64_OP_CLZ:
        if (!host_features()->lzcnt)
            return false;
        mov_val(tc, X86_RCX, val_of(tc, rn));
        x86_lzcnt_rr(e, size, X86_RAX, X86_RCX);
        commit(tc, rd, X86_RAX);
        return true;
    default:
        return false;
    }
}
