/* Files and directories: *at calls, getdents64, renameat2, links,
 * utimensat, truncate, fallocate, statfs, faccessat2, open flags. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
    char buf[256], *names[16];
    struct stat st;
    int n = 0, fd, dfd;

    CHECK("mkdir", mkdir("d", 0755) == 0);
    dfd = open("d", O_RDONLY | O_DIRECTORY);
    CHECK("open O_DIRECTORY", dfd >= 0);
    fd = openat(dfd, "a.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    CHECK("openat create", fd >= 0);
    CHECK("write", write(fd, "hello world\n", 12) == 12);
    CHECK("F_GETFL wronly", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_WRONLY);
    CHECK("F_SETFL append", fcntl(fd, F_SETFL, O_APPEND) == 0 && (fcntl(fd, F_GETFL) & O_APPEND));
    close(fd);
    CHECK("open file O_DIRECTORY fails", openat(dfd, "a.txt", O_RDONLY | O_DIRECTORY) < 0 && errno == ENOTDIR);
    CHECK("mkdirat", mkdirat(dfd, "sub", 0700) == 0);
    CHECK("linkat", linkat(dfd, "a.txt", dfd, "b.txt", 0) == 0);
    CHECK("symlinkat", symlinkat("a.txt", dfd, "s.lnk") == 0);
    CHECK("readlinkat", readlinkat(dfd, "s.lnk", buf, sizeof buf) == 5 && !memcmp(buf, "a.txt", 5));
    CHECK("O_NOFOLLOW on a link", openat(dfd, "s.lnk", O_RDONLY | O_NOFOLLOW) < 0 && errno == ELOOP);
    CHECK("fstatat nlink 2", fstatat(dfd, "a.txt", &st, 0) == 0 && st.st_nlink == 2 && st.st_size == 12);
    CHECK("fstatat nofollow is link", fstatat(dfd, "s.lnk", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode));
    CHECK("renameat2 noreplace refuses", renameat2(dfd, "b.txt", dfd, "a.txt", RENAME_NOREPLACE) < 0 && errno == EEXIST);
    CHECK("renameat", renameat(dfd, "b.txt", dfd, "c.txt") == 0);
    struct timespec ts[2] = { { 1000000000, 0 }, { 1234567890, 500 } };
    CHECK("utimensat", utimensat(dfd, "c.txt", ts, 0) == 0);
    CHECK("mtime", fstatat(dfd, "c.txt", &st, 0) == 0 && st.st_mtim.tv_sec == 1234567890 && st.st_mtim.tv_nsec == 500);
    CHECK("fchmodat", fchmodat(dfd, "c.txt", 0600, 0) == 0 && fstatat(dfd, "c.txt", &st, 0) == 0 && (st.st_mode & 0777) == 0600);
    CHECK("faccessat", faccessat(dfd, "c.txt", R_OK | W_OK, 0) == 0);
    CHECK("faccessat missing", faccessat(dfd, "nope", F_OK, 0) < 0 && errno == ENOENT);
    CHECK("truncate", truncate("d/c.txt", 5) == 0 && stat("d/c.txt", &st) == 0 && st.st_size == 5);
    fd = openat(dfd, "c.txt", O_RDWR);
    CHECK("ftruncate", ftruncate(fd, 3) == 0 && fstat(fd, &st) == 0 && st.st_size == 3);
    CHECK("fallocate", fallocate(fd, 0, 0, 8192) == 0 && fstat(fd, &st) == 0 && st.st_size == 8192);
    CHECK("fchownat same owner", fchownat(dfd, "c.txt", getuid(), getgid(), 0) == 0);
    CHECK("fsync", fsync(fd) == 0 && fdatasync(fd) == 0);
    close(fd);
    struct statfs sfs;
    CHECK("statfs", statfs("d", &sfs) == 0 && sfs.f_bsize > 0 && sfs.f_blocks > 0);
    fd = open("d", O_RDONLY);
    CHECK("fstatfs", fstatfs(fd, &sfs) == 0 && sfs.f_namelen > 0);
    close(fd);
    char dents[4096];
    long got = syscall(SYS_getdents64, dfd, dents, sizeof dents);
    CHECK("getdents64", got > 0);
    for (long off = 0; off < got && n < 16;) {
        struct { unsigned long long ino; long long off; unsigned short reclen; unsigned char type; char name[]; } *d = (void *)(dents + off);
        if (strcmp(d->name, ".") && strcmp(d->name, ".."))
            names[n++] = strdup(d->name);
        off += d->reclen;
    }
    qsort(names, n, sizeof *names, cmp);
    for (int i = 0; i < n; i++)
        printf("entry %s\n", names[i]);
    CHECK("getcwd", getcwd(buf, sizeof buf) != NULL);
    CHECK("chdir", chdir("d") == 0 && access("c.txt", F_OK) == 0 && chdir("..") == 0);
    CHECK("unlinkat", unlinkat(dfd, "c.txt", 0) == 0 && unlinkat(dfd, "a.txt", 0) == 0 && unlinkat(dfd, "s.lnk", 0) == 0);
    CHECK("rmdir sub", unlinkat(dfd, "sub", AT_REMOVEDIR) == 0);
    close(dfd);
    CHECK("rmdir", rmdir("d") == 0);
    return check_exit();
}
