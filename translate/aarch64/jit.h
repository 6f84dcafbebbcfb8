/*
 * The aarch64 translator's internals, shared by translate.c (superblocks,
 * flag liveness, register allocation, control flow, the run loop's entry)
 * and the code generators gen-dp.c (data processing), gen-ldst.c (loads
 * and stores), gen-fp.c (scalar FP) and gen-simd.c (Advanced SIMD).
 */
#ifndef XLAT_TRANSLATE_AARCH64_JIT_H
#define XLAT_TRANSLATE_AARCH64_JIT_H

#include <stdbool.h>
#include <stdint.h>

#include "translate/aarch64/a64.h"
#include "translate/aarch64/ops.h"
#include "translate/jit/cache.h"
#include "translate/x86_64/emit.h"

#define SB_MAX_INSNS 256
#define SB_MAX_BLOCKS 32
#define MAX_STUBS (2 * SB_MAX_INSNS + 8)
#define MAX_SITES (4 * SB_MAX_INSNS)
#define MAX_EXIT_NEED (2 * SB_MAX_BLOCKS + 2)
#define MAX_SRC_LOOKED 64

/* Operand numbers: 0..30 are X0..X30, 31 is SP, G_ZR the zero register. */
#define G_SP 31
#define G_ZR 32
#define N_OPERANDS 33

/* Where the guest's NZCV is: in cpu->a64.nzcv (FK_MEM), or in the host
 * flags as left by an x86 sub/cmp (FK_SUB: ARM C is the inverse of CF),
 * add (FK_ADD: C is CF) or and/test (FK_LOGIC: C and V are 0). */
typedef enum FlagKind { FK_MEM, FK_SUB, FK_ADD, FK_LOGIC } FlagKind;

/* What a point of the code needs of NZCV: nothing (set again before any
 * use), only what a fault would show (NEED_FAULT: a guest access comes
 * first; the host flags are saved as they are, lazy_flags), or the value
 * itself (NEED_FULL: an instruction, a helper or an exit reads it). */
enum { NEED_NONE, NEED_FAULT, NEED_FULL };

/* The lazy form of cpu->a64.nzcv, which only translated code writes and
 * only exits and the fault path read (making it canonical): this bit, lahf's
 * ah in 15..8 (SF ZF and CF, which is ARM's C or, with
 * A64_NZCV_LAZY_NOTC, its inverse) and seto's al in 7..0 (V).
 * Canonical NZCV has bits 27..0 clear. */
#define A64_NZCV_LAZY (1u << 24)
/* ... with CF the inverse of ARM's C (after a sub). */
#define A64_NZCV_LAZY_NOTC (1u << 25)
/* Or a compare to run again to get it (gen-flags.c): this bit and the
 * compare's index below it. */
#define A64_NZCV_CMP (1u << 23)

typedef struct TrInsn {
    A64Insn in;
    A64Op op;
    A64Access acc;      /* A64_OP_LDST and A64_OP_PAIR */
    bool fallthrough;   /* the interpreter's fall-through pseudo-instruction */
    bool block_last;    /* the last of its block */
    int pos;            /* guest instructions retired before it in the superblock */
    uint64_t ret_to;    /* a RET whose predicted target starts the next block, or 0 */
} TrInsn;

typedef enum StubKind {
    STUB_EXIT,          /* leave to target_pc (chainable) after retired instructions */
    STUB_EDGE,          /* jump inside the superblock to block `block` */
    STUB_OOB,           /* out-of-range access: SIGSEGV at target_pc */
    STUB_OOB_BASE,      /* base register out of range: SIGSEGV at base + disp */
    STUB_LEAVE,         /* leave to target_pc, not chainable (jit_exit was set) */
    STUB_ENTRY_LEAVE,   /* leave at entry, before the guest registers are loaded */
    STUB_INDIRECT,      /* a predicted RET went elsewhere: insn `block`'s indirect jump */
} StubKind;

typedef struct Stub {
    StubKind kind;
    size_t jump_at;         /* rel32 that must point at the stub */
    uint64_t target_pc;
    int32_t retired;
    int block;
    int size;               /* STUB_OOB: access size */
    X86Reg base;            /* STUB_OOB_BASE: the base register, */
    int32_t disp;           /* and the displacement of the access */
    FlagKind flags;         /* host flags to store into NZCV first */
    int need;               /* NEED_*: how */
} Stub;

/* A register-offset access range checked: [rn + ext(rm) << amt, + bytes),
 * neither register written since. */
typedef struct ChkIdx {
    uint8_t rn, rm, sh, amt;
    int32_t bytes;
} ChkIdx;

typedef struct Tc {
    Emit *e;
    TrInsn insn[SB_MAX_INSNS];
    int n;
    int block_start[SB_MAX_BLOCKS];     /* index of each block's first insn */
    uint64_t block_pc[SB_MAX_BLOCKS];
    size_t block_label[SB_MAX_BLOCKS];  /* host offset of each block */
    int nblocks;
    int8_t host_of[N_OPERANDS];         /* host register of an operand, or -1 */
    int8_t guest_of_host[16];
    uint32_t written;                   /* guest registers (0..31) the native code writes */
    uint32_t fixed;                     /* fixed guest registers (translate.c) in place */
    uint32_t displaced;                 /* fixed guest registers whose host register is lent */
    bool fixed_on;
    bool flags_live_in[SB_MAX_INSNS];   /* NZCV may be read before it is set again */
    bool flags_live_out[SB_MAX_INSNS];
    bool fault_live_in[SB_MAX_INSNS];   /* NZCV may be seen by a fault before it is set again */
    bool fault_live_out[SB_MAX_INSNS];
    uint64_t exit_need_pc[MAX_EXIT_NEED];   /* exit_need's answers so far */
    int8_t exit_need[MAX_EXIT_NEED];
    int nexit_need;
    uint64_t looked[MAX_SRC_LOOKED][2]; /* decoded blocks exit_need looked into: [pc, last pc] */
    int nlooked;
    bool looked_overflow;               /* more than MAX_SRC_LOOKED */
    FlagKind flags;
    bool flag_elim;                     /* flag liveness and fusion on */
    bool deferred[SB_MAX_INSNS];        /* a compare emitted at its readers instead (gen-flags.c) */
    int16_t regen_from[SB_MAX_INSNS];   /* the deferred compare a reader emits first, or -1 */
    bool regen_keep[SB_MAX_INSNS];      /* a reader whose flags the next reader makes again */
    bool regen_now;                     /* emitting a deferred compare at its reader */
    int cur_regen;                      /* the compare whose flags the host has, or -1 */
    uint32_t chk_valid;                 /* guest registers (0..31) with a checked access range */
    int32_t chk_lo[32], chk_hi[32];     /* ... [reg + lo, reg + hi), in this block (gen-ldst.c) */
    ChkIdx chk_idx[4];                  /* register-offset accesses checked (gen-ldst.c) */
    int nchk_idx;
    Stub stubs[MAX_STUBS];
    int nstubs;
    JitSite sites[MAX_SITES];
    int nsites;
    JitExit exits[MAX_STUBS];
    size_t exit_imm[MAX_STUBS];         /* offset of the movabs imm64 of &JitExit */
    int nexits;
    size_t helper_imm[SB_MAX_INSNS];    /* movabs of the A64Insn a helper call passes */
    int helper_insn[SB_MAX_INSNS];
    int nhelpers;
    size_t unlazy_call[MAX_STUBS];      /* rel32s of the calls to the unlazy routine */
    int nunlazy;
    size_t oob_tail;                    /* the code all STUB_OOBs end in, once emitted */
    int target_block[SB_MAX_INSNS][2];  /* block index of the taken and next pc, or -1 */
    bool overflow;                      /* too many stubs or sites: give up */
    uint64_t guest_min;
    uint32_t entry_check_len;   /* bytes of the entry's jit_exit check */
} Tc;

typedef enum ValKind { V_REG, V_MEM, V_IMM } ValKind;
typedef struct Val {
    ValKind kind;
    X86Reg reg;
    int32_t disp;
    int64_t imm;
} Val;

/* Operands an instruction reads and writes natively (not XZR). */
typedef struct Regs {
    int r[4], w[3];
    int nr, nw;
} Regs;

/* translate.c */
Regs insn_regs(const TrInsn *t);
/* What t is (op, acc, fallthrough) from its handler. */
void classify(TrInsn *t);
/* Sets NZCV (a helper may: A64_OP_NONE). */
bool sets_flags(A64Op op);
/* Reads NZCV (a helper may); with faults: or may fault (a guest access). */
bool reads_flags(A64Op op, bool faults);
/* gen-flags.c: cpu->a64.nzcv, and making it canonical again (after a
 * fault in translated code, or at an exit). */
X86Mem nzcv_mem(void);
void a64_jit_unlazy_flags(Cpu *cpu);
X86Mem cpu_mem(int32_t off);
int32_t xoff(int g);
int operand(unsigned r, bool sp);
Val val_of(const Tc *tc, int g);
Val val_imm(int64_t imm);
void mov_val(Tc *tc, X86Reg dst, Val v);
X86Reg in_reg(Tc *tc, int g, X86Reg scratch);
X86Reg dest_reg(const Tc *tc, int g);
void commit(Tc *tc, int g, X86Reg r);
void apply(Tc *tc, X86Alu op, int size, X86Reg dst, Val b);
X86Reg work_reg(const Tc *tc, int rd, Val a, Val b);
void land(Tc *tc, size_t at);
/* Before a helper or a guest signal: the Cpu gets every guest register. */
void write_back_all(Tc *tc);
size_t new_stub(Tc *tc, StubKind kind, size_t jump_at, uint64_t target_pc, int32_t retired);
void add_site(Tc *tc, uint64_t pc, int retired);
/* Store pending host flags into cpu->a64.nzcv (clobbers rax, rcx, rdx and
 * the host flags). */
void materialize_flags(Tc *tc);
/* Store host flags of kind k as need says (NEED_*). */
void save_flags(Tc *tc, FlagKind k, int need);
/* The need for NZCV after instruction i. */
int need_after(const Tc *tc, int i);
/* The host condition that holds iff A64 condition cond (< 14) does, given
 * the flags in tc->flags; from memory it emits a test first.  Returns false
 * when the host flags cannot express it (the caller materializes first). */
bool host_cond(Tc *tc, unsigned cond, X86Cond *cc);
/* The interpreter's handler runs the instruction, with all state in the Cpu. */
void exec_one(Tc *tc, int i);

/* gen-flags.c: what an exit to pc must leave of NZCV (NEED_*): with
 * --jit-disable=exitlive, or when the code at pc may read it, NEED_FULL
 * (NEED_FAULT with nzcvlazy: the lazy form, which the next reader makes
 * canonical); NEED_NONE when that code sets it before anything sees it. */
int exit_need(Tc *tc, uint64_t pc);
/* The same from the decoded code at pc alone (also --verify's). */
/* verify.c: record the guest code translation t was made from (its blocks,
 * and the blocks exit_need looked into) for invalidation, and --verify's
 * block list. */
void a64_note_src(const Tc *tc, JitTrans *t);
void a64_note_blocks(const Tc *tc, JitTrans *t);
int a64_flags_need_at(uint64_t pc);
int a64_flags_need_at_noting(Tc *tc, uint64_t pc);
/* gen-flags.c: the guest registers (bit g) that the superblock's first
 * instructions write before reading them, before anything could leave,
 * fault or call a helper (plain inline integer code only): the entry need
 * not load them (entrydead). */
uint32_t entry_dead(const Tc *tc);
/* gen-flags.c: which compares are repeated at their readers (Tc.deferred,
 * regen_from, regen_keep). */
void plan_flag_regen(Tc *tc);
/* Store NZCV as a tag naming the compare cur_regen when only faults and
 * exits may see it from instruction `from` on; false: not possible. */
bool tag_flags(Tc *tc, int from);
/* Make a tagged cpu->a64.nzcv canonical (every guest register in the
 * Cpu); false if it is not tagged. */
bool a64_nzcv_cmp_resolve(Cpu *cpu);

/* gen-dp.c: false if the instruction has no native translation. */
bool gen_dp(Tc *tc, int i);
/* gen-ldst.c */
bool gen_ldst(Tc *tc, int i);
/* After instruction i: the registers it wrote lose their checked ranges. */
void ldst_forget(Tc *tc, int i);
/* gen-ldst.c: whether range checks of the base register alone (basecheck)
 * hold for vm's guest memory (a64_jit_configure). */
void a64_ldst_configure(const Vm *vm);
bool a64_load_address_of(Cpu *cpu, uint64_t *addr);
/* gen-ldst.c: the code of a STUB_OOB or STUB_OOB_BASE: the guest's SIGSEGV
 * at the access's address. */
void ldst_oob_stub(Tc *tc, const Stub *s);
/* only_prev[b]: block b of the superblock is entered only from the end of
 * block b - 1, so what that block range-checked holds at its start. */
void a64_entered_only_from_prev(const Tc *tc, bool *only_prev);
/* gen-fp.c */
bool gen_fp(Tc *tc, int i);
/* gen-crypto.c */
bool gen_crypto(Tc *tc, int i);
/* gen-simd.c: what an Advanced SIMD instruction is (A64_SIMD_NONE: not an
 * integer one), whether it has an inline form (then its op is A64_OP_SIMD),
 * the general registers it reads and writes (G_ZR: none), its code. */
A64SimdOp simd_op_of(const A64Insn *in);
bool simd_inline(const TrInsn *t);
void simd_operands(const TrInsn *t, int reads[2], int *nreads, int *write);
bool gen_simd(Tc *tc, int i);
/* gen-fpcvt.c: compares, FCSEL and conversions */
bool gen_fpcvt(Tc *tc, int i);

#endif
