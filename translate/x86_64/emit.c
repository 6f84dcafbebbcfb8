/*
 * x86-64 encoders (see emit.h).  Every encoder goes through opc(), which
 * writes the legacy prefixes, REX, the opcode bytes and ModRM/SIB/disp for
 * one register or memory operand.
 */
#include "translate/x86_64/emit.h"

#include <string.h>

enum {
    P_66 = 1 << 0,      /* operand-size prefix (16-bit) */
    P_F3 = 1 << 1,
    P_F2 = 1 << 2,
    P_LOCK = 1 << 3,
    P_REXW = 1 << 4,
    P_BYTE = 1 << 5,    /* byte registers: spl/bpl/sil/dil need a REX */
};

void emit_u8(Emit *e, uint8_t b)
{
    if (e->buf) {
        if (e->len < e->cap)
            e->buf[e->len] = b;
        else
            e->overflow = true;
    }
    e->len++;
}

void emit_u32(Emit *e, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        emit_u8(e, (uint8_t)(v >> (8 * i)));
}

void emit_u64(Emit *e, uint64_t v)
{
    emit_u32(e, (uint32_t)v);
    emit_u32(e, (uint32_t)(v >> 32));
}

void emit_patch_u32(Emit *e, size_t at, uint32_t v)
{
    if (e->buf && at + 4 <= e->cap)
        memcpy(e->buf + at, &v, 4);
}

static bool fits8(int64_t v)
{
    return v >= -128 && v <= 127;
}

static void modrm(Emit *e, int reg, int rm_reg, const X86Mem *m);

/* Prefixes, REX, opcode (1 to 3 bytes, most significant first) and the
 * ModRM for reg and either rm_reg (m NULL) or the memory operand m. */
static void opc(Emit *e, unsigned flags, uint32_t opcode, int reg, int rm_reg, const X86Mem *m)
{
    int rm = m ? (int)m->base : rm_reg;
    uint8_t rex = 0x40 | (flags & P_REXW ? 8 : 0) | ((reg >> 3) & 1) << 2 | ((rm >> 3) & 1);

    if (flags & P_LOCK)
        emit_u8(e, 0xf0);
    if (flags & P_66)
        emit_u8(e, 0x66);
    if (flags & P_F3)
        emit_u8(e, 0xf3);
    if (flags & P_F2)
        emit_u8(e, 0xf2);
    if (rex != 0x40 || ((flags & P_BYTE) && ((reg >= 4 && reg < 8) || (!m && rm >= 4 && rm < 8))))
        emit_u8(e, rex);
    if (opcode > 0xffff)
        emit_u8(e, (uint8_t)(opcode >> 16));
    if (opcode > 0xff)
        emit_u8(e, (uint8_t)(opcode >> 8));
    emit_u8(e, (uint8_t)opcode);
    modrm(e, reg, rm_reg, m);
}

/* ModRM (and SIB, displacement) for reg and either rm_reg (m NULL) or m. */
static void modrm(Emit *e, int reg, int rm_reg, const X86Mem *m)
{
    int rm = m ? (int)m->base : rm_reg;

    if (!m) {
        emit_u8(e, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
        return;
    }
    int low = rm & 7;
    int mod = (m->disp == 0 && low != 5) ? 0 : fits8(m->disp) ? 1 : 2;
    emit_u8(e, (uint8_t)(mod << 6 | (reg & 7) << 3 | low));
    if (low == 4)
        emit_u8(e, 0x24);           /* SIB: base only */
    if (mod == 1)
        emit_u8(e, (uint8_t)m->disp);
    else if (mod == 2)
        emit_u32(e, (uint32_t)m->disp);
}

static unsigned wflag(int size)
{
    return size == 8 ? P_REXW : size == 2 ? P_66 : size == 1 ? P_BYTE : 0;
}

void x86_alu_rr(Emit *e, X86Alu op, int size, X86Reg dst, X86Reg src)
{
    opc(e, wflag(size), op * 8 + 1, src, dst, NULL);
}

void x86_alu_rm(Emit *e, X86Alu op, int size, X86Reg dst, X86Mem m)
{
    opc(e, wflag(size), op * 8 + 3, dst, 0, &m);
}

void x86_alu_mr(Emit *e, X86Alu op, int size, X86Mem m, X86Reg src)
{
    opc(e, wflag(size), op * 8 + 1, src, 0, &m);
}

void x86_alu_ri(Emit *e, X86Alu op, int size, X86Reg dst, int32_t imm)
{
    if (fits8(imm)) {
        opc(e, wflag(size), 0x83, op, dst, NULL);
        emit_u8(e, (uint8_t)imm);
    } else {
        opc(e, wflag(size), 0x81, op, dst, NULL);
        emit_u32(e, (uint32_t)imm);
    }
}

void x86_alu_mi(Emit *e, X86Alu op, int size, X86Mem m, int32_t imm)
{
    if (size == 1) {
        opc(e, 0, 0x80, op, 0, &m);
        emit_u8(e, (uint8_t)imm);
    } else if (fits8(imm)) {
        opc(e, wflag(size), 0x83, op, 0, &m);
        emit_u8(e, (uint8_t)imm);
    } else {
        opc(e, wflag(size), 0x81, op, 0, &m);
        emit_u32(e, (uint32_t)imm);
    }
}

void x86_test_rr(Emit *e, int size, X86Reg a, X86Reg b)
{
    opc(e, wflag(size), 0x85, b, a, NULL);
}

void x86_mov_rr(Emit *e, int size, X86Reg dst, X86Reg src)
{
    opc(e, wflag(size), 0x89, src, dst, NULL);
}

void x86_mov_ri(Emit *e, X86Reg dst, uint64_t imm)
{
    if (imm == 0) {
        x86_alu_rr(e, X86_XOR, 4, dst, dst);
    } else if (imm <= UINT32_MAX) {
        if (dst >= 8)
            emit_u8(e, 0x41);
        emit_u8(e, 0xb8 + (dst & 7));   /* mov r32, imm32 zero-extends */
        emit_u32(e, (uint32_t)imm);
    } else if ((int64_t)imm == (int32_t)imm) {
        opc(e, P_REXW, 0xc7, 0, dst, NULL);
        emit_u32(e, (uint32_t)imm);
    } else {
        x86_movabs(e, dst, imm);
    }
}

void x86_movabs(Emit *e, X86Reg dst, uint64_t imm)
{
    emit_u8(e, 0x48 | (dst >> 3));
    emit_u8(e, 0xb8 + (dst & 7));
    emit_u64(e, imm);
}

void x86_load(Emit *e, int size, X86Reg dst, X86Mem m)
{
    opc(e, wflag(size), size == 1 ? 0x8a : 0x8b, dst, 0, &m);
}

void x86_store(Emit *e, int size, X86Mem m, X86Reg src)
{
    opc(e, wflag(size), size == 1 ? 0x88 : 0x89, src, 0, &m);
}

void x86_store_imm(Emit *e, int size, X86Mem m, int32_t imm)
{
    opc(e, wflag(size), size == 1 ? 0xc6 : 0xc7, 0, 0, &m);
    if (size == 1) {
        emit_u8(e, (uint8_t)imm);
    } else if (size == 2) {
        emit_u8(e, (uint8_t)imm);
        emit_u8(e, (uint8_t)((uint32_t)imm >> 8));
    } else {
        emit_u32(e, (uint32_t)imm);
    }
}

void x86_movzx_load(Emit *e, int size, X86Reg dst, X86Mem m)
{
    opc(e, 0, size == 1 ? 0x0fb6 : 0x0fb7, dst, 0, &m);
}

void x86_movsx_load(Emit *e, int size, X86Reg dst, X86Mem m)
{
    opc(e, P_REXW, size == 1 ? 0x0fbe : size == 2 ? 0x0fbf : 0x63, dst, 0, &m);
}

void x86_movsxd_rr(Emit *e, X86Reg dst, X86Reg src)
{
    opc(e, P_REXW, 0x63, dst, src, NULL);
}

void x86_movzx_rr8(Emit *e, X86Reg dst, X86Reg src)
{
    opc(e, P_BYTE, 0x0fb6, dst, src, NULL);
}

void x86_lea(Emit *e, int size, X86Reg dst, X86Mem m)
{
    opc(e, wflag(size), 0x8d, dst, 0, &m);
}

void x86_shift_ri(Emit *e, X86Shift op, int size, X86Reg dst, uint8_t imm)
{
    if (imm == 1) {
        opc(e, wflag(size), 0xd1, op, dst, NULL);
    } else {
        opc(e, wflag(size), 0xc1, op, dst, NULL);
        emit_u8(e, imm);
    }
}

void x86_shift_rcl(Emit *e, X86Shift op, int size, X86Reg dst)
{
    opc(e, wflag(size), 0xd3, op, dst, NULL);
}

void x86_imul_rr(Emit *e, int size, X86Reg dst, X86Reg src)
{
    opc(e, wflag(size), 0x0faf, dst, src, NULL);
}

void x86_imul_rm(Emit *e, int size, X86Reg dst, X86Mem m)
{
    opc(e, wflag(size), 0x0faf, dst, 0, &m);
}

void x86_grp3_r(Emit *e, X86Grp3 op, int size, X86Reg src)
{
    opc(e, wflag(size), 0xf7, op, src, NULL);
}

void x86_cqo(Emit *e, int size)
{
    if (size == 8)
        emit_u8(e, 0x48);
    emit_u8(e, 0x99);
}

void x86_setcc(Emit *e, X86Cond cc, X86Reg dst)
{
    opc(e, P_BYTE, 0x0f90 + cc, 0, dst, NULL);
}

void x86_cmov_rr(Emit *e, X86Cond cc, int size, X86Reg dst, X86Reg src)
{
    opc(e, wflag(size), 0x0f40 + cc, dst, src, NULL);
}

size_t x86_jcc(Emit *e, X86Cond cc, size_t target)
{
    emit_u8(e, 0x0f);
    emit_u8(e, (uint8_t)(0x80 + cc));
    size_t at = e->len;
    emit_u32(e, (uint32_t)(target - (at + 4)));
    return at;
}

size_t x86_jmp(Emit *e, size_t target)
{
    emit_u8(e, 0xe9);
    size_t at = e->len;
    emit_u32(e, (uint32_t)(target - (at + 4)));
    return at;
}

void x86_jmp_abs(Emit *e, const void *target)
{
    emit_u8(e, 0xe9);
    uintptr_t next = (uintptr_t)e->buf + e->len + 4;
    emit_u32(e, (uint32_t)((uintptr_t)target - next));
}

void x86_jmp_r(Emit *e, X86Reg r)
{
    opc(e, 0, 0xff, 4, r, NULL);
}

void x86_jmp_m(Emit *e, X86Mem m)
{
    opc(e, 0, 0xff, 4, 0, &m);
}

void x86_call_r(Emit *e, X86Reg r)
{
    opc(e, 0, 0xff, 2, r, NULL);
}

size_t x86_call(Emit *e, size_t target)
{
    emit_u8(e, 0xe8);
    size_t at = e->len;
    emit_u32(e, (uint32_t)(target - (at + 4)));
    return at;
}

void x86_push(Emit *e, X86Reg r)
{
    if (r >= 8)
        emit_u8(e, 0x41);
    emit_u8(e, 0x50 + (r & 7));
}

void x86_pop(Emit *e, X86Reg r)
{
    if (r >= 8)
        emit_u8(e, 0x41);
    emit_u8(e, 0x58 + (r & 7));
}

void x86_ret(Emit *e)
{
    emit_u8(e, 0xc3);
}

void x86_lock_xadd(Emit *e, int size, X86Mem m, X86Reg src)
{
    opc(e, P_LOCK | wflag(size), 0x0fc1, src, 0, &m);
}

void x86_xchg_mr(Emit *e, int size, X86Mem m, X86Reg src)
{
    opc(e, wflag(size), 0x87, src, 0, &m);
}

void x86_lock_cmpxchg(Emit *e, int size, X86Mem m, X86Reg src)
{
    opc(e, P_LOCK | wflag(size), 0x0fb1, src, 0, &m);
}

void x86_lock_alu_mr(Emit *e, X86Alu op, int size, X86Mem m, X86Reg src)
{
    opc(e, P_LOCK | wflag(size), op * 8 + 1, src, 0, &m);
}

void x86_mfence(Emit *e)
{
    emit_u8(e, 0x0f);
    emit_u8(e, 0xae);
    emit_u8(e, 0xf0);
}

void x86_movq_xr(Emit *e, int xmm, X86Reg src)
{
    opc(e, P_66 | P_REXW, 0x0f6e, xmm, src, NULL);
}

void x86_movq_rx(Emit *e, X86Reg dst, int xmm)
{
    opc(e, P_66 | P_REXW, 0x0f7e, xmm, dst, NULL);
}

void x86_sse_load(Emit *e, bool dbl, int xmm, X86Mem m)
{
    opc(e, dbl ? P_F2 : P_F3, 0x0f10, xmm, 0, &m);
}

void x86_sse_store(Emit *e, bool dbl, X86Mem m, int xmm)
{
    opc(e, dbl ? P_F2 : P_F3, 0x0f11, xmm, 0, &m);
}

void x86_sse_arith_rm(Emit *e, X86SseOp op, bool dbl, int xmm, X86Mem m)
{
    opc(e, dbl ? P_F2 : P_F3, 0x0f00 | op, xmm, 0, &m);
}

void x86_ucomis_rr(Emit *e, bool dbl, int a, int b)
{
    opc(e, dbl ? P_66 : 0, 0x0f2e, a, b, NULL);
}

void x86_cvtt_f2i(Emit *e, bool dbl, int size, X86Reg dst, int xmm)
{
    opc(e, (dbl ? P_F2 : P_F3) | (size == 8 ? P_REXW : 0), 0x0f2c, dst, xmm, NULL);
}

void x86_cvt_f2i(Emit *e, bool dbl, int size, X86Reg dst, int xmm)
{
    opc(e, (dbl ? P_F2 : P_F3) | (size == 8 ? P_REXW : 0), 0x0f2d, dst, xmm, NULL);
}

void x86_cvt_i2f(Emit *e, bool dbl, int size, int xmm, X86Reg src)
{
    opc(e, (dbl ? P_F2 : P_F3) | (size == 8 ? P_REXW : 0), 0x0f2a, xmm, src, NULL);
}

void x86_cvt_f2f(Emit *e, bool to_dbl, int dst, int src)
{
    opc(e, to_dbl ? P_F3 : P_F2, 0x0f5a, dst, src, NULL);
}

void x86_comis_rr(Emit *e, bool dbl, int a, int b)
{
    opc(e, dbl ? P_66 : 0, 0x0f2f, a, b, NULL);
}

void x86_rounds_rr(Emit *e, bool dbl, int dst, int src, uint8_t imm)
{
    opc(e, P_66, dbl ? 0x0f3a0b : 0x0f3a0a, dst, src, NULL);
    emit_u8(e, imm);
}

void x86_xorps_rr(Emit *e, int dst, int src)
{
    opc(e, 0, 0x0f57, dst, src, NULL);
}

void x86_vfma213_rm(Emit *e, X86FmaOp op, bool dbl, int xmm, int src2, X86Mem m)
{
    int rm = (int)m.base;

    /* Three-byte VEX: map 0F38 (m-mmmm 2), prefix 66 (pp 1), LIG. */
    emit_u8(e, 0xc4);
    emit_u8(e, (uint8_t)((xmm & 8 ? 0 : 0x80) | 0x40 | (rm & 8 ? 0 : 0x20) | 0x02));
    emit_u8(e, (uint8_t)((dbl ? 0x80 : 0) | (~src2 & 15) << 3 | 0x01));
    emit_u8(e, (uint8_t)op);
    modrm(e, xmm, 0, &m);
}

void x86_lzcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src)
{
    opc(e, P_F3 | wflag(size), 0x0fbd, dst, src, NULL);
}

void x86_tzcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src)
{
    opc(e, P_F3 | wflag(size), 0x0fbc, dst, src, NULL);
}

void x86_popcnt_rr(Emit *e, int size, X86Reg dst, X86Reg src)
{
    opc(e, P_F3 | wflag(size), 0x0fb8, dst, src, NULL);
}

void x86_int3(Emit *e)
{
    emit_u8(e, 0xcc);
}

void x86_lea_index(Emit *e, int size, X86Reg dst, X86Reg base, X86Reg index, int scale_log2,
                   int32_t disp)
{
    uint8_t rex = 0x40 | (size == 8 ? 8 : 0) | ((dst >> 3) & 1) << 2 | ((index >> 3) & 1) << 1 |
                  ((base >> 3) & 1);
    int mod = (disp == 0 && (base & 7) != 5) ? 0 : fits8(disp) ? 1 : 2;

    if (rex != 0x40)
        emit_u8(e, rex);
    emit_u8(e, 0x8d);
    emit_u8(e, (uint8_t)(mod << 6 | (dst & 7) << 3 | 4));
    emit_u8(e, (uint8_t)(scale_log2 << 6 | (index & 7) << 3 | (base & 7)));
    if (mod == 1)
        emit_u8(e, (uint8_t)disp);
    else if (mod == 2)
        emit_u32(e, (uint32_t)disp);
}

void x86_mov_r32_imm(Emit *e, X86Reg dst, uint32_t imm)
{
    if (dst >= 8)
        emit_u8(e, 0x41);
    emit_u8(e, 0xb8 + (dst & 7));
    emit_u32(e, imm);
}

void x86_bswap(Emit *e, int size, X86Reg r)
{
    uint8_t rex = 0x40 | (size == 8 ? 8 : 0) | ((r >> 3) & 1);

    if (rex != 0x40)
        emit_u8(e, rex);
    emit_u8(e, 0x0f);
    emit_u8(e, 0xc8 + (r & 7));
}

void x86_test_mi(Emit *e, int size, X86Mem m, int32_t imm)
{
    opc(e, wflag(size), 0xf7, 0, 0, &m);
    emit_u32(e, (uint32_t)imm);
}

void x86_movdqu_load(Emit *e, int xmm, X86Mem m)
{
    opc(e, P_F3, 0x0f6f, xmm, 0, &m);
}

void x86_movdqu_store(Emit *e, X86Mem m, int xmm)
{
    opc(e, P_F3, 0x0f7f, xmm, 0, &m);
}

void x86_vec_rr(Emit *e, X86VecOp op, int dst, int src)
{
    opc(e, P_66, (uint32_t)op, dst, src, NULL);
}

void x86_vec_shift_ri(Emit *e, X86VecShift op, int xmm, uint8_t imm)
{
    opc(e, P_66, 0x0f00 | ((unsigned)op >> 8), (int)op & 7, xmm, NULL);
    emit_u8(e, imm);
}

void x86_pshufd(Emit *e, int dst, int src, uint8_t imm)
{
    opc(e, P_66, 0x0f70, dst, src, NULL);
    emit_u8(e, imm);
}

void x86_crypto_rr(Emit *e, X86CryptoOp op, int dst, int src)
{
    opc(e, (uint32_t)op >> 24 == 0x66 ? P_66 : 0, (uint32_t)op & 0xffffff, dst, src, NULL);
}

void x86_xmm_rri(Emit *e, X86XmmImmOp op, int dst, int src, uint8_t imm)
{
    opc(e, (uint32_t)op >> 24 == 0x66 ? P_66 : 0, (uint32_t)op & 0xffffff, dst, src, NULL);
    emit_u8(e, imm);
}

void x86_pshuflw(Emit *e, int dst, int src, uint8_t imm)
{
    opc(e, P_F2, 0x0f70, dst, src, NULL);
    emit_u8(e, imm);
}

void x86_pshufhw(Emit *e, int dst, int src, uint8_t imm)
{
    opc(e, P_F3, 0x0f70, dst, src, NULL);
    emit_u8(e, imm);
}

void x86_movq_load(Emit *e, int xmm, X86Mem m)
{
    opc(e, P_F3, 0x0f7e, xmm, 0, &m);
}

void x86_movq_store(Emit *e, X86Mem m, int xmm)
{
    opc(e, P_66, 0x0fd6, xmm, 0, &m);
}

void x86_pmovmskb(Emit *e, X86Reg dst, int xmm)
{
    opc(e, P_66, 0x0fd7, dst, xmm, NULL);
}

void x86_lahf(Emit *e)
{
    emit_u8(e, 0x9f);
}

void x86_cmc(Emit *e)
{
    emit_u8(e, 0xf5);
}
