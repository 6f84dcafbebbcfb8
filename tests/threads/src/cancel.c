/* Thread cancellation (deferred, at a blocking call and at a test point;
 * asynchronous in a loop), cleanup handlers, detached threads and the
 * results pthread_join returns. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int cleanup_ran;
static int pipefd[2];
static volatile int started;

static void cleanup(void *arg)
{
    cleanup_ran += (int)(long)arg;
}

static void *blocked_in_read(void *arg)
{
    char c;
    pthread_cleanup_push(cleanup, (void *)1);
    __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
    if (read(pipefd[0], &c, 1) >= 0)
        printf("read returned\n");
    pthread_cleanup_pop(0);
    return (void *)7;
}

static void *test_point_loop(void *arg)
{
    pthread_cleanup_push(cleanup, (void *)10);
    __atomic_store_n(&started, 2, __ATOMIC_SEQ_CST);
    for (;;)
        pthread_testcancel();
    pthread_cleanup_pop(0);
    return NULL;
}

static volatile unsigned long spin;

static void *async_loop(void *arg)
{
    int old;
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
    __atomic_store_n(&started, 3, __ATOMIC_SEQ_CST);
    for (;;)
        spin++;
    return NULL;
}

static void *disabled(void *arg)
{
    int old;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    __atomic_store_n(&started, 4, __ATOMIC_SEQ_CST);
    usleep(50000);
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
    pthread_testcancel();
    return (void *)99;  /* not reached */
}

static void *returns_value(void *arg)
{
    return (void *)((long)arg * 3);
}

static void *exits_value(void *arg)
{
    pthread_exit((void *)((long)arg + 1000));
}

static pthread_mutex_t dlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t dcond = PTHREAD_COND_INITIALIZER;
static int detached_done;

static void *detached_worker(void *arg)
{
    usleep(1000 * (long)arg);
    pthread_mutex_lock(&dlock);
    detached_done++;
    pthread_cond_signal(&dcond);
    pthread_mutex_unlock(&dlock);
    return NULL;
}

static void wait_started(int v)
{
    while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) != v)
        usleep(1000);
}

int main(void)
{
    pthread_t t;
    void *r;

    if (pipe(pipefd) != 0)
        return 1;
    pthread_create(&t, NULL, blocked_in_read, NULL);
    wait_started(1);
    usleep(20000);
    pthread_cancel(t);
    pthread_join(t, &r);
    printf("cancelled in read: %s, cleanup %d\n", r == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "no",
           cleanup_ran);

    pthread_create(&t, NULL, test_point_loop, NULL);
    wait_started(2);
    pthread_cancel(t);
    pthread_join(t, &r);
    printf("cancelled at testcancel: %s, cleanup %d\n",
           r == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "no", cleanup_ran);

    pthread_create(&t, NULL, async_loop, NULL);
    wait_started(3);
    usleep(10000);
    pthread_cancel(t);
    pthread_join(t, &r);
    printf("cancelled asynchronously: %s\n", r == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "no");

    pthread_create(&t, NULL, disabled, NULL);
    wait_started(4);
    pthread_cancel(t);
    pthread_join(t, &r);
    printf("cancel while disabled: %s\n", r == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "no");

    for (long i = 0; i < 3; i++) {
        pthread_create(&t, NULL, returns_value, (void *)i);
        pthread_join(t, &r);
        printf("join result %ld\n", (long)r);
        pthread_create(&t, NULL, exits_value, (void *)i);
        pthread_join(t, &r);
        printf("pthread_exit result %ld\n", (long)r);
    }
    printf("join self: %s\n", pthread_join(pthread_self(), NULL) == EDEADLK ? "EDEADLK" : "other");

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (long i = 0; i < 5; i++)
        pthread_create(&t, &attr, detached_worker, (void *)(i * 2));
    pthread_mutex_lock(&dlock);
    while (detached_done < 5)
        pthread_cond_wait(&dcond, &dlock);
    pthread_mutex_unlock(&dlock);
    printf("detached threads finished: %d\n", detached_done);
    pthread_create(&t, NULL, returns_value, NULL);
    printf("detach: %d\n", pthread_detach(t));
    usleep(10000);
    /* Many short threads, to exercise thread exit and tid reuse. */
    long sum = 0;
    for (long i = 0; i < 200; i++) {
        pthread_create(&t, NULL, returns_value, (void *)i);
        pthread_join(t, &r);
        sum += (long)r;
    }
    printf("200 threads: sum %ld\n", sum);
    return 0;
}
