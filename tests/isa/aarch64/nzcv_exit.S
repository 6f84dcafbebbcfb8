/* NZCV across the exits of translated code.  A hot loop sets NZCV, then
 * leaves for a rarely taken block that the interpreter decoded once, early
 * (iteration 0), so that the loop's translation has an exit to code it can
 * look into: that code reads NZCV first (directly, after a CBZ whose other
 * way sets it, after a load, behind a B, on the taken way of a CBNZ), or
 * sets it first (NZCV is dead there).  Each case counts the iterations its
 * condition held; iterations 0 and 128..199 take the rare blocks, which
 * return with BR (so that their own translations do not take the loop in
 * and the loop's exits keep being taken).  Last, a
 * load that faults in such a block before it sets NZCV: the SIGSEGV frame
 * must show the NZCV the loop set just before the exit. */
#include "macros.h"
#define SYS_rt_sigaction 134
#define SIGSEGV 11
    TEST_START
    adr x25, word
    mov x26, #-150
    mov x10, #0
    mov x11, #0
    mov x12, #0
    mov x13, #0
    mov x14, #0
    mov x15, #0
    mov x20, #0
loop:
    /* 1: a direct reader */
    cmp x20, #160
    adr x28, join1
    cbz x20, rare1
    tbnz x20, #7, rare1
join1:
    /* 2: CBZ, its taken way sets NZCV, the other reads it */
    cmp x20, #192
    add x7, x20, #3
    adr x28, join2
    cbz x20, rare2
    tbnz x20, #7, rare2
join2:
    /* 3: a load, then a reader */
    subs x7, x20, #140
    adr x28, join3
    cbz x20, rare3
    tbnz x20, #7, rare3
join3:
    /* 4: set before read: NZCV dead at the exit */
    cmn x20, #1
    adr x28, join4
    cbz x20, rare4
    tbnz x20, #7, rare4
join4:
    /* 5: a B, then a reader */
    tst x20, #4
    adr x28, join5
    cbz x20, rare5
    tbnz x20, #7, rare5
join5:
    /* 6: CBNZ, its fall-through sets NZCV, its taken way reads it */
    adds x9, x20, x26
    adr x28, join6
    cbz x20, rare6
    tbnz x20, #7, rare6
join6:
    add x20, x20, #1
    cmp x20, #200
    b.ne loop
    CHECK 1, x10, 33
    CHECK 2, x11, 9
    CHECK 3, x12, 13
    CHECK 4, x13, 69
    CHECK 5, x14, 36
    CHECK 6, x15, 22
    b fault_test

rare1:
    cset x4, lt
    add x10, x10, x4
    br x28
rare2:
    add x5, x20, #1
    cbz x20, 2f
    cset x4, ge
    add x11, x11, x4
    br x28
2:  cmp x5, x5
    cset x4, eq
    add x11, x11, x4
    br x28
rare3:
    ldr x6, [x25]
    cset x4, mi
    add x12, x12, x4
    br x28
rare4:
    mov x6, #3
    cmp x20, #130
    cset x4, hi
    add x13, x13, x4
    br x28
rare5:
    add x6, x20, #5
    b 5f
    nop
5:  cset x4, ne
    add x14, x14, x4
    br x28
rare6:
    add x6, x20, #7
    cbnz x20, 6f
    cmp x0, x0
    br x28
6:  cset x4, cc
    add x15, x15, x4
    br x28

fault_test:
    mov x0, #SIGSEGV
    adr x1, action
    mov x2, #0
    mov x3, #8
    mov x8, #SYS_rt_sigaction
    svc #0
    CHECK 7, x0, 0
    mov x29, #0x10          /* below every mapping */
    mov x20, #0
floop:
    cmp x20, #199           /* Z and C on the last iteration only */
    csel x27, x29, x25, eq
    adr x28, fjoin
    cbz x20, frare
    tbnz x20, #7, frare
fjoin:
    add x20, x20, #1
    b floop
frare:
    add x6, x20, #1
fault_insn:
    ldr x6, [x27]
    cmp x6, #0
    br x28

segv:
    /* x2: the ucontext; pc at 440, pstate at 448 */
    ldr x3, [x2, #440]
    adr x4, fault_insn
    CHECK 8, x3, fault_insn
    ldr x3, [x2, #448]
    lsr x3, x3, #28
    CHECK 9, x3, 6
    CHECK 10, x20, 199
    TEST_PASS
    TEST_FAIL_HANDLER

    .data
    .balign 8
word: .quad 5
action:
    .quad segv
    .quad 0x40000004        /* SA_NODEFER | SA_SIGINFO */
    .quad 0
    .quad 0
