/*
 * libload.h for the static-PIE xlat: the static C library's own loader,
 * the one glibc's name-service and iconv modules use in static programs.
 * The public dlopen of a static glibc is the same loader behind a
 * link-time warning: the shared libc.so it brings in with the library must
 * be the version the program was linked with.  That holds for xlat, built
 * against the system's libc6-dev, so the loader is called by its own name
 * and the build stays free of warnings.  (configure.ac checks that it
 * links.)
 */
#include "core/libload.h"

#include <dlfcn.h>

/* glibc: elf/dl-libc.c */
extern void *__libc_dlopen_mode(const char *name, int mode);
extern void *__libc_dlsym(void *map, const char *name);

void *libload_open(const char *soname)
{
    return __libc_dlopen_mode(soname, RTLD_NOW | RTLD_LOCAL);
}

void *libload_sym(void *lib, const char *name)
{
    return __libc_dlsym(lib, name);
}
