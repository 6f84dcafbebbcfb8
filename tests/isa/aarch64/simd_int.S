/* Advanced SIMD integer instructions the translator generates inline
 * (translate/aarch64/gen-simd.c), each form once, checked against values
 * from qemu-aarch64: three-same, pairwise on bytes, bitwise, compares with
 * zero, NOT, NEG, REV, MOVI family, DUP/INS from a general register, UMOV,
 * LD1/ST1 of 1..4 registers with and without post-index (SP base too).
 * The whole sequence runs 64 times, so that it gets hot and translated. */
#include "macros.h"
    TEST_START
    mov x26, #64
repeat:
    ldr x0, =src
    ldr x8, =dst
    ldr x5, =0x8081f2f3f4f5f6f7
    mov x6, #0
    ld1 {v0.16b, v1.16b}, [x0]
    ldr q3, [x0, #32]
    mov v4.16b, v0.16b
    mov v4.b[3], wzr
    mov v4.h[5], wzr
    mov v4.s[2], wzr
    /* 1 */
    add v2.16b, v0.16b, v1.16b
    CHECK_V 1, 2, 0x0000fb03ffffffff, 0xffcb8743ffbb7733
    /* 2 */
    sub v2.16b, v0.16b, v1.16b
    CHECK_V 2, 2, 0x808001ffff01ff01, 0xe1f1f1f1f1f1f1f1
    /* 3 */
    cmeq v2.16b, v0.16b, v1.16b
    CHECK_V 3, 2, 0x0000000000000000, 0x0000000000000000
    /* 4 */
    cmeq v2.16b, v0.16b, v4.16b
    CHECK_V 4, 2, 0xffffffff00ffffff, 0xffffffff00000000
    /* 5 */
    cmtst v2.16b, v0.16b, v1.16b
    CHECK_V 5, 2, 0xffffff0000000000, 0x00ffffff00ff0000
    /* 6 */
    cmgt v2.16b, v0.16b, v1.16b
    CHECK_V 6, 2, 0x00ffff000000ffff, 0x00000000ff000000
    /* 7 */
    cmge v2.16b, v0.16b, v1.16b
    CHECK_V 7, 2, 0x00ffff000000ffff, 0x00000000ff000000
    /* 8 */
    cmge v2.16b, v0.16b, v4.16b
    CHECK_V 8, 2, 0xffffffff00ffffff, 0xffffffffffffffff
    /* 9 */
    cmhi v2.16b, v0.16b, v1.16b
    CHECK_V 9, 2, 0xff00ff00ffff0000, 0xff00000000000000
    /* 10 */
    cmhs v2.16b, v0.16b, v1.16b
    CHECK_V 10, 2, 0xff00ff00ffff0000, 0xff00000000000000
    /* 11 */
    cmhs v2.16b, v0.16b, v4.16b
    CHECK_V 11, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 12 */
    cmeq v2.16b, v0.16b, #0
    CHECK_V 12, 2, 0x00000000000000ff, 0x0000000000000000
    /* 13 */
    cmgt v2.16b, v1.16b, #0
    CHECK_V 13, 2, 0xff0000ff00ff0000, 0xff00000000ffffff
    /* 14 */
    cmge v2.16b, v1.16b, #0
    CHECK_V 14, 2, 0xff0000ffffff0000, 0xff00000000ffffff
    /* 15 */
    cmle v2.16b, v1.16b, #0
    CHECK_V 15, 2, 0x00ffff00ff00ffff, 0x00ffffffff000000
    /* 16 */
    cmlt v2.16b, v1.16b, #0
    CHECK_V 16, 2, 0x00ffff000000ffff, 0x00ffffffff000000
    /* 17 */
    neg v2.16b, v1.16b
    CHECK_V 17, 2, 0xc04003fe00818001, 0xf1133557799bbddf
    /* 18 */
    umax v2.16b, v0.16b, v1.16b
    CHECK_V 18, 2, 0xc0c0fe02ff8080ff, 0xf0edcba987654321
    /* 19 */
    umin v2.16b, v0.16b, v1.16b
    CHECK_V 19, 2, 0x4040fd01007f7f00, 0x0fdebc9a78563412
    /* 20 */
    smax v2.16b, v0.16b, v1.16b
    CHECK_V 20, 2, 0x4040fe02007f7f00, 0x0fedcba978654321
    /* 21 */
    smin v2.16b, v0.16b, v1.16b
    CHECK_V 21, 2, 0xc0c0fd01ff8080ff, 0xf0debc9a87563412
    /* 22 */
    add v2.8h, v0.8h, v1.8h
    CHECK_V 22, 2, 0x0100fb03ffffffff, 0x00cb8843ffbb7733
    /* 23 */
    sub v2.8h, v0.8h, v1.8h
    CHECK_V 23, 2, 0x7f8000ffff01fe01, 0xe0f1f0f1f0f1f0f1
    /* 24 */
    cmeq v2.8h, v0.8h, v1.8h
    CHECK_V 24, 2, 0x0000000000000000, 0x0000000000000000
    /* 25 */
    cmeq v2.8h, v0.8h, v4.8h
    CHECK_V 25, 2, 0xffffffff0000ffff, 0xffffffff00000000
    /* 26 */
    cmtst v2.8h, v0.8h, v1.8h
    CHECK_V 26, 2, 0xffffffff00000000, 0xffffffffffff0000
    /* 27 */
    cmgt v2.8h, v0.8h, v1.8h
    CHECK_V 27, 2, 0x0000ffff0000ffff, 0x00000000ffff0000
    /* 28 */
    cmge v2.8h, v0.8h, v1.8h
    CHECK_V 28, 2, 0x0000ffff0000ffff, 0x00000000ffff0000
    /* 29 */
    cmge v2.8h, v0.8h, v4.8h
    CHECK_V 29, 2, 0xffffffff0000ffff, 0xffffffffffffffff
    /* 30 */
    cmhi v2.8h, v0.8h, v1.8h
    CHECK_V 30, 2, 0xffffffffffff0000, 0xffff000000000000
    /* 31 */
    cmhs v2.8h, v0.8h, v1.8h
    CHECK_V 31, 2, 0xffffffffffff0000, 0xffff000000000000
    /* 32 */
    cmhs v2.8h, v0.8h, v4.8h
    CHECK_V 32, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 33 */
    cmeq v2.8h, v0.8h, #0
    CHECK_V 33, 2, 0x0000000000000000, 0x0000000000000000
    /* 34 */
    cmgt v2.8h, v1.8h, #0
    CHECK_V 34, 2, 0xffff0000ffff0000, 0xffff00000000ffff
    /* 35 */
    cmge v2.8h, v1.8h, #0
    CHECK_V 35, 2, 0xffff0000ffff0000, 0xffff00000000ffff
    /* 36 */
    cmle v2.8h, v1.8h, #0
    CHECK_V 36, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 37 */
    cmlt v2.8h, v1.8h, #0
    CHECK_V 37, 2, 0x0000ffff0000ffff, 0x0000ffffffff0000
    /* 38 */
    neg v2.8h, v1.8h
    CHECK_V 38, 2, 0xbf4002feff817f01, 0xf0133457789bbcdf
    /* 39 */
    umax v2.8h, v0.8h, v1.8h
    CHECK_V 39, 2, 0xc040fe01ff8080ff, 0xf0decba987654321
    /* 40 */
    umin v2.8h, v0.8h, v1.8h
    CHECK_V 40, 2, 0x40c0fd02007f7f00, 0x0fedbc9a78563412
    /* 41 */
    smax v2.8h, v0.8h, v1.8h
    CHECK_V 41, 2, 0x40c0fe01007f7f00, 0x0fedcba978564321
    /* 42 */
    smin v2.8h, v0.8h, v1.8h
    CHECK_V 42, 2, 0xc040fd02ff8080ff, 0xf0debc9a87653412
    /* 43 */
    add v2.4s, v0.4s, v1.4s
    CHECK_V 43, 2, 0x0101fb03ffffffff, 0x00cc8843ffbb7733
    /* 44 */
    sub v2.4s, v0.4s, v1.4s
    CHECK_V 44, 2, 0x7f8000ffff00fe01, 0xe0f0f0f1f0f0f0f1
    /* 45 */
    cmeq v2.4s, v0.4s, v1.4s
    CHECK_V 45, 2, 0x0000000000000000, 0x0000000000000000
    /* 46 */
    cmeq v2.4s, v0.4s, v4.4s
    CHECK_V 46, 2, 0xffffffff00000000, 0xffffffff00000000
    /* 47 */
    cmtst v2.4s, v0.4s, v1.4s
    CHECK_V 47, 2, 0xffffffff00000000, 0xffffffffffffffff
    /* 48 */
    cmgt v2.4s, v0.4s, v1.4s
    CHECK_V 48, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 49 */
    cmge v2.4s, v0.4s, v1.4s
    CHECK_V 49, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 50 */
    cmge v2.4s, v0.4s, v4.4s
    CHECK_V 50, 2, 0xffffffff00000000, 0xffffffffffffffff
    /* 51 */
    cmhi v2.4s, v0.4s, v1.4s
    CHECK_V 51, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 52 */
    cmhs v2.4s, v0.4s, v1.4s
    CHECK_V 52, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 53 */
    cmhs v2.4s, v0.4s, v4.4s
    CHECK_V 53, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 54 */
    cmeq v2.4s, v0.4s, #0
    CHECK_V 54, 2, 0x0000000000000000, 0x0000000000000000
    /* 55 */
    cmgt v2.4s, v1.4s, #0
    CHECK_V 55, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 56 */
    cmge v2.4s, v1.4s, #0
    CHECK_V 56, 2, 0xffffffffffffffff, 0xffffffff00000000
    /* 57 */
    cmle v2.4s, v1.4s, #0
    CHECK_V 57, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 58 */
    cmlt v2.4s, v1.4s, #0
    CHECK_V 58, 2, 0x0000000000000000, 0x00000000ffffffff
    /* 59 */
    neg v2.4s, v1.4s
    CHECK_V 59, 2, 0xbf3f02feff807f01, 0xf0123457789abcdf
    /* 60 */
    umax v2.4s, v0.4s, v1.4s
    CHECK_V 60, 2, 0xc040fe01ff807f00, 0xf0debc9a87654321
    /* 61 */
    umin v2.4s, v0.4s, v1.4s
    CHECK_V 61, 2, 0x40c0fd02007f80ff, 0x0fedcba978563412
    /* 62 */
    smax v2.4s, v0.4s, v1.4s
    CHECK_V 62, 2, 0x40c0fd02007f80ff, 0x0fedcba978563412
    /* 63 */
    smin v2.4s, v0.4s, v1.4s
    CHECK_V 63, 2, 0xc040fe01ff807f00, 0xf0debc9a87654321
    /* 64 */
    add v2.2d, v0.2d, v1.2d
    CHECK_V 64, 2, 0x0101fb03ffffffff, 0x00cc8843ffbb7733
    /* 65 */
    sub v2.2d, v0.2d, v1.2d
    CHECK_V 65, 2, 0x7f8000ffff00fe01, 0xe0f0f0f0f0f0f0f1
    /* 66 */
    cmeq v2.2d, v0.2d, v1.2d
    CHECK_V 66, 2, 0x0000000000000000, 0x0000000000000000
    /* 67 */
    cmeq v2.2d, v0.2d, v4.2d
    CHECK_V 67, 2, 0x0000000000000000, 0x0000000000000000
    /* 68 */
    cmtst v2.2d, v0.2d, v1.2d
    CHECK_V 68, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 69 */
    cmgt v2.2d, v0.2d, v1.2d
    CHECK_V 69, 2, 0x0000000000000000, 0x0000000000000000
    /* 70 */
    cmge v2.2d, v0.2d, v1.2d
    CHECK_V 70, 2, 0x0000000000000000, 0x0000000000000000
    /* 71 */
    cmge v2.2d, v0.2d, v4.2d
    CHECK_V 71, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 72 */
    cmhi v2.2d, v0.2d, v1.2d
    CHECK_V 72, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 73 */
    cmhs v2.2d, v0.2d, v1.2d
    CHECK_V 73, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 74 */
    cmhs v2.2d, v0.2d, v4.2d
    CHECK_V 74, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 75 */
    cmeq v2.2d, v0.2d, #0
    CHECK_V 75, 2, 0x0000000000000000, 0x0000000000000000
    /* 76 */
    cmgt v2.2d, v1.2d, #0
    CHECK_V 76, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 77 */
    cmge v2.2d, v1.2d, #0
    CHECK_V 77, 2, 0xffffffffffffffff, 0xffffffffffffffff
    /* 78 */
    cmle v2.2d, v1.2d, #0
    CHECK_V 78, 2, 0x0000000000000000, 0x0000000000000000
    /* 79 */
    cmlt v2.2d, v1.2d, #0
    CHECK_V 79, 2, 0x0000000000000000, 0x0000000000000000
    /* 80 */
    neg v2.2d, v1.2d
    CHECK_V 80, 2, 0xbf3f02fdff807f01, 0xf0123456789abcdf
    /* 81 */
    add v2.8b, v0.8b, v1.8b
    CHECK_V 81, 2, 0x0000fb03ffffffff, 0x0000000000000000
    /* 82 */
    sub v2.8b, v0.8b, v1.8b
    CHECK_V 82, 2, 0x808001ffff01ff01, 0x0000000000000000
    /* 83 */
    cmeq v2.8b, v0.8b, v1.8b
    CHECK_V 83, 2, 0x0000000000000000, 0x0000000000000000
    /* 84 */
    cmeq v2.8b, v0.8b, v4.8b
    CHECK_V 84, 2, 0xffffffff00ffffff, 0x0000000000000000
    /* 85 */
    cmtst v2.8b, v0.8b, v1.8b
    CHECK_V 85, 2, 0xffffff0000000000, 0x0000000000000000
    /* 86 */
    cmgt v2.8b, v0.8b, v1.8b
    CHECK_V 86, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 87 */
    cmge v2.8b, v0.8b, v1.8b
    CHECK_V 87, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 88 */
    cmge v2.8b, v0.8b, v4.8b
    CHECK_V 88, 2, 0xffffffff00ffffff, 0x0000000000000000
    /* 89 */
    cmhi v2.8b, v0.8b, v1.8b
    CHECK_V 89, 2, 0xff00ff00ffff0000, 0x0000000000000000
    /* 90 */
    cmhs v2.8b, v0.8b, v1.8b
    CHECK_V 90, 2, 0xff00ff00ffff0000, 0x0000000000000000
    /* 91 */
    cmhs v2.8b, v0.8b, v4.8b
    CHECK_V 91, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 92 */
    cmeq v2.8b, v0.8b, #0
    CHECK_V 92, 2, 0x00000000000000ff, 0x0000000000000000
    /* 93 */
    cmgt v2.8b, v1.8b, #0
    CHECK_V 93, 2, 0xff0000ff00ff0000, 0x0000000000000000
    /* 94 */
    cmge v2.8b, v1.8b, #0
    CHECK_V 94, 2, 0xff0000ffffff0000, 0x0000000000000000
    /* 95 */
    cmle v2.8b, v1.8b, #0
    CHECK_V 95, 2, 0x00ffff00ff00ffff, 0x0000000000000000
    /* 96 */
    cmlt v2.8b, v1.8b, #0
    CHECK_V 96, 2, 0x00ffff000000ffff, 0x0000000000000000
    /* 97 */
    neg v2.8b, v1.8b
    CHECK_V 97, 2, 0xc04003fe00818001, 0x0000000000000000
    /* 98 */
    umax v2.8b, v0.8b, v1.8b
    CHECK_V 98, 2, 0xc0c0fe02ff8080ff, 0x0000000000000000
    /* 99 */
    umin v2.8b, v0.8b, v1.8b
    CHECK_V 99, 2, 0x4040fd01007f7f00, 0x0000000000000000
    /* 100 */
    smax v2.8b, v0.8b, v1.8b
    CHECK_V 100, 2, 0x4040fe02007f7f00, 0x0000000000000000
    /* 101 */
    smin v2.8b, v0.8b, v1.8b
    CHECK_V 101, 2, 0xc0c0fd01ff8080ff, 0x0000000000000000
    /* 102 */
    add v2.4h, v0.4h, v1.4h
    CHECK_V 102, 2, 0x0100fb03ffffffff, 0x0000000000000000
    /* 103 */
    sub v2.4h, v0.4h, v1.4h
    CHECK_V 103, 2, 0x7f8000ffff01fe01, 0x0000000000000000
    /* 104 */
    cmeq v2.4h, v0.4h, v1.4h
    CHECK_V 104, 2, 0x0000000000000000, 0x0000000000000000
    /* 105 */
    cmeq v2.4h, v0.4h, v4.4h
    CHECK_V 105, 2, 0xffffffff0000ffff, 0x0000000000000000
    /* 106 */
    cmtst v2.4h, v0.4h, v1.4h
    CHECK_V 106, 2, 0xffffffff00000000, 0x0000000000000000
    /* 107 */
    cmgt v2.4h, v0.4h, v1.4h
    CHECK_V 107, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 108 */
    cmge v2.4h, v0.4h, v1.4h
    CHECK_V 108, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 109 */
    cmge v2.4h, v0.4h, v4.4h
    CHECK_V 109, 2, 0xffffffff0000ffff, 0x0000000000000000
    /* 110 */
    cmhi v2.4h, v0.4h, v1.4h
    CHECK_V 110, 2, 0xffffffffffff0000, 0x0000000000000000
    /* 111 */
    cmhs v2.4h, v0.4h, v1.4h
    CHECK_V 111, 2, 0xffffffffffff0000, 0x0000000000000000
    /* 112 */
    cmhs v2.4h, v0.4h, v4.4h
    CHECK_V 112, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 113 */
    cmeq v2.4h, v0.4h, #0
    CHECK_V 113, 2, 0x0000000000000000, 0x0000000000000000
    /* 114 */
    cmgt v2.4h, v1.4h, #0
    CHECK_V 114, 2, 0xffff0000ffff0000, 0x0000000000000000
    /* 115 */
    cmge v2.4h, v1.4h, #0
    CHECK_V 115, 2, 0xffff0000ffff0000, 0x0000000000000000
    /* 116 */
    cmle v2.4h, v1.4h, #0
    CHECK_V 116, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 117 */
    cmlt v2.4h, v1.4h, #0
    CHECK_V 117, 2, 0x0000ffff0000ffff, 0x0000000000000000
    /* 118 */
    neg v2.4h, v1.4h
    CHECK_V 118, 2, 0xbf4002feff817f01, 0x0000000000000000
    /* 119 */
    umax v2.4h, v0.4h, v1.4h
    CHECK_V 119, 2, 0xc040fe01ff8080ff, 0x0000000000000000
    /* 120 */
    umin v2.4h, v0.4h, v1.4h
    CHECK_V 120, 2, 0x40c0fd02007f7f00, 0x0000000000000000
    /* 121 */
    smax v2.4h, v0.4h, v1.4h
    CHECK_V 121, 2, 0x40c0fe01007f7f00, 0x0000000000000000
    /* 122 */
    smin v2.4h, v0.4h, v1.4h
    CHECK_V 122, 2, 0xc040fd02ff8080ff, 0x0000000000000000
    /* 123 */
    add v2.2s, v0.2s, v1.2s
    CHECK_V 123, 2, 0x0101fb03ffffffff, 0x0000000000000000
    /* 124 */
    sub v2.2s, v0.2s, v1.2s
    CHECK_V 124, 2, 0x7f8000ffff00fe01, 0x0000000000000000
    /* 125 */
    cmeq v2.2s, v0.2s, v1.2s
    CHECK_V 125, 2, 0x0000000000000000, 0x0000000000000000
    /* 126 */
    cmeq v2.2s, v0.2s, v4.2s
    CHECK_V 126, 2, 0xffffffff00000000, 0x0000000000000000
    /* 127 */
    cmtst v2.2s, v0.2s, v1.2s
    CHECK_V 127, 2, 0xffffffff00000000, 0x0000000000000000
    /* 128 */
    cmgt v2.2s, v0.2s, v1.2s
    CHECK_V 128, 2, 0x0000000000000000, 0x0000000000000000
    /* 129 */
    cmge v2.2s, v0.2s, v1.2s
    CHECK_V 129, 2, 0x0000000000000000, 0x0000000000000000
    /* 130 */
    cmge v2.2s, v0.2s, v4.2s
    CHECK_V 130, 2, 0xffffffff00000000, 0x0000000000000000
    /* 131 */
    cmhi v2.2s, v0.2s, v1.2s
    CHECK_V 131, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 132 */
    cmhs v2.2s, v0.2s, v1.2s
    CHECK_V 132, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 133 */
    cmhs v2.2s, v0.2s, v4.2s
    CHECK_V 133, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 134 */
    cmeq v2.2s, v0.2s, #0
    CHECK_V 134, 2, 0x0000000000000000, 0x0000000000000000
    /* 135 */
    cmgt v2.2s, v1.2s, #0
    CHECK_V 135, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 136 */
    cmge v2.2s, v1.2s, #0
    CHECK_V 136, 2, 0xffffffffffffffff, 0x0000000000000000
    /* 137 */
    cmle v2.2s, v1.2s, #0
    CHECK_V 137, 2, 0x0000000000000000, 0x0000000000000000
    /* 138 */
    cmlt v2.2s, v1.2s, #0
    CHECK_V 138, 2, 0x0000000000000000, 0x0000000000000000
    /* 139 */
    neg v2.2s, v1.2s
    CHECK_V 139, 2, 0xbf3f02feff807f01, 0x0000000000000000
    /* 140 */
    umax v2.2s, v0.2s, v1.2s
    CHECK_V 140, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 141 */
    umin v2.2s, v0.2s, v1.2s
    CHECK_V 141, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 142 */
    smax v2.2s, v0.2s, v1.2s
    CHECK_V 142, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 143 */
    smin v2.2s, v0.2s, v1.2s
    CHECK_V 143, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 144 */
    addp v2.16b, v0.16b, v1.16b
    CHECK_V 144, 2, 0xce56ce4600ff7f7f, 0xfc74ec6400ff7f7f
    /* 145 */
    umaxp v2.16b, v0.16b, v1.16b
    CHECK_V 145, 2, 0xf0bc7834c0feff7f, 0xedcb8743c0fd7fff
    /* 146 */
    uminp v2.16b, v0.16b, v1.16b
    CHECK_V 146, 2, 0xde9a561240018000, 0x0fa9652140020080
    /* 147 */
    smaxp v2.16b, v0.16b, v1.16b
    CHECK_V 147, 2, 0xf0bc78344001ff7f, 0x0fcb654340027fff
    /* 148 */
    sminp v2.16b, v0.16b, v1.16b
    CHECK_V 148, 2, 0xde9a5612c0fe8000, 0xeda98721c0fd0080
    /* 149 */
    and v2.16b, v0.16b, v1.16b
    CHECK_V 149, 2, 0x4040fc0000000000, 0x00cc888800440000
    /* 150 */
    bic v2.16b, v0.16b, v1.16b
    CHECK_V 150, 2, 0x80000201ff807f00, 0xf012341278123412
    /* 151 */
    orr v2.16b, v0.16b, v1.16b
    CHECK_V 151, 2, 0xc0c0ff03ffffffff, 0xffffffbbff777733
    /* 152 */
    orn v2.16b, v0.16b, v1.16b
    CHECK_V 152, 2, 0xff7ffefdff807f00, 0xf0debcde78debcde
    /* 153 */
    eor v2.16b, v0.16b, v1.16b
    CHECK_V 153, 2, 0x80800303ffffffff, 0xff337733ff337733
    /* 154 */
    mov v2.16b, v3.16b
    bsl v2.16b, v0.16b, v1.16b
    CHECK_V 154, 2, 0x4040fd01aa2a4ccc, 0x8fedebb98f654120
    /* 155 */
    mov v2.16b, v3.16b
    bit v2.16b, v0.16b, v1.16b
    CHECK_V 155, 2, 0x6659fc0daa004c00, 0x80cca89808440000
    /* 156 */
    mov v2.16b, v3.16b
    bif v2.16b, v0.16b, v1.16b
    CHECK_V 156, 2, 0xc080f203ffd5ff33, 0xf052341278163613
    /* 157 */
    not v2.16b, v1.16b
    CHECK_V 157, 2, 0xbf3f02fdff807f00, 0xf0123456789abcde
    /* 158 */
    mvn v2.16b, v0.16b
    CHECK_V 158, 2, 0x3fbf01fe007f80ff, 0x0f21436587a9cbed
    /* 159 */
    rev16 v2.16b, v1.16b
    CHECK_V 159, 2, 0xc04002fd7f00ff80, 0xed0fa9cb65872143
    /* 160 */
    rev32 v2.16b, v1.16b
    CHECK_V 160, 2, 0x02fdc040ff807f00, 0xa9cbed0f21436587
    /* 161 */
    rev64 v2.16b, v1.16b
    CHECK_V 161, 2, 0xff807f0002fdc040, 0x21436587a9cbed0f
    /* 162 */
    addp v2.8b, v0.8b, v1.8b
    CHECK_V 162, 2, 0x00ff7f7f00ff7f7f, 0x0000000000000000
    /* 163 */
    umaxp v2.8b, v0.8b, v1.8b
    CHECK_V 163, 2, 0xc0fd7fffc0feff7f, 0x0000000000000000
    /* 164 */
    uminp v2.8b, v0.8b, v1.8b
    CHECK_V 164, 2, 0x4002008040018000, 0x0000000000000000
    /* 165 */
    smaxp v2.8b, v0.8b, v1.8b
    CHECK_V 165, 2, 0x40027fff4001ff7f, 0x0000000000000000
    /* 166 */
    sminp v2.8b, v0.8b, v1.8b
    CHECK_V 166, 2, 0xc0fd0080c0fe8000, 0x0000000000000000
    /* 167 */
    and v2.8b, v0.8b, v1.8b
    CHECK_V 167, 2, 0x4040fc0000000000, 0x0000000000000000
    /* 168 */
    bic v2.8b, v0.8b, v1.8b
    CHECK_V 168, 2, 0x80000201ff807f00, 0x0000000000000000
    /* 169 */
    orr v2.8b, v0.8b, v1.8b
    CHECK_V 169, 2, 0xc0c0ff03ffffffff, 0x0000000000000000
    /* 170 */
    orn v2.8b, v0.8b, v1.8b
    CHECK_V 170, 2, 0xff7ffefdff807f00, 0x0000000000000000
    /* 171 */
    eor v2.8b, v0.8b, v1.8b
    CHECK_V 171, 2, 0x80800303ffffffff, 0x0000000000000000
    /* 172 */
    mov v2.16b, v3.16b
    bsl v2.8b, v0.8b, v1.8b
    CHECK_V 172, 2, 0x4040fd01aa2a4ccc, 0x0000000000000000
    /* 173 */
    mov v2.16b, v3.16b
    bit v2.8b, v0.8b, v1.8b
    CHECK_V 173, 2, 0x6659fc0daa004c00, 0x0000000000000000
    /* 174 */
    mov v2.16b, v3.16b
    bif v2.8b, v0.8b, v1.8b
    CHECK_V 174, 2, 0xc080f203ffd5ff33, 0x0000000000000000
    /* 175 */
    not v2.8b, v1.8b
    CHECK_V 175, 2, 0xbf3f02fdff807f00, 0x0000000000000000
    /* 176 */
    mvn v2.8b, v0.8b
    CHECK_V 176, 2, 0x3fbf01fe007f80ff, 0x0000000000000000
    /* 177 */
    rev16 v2.8b, v1.8b
    CHECK_V 177, 2, 0xc04002fd7f00ff80, 0x0000000000000000
    /* 178 */
    rev32 v2.8b, v1.8b
    CHECK_V 178, 2, 0x02fdc040ff807f00, 0x0000000000000000
    /* 179 */
    rev64 v2.8b, v1.8b
    CHECK_V 179, 2, 0xff807f0002fdc040, 0x0000000000000000
    /* 180 */
    rev32 v2.8h, v1.8h
    CHECK_V 180, 2, 0xfd0240c080ff007f, 0xcba90fed43218765
    /* 181 */
    rev64 v2.8h, v1.8h
    CHECK_V 181, 2, 0x80ff007ffd0240c0, 0x43218765cba90fed
    /* 182 */
    rev32 v2.4h, v1.4h
    CHECK_V 182, 2, 0xfd0240c080ff007f, 0x0000000000000000
    /* 183 */
    rev64 v2.4h, v1.4h
    CHECK_V 183, 2, 0x80ff007ffd0240c0, 0x0000000000000000
    /* 184 */
    rev64 v2.4s, v1.4s
    CHECK_V 184, 2, 0x007f80ff40c0fd02, 0x876543210fedcba9
    /* 185 */
    rev64 v2.2s, v1.2s
    CHECK_V 185, 2, 0x007f80ff40c0fd02, 0x0000000000000000
    /* 186 */
    movi v2.16b, #0xa5
    CHECK_V 186, 2, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    /* 187 */
    movi v2.8b, #0x5a
    CHECK_V 187, 2, 0x5a5a5a5a5a5a5a5a, 0x0000000000000000
    /* 188 */
    movi v2.2d, #0xff0000ff00ffff00
    CHECK_V 188, 2, 0xff0000ff00ffff00, 0xff0000ff00ffff00
    /* 189 */
    movi d2, #0xff00ff00ff0000ff
    CHECK_V 189, 2, 0xff00ff00ff0000ff, 0x0000000000000000
    /* 190 */
    movi v2.4s, #0x12, lsl #16
    CHECK_V 190, 2, 0x0012000000120000, 0x0012000000120000
    /* 191 */
    movi v2.4h, #0x34, lsl #8
    CHECK_V 191, 2, 0x3400340034003400, 0x0000000000000000
    /* 192 */
    mvni v2.4s, #0x56, msl #8
    CHECK_V 192, 2, 0xffffa900ffffa900, 0xffffa900ffffa900
    /* 193 */
    mvni v2.8h, #0x78
    CHECK_V 193, 2, 0xff87ff87ff87ff87, 0xff87ff87ff87ff87
    /* 194 */
    movi v2.2s, #0x9a, msl #16
    CHECK_V 194, 2, 0x009affff009affff, 0x0000000000000000
    /* 195 */
    movi v2.16b, #0
    CHECK_V 195, 2, 0x0000000000000000, 0x0000000000000000
    /* 196 */
    mov v2.16b, v1.16b
    orr v2.4s, #0x12, lsl #8
    CHECK_V 196, 2, 0x40c0ff02007f92ff, 0x0feddba987655321
    /* 197 */
    mov v2.16b, v1.16b
    orr v2.4h, #0x80
    CHECK_V 197, 2, 0x40c0fd8200ff80ff, 0x0000000000000000
    /* 198 */
    mov v2.16b, v1.16b
    bic v2.8h, #0xff, lsl #8
    CHECK_V 198, 2, 0x00c00002007f00ff, 0x00ed00a900650021
    /* 199 */
    mov v2.16b, v1.16b
    bic v2.2s, #0x3c
    CHECK_V 199, 2, 0x40c0fd02007f80c3, 0x0000000000000000
    /* 200 */
    dup v2.16b, w5
    CHECK_V 200, 2, 0xf7f7f7f7f7f7f7f7, 0xf7f7f7f7f7f7f7f7
    /* 201 */
    dup v2.8b, w5
    CHECK_V 201, 2, 0xf7f7f7f7f7f7f7f7, 0x0000000000000000
    /* 202 */
    dup v2.8h, w5
    CHECK_V 202, 2, 0xf6f7f6f7f6f7f6f7, 0xf6f7f6f7f6f7f6f7
    /* 203 */
    dup v2.4h, w5
    CHECK_V 203, 2, 0xf6f7f6f7f6f7f6f7, 0x0000000000000000
    /* 204 */
    dup v2.4s, w5
    CHECK_V 204, 2, 0xf4f5f6f7f4f5f6f7, 0xf4f5f6f7f4f5f6f7
    /* 205 */
    dup v2.2s, w5
    CHECK_V 205, 2, 0xf4f5f6f7f4f5f6f7, 0x0000000000000000
    /* 206 */
    dup v2.2d, x5
    CHECK_V 206, 2, 0x8081f2f3f4f5f6f7, 0x8081f2f3f4f5f6f7
    /* 207 */
    dup v2.16b, wzr
    CHECK_V 207, 2, 0x0000000000000000, 0x0000000000000000
    /* 208 */
    mov v2.16b, v1.16b
    mov v2.b[13], w5
    CHECK_V 208, 2, 0x40c0fd02007f80ff, 0x0fedf7a987654321
    /* 209 */
    mov v2.16b, v1.16b
    mov v2.h[6], w5
    CHECK_V 209, 2, 0x40c0fd02007f80ff, 0x0fedf6f787654321
    /* 210 */
    mov v2.16b, v1.16b
    mov v2.s[1], w5
    CHECK_V 210, 2, 0xf4f5f6f7007f80ff, 0x0fedcba987654321
    /* 211 */
    mov v2.16b, v1.16b
    mov v2.d[1], x5
    CHECK_V 211, 2, 0x40c0fd02007f80ff, 0x8081f2f3f4f5f6f7
    /* 212 */
    mov v2.16b, v1.16b
    mov v2.b[0], w5
    CHECK_V 212, 2, 0x40c0fd02007f80f7, 0x0fedcba987654321
    /* 213 */
    mov v2.16b, v1.16b
    mov v2.d[0], xzr
    CHECK_V 213, 2, 0x0000000000000000, 0x0fedcba987654321
    /* 214 */
    umov w6, v1.b[11]
    dup v2.2d, x6
    CHECK_V 214, 2, 0x0000000000000087, 0x0000000000000087
    /* 215 */
    umov w6, v1.h[5]
    dup v2.2d, x6
    CHECK_V 215, 2, 0x0000000000008765, 0x0000000000008765
    /* 216 */
    umov w6, v1.s[2]
    dup v2.2d, x6
    CHECK_V 216, 2, 0x0000000087654321, 0x0000000087654321
    /* 217 */
    umov x6, v1.d[1]
    dup v2.2d, x6
    CHECK_V 217, 2, 0x0fedcba987654321, 0x0fedcba987654321
    /* 218 */
    mov x7, x0
    ld1 {v20.16b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 218, 2, 0xc040fe01ff807f10, 0xf0debc9a78563402
    /* 219 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 219, 2, 0xc040fe01ff807f05, 0xf0debc9a78563417
    /* 220 */
    ld1 {v20.16b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 220, 2, 0xc040fe01ff807f00, 0xf0debc9a78563412
    /* 221 */
    mov x7, x8
    st1 {v20.16b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 221, 2, 0xc040fe01ff807f00, 0x0000000000000010
    /* 222 */
    mov x7, x8
    mov x9, #3
    st1 {v20.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 222, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 223 */
    mov x7, x0
    ld1 {v20.8b}, [x7], #8
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v20.16b
    CHECK_V 223, 2, 0xc040fe01ff807f08, 0x0000000000000008
    /* 224 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v31.16b
    CHECK_V 224, 2, 0xc040fe01ff807f05, 0x0000000000000005
    /* 225 */
    ld1 {v20.8b}, [x0]
    mov v2.16b, v20.16b
    CHECK_V 225, 2, 0xc040fe01ff807f00, 0x0000000000000000
    /* 226 */
    mov x7, x8
    st1 {v20.8b}, [x7], #8
    sub x7, x7, x8
    ldr q2, [x8, #0]
    mov v2.d[1], x7
    CHECK_V 226, 2, 0xc040fe01ff807f00, 0x0000000000000008
    /* 227 */
    mov x7, x8
    mov x9, #3
    st1 {v20.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 227, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 228 */
    mov x7, x0
    ld1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 228, 2, 0x40c0fd02007f80df, 0x0fedcba987654301
    /* 229 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 229, 2, 0x40c0fd02007f80fa, 0x0fedcba987654324
    /* 230 */
    ld1 {v20.16b, v21.16b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 230, 2, 0x40c0fd02007f80ff, 0x0fedcba987654321
    /* 231 */
    mov x7, x8
    st1 {v20.16b, v21.16b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 231, 2, 0x40c0fd02007f80ff, 0x0000000000000020
    /* 232 */
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 232, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 233 */
    mov x7, x0
    ld1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v21.16b
    CHECK_V 233, 2, 0xf0debc9a78563402, 0x0000000000000010
    /* 234 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v0.16b
    CHECK_V 234, 2, 0xf0debc9a78563417, 0x0000000000000005
    /* 235 */
    ld1 {v20.8b, v21.8b}, [x0]
    mov v2.16b, v21.16b
    CHECK_V 235, 2, 0xf0debc9a78563412, 0x0000000000000000
    /* 236 */
    mov x7, x8
    st1 {v20.8b, v21.8b}, [x7], #16
    sub x7, x7, x8
    ldr q2, [x8, #8]
    mov v2.d[1], x7
    CHECK_V 236, 2, 0xf0debc9a78563412, 0x0000000000000010
    /* 237 */
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 237, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 238 */
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 238, 2, 0x6699f00faa55cc03, 0x8040201008040231
    /* 239 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 239, 2, 0x6699f00faa55cc36, 0x8040201008040204
    /* 240 */
    ld1 {v20.16b, v21.16b, v22.16b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 240, 2, 0x6699f00faa55cc33, 0x8040201008040201
    /* 241 */
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b}, [x7], #48
    sub x7, x7, x8
    ldr q2, [x8, #32]
    mov v2.d[1], x7
    CHECK_V 241, 2, 0x6699f00faa55cc33, 0x0000000000000030
    /* 242 */
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 242, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 243 */
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v22.16b
    CHECK_V 243, 2, 0x40c0fd02007f80e7, 0x0000000000000018
    /* 244 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v1.16b
    CHECK_V 244, 2, 0x40c0fd02007f80fa, 0x0000000000000005
    /* 245 */
    ld1 {v20.8b, v21.8b, v22.8b}, [x0]
    mov v2.16b, v22.16b
    CHECK_V 245, 2, 0x40c0fd02007f80ff, 0x0000000000000000
    /* 246 */
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b}, [x7], #24
    sub x7, x7, x8
    ldr q2, [x8, #16]
    mov v2.d[1], x7
    CHECK_V 246, 2, 0x40c0fd02007f80ff, 0x0000000000000018
    /* 247 */
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 247, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 248 */
    mov x7, x0
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 248, 2, 0x8877665544332251, 0x00ffeeddccbbaad9
    /* 249 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.16b, v0.16b, v1.16b, v2.16b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 249, 2, 0x0000000000000000, 0x0000000000000000
    /* 250 */
    ld1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 250, 2, 0x8877665544332211, 0x00ffeeddccbbaa99
    /* 251 */
    mov x7, x8
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], #64
    sub x7, x7, x8
    ldr q2, [x8, #48]
    mov v2.d[1], x7
    CHECK_V 251, 2, 0x8877665544332211, 0x0000000000000040
    /* 252 */
    mov x7, x8
    mov x9, #3
    st1 {v20.16b, v21.16b, v22.16b, v23.16b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 252, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 253 */
    mov x7, x0
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v23.16b
    CHECK_V 253, 2, 0x0fedcba987654301, 0x0000000000000020
    /* 254 */
    mov x7, x0
    mov x9, #5
    ld1 {v31.8b, v0.8b, v1.8b, v2.8b}, [x7], x9
    sub x7, x7, x0
    dup v2.2d, x7
    eor v2.16b, v2.16b, v2.16b
    CHECK_V 254, 2, 0x0000000000000000, 0x0000000000000000
    /* 255 */
    ld1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x0]
    mov v2.16b, v23.16b
    CHECK_V 255, 2, 0x0fedcba987654321, 0x0000000000000000
    /* 256 */
    mov x7, x8
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], #32
    sub x7, x7, x8
    ldr q2, [x8, #24]
    mov v2.d[1], x7
    CHECK_V 256, 2, 0x0fedcba987654321, 0x0000000000000020
    /* 257 */
    mov x7, x8
    mov x9, #3
    st1 {v20.8b, v21.8b, v22.8b, v23.8b}, [x7], x9
    sub x7, x7, x8
    ldr q2, [x8]
    mov v2.d[1], x7
    CHECK_V 257, 2, 0xc040fe01ff807f00, 0x0000000000000003
    /* 258 */
    mov x7, sp
    sub sp, sp, #64
    st1 {v0.16b, v1.16b}, [sp]
    ld1 {v2.2d}, [sp], #16
    ld1 {v3.4s}, [sp], #16
    mov sp, x7
    eor v2.16b, v2.16b, v3.16b
    CHECK_V 258, 2, 0xb01e41987829b4ed, 0x0000000000000000
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
