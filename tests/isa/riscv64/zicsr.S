/* Zicsr: csrrw, csrrs, csrrc and csrrwi, csrrsi, csrrci on fflags, frm and
 * fcsr (old value returned, the fields' widths, fcsr = frm << 5 | fflags,
 * rs1 = x0 / uimm = 0 reading without writing), the pseudo-instructions
 * frflags/fsflags/frrm/fsrm/frcsr/fscsr, flags accrued by FP instructions,
 * and the user counters cycle, time and instret (non-decreasing, instret
 * increasing across executed instructions). */
#include "macros.h"

TEST_START

    /* ---- fcsr ---- */
    li a1, 0x9f                 /* frm = RMM (4), all five flags */
    csrrw a0, fcsr, a1
    CHECK_IMM(1, "fcsr starts zero", a0, 0)
    csrrs a0, fcsr, zero
    CHECK_IMM(2, "csrrw fcsr wrote", a0, 0x9f)
    csrrs a0, frm, zero
    CHECK_IMM(3, "frm is fcsr[7:5]", a0, FRM_RMM)
    csrrs a0, fflags, zero
    CHECK_IMM(4, "fflags is fcsr[4:0]", a0, 0x1f)
    li a1, 0x1ff                /* bits above 7 are ignored, read as zero */
    csrrw a0, fcsr, a1
    CHECK_IMM(5, "csrrw fcsr returns old", a0, 0x9f)
    frcsr a0
    CHECK_IMM(6, "fcsr keeps 8 bits", a0, 0xff)
    li a1, 0x60
    csrrc a0, fcsr, a1
    CHECK_IMM(7, "csrrc fcsr returns old", a0, 0xff)
    frcsr a0
    CHECK_IMM(8, "csrrc fcsr cleared bits", a0, 0x9f)
    csrrci a0, fcsr, 0x1f
    CHECK_IMM(9, "csrrci fcsr returns old", a0, 0x9f)
    frcsr a0
    CHECK_IMM(10, "csrrci fcsr cleared flags", a0, 0x80)
    csrrsi a0, fcsr, 0x05
    CHECK_IMM(11, "csrrsi fcsr returns old", a0, 0x80)
    frcsr a0
    CHECK_IMM(12, "csrrsi fcsr set flags", a0, 0x85)
    csrrwi a0, fcsr, 0x1a
    CHECK_IMM(13, "csrrwi fcsr returns old", a0, 0x85)
    frcsr a0
    CHECK_IMM(14, "csrrwi fcsr wrote (zero-extended uimm)", a0, 0x1a)
    li a1, 0x41
    fscsr a0, a1
    CHECK_IMM(15, "fscsr returns old", a0, 0x1a)
    frcsr a0
    CHECK_IMM(16, "fscsr wrote", a0, 0x41)

    /* ---- fflags ---- */
    csrrwi zero, fcsr, 0
    li a1, 0xff
    csrrw a0, fflags, a1
    CHECK_IMM(17, "csrrw fflags returns old", a0, 0)
    csrr a0, fflags
    CHECK_IMM(18, "fflags keeps 5 bits", a0, 0x1f)
    frcsr a0
    CHECK_IMM(19, "fflags write leaves frm alone", a0, 0x1f)
    li a1, FFLAGS_NV | FFLAGS_NX
    csrrc a0, fflags, a1
    CHECK_IMM(20, "csrrc fflags returns old", a0, 0x1f)
    frflags a0
    CHECK_IMM(21, "csrrc fflags cleared", a0, FFLAGS_DZ | FFLAGS_OF | FFLAGS_UF)
    csrrci a0, fflags, FFLAGS_OF
    frflags a0
    CHECK_IMM(22, "csrrci fflags", a0, FFLAGS_DZ | FFLAGS_UF)
    csrrsi a0, fflags, FFLAGS_NX
    CHECK_IMM(23, "csrrsi fflags returns old", a0, FFLAGS_DZ | FFLAGS_UF)
    frflags a0
    CHECK_IMM(24, "csrrsi fflags set", a0, FFLAGS_DZ | FFLAGS_UF | FFLAGS_NX)
    li a1, FFLAGS_NV
    csrrs a0, fflags, a1
    frflags a0
    CHECK_IMM(25, "csrrs fflags set", a0, FFLAGS_NV | FFLAGS_DZ | FFLAGS_UF | FFLAGS_NX)
    csrrwi a0, fflags, FFLAGS_OF
    CHECK_IMM(26, "csrrwi fflags returns old", a0, FFLAGS_NV | FFLAGS_DZ | FFLAGS_UF | FFLAGS_NX)
    fsflags a0, zero
    CHECK_IMM(27, "fsflags returns old", a0, FFLAGS_OF)
    frflags a0
    CHECK_IMM(28, "fsflags cleared", a0, 0)
    csrrsi a0, fflags, 0        /* uimm 0: a read, no write */
    CHECK_IMM(29, "csrrsi fflags, 0 reads", a0, 0)

    /* ---- frm ---- */
    li a1, FRM_RUP
    csrrw a0, frm, a1
    CHECK_IMM(30, "csrrw frm returns old", a0, 0)
    frcsr a0
    CHECK_IMM(31, "frm write lands in fcsr[7:5]", a0, FRM_RUP << 5)
    li a1, 0xfc                 /* only 3 bits */
    fsrm a0, a1
    CHECK_IMM(32, "fsrm returns old", a0, FRM_RUP)
    frrm a0
    CHECK_IMM(33, "frm keeps 3 bits", a0, 4)
    csrrci a0, frm, 4
    frrm a0
    CHECK_IMM(34, "csrrci frm", a0, 0)
    csrrsi a0, frm, FRM_RDN
    frrm a0
    CHECK_IMM(35, "csrrsi frm", a0, FRM_RDN)
    csrrwi a0, frm, FRM_RTZ
    CHECK_IMM(36, "csrrwi frm returns old", a0, FRM_RDN)
    frrm a0
    CHECK_IMM(37, "csrrwi frm wrote", a0, FRM_RTZ)
    li a1, 1
    csrrc a0, frm, a1
    frrm a0
    CHECK_IMM(38, "csrrc frm", a0, 0)
    frflags a0
    CHECK_IMM(39, "frm writes leave fflags alone", a0, 0)

    /* ---- flags accrue from instructions and stay until cleared ---- */
    fsflags zero
    li a1, 0x3f800000           /* 1.0f */
    fmv.w.x fa1, a1
    fmv.w.x fa2, zero
    fdiv.s fa0, fa1, fa2        /* 1/0: DZ */
    frflags a0
    CHECK_IMM(40, "fdiv.s 1/0 sets DZ", a0, FFLAGS_DZ)
    fdiv.s fa0, fa2, fa2        /* 0/0: NV, DZ still set */
    frcsr a0
    CHECK_IMM(41, "flags accrue", a0, FFLAGS_DZ | FFLAGS_NV)
    fadd.s fa0, fa1, fa1        /* exact: no new flag */
    frflags a0
    CHECK_IMM(42, "exact op adds no flag", a0, FFLAGS_DZ | FFLAGS_NV)
    fsflags zero

    /* ---- counters ---- */
    rdcycle s0
    rdtime s1
    rdinstret s2
    li a0, 1000
1:  addi a0, a0, -1
    bnez a0, 1b
    rdcycle s3
    rdtime s4
    rdinstret s5
    sltu a0, s3, s0
    CHECK_IMM(43, "cycle does not decrease", a0, 0)
    sltu a0, s4, s1
    CHECK_IMM(44, "time does not decrease", a0, 0)
    sltu a0, s2, s5
    CHECK_IMM(45, "instret increases over 2000 instructions", a0, 1)
    csrrs s6, instret, zero
    sltu a0, s6, s5
    CHECK_IMM(46, "instret (csrrs) does not decrease", a0, 0)
    csrrsi s6, cycle, 0
    sltu a0, s6, s3
    CHECK_IMM(47, "cycle (csrrsi) does not decrease", a0, 0)
    csrrc s6, time, zero
    sltu a0, s6, s4
    CHECK_IMM(48, "time (csrrc) does not decrease", a0, 0)

TEST_END
