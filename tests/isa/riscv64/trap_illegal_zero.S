/* An all-zero instruction word is defined to be illegal: SIGILL.
 * The run script expects the process to die of the signal; reaching the
 * exit below (status 1) means the instruction was not trapped. */
#include "macros.h"

TEST_START
    .word 0x00000000            /* illegal (all zeros) */
    li a0, 1
    li a7, SYS_exit
    ecall
