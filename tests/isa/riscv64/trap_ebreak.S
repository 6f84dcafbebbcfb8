/* ebreak raises a breakpoint exception: SIGTRAP.
 * The run script expects the process to die of the signal; reaching the
 * exit below (status 1) means the instruction was not trapped. */
#include "macros.h"

TEST_START
    ebreak
    li a0, 1
    li a7, SYS_exit
    ecall
