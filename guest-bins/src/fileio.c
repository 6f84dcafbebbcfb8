/* File I/O inside the empty directory given as argv[1]: the system calls of
 * files and directories, stdio buffering on top of them, and their error
 * paths.  Nothing printed depends on the directory's path, inode numbers,
 * timestamps or the order of directory entries. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("FAILED: %s (errno %d %s)\n", what, errno, strerror(errno));
        failures++;
    }
}

/* Prints a system call's result and errno; call as report("x", call(...)),
 * so errno is read after the call and before anything else changes it. */
static void report(const char *what, long result)
{
    int saved = errno;
    printf("%s: %ld %s\n", what, result, result < 0 ? strerror(saved) : "ok");
}

static long file_size(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    return (long)st.st_size;
}

static void raw_io(void)
{
    int fd = open("raw.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
    check(fd >= 0, "open raw.bin");
    char block[1000];
    for (int i = 0; i < 1000; i++)
        block[i] = (char)('a' + i % 26);
    for (int i = 0; i < 10; i++)
        check(write(fd, block, sizeof block) == (ssize_t)sizeof block, "write block");
    struct stat st;
    check(fstat(fd, &st) == 0, "fstat");
    printf("raw: size %ld regular %d mode %o\n", (long)st.st_size, S_ISREG(st.st_mode) ? 1 : 0,
           (unsigned)(st.st_mode & 0777));
    /* One call per statement: argument evaluation order is unspecified. */
    long end = (long)lseek(fd, 0, SEEK_END);
    long set = (long)lseek(fd, 26, SEEK_SET);
    long cur = (long)lseek(fd, -1, SEEK_CUR);
    printf("lseek end %ld, set 26 %ld, cur -1 %ld\n", end, set, cur);
    char buf[32] = { 0 };
    check(read(fd, buf, 5) == 5, "read 5");
    printf("read at 25: [%s]\n", buf);
    check(pwrite(fd, "XYZ", 3, 100) == 3, "pwrite");
    memset(buf, 0, sizeof buf);
    check(pread(fd, buf, 6, 99) == 6, "pread");
    printf("pread at 99: [%s], offset still %ld\n", buf, (long)lseek(fd, 0, SEEK_CUR));
    /* A hole: write past the end, read zeros back. */
    check(lseek(fd, 20000, SEEK_SET) == 20000, "seek past end");
    check(write(fd, "end", 3) == 3, "write after hole");
    check(pread(fd, buf, 4, 15000) == 4, "read hole");
    printf("hole bytes %d %d %d %d, size %ld\n", buf[0], buf[1], buf[2], buf[3], file_size("raw.bin"));
    check(ftruncate(fd, 1234) == 0, "ftruncate");
    long after_end = (long)pread(fd, buf, 10, 1234);
    printf("after ftruncate: %ld, read at end %ld\n", file_size("raw.bin"), after_end);
    check(close(fd) == 0, "close");

    /* Append mode writes at the end whatever the offset. */
    fd = open("raw.bin", O_WRONLY | O_APPEND);
    check(fd >= 0, "open append");
    lseek(fd, 0, SEEK_SET);
    check(write(fd, "tail", 4) == 4, "append");
    close(fd);
    fd = open("raw.bin", O_RDONLY);
    check(pread(fd, buf, 4, 1234) == 4, "read appended");
    buf[4] = 0;
    printf("appended [%s] size %ld\n", buf, file_size("raw.bin"));
    /* dup, and a read larger than the file. */
    int fd2 = dup(fd);
    lseek(fd2, 1230, SEEK_SET);
    char big[4096];
    ssize_t n = read(fd, big, sizeof big);
    printf("dup shares offset: read %ld bytes\n", (long)n);
    close(fd2);
    close(fd);
}

static void large_file(void)
{
    /* Larger than any stdio or kernel buffer: 3 MB in odd-sized pieces. */
    FILE *f = fopen("large.txt", "w");
    check(f != NULL, "fopen large");
    uint32_t sum = 0;
    for (int i = 0; i < 150000; i++) {
        int len = fprintf(f, "line %d %x\n", i, (unsigned)i * 2654435761u);
        sum += (uint32_t)len;
    }
    check(fclose(f) == 0, "fclose large");
    printf("large: wrote %u bytes, stat %ld\n", sum, file_size("large.txt"));
    int fd = open("large.txt", O_RDONLY);
    static char chunk[65537];
    uint32_t hash = 2166136261u;
    long total = 0;
    ssize_t n;
    while ((n = read(fd, chunk, sizeof chunk)) > 0) {
        for (ssize_t i = 0; i < n; i++)
            hash = (hash ^ (unsigned char)chunk[i]) * 16777619u;
        total += n;
    }
    close(fd);
    printf("large: read %ld bytes hash %08x\n", total, hash);
    /* Line by line with fgets, and fread in blocks. */
    f = fopen("large.txt", "r");
    char line[128];
    long lines = 0;
    while (fgets(line, sizeof line, f))
        lines++;
    printf("large: fgets %ld lines, last [%.*s]\n", lines, (int)strcspn(line, "\n"), line);
    rewind(f);
    size_t blocks = 0, got;
    while ((got = fread(chunk, 1, 1000, f)) > 0)
        blocks++;
    printf("large: fread %zu blocks, eof %d error %d\n", blocks, feof(f) != 0, ferror(f) != 0);
    fseek(f, -10, SEEK_END);
    printf("ftell %ld\n", ftell(f));
    fclose(f);
}

static void stdio_modes(void)
{
    FILE *f = fopen("stdio.txt", "w+");
    fprintf(f, "%s %d %.3f\n", "alpha", 42, 2.5);
    fputs("second line\n", f);
    fputc('!', f);
    fwrite("\nbinary\0data\n", 1, 13, f);
    printf("stdio: before fflush file size %ld\n", file_size("stdio.txt"));
    fflush(f);
    printf("stdio: after fflush file size %ld\n", file_size("stdio.txt"));
    rewind(f);
    char word[16];
    int number;
    double real;
    int fields = fscanf(f, "%15s %d %lf", word, &number, &real);
    printf("fscanf %d: %s %d %g\n", fields, word, number, real);
    fclose(f);
    f = fopen("stdio.txt", "a");
    fprintf(f, "appended\n");
    fclose(f);
    f = fopen("stdio.txt", "r");
    char line[64];
    while (fgets(line, sizeof line, f))
        printf("line (%zu) [%.*s]\n", strlen(line), (int)strcspn(line, "\n"), line);
    fclose(f);
    /* setvbuf: fully buffered, line buffered, unbuffered. */
    static const int modes[] = { _IOFBF, _IOLBF, _IONBF };
    for (int m = 0; m < 3; m++) {
        f = fopen("buffered.txt", "w");
        setvbuf(f, NULL, modes[m], 64);
        fputs("abc\ndef", f);
        long visible = file_size("buffered.txt");
        fclose(f);
        printf("setvbuf mode %d: visible before close %ld, after %ld\n", m, visible,
               file_size("buffered.txt"));
    }
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void directories(void)
{
    check(mkdir("sub", 0755) == 0, "mkdir sub");
    check(mkdir("sub/deeper", 0700) == 0, "mkdir deeper");
    report("mkdir existing", mkdir("sub", 0755));
    for (int i = 0; i < 20; i++) {
        char name[32];
        snprintf(name, sizeof name, "sub/file%02d", (i * 7) % 20);
        int fd = open(name, O_CREAT | O_WRONLY, 0600);
        check(fd >= 0, "create in sub");
        check(write(fd, name, (size_t)i) == i, "write in sub");
        close(fd);
    }
    check(rename("sub/file03", "sub/renamed") == 0, "rename");
    check(unlink("sub/file04") == 0, "unlink");
    check(symlink("renamed", "sub/link") == 0, "symlink");
    char target[64] = { 0 };
    printf("readlink: %ld [%s]\n", (long)readlink("sub/link", target, sizeof target - 1), target);

    DIR *dir = opendir("sub");
    check(dir != NULL, "opendir");
    char *names[64];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) && count < 64) {
        struct stat st;
        char path[300];
        snprintf(path, sizeof path, "sub/%s", entry->d_name);
        lstat(path, &st);
        char *line = malloc(400);
        snprintf(line, 400, "%s %s %ld", entry->d_name,
                 S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "link" : "file",
                 S_ISREG(st.st_mode) ? (long)st.st_size : 0L);
        names[count++] = line;
    }
    closedir(dir);
    qsort(names, (size_t)count, sizeof names[0], compare_names);
    for (int i = 0; i < count; i++) {
        printf("  %s\n", names[i]);
        free(names[i]);
    }
    report("rmdir non-empty", rmdir("sub"));
    check(rmdir("sub/deeper") == 0, "rmdir deeper");
    check(chdir("sub") == 0, "chdir sub");
    char cwd[4096];
    check(getcwd(cwd, sizeof cwd) != NULL, "getcwd");
    const char *last = strrchr(cwd, '/');
    printf("getcwd ends in [%s]\n", last ? last : cwd);
    check(chdir("..") == 0, "chdir ..");
}

static void errors(void)
{
    static const char *const paths[] = { "missing.txt", "sub/missing/deeper", "raw.bin/child", "" };
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        errno = 0;
        int fd = open(paths[i], O_RDONLY);
        int saved = errno;
        printf("open [%s]: %d errno %d %s\n", paths[i], fd, saved, strerror(saved));
    }
    errno = 0;
    FILE *f = fopen("missing.txt", "r");
    printf("fopen missing: %s errno %s\n", f ? "file" : "NULL", strerror(errno));
    report("open O_EXCL existing", open("raw.bin", O_CREAT | O_EXCL | O_WRONLY, 0600));
    report("read bad fd", read(999, NULL, 0));
    report("unlink missing", unlink("missing.txt"));
    report("rmdir file", rmdir("raw.bin"));
    int fd = open("raw.bin", O_RDONLY);
    report("lseek negative", lseek(fd, -5, SEEK_SET));
    close(fd);
    report("close closed", close(fd));
    for (int e = 1; e <= 40; e++)
        printf("strerror %d: %s\n", e, strerror(e));
}

int main(int argc, char **argv)
{
    if (argc < 2 || chdir(argv[1]) != 0) {
        fprintf(stderr, "usage: fileio EMPTY-DIRECTORY\n");
        return 2;
    }
    umask(022);
    raw_io();
    large_file();
    stdio_modes();
    directories();
    errors();
    printf("failures: %d\n", failures);
    return failures ? 1 : 0;
}
