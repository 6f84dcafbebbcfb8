// std::thread, std::async, futures (values and exceptions), std::mutex,
// std::condition_variable and std::atomic.
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <numeric>
#include <queue>
#include <stdexcept>
#include <thread>
#include <vector>

static long sum_range(long from, long to)
{
    long s = 0;
    for (long i = from; i < to; i++)
        s += i * i % 7;
    return s;
}

int main()
{
    std::atomic<long> counter{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; i++)
        threads.emplace_back([&counter] {
            for (int j = 0; j < 10000; j++)
                counter.fetch_add(1, std::memory_order_relaxed);
        });
    for (auto &t : threads)
        t.join();
    std::printf("atomic counter %ld\n", counter.load());

    std::vector<std::future<long>> parts;
    for (long p = 0; p < 4; p++)
        parts.push_back(std::async(std::launch::async, sum_range, p * 250000, (p + 1) * 250000));
    long total = 0;
    for (auto &f : parts)
        total += f.get();
    std::printf("async sum %ld (serial %ld)\n", total, sum_range(0, 1000000));

    auto failing = std::async(std::launch::async, []() -> int { throw std::runtime_error("boom"); });
    try {
        failing.get();
        std::printf("no exception\n");
    } catch (const std::exception &e) {
        std::printf("exception from async: %s\n", e.what());
    }
    auto deferred = std::async(std::launch::deferred, [] { return 42; });
    std::printf("deferred %d\n", deferred.get());

    std::promise<std::string> promise;
    std::future<std::string> fut = promise.get_future();
    std::thread setter([&promise] { promise.set_value("from a promise"); });
    std::printf("%s\n", fut.get().c_str());
    setter.join();

    std::mutex m;
    std::condition_variable cv;
    std::queue<int> q;
    bool done = false;
    long consumed = 0;
    std::thread consumer([&] {
        std::unique_lock<std::mutex> lk(m);
        for (;;) {
            cv.wait(lk, [&] { return !q.empty() || done; });
            while (!q.empty()) {
                consumed += q.front();
                q.pop();
            }
            if (done)
                return;
        }
    });
    for (int i = 1; i <= 1000; i++) {
        std::lock_guard<std::mutex> lk(m);
        q.push(i);
        cv.notify_one();
    }
    {
        std::lock_guard<std::mutex> lk(m);
        done = true;
    }
    cv.notify_one();
    consumer.join();
    std::printf("condition_variable consumed %ld\n", consumed);

    thread_local int tl = 5;
    int seen[4];
    std::vector<std::thread> tls;
    for (int i = 0; i < 4; i++)
        tls.emplace_back([i, &seen] { tl += i; seen[i] = tl; });
    for (auto &t : tls)
        t.join();
    std::printf("thread_local %d %d %d %d main %d\n", seen[0], seen[1], seen[2], seen[3], tl);
    return 0;
}
