/*
 * xlat's command line: `xlat [options] PROGRAM [ARGS...]`.
 *
 * The options are qemu-user's spellings, so people keep their habits: each
 * may be written with one dash or two (-strace, --strace), and option
 * parsing stops at the first argument that is not an option (the guest
 * program), so the guest's own options pass through untouched.  The
 * environment variables XLAT_LOG, XLAT_LOG_FILENAME, XLAT_LD_PREFIX,
 * XLAT_STRACE and XLAT_ARGV0 mirror the options, as QEMU_* do.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "core/isa.h"
#include "core/log.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "loader/loader.h"
#include "signals/signals.h"
#include "translate/jit/cache.h"
#include "translate/jit/techniques.h"
#include "translate/jit/verify.h"

extern char **environ;

/* -d stats with --no-jit: the front ends print the translator's counters
 * at exit; without a translator, say so instead of printing nothing. */
static void print_stats_no_jit(void)
{
    if (log_enabled(LOG_STATS))
        xlat_log("jit: off (--no-jit), nothing translated\n");
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: xlat [options] PROGRAM [ARGS...]\n"
            "Runs a Linux program built for riscv64 or aarch64 on this x86-64 machine.\n"
            "\n"
            "Options (one dash or two; environment variable in brackets):\n"
            "  -h, --help           show this help and exit\n"
            "  --version            show the version and exit\n"
            "  -L DIR               guest sysroot: absolute paths are looked up under DIR first\n"
            "                       [XLAT_LD_PREFIX]; default /usr/<isa>-linux-gnu if it exists\n"
            "  -E VAR=VALUE         set VAR in the guest's environment\n"
            "  -U VAR               remove VAR from the guest's environment\n"
            "  -0 ARGV0             the guest's argv[0] [XLAT_ARGV0]\n"
            "  -d ITEM[,ITEM...]    log items [XLAT_LOG]:\n%s"
            "  -D FILE              write the log to FILE instead of stderr [XLAT_LOG_FILENAME]\n"
            "  -strace              log every guest system call [XLAT_STRACE]\n"
            "  --no-jit             interpret only, never translate to x86-64\n"
            "  --jit-threshold=N    translate a block after N entries (default 50; 1: at once)\n"
            "  --code-cache-size=N  translated code cache size, with K/M/G suffix (default 64M)\n"
            "  --perfmap            write /tmp/perf-PID.map: a line per translation, so that\n"
            "                       perf names translated code (riscv64:GUESTPC or aarch64:GUESTPC)\n"
            "  --jit-disable=LIST   turn translator techniques off, to measure them\n"
            "                       [XLAT_JIT_DISABLE]; comma list of (or all, none):\n%s"
            "  --verify[=N]         check translated code against the interpreter: the first N\n"
            "                       runs of every superblock (default %u) also run interpreted\n"
            "                       on a copy of the state; a difference stops xlat (status %d)\n"
            "                       naming the guest instruction\n"
            "\n"
            "The exit status is the guest program's.\n",
            log_items_help(), jit_techniques_help(), JIT_VERIFY_DEFAULT_RUNS,
            JIT_VERIFY_EXIT_STATUS);
}

/* The guest environment: the host's, with -E and -U applied in order. */
static char **env_apply(char **env, const char *set, const char *unset)
{
    size_t n = 0;
    const char *key = set ? set : unset;
    size_t keylen = set ? (size_t)(strchr(set, '=') - set) : strlen(unset);

    for (; env[n]; n++)
        ;
    char **out = calloc(n + 2, sizeof *out);
    size_t k = 0;
    bool replaced = false;
    for (size_t i = 0; i < n; i++) {
        if (strncmp(env[i], key, keylen) == 0 && env[i][keylen] == '=') {
            if (set && !replaced) {
                out[k++] = (char *)set;
                replaced = true;
            }
            continue;
        }
        out[k++] = env[i];
    }
    if (set && !replaced)
        out[k++] = (char *)set;
    out[k] = NULL;
    return out;
}

/* The value of an option NAME given as "NAME=VALUE" or "NAME VALUE"
 * (a is the option without its dashes), or NULL if a is another option. */
static const char *option_with_value(int argc, char **argv, int *i, const char *a, const char *name)
{
    size_t n = strlen(name);

    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        xlat_error(NULL, "option --%s needs a value (see xlat --help)", name);
        exit(1);
    }
    return argv[++*i];
}

/* A size with an optional K, M or G suffix; 0 when malformed. */
static size_t parse_size(const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);

    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    }
    return *end || end == s ? 0 : (size_t)v;
}

static const char *option_value(int argc, char **argv, int *i, const char *opt)
{
    if (*i + 1 >= argc) {
        xlat_error(NULL, "option %s needs a value (see xlat --help)", opt);
        exit(1);
    }
    return argv[++*i];
}

int main(int argc, char **argv)
{
    static Vm vm;
    static Cpu cpu;
    char **env = environ;
    const char *log_path = getenv("XLAT_LOG_FILENAME");
    const char *log_items = getenv("XLAT_LOG");
    const char *bad, *v;
    int i;

    vm.opt.sysroot = getenv("XLAT_LD_PREFIX");
    vm.opt.argv0 = getenv("XLAT_ARGV0");
    vm.opt.strace = getenv("XLAT_STRACE") != NULL;
    vm.opt.jit_disable = getenv("XLAT_JIT_DISABLE");
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i] + 1;
        if (*a == '-')
            a++;
        if (*a == '\0') {           /* "--" ends the options */
            i++;
            break;
        }
        if (!strcmp(a, "h") || !strcmp(a, "help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "version")) {
            printf("xlat %s (commit %s)\n", PACKAGE_VERSION, XLAT_GIT_COMMIT);
            return 0;
        } else if (!strcmp(a, "L")) {
            vm.opt.sysroot = option_value(argc, argv, &i, "-L");
        } else if (!strcmp(a, "E")) {
            const char *v = option_value(argc, argv, &i, "-E");
            if (!strchr(v, '=') || v[0] == '=') {
                xlat_error(NULL, "-E needs VAR=VALUE, not '%s'", v);
                return 1;
            }
            env = env_apply(env, v, NULL);
        } else if (!strcmp(a, "U")) {
            env = env_apply(env, NULL, option_value(argc, argv, &i, "-U"));
        } else if (!strcmp(a, "0")) {
            vm.opt.argv0 = option_value(argc, argv, &i, "-0");
        } else if (!strcmp(a, "d")) {
            log_items = option_value(argc, argv, &i, "-d");
        } else if (!strcmp(a, "D")) {
            log_path = option_value(argc, argv, &i, "-D");
        } else if (!strcmp(a, "strace")) {
            vm.opt.strace = true;
        } else if (!strcmp(a, "perfmap")) {
            vm.opt.perfmap = true;
        } else if (!strcmp(a, "verify")) {
            vm.opt.verify = JIT_VERIFY_DEFAULT_RUNS;
        } else if (!strncmp(a, "verify=", 7)) {
            char *end;
            unsigned long n = strtoul(a + 7, &end, 10);
            if (*end || end == a + 7 || n == 0 || n > UINT32_MAX) {
                xlat_error(NULL, "--verify needs a count of at least 1, not '%s'", a + 7);
                return 1;
            }
            vm.opt.verify = (unsigned)n;
        } else if (!strcmp(a, "no-jit")) {
            vm.opt.no_jit = true;
        } else if ((v = option_with_value(argc, argv, &i, a, "jit-threshold"))) {
            char *end;
            unsigned long n = strtoul(v, &end, 10);
            if (*end || end == v || n == 0 || n > UINT32_MAX) {
                xlat_error(NULL, "--jit-threshold needs a count of at least 1, not '%s'", v);
                return 1;
            }
            vm.opt.jit_threshold = (unsigned)n;
        } else if ((v = option_with_value(argc, argv, &i, a, "jit-disable"))) {
            vm.opt.jit_disable = v;
        } else if ((v = option_with_value(argc, argv, &i, a, "code-cache-size"))) {
            vm.opt.code_cache_size = parse_size(v);
            if (!vm.opt.code_cache_size) {
                xlat_error(NULL, "--code-cache-size needs a size like 64M, not '%s'", v);
                return 1;
            }
        } else if (!strcmp(a, "log-fd")) {
            /* Internal: an execve'd guest keeps logging to its parent's
             * log file (syscall/process.c), appending rather than truncating. */
            log_file = fdopen(atoi(option_value(argc, argv, &i, "--log-fd")), "a");
            if (log_file)
                setvbuf(log_file, NULL, _IOLBF, 0);
            log_path = NULL;
        } else {
            xlat_error(NULL, "unknown option %s (see xlat --help)", argv[i]);
            return 1;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 1;
    }
    if (log_items && !log_parse_items(log_items, &log_mask, &bad)) {
        xlat_error(NULL, "unknown log item '%s' (see xlat --help for the list)", bad);
        return 1;
    }
    vm.opt.log_items = log_items;
    if (vm.opt.jit_disable && !jit_techniques_parse(vm.opt.jit_disable, &jit_disabled, &bad)) {
        xlat_error(NULL, "unknown translator technique '%s' in --jit-disable (see xlat --help)", bad);
        return 1;
    }
    if (vm.opt.strace)
        log_mask |= LOG_STRACE;
    if (vm.opt.no_jit)
        log_at_exit(print_stats_no_jit);
    if (log_path && !log_file)
        log_open(log_path);

    const char *exe = argv[i];
    char why[512];
    const GuestIsa *isa = loader_probe(exe, why, sizeof why);
    if (!isa) {
        xlat_error(exe, "%s", why);
        return 1;
    }
    vm.isa = isa;
    if (vm.opt.perfmap)
        jit_perfmap_open(isa->name);
    if (vm.opt.sysroot && access(vm.opt.sysroot, F_OK) != 0) {
        xlat_error(vm.opt.sysroot, "sysroot not found: %s", strerror(errno));
        return 1;
    }
    if (!vm.opt.sysroot && isa->default_sysroot && access(isa->default_sysroot, F_OK) == 0)
        vm.opt.sysroot = isa->default_sysroot;
    vm.exe_path = exe;
    /* Resolved only if the guest asks for /proc/self/exe: realpath costs a
     * readlink per component, a noticeable part of a short process. */
    if (exe[0] == '/') {
        vm.exe_abspath = (char *)exe;
    } else {
        char *cwd = getcwd(NULL, 0);
        if (cwd && asprintf(&vm.exe_abspath, "%s/%s", cwd, exe) < 0)
            vm.exe_abspath = NULL;
        free(cwd);
    }
    if (!aspace_init(&vm)) {
        xlat_error(exe, "cannot reserve the guest address space: %s", strerror(errno));
        return 1;
    }

    char **guest_argv = &argv[i];
    if (vm.opt.argv0) {
        guest_argv = calloc(argc - i + 1, sizeof *guest_argv);
        memcpy(guest_argv, &argv[i], (argc - i) * sizeof *guest_argv);
        guest_argv[0] = (char *)vm.opt.argv0;
    }
    cpu.vm = &vm;
    cpu.tid = getpid();
    bool loaded = loader_load_program(&vm, &cpu, exe, guest_argv, env);
    if (guest_argv != &argv[i])     /* the strings are on the guest stack now */
        free(guest_argv);
    if (!loaded)
        return 1;
    signals_init();
    signals_map_trampolines(&vm);
    cpu.sig = sigstate_new(NULL);
    cpu_loop(&cpu);
    if (log_file)
        fflush(log_file);
    return cpu.exit_status;
}
