# Threads, signals and child processes in Python for tests/arm64/run:
# `python3.11 concurrency.py SECTION` prints what SECTION does; the output of
# the aarch64 build under xlat must equal the amd64 build's.  Nothing printed
# may depend on timing, scheduling or the machine: results are sorted or
# gathered in a fixed order, and waits have generous limits.
import os
import sys


def t_threads():
    import queue
    import threading

    # An exact counter: 8 threads x 10,000 increments under a lock, and a
    # second counter whose read-modify-write is made atomic by an RLock.
    lock, rlock = threading.Lock(), threading.RLock()
    counts = [0, 0]

    def bump(n):
        for _ in range(n):
            with lock:
                counts[0] += 1
            with rlock:
                with rlock:
                    counts[1] += 2
    threads = [threading.Thread(target=bump, args=(10000,), name="bump-%d" % i) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("counter", counts, sorted(t.name for t in threads), any(t.is_alive() for t in threads))

    # Condition: a bounded buffer with producers and consumers.
    cond = threading.Condition()
    buf, got, done = [], [], [0]

    def producer(base):
        for i in range(200):
            with cond:
                cond.wait_for(lambda: len(buf) < 5, timeout=60)
                buf.append(base + i)
                cond.notify_all()
        with cond:
            done[0] += 1
            cond.notify_all()

    def consumer():
        while True:
            with cond:
                cond.wait_for(lambda: buf or done[0] == 3, timeout=60)
                if not buf:
                    return
                got.append(buf.pop(0))
                cond.notify_all()
    ts = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
    ts += [threading.Thread(target=consumer) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("condition", len(got), sum(got), sorted(got) == sorted(k * 1000 + i for k in range(3) for i in range(200)))

    # Queues: a worker pool fed through queue.Queue, results through a
    # PriorityQueue, task_done/join.
    jobs, results = queue.Queue(), queue.PriorityQueue()

    def worker():
        while True:
            item = jobs.get()
            if item is None:
                jobs.task_done()
                return
            results.put((item, item * item, threading.current_thread().name.startswith("w")))
            jobs.task_done()
    ws = [threading.Thread(target=worker, name="w%d" % i) for i in range(4)]
    for w in ws:
        w.start()
    for i in range(100, 0, -1):
        jobs.put(i)
    jobs.join()
    for _ in ws:
        jobs.put(None)
    for w in ws:
        w.join()
    out = [results.get_nowait() for _ in range(results.qsize())]
    print("queue", len(out), out[:3], out[-1], sum(r[1] for r in out), all(r[2] for r in out))
    lifo = queue.LifoQueue()
    for i in range(5):
        lifo.put(i)
    print("lifo", [lifo.get() for _ in range(5)])
    try:
        queue.Queue().get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty")

    # Thread-local data.
    local = threading.local()
    seen = {}
    barrier = threading.Barrier(5)

    def tl(i):
        local.value = i * 11
        barrier.wait(timeout=60)
        seen[i] = local.value
    ts = [threading.Thread(target=tl, args=(i,)) for i in range(5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("local", sorted(seen.items()), hasattr(local, "value"))

    # Semaphore: never more than 3 inside.
    sem, inside, peak = threading.BoundedSemaphore(3), [0], [0]
    ilock = threading.Lock()

    def limited():
        with sem:
            with ilock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            ev.wait(0.01)
            with ilock:
                inside[0] -= 1
    ev = threading.Event()
    ts = [threading.Thread(target=limited) for _ in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("semaphore", peak[0] <= 3, inside[0])

    # Daemon thread: still blocked when the main thread moves on.
    never = threading.Event()
    d = threading.Thread(target=never.wait, daemon=True)
    d.start()
    print("daemon", d.daemon, d.is_alive())

    # Timer: one fires, one is cancelled.
    fired = []
    t1 = threading.Timer(0.05, fired.append, args=("t1",))
    t2 = threading.Timer(30, fired.append, args=("t2",))
    t1.start()
    t2.start()
    t2.cancel()
    t1.join()
    t2.join()
    print("timer", fired)

    # An exception in a thread goes to threading.excepthook.
    caught = []
    threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value)))
    t = threading.Thread(target=lambda: 1 / 0)
    t.start()
    t.join()
    print("excepthook", caught)
    print("main", threading.current_thread() is threading.main_thread(), threading.get_ident() == threading.main_thread().ident)


def square(x):
    return x * x


def slow_fail(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x + 100


def t_futures():
    import concurrent.futures as cf
    import threading
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        print("map", list(ex.map(square, range(20))))
        futs = {ex.submit(slow_fail, i): i for i in range(6)}
        res = []
        for f in cf.as_completed(futs, timeout=120):
            try:
                res.append((futs[f], f.result()))
            except ValueError as e:
                res.append((futs[f], "error: %s" % e))
        print("as_completed", sorted(res))
        done, not_done = cf.wait([ex.submit(square, i) for i in range(10)], timeout=120)
        print("wait", len(done), len(not_done), sorted(f.result() for f in done))
        gate = threading.Event()
        blocker = ex.submit(gate.wait, 60)
        print("running", blocker.done())
        gate.set()
        print("blocker", blocker.result(timeout=60))
        f = ex.submit(sum, range(1000))
        cb = []
        f.add_done_callback(lambda fut: cb.append(fut.result()))
        f.result()
        print("callback", cb or [f.result()])
    print("names", sorted({t.name.split("_")[0] for t in threading.enumerate()}))


def t_procpool():
    import concurrent.futures as cf
    import multiprocessing as mp
    ctx = mp.get_context("fork")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print("map", list(ex.map(square, range(12), chunksize=3)))
        f = ex.submit(slow_fail, 3)
        try:
            f.result(timeout=120)
        except ValueError as e:
            print("error", e)
        print("worker pid", ex.submit(os.getpid).result(timeout=120) != os.getpid())
    with ctx.Pool(2) as pool:
        print("pool", pool.map(square, range(8)), pool.apply(slow_fail, (5,)))
    q = ctx.Queue()
    p = ctx.Process(target=q.put, args=(("child", 42),))
    p.start()
    print("queue", q.get(timeout=120))
    p.join()
    print("exitcode", p.exitcode)


def t_signals():
    import signal
    import threading
    import time
    got = []

    def handler(signum, frame):
        got.append(signal.Signals(signum).name)
    signal.signal(signal.SIGUSR1, handler)
    signal.signal(signal.SIGUSR2, handler)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("kill self", got)
    signal.raise_signal(signal.SIGUSR2)
    print("raise_signal", got)

    # signal.alarm interrupts time.sleep (the handler runs, sleep resumes
    # only if the handler returns; here it raises).
    class Alarm(Exception):
        pass

    def on_alarm(signum, frame):
        raise Alarm()
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(1)
    t0 = time.monotonic()
    try:
        time.sleep(60)
        print("alarm: slept")
    except Alarm:
        print("alarm: interrupted", time.monotonic() - t0 < 30)
    print("alarm left", signal.alarm(0))

    # setitimer: periodic SIGALRM, counted by a handler that returns, while
    # time.sleep (PEP 475) keeps sleeping.
    ticks = []
    signal.signal(signal.SIGALRM, lambda s, f: ticks.append(1))
    signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
    deadline = time.monotonic() + 60
    while len(ticks) < 5 and time.monotonic() < deadline:
        time.sleep(1)
    signal.setitimer(signal.ITIMER_REAL, 0)
    print("setitimer", len(ticks) >= 5, signal.getitimer(signal.ITIMER_REAL))

    # A signal that arrives during a sleep whose handler returns: the sleep
    # finishes (not interrupted).
    signal.signal(signal.SIGALRM, handler)
    got.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    time.sleep(0.3)
    print("sleep resumed", got, time.monotonic() - t0 >= 0.29)

    # pthread_kill to the main thread from another thread.
    got.clear()
    t = threading.Thread(target=signal.pthread_kill, args=(threading.main_thread().ident, signal.SIGUSR1))
    t.start()
    t.join()
    deadline = time.monotonic() + 30
    while not got and time.monotonic() < deadline:
        time.sleep(0.01)
    print("pthread_kill", got)
    # join() returns when the thread's Python state is gone, before its OS
    # thread has exited: until then a process-directed signal may still go
    # to it (and run the handler there) instead of staying pending below.
    while len(os.listdir("/proc/self/task")) > 1 and time.monotonic() < deadline:
        time.sleep(0.01)

    # pthread_sigmask + sigwait/sigtimedwait/sigpending: a blocked signal
    # stays pending and is taken synchronously.
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGUSR2})
    print("old mask", sorted(s.name for s in old))
    os.kill(os.getpid(), signal.SIGUSR2)
    print("pending", sorted(s.name for s in signal.sigpending()))
    print("sigwait", signal.Signals(signal.sigwait({signal.SIGUSR1, signal.SIGUSR2})).name)
    print("sigtimedwait empty", signal.sigtimedwait({signal.SIGUSR1}, 0.05))
    t = threading.Thread(target=lambda: (time.sleep(0.05), os.kill(os.getpid(), signal.SIGUSR1)))
    t.start()
    info = signal.sigwaitinfo({signal.SIGUSR1})
    t.join()
    print("sigwaitinfo", signal.Signals(info.si_signo).name, info.si_pid == os.getpid(), info.si_code)
    got.clear()
    os.kill(os.getpid(), signal.SIGUSR1)
    print("still blocked", got)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
    print("unblocked", got)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])

    # A worker thread blocks in sigwait with the signal blocked in every
    # thread; the main thread sends it.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
    waited = []
    t = threading.Thread(target=lambda: waited.append(signal.sigwait({signal.SIGUSR2})))
    t.start()
    time.sleep(0.05)
    signal.pthread_kill(t.ident, signal.SIGUSR2)
    t.join(60)
    print("thread sigwait", [signal.Signals(s).name for s in waited])
    signal.pthread_sigmask(signal.SIG_SETMASK, [])

    # KeyboardInterrupt from SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(30)
        print("no KeyboardInterrupt")
    except KeyboardInterrupt:
        print("KeyboardInterrupt")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGINT)
    print("ignored SIGINT", signal.getsignal(signal.SIGINT) is signal.SIG_IGN)

    # siginterrupt / set_wakeup_fd.
    r, w = os.pipe()
    os.set_blocking(w, False)
    signal.set_wakeup_fd(w)
    signal.signal(signal.SIGUSR1, handler)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("wakeup fd", list(os.read(r, 16)) == [signal.SIGUSR1])
    signal.set_wakeup_fd(-1)
    print("strsignal", signal.strsignal(signal.SIGUSR1), signal.strsignal(signal.SIGSEGV))
    print("valid", len(signal.valid_signals()) > 60, signal.NSIG)


def t_subproc():
    import signal
    import subprocess
    import time
    py = sys.executable
    r = subprocess.run([py, "-c", "import sys; print(sum(range(100))); sys.exit(7)"], capture_output=True, text=True)
    print("run", r.returncode, repr(r.stdout), repr(r.stderr))
    r = subprocess.run(["busybox", "sh", "-c", "read a; echo got $a; echo oops >&2"], input="line\n",
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print("stderr to stdout", r.returncode, repr(r.stdout))
    try:
        subprocess.run(["busybox", "false"], check=True)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError", e.returncode, e.cmd)

    # Popen with pipes both ways, big data through communicate.
    p = subprocess.Popen(["busybox", "sort", "-n", "-r"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    data = "".join("%d\n" % ((i * 7919) % 100003) for i in range(50000)).encode()
    out, err = p.communicate(data, timeout=300)
    lines = out.split()
    print("communicate", p.returncode, len(lines), lines[:3], err)

    # A pipeline of two children.
    p1 = subprocess.Popen(["busybox", "seq", "1000"], stdout=subprocess.PIPE)
    p2 = subprocess.Popen(["busybox", "wc", "-l"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
    p1.stdout.close()
    print("pipeline", p2.communicate(timeout=300)[0].strip(), p1.wait(timeout=300), p2.returncode)

    # Line-by-line reading of a child's output.
    p = subprocess.Popen(["busybox", "sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
    print("lines", [line.rstrip() for line in p.stdout], p.wait(timeout=300))

    # Children killed by signals: returncode -N.
    for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1):
        p = subprocess.Popen(["busybox", "sleep", "100"])
        time.sleep(0.05)
        p.send_signal(sig)
        print("killed", signal.Signals(sig).name, p.wait(timeout=300))
    p = subprocess.Popen(["busybox", "sh", "-c", "kill -SEGV $$"])
    print("self SEGV", p.wait(timeout=300))
    p = subprocess.Popen([py, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGABRT)"])
    print("python abort", p.wait(timeout=300))
    p = subprocess.Popen(["busybox", "sleep", "100"])
    p.terminate()
    print("terminate", p.wait(timeout=300))

    # Timeouts: run() kills the child; wait()/communicate() raise and the
    # child can still be collected.
    t0 = time.monotonic()
    try:
        subprocess.run(["busybox", "sleep", "100"], timeout=0.5)
    except subprocess.TimeoutExpired as e:
        print("TimeoutExpired", e.cmd, time.monotonic() - t0 < 60)
    p = subprocess.Popen(["busybox", "sh", "-c", "echo early; exec busybox sleep 100"], stdout=subprocess.PIPE)
    try:
        p.communicate(timeout=0.5)
    except subprocess.TimeoutExpired:
        print("communicate timeout")
    p.kill()
    out, _ = p.communicate()
    print("after kill", out, p.returncode)
    p = subprocess.Popen(["busybox", "sleep", "100"])
    try:
        p.wait(timeout=0.2)
    except subprocess.TimeoutExpired:
        print("wait timeout", p.poll())
    p.kill()
    print("killed", p.wait())

    # Environment, cwd, pass_fds, shell=True, start_new_session.
    os.mkdir("sub")
    r = subprocess.run("echo $XV; pwd", shell=True, cwd="sub", env={"XV": "val", "PATH": "/usr/bin:/bin"},
                       capture_output=True, text=True)
    print("shell", r.returncode, r.stdout.split("\n")[0], r.stdout.rstrip().endswith("/sub"))
    r, w = os.pipe()
    p = subprocess.Popen([py, "-c", "import os, sys; os.write(int(sys.argv[1]), b'via fd')", str(w)], pass_fds=[w])
    os.close(w)
    print("pass_fds", p.wait(timeout=300), os.read(r, 100))
    os.close(r)
    r = subprocess.run([py, "-c", "import os; print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())"],
                       start_new_session=True, capture_output=True, text=True)
    print("new session", r.stdout.strip())
    r = subprocess.run([py, "-c", "import signal; print(signal.getsignal(signal.SIGPIPE))"], capture_output=True, text=True)
    print("child SIGPIPE", r.stdout.strip())
    try:
        subprocess.Popen(["./no-such-program"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        globals()["t_" + name]()
        sys.stdout.flush()
