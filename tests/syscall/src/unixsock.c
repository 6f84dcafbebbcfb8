/* Unix sockets: socketpair echo with a forked child, SCM_RIGHTS passing a
 * descriptor, a named socket with bind/listen/accept4/connect. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static void send_fd(int sock, int fd)
{
    char data = 'F';
    struct iovec iov = { &data, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof u.buf };
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof fd);
    sendmsg(sock, &m, 0);
}

static int recv_fd(int sock)
{
    char data;
    struct iovec iov = { &data, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof u.buf };
    int fd = -1;
    if (recvmsg(sock, &m, 0) != 1 || data != 'F')
        return -1;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
        memcpy(&fd, CMSG_DATA(c), sizeof fd);
    return fd;
}

int main(void)
{
    int sv[2], st;
    char buf[128];

    CHECK("socketpair", socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
    pid_t c = fork();
    if (c == 0) {
        close(sv[0]);
        for (;;) {
            ssize_t n = read(sv[1], buf, sizeof buf);
            if (n <= 0)
                break;
            if (buf[0] == 'P') {        /* pass a pipe's read end back */
                int p[2];
                pipe(p);
                write(p[1], "through the pipe", 16);
                close(p[1]);
                send_fd(sv[1], p[0]);
                continue;
            }
            for (ssize_t i = 0; i < n; i++)
                buf[i] = buf[i] == 'o' ? '0' : buf[i];
            write(sv[1], buf, n);
        }
        _exit(0);
    }
    close(sv[1]);
    const char *msgs[] = { "hello", "foo boo", "echo done" };
    for (int i = 0; i < 3; i++) {
        write(sv[0], msgs[i], strlen(msgs[i]));
        ssize_t n = read(sv[0], buf, sizeof buf);
        printf("echo: %.*s\n", (int)n, buf);
    }
    write(sv[0], "P", 1);
    int fd = recv_fd(sv[0]);
    CHECK("SCM_RIGHTS", fd >= 0);
    ssize_t n = read(fd, buf, sizeof buf);
    printf("passed fd: %.*s\n", (int)n, buf);
    shutdown(sv[0], SHUT_WR);
    CHECK("child exit", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 0);

    /* A named stream socket. */
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    strcpy(addr.sun_path, "sock");
    int ls = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("bind", bind(ls, (struct sockaddr *)&addr, sizeof addr) == 0);
    CHECK("listen", listen(ls, 4) == 0);
    struct sockaddr_un got;
    socklen_t len = sizeof got;
    CHECK("getsockname", getsockname(ls, (struct sockaddr *)&got, &len) == 0 && !strcmp(got.sun_path, "sock"));
    c = fork();
    if (c == 0) {
        int s = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(s, (struct sockaddr *)&addr, sizeof addr) != 0)
            _exit(2);
        struct msghdr m = { 0 };
        struct iovec iov[2] = { { "scatter ", 8 }, { "gather", 6 } };
        m.msg_iov = iov;
        m.msg_iovlen = 2;
        sendmsg(s, &m, 0);
        n = recv(s, buf, sizeof buf, 0);
        _exit(n == 2 && !memcmp(buf, "OK", 2) ? 0 : 3);
    }
    len = sizeof got;
    int s = accept4(ls, (struct sockaddr *)&got, &len, SOCK_CLOEXEC);
    CHECK("accept4", s >= 0 && got.sun_family == AF_UNIX);
    n = 0;
    while (n < 14) {
        ssize_t k = recvfrom(s, buf + n, sizeof buf - n, 0, NULL, NULL);
        if (k <= 0) break;
        n += k;
    }
    printf("sendmsg: %.*s\n", (int)n, buf);
    CHECK("send", send(s, "OK", 2, 0) == 2);
    CHECK("client exit", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    int type = 0;
    len = sizeof type;
    CHECK("getsockopt SO_TYPE", getsockopt(s, SOL_SOCKET, SO_TYPE, &type, &len) == 0 && type == SOCK_STREAM);
    /* Datagrams keep their boundaries. */
    int dg[2];
    CHECK("dgram pair", socketpair(AF_UNIX, SOCK_DGRAM, 0, dg) == 0);
    send(dg[0], "one", 3, 0);
    send(dg[0], "three", 5, 0);
    CHECK("dgram 1", recv(dg[1], buf, sizeof buf, 0) == 3);
    CHECK("dgram 2", recv(dg[1], buf, sizeof buf, 0) == 5);
    unlink("sock");
    return check_exit();
}
