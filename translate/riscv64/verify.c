/*
 * riscv64 for --verify (translate/jit/verify.h): what is compared after
 * each verified superblock run, besides pc and instret.  The step
 * function is the interpreter's (rv_verify_step, interp.c).
 */
#include <stddef.h>

#include "translate/jit/verify.h"
#include "translate/riscv64/rvblock.h"

#define X(n, name) { name, offsetof(Cpu, x[n]), 8 }
#define F(n, name) { name, offsetof(Cpu, rv.f[n]), 8 }
static const JitVerifyReg rv_regs[] = {
    X(1, "ra"), X(2, "sp"), X(3, "gp"), X(4, "tp"), X(5, "t0"), X(6, "t1"), X(7, "t2"),
    X(8, "s0"), X(9, "s1"), X(10, "a0"), X(11, "a1"), X(12, "a2"), X(13, "a3"), X(14, "a4"),
    X(15, "a5"), X(16, "a6"), X(17, "a7"), X(18, "s2"), X(19, "s3"), X(20, "s4"), X(21, "s5"),
    X(22, "s6"), X(23, "s7"), X(24, "s8"), X(25, "s9"), X(26, "s10"), X(27, "s11"),
    X(28, "t3"), X(29, "t4"), X(30, "t5"), X(31, "t6"),
    { "zero", offsetof(Cpu, x[0]), 8 },
    F(0, "ft0"), F(1, "ft1"), F(2, "ft2"), F(3, "ft3"), F(4, "ft4"), F(5, "ft5"), F(6, "ft6"),
    F(7, "ft7"), F(8, "fs0"), F(9, "fs1"), F(10, "fa0"), F(11, "fa1"), F(12, "fa2"),
    F(13, "fa3"), F(14, "fa4"), F(15, "fa5"), F(16, "fa6"), F(17, "fa7"), F(18, "fs2"),
    F(19, "fs3"), F(20, "fs4"), F(21, "fs5"), F(22, "fs6"), F(23, "fs7"), F(24, "fs8"),
    F(25, "fs9"), F(26, "fs10"), F(27, "fs11"), F(28, "ft8"), F(29, "ft9"), F(30, "ft10"),
    F(31, "ft11"),
    { "fflags", offsetof(Cpu, rv.fflags), 4 },
    { "frm", offsetof(Cpu, rv.frm), 4 },
    { "lr/sc reservation", offsetof(Cpu, rv.reserve_addr), 8 },
};
#undef X
#undef F

const JitVerifyIsa rv_verify_isa = {
    .step = rv_verify_step,
    .regs = rv_regs,
    .nregs = sizeof rv_regs / sizeof rv_regs[0],
    .translate_prefix = rv_jit_translate_prefix,
};
