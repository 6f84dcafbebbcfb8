/* A small TCP echo on 127.0.0.1: server in the parent, client in a child. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1, st;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };
    socklen_t len = sizeof a;
    char buf[256];

    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CHECK("socket", ls >= 0);
    CHECK("SO_REUSEADDR", setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0);
    CHECK("bind", bind(ls, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK("listen", listen(ls, 8) == 0);
    CHECK("getsockname", getsockname(ls, (struct sockaddr *)&a, &len) == 0 && a.sin_port != 0);
    pid_t c = fork();
    if (c == 0) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(s, (struct sockaddr *)&a, sizeof a) != 0)
            _exit(2);
        setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        int bad = 0;
        for (int i = 0; i < 20; i++) {
            char m[64], r[64];
            int n = snprintf(m, sizeof m, "message %d", i);
            send(s, m, n, 0);
            int got = 0;
            while (got < n) {
                int k = recv(s, r + got, sizeof r - got, 0);
                if (k <= 0) _exit(3);
                got += k;
            }
            bad |= memcmp(m, r, n) != 0;
        }
        shutdown(s, SHUT_WR);
        _exit(bad ? 4 : (recv(s, buf, sizeof buf, 0) == 0 ? 0 : 5));
    }
    struct sockaddr_in peer;
    len = sizeof peer;
    int s = accept4(ls, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
    CHECK("accept4", s >= 0 && peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
    len = sizeof peer;
    CHECK("getpeername", getpeername(s, (struct sockaddr *)&peer, &len) == 0 && peer.sin_family == AF_INET);
    long total = 0;
    ssize_t n;
    while ((n = recvfrom(s, buf, sizeof buf, 0, NULL, NULL)) > 0) {
        sendto(s, buf, n, 0, NULL, 0);
        total += n;
    }
    printf("echoed %ld bytes\n", total);
    close(s);
    CHECK("client status 0", waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    int rcv = 0;
    len = sizeof rcv;
    CHECK("SO_RCVBUF", getsockopt(ls, SOL_SOCKET, SO_RCVBUF, &rcv, &len) == 0 && rcv > 0);
    /* UDP on loopback. */
    int u1 = socket(AF_INET, SOCK_DGRAM, 0), u2 = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in ua = { .sin_family = AF_INET };
    ua.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    len = sizeof ua;
    CHECK("udp bind", bind(u1, (struct sockaddr *)&ua, sizeof ua) == 0 && getsockname(u1, (struct sockaddr *)&ua, &len) == 0);
    CHECK("udp sendto", sendto(u2, "datagram", 8, 0, (struct sockaddr *)&ua, sizeof ua) == 8);
    CHECK("udp recvfrom", recvfrom(u1, buf, sizeof buf, 0, NULL, NULL) == 8 && !memcmp(buf, "datagram", 8));
    return check_exit();
}
