/*
 * Logging for the -d items and -D file.  Lines go to stderr unless -D (or
 * XLAT_LOG_FILENAME) names a file.  A log line is written with one stdio
 * call so that lines from several threads do not interleave.
 */
#include <stdbool.h>
#include "core/log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

unsigned log_mask;
FILE *log_file;

static const struct {
    const char *name;
    unsigned bit;
    const char *help;
} log_items[] = {
    { "unimp", LOG_UNIMP, "unimplemented system calls and instructions" },
    { "exec", LOG_EXEC, "each guest block as it runs" },
    { "in_asm", LOG_IN_ASM, "guest disassembly of each new block" },
    { "out_asm", LOG_OUT_ASM, "host code of each translation" },
    { "strace", LOG_STRACE, "every guest system call (same as -strace)" },
    { "page", LOG_PAGE, "guest memory mappings" },
    { "stats", LOG_STATS, "statistics at exit" },
};

bool log_parse_items(const char *items, unsigned *mask, const char **bad)
{
    static char badbuf[64];
    const char *p = items;

    while (*p) {
        size_t n = strcspn(p, ",");
        bool found = false;

        if (n == 3 && strncmp(p, "all", 3) == 0) {
            for (size_t i = 0; i < sizeof log_items / sizeof log_items[0]; i++)
                *mask |= log_items[i].bit;
            found = true;
        }
        for (size_t i = 0; !found && i < sizeof log_items / sizeof log_items[0]; i++) {
            if (strlen(log_items[i].name) == n && strncmp(p, log_items[i].name, n) == 0) {
                *mask |= log_items[i].bit;
                found = true;
            }
        }
        if (!found && n > 0) {
            snprintf(badbuf, sizeof badbuf, "%.*s", (int)(n < 60 ? n : 60), p);
            *bad = badbuf;
            return false;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    return true;
}

const char *log_items_help(void)
{
    static char buf[1024];
    size_t off = 0;

    for (size_t i = 0; i < sizeof log_items / sizeof log_items[0]; i++)
        off += snprintf(buf + off, sizeof buf - off, "                         %-8s %s\n", log_items[i].name,
                        log_items[i].help);
    snprintf(buf + off, sizeof buf - off, "                         %-8s %s\n", "all", "all of the above");
    return buf;
}

static void (*exit_fns[8])(void);
static unsigned exit_nfns;

void log_at_exit(void (*fn)(void))
{
    if (exit_nfns == 0)
        atexit(log_run_exit);
    if (exit_nfns < sizeof exit_fns / sizeof exit_fns[0])
        exit_fns[exit_nfns++] = fn;
}

void log_run_exit(void)
{
    static bool done;

    if (__atomic_exchange_n(&done, true, __ATOMIC_SEQ_CST))
        return;
    for (unsigned i = 0; i < exit_nfns; i++)
        exit_fns[i]();
    if (log_file)
        fflush(log_file);
}

void log_open(const char *path)
{
    FILE *f = fopen(path, "w");

    if (!f) {
        xlat_error(path, "cannot open log file: %s", strerror(errno));
        exit(1);
    }
    setvbuf(f, NULL, _IOLBF, 0);
    log_file = f;
}

void xlat_log(const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof buf)
        n = sizeof buf - 1;
    fwrite(buf, 1, n, log_file ? log_file : stderr);
}

void xlat_error(const char *what, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (what)
        fprintf(stderr, "xlat: %s: %s\n", what, buf);
    else
        fprintf(stderr, "xlat: %s\n", buf);
}

bool log_file_fd_is(int fd)
{
    return log_file && fileno(log_file) == fd;
}
