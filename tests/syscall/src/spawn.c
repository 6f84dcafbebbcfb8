/* Host programs from a guest: posix_spawn (clone with CLONE_VM|CLONE_VFORK
 * on a separate stack), system() and popen() of /bin/sh -c. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

int main(void)
{
    pid_t pid;
    int st;
    char *args[] = { "sh", "-c", "echo spawned $0 $1; exit 7", "a", "b", NULL };

    fflush(stdout);
    /* Check only after the child is done, so its output comes first. */
    int spawned = posix_spawn(&pid, "/bin/sh", NULL, NULL, args, environ);
    pid_t waited = spawned == 0 ? waitpid(pid, &st, 0) : -1;
    CHECK("posix_spawn", spawned == 0);
    CHECK("spawned status 7", waited == pid && WIFEXITED(st) && WEXITSTATUS(st) == 7);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "spawn.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char *args2[] = { "sh", "-c", "echo to a file", NULL };
    CHECK("posix_spawnp with file actions", posix_spawnp(&pid, "sh", &fa, NULL, args2, environ) == 0);
    waitpid(pid, &st, 0);
    FILE *f = fopen("spawn.out", "r");
    char line[128] = "";
    CHECK("file action output", f && fgets(line, sizeof line, f) && !strcmp(line, "to a file\n"));
    if (f)
        fclose(f);
    unlink("spawn.out");
    fflush(stdout);
    st = system("echo from system; exit 3");
    CHECK("system status 3", WIFEXITED(st) && WEXITSTATUS(st) == 3);
    FILE *p = popen("echo popen line; echo second", "r");
    while (p && fgets(line, sizeof line, p))
        printf("popen: %s", line);
    CHECK("pclose", p && pclose(p) == 0);
    pid = vfork();
    if (pid == 0)
        _exit(5);
    CHECK("vfork", waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 5);
    return check_exit();
}
