/* Advanced SIMD integer instructions the translator generates inline
 * (translate/aarch64/gen-simd.c), each form once, checked against values
 * from qemu-aarch64: three-same (vector and scalar D), pairwise on bytes,
 * bitwise, compares with zero, NOT, NEG, REV, XTN, shifts by immediate,
 * across lanes, EXT, the MOVI family, DUP/INS (general register or
 * element), UMOV, FMOV to and from V.D[1], LD1/ST1 of 1..4 registers, of
 * one lane and LD1R, with and without post-index (SP base too).
 * The whole sequence runs 64 times, so that it gets hot and translated. */
#include "macros.h"
    /* The inputs, again before each case: v0, v1 from src, v3 a third
     * value, v4 = v0 with some elements zero. */
    .macro INPUTS
    ld1 {v0.16b, v1.16b}, [x0]
    ldr q3, [x0, #32]
    mov v4.16b, v0.16b
    mov v4.b[3], wzr
    mov v4.h[5], wzr
    mov v4.s[2], wzr
    .endm
    TEST_START
    mov x26, #64
repeat:
    ldr x0, =src
    ldr x8, =dst
    ldr x5, =0x8081f2f3f4f5f6f7
    mov x6, #0
    /* 1 */
    INPUTS
    add v2.16b, v0.16b, v1.16b
    CHECK_V 1, 2, 0x0000fb03ffffffff, 0xffcb8743ffbb7733
    /* 2 */
    INPUTS
    sub v2.16b, v0.16b, v1.16b
    CHECK_V 2, 2, 0x808001ffff01ff01, 0xe1f1f1f1f1f1f1f1
    /* 3 */
    INPUTS
    cmeq v2.16b, v0.16b, v1.16b
    CHECK_V 3, 2, 0x0000000000000000, 0x0000000000000000
    /* 4 */
    INPUTS
    cmeq v2.16b, v0.16b, v4.16b
    CHECK_V 4, 2, 0xffffffff00ffffff, 0xffffffff00000000
    /* 5 */
    INPUTS
    cmtst v2.16b, v0.16b, v1.16b
    CHECK_V 5, 2, 0xffffff0000000000, 0x00ffffff00ff0000
    /* 6 */
    INPUTS
    cmgt v2.16b, v0.16b, v1.16b
    CHECK_V 6, 2, 0x00ffff000000ffff, 0x00000000ff000000
    /* 7 */
    INPUTS
    cmge v2.16b, v0.16b, v1.16b
    CHECK_V 7, 2, 0x00ffff000000ffff, 0x00000000ff000000
    /* 8 */
    INPUTS
    cmge v2.16b, v0.16b, v4.16b
    CHECK_V 8, 2, 0xffffffff00ffffff, 0xffffffffffffffff
    /* 9 */
    INPUTS
    cmhi v2.16b, v0.16b, v1.16b
    CHECK_V 9, 2, 0xff00ff00ffff0000, 0xff00000000000000
    /* 10 */
    INPUTS
    cmhs v2.16b, v0.16b, v1.16b
    CHECK_V 10, 2, 0xff00ff00ffff0000, 0xff00000000000000
    /* 11 */
    INPUTS
    cmhs v2.16b, v0.16b, v4.16b
    CHECK_V 11, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 12 */
    INPUTS
    cmeq v2.16b, v0.16b, #0
    CHECK_V 12, 2, 0x00000000000000ff, 0x0000000000000000
    /* 13 */
    INPUTS
    cmgt v2.16b, v1.16b, #0
    CHECK_V 13, 2, 0xff0000ff00ff0000, 0xff00000000ffffff
    /* 14 */
    INPUTS
    cmge v2.16b, v1.16b, #0
    CHECK_V 14, 2, 0xff0000ffffff0000, 0xff00000000ffffff
    /* 15 */
    INPUTS
    cmle v2.16b, v1.16b, #0
    CHECK_V 15, 2, 0x00ffff00ff00ffff, 0x00ffffffff000000
    /* 16 */
    INPUTS
    cmlt v2.16b, v1.16b, #0
    CHECK_V 16, 2, 0x00ffff000000ffff, 0x00ffffffff000000
    /* 17 */
    INPUTS
    neg v2.16b, v1.16b
    CHECK_V 17, 2, 0xc04003fe00818001, 0xf1133557799bbddf
    /* 18 */
    INPUTS
    umax v2.16b, v0.16b, v1.16b
    CHECK_V 18, 2, 0xc0c0fe02ff8080ff, 0xf0edcba987654321
    /* 19 */
    INPUTS
    umin v2.16b, v0.16b, v1.16b
    CHECK_V 19, 2, 0x4040fd01007f7f00, 0x0fdebc9a78563412
    /* 20 */
    INPUTS
    smax v2.16b, v0.16b, v1.16b
    CHECK_V 20, 2, 0x4040fe02007f7f00, 0x0fedcba978654321
    /* 21 */
    INPUTS
    smin v2.16b, v0.16b, v1.16b
    CHECK_V 21, 2, 0xc0c0fd01ff8080ff, 0xf0debc9a87563412
    /* 22 */
    INPUTS
    add v2.8h, v0.8h, v1.8h
    CHECK_V 22, 2, 0x0100fb03ffffffff, 0x00cb8843ffbb7733
    /* 23 */
    INPUTS
    sub v2.8h, v0.8h, v1.8h
    CHECK_V 23, 2, 0x7f8000ffff01fe01, 0xe0f1f0f1f0f1f0f1
    /* 24 */
    INPUTS
    cmeq v2.8h, v0.8h, v1.8h
    CHECK_V 24, 2, 0x0000000000000000, 0x0000000000000000
    /* 25 */
    INPUTS
    cmeq v2.8h, v0.8h, v4.8h
    CHECK_V 25, 2, 0xffffffff0000ffff, 0xffffffff00000000
    /* 26 */
    INPUTS
    cmtst v2.8h, v0.8h, v1.8h
    CHECK_V 26, 2, 0xffffffff00000000, 0xffffffffffff0000
    /* 27 */
    INPUTS
    cmgt v2.8h, v0.8h, v1.8h
    CHECK_V 27, 2, 0x0000ffff0000ffff, 0x00000000ffff0000
    /* 28 */
    INPUTS
    cmge v2.8h, v0.8h, v1.8h
    CHECK_V 28, 2, 0x0000ffff0000ffff, 0x00000000ffff0000
    /* 29 */
    INPUTS
    cmge v2.8h, v0.8h, v4.8h
    CHECK_V 29, 2, 0xffffffff0000ffff, 0xffffffffffffffff
    /* 30 */
    INPUTS
    cmhi v2.8h, v0.8h, v1.8h
    CHECK_V 30, 2, 0xffffffffffff0000, 0xffff000000000000
    /* 31 */
    INPUTS
    cmhs v2.8h, v0.8h, v1.8h
    CHECK_V 31, 2, 0xffffffffffff0000, 0xffff000000000000
    /* 32 */
    INPUTS
    cmhs v2.8h, v0.8h, v4.8h
    CHECK_V 32, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 33 */
    INPUTS
    cmeq v2.8h, v0.8h, #0
    CHECK_V 33, 2, 0x0000000000000000, 0x0000000000000000
    /* 34 */
    INPUTS
    cmgt v2.8h, v1.8h, #0
    CHECK_V 34, 2, 0xffff0000ffff0000, 0xffff00000000ffff
    /* 35 */
    INPUTS
    cmge v2.8h, v1.8h, #0
    CHECK_V 35, 2, 0xffff0000ffff0000, 0xffff00000000ffff
    /* 36 */
    INPUTS
    cmle v2.8h, v1.8h, #0
    CHECK_V 36, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 37 */
    INPUTS
    cmlt v2.8h, v1.8h, #0
    CHECK_V 37, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 38 */
    INPUTS
    neg v2.8h, v1.8h
    CHECK_V 38, 2, 0xbf4002feff817f01, 0xf0133457789bbcdf
    /* 39 */
    INPUTS
    umax v2.8h, v0.8h, v1.8h
    CHECK_V 39, 2, 0xc040fe01ff8080ff, 0xf0decba987654321
    /* 40 */
    INPUTS
    umin v2.8h, v0.8h, v1.8h
    CHECK_V 40, 2, 0x40c0fd02007f7f00, 0x0fedbc9a78563412
    /* 41 */
    INPUTS
    smax v2.8h, v0.8h, v1.8h
    CHECK_V 41, 2, 0x40c0fe01007f7f00, 0x0fedcba978564321
    /* 42 */
    INPUTS
    smin v2.8h, v0.8h, v1.8h
    CHECK_V 42, 2, 0xc040fd02ff8080ff, 0xf0debc9a87653412
    /* 43 */
    INPUTS
    add v2.4s, v0.4s, v1.4s
    CHECK_V 43, 2, 0x0101fb03ffffffff, 0x00cc8843ffbb7733
    /* 44 */
    INPUTS
    sub v2.4s, v0.4s, v1.4s
    CHECK_V 44, 2, 0x7f8000ffff00fe01, 0xe0f0f0f1f0f0f0f1
    /* 45 */
    INPUTS
    cmeq v2.4s, v0.4s, v1.4s
    CHECK_V 45, 2, 0x0000000000000000, 0x0000000000000000
    /* 46 */
    INPUTS
    cmeq v2.4s, v0.4s, v4.4s
    CHECK_V 46, 2, 0xffffffff00000000, 0xffffffff00000000
    /* 47 */
    INPUTS
    cmtst v2.4s, v0.4s, v1.4s
    CHECK_V 47, 2, 0xffffffff00000000, 0xffffffffffffffff
    /* 48 */
    INPUTS
    cmgt v2.4s, v0.4s, v1.4s
    CHECK_V 48, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 49 */
    INPUTS
    cmge v2.4s, v0.4s, v1.4s
    CHECK_V 49, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 50 */
    INPUTS
    cmge v2.4s, v0.4s, v4.4s
    CHECK_V 50, 2, 0xffffffff00000000, 0xffffffffffffffff
    /* 51 */
    INPUTS
    cmhi v2.4s, v0.4s, v1.4s
    CHECK_V 51, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 52 */
    INPUTS
    cmhs v2.4s, v0.4s, v1.4s
    CHECK_V 52, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 53 */
    INPUTS
    cmhs v2.4s, v0.4s, v4.4s
    CHECK_V 53, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 54 */
    INPUTS
    cmeq v2.4s, v0.4s, #0
    CHECK_V 54, 2, 0x0000000000000000, 0x0000000000000000
    /* 55 */
    INPUTS
    cmgt v2.4s, v1.4s, #0
    CHECK_V 55, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 56 */
    INPUTS
    cmge v2.4s, v1.4s, #0
    CHECK_V 56, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 57 */
    INPUTS
    cmle v2.4s, v1.4s, #0
    CHECK_V 57, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 58 */
    INPUTS
    cmlt v2.4s, v1.4s, #0
    CHECK_V 58, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 59 */
    INPUTS
    neg v2.4s, v1.4s
    CHECK_V 59, 2, 0xbf3f02feff807f01, 0xf0123457789abcdf
    /* 60 */
    INPUTS
    umax v2.4s, v0.4s, v1.4s
    CHECK_V 60, 2, 0xc040fe01ff807f00, 0xf0debc9a87654321
    /* 61 */
    INPUTS
    umin v2.4s, v0.4s, v1.4s
    CHECK_V 61, 2, 0x40c0fd02007f80ff, 0x0fedcba978563412
    /* 62 */
    INPUTS
    smax v2.4s, v0.4s, v1.4s
    CHECK_V 62, 2, 0x40c0fd02007f80ff, 0x0fedcba978563412
    /* 63 */
    INPUTS
    smin v2.4s, v0.4s, v1.4s
    CHECK_V 63, 2, 0xc040fe01ff807f00, 0xf0debc9a87654321
    /* 64 */
    INPUTS
    add v2.2d, v0.2d, v1.2d
    CHECK_V 64, 2, 0x0101fb03ffffffff, 0x00cc8843ffbb7733
    /* 65 */
    INPUTS
    sub v2.2d, v0.2d, v1.2d
    CHECK_V 65, 2, 0x7f8000ffff00fe01, 0xe0f0f0f0f0f0f0f1
    /* 66 */
    INPUTS
    cmeq v2.2d, v0.2d, v1.2d
    CHECK_V 66, 2, 0x0000000000000000, 0x0000000000000000
    /* 67 */
    INPUTS
    cmeq v2.2d, v0.2d, v4.2d
    CHECK_V 67, 2, 0x0000000000000000, 0x0000000000000000
    /* 68 */
    INPUTS
    cmtst v2.2d, v0.2d, v1.2d
    CHECK_V 68, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 69 */
    INPUTS
    cmgt v2.2d, v0.2d, v1.2d
    CHECK_V 69, 2, 0x0000000000000000, 0x0000000000000000
    /* 70 */
    INPUTS
    cmge v2.2d, v0.2d, v1.2d
    CHECK_V 70, 2, 0x0000000000000000, 0x0000000000000000
    /* 71 */
    INPUTS
    cmge v2.2d, v0.2d, v4.2d
    CHECK_V 71, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 72 */
    INPUTS
    cmhi v2.2d, v0.2d, v1.2d
    CHECK_V 72, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 73 */
    INPUTS
    cmhs v2.2d, v0.2d, v1.2d
    CHECK_V 73, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 74 */
    INPUTS
    cmhs v2.2d, v0.2d, v4.2d
    CHECK_V 74, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 75 */
    INPUTS
    cmeq v2.2d, v0.2d, #0
    CHECK_V 75, 2, 0x0000000000000000, 0x0000000000000000
    /* 76 */
    INPUTS
    cmgt v2.2d, v1.2d, #0
    CHECK_V 76, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 77 */
    INPUTS
    cmge v2.2d, v1.2d, #0
    CHECK_V 77, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 78 */
    INPUTS
    cmle v2.2d, v1.2d, #0
    CHECK_V 78, 2, 0x0000000000000000, 0x0000000000000000
    /* 79 */
    INPUTS
    cmlt v2.2d, v1.2d, #0
    CHECK_V 79, 2, 0x0000000000000000, 0x0000000000000000
    /* 80 */
    INPUTS
    neg v2.2d, v1.2d
    CHECK_V 80, 2, 0xbf3f02fdff807f01, 0xf0123456789abcdf
    /* 81 */
    INPUTS
    add v2.8b, v0.8b, v1.8b
    CHECK_V 81, 2, 0x0000fb03ffffffff, 0x0000000000000000
    /* 82 */
    INPUTS
    sub v2.8b, v0.8b, v1.8b
    CHECK_V 82, 2, 0x808001ffff01ff01, 0x0000000000000000
    /* 83 */
    INPUTS
    cmeq v2.8b, v0.8b, v1.8b
    CHECK_V 83, 2, 0x0000000000000000, 0x0000000000000000
    /* 84 */
    INPUTS
    cmeq v2.8b, v0.8b, v4.8b
    CHECK_V 84, 2, 0xffffffff00ffffff, 0x0000000000000000
    /* 85 */
    INPUTS
    cmtst v2.8b, v0.8b, v1.8b
    CHECK_V 85, 2, 0xffffff0000000000, 0x0000000000000000
    /* 86 */
    INPUTS
    cmgt v2.8b, v0.8b, v1.8b
    CHECK_V 86, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 87 */
    INPUTS
    cmge v2.8b, v0.8b, v1.8b
    CHECK_V 87, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 88 */
    INPUTS
    cmge v2.8b, v0.8b, v4.8b
    CHECK_V 88, 2, 0xffffffff00ffffff, 0x0000000000000000
    /* 89 */
    INPUTS
    cmhi v2.8b, v0.8b, v1.8b
    CHECK_V 89, 2, 0xff00ff00ffff0000, 0x0000000000000000
    /* 90 */
    INPUTS
    cmhs v2.8b, v0.8b, v1.8b
    CHECK_V 90, 2, 0xff00ff00ffff0000, 0x0000000000000000
    /* 91 */
    INPUTS
    cmhs v2.8b, v0.8b, v4.8b
    CHECK_V 91, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 92 */
    INPUTS
    cmeq v2.8b, v0.8b, #0
    CHECK_V 92, 2, 0x00000000000000ff, 0x0000000000000000
    /* 93 */
    INPUTS
    cmgt v2.8b, v1.8b, #0
    CHECK_V 93, 2, 0xff0000ff00ff0000, 0x0000000000000000
    /* 94 */
    INPUTS
    cmge v2.8b, v1.8b, #0
    CHECK_V 94, 2, 0xff0000ffffff0000, 0x0000000000000000
    /* 95 */
    INPUTS
    cmle v2.8b, v1.8b, #0
    CHECK_V 95, 2, 0x00ffff00ff00ffff, 0x0000000000000000
    /* 96 */
    INPUTS
    cmlt v2.8b, v1.8b, #0
    CHECK_V 96, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 97 */
    INPUTS
    neg v2.8b, v1.8b
    CHECK_V 97, 2, 0xc04003fe00818001, 0x0000000000000000
    /* 98 */
    INPUTS
    umax v2.8b, v0.8b, v1.8b
    CHECK_V 98, 2, 0xc0c0fe02ff8080ff, 0x0000000000000000
    /* 99 */
    INPUTS
    umin v2.8b, v0.8b, v1.8b
    CHECK_V 99, 2, 0x4040fd01007f7f00, 0x0000000000000000
    /* 100 */
    INPUTS
    smax v2.8b, v0.8b, v1.8b
    CHECK_V 100, 2, 0x4040fe02007f7f00, 0x0000000000000000
    /* 101 */
    INPUTS
    smin v2.8b, v0.8b, v1.8b
    CHECK_V 101, 2, 0xc0c0fd01ff8080ff, 0x0000000000000000
    /* 102 */
    INPUTS
    add v2.4h, v0.4h, v1.4h
    CHECK_V 102, 2, 0x0100fb03ffffffff, 0x0000000000000000
    /* 103 */
    INPUTS
    sub v2.4h, v0.4h, v1.4h
    CHECK_V 103, 2, 0x7f8000ffff01fe01, 0x0000000000000000
    /* 104 */
    INPUTS
    cmeq v2.4h, v0.4h, v1.4h
    CHECK_V 104, 2, 0x0000000000000000, 0x0000000000000000
    /* 105 */
    INPUTS
    cmeq v2.4h, v0.4h, v4.4h
    CHECK_V 105, 2, 0xffffffff0000ffff, 0x0000000000000000
    /* 106 */
    INPUTS
    cmtst v2.4h, v0.4h, v1.4h
    CHECK_V 106, 2, 0xffffffff00000000, 0x0000000000000000
    /* 107 */
    INPUTS
    cmgt v2.4h, v0.4h, v1.4h
    CHECK_V 107, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 108 */
    INPUTS
    cmge v2.4h, v0.4h, v1.4h
    CHECK_V 108, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 109 */
    INPUTS
    cmge v2.4h, v0.4h, v4.4h
    CHECK_V 109, 2, 0xffffffff0000ffff, 0x0000000000000000
    /* 110 */
    INPUTS
    cmhi v2.4h, v0.4h, v1.4h
    CHECK_V 110, 2, 0xffffffffffff0000, 0x0000000000000000
    /* 111 */
    INPUTS
    cmhs v2.4h, v0.4h, v1.4h
    CHECK_V 111, 2, 0xffffffffffff0000, 0x0000000000000000
    /* 112 */
    INPUTS
    cmhs v2.4h, v0.4h, v4.4h
    CHECK_V 112, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 113 */
    INPUTS
    cmeq v2.4h, v0.4h, #0
    CHECK_V 113, 2, 0x0000000000000000, 0x0000000000000000
    /* 114 */
    INPUTS
    cmgt v2.4h, v1.4h, #0
    CHECK_V 114, 2, 0xffff0000ffff0000, 0x0000000000000000
    /* 115 */
    INPUTS
    cmge v2.4h, v1.4h, #0
    CHECK_V 115, 2, 0xffff0000ffff0000, 0x0000000000000000
    /* 116 */
    INPUTS
    cmle v2.4h, v1.4h, #0
    CHECK_V 116, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 117 */
    INPUTS
    cmlt v2.4h, v1.4h, #0
    CHECK_V 117, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 118 */
    INPUTS
    neg v2.4h, v1.4h
    CHECK_V 118, 2, 0xbf4002feff817f01, 0x0000000000000000
    /* 119 */
    INPUTS
    umax v2.4h, v0.4h, v1.4h
    CHECK_V 119, 2, 0xc040fe01ff8080ff, 0x0000000000000000
    /* 120 */
    INPUTS
    umin v2.4h, v0.4h, v1.4h
    CHECK_V 120, 2, 0x40c0fd02007f7f00, 0x0000000000000000
    /* 121 */
    INPUTS
    smax v2.4h, v0.4h, v1.4h
    CHECK_V 121, 2, 0x40c0fe01007f7f00, 0x0000000000000000
    /* 122 */
    INPUTS
    smin v2.4h, v0.4h, v1.4h
    CHECK_V 122, 2, 0xc040fd02ff8080ff, 0x0000000000000000
    /* 123 */
    INPUTS
    add v2.2s, v0.2s, v1.2s
    CHECK_V 123, 2, 0x0101fb03ffffffff, 0x0000000000000000
    /* 124 */
    INPUTS
    sub v2.2s, v0.2s, v1.2s
    CHECK_V 124, 2, 0x7f8000ffff00fe01, 0x0000000000000000
    /* 125 */
    INPUTS
    cmeq v2.2s, v0.2s, v1.2s
    CHECK_V 125, 2, 0x0000000000000000, 0x0000000000000000
    /* 126 */
    INPUTS
    cmeq v2.2s, v0.2s, v4.2s
    CHECK_V 126, 2, 0xffffffff00000000, 0x0000000000000000
    /* 127 */
    INPUTS
    cmtst v2.2s, v0.2s, v1.2s
    CHECK_V 127, 2, 0xffffffff00000000, 0x0000000000000000
    /* 128 */
    INPUTS
    cmgt v2.2s, v0.2s, v1.2s
    CHECK_V 128, 2, 0x0000000000000000, 0x0000000000000000
    /* 129 */
    INPUTS
    cmge v2.2s, v0.2s, v1.2s
    CHECK_V 129, 2, 0x0000000000000000, 0x0000000000000000
    /* 130 */
    INPUTS
    cmge v2.2s, v0.2s, v4.2s
    CHECK_V 130, 2, 0xffffffff00000000, 0x0000000000000000
    /* 131 */
    INPUTS
    cmhi v2.2s, v0.2s, v1.2s
    CHECK_V 131, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 132 */
    INPUTS
    cmhs v2.2s, v0.2s, v1.2s
    CHECK_V 132, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 133 */
    INPUTS
    cmhs v2.2s, v0.2s, v4.2s
    CHECK_V 133, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 134 */
    INPUTS
    cmeq v2.2s, v0.2s, #0
    CHECK_V 134, 2, 0x0000000000000000, 0x0000000000000000
    /* 135 */
    INPUTS
    cmgt v2.2s, v1.2s, #0
    CHECK_V 135, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 136 */
    INPUTS
    cmge v2.2s, v1.2s, #0
    CHECK_V 136, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 137 */
    INPUTS
    cmle v2.2s, v1.2s, #0
    CHECK_V 137, 2, 0x0000000000000000, 0x0000000000000000
    /* 138 */
    INPUTS
    cmlt v2.2s, v1.2s, #0
    CHECK_V 138, 2, 0x0000000000000000, 0x0000000000000000
    /* 139 */
    INPUTS
    neg v2.2s, v1.2s
    CHECK_V 139, 2, 0xbf3f02feff807f01, 0x0000000000000000
    /* 140 */
    INPUTS
    umax v2.2s, v0.2s, v1.2s
    CHECK_V 140, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 141 */
    INPUTS
    umin v2.2s, v0.2s, v1.2s
    CHECK_V 141, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 142 */
    INPUTS
    smax v2.2s, v0.2s, v1.2s
    CHECK_V 142, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 143 */
    INPUTS
    smin v2.2s, v0.2s, v1.2s
    CHECK_V 143, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 144 */
    INPUTS
    addp v2.16b, v0.16b, v1.16b
    CHECK_V 144, 2, 0xce56ce4600ff7f7f, 0xfc74ec6400ff7f7f
    /* 145 */
    INPUTS
    umaxp v2.16b, v0.16b, v1.16b
    CHECK_V 145, 2, 0xf0bc7834c0feff7f, 0xedcb8743c0fd7fff
    /* 146 */
    INPUTS
    uminp v2.16b, v0.16b, v1.16b
    CHECK_V 146, 2, 0xde9a561240018000, 0x0fa9652140020080
    /* 147 */
    INPUTS
    smaxp v2.16b, v0.16b, v1.16b
    CHECK_V 147, 2, 0xf0bc78344001ff7f, 0x0fcb654340027fff
    /* 148 */
    INPUTS
    sminp v2.16b, v0.16b, v1.16b
    CHECK_V 148, 2, 0xde9a5612c0fe8000, 0xeda98721c0fd0080
    /* 149 */
    INPUTS
    and v2.16b, v0.16b, v1.16b
    CHECK_V 149, 2, 0x4040fc0000000000, 0x00cc888800440000
    /* 150 */
    INPUTS
    bic v2.16b, v0.16b, v1.16b
    CHECK_V 150, 2, 0x80000201ff807f00, 0xf012341278123412
    /* 151 */
    INPUTS
    orr v2.16b, v0.16b, v1.16b
    CHECK_V 151, 2, 0xc0c0ff03ffffffff, 0xffffffbbff777733
    /* 152 */
    INPUTS
    orn v2.16b, v0.16b, v1.16b
    CHECK_V 152, 2, 0xff7ffefdff807f00, 0xf0debcde78debcde
    /* 153 */
    INPUTS
    eor v2.16b, v0.16b, v1.16b
    CHECK_V 153, 2, 0x80800303ffffffff, 0xff337733ff337733
    /* 154 */
    INPUTS
    mov v2.16b, v3.16b
    bsl v2.16b, v0.16b, v1.16b
    CHECK_V 154, 2, 0x4040fd01aa2a4ccc, 0x8fedebb98f654120
    /* 155 */
    INPUTS
    mov v2.16b, v3.16b
    bit v2.16b, v0.16b, v1.16b
    CHECK_V 155, 2, 0x6659fc0daa004c00, 0x80cca89808440000
    /* 156 */
    INPUTS
    mov v2.16b, v3.16b
    bif v2.16b, v0.16b, v1.16b
    CHECK_V 156, 2, 0xc080f203ffd5ff33, 0xf052341278163613
    /* 157 */
    INPUTS
    not v2.16b, v1.16b
    CHECK_V 157, 2, 0xbf3f02fdff807f00, 0xf0123456789abcde
    /* 158 */
    INPUTS
    mvn v2.16b, v0.16b
    CHECK_V 158, 2, 0x3fbf01fe007f80ff, 0x0f21436587a9cbed
    /* 159 */
    INPUTS
    rev16 v2.16b, v1.16b
    CHECK_V 159, 2, 0xc04002fd7f00ff80, 0xed0fa9cb65872143
    /* 160 */
    INPUTS
    rev32 v2.16b, v1.16b
    CHECK_V 160, 2, 0x02fdc040ff807f00, 0xa9cbed0f21436587
    /* 161 */
    INPUTS
    rev64 v2.16b, v1.16b
    CHECK_V 161, 2, 0xff807f0002fdc040, 0x21436587a9cbed0f
    /* 162 */
    INPUTS
    addp v2.8b, v0.8b, v1.8b
    CHECK_V 162, 2, 0x00ff7f7f00ff7f7f, 0x0000000000000000
    /* 163 */
    INPUTS
    umaxp v2.8b, v0.8b, v1.8b
    CHECK_V 163, 2, 0xc0fd7fffc0feff7f, 0x0000000000000000
    /* 164 */
    INPUTS
    uminp v2.8b, v0.8b, v1.8b
    CHECK_V 164, 2, 0x4002008040018000, 0x0000000000000000
    /* 165 */
    INPUTS
    smaxp v2.8b, v0.8b, v1.8b
    CHECK_V 165, 2, 0x40027fff4001ff7f, 0x0000000000000000
    /* 166 */
    INPUTS
    sminp v2.8b, v0.8b, v1.8b
    CHECK_V 166, 2, 0xc0fd0080c0fe8000, 0x0000000000000000
    /* 167 */
    INPUTS
    and v2.8b, v0.8b, v1.8b
    CHECK_V 167, 2, 0x4040fc0000000000, 0x0000000000000000
    /* 168 */
    INPUTS
    bic v2.8b, v0.8b, v1.8b
    CHECK_V 168, 2, 0x80000201ff807f00, 0x0000000000000000
    /* 169 */
    INPUTS
    orr v2.8b, v0.8b, v1.8b
    CHECK_V 169, 2, 0xc0c0ff03ffffffff, 0x0000000000000000
    /* 170 */
    INPUTS
    orn v2.8b, v0.8b, v1.8b
    CHECK_V 170, 2, 0xff7ffefdff807f00, 0x0000000000000000
    /* 171 */
    INPUTS
    eor v2.8b, v0.8b, v1.8b
    CHECK_V 171, 2, 0x80800303ffffffff, 0x0000000000000000
    /* 172 */
    INPUTS
    mov v2.16b, v3.16b
    bsl v2.8b, v0.8b, v1.8b
    CHECK_V 172, 2, 0x4040fd01aa2a4ccc, 0x0000000000000000
    /* 173 */
    INPUTS
    mov v2.16b, v3.16b
    bit v2.8b, v0.8b, v1.8b
    CHECK_V 173, 2, 0x6659fc0daa004c00, 0x0000000000000000
    /* 174 */
    INPUTS
    mov v2.16b, v3.16b
    bif v2.8b, v0.8b, v1.8b
    CHECK_V 174, 2, 0xc080f203ffd5ff33, 0x0000000000000000
    /* 175 */
    INPUTS
    not v2.8b, v1.8b
    CHECK_V 175, 2, 0xbf3f02fdff807f00, 0x0000000000000000
    /* 176 */
    INPUTS
    mvn v2.8b, v0.8b
    CHECK_V 176, 2, 0x3fbf01fe007f80ff, 0x0000000000000000
    /* 177 */
    INPUTS
    rev16 v2.8b, v1.8b
    CHECK_V 177, 2, 0xc04002fd7f00ff80, 0x0000000000000000
    /* 178 */
    INPUTS
    rev32 v2.8b, v1.8b
    CHECK_V 178, 2, 0x02fdc040ff807f00, 0x0000000000000000
    /* 179 */
    INPUTS
    rev64 v2.8b, v1.8b
    CHECK_V 179, 2, 0xff807f0002fdc040, 0x0000000000000000
    /* 180 */
    INPUTS
    rev32 v2.8h, v1.8h
    CHECK_V 180, 2, 0xfd0240c080ff007f, 0xcba90fed43218765
    /* 181 */
    INPUTS
    rev64 v2.8h, v1.8h
    CHECK_V 181, 2, 0x80ff007ffd0240c0, 0x43218765cba90fed
    /* 182 */
    INPUTS
    rev32 v2.4h, v1.4h
    CHECK_V 182, 2, 0xfd0240c080ff007f, 0x0000000000000000
    /* 183 */
    INPUTS
    rev64 v2.4h, v1.4h
    CHECK_V 183, 2, 0x80ff007ffd0240c0, 0x0000000000000000
    /* 184 */
    INPUTS
    rev64 v2.4s, v1.4s
    CHECK_V 184, 2, 0x007f80ff40c0fd02, 0x876543210fedcba9
    /* 185 */
    INPUTS
    rev64 v2.2s, v1.2s
    CHECK_V 185, 2, 0x007f80ff40c0fd02, 0x0000000000000000
    /* 186 */
    INPUTS
    movi v2.16b, #0xa5
    CHECK_V 186, 2, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    /* 187 */
    INPUTS
    movi v2.8b, #0x5a
    CHECK_V 187, 2, 0x5a5a5a5a5a5a5a5a, 0x0000000000000000
    /* 188 */
    INPUTS
    movi v2.2d, #0xff0000ff00ffff00
    CHECK_V 188, 2, 0xff0000ff00ffff00, 0xff0000ff00ffff00
    /* 189 */
    INPUTS
    movi d2, #0xff00ff00ff0000ff
    CHECK_V 189, 2, 0xff00ff00ff0000ff, 0x0000000000000000
    /* 190 */
    INPUTS
    movi v2.4s, #0x12, lsl #16
    CHECK_V 190, 2, 0x0012000000120000, 0x0012000000120000
    /* 191 */
    INPUTS
    movi v2.4h, #0x34, lsl #8
    CHECK_V 191, 2, 0x3400340034003400, 0x0000000000000000
    /* 192 */
    INPUTS
    mvni v2.4s, #0x56, msl #8
    CHECK_V 192, 2, 0xffffa900ffffa900, 0xffffa900ffffa900
    /* 193 */
    INPUTS
    mvni v2.8h, #0x78
    CHECK_V 193, 2, 0xff87ff87ff87ff87, 0xff87ff87ff87ff87
    /* 194 */
    INPUTS
    movi v2.2s, #0x9a, msl #16
    CHECK_V 194, 2, 0x009affff009affff, 0x0000000000000000
    /* 195 */
    INPUTS
    movi v2.16b, #0
    CHECK_V 195, 2, 0x0000000000000000, 0x0000000000000000
    /* 196 */
    INPUTS
    mov v2.16b, v1.16b
    orr v2.4s, #0x12, lsl #8
    CHECK_V 196, 2, 0x40c0ff02007f92ff, 0x0feddba987655321
    /* 197 */
    INPUTS
    mov v2.16b, v1.16b
    orr v2.4h, #0x80
    CHECK_V 197, 2, 0x40c0fd8200ff80ff, 0x0000000000000000
    /* 198 */
    INPUTS
    mov v2.16b, v1.16b
    bic v2.8h, #0xff, lsl #8
    CHECK_V 198, 2, 0x00c00002007f00ff, 0x00ed00a900650021
    /* 199 */
    INPUTS
    mov v2.16b, v1.16b
    bic v2.2s, #0x3c
    CHECK_V 199, 2, 0x40c0fd02007f80c3, 0x0000000000000000
    /* 200 */
    INPUTS
    dup v2.16b, w5
    CHECK_V 200, 2, 0xf7f7f7f7f7f7f7f7, 0xf7f7f7f7f7f7f7f7
    /* 201 */
    INPUTS
    dup v2.8b, w5
    CHECK_V 201, 2, 0xf7f7f7f7f7f7f7f7, 0x0000000000000000
    /* 202 */
    INPUTS
    dup v2.8h, w5
    CHECK_V 202, 2, 0xf6f7f6f7f6f7f6f7, 0xf6f7f6f7f6f7f6f7
    /* 203 */
    INPUTS
    dup v2.4h, w5
    CHECK_V 203, 2, 0xf6f7f6f7f6f7f6f7, 0x0000000000000000
    /* 204 */
    INPUTS
    dup v2.4s, w5
    CHECK_V 204, 2, 0xf4f5f6f7f4f5f6f7, 0xf4f5f6f7f4f5f6f7
    /* 205 */
    INPUTS
    dup v2.2s, w5
    CHECK_V 205, 2, 0xf4f5f6f7f4f5f6f7, 0x0000000000000000
    /* 206 */
    INPUTS
    dup v2.2d, x5
    CHECK_V 206, 2, 0x8081f2f3f4f5f6f7, 0x8081f2f3f4f5f6f7
    /* 207 */
    INPUTS
    dup v2.16b, wzr
    CHECK_V 207, 2, 0x0000000000000000, 0x0000000000000000
    /* 208 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.b[13], w5
    CHECK_V 208, 2, 0x40c0fd02007f80ff, 0x0fedf7a987654321
    /* 209 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.h[6], w5
    CHECK_V 209, 2, 0x40c0fd02007f80ff, 0x0fedf6f787654321
    /* 210 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.s[1], w5
    CHECK_V 210, 2, 0xf4f5f6f7007f80ff, 0x0fedcba987654321
    /* 211 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.d[1], x5
    CHECK_V 211, 2, 0x40c0fd02007f80ff, 0x8081f2f3f4f5f6f7
    /* 212 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.b[0], w5
    CHECK_V 212, 2, 0x40c0fd02007f80f7, 0x0fedcba987654321
    /* 213 */
    INPUTS
    mov v2.16b, v1.16b
    mov v2.d[0], xzr
    CHECK_V 213, 2, 0x0000000000000000, 0x0fedcba987654321
    /* 214 */
    INPUTS
    umov w6, v1.b[11]
    dup v2.2d, x6
    CHECK_V 214, 2, 0x0000000000000087, 0x0000000000000087
    /* 215 */
    INPUTS
    umov w6, v1.h[5]
    dup v2.2d, x6
    CHECK_V 215, 2, 0x0000000000008765, 0x0000000000008765
    /* 216 */
    INPUTS
    umov w6, v1.s[2]
    dup v2.2d, x6
    CHECK_V 216, 2, 0x0000000087654321, 0x0000000087654321
    /* 217 */
    INPUTS
    umov x6, v1.d[1]
    dup v2.2d, x6
    CHECK_V 217, 2, 0x0fedcba987654321, 0x0fedcba987654321
    /* 218 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 218, 2, 0xc040fe01ff807f10, 0xf0debc9a78563402
    /* 219 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 219, 2, 0xc040fe01ff807f05, 0xf0debc9a78563417
    /* 220 */
    INPUTS
    ld1 {v20.16b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 220, 2, 0xc040fe01ff807f00, 0xf0debc9a78563412
    /* 221 */
    INPUTS
    mov x7, x8
    st1 {v20.16b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 221, 2, 0xc040fe01ff807f00, 0x0000000000000010
    /* 222 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 222, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 223 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b}, [x7], #8
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 223, 2, 0xc040fe01ff807f08, 0x0000000000000008
    /* 224 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 224, 2, 0xc040fe01ff807f05, 0x0000000000000005
    /* 225 */
    INPUTS
    ld1 {v20.8b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 225, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 226 */
    INPUTS
    mov x7, x8
    st1 {v20.8b}, [x7], #8
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 226, 2, 0xc040fe01ff807f00, 0x0000000000000008
    /* 227 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 227, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 228 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 228, 2, 0x40c0fd02007f80df, 0x0fedcba987654301
    /* 229 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 229, 2, 0x40c0fd02007f80fa, 0x0fedcba987654324
    /* 230 */
    INPUTS
    ld1 {v20.16b, v21.16b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 230, 2, 0x40c0fd02007f80ff, 0x0fedcba987654321
    /* 231 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 231, 2, 0x40c0fd02007f80ff, 0x0000000000000020
    /* 232 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 232, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 233 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 233, 2, 0xf0debc9a78563402, 0x0000000000000010
    /* 234 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 234, 2, 0xf0debc9a78563417, 0x0000000000000005
    /* 235 */
    INPUTS
    ld1 {v20.8b, v21.8b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 235, 2, 0xf0debc9a78563412, 0x0000000000000000
    /* 236 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #8]
    mov v2.d[1], x7
    CHECK_V 236, 2, 0xf0debc9a78563412, 0x0000000000000010
    /* 237 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 237, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 238 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 238, 2, 0x6699f00faa55cc03, 0x8040201008040231
    /* 239 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 239, 2, 0x6699f00faa55cc36, 0x8040201008040204
    /* 240 */
    INPUTS
    ld1 {v20.16b, v21.16b, v22.16b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 240, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 241 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x8
    ldr q2, [x8, #32]
    mov v2.d[1], x7
    CHECK_V 241, 2, 0x6699f00faa55cc33, 0x0000000000000030
    /* 242 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 242, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 243 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 243, 2, 0x40c0fd02007f80e7, 0x0000000000000018
    /* 244 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 244, 2, 0x40c0fd02007f80fa, 0x0000000000000005
    /* 245 */
    INPUTS
    ld1 {v20.8b, v21.8b, v22.8b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 245, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 246 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 246, 2, 0x40c0fd02007f80ff, 0x0000000000000018
    /* 247 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 247, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 248 */
    INPUTS
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 248, 2, 0x8877665544332251, 0x00ffeeddccbbaad9
    /* 249 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b, v2.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 249, 2, 0x0000000000000000, 0x0000000000000000
    /* 250 */
    INPUTS
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 250, 2, 0x8877665544332211, 0x00ffeeddccbbaa99
    /* 251 */
    INPUTS
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x8
    ldr q2, [x8, #48]
    mov v2.d[1], x7
    CHECK_V 251, 2, 0x8877665544332211, 0x0000000000000040
    /* 252 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 252, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 253 */
    INPUTS
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 253, 2, 0x0fedcba987654301, 0x0000000000000020
    /* 254 */
    INPUTS
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b, v2.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 254, 2, 0x0000000000000000, 0x0000000000000000
    /* 255 */
    INPUTS
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 255, 2, 0x0fedcba987654321, 0x0000000000000000
    /* 256 */
    INPUTS
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #24]
    mov v2.d[1], x7
    CHECK_V 256, 2, 0x0fedcba987654321, 0x0000000000000020
    /* 257 */
    INPUTS
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 257, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 258 */
    INPUTS
    mov x7, sp
    sub sp, sp, #64
    st1 {v0.16b, v1.16b}, [sp]
    ld1 {v2.2d}, [sp], #16
    ld1 {v3.4s}, [sp], #16
    mov sp, x7
    eor v2.16b, v2.16b, v3.16b
    CHECK_V 258, 2, 0x80800303ffffffff, 0xff337733ff337733
    /* 259 */
    INPUTS
    ushr v2.8h, v1.8h, #3
    CHECK_V 259, 2, 0x08181fa0000f101f, 0x01fd197510ec0864
    /* 260 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.8h, v1.8h, #3
    CHECK_V 260, 2, 0x6eb10fafaa64dc52, 0x823d398518f00a65
    /* 261 */
    INPUTS
    sshr v2.8h, v1.8h, #3
    CHECK_V 261, 2, 0x0818ffa0000ff01f, 0x01fdf975f0ec0864
    /* 262 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.8h, v1.8h, #3
    CHECK_V 262, 2, 0x6eb1efafaa64bc52, 0x823d1985f8f00a65
    /* 263 */
    INPUTS
    ushr v2.8h, v1.8h, #16
    CHECK_V 263, 2, 0x0000000000000000, 0x0000000000000000
    /* 264 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.8h, v1.8h, #16
    CHECK_V 264, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 265 */
    INPUTS
    sshr v2.8h, v1.8h, #16
    CHECK_V 265, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 266 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.8h, v1.8h, #16
    CHECK_V 266, 2, 0x6699f00eaa55cc32, 0x8040200f08030201
    /* 267 */
    INPUTS
    ushr v2.4s, v1.4s, #7
    CHECK_V 267, 2, 0x008181fa0000ff01, 0x001fdb97010eca86
    /* 268 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4s, v1.4s, #7
    CHECK_V 268, 2, 0x671b7209aa56cb34, 0x805ffba70912cc87
    /* 269 */
    INPUTS
    sshr v2.4s, v1.4s, #7
    CHECK_V 269, 2, 0x008181fa0000ff01, 0x001fdb97ff0eca86
    /* 270 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4s, v1.4s, #7
    CHECK_V 270, 2, 0x671b7209aa56cb34, 0x805ffba70712cc87
    /* 271 */
    INPUTS
    ushr v2.4s, v1.4s, #32
    CHECK_V 271, 2, 0x0000000000000000, 0x0000000000000000
    /* 272 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4s, v1.4s, #32
    CHECK_V 272, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 273 */
    INPUTS
    sshr v2.4s, v1.4s, #32
    CHECK_V 273, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 274 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4s, v1.4s, #32
    CHECK_V 274, 2, 0x6699f00faa55cc33, 0x8040201008040200
    /* 275 */
    INPUTS
    ushr v2.2d, v1.2d, #1
    CHECK_V 275, 2, 0x20607e81003fc07f, 0x07f6e5d4c3b2a190
    /* 276 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2d, v1.2d, #1
    CHECK_V 276, 2, 0x86fa6e90aa958cb2, 0x883705e4cbb6a391
    /* 277 */
    INPUTS
    ushr v2.2d, v1.2d, #64
    CHECK_V 277, 2, 0x0000000000000000, 0x0000000000000000
    /* 278 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2d, v1.2d, #64
    CHECK_V 278, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 279 */
    INPUTS
    ushr v2.4h, v1.4h, #15
    CHECK_V 279, 2, 0x0000000100000001, 0x0000000000000000
    /* 280 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.4h, v1.4h, #15
    CHECK_V 280, 2, 0x6699f010aa55cc34, 0x0000000000000000
    /* 281 */
    INPUTS
    sshr v2.4h, v1.4h, #15
    CHECK_V 281, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 282 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.4h, v1.4h, #15
    CHECK_V 282, 2, 0x6699f00eaa55cc32, 0x0000000000000000
    /* 283 */
    INPUTS
    ushr v2.2s, v1.2s, #1
    CHECK_V 283, 2, 0x20607e81003fc07f, 0x0000000000000000
    /* 284 */
    INPUTS
    mov v2.16b, v3.16b
    usra v2.2s, v1.2s, #1
    CHECK_V 284, 2, 0x86fa6e90aa958cb2, 0x0000000000000000
    /* 285 */
    INPUTS
    sshr v2.2s, v1.2s, #1
    CHECK_V 285, 2, 0x20607e81003fc07f, 0x0000000000000000
    /* 286 */
    INPUTS
    mov v2.16b, v3.16b
    ssra v2.2s, v1.2s, #1
    CHECK_V 286, 2, 0x86fa6e90aa958cb2, 0x0000000000000000
    /* 287 */
    INPUTS
    shl v2.8h, v1.8h, #3
    CHECK_V 287, 2, 0x0600e81003f807f8, 0x7f685d483b281908
    /* 288 */
    INPUTS
    shl v2.4s, v1.4s, #31
    CHECK_V 288, 2, 0x0000000080000000, 0x8000000080000000
    /* 289 */
    INPUTS
    shl v2.2d, v1.2d, #63
    CHECK_V 289, 2, 0x8000000000000000, 0x8000000000000000
    /* 290 */
    INPUTS
    shl v2.4h, v1.4h, #1
    CHECK_V 290, 2, 0x8180fa0400fe01fe, 0x0000000000000000
    /* 291 */
    INPUTS
    shl v2.2s, v1.2s, #0
    CHECK_V 291, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 292 */
    INPUTS
    mov v2.16b, v3.16b
    add d2, d0, d1
    CHECK_V 292, 2, 0x0101fb03ffffffff, 0x0000000000000000
    /* 293 */
    INPUTS
    mov v2.16b, v3.16b
    sub d2, d0, d1
    CHECK_V 293, 2, 0x7f8000ffff00fe01, 0x0000000000000000
    /* 294 */
    INPUTS
    mov v2.16b, v3.16b
    cmeq d2, d0, d4
    CHECK_V 294, 2, 0x0000000000000000, 0x0000000000000000
    /* 295 */
    INPUTS
    mov v2.16b, v3.16b
    cmeq d2, d1, #0
    CHECK_V 295, 2, 0x0000000000000000, 0x0000000000000000
    /* 296 */
    INPUTS
    mov v2.16b, v3.16b
    cmgt d2, d0, d1
    CHECK_V 296, 2, 0x0000000000000000, 0x0000000000000000
    /* 297 */
    INPUTS
    mov v2.16b, v3.16b
    cmhi d2, d0, d1
    CHECK_V 297, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 298 */
    INPUTS
    mov v2.16b, v3.16b
    cmtst d2, d0, d1
    CHECK_V 298, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 299 */
    INPUTS
    mov v2.16b, v3.16b
    ushr d2, d1, #5
    CHECK_V 299, 2, 0x020607e81003fc07, 0x0000000000000000
    /* 300 */
    INPUTS
    mov v2.16b, v3.16b
    sshr d2, d1, #64
    CHECK_V 300, 2, 0x0000000000000000, 0x0000000000000000
    /* 301 */
    INPUTS
    mov v2.16b, v3.16b
    shl d2, d1, #9
    CHECK_V 301, 2, 0x81fa0400ff01fe00, 0x0000000000000000
    /* 302 */
    INPUTS
    mov v2.16b, v3.16b
    neg d2, d1
    CHECK_V 302, 2, 0xbf3f02fdff807f01, 0x0000000000000000
    /* 303 */
    INPUTS
    mov v2.16b, v3.16b
    cmlt d2, d1, #0
    CHECK_V 303, 2, 0x0000000000000000, 0x0000000000000000
    /* 304 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #4
    CHECK_V 304, 2, 0xfeba76320cd0070f, 0x0000000000000000
    /* 305 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #4
    CHECK_V 305, 2, 0x6699f00faa55cc33, 0xfeba76320cd0070f
    /* 306 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #8
    CHECK_V 306, 2, 0x0fcb874340fd0080, 0x0000000000000000
    /* 307 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #8
    CHECK_V 307, 2, 0x6699f00faa55cc33, 0x0fcb874340fd0080
    /* 308 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.8b, v1.8h, #1
    CHECK_V 308, 2, 0xf6d4b29060813f7f, 0x0000000000000000
    /* 309 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.16b, v1.8h, #1
    CHECK_V 309, 2, 0x6699f00faa55cc33, 0xf6d4b29060813f7f
    /* 310 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.4h, v1.4s, #16
    CHECK_V 310, 2, 0x0fed876540c0007f, 0x0000000000000000
    /* 311 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.8h, v1.4s, #16
    CHECK_V 311, 2, 0x6699f00faa55cc33, 0x0fed876540c0007f
    /* 312 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.4h, v1.4s, #5
    CHECK_V 312, 2, 0x6e5d2a1907e8fc07, 0x0000000000000000
    /* 313 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.8h, v1.4s, #5
    CHECK_V 313, 2, 0x6699f00faa55cc33, 0x6e5d2a1907e8fc07
    /* 314 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.2s, v1.2d, #32
    CHECK_V 314, 2, 0x0fedcba940c0fd02, 0x0000000000000000
    /* 315 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.4s, v1.2d, #32
    CHECK_V 315, 2, 0x6699f00faa55cc33, 0x0fedcba940c0fd02
    /* 316 */
    INPUTS
    mov v2.16b, v3.16b
    shrn v2.2s, v1.2d, #3
    CHECK_V 316, 2, 0x30eca864400ff01f, 0x0000000000000000
    /* 317 */
    INPUTS
    mov v2.16b, v3.16b
    shrn2 v2.4s, v1.2d, #3
    CHECK_V 317, 2, 0x6699f00faa55cc33, 0x30eca864400ff01f
    /* 318 */
    INPUTS
    sshll v2.8h, v1.8b, #0
    CHECK_V 318, 2, 0x0000007fff80ffff, 0x0040ffc0fffd0002
    /* 319 */
    INPUTS
    sshll2 v2.8h, v1.16b, #0
    CHECK_V 319, 2, 0xff87006500430021, 0x000fffedffcbffa9
    /* 320 */
    INPUTS
    ushll v2.8h, v1.8b, #0
    CHECK_V 320, 2, 0x0000007f008000ff, 0x004000c000fd0002
    /* 321 */
    INPUTS
    ushll2 v2.8h, v1.16b, #0
    CHECK_V 321, 2, 0x0087006500430021, 0x000f00ed00cb00a9
    /* 322 */
    INPUTS
    sshll v2.8h, v1.8b, #7
    CHECK_V 322, 2, 0x00003f80c000ff80, 0x2000e000fe800100
    /* 323 */
    INPUTS
    sshll2 v2.8h, v1.16b, #7
    CHECK_V 323, 2, 0xc380328021801080, 0x0780f680e580d480
    /* 324 */
    INPUTS
    ushll v2.8h, v1.8b, #7
    CHECK_V 324, 2, 0x00003f8040007f80, 0x200060007e800100
    /* 325 */
    INPUTS
    ushll2 v2.8h, v1.16b, #7
    CHECK_V 325, 2, 0x4380328021801080, 0x0780768065805480
    /* 326 */
    INPUTS
    sshll v2.4s, v1.4h, #3
    CHECK_V 326, 2, 0x000003f8fffc07f8, 0x00020600ffffe810
    /* 327 */
    INPUTS
    sshll2 v2.4s, v1.8h, #3
    CHECK_V 327, 2, 0xfffc3b2800021908, 0x00007f68fffe5d48
    /* 328 */
    INPUTS
    ushll v2.4s, v1.4h, #3
    CHECK_V 328, 2, 0x000003f8000407f8, 0x000206000007e810
    /* 329 */
    INPUTS
    ushll2 v2.4s, v1.8h, #3
    CHECK_V 329, 2, 0x00043b2800021908, 0x00007f6800065d48
    /* 330 */
    INPUTS
    sshll v2.2d, v1.2s, #31
    CHECK_V 330, 2, 0x003fc07f80000000, 0x20607e8100000000
    /* 331 */
    INPUTS
    sshll2 v2.2d, v1.4s, #31
    CHECK_V 331, 2, 0xc3b2a19080000000, 0x07f6e5d480000000
    /* 332 */
    INPUTS
    ushll v2.2d, v1.2s, #31
    CHECK_V 332, 2, 0x003fc07f80000000, 0x20607e8100000000
    /* 333 */
    INPUTS
    ushll2 v2.2d, v1.4s, #31
    CHECK_V 333, 2, 0x43b2a19080000000, 0x07f6e5d480000000
    /* 334 */
    INPUTS
    uxtl v2.8h, v0.8b
    CHECK_V 334, 2, 0x00ff0080007f0000, 0x00c0004000fe0001
    /* 335 */
    INPUTS
    sxtl2 v2.4s, v0.8h
    CHECK_V 335, 2, 0x0000785600003412, 0xfffff0deffffbc9a
    /* 336 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.b}[5], [x7]
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 336, 2, 0x0000000000000013, 0x8040201008040201
    /* 337 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.h}[7], [x7], #2
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 337, 2, 0x0000000000000015, 0x0200201008040201
    /* 338 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.s}[1], [x7], x9
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 338, 2, 0x000000000000001a, 0x8040201008040201
    /* 339 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1 {v2.d}[1], [x7], #8
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 339, 2, 0x000000000000001b, 0x65432140c0fd0200
    /* 340 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.16b}, [x7]
    CHECK_V 340, 2, 0x0000000000000000, 0x0000000000000000
    /* 341 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.8b}, [x7], #1
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 341, 2, 0x0000000000000014, 0x0000000000000000
    /* 342 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.8h}, [x7]
    CHECK_V 342, 2, 0x0200020002000200, 0x0200020002000200
    /* 343 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.4h}, [x7], x9
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 343, 2, 0x000000000000001a, 0x0000000000000000
    /* 344 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.4s}, [x7]
    CHECK_V 344, 2, 0xc0fd0200c0fd0200, 0xc0fd0200c0fd0200
    /* 345 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.2s}, [x7]
    CHECK_V 345, 2, 0xc0fd0200c0fd0200, 0x0000000000000000
    /* 346 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    mov x9, #7
    ld1r {v2.2d}, [x7], #8
    sub x7, x7, x0
    mov v2.d[0], x7
    CHECK_V 346, 2, 0x000000000000001b, 0x65432140c0fd0200
    /* 347 */
    INPUTS
    mov v2.16b, v3.16b
    add x7, x0, #19
    ld1r {v2.1d}, [x7]
    CHECK_V 347, 2, 0x65432140c0fd0200, 0x0000000000000000
    /* 348 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.b}[9], [x7]
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 348, 2, 0x6699f00f4355cc33, 0x0000000000000003
    /* 349 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.h}[3], [x7], #2
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 349, 2, 0x6699f040c055cc33, 0x0000000000000005
    /* 350 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.s}[3], [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 350, 2, 0x660fedcba955cc33, 0x000000000000000e
    /* 351 */
    INPUTS
    str q3, [x8]
    str q3, [x8, #16]
    add x7, x8, #3
    mov x9, #11
    st1 {v1.d}[0], [x7], #8
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 351, 2, 0x02007f80ff55cc33, 0x000000000000000b
    /* 352 */
    INPUTS
    mov v2.16b, v3.16b
    fmov v2.d[1], x5
    CHECK_V 352, 2, 0x6699f00faa55cc33, 0x8081f2f3f4f5f6f7
    /* 353 */
    INPUTS
    mov v2.16b, v3.16b
    fmov v2.d[1], xzr
    CHECK_V 353, 2, 0x6699f00faa55cc33, 0x0000000000000000
    /* 354 */
    INPUTS
    fmov x6, v1.d[1]
    mov v2.16b, v3.16b
    mov v2.d[0], x6
    CHECK_V 354, 2, 0x0fedcba987654321, 0x8040201008040201
    /* 355 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.8b, v1.8h
    CHECK_V 355, 2, 0xeda96521c0027fff, 0x0000000000000000
    /* 356 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.16b, v1.8h
    CHECK_V 356, 2, 0x6699f00faa55cc33, 0xeda96521c0027fff
    /* 357 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.4h, v1.4s
    CHECK_V 357, 2, 0xcba94321fd0280ff, 0x0000000000000000
    /* 358 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.8h, v1.4s
    CHECK_V 358, 2, 0x6699f00faa55cc33, 0xcba94321fd0280ff
    /* 359 */
    INPUTS
    mov v2.16b, v3.16b
    xtn v2.2s, v1.2d
    CHECK_V 359, 2, 0x87654321007f80ff, 0x0000000000000000
    /* 360 */
    INPUTS
    mov v2.16b, v3.16b
    xtn2 v2.4s, v1.2d
    CHECK_V 360, 2, 0x6699f00faa55cc33, 0x87654321007f80ff
    /* 361 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v0.16b
    CHECK_V 361, 2, 0x00000000000000ff, 0x0000000000000000
    /* 362 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v0.8b
    CHECK_V 362, 2, 0x00000000000000ff, 0x0000000000000000
    /* 363 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v0.8h
    CHECK_V 363, 2, 0x000000000000ff80, 0x0000000000000000
    /* 364 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v0.4h
    CHECK_V 364, 2, 0x000000000000ff80, 0x0000000000000000
    /* 365 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v1.16b
    CHECK_V 365, 2, 0x00000000000000ff, 0x0000000000000000
    /* 366 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v1.8b
    CHECK_V 366, 2, 0x00000000000000ff, 0x0000000000000000
    /* 367 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v1.8h
    CHECK_V 367, 2, 0x000000000000fd02, 0x0000000000000000
    /* 368 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v1.4h
    CHECK_V 368, 2, 0x000000000000fd02, 0x0000000000000000
    /* 369 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v4.16b
    CHECK_V 369, 2, 0x00000000000000fe, 0x0000000000000000
    /* 370 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv b2, v4.8b
    CHECK_V 370, 2, 0x00000000000000fe, 0x0000000000000000
    /* 371 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v4.8h
    CHECK_V 371, 2, 0x000000000000fe01, 0x0000000000000000
    /* 372 */
    INPUTS
    mov v2.16b, v3.16b
    umaxv h2, v4.4h
    CHECK_V 372, 2, 0x000000000000fe01, 0x0000000000000000
    /* 373 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v0.16b
    CHECK_V 373, 2, 0x0000000000000000, 0x0000000000000000
    /* 374 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v0.8b
    CHECK_V 374, 2, 0x0000000000000000, 0x0000000000000000
    /* 375 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v0.8h
    CHECK_V 375, 2, 0x0000000000003412, 0x0000000000000000
    /* 376 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v0.4h
    CHECK_V 376, 2, 0x0000000000007f00, 0x0000000000000000
    /* 377 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v1.16b
    CHECK_V 377, 2, 0x0000000000000000, 0x0000000000000000
    /* 378 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v1.8b
    CHECK_V 378, 2, 0x0000000000000000, 0x0000000000000000
    /* 379 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v1.8h
    CHECK_V 379, 2, 0x000000000000007f, 0x0000000000000000
    /* 380 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v1.4h
    CHECK_V 380, 2, 0x000000000000007f, 0x0000000000000000
    /* 381 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v4.16b
    CHECK_V 381, 2, 0x0000000000000000, 0x0000000000000000
    /* 382 */
    INPUTS
    mov v2.16b, v3.16b
    uminv b2, v4.8b
    CHECK_V 382, 2, 0x0000000000000000, 0x0000000000000000
    /* 383 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v4.8h
    CHECK_V 383, 2, 0x0000000000000000, 0x0000000000000000
    /* 384 */
    INPUTS
    mov v2.16b, v3.16b
    uminv h2, v4.4h
    CHECK_V 384, 2, 0x0000000000000080, 0x0000000000000000
    /* 385 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v0.16b
    CHECK_V 385, 2, 0x000000000000007f, 0x0000000000000000
    /* 386 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v0.8b
    CHECK_V 386, 2, 0x000000000000007f, 0x0000000000000000
    /* 387 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v0.8h
    CHECK_V 387, 2, 0x0000000000007f00, 0x0000000000000000
    /* 388 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v0.4h
    CHECK_V 388, 2, 0x0000000000007f00, 0x0000000000000000
    /* 389 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v1.16b
    CHECK_V 389, 2, 0x000000000000007f, 0x0000000000000000
    /* 390 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v1.8b
    CHECK_V 390, 2, 0x000000000000007f, 0x0000000000000000
    /* 391 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v1.8h
    CHECK_V 391, 2, 0x0000000000004321, 0x0000000000000000
    /* 392 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v1.4h
    CHECK_V 392, 2, 0x00000000000040c0, 0x0000000000000000
    /* 393 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v4.16b
    CHECK_V 393, 2, 0x000000000000007f, 0x0000000000000000
    /* 394 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv b2, v4.8b
    CHECK_V 394, 2, 0x000000000000007f, 0x0000000000000000
    /* 395 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v4.8h
    CHECK_V 395, 2, 0x0000000000007f00, 0x0000000000000000
    /* 396 */
    INPUTS
    mov v2.16b, v3.16b
    smaxv h2, v4.4h
    CHECK_V 396, 2, 0x0000000000007f00, 0x0000000000000000
    /* 397 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v0.16b
    CHECK_V 397, 2, 0x0000000000000080, 0x0000000000000000
    /* 398 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v0.8b
    CHECK_V 398, 2, 0x0000000000000080, 0x0000000000000000
    /* 399 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v0.8h
    CHECK_V 399, 2, 0x000000000000bc9a, 0x0000000000000000
    /* 400 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v0.4h
    CHECK_V 400, 2, 0x000000000000c040, 0x0000000000000000
    /* 401 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v1.16b
    CHECK_V 401, 2, 0x0000000000000080, 0x0000000000000000
    /* 402 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v1.8b
    CHECK_V 402, 2, 0x0000000000000080, 0x0000000000000000
    /* 403 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v1.8h
    CHECK_V 403, 2, 0x00000000000080ff, 0x0000000000000000
    /* 404 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v1.4h
    CHECK_V 404, 2, 0x00000000000080ff, 0x0000000000000000
    /* 405 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v4.16b
    CHECK_V 405, 2, 0x0000000000000080, 0x0000000000000000
    /* 406 */
    INPUTS
    mov v2.16b, v3.16b
    sminv b2, v4.8b
    CHECK_V 406, 2, 0x0000000000000080, 0x0000000000000000
    /* 407 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v4.8h
    CHECK_V 407, 2, 0x000000000000bc9a, 0x0000000000000000
    /* 408 */
    INPUTS
    mov v2.16b, v3.16b
    sminv h2, v4.4h
    CHECK_V 408, 2, 0x000000000000c040, 0x0000000000000000
    /* 409 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v0.16b
    CHECK_V 409, 2, 0x0000000000000035, 0x0000000000000000
    /* 410 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v0.8b
    CHECK_V 410, 2, 0x00000000000000fd, 0x0000000000000000
    /* 411 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v1.16b
    CHECK_V 411, 2, 0x00000000000000bd, 0x0000000000000000
    /* 412 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v1.8b
    CHECK_V 412, 2, 0x00000000000000fd, 0x0000000000000000
    /* 413 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v3.16b
    CHECK_V 413, 2, 0x00000000000000fb, 0x0000000000000000
    /* 414 */
    INPUTS
    mov v2.16b, v3.16b
    addv b2, v3.8b
    CHECK_V 414, 2, 0x00000000000000fc, 0x0000000000000000
    /* 415 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #0
    CHECK_V 415, 2, 0xc040fe01ff807f00, 0xf0debc9a78563412
    /* 416 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #1
    CHECK_V 416, 2, 0x12c040fe01ff807f, 0xfff0debc9a785634
    /* 417 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #7
    CHECK_V 417, 2, 0xdebc9a78563412c0, 0xc0fd02007f80fff0
    /* 418 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #8
    CHECK_V 418, 2, 0xf0debc9a78563412, 0x40c0fd02007f80ff
    /* 419 */
    INPUTS
    ext v2.16b, v0.16b, v1.16b, #15
    CHECK_V 419, 2, 0xc0fd02007f80fff0, 0xedcba98765432140
    /* 420 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #0
    CHECK_V 420, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 421 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #3
    CHECK_V 421, 2, 0x7f80ffc040fe01ff, 0x0000000000000000
    /* 422 */
    INPUTS
    ext v2.8b, v0.8b, v1.8b, #7
    CHECK_V 422, 2, 0xc0fd02007f80ffc0, 0x0000000000000000
    /* 423 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.16b, v1.b[13]
    CHECK_V 423, 2, 0xcbcbcbcbcbcbcbcb, 0xcbcbcbcbcbcbcbcb
    /* 424 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.8b, v1.b[0]
    CHECK_V 424, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 425 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.8h, v1.h[7]
    CHECK_V 425, 2, 0x0fed0fed0fed0fed, 0x0fed0fed0fed0fed
    /* 426 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.4h, v1.h[2]
    CHECK_V 426, 2, 0xfd02fd02fd02fd02, 0x0000000000000000
    /* 427 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.4s, v1.s[3]
    CHECK_V 427, 2, 0x0fedcba90fedcba9, 0x0fedcba90fedcba9
    /* 428 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.2s, v1.s[1]
    CHECK_V 428, 2, 0x40c0fd0240c0fd02, 0x0000000000000000
    /* 429 */
    INPUTS
    mov v2.16b, v3.16b
    dup v2.2d, v1.d[1]
    CHECK_V 429, 2, 0x0fedcba987654321, 0x0fedcba987654321
    /* 430 */
    INPUTS
    mov v2.16b, v3.16b
    dup b2, v1.b[9]
    CHECK_V 430, 2, 0x0000000000000043, 0x0000000000000000
    /* 431 */
    INPUTS
    mov v2.16b, v3.16b
    dup h2, v1.h[6]
    CHECK_V 431, 2, 0x000000000000cba9, 0x0000000000000000
    /* 432 */
    INPUTS
    mov v2.16b, v3.16b
    dup s2, v1.s[2]
    CHECK_V 432, 2, 0x0000000087654321, 0x0000000000000000
    /* 433 */
    INPUTS
    mov v2.16b, v3.16b
    dup d2, v1.d[1]
    CHECK_V 433, 2, 0x0fedcba987654321, 0x0000000000000000
    /* 434 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.b[4], v1.b[15]
    CHECK_V 434, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 435 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.h[7], v1.h[0]
    CHECK_V 435, 2, 0x6699f00faa55cc33, 0x80ff201008040201
    /* 436 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.s[0], v1.s[3]
    CHECK_V 436, 2, 0x6699f00f0fedcba9, 0x8040201008040201
    /* 437 */
    INPUTS
    mov v2.16b, v3.16b
    mov v2.d[1], v1.d[0]
    CHECK_V 437, 2, 0x6699f00faa55cc33, 0x40c0fd02007f80ff
    subs x26, x26, #1
    b.ne repeat
    TEST_PASS
    TEST_FAIL_HANDLER
    .data
    .balign 16
src: .byte 0x00, 0x7f, 0x80, 0xff, 0x01, 0xfe, 0x40, 0xc0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0
    .byte 0xff, 0x80, 0x7f, 0x00, 0x02, 0xfd, 0xc0, 0x40, 0x21, 0x43, 0x65, 0x87, 0xa9, 0xcb, 0xed, 0x0f
    .byte 0x33, 0xcc, 0x55, 0xaa, 0x0f, 0xf0, 0x99, 0x66, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80
    .byte 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00
    .byte 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10, 0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78
dst: .space 80
