/* Macros for the riscv64 per-instruction tests (tests/isa/riscv64/*.S).
 *
 * Every test program is a static, libc-free executable:
 *
 *     #include "macros.h"
 *     TEST_START
 *         TEST_RR(1, "add", add, 3, 1, 2)
 *         ...
 *     TEST_END
 *
 * Each check carries its own number and name.  A wrong result jumps to
 * test_fail, which prints
 *     FAIL: test 1 (add): got 0x..., expected 0x...
 * on stdout and exits with status 1.  TEST_END prints "all checks passed"
 * and exits with status 0.
 *
 * Register conventions (all macros, no hidden variables):
 *   - the macros clobber a0-a5, fa0-fa3 and t3-t6; tests keep values that
 *     must survive a macro in s-registers;
 *   - CHECK_* take the checked register as an argument; it must not be t6,
 *     which holds the expected value;
 *   - on failure t3 = name string, t4 = test number, t5 = value got,
 *     t6 = value expected (test_fail reads them and never returns).
 *
 * Floating-point values are written as their bit patterns: single in the
 * low 32 bits (the macros zero-extend the value read back with fmv.x.w, so
 * the sign extension of fmv.x.w is tested separately in rv64f.S), double
 * as 64 bits.  Accrued flags are cleared before and read after each
 * operation; the FFLAGS_* constants name the bits.
 */
#ifndef TESTS_ISA_RISCV64_MACROS_H
#define TESTS_ISA_RISCV64_MACROS_H

#define SYS_write 64
#define SYS_exit 93

#define FFLAGS_NX 0x01 /* inexact */
#define FFLAGS_UF 0x02 /* underflow */
#define FFLAGS_OF 0x04 /* overflow */
#define FFLAGS_DZ 0x08 /* divide by zero */
#define FFLAGS_NV 0x10 /* invalid */

/* frm encodings */
#define FRM_RNE 0
#define FRM_RTZ 1
#define FRM_RDN 2
#define FRM_RUP 3
#define FRM_RMM 4

/* Assembled with -march=rv64gc; automatic compression is off so that every
   instruction not written as c.xxx under `.option rvc` is 32 bits. */
#define TEST_START                                                      \
    .option norvc;                                                      \
    .text;                                                              \
    .globl _start;                                                      \
    _start:

/* Prints "all checks passed" (the run script requires it, so a runner
   that exits 0 without running the program does not pass) and exits 0. */
#define TEST_END                                                        \
    la a0, test_msg_passed;                                             \
    jal ra, test_print_str;                                             \
    li a0, 0;                                                           \
    li a7, SYS_exit;                                                    \
    ecall

/* Fail unless register got equals register t6 (already loaded). */
#define CHECK_T6(num, name, got)                                        \
    beq got, t6, 8888f;                                                 \
    mv t5, got;                                                         \
    li t4, num;                                                         \
    la t3, 8889f;                                                       \
    j test_fail;                                                        \
    .pushsection .rodata.test_names, "a", @progbits;                    \
    8889: .asciz name;                                                  \
    .popsection;                                                        \
    8888:

/* Fail unless register got equals the constant exp. */
#define CHECK_IMM(num, name, got, exp)                                  \
    li t6, exp;                                                         \
    CHECK_T6(num, name, got)

/* Fail unless register got equals register exp. */
#define CHECK_REG(num, name, got, exp)                                  \
    mv t6, exp;                                                         \
    CHECK_T6(num, name, got)

/* Fail unconditionally (reached a place that must not be reached). */
#define FAIL_HERE(num, name)                                            \
    li t6, 0;                                                           \
    li t5, 1;                                                           \
    li t4, num;                                                         \
    la t3, 8884f;                                                       \
    j test_fail;                                                        \
    .pushsection .rodata.test_names, "a", @progbits;                    \
    8884: .asciz name;                                                  \
    .popsection

/* ---- integer ---- */

/* rd = a OP b, with rd and both sources distinct. */
#define TEST_RR(num, name, op, exp, a, b)                               \
    li a1, a;                                                           \
    li a2, b;                                                           \
    op a0, a1, a2;                                                      \
    CHECK_IMM(num, name, a0, exp)

/* rd = rd OP b (destination is also the first source). */
#define TEST_RR_SRC1_IS_DEST(num, name, op, exp, a, b)                  \
    li a0, a;                                                           \
    li a2, b;                                                           \
    op a0, a0, a2;                                                      \
    CHECK_IMM(num, name, a0, exp)

/* rd = rs OP rs (both sources the same register). */
#define TEST_RR_SAME_SRC(num, name, op, exp, a)                         \
    li a1, a;                                                           \
    op a0, a1, a1;                                                      \
    CHECK_IMM(num, name, a0, exp)

/* Writing x0 must leave it zero. */
#define TEST_RR_ZERO_DEST(num, name, op, a, b)                          \
    li a1, a;                                                           \
    li a2, b;                                                           \
    op zero, a1, a2;                                                    \
    mv a0, zero;                                                        \
    CHECK_IMM(num, name, a0, 0)

/* rd = a OP imm. */
#define TEST_RI(num, name, op, exp, a, imm)                             \
    li a1, a;                                                           \
    op a0, a1, imm;                                                     \
    CHECK_IMM(num, name, a0, exp)

/* rd = OP imm (lui, auipc-free forms). */
#define TEST_U(num, name, op, exp, imm)                                 \
    op a0, imm;                                                         \
    CHECK_IMM(num, name, a0, exp)

/* rd = load from label+off (base register points at label). */
#define TEST_LOAD(num, name, op, exp, label, off)                       \
    la a1, label;                                                       \
    op a0, off(a1);                                                     \
    CHECK_IMM(num, name, a0, exp)

/* Fill the 64-bit word at label+wordoff with fill, store value at
   label+off with op, then read the word at label+wordoff back with ld
   and compare it with exp. */
#define TEST_STORE(num, name, op, value, label, off, wordoff, fill, exp) \
    la a1, label;                                                       \
    li a2, fill;                                                        \
    sd a2, wordoff(a1);                                                 \
    li a2, value;                                                       \
    op a2, off(a1);                                                     \
    ld a0, wordoff(a1);                                                 \
    CHECK_IMM(num, name, a0, exp)

/* Branch must be taken: the fall-through path fails. */
#define TEST_BR_TAKEN(num, name, op, a, b)                              \
    li a1, a;                                                           \
    li a2, b;                                                           \
    op a1, a2, 8887f;                                                   \
    FAIL_HERE(num, name);                                               \
    8887:

/* Branch must not be taken. */
#define TEST_BR_NOT_TAKEN(num, name, op, a, b)                          \
    li a1, a;                                                           \
    li a2, b;                                                           \
    op a1, a2, 8886f;                                                   \
    j 8885f;                                                            \
    8886:;                                                              \
    FAIL_HERE(num, name);                                               \
    8885:

/* ---- atomics ---- */

/* The 64-bit word at label holds init; rd = AMO(rs2 = src, (label));
   checks the value returned and the whole 64-bit word afterwards (the
   .w forms must leave its upper half alone). */
#define TEST_AMO(num, name, op, label, init, src, exp_rd, exp_mem)     \
    la a1, label;                                                       \
    li a2, init;                                                        \
    sd a2, 0(a1);                                                       \
    li a3, src;                                                         \
    op a0, a3, (a1);                                                    \
    ld a4, 0(a1);                                                       \
    CHECK_IMM(num, name, a0, exp_rd);                                   \
    CHECK_IMM(num, name " (memory)", a4, exp_mem)

/* ---- floating point ---- */

/* Optional static rounding-mode operand: op fa0, fa1, fa2 RM(rtz). */
#define RM(mode) , mode

#define FP_SINGLE_BITS(reg) slli reg, reg, 32; srli reg, reg, 32

/* fa0 = fa1 OP fa2 in single precision; checks result and fflags. */
#define TEST_FRR_S(num, name, op, rm, exp, expflags, a, b)              \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.w.x fa2, a2;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1, fa2 rm;                                                \
    frflags a3;                                                         \
    fmv.x.w a0, fa0;                                                    \
    FP_SINGLE_BITS(a0);                                                 \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_FRR_D(num, name, op, rm, exp, expflags, a, b)              \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.d.x fa2, a2;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1, fa2 rm;                                                \
    frflags a3;                                                         \
    fmv.x.d a0, fa0;                                                    \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* fa0 = OP(fa1, fa2, fa3) (fused multiply-add family). */
#define TEST_FRRR_S(num, name, op, rm, exp, expflags, a, b, c)          \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.w.x fa2, a2;                                                    \
    li a3, c;                                                           \
    fmv.w.x fa3, a3;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1, fa2, fa3 rm;                                           \
    frflags a3;                                                         \
    fmv.x.w a0, fa0;                                                    \
    FP_SINGLE_BITS(a0);                                                 \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_FRRR_D(num, name, op, rm, exp, expflags, a, b, c)          \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.d.x fa2, a2;                                                    \
    li a3, c;                                                           \
    fmv.d.x fa3, a3;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1, fa2, fa3 rm;                                           \
    frflags a3;                                                         \
    fmv.x.d a0, fa0;                                                    \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* fa0 = OP(fa1) (fsqrt, fcvt.s.d with a single-precision result...). */
#define TEST_FR_S(num, name, op, rm, exp, expflags, a)                  \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1 rm;                                                     \
    frflags a3;                                                         \
    fmv.x.w a0, fa0;                                                    \
    FP_SINGLE_BITS(a0);                                                 \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_FR_D(num, name, op, rm, exp, expflags, a)                  \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    op fa0, fa1 rm;                                                     \
    frflags a3;                                                         \
    fmv.x.d a0, fa0;                                                    \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* fcvt.s.d: double source, single result. */
#define TEST_FCVT_S_D(num, name, rm, exp, expflags, a)                  \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    fcvt.s.d fa0, fa1 rm;                                               \
    frflags a3;                                                         \
    fmv.x.w a0, fa0;                                                    \
    FP_SINGLE_BITS(a0);                                                 \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* fcvt.d.s: single source, double result. */
#define TEST_FCVT_D_S(num, name, exp, expflags, a)                      \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    fcvt.d.s fa0, fa1;                                                  \
    frflags a3;                                                         \
    fmv.x.d a0, fa0;                                                    \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* Integer result from FP sources: a0 = OP(fa1, fa2) (feq, flt, fle). */
#define TEST_FCMP_S(num, name, op, exp, expflags, a, b)                 \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.w.x fa2, a2;                                                    \
    fsflags zero;                                                       \
    op a0, fa1, fa2;                                                    \
    frflags a3;                                                         \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_FCMP_D(num, name, op, exp, expflags, a, b)                 \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    li a2, b;                                                           \
    fmv.d.x fa2, a2;                                                    \
    fsflags zero;                                                       \
    op a0, fa1, fa2;                                                    \
    frflags a3;                                                         \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* Integer result from one FP source: a0 = OP(fa1) (fcvt.w.s, fclass.s). */
#define TEST_FTOI_S(num, name, op, rm, exp, expflags, a)                \
    li a1, a;                                                           \
    fmv.w.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    op a0, fa1 rm;                                                      \
    frflags a3;                                                         \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_FTOI_D(num, name, op, rm, exp, expflags, a)                \
    li a1, a;                                                           \
    fmv.d.x fa1, a1;                                                    \
    fsflags zero;                                                       \
    op a0, fa1 rm;                                                      \
    frflags a3;                                                         \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* FP result from an integer source: fa0 = OP(a1) (fcvt.s.w ...). */
#define TEST_ITOF_S(num, name, op, rm, exp, expflags, a)                \
    li a1, a;                                                           \
    fsflags zero;                                                       \
    op fa0, a1 rm;                                                      \
    frflags a3;                                                         \
    fmv.x.w a0, fa0;                                                    \
    FP_SINGLE_BITS(a0);                                                 \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

#define TEST_ITOF_D(num, name, op, rm, exp, expflags, a)                \
    li a1, a;                                                           \
    fsflags zero;                                                       \
    op fa0, a1 rm;                                                      \
    frflags a3;                                                         \
    fmv.x.d a0, fa0;                                                    \
    CHECK_IMM(num, name, a0, exp);                                      \
    CHECK_IMM(num, name " (fflags)", a3, expflags)

/* ---- the failure report, shared by every test program ----
 * Leaf code only (no stack): a failing test may have moved sp. */
    .pushsection .text.test_runtime, "ax", @progbits
    .option push
    .option norvc
    .balign 4
test_fail:
    mv s2, t3                   /* name */
    mv s3, t4                   /* test number */
    mv s4, t5                   /* got */
    mv s5, t6                   /* expected */
    la a0, test_msg_fail
    jal ra, test_print_str
    mv a0, s3
    jal ra, test_print_dec
    la a0, test_msg_open
    jal ra, test_print_str
    mv a0, s2
    jal ra, test_print_str
    la a0, test_msg_got
    jal ra, test_print_str
    mv a0, s4
    jal ra, test_print_hex
    la a0, test_msg_expected
    jal ra, test_print_str
    mv a0, s5
    jal ra, test_print_hex
    la a0, test_msg_newline
    jal ra, test_print_str
    li a0, 1
    li a7, SYS_exit
    ecall

/* write(1, a0, strlen(a0)) */
test_print_str:
    mv a1, a0
    mv a2, zero
1:  add t0, a1, a2
    lbu t0, 0(t0)
    beqz t0, 2f
    addi a2, a2, 1
    j 1b
2:  li a0, 1
    li a7, SYS_write
    ecall
    ret

/* print a0 as 0x + 16 hex digits */
test_print_hex:
    la a1, test_numbuf
    li t0, '0'
    sb t0, 0(a1)
    li t0, 'x'
    sb t0, 1(a1)
    addi a2, a1, 17             /* last digit */
    addi t2, a1, 1              /* stop before the 'x' */
1:  andi t0, a0, 15
    li t1, 10
    blt t0, t1, 2f
    addi t0, t0, 'a' - '0' - 10
2:  addi t0, t0, '0'
    sb t0, 0(a2)
    srli a0, a0, 4
    addi a2, a2, -1
    bne a2, t2, 1b
    li a2, 18
    li a0, 1
    li a7, SYS_write
    ecall
    ret

/* print a0 (unsigned) in decimal */
test_print_dec:
    la a1, test_numbuf
    addi a1, a1, 24             /* one past the last digit */
    mv a2, a1
    li t1, 10
1:  remu t0, a0, t1
    divu a0, a0, t1
    addi t0, t0, '0'
    addi a1, a1, -1
    sb t0, 0(a1)
    bnez a0, 1b
    sub a2, a2, a1
    li a0, 1
    li a7, SYS_write
    ecall
    ret
    .option pop
    .popsection

    .pushsection .rodata.test_runtime, "a", @progbits
test_msg_fail:      .asciz "FAIL: test "
test_msg_open:      .asciz " ("
test_msg_got:       .asciz "): got "
test_msg_expected:  .asciz ", expected "
test_msg_newline:   .asciz "\n"
test_msg_passed:    .asciz "all checks passed\n"
    .popsection

    .pushsection .bss.test_runtime, "aw", @nobits
    .balign 8
test_numbuf: .space 32
    .popsection

#endif
