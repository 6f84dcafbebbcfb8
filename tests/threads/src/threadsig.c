/* Signals between threads: pthread_kill to a chosen thread (the handler
 * runs on that thread), a process-directed signal taken by the one thread
 * that does not block it, sigwait and sigtimedwait (with a timeout and with
 * sigqueue's value), sigsuspend, and per-thread masks inherited at
 * pthread_create. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static pthread_t handler_thread[8];
static volatile int hits[8];
static __thread int my_index = -1;
static volatile int ready;

static void on_usr1(int sig)
{
    if (my_index >= 0)
        hits[my_index]++;
}

static void *worker(void *arg)
{
    my_index = (int)(long)arg;
    __atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
    /* Wait for the signals in sigsuspend with nothing blocked. */
    sigset_t none;
    sigemptyset(&none);
    while (hits[my_index] < my_index + 1)
        sigsuspend(&none);
    return (void *)(long)hits[my_index];
}

static void *waiter(void *arg)
{
    sigset_t set;
    int sig;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    long got = 0;
    for (int i = 0; i < 3; i++) {
        if (sigwait(&set, &sig) == 0 && sig == SIGUSR2)
            got++;
        __atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
    }
    return (void *)got;
}

static volatile int taker_index = -1;

static void on_term_like(int sig)
{
    taker_index = my_index;
}

static void *unblocked_one(void *arg)
{
    my_index = 5;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    __atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
    while (taker_index < 0)
        usleep(1000);
    return NULL;
}

static int rt_values[16], rt_count;

static void on_rt(int sig, siginfo_t *si, void *uc)
{
    if (rt_count < 16)
        rt_values[rt_count++] = si->si_value.sival_int;
}

static pthread_t main_thread;

static void *kicker(void *arg)
{
    usleep(20000);
    pthread_kill(main_thread, SIGUSR1);
    return NULL;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_handler = on_term_like;
    sigaction(SIGHUP, &sa, NULL);

    /* Block SIGUSR1 in main: only the targeted threads take it. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    my_index = 7;

    for (long i = 0; i < 4; i++)
        pthread_create(&handler_thread[i], NULL, worker, (void *)i);
    while (ready < 4)
        usleep(1000);
    /* Thread i gets i+1 signals, one at a time: each round waits until
     * the last one was handled (a second SIGUSR1 sent before would merge
     * with the first). */
    for (int round = 0; round < 4; round++) {
        for (int i = round; i < 4; i++)
            pthread_kill(handler_thread[i], SIGUSR1);
        for (int i = round; i < 4; i++)
            while (hits[i] < round + 1)
                usleep(1000);
    }
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(handler_thread[i], &r);
        printf("thread %d: handled %ld\n", i, (long)r);
    }
    printf("main thread handled %d\n", hits[7]);

    /* sigwait in a thread that has SIGUSR2 blocked (inherited). */
    pthread_t w;
    ready = 0;
    pthread_create(&w, NULL, waiter, NULL);
    for (int i = 0; i < 3; i++) {
        pthread_kill(w, SIGUSR2);
        while (ready < i + 1)
            usleep(1000);
    }
    void *r;
    pthread_join(w, &r);
    printf("sigwait got %ld\n", (long)r);

    /* A process-directed signal goes to the one thread not blocking it. */
    pthread_t u;
    ready = 0;
    pthread_create(&u, NULL, unblocked_one, NULL);
    while (ready < 1)
        usleep(1000);
    kill(getpid(), SIGHUP);
    pthread_join(u, NULL);
    printf("SIGHUP taken by thread %d\n", taker_index);

    /* sigtimedwait: a timeout, then a queued signal with its value. */
    struct timespec ts = { 0, 20000000 };
    siginfo_t si;
    int s = sigtimedwait(&set, &si, &ts);
    printf("sigtimedwait timeout: %d %s\n", s, s < 0 && errno == EAGAIN ? "EAGAIN" : "other");
    sigqueue(getpid(), SIGUSR2, (union sigval){ .sival_int = 1234 });
    s = sigtimedwait(&set, &si, &ts);
    printf("sigtimedwait: sig %d code %s value %d\n", s, si.si_code == SI_QUEUE ? "SI_QUEUE" : "other",
           si.si_value.sival_int);
    /* Real-time signals queue: three sent, three received in order. */
    sigset_t rt;
    sigemptyset(&rt);
    sigaddset(&rt, SIGRTMIN + 2);
    pthread_sigmask(SIG_BLOCK, &rt, NULL);
    for (int i = 0; i < 3; i++)
        sigqueue(getpid(), SIGRTMIN + 2, (union sigval){ .sival_int = 10 + i });
    for (int i = 0; i < 3; i++) {
        s = sigtimedwait(&rt, &si, &ts);
        printf("rt signal %d value %d\n", s - SIGRTMIN, si.si_value.sival_int);
    }

    /* Real-time signals with a handler: queued while blocked, each one
     * handled with its own value once unblocked, in order. */
    struct sigaction rsa;
    memset(&rsa, 0, sizeof rsa);
    rsa.sa_sigaction = on_rt;
    rsa.sa_flags = SA_SIGINFO;
    sigaction(SIGRTMIN + 3, &rsa, NULL);
    sigemptyset(&rt);
    sigaddset(&rt, SIGRTMIN + 3);
    pthread_sigmask(SIG_BLOCK, &rt, NULL);
    for (int i = 0; i < 4; i++)
        sigqueue(getpid(), SIGRTMIN + 3, (union sigval){ .sival_int = 20 + i });
    pthread_sigmask(SIG_UNBLOCK, &rt, NULL);
    printf("rt handler values:");
    for (int i = 0; i < rt_count; i++)
        printf(" %d", rt_values[i]);
    printf("\n");

    /* sigsuspend in main, woken by another thread's pthread_kill. */
    hits[7] = 0;
    main_thread = pthread_self();
    pthread_t k;
    pthread_create(&k, NULL, kicker, NULL);
    sigset_t none;
    sigemptyset(&none);
    while (hits[7] == 0)
        sigsuspend(&none);
    pthread_join(k, NULL);
    sigset_t now;
    pthread_sigmask(SIG_BLOCK, NULL, &now);
    printf("sigsuspend in main: hits %d, mask restored %d\n", hits[7], sigismember(&now, SIGUSR1));
    return 0;
}
