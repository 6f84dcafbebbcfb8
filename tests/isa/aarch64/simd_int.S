/* Advanced SIMD integer instructions the translator generates inline
 * (translate/aarch64/gen-simd.c), part 1, each form once, checked against
 * values from qemu-aarch64: three-same (ADD SUB compares [SU]MAX [SU]MIN),
 * pairwise on bytes, bitwise, compares with zero, NOT, NEG, REV, the MOVI
 * family, DUP/INS from a general register, UMOV.  Part 2 is simd_int2.S.
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
