/*
 * The x86-64 encoders (translate/x86_64/emit.c) against capstone: every
 * encoder with every operand class (all sixteen registers, the bases that
 * need a SIB byte or a forced displacement, disp8 and disp32, the imm8
 * and imm32 forms) is assembled, disassembled by capstone, and must give
 * exactly the intended instruction, using all of its bytes.  The NULL
 * buffer (counting) mode must count the same length.
 */
#include <capstone/capstone.h>
#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "translate/x86_64/emit.h"

static const char *const r64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                     "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const r32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                     "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
static const char *const r16[16] = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                                     "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
static const char *const r8[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const alu_names[8] = { "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp" };
static const char *const cc_names[16] = { "o", "no", "b", "ae", "e", "ne", "be", "a",
                                          "s", "ns", "p", "np", "l", "ge", "le", "g" };
static const int32_t disps[] = { 0, 8, -120, 0x1000, -0x12345 };

static csh cs;
static unsigned checked;

static const char *reg_name(int size, int r)
{
    return size == 8 ? r64[r] : size == 4 ? r32[r] : size == 2 ? r16[r] : r8[r];
}

static const char *ptr_name(int size)
{
    return size == 8 ? "qword ptr " : size == 4 ? "dword ptr " : size == 2 ? "word ptr " : "byte ptr ";
}

/* "[base + disp]" as capstone prints it. */
static void mem_text(char *buf, size_t n, X86Mem m)
{
    if (m.disp == 0)
        snprintf(buf, n, "[%s]", r64[m.base]);
    else if (m.disp > 0)
        snprintf(buf, n, m.disp < 10 ? "[%s + %d]" : "[%s + 0x%x]", r64[m.base], m.disp);
    else
        snprintf(buf, n, -m.disp < 10 ? "[%s - %d]" : "[%s - 0x%x]", r64[m.base], -m.disp);
}

static void imm_text(char *buf, size_t n, int64_t v)
{
    if (v >= 0 && v < 10)
        snprintf(buf, n, "%lld", (long long)v);
    else if (v < 0 && v > -10)
        snprintf(buf, n, "-%lld", (long long)-v);
    else if (v < 0)
        snprintf(buf, n, "-0x%llx", (unsigned long long)-v);
    else
        snprintf(buf, n, "0x%llx", (unsigned long long)v);
}

/* Disassemble e's bytes (at address 0x1000) and compare with the
 * printf-formatted expectation. */
static void check(const Emit *e, const char *fmt, ...)
{
    char want[160], got[200];
    va_list ap;
    cs_insn *insn;

    va_start(ap, fmt);
    vsnprintf(want, sizeof want, fmt, ap);
    va_end(ap);
    size_t count = cs_disasm(cs, e->buf, e->len, 0x1000, 1, &insn);
    if (count != 1) {
        GString *hex = g_string_new(NULL);
        for (size_t i = 0; i < e->len; i++)
            g_string_append_printf(hex, "%02x ", e->buf[i]);
        g_error("%s: capstone cannot decode %s", want, hex->str);
    }
    snprintf(got, sizeof got, "%s%s%s", insn->mnemonic, insn->op_str[0] ? " " : "", insn->op_str);
    if (strcmp(got, want) != 0 || insn->size != e->len) {
        GString *hex = g_string_new(NULL);
        for (size_t i = 0; i < e->len; i++)
            g_string_append_printf(hex, "%02x ", e->buf[i]);
        g_error("want '%s', capstone says '%s' (%u of %zu bytes: %s)", want, got, insn->size,
                e->len, hex->str);
    }
    cs_free(insn, count);
    checked++;
}

static uint8_t code[64];

static Emit *fresh(void)
{
    static Emit e;
    e = (Emit){ code, 0, sizeof code, false };
    return &e;
}

static void test_alu(void)
{
    char m[64], imm[32];
    for (int op = 0; op < 8; op++) {
        for (int size = 4; size <= 8; size += 4) {
            for (int d = 0; d < 16; d++) {
                for (int s = 0; s < 16; s++) {
                    Emit *e = fresh();
                    x86_alu_rr(e, op, size, d, s);
                    check(e, "%s %s, %s", alu_names[op], reg_name(size, d), reg_name(size, s));
                }
                for (int b = 0; b < 16; b++) {
                    for (size_t k = 0; k < G_N_ELEMENTS(disps); k++) {
                        X86Mem mm = x86_mem(b, disps[k]);
                        mem_text(m, sizeof m, mm);
                        Emit *e = fresh();
                        x86_alu_rm(e, op, size, d, mm);
                        check(e, "%s %s, %s%s", alu_names[op], reg_name(size, d), ptr_name(size), m);
                        e = fresh();
                        x86_alu_mr(e, op, size, mm, d);
                        check(e, "%s %s%s, %s", alu_names[op], ptr_name(size), m, reg_name(size, d));
                        if (size >= 4 && op != X86_CMP) {
                            e = fresh();
                            x86_lock_alu_mr(e, op, size, mm, d);
                            check(e, "lock %s %s%s, %s", alu_names[op], ptr_name(size), m,
                                  reg_name(size, d));
                        }
                    }
                }
                static const int32_t imms[] = { 1, -2, 127, -128, 0x1234, -0x12345678 };
                for (size_t k = 0; k < G_N_ELEMENTS(imms); k++) {
                    Emit *e = fresh();
                    x86_alu_ri(e, op, size, d, imms[k]);
                    /* capstone shows the sign-extended value, unsigned for the
                     * logical ops and for 32-bit imm32 forms, signed otherwise */
                    bool imm8 = imms[k] >= -128 && imms[k] <= 127;
                    bool logical = op == X86_OR || op == X86_AND || op == X86_XOR;
                    if (logical && size == 8 && imms[k] < 0)
                        snprintf(imm, sizeof imm, "0x%llx", (unsigned long long)(int64_t)imms[k]);
                    else if (logical || (size == 4 && !imm8))
                        imm_text(imm, sizeof imm, (int64_t)(uint32_t)imms[k]);
                    else
                        imm_text(imm, sizeof imm, imms[k]);
                    check(e, "%s %s, %s", alu_names[op], reg_name(size, d), imm);
                }
            }
            for (int b = 0; b < 16; b++) {
                X86Mem mm = x86_mem(b, 0x88);
                mem_text(m, sizeof m, mm);
                Emit *e = fresh();
                x86_alu_mi(e, op, size, mm, 3);
                check(e, "%s %s%s, 3", alu_names[op], ptr_name(size), m);
                e = fresh();
                x86_alu_mi(e, op, size, mm, 0x1000);
                check(e, "%s %s%s, 0x1000", alu_names[op], ptr_name(size), m);
            }
        }
        Emit *e = fresh();
        x86_alu_mi(e, op, 1, x86_mem(X86_R15, 8), 0);
        check(e, "%s byte ptr [r15 + 8], 0", alu_names[op]);
    }
}

static void test_mov(void)
{
    char m[64];
    for (int d = 0; d < 16; d++) {
        for (int s = 0; s < 16; s++) {
            for (int size = 4; size <= 8; size += 4) {
                Emit *e = fresh();
                x86_mov_rr(e, size, d, s);
                check(e, "mov %s, %s", reg_name(size, d), reg_name(size, s));
                e = fresh();
                x86_test_rr(e, size, d, s);
                check(e, "test %s, %s", reg_name(size, d), reg_name(size, s));
                e = fresh();
                x86_imul_rr(e, size, d, s);
                check(e, "imul %s, %s", reg_name(size, d), reg_name(size, s));
                for (int cc = 0; cc < 16; cc++) {
                    e = fresh();
                    x86_cmov_rr(e, cc, size, d, s);
                    check(e, "cmov%s %s, %s", cc_names[cc], reg_name(size, d), reg_name(size, s));
                }
            }
            Emit *e = fresh();
            x86_movsxd_rr(e, d, s);
            check(e, "movsxd %s, %s", r64[d], r32[s]);
            e = fresh();
            x86_movzx_rr8(e, d, s);
            check(e, "movzx %s, %s", r32[d], r8[s]);
        }
        Emit *e = fresh();
        x86_mov_ri(e, d, 0);
        check(e, "xor %s, %s", r32[d], r32[d]);
        e = fresh();
        x86_mov_ri(e, d, 5);
        check(e, "mov %s, 5", r32[d]);
        e = fresh();
        x86_mov_ri(e, d, 0xfffff000u);
        check(e, "mov %s, 0xfffff000", r32[d]);
        e = fresh();
        x86_mov_ri(e, d, (uint64_t)-16);
        check(e, "mov %s, -0x10", r64[d]);
        e = fresh();
        x86_mov_ri(e, d, 0x123456789ULL);
        check(e, "movabs %s, 0x123456789", r64[d]);
        e = fresh();
        x86_movabs(e, d, 7);
        check(e, "movabs %s, 7", r64[d]);
        for (int b = 0; b < 16; b++) {
            for (size_t k = 0; k < G_N_ELEMENTS(disps); k++) {
                X86Mem mm = x86_mem(b, disps[k]);
                mem_text(m, sizeof m, mm);
                for (int size = 1; size <= 8; size *= 2) {
                    e = fresh();
                    x86_store(e, size, mm, d);
                    check(e, "mov %s%s, %s", ptr_name(size), m, reg_name(size, d));
                    if (size >= 4) {
                        e = fresh();
                        x86_load(e, size, d, mm);
                        check(e, "mov %s, %s%s", reg_name(size, d), ptr_name(size), m);
                        e = fresh();
                        x86_lea(e, size, d, mm);
                        check(e, "lea %s, %s", reg_name(size, d), m);
                        e = fresh();
                        x86_imul_rm(e, size, d, mm);
                        check(e, "imul %s, %s%s", reg_name(size, d), ptr_name(size), m);
                        e = fresh();
                        x86_lock_xadd(e, size, mm, d);
                        check(e, "lock xadd %s%s, %s", ptr_name(size), m, reg_name(size, d));
                        e = fresh();
                        x86_xchg_mr(e, size, mm, d);
                        check(e, "xchg %s%s, %s", ptr_name(size), m, reg_name(size, d));
                        e = fresh();
                        x86_lock_cmpxchg(e, size, mm, d);
                        check(e, "lock cmpxchg %s%s, %s", ptr_name(size), m, reg_name(size, d));
                    }
                    if (size <= 2) {
                        e = fresh();
                        x86_movzx_load(e, size, d, mm);
                        check(e, "movzx %s, %s%s", r32[d], ptr_name(size), m);
                    }
                    if (size <= 4) {
                        e = fresh();
                        x86_movsx_load(e, size, d, mm);
                        check(e, "%s %s, %s%s", size == 4 ? "movsxd" : "movsx", r64[d],
                              ptr_name(size), m);
                    }
                }
            }
        }
    }
    for (int b = 0; b < 16; b++) {
        X86Mem mm = x86_mem(b, -8);
        mem_text(m, sizeof m, mm);
        Emit *e = fresh();
        x86_store_imm(e, 8, mm, -1);
        check(e, "mov qword ptr %s, -1", m);
        e = fresh();
        x86_store_imm(e, 4, mm, 0x1234);
        check(e, "mov dword ptr %s, 0x1234", m);
        e = fresh();
        x86_store_imm(e, 2, mm, 0x1234);
        check(e, "mov word ptr %s, 0x1234", m);
        e = fresh();
        x86_store_imm(e, 1, mm, 0x7f);
        check(e, "mov byte ptr %s, 0x7f", m);
        e = fresh();
        x86_jmp_m(e, mm);
        check(e, "jmp qword ptr %s", m);
    }
}

static void test_shift_grp3(void)
{
    static const char *const shift_names[8] = { "rol", "ror", 0, 0, "shl", "shr", 0, "sar" };
    static const char *const grp3_names[8] = { 0, 0, "not", "neg", "mul", "imul", "div", "idiv" };
    for (int d = 0; d < 16; d++) {
        for (int size = 4; size <= 8; size += 4) {
            for (int op = 0; op < 8; op++) {
                if (shift_names[op]) {
                    Emit *e = fresh();
                    x86_shift_ri(e, op, size, d, 1);
                    check(e, "%s %s, 1", shift_names[op], reg_name(size, d));
                    e = fresh();
                    x86_shift_ri(e, op, size, d, 31);
                    check(e, "%s %s, 0x1f", shift_names[op], reg_name(size, d));
                    e = fresh();
                    x86_shift_rcl(e, op, size, d);
                    check(e, "%s %s, cl", shift_names[op], reg_name(size, d));
                }
                if (grp3_names[op]) {
                    Emit *e = fresh();
                    x86_grp3_r(e, op, size, d);
                    check(e, "%s %s", grp3_names[op], reg_name(size, d));
                }
            }
            Emit *e = fresh();
            x86_lzcnt_rr(e, size, d, (d + 3) % 16);
            check(e, "lzcnt %s, %s", reg_name(size, d), reg_name(size, (d + 3) % 16));
            e = fresh();
            x86_tzcnt_rr(e, size, d, (d + 5) % 16);
            check(e, "tzcnt %s, %s", reg_name(size, d), reg_name(size, (d + 5) % 16));
            e = fresh();
            x86_popcnt_rr(e, size, d, (d + 7) % 16);
            check(e, "popcnt %s, %s", reg_name(size, d), reg_name(size, (d + 7) % 16));
        }
        for (int cc = 0; cc < 16; cc++) {
            Emit *e = fresh();
            x86_setcc(e, cc, d);
            check(e, "set%s %s", cc_names[cc], r8[d]);
        }
        Emit *e = fresh();
        x86_push(e, d);
        check(e, "push %s", r64[d]);
        e = fresh();
        x86_pop(e, d);
        check(e, "pop %s", r64[d]);
        e = fresh();
        x86_jmp_r(e, d);
        check(e, "jmp %s", r64[d]);
        e = fresh();
        x86_call_r(e, d);
        check(e, "call %s", r64[d]);
        e = fresh();
        x86_movq_xr(e, d, d);
        check(e, "movq xmm%d, %s", d, r64[d]);
        e = fresh();
        x86_movq_rx(e, d, 15 - d);
        check(e, "movq %s, xmm%d", r64[d], 15 - d);
    }
}

static void test_control(void)
{
    for (int cc = 0; cc < 16; cc++) {
        Emit *e = fresh();
        x86_jcc(e, cc, 0x40);
        check(e, "j%s 0x1040", cc_names[cc]);
    }
    Emit *e = fresh();
    x86_jmp(e, 0x20);
    check(e, "jmp 0x1020");
    e = fresh();
    x86_call(e, 0x30);
    check(e, "call 0x1030");
    e = fresh();
    size_t at = x86_jmp(e, 0);
    emit_patch_u32(e, at, 0x100);
    check(e, "jmp 0x1105");
    e = fresh();
    x86_cqo(e, 8);
    check(e, "cqo");
    e = fresh();
    x86_cqo(e, 4);
    check(e, "cdq");
    e = fresh();
    x86_ret(e);
    check(e, "ret");
    e = fresh();
    x86_mfence(e);
    check(e, "mfence");
    e = fresh();
    x86_int3(e);
    check(e, "int3");
}

/* Scalar SSE and FMA3 on every xmm register and base register. */
static void test_sse(void)
{
    static const struct { X86SseOp op; const char *name; } ops[] = {
        { X86_ADDS, "add" }, { X86_SUBS, "sub" }, { X86_MULS, "mul" }, { X86_DIVS, "div" },
        { X86_SQRTS, "sqrt" }, { X86_MINS, "min" }, { X86_MAXS, "max" },
    };
    static const struct { X86FmaOp op; const char *name; } fmas[] = {
        { X86_VFMADD213, "vfmadd213" }, { X86_VFMSUB213, "vfmsub213" },
        { X86_VFNMADD213, "vfnmadd213" }, { X86_VFNMSUB213, "vfnmsub213" },
    };
    static const int32_t sse_disps[] = { 0, 8, -0x78, 0x1000 };
    char m[64];

    for (int x = 0; x < 16; x++) {
        for (int b = 0; b < 16; b++) {
            for (size_t k = 0; k < G_N_ELEMENTS(sse_disps); k++) {
                X86Mem mm = x86_mem(b, sse_disps[k]);
                mem_text(m, sizeof m, mm);
                for (int dbl = 0; dbl < 2; dbl++) {
                    const char *sfx = dbl ? "sd" : "ss", *ptr = dbl ? "qword ptr " : "dword ptr ";
                    Emit *e = fresh();
                    x86_sse_load(e, dbl, x, mm);
                    check(e, "mov%s xmm%d, %s%s", sfx, x, ptr, m);
                    e = fresh();
                    x86_sse_store(e, dbl, mm, x);
                    check(e, "mov%s %s%s, xmm%d", sfx, ptr, m, x);
                    for (size_t o = 0; o < G_N_ELEMENTS(ops); o++) {
                        e = fresh();
                        x86_sse_arith_rm(e, ops[o].op, dbl, x, mm);
                        check(e, "%s%s xmm%d, %s%s", ops[o].name, sfx, x, ptr, m);
                    }
                    for (size_t o = 0; o < G_N_ELEMENTS(fmas); o++) {
                        e = fresh();
                        x86_vfma213_rm(e, fmas[o].op, dbl, x, 15 - x, mm);
                        check(e, "%s%s xmm%d, xmm%d, %s%s", fmas[o].name, sfx, x, 15 - x, ptr, m);
                    }
                }
            }
        }
        for (int dbl = 0; dbl < 2; dbl++) {
            Emit *e = fresh();
            x86_ucomis_rr(e, dbl, x, 15 - x);
            check(e, "ucomis%c xmm%d, xmm%d", dbl ? 'd' : 's', x, 15 - x);
            e = fresh();
            x86_comis_rr(e, dbl, x, 15 - x);
            check(e, "comis%c xmm%d, xmm%d", dbl ? 'd' : 's', x, 15 - x);
            e = fresh();
            x86_cvt_f2f(e, dbl, x, 15 - x);
            check(e, "%s xmm%d, xmm%d", dbl ? "cvtss2sd" : "cvtsd2ss", x, 15 - x);
            e = fresh();
            x86_rounds_rr(e, dbl, x, 15 - x, 9);
            check(e, "rounds%c xmm%d, xmm%d, 9", dbl ? 'd' : 's', x, 15 - x);
            for (int size = 4; size <= 8; size += 4) {
                X86Reg r = (X86Reg)(15 - x);
                e = fresh();
                x86_cvtt_f2i(e, dbl, size, r, x);
                check(e, "cvtts%c2si %s, xmm%d", dbl ? 'd' : 's', reg_name(size, r), x);
                e = fresh();
                x86_cvt_f2i(e, dbl, size, r, x);
                check(e, "cvts%c2si %s, xmm%d", dbl ? 'd' : 's', reg_name(size, r), x);
                e = fresh();
                x86_cvt_i2f(e, dbl, size, x, r);
                check(e, "cvtsi2s%c xmm%d, %s", dbl ? 'd' : 's', x, reg_name(size, r));
            }
        }
        {
            Emit *e = fresh();
            x86_xorps_rr(e, x, 15 - x);
            check(e, "xorps xmm%d, xmm%d", x, 15 - x);
        }
    }
}

/* The encoders the aarch64 translator added: base + index * scale, the
 * flag-keeping moves, bswap, test with a memory operand, movdqu, lahf, cmc
 * and a relative call. */
static void test_a64_extras(void)
{
    static const int32_t ldisps[] = { 0, 8, -0xfffc };
    char m[128], idx[32];
    Emit *e;

    for (int b = 0; b < 16; b++) {
        for (int x = 0; x < 16; x++) {
            if (x == X86_RSP)
                continue;
            for (int sc = 0; sc < 4; sc++) {
                for (size_t k = 0; k < G_N_ELEMENTS(ldisps); k++) {
                    int32_t d = ldisps[k];
                    for (int size = 4; size <= 8; size *= 2) {
                        e = fresh();
                        x86_lea_index(e, size, (X86Reg)((b + x) & 15), (X86Reg)b, (X86Reg)x, sc, d);
                        if (sc)
                            snprintf(idx, sizeof idx, "%s*%d", r64[x], 1 << sc);
                        else
                            snprintf(idx, sizeof idx, "%s", r64[x]);
                        if (d == 0)
                            snprintf(m, sizeof m, "[%s + %s]", r64[b], idx);
                        else if (d > 0)
                            snprintf(m, sizeof m, "[%s + %s + %d]", r64[b], idx, d);
                        else
                            snprintf(m, sizeof m, "[%s + %s - 0x%x]", r64[b], idx, -d);
                        check(e, "lea %s, %s", reg_name(size, (b + x) & 15), m);
                    }
                }
            }
        }
    }
    for (int r = 0; r < 16; r++) {
        e = fresh();
        x86_mov_r32_imm(e, (X86Reg)r, 0);
        check(e, "mov %s, 0", r32[r]);
        e = fresh();
        x86_mov_r32_imm(e, (X86Reg)r, 0x1000000);
        check(e, "mov %s, 0x1000000", r32[r]);
        for (int size = 4; size <= 8; size *= 2) {
            e = fresh();
            x86_bswap(e, size, (X86Reg)r);
            check(e, "bswap %s", reg_name(size, r));
            e = fresh();
            x86_test_mi(e, size, x86_mem((X86Reg)r, 0x90), 0x1000000);
            snprintf(m, sizeof m, "[%s + 0x90]", r64[r]);
            check(e, "test %s%s, 0x1000000", ptr_name(size), m);
        }
        e = fresh();
        x86_movdqu_load(e, r, x86_mem(X86_R15, -0x70));
        check(e, "movdqu xmm%d, xmmword ptr [r15 - 0x70]", r);
        e = fresh();
        x86_movdqu_store(e, x86_mem((X86Reg)r, 8), 15 - r);
        snprintf(m, sizeof m, "[%s + 8]", r64[r]);
        check(e, "movdqu xmmword ptr %s, xmm%d", m, 15 - r);
    }
    e = fresh();
    x86_lahf(e);
    check(e, "lahf");
    e = fresh();
    x86_cmc(e);
    check(e, "cmc");
    e = fresh();
    x86_call(e, 0x40);
    check(e, "call 0x1040");
}

/* Packed SSE, AES-NI and SHA-NI register forms, with and without imm8,
 * for every pair of xmm registers. */
static void test_xmm(void)
{
    static const struct { X86VecOp op; const char *name; } vec_ops[] = {
        { X86_MOVDQA, "movdqa" }, { X86_PXOR, "pxor" }, { X86_PADDD, "paddd" },
    };
    static const struct { X86CryptoOp op; const char *name; } ops[] = {
        { X86_AESIMC, "aesimc" }, { X86_AESENC, "aesenc" }, { X86_AESENCLAST, "aesenclast" },
        { X86_AESDEC, "aesdec" }, { X86_AESDECLAST, "aesdeclast" },
        { X86_SHA1NEXTE, "sha1nexte" }, { X86_SHA1MSG1, "sha1msg1" },
        { X86_SHA1MSG2, "sha1msg2" }, { X86_SHA256RNDS2, "sha256rnds2" },
        { X86_SHA256MSG1, "sha256msg1" }, { X86_SHA256MSG2, "sha256msg2" },
    };
    static const struct { X86XmmImmOp op; const char *name; } imm_ops[] = {
        { X86_SHUFPS, "shufps" }, { X86_PALIGNR, "palignr" },
        { X86_PCLMULQDQ, "pclmulqdq" }, { X86_SHA1RNDS4, "sha1rnds4" },
    };
    static const uint8_t imms[] = { 0, 3, 0x11, 0x1b, 0xbb };
    char imm[16];

    for (int d = 0; d < 16; d++) {
        for (int s = 0; s < 16; s++) {
            for (size_t k = 0; k < G_N_ELEMENTS(vec_ops); k++) {
                Emit *e = fresh();
                x86_vec_rr(e, vec_ops[k].op, d, s);
                check(e, "%s xmm%d, xmm%d", vec_ops[k].name, d, s);
            }
            for (size_t k = 0; k < G_N_ELEMENTS(ops); k++) {
                Emit *e = fresh();
                x86_crypto_rr(e, ops[k].op, d, s);
                check(e, "%s xmm%d, xmm%d", ops[k].name, d, s);     /* sha256rnds2: xmm0 implied */
            }
            for (size_t k = 0; k < G_N_ELEMENTS(imm_ops); k++) {
                uint8_t v = imms[(size_t)(d + s) % G_N_ELEMENTS(imms)];
                Emit *e = fresh();
                x86_xmm_rri(e, imm_ops[k].op, d, s, v);
                imm_text(imm, sizeof imm, v);
                check(e, "%s xmm%d, xmm%d, %s", imm_ops[k].name, d, s, imm);
            }
            uint8_t v = imms[(size_t)d % G_N_ELEMENTS(imms)];
            Emit *e = fresh();
            x86_pshufd(e, d, s, v);
            imm_text(imm, sizeof imm, v);
            check(e, "pshufd xmm%d, xmm%d, %s", d, s, imm);
        }
    }
}

/* Packed integer SSE (the aarch64 translator's Advanced SIMD): every
 * operation on every pair of xmm registers, the shifts and shuffles, movq
 * to and from memory, pmovmskb. */
static void test_vec(void)
{
    static const struct { X86VecOp op; const char *name; } ops[] = {
        { X86_PAND, "pand" }, { X86_PANDN, "pandn" }, { X86_POR, "por" }, { X86_PXOR, "pxor" },
        { X86_PADDB, "paddb" }, { X86_PADDW, "paddw" }, { X86_PADDD, "paddd" },
        { X86_PADDQ, "paddq" }, { X86_PSUBB, "psubb" }, { X86_PSUBW, "psubw" },
        { X86_PSUBD, "psubd" }, { X86_PSUBQ, "psubq" }, { X86_PCMPEQB, "pcmpeqb" },
        { X86_PCMPEQW, "pcmpeqw" }, { X86_PCMPEQD, "pcmpeqd" }, { X86_PCMPGTB, "pcmpgtb" },
        { X86_PCMPGTW, "pcmpgtw" }, { X86_PCMPGTD, "pcmpgtd" }, { X86_PMAXUB, "pmaxub" },
        { X86_PMINUB, "pminub" }, { X86_PMAXSW, "pmaxsw" }, { X86_PMINSW, "pminsw" },
        { X86_PUNPCKLQDQ, "punpcklqdq" }, { X86_MOVDQA, "movdqa" }, { X86_PACKUSWB, "packuswb" },
        { X86_PACKSSWB, "packsswb" }, { X86_PACKSSDW, "packssdw" },
        { X86_PUNPCKLBW, "punpcklbw" }, { X86_PUNPCKLWD, "punpcklwd" },
        { X86_PUNPCKLDQ, "punpckldq" }, { X86_PUNPCKHBW, "punpckhbw" },
        { X86_PUNPCKHWD, "punpckhwd" }, { X86_PUNPCKHDQ, "punpckhdq" }, { X86_PSADBW, "psadbw" }, { X86_PSHUFB, "pshufb" },
        { X86_PCMPEQQ, "pcmpeqq" }, { X86_PMAXUW, "pmaxuw" }, { X86_PMAXUD, "pmaxud" },
        { X86_PMINUW, "pminuw" }, { X86_PMINUD, "pminud" }, { X86_PMAXSB, "pmaxsb" },
        { X86_PMAXSD, "pmaxsd" }, { X86_PMINSB, "pminsb" }, { X86_PMINSD, "pminsd" },
        { X86_PCMPGTQ, "pcmpgtq" },
    };
    static const struct { X86VecShift op; const char *name; } shifts[] = {
        { X86_PSRLW, "psrlw" }, { X86_PSRAW, "psraw" }, { X86_PSLLW, "psllw" },
        { X86_PSRLD, "psrld" }, { X86_PSRAD, "psrad" }, { X86_PSLLD, "pslld" },
        { X86_PSRLQ, "psrlq" }, { X86_PSRLDQ, "psrldq" }, { X86_PSLLQ, "psllq" },
        { X86_PSLLDQ, "pslldq" },
    };
    static const int32_t vdisps[] = { 0, 8, -0x78, 0x1000 };
    char m[64];

    for (int x = 0; x < 16; x++) {
        for (int y = 0; y < 16; y++) {
            for (size_t o = 0; o < G_N_ELEMENTS(ops); o++) {
                Emit *e = fresh();
                x86_vec_rr(e, ops[o].op, x, y);
                check(e, "%s xmm%d, xmm%d", ops[o].name, x, y);
            }
            Emit *e = fresh();
            x86_pshufd(e, x, y, 0x4e);
            check(e, "pshufd xmm%d, xmm%d, 0x4e", x, y);
            e = fresh();
            x86_pshuflw(e, x, y, 0xb1);
            check(e, "pshuflw xmm%d, xmm%d, 0xb1", x, y);
            e = fresh();
            x86_pshufhw(e, x, y, 0x1b);
            check(e, "pshufhw xmm%d, xmm%d, 0x1b", x, y);
        }
        for (size_t o = 0; o < G_N_ELEMENTS(shifts); o++) {
            Emit *e = fresh();
            x86_vec_shift_ri(e, shifts[o].op, x, 7);
            check(e, "%s xmm%d, 7", shifts[o].name, x);
        }
        for (int r = 0; r < 16; r++) {
            Emit *e = fresh();
            x86_pmovmskb(e, (X86Reg)r, x);
            check(e, "pmovmskb %s, xmm%d", r32[r], x);
        }
        for (int b = 0; b < 16; b++) {
            for (size_t k = 0; k < G_N_ELEMENTS(vdisps); k++) {
                X86Mem mm = x86_mem(b, vdisps[k]);
                mem_text(m, sizeof m, mm);
                Emit *e = fresh();
                x86_movq_load(e, x, mm);
                check(e, "movq xmm%d, qword ptr %s", x, m);
                e = fresh();
                x86_movq_store(e, mm, x);
                check(e, "movq qword ptr %s, xmm%d", m, x);
            }
        }
    }
}

/* Counting mode: a NULL buffer gives the same lengths, and a full buffer
 * reports overflow instead of writing past its end. */
static void test_counting(void)
{
    Emit a = { code, 0, sizeof code, false }, b = { NULL, 0, 0, false };
    x86_alu_rm(&a, X86_ADD, 8, X86_R12, x86_mem(X86_R13, 0x1000));
    x86_movabs(&a, X86_R9, 1);
    x86_alu_rm(&b, X86_ADD, 8, X86_R12, x86_mem(X86_R13, 0x1000));
    x86_movabs(&b, X86_R9, 1);
    g_assert_cmpuint(a.len, ==, b.len);
    g_assert_false(b.overflow);
    uint8_t small[4] = { 0 };
    Emit c = { small, 0, 3, false };
    x86_movabs(&c, X86_RAX, 1);
    g_assert_true(c.overflow);
    g_assert_cmpuint(small[3], ==, 0);
}

static void run(gconstpointer fn)
{
    ((void (*)(void))fn)();
    g_test_message("%u instructions checked", checked);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK)
        return 77;
    g_test_add_data_func("/x86-encode/alu", test_alu, run);
    g_test_add_data_func("/x86-encode/mov-load-store", test_mov, run);
    g_test_add_data_func("/x86-encode/shift-grp3-setcc", test_shift_grp3, run);
    g_test_add_data_func("/x86-encode/control", test_control, run);
    g_test_add_data_func("/x86-encode/sse-fma", test_sse, run);
    g_test_add_data_func("/x86-encode/a64-extras", test_a64_extras, run);
    g_test_add_data_func("/x86-encode/xmm", test_xmm, run);
    g_test_add_data_func("/x86-encode/vec", test_vec, run);
    g_test_add_data_func("/x86-encode/counting", test_counting, run);
    int rc = g_test_run();
    cs_close(&cs);
    return rc;
}
