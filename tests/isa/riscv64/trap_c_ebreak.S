/* c.ebreak (16-bit, 0x9002) raises a breakpoint exception: SIGTRAP.
 * The run script expects the process to die of the signal; reaching the
 * exit below (status 1) means the instruction was not trapped. */
#include "macros.h"

TEST_START
    .option push
    .option rvc
    c.ebreak                    /* 0x9002 */
    .option pop
    li a0, 1
    li a7, SYS_exit
    ecall
