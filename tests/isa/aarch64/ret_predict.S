/* RET after a BL of the same superblock: the translation may continue at
 * the BL's return address after checking X30.  A hot loop calls F; after
 * the call, every fourth iteration sets X30 to another address and jumps
 * into F again (an edge inside the loop's translation), so F's RET must go
 * there instead of to the return address of the call. */
#include "macros.h"
    TEST_START
    mov x10, #0
    mov x11, #0
    mov x12, #0
    mov x20, #0
loop:
    bl func
after:
    add x10, x10, #1
    adr x30, alt
    and x13, x20, #3
    cbz x13, func
next:
    add x20, x20, #1
    cmp x20, #200
    b.ne loop
    CHECK 1, x10, 200
    CHECK 2, x11, 250
    CHECK 3, x12, 50
    /* the same through BLR */
    mov x10, #0
    mov x11, #0
    mov x12, #0
    mov x20, #0
    adr x9, func
loop2:
    blr x9
    add x10, x10, #1
    adr x30, alt2
    and x13, x20, #7
    cbz x13, func
next2:
    add x20, x20, #1
    cmp x20, #200
    b.ne loop2
    CHECK 4, x10, 200
    CHECK 5, x11, 225
    CHECK 6, x12, 25
    TEST_PASS

func:
    add x11, x11, #1
    ret
alt:
    add x12, x12, #1
    b next
alt2:
    add x12, x12, #1
    b next2
    TEST_FAIL_HANDLER
