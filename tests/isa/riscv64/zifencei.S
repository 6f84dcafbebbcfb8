/* Zifencei: code written into an executable page runs after fence.i, and
 * code overwritten in place runs in its new form after the next fence.i.
 * The last part rewrites and calls the same page many times, so that a
 * translator that has made the code hot must drop the old translation. */
#include "macros.h"

#define SYS_mmap 222
#define PROT_RWX 7              /* PROT_READ | PROT_WRITE | PROT_EXEC */
#define MAP_PRIVATE_ANON 0x22   /* MAP_PRIVATE | MAP_ANONYMOUS */

/* Copy the 64-bit word pairs [from, to) of a code template to dst. */
#define COPY_TEMPLATE(dst, from, to)                                    \
    la a1, from;                                                        \
    la a2, to;                                                          \
    mv a3, dst;                                                         \
    7771: ld a4, 0(a1);                                                 \
    sd a4, 0(a3);                                                       \
    addi a1, a1, 8;                                                     \
    addi a3, a3, 8;                                                     \
    bltu a1, a2, 7771b

TEST_START

    li a0, 0
    li a1, 4096
    li a2, PROT_RWX
    li a3, MAP_PRIVATE_ANON
    li a4, -1
    li a5, 0
    li a7, SYS_mmap
    ecall
    mv s0, a0                   /* the code page */
    srli a0, a0, 63
    CHECK_IMM(1, "mmap of an RWX page", a0, 0)

    /* ---- first version: returns 42 ---- */
    COPY_TEMPLATE(s0, code_42, code_42_end)
    fence.i
    jalr ra, 0(s0)
    CHECK_IMM(2, "generated code runs", a0, 42)
    jalr ra, 0(s0)
    CHECK_IMM(3, "generated code runs again", a0, 42)

    /* ---- overwritten in place: returns a1 * 3 + 7 ---- */
    COPY_TEMPLATE(s0, code_mul3, code_mul3_end)
    fence.i
    li a1, 5
    jalr ra, 0(s0)
    CHECK_IMM(4, "overwritten code runs after fence.i", a0, 22)

    /* ---- one instruction patched: the addi a0, zero, 42 back at 0 ---- */
    li a1, 0x02a00513           /* addi a0, zero, 42 */
    sw a1, 0(s0)
    li a1, 0x00008067           /* jalr zero, 0(ra) */
    sw a1, 4(s0)
    fence.i
    jalr ra, 0(s0)
    CHECK_IMM(5, "patched word runs after fence.i", a0, 42)

    /* ---- rewrite addi a0, zero, i for i = 0..199 and call each
       version 50 times ---- */
    li s1, 0                    /* i */
    li s3, 0x00008067           /* jalr zero, 0(ra) */
    sw s3, 4(s0)
1:  slli a1, s1, 20
    li a2, 0x00000513           /* addi a0, zero, 0 */
    or a1, a1, a2
    sw a1, 0(s0)
    fence.i
    li s2, 50
2:  jalr ra, 0(s0)
    bne a0, s1, 3f
    addi s2, s2, -1
    bnez s2, 2b
    addi s1, s1, 1
    li a1, 200
    bne s1, a1, 1b
    j 4f
3:  CHECK_REG(6, "rewritten hot page returns the new value", a0, s1)
4:  CHECK_IMM(7, "all 200 rewrites ran", s1, 200)

TEST_END

    /* code templates, copied into the page by COPY_TEMPLATE */
    .section .rodata.templates, "a", @progbits
    .balign 8
code_42:
    addi a0, zero, 42
    ret
code_42_end:
    .balign 8
code_mul3:
    slli a0, a1, 1
    add a0, a0, a1
    addi a0, a0, 7
    ret
code_mul3_end:
