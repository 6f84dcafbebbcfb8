/*
 * The guest program of the command-line tests (built static for riscv64 at
 * test time):
 *   guest [ARGS...]        prints argc, argv and the environment, exits 0
 *   guest exit N           exits with status N
 *   guest thread-exit N    ends its only thread with the exit system call
 *                          (not exit_group), status N
 *   guest ill              runs an illegal instruction (SIGILL)
 *   guest nosys            calls system call 999 (ENOSYS), prints the result
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "exit"))
        return atoi(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "thread-exit")) {
        fflush(stdout);
        syscall(SYS_exit, atoi(argv[2]));
    }
    if (argc == 2 && !strcmp(argv[1], "ill")) {
        __asm__ volatile(".2byte 0x0000");     /* c.unimp: the defined illegal instruction */
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "nosys")) {
        long r = syscall(999);
        printf("syscall 999: %ld %s\n", r, r < 0 && errno == ENOSYS ? "ENOSYS" : "?");
        return 0;
    }
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d]=%s\n", i, argv[i]);
    for (char **e = environ; *e; e++)
        printf("env %s\n", *e);
    return 0;
}
