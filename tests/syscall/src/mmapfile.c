/* mmap of files (shared and private), msync, mremap, mprotect, mincore,
 * memfd_create. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    int fd = open("m.dat", O_CREAT | O_RDWR | O_TRUNC, 0644);
    char buf[64];

    CHECK("ftruncate", ftruncate(fd, 2 * pg) == 0);
    pwrite(fd, "file contents", 13, 0);
    char *s = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK("mmap shared", s != MAP_FAILED && !memcmp(s, "file contents", 13));
    memcpy(s + pg, "second page", 11);
    CHECK("msync", msync(s, 2 * pg, MS_SYNC) == 0);
    CHECK("pread sees it", pread(fd, buf, 11, pg) == 11 && !memcmp(buf, "second page", 11));
    char *p = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    p[0] = 'F';
    CHECK("private copy", p[0] == 'F' && s[0] == 'f');
    char *o = mmap(NULL, pg, PROT_READ, MAP_PRIVATE, fd, pg);
    CHECK("offset map", o != MAP_FAILED && !memcmp(o, "second page", 11));
    /* A forked child writes the shared mapping; the parent sees it. */
    pid_t c = fork();
    if (c == 0) {
        memcpy(s + 100, "from child", 10);
        _exit(0);
    }
    int st;
    waitpid(c, &st, 0);
    CHECK("shared across fork", !memcmp(s + 100, "from child", 10));
    unsigned char vec[2];
    CHECK("mincore", mincore(s, 2 * pg, vec) == 0);
    CHECK("munmap", munmap(p, pg) == 0 && munmap(o, pg) == 0);

    char *a = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    strcpy(a, "anon data");
    char *b = mremap(a, pg, 16 * pg, MREMAP_MAYMOVE);
    CHECK("mremap grow", b != MAP_FAILED && !strcmp(b, "anon data"));
    b[15 * pg] = 1;
    b = mremap(b, 16 * pg, pg, 0);
    CHECK("mremap shrink", b != MAP_FAILED && !strcmp(b, "anon data"));
    CHECK("mprotect", mprotect(b, pg, PROT_READ) == 0);
    CHECK("madvise", madvise(b, pg, MADV_WILLNEED) == 0);
    CHECK("munmap anon", munmap(b, pg) == 0);

    int mfd = memfd_create("test", MFD_CLOEXEC);
    CHECK("memfd_create", mfd >= 0 && ftruncate(mfd, pg) == 0);
    char *m = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, mfd, 0);
    strcpy(m, "memfd!");
    CHECK("memfd read", pread(mfd, buf, 6, 0) == 6 && !memcmp(buf, "memfd!", 6));
    struct stat sb;
    CHECK("memfd fstat", fstat(mfd, &sb) == 0 && sb.st_size == pg);
    void *fixed = mmap(m, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK("MAP_FIXED over", fixed == m && m[0] == 0);
    unlink("m.dat");
    return check_exit();
}
