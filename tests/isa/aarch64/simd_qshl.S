/*
 * SQSHL, UQSHL, SQRSHL, UQRSHL by register (vector 16B/8H/4S/2D and
 * scalar B/H/S/D): the shift is the signed low byte of each Vm lane;
 * left shifts saturate and set FPSR.QC, right shifts round in the R forms.
 * Expected values from the Arm ARM pseudocode (a Python model); the test
 * passes under qemu-aarch64 too.
 */
#include "macros.h"

    .macro CHECK_Q num, v, lo, hi
    mov x10, \v\().d[0]
    mov x11, \v\().d[1]
    CHECK \num, x10, \lo
    CHECK (\num + 1), x11, \hi
    .endm

    /* FPSR.QC (bit 27) */
    .macro CHECK_QC num, qc
    mrs x10, fpsr
    ubfx x10, x10, #27, #1
    CHECK \num, x10, \qc
    .endm

    TEST_START
    adr x1, d1
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.16b, v1.16b, v2.16b
    CHECK_Q 1, v0, 0x3f00008080fceb16, 0x7fff0080017f0080
    CHECK_QC 3, 1
    adr x1, d4
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.16b, v1.16b, v2.16b
    CHECK_Q 4, v0, 0x7f00ff7f7f038000, 0xffff00007ffe7ffd
    CHECK_QC 6, 1
    adr x1, d7
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.16b, v1.16b, v2.16b
    CHECK_Q 7, v0, 0x44ffffffff0000ff, 0xffffff01000002ff
    CHECK_QC 9, 1
    adr x1, d10
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.16b, v1.16b, v2.16b
    CHECK_Q 10, v0, 0xff0000ff0000ff00, 0x010000ff00000c00
    CHECK_QC 12, 1
    adr x1, d13
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.16b, v1.16b, v2.16b
    CHECK_Q 13, v0, 0x7f00007f7f807f00, 0x7f1f02ff7f807f00
    CHECK_QC 15, 1
    adr x1, d16
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.16b, v1.16b, v2.16b
    CHECK_Q 16, v0, 0x02007f0080800080, 0x000080008000807f
    CHECK_QC 18, 1
    adr x1, d19
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.16b, v1.16b, v2.16b
    CHECK_Q 19, v0, 0x0002ffffffffff00, 0x0000010003ff0100
    CHECK_QC 21, 1
    adr x1, d22
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.16b, v1.16b, v2.16b
    CHECK_Q 22, v0, 0x030001ff0000ff00, 0x0308ffff000000ff
    CHECK_QC 24, 1
    adr x1, d25
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.8h, v1.8h, v2.8h
    CHECK_Q 25, v0, 0xfff90004ffe30074, 0xffffffffffff8000
    CHECK_QC 27, 1
    adr x1, d28
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.8h, v1.8h, v2.8h
    CHECK_Q 28, v0, 0x8000013880007fff, 0x8000800001800000
    CHECK_QC 30, 1
    adr x1, d31
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.8h, v1.8h, v2.8h
    CHECK_Q 31, v0, 0xffffffff000cffff, 0xffff00018000ffff
    CHECK_QC 33, 1
    adr x1, d34
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.8h, v1.8h, v2.8h
    CHECK_Q 34, v0, 0x000008d8ffff00ff, 0x00008d3a0300ffff
    CHECK_QC 36, 1
    adr x1, d37
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.8h, v1.8h, v2.8h
    CHECK_Q 37, v0, 0xfc00000080007fff, 0x8000ffff00020000
    CHECK_QC 39, 1
    adr x1, d40
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.8h, v1.8h, v2.8h
    CHECK_Q 40, v0, 0xfc0018b07fff0600, 0x000000000000012f
    CHECK_QC 42, 1
    adr x1, d43
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.8h, v1.8h, v2.8h
    CHECK_Q 43, v0, 0xffffffffffff0000, 0x315c000040000031
    CHECK_QC 45, 1
    adr x1, d46
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.8h, v1.8h, v2.8h
    CHECK_Q 46, v0, 0xffff2b20b00e001e, 0x020000000000ffff
    CHECK_QC 48, 1
    adr x1, d49
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.4s, v1.4s, v2.4s
    CHECK_Q 49, v0, 0x8000000000880000, 0x7fffffff00000000
    CHECK_QC 51, 1
    adr x1, d52
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.4s, v1.4s, v2.4s
    CHECK_Q 52, v0, 0xffffffffffffffff, 0x0000000000000000
    CHECK_QC 54, 0
    adr x1, d55
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.4s, v1.4s, v2.4s
    CHECK_Q 55, v0, 0xffffffff01ffffff, 0x18867d3a00ffffff
    CHECK_QC 57, 1
    adr x1, d58
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.4s, v1.4s, v2.4s
    CHECK_Q 58, v0, 0x0000010000799e0b, 0x00000200ffffffff
    CHECK_QC 60, 1
    adr x1, d61
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.4s, v1.4s, v2.4s
    CHECK_Q 61, v0, 0x8000000080000000, 0x00006c557fffffff
    CHECK_QC 63, 1
    adr x1, d64
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.4s, v1.4s, v2.4s
    CHECK_Q 64, v0, 0x80000000000072f4, 0x7fffffff7fffffff
    CHECK_QC 66, 1
    adr x1, d67
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.4s, v1.4s, v2.4s
    CHECK_Q 67, v0, 0x000198feffffffff, 0x00000002ffffffff
    CHECK_QC 69, 1
    adr x1, d70
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.4s, v1.4s, v2.4s
    CHECK_Q 70, v0, 0x0012666affffffff, 0x00001812ffffffff
    CHECK_QC 72, 1
    adr x1, d73
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.2d, v1.2d, v2.2d
    CHECK_Q 73, v0, 0x0000800000000000, 0x7fffffffffffffff
    CHECK_QC 75, 1
    adr x1, d76
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl v0.2d, v1.2d, v2.2d
    CHECK_Q 76, v0, 0xffffffffffffffec, 0x0000000000000300
    CHECK_QC 78, 0
    adr x1, d79
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.2d, v1.2d, v2.2d
    CHECK_Q 79, v0, 0x000022da00000000, 0xffffffffffffffff
    CHECK_QC 81, 1
    adr x1, d82
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl v0.2d, v1.2d, v2.2d
    CHECK_Q 82, v0, 0x0080000000000000, 0x000006e0ddda8000
    CHECK_QC 84, 0
    adr x1, d85
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.2d, v1.2d, v2.2d
    CHECK_Q 85, v0, 0x0000000000000000, 0x0000152400000000
    CHECK_QC 87, 0
    adr x1, d88
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl v0.2d, v1.2d, v2.2d
    CHECK_Q 88, v0, 0xffffffffffff8000, 0xffff0f85179a894c
    CHECK_QC 90, 0
    adr x1, d91
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.2d, v1.2d, v2.2d
    CHECK_Q 91, v0, 0x0080000000000000, 0x4000000000000000
    CHECK_QC 93, 0
    adr x1, d94
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl v0.2d, v1.2d, v2.2d
    CHECK_Q 94, v0, 0x0000000200000000, 0xffffffffffffffff
    CHECK_QC 96, 1
    adr x1, d97
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl b0, b1, b2
    CHECK_Q 97, v0, 0x00000000000000fd, 0
    CHECK_QC 99, 0
    adr x1, d100
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl b0, b1, b2
    CHECK_Q 100, v0, 0x00000000000000ff, 0
    CHECK_QC 102, 1
    adr x1, d103
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl b0, b1, b2
    CHECK_Q 103, v0, 0x00000000000000d8, 0
    CHECK_QC 105, 0
    adr x1, d106
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl b0, b1, b2
    CHECK_Q 106, v0, 0x00000000000000ff, 0
    CHECK_QC 108, 1
    adr x1, d109
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl h0, h1, h2
    CHECK_Q 109, v0, 0x000000000000ffff, 0
    CHECK_QC 111, 0
    adr x1, d112
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl h0, h1, h2
    CHECK_Q 112, v0, 0x0000000000000000, 0
    CHECK_QC 114, 0
    adr x1, d115
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl h0, h1, h2
    CHECK_Q 115, v0, 0x0000000000002000, 0
    CHECK_QC 117, 0
    adr x1, d118
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl h0, h1, h2
    CHECK_Q 118, v0, 0x0000000000002000, 0
    CHECK_QC 120, 0
    adr x1, d121
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl s0, s1, s2
    CHECK_Q 121, v0, 0x00000000ffffffff, 0
    CHECK_QC 123, 0
    adr x1, d124
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl s0, s1, s2
    CHECK_Q 124, v0, 0x0000000000000000, 0
    CHECK_QC 126, 0
    adr x1, d127
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl s0, s1, s2
    CHECK_Q 127, v0, 0x0000000000000001, 0
    CHECK_QC 129, 0
    adr x1, d130
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl s0, s1, s2
    CHECK_Q 130, v0, 0x00000000ffffffff, 0
    CHECK_QC 132, 1
    adr x1, d133
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqshl d0, d1, d2
    CHECK_Q 133, v0, 0x7fffffffffffffff, 0
    CHECK_QC 135, 1
    adr x1, d136
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqshl d0, d1, d2
    CHECK_Q 136, v0, 0x0000000000000001, 0
    CHECK_QC 138, 0
    adr x1, d139
    ldp q1, q2, [x1]
    msr fpsr, xzr
    sqrshl d0, d1, d2
    CHECK_Q 139, v0, 0x7fffffffffffffff, 0
    CHECK_QC 141, 1
    adr x1, d142
    ldp q1, q2, [x1]
    msr fpsr, xzr
    uqrshl d0, d1, d2
    CHECK_Q 142, v0, 0x0100000000000000, 0
    CHECK_QC 144, 0
    TEST_PASS
    TEST_FAIL_HANDLER

    .data
    .balign 16
d1: .quad 0x7f0d01e6fff9d716, 0x01fe23fe037f0192, 0xfff7f80909ffff00, 0x7ffff109ff11e11f
d4: .quad 0x2700984d5403fe00, 0xfd8c330101fa01fa, 0x0f09f1014000217f, 0xc080c08040fe07ff
d7: .quad 0x220113356e25963b, 0xffff1402ffa0014f, 0x01083f1140f9800f, 0x082108fff7c10111
d10: .quad 0xfaf8807ffd007fff, 0xfd00f9fff9010604, 0x21f1800280c01fc0, 0xf9e1f11f80f801e1
d13: .quad 0x3c020405798005fd, 0x053d028004f840fd, 0x3fe1c0210f093fe1, 0x09ff00f9111f0ff8
d16: .quad 0x01e402f8fcff02fb, 0x000297fafd6a8001, 0x01801ff1073ff97f, 0xf7c01ff807f80f1f
d19: .quad 0x02f8fb8002f97f06, 0x0f7ff8fc03536159, 0xf8f90f0f097f7ff1, 0xf8c1f8f7003ff9c1
d22: .quad 0x03fbff4001fe1f7f, 0x0304fb03fffd3ef9, 0x00c0f80ff7f11ff8, 0x00010821e1808040
d25: .quad 0xfff90001e35000e9, 0xfffafffcfff9fffb, 0xb1004d0277f8e6ff, 0x24f8e9c1a5f8953f
d28: .quad 0xfffb004efff87fff, 0xa9e1cab000031183, 0xb37fff02fa3f5500, 0xa50f3807d7070cc1
d31: .quad 0x8000fffe0003b662, 0xa903000100017fff, 0x1e2192014702be7f, 0x50026e00220fe07f
d34: .quad 0x0004236302fefffc, 0x00038d3a00037892, 0x7480ddfece0884f8, 0x15f7a700b6082d7f
d37: .quad 0xfff8fffe81a71757, 0xffff8ac70003fffc, 0x1507bffeae3ff108, 0x5a7f9ff123ff7de1
d40: .quad 0xfffe0c584e8f0003, 0xffff0012fff8025e, 0x3309080118026509, 0x0080a9c1e3c10aff
d43: .quad 0xfffcfffd77a1fffc, 0x18ae0001ffff310c, 0xc0094707411f26c1, 0x5801e5c108feacf8
d46: .quad 0xfffcac7fb00e003c, 0x0001ffff000e0001, 0x9e02a8fe9300b6ff, 0x77094fe15df1e97f
d49: .quad 0xfffffffe00000044, 0x0000000100000002, 0xb9f6cf3f9bd28111, 0x0f94f840019b16f9
d52: .quad 0xfffffffefffffff9, 0x0c021e6d08845c34, 0xe6173afe123b5df1, 0x0dc350c11789d0c1
d55: .quad 0x7f56c9cfffffffff, 0x0c433e9dfffffff9, 0x7224fd3fd55b82f9, 0xe0058701a3f762f8
d58: .quad 0x00000002f33c17de, 0x00000001fffffffe, 0x1639c807ca71cff7, 0x99294e09fc33cd1f
d61: .quad 0x80000000db55125e, 0x00006c5570f33d90, 0x85b6847fc4a38221, 0xe9ba480021fb0711
d64: .quad 0x8000000000397a34, 0x0000166f2382ed24, 0x5018a47fd1c6aaf9, 0x14fcf71f213b7508
d67: .quad 0xcc7ec116fffffffe, 0x00000003fffffff8, 0x3fafd1f17e1efb01, 0xcbd286ffb41f4701
d70: .quad 0x12666a500bf5dd22, 0x00001812fffffff9, 0xa772f9f80004ef1f, 0x7132e10093216f08
d73: .quad 0x4000000000000000, 0x0c151aa1ba5f87ff, 0x4487a66d76e2faf1, 0xce252ecfe4368207
d76: .quad 0xfffffffffffffffb, 0x0000000000000003, 0x2b5b5b4e73281402, 0x7f6a8143393af708
d79: .quad 0x00000000000045b4, 0xc38798158ada0ebf, 0x07086c0723fcc91f, 0xf833620cf61ff607
d82: .quad 0x4000000000000000, 0x000000000dc1bbb5, 0xf392d2f30010a5f9, 0x3b292e044171400f
d85: .quad 0xfffffffffffffffe, 0x0000000000000a92, 0x29cdb6032fa7c780, 0xd3b13a9e84879d21
d88: .quad 0xffffffffffffffff, 0x87c28bcd44a62096, 0xa16ce52bd376960f, 0x723b2924df594bf1
d91: .quad 0xfffffffffffffff9, 0xffffffffffffffff, 0x7221ea512bd129f7, 0x98a2527603e85ffe
d94: .quad 0xfffffffffffffffe, 0xffffffffffffffff, 0x291c33efb11cd5e1, 0xf83bfa792aca2c1f
d97: .quad 0x00000000000000fd, 0x5555555555555555, 0x0000000000000000, 0x6666666666666666
d100: .quad 0x000000000000001a, 0x5555555555555555, 0x000000000000003f, 0x6666666666666666
d103: .quad 0x00000000000000af, 0x5555555555555555, 0x00000000000000ff, 0x6666666666666666
d106: .quad 0x00000000000000fa, 0x5555555555555555, 0x0000000000000001, 0x6666666666666666
d109: .quad 0x000000000000fffd, 0x5555555555555555, 0x00000000000000fe, 0x6666666666666666
d112: .quad 0x000000000000fffd, 0x5555555555555555, 0x0000000000000080, 0x6666666666666666
d115: .quad 0x0000000000004000, 0x5555555555555555, 0x00000000000000ff, 0x6666666666666666
d118: .quad 0x0000000000004000, 0x5555555555555555, 0x00000000000000ff, 0x6666666666666666
d121: .quad 0x00000000fffffffd, 0x5555555555555555, 0x00000000000000c0, 0x6666666666666666
d124: .quad 0x000000005b63a599, 0x5555555555555555, 0x0000000000000080, 0x6666666666666666
d127: .quad 0x000000005a0da832, 0x5555555555555555, 0x00000000000000e1, 0x6666666666666666
d130: .quad 0x00000000d717ff34, 0x5555555555555555, 0x000000000000000f, 0x6666666666666666
d133: .quad 0x4000000000000000, 0x5555555555555555, 0x6666666666666608, 0x6666666666666666
d136: .quad 0xd4e8ea7c24904142, 0x5555555555555555, 0x66666666666666c1, 0x6666666666666666
d139: .quad 0x09a9977761aec345, 0x5555555555555555, 0x6666666666666609, 0x6666666666666666
d142: .quad 0xfffffffffffffffd, 0x5555555555555555, 0x66666666666666f8, 0x6666666666666666
