/*
 * Macros for the aarch64 per-instruction tests: a tiny _start, and CHECK
 * macros that compare a register with an expected value and, on mismatch,
 * print "FAIL: test N" and exit with status N.  No libc: write and exit
 * through svc #0 (asm-generic numbers 64 and 93).
 */
#define SYS_write 64
#define SYS_exit 93

    .macro TEST_START
    .text
    .global _start
_start:
    .endm

    /* Exit 0 after "PASS\n". */
    .macro TEST_PASS
    mov x0, #1
    adr x1, 9001f
    mov x2, #5
    mov x8, #SYS_write
    svc #0
    mov x0, #0
    mov x8, #SYS_exit
    svc #0
9001: .ascii "PASS\n"
    .balign 4
    .endm

    /* Compare Xreg with a 64-bit constant; x16, x17 are scratch. */
    .macro CHECK num, reg, value
    ldr x16, =\value
    cmp \reg, x16
    b.eq 9002f
    mov x17, #\num
    b test_fail
9002:
    .endm

    /* Compare both halves of vector register V<reg> (read with FMOV, not
     * UMOV) with two 64-bit constants; x14, x15, x16, x17 are scratch. */
    .macro CHECK_V num, reg, lo, hi
    fmov x14, d\reg
    fmov x15, v\reg\().d[1]
    CHECK \num, x14, \lo
    CHECK \num, x15, \hi
    .endm

    /* Compare NZCV with an expected nibble. */
    .macro CHECK_NZCV num, nzcv
    mrs x16, nzcv
    lsr x16, x16, #28
    CHECK \num, x16, \nzcv
    .endm

    .macro TEST_FAIL_HANDLER
test_fail:
    mov x19, x17
    mov x0, #2
    adr x1, 9003f
    mov x2, #11
    mov x8, #SYS_write
    svc #0
    /* the number as decimal, up to 3 digits */
    mov x20, #100
    udiv x21, x19, x20
    msub x22, x21, x20, x19
    add x21, x21, #'0'
    mov x20, #10
    udiv x23, x22, x20
    msub x24, x23, x20, x22
    add x23, x23, #'0'
    add x24, x24, #'0'
    ldr x1, =fail_digits
    strb w21, [x1]
    strb w23, [x1, #1]
    strb w24, [x1, #2]
    mov x0, #2
    mov x2, #4
    mov x8, #SYS_write
    svc #0
    mov x0, x19
    mov x8, #SYS_exit
    svc #0
9003: .ascii "FAIL: test "
    .balign 4
    .ltorg
    .data
fail_digits: .ascii "000\n"
    .text
    .endm
