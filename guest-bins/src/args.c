/* The process's start: argc, argv, a few environment variables, stdin and
 * the exit status.  The runner passes identical arguments, environment and
 * stdin to the native and the guest program.  argv[0] differs (the paths of
 * the two builds), so only its last component is printed; the environment
 * of a guest may also hold variables of the emulator itself, so only the
 * named XLAT_TEST_ variables are printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void print_quoted(const char *s)
{
    putchar('[');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            printf("\\x%02x", *p);
        else
            putchar(*p);
    }
    putchar(']');
}

int main(int argc, char **argv, char **envp)
{
    const char *slash = strrchr(argv[0], '/');
    printf("argc %d\nargv[0] basename ", argc);
    print_quoted(slash ? slash + 1 : argv[0]);
    putchar('\n');
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] len %zu ", i, strlen(argv[i]));
        print_quoted(argv[i]);
        putchar('\n');
    }
    printf("argv[argc] is %s\n", argv[argc] ? "not NULL" : "NULL");
    printf("envp == environ: %s\n", envp == environ ? "yes" : "no");

    static const char *const names[] = { "XLAT_TEST_VAR1", "XLAT_TEST_EMPTY", "XLAT_TEST_SPACES",
                                         "XLAT_TEST_UNICODE", "XLAT_TEST_UNSET" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *value = getenv(names[i]);
        printf("%s ", names[i]);
        if (value)
            print_quoted(value);
        else
            printf("is not set");
        putchar('\n');
    }
    int count = 0;
    for (char **e = envp; *e; e++)
        count += strncmp(*e, "XLAT_TEST_", 10) == 0;
    printf("XLAT_TEST_ variables in envp: %d\n", count);
    setenv("XLAT_TEST_NEW", "added", 1);
    unsetenv("XLAT_TEST_VAR1");
    printf("after setenv/unsetenv: NEW=%s VAR1 %s\n", getenv("XLAT_TEST_NEW"),
           getenv("XLAT_TEST_VAR1") ? "set" : "unset");

    /* stdin: bytes, lines and a checksum. */
    unsigned long bytes = 0, lines = 0, checksum = 0;
    int c;
    while ((c = getchar()) != EOF) {
        bytes++;
        lines += c == '\n';
        checksum = checksum * 33 + (unsigned char)c;
    }
    printf("stdin: %lu bytes, %lu lines, checksum %08lx\n", bytes, lines, checksum & 0xffffffff);
    fflush(stdout);
    /* An exit status other than 0, chosen by the arguments. */
    return argc + 40;
}
