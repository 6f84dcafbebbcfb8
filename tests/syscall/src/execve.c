/* execve of another guest program (this one, with an argument), of the
 * same program through /proc/self/exe, and of a missing file. */
#define _GNU_SOURCE
#include <limits.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

int main(int argc, char **argv)
{
    if (argc > 1) {
        printf("exec'd: argc %d argv1 %s argv2 %s TESTVAR=%s\n", argc, argv[1],
               argc > 2 ? argv[2] : "-", getenv("TESTVAR") ? getenv("TESTVAR") : "(unset)");
        return 7;
    }
    char self[PATH_MAX], sibling[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = 0;
    /* The sibling program procself lives next to this one. */
    snprintf(sibling, sizeof sibling, "%s", self);
    strcpy(strrchr(sibling, '/') + 1, "dirs");

    char *env[] = { "TESTVAR=hello", NULL };
    int st;
    pid_t c = fork();
    if (c == 0) {
        char *args[] = { "execve-child", "one", "two words", NULL };
        execve(self, args, env);
        _exit(99);
    }
    CHECK("child status 7", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 7);
    c = fork();
    if (c == 0) {
        char *args[] = { "via-proc", "proc", NULL };
        execve("/proc/self/exe", args, env);
        _exit(99);
    }
    CHECK("/proc/self/exe status 7", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 7);
    c = fork();
    if (c == 0) {
        /* A guest program from the same directory: it runs in a scratch dir. */
        if (chdir("..") != 0 || mkdir("execve-scratch", 0755) != 0 || chdir("execve-scratch") != 0)
            _exit(98);
        char *args[] = { "dirs", NULL };
        int fd = open("/dev/null", O_WRONLY);
        dup2(fd, 1);
        execve(sibling, args, environ);
        _exit(99);
    }
    CHECK("sibling program exits 0", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    rmdir("../execve-scratch");
    char *args[] = { "nothing", NULL };
    CHECK("missing file", execve("./does-not-exist", args, env) < 0 && errno == ENOENT);
    fflush(stdout);
    char *last[] = { "final", "replaced", NULL };
    execve(self, last, env);
    printf("FAIL exec returned\n");
    return 1;
}
