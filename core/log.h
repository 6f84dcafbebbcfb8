/*
 * Logging: the -d items (qemu-user's spellings) and the -D log file.
 */
#ifndef XLAT_CORE_LOG_H
#define XLAT_CORE_LOG_H

#include <stdbool.h>
#include <stdio.h>

enum {
    LOG_UNIMP   = 1u << 0,   /* unimplemented syscalls and instructions */
    LOG_EXEC    = 1u << 1,   /* each block as it is run */
    LOG_IN_ASM  = 1u << 2,   /* guest disassembly of each new block */
    LOG_STRACE  = 1u << 3,   /* every guest syscall (-strace) */
    LOG_STATS   = 1u << 4,   /* statistics at exit */
    LOG_OUT_ASM = 1u << 5,   /* host code of each translation */
    LOG_PAGE    = 1u << 6,   /* guest mappings */
};

extern unsigned log_mask;
extern FILE *log_file;

static inline bool log_enabled(unsigned item)
{
    return (log_mask & item) != 0;
}

/* Parse a comma-separated -d list; on error returns false and names the bad item. */
bool log_parse_items(const char *items, unsigned *mask, const char **bad);
void log_open(const char *path);
/* Exit handlers for what xlat prints at the end (-d stats): run at exit(),
 * and by exit_group when other guest threads are still running (which ends
 * the process without exit()'s handlers). Each runs once. */
void log_at_exit(void (*fn)(void));
void log_run_exit(void);
void xlat_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* One line "xlat: WHAT: reason" on stderr. */
void xlat_error(const char *what, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *log_items_help(void);
/* Is fd the descriptor of xlat's log file (which the guest must not close)? */
bool log_file_fd_is(int fd);

#endif
