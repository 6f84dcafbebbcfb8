/* An unimplemented encoding (all ones, a >= 192-bit length prefix): SIGILL.
 * The run script expects the process to die of the signal; reaching the
 * exit below (status 1) means the instruction was not trapped. */
#include "macros.h"

TEST_START
    .word 0xffffffff            /* illegal (all ones) */
    li a0, 1
    li a7, SYS_exit
    ecall
