/* /proc/self as the guest must see it: exe, maps (own mapping and the
 * stack), smaps, cmdline, auxv, cpuinfo; also through /proc/<pid>. */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "check.h"

static char text[1 << 20];

static ssize_t slurp(const char *path)
{
    int fd = open(path, O_RDONLY);
    ssize_t n = 0, r;
    if (fd < 0)
        return -1;
    while ((r = read(fd, text + n, sizeof text - 1 - n)) > 0)
        n += r;
    close(fd);
    text[n] = 0;
    return n;
}

int main(int argc, char **argv)
{
    char exe[PATH_MAX], real[PATH_MAX], path[64];
    ssize_t n;

    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    CHECK("readlink exe", n > 0);
    exe[n > 0 ? n : 0] = 0;
    CHECK("exe is the program", realpath(argv[0], real) && !strcmp(real, exe));
    snprintf(path, sizeof path, "/proc/%d/exe", getpid());
    n = readlink(path, real, sizeof real - 1);
    CHECK("readlink /proc/pid/exe", n > 0 && (real[n] = 0, !strcmp(real, exe)));

    CHECK("maps", slurp("/proc/self/maps") > 0);
    CHECK("maps has [stack]", strstr(text, "[stack]") != NULL);
    CHECK("maps has the program", strstr(text, exe) != NULL);
    /* The line holding main's code is executable and names the program. */
    unsigned long long lo, hi, here = (unsigned long long)(uintptr_t)&main;
    int found = 0;
    for (char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        char perms[5];
        if (sscanf(line, "%llx-%llx %4s", &lo, &hi, perms) == 3 && lo <= here && here < hi)
            found = perms[2] == 'x' && strncmp(strchr(line, '/') ? strchr(line, '/') : "", exe, strlen(exe)) == 0;
    }
    CHECK("main is in an executable mapping of the program", found);
    snprintf(path, sizeof path, "/proc/%d/maps", getpid());
    CHECK("maps via pid", slurp(path) > 0 && strstr(text, "[stack]"));
    CHECK("smaps", slurp("/proc/self/smaps") > 0 && strstr(text, "Rss:") && strstr(text, "[stack]"));
    CHECK("thread-self maps", slurp("/proc/thread-self/maps") > 0 && strstr(text, exe));

    n = slurp("/proc/self/cmdline");
    size_t want = 0;
    for (int i = 0; i < argc; i++) {
        CHECK("cmdline arg", want + strlen(argv[i]) < (size_t)n && !strcmp(text + want, argv[i]));
        want += strlen(argv[i]) + 1;
    }
    CHECK("cmdline length", (size_t)n == want);

    n = slurp("/proc/self/auxv");
    int pagesz = 0, entry_ok = 0;
    for (ssize_t i = 0; i + 16 <= n; i += 16) {
        unsigned long long type, val;
        memcpy(&type, text + i, 8);
        memcpy(&val, text + i + 8, 8);
        if (type == AT_PAGESZ)
            pagesz = (int)val;
        if (type == AT_ENTRY)
            entry_ok = val == getauxval(AT_ENTRY);
    }
    CHECK("auxv AT_PAGESZ", pagesz == 4096);
    CHECK("auxv AT_ENTRY", entry_ok);
    CHECK("cpuinfo", slurp("/proc/cpuinfo") > 0 && strstr(text, "processor"));
    CHECK("other /proc files pass through", slurp("/proc/self/status") > 0 && strstr(text, "Pid:"));
    return check_exit();
}
