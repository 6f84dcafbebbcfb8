# Python standard-library workout for tests/arm64/run: `python3.11 stdlib.py
# SECTION` prints what SECTION computes; the output of the aarch64 build
# under xlat must equal the amd64 build's.  Nothing printed may depend on
# the machine (no addresses, no timings, no platform names).
import sys


def t_json():
    import json
    doc = {"name": "xlat", "n": [1, 2.5, -3e300, None, True], "s": "grüße ✓\n\"q\"",
           "nested": {"a": [{"b": i, "c": str(i) * i} for i in range(6)]}}
    text = json.dumps(doc, sort_keys=True)
    print(text)
    print(json.dumps(doc, indent=2, ensure_ascii=False))
    back = json.loads(text)
    print(back == doc, sorted(back))
    big = json.dumps([{"k%d" % i: i * 0.1} for i in range(500)])
    print(len(big), sum(v for d in json.loads(big) for v in d.values()))
    try:
        json.loads('{"a": [1, 2,]}')
    except json.JSONDecodeError as e:
        print("error:", e.msg, e.pos)


def t_re():
    import re
    text = "\n".join("%04d-%02d-%02d user%d@example.org value=%d.%d" % (
        2000 + i % 25, 1 + i % 12, 1 + i % 28, i, i * 7, i % 10) for i in range(150))
    dates = re.findall(r"(\d{4})-(\d\d)-(\d\d)", text)
    print(len(dates), dates[:3], dates[-1])
    print(re.sub(r"user(\d+)@(\w+)\.org", lambda m: m.group(2).upper() + m.group(1)[::-1], text)[:200])
    pat = re.compile(r"^(?P<y>\d+)-.*?value=(?P<v>[\d.]+)$", re.M)
    print(sum(float(m["v"]) for m in pat.finditer(text)))
    print(re.split(r"[\s@=]+", text[:120]))
    print(re.fullmatch(r"(a|b)*c{2,3}", "ababcc") is not None, re.search(r"\bx\w+", "a xlat b"))
    print(re.sub(r"(?i)GRÜSSE|grüße", "hi", "Grüße GRÜSSE"), re.escape("a.b*c"))


def t_hashlib():
    import hashlib
    data = bytes(range(256)) * 4096
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256",
                 "blake2b", "blake2s", "shake_128"):
        h = hashlib.new(name, data)
        print(name, h.hexdigest(16) if name.startswith("shake") else h.hexdigest())
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2000).hex())
    import hmac
    print(hmac.new(b"key", b"message", "sha256").hexdigest())


def t_zlib():
    import zlib
    data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 17)) for i in range(5000))
    for level in (0, 1, 6, 9):
        c = zlib.compress(data, level)
        print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
    print(zlib.crc32(data), zlib.adler32(data))
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
    raw = co.compress(data) + co.flush()
    print(len(raw), zlib.decompress(raw, -15) == data)
    import gzip
    import io
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(data)
    print(len(buf.getvalue()), gzip.decompress(buf.getvalue()) == data)


def t_sqlite3():
    import sqlite3
    db = sqlite3.connect("test.db")
    db.execute("create table t(id integer primary key, name text, x real, b blob)")
    db.executemany("insert into t(name, x, b) values (?, ?, ?)",
                   [("n%03d" % i, i / 7, bytes([i % 256]) * (i % 5)) for i in range(500)])
    db.commit()
    db.execute("create index t_x on t(x)")
    print(db.execute("select count(*), sum(x), min(name), max(name), total(length(b)) from t").fetchone())
    print(db.execute("select name, round(x, 3) from t where x between 10 and 10.5 order by x desc").fetchall())
    print(db.execute("with recursive c(i) as (select 1 union all select i + 1 from c where i < 50)"
                     " select group_concat(i * i, ',') from c").fetchone()[0])
    print(db.execute("select json_object('a', 1, 'b', json_array(1, 2.5, 'x'))").fetchone())
    db.close()
    db = sqlite3.connect("test.db")
    print(db.execute("select count(*) from t where name like 'n1%'").fetchone(), sqlite3.sqlite_version)


def t_decimal():
    from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_DOWN
    getcontext().prec = 60
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal("1.5").exp())
    print(Decimal("123.456").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN),
          Decimal("-2.675").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
    total = sum(Decimal("0.1") for _ in range(1000))
    print(total, total == 100, Decimal("1e-30") + Decimal("1e30"))
    print(Decimal(0.1), Decimal("7.000").normalize(), Decimal("NaN").is_nan(), -Decimal("0"))
    from fractions import Fraction
    print(Fraction(355, 113) - Fraction(22, 7), Fraction("3.14159").limit_denominator(1000))


def t_datetime():
    import datetime as dt
    d = dt.datetime(2024, 2, 28, 22, 30, 15, 123456)
    print(d + dt.timedelta(days=1, hours=3), d.isoformat(), d.strftime("%A %d %B %Y %j %U %H:%M:%S.%f"))
    print(dt.date(2000, 1, 1) - dt.date(1970, 1, 1), dt.date.fromisoformat("2023-12-31").isocalendar())
    tz = dt.timezone(dt.timedelta(hours=-5, minutes=-30))
    u = dt.datetime(2021, 6, 1, 12, tzinfo=dt.timezone.utc)
    print(u.astimezone(tz), u.timestamp(), dt.datetime.fromtimestamp(1700000000, dt.timezone.utc))
    print(dt.datetime.strptime("03/07/2019 11:04:05 PM", "%m/%d/%Y %I:%M:%S %p"))
    print(sorted(dt.date(2024, 1, 1) + dt.timedelta(weeks=w) for w in (10, 3, 52, 0))[-1])
    import calendar
    print(calendar.month(2024, 2))


def t_struct():
    import struct
    packed = struct.pack("<bhiqfd?5sQ", -1, -2, -3, -4, 1.5, -2.25e-300, True, b"ab", 2 ** 64 - 1)
    print(packed.hex(), struct.calcsize("<bhiqfd?5sQ"), struct.calcsize("@bhiqfd?5sQ"))
    print(struct.unpack("<bhiqfd?5sQ", packed))
    print(struct.pack(">Ihe", 0xDEADBEEF, -300, 65504.0).hex(), struct.unpack(">e", b"\x3c\x01"))
    print(list(struct.iter_unpack("<HH", bytes(range(16)))))
    import array
    a = array.array("d", (i / 3 for i in range(10)))
    print(a.tobytes().hex()[:64], a.itemsize, sum(a))


def t_subprocess():
    import subprocess
    r = subprocess.run(["busybox", "tr", "a-z", "A-Z"], input=b"hello, world\n", capture_output=True)
    print(r.returncode, r.stdout)
    r = subprocess.run(["busybox", "sh", "-c", "echo out; echo err >&2; exit 3"],
                       capture_output=True, text=True)
    print(r.returncode, repr(r.stdout), repr(r.stderr))
    print(subprocess.check_output(["busybox", "sh", "-c", "busybox seq 300 | busybox wc -l"], text=True),
          subprocess.check_output(["busybox", "expr", "6", "*", "7"], text=True).strip())
    p = subprocess.Popen(["busybox", "cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = p.communicate(b"x" * 100000)
    print(p.returncode, len(out))
    try:
        subprocess.run(["/nonexistent/program"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)


def t_math():
    import math
    xs = [0.5, 1.0, 2.0, 10.0, 1e-300, 123.456]
    for f in ("sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "sinh",
              "tanh", "erf", "gamma", "lgamma", "expm1", "log1p", "cbrt"):
        print(f, [repr(getattr(math, f)(x)) if f != "gamma" or x < 170 else None for x in xs])
    print(math.factorial(60), math.comb(100, 37), math.gcd(2 ** 64 - 1, 3 ** 40 - 1), math.isqrt(10 ** 40 + 7))
    print(math.fsum([0.1] * 10), math.hypot(3, 4, 12), math.atan2(-0.0, -1), math.copysign(1, -0.0))
    print(math.fmod(-7.5, 2), math.remainder(7, 2), math.frexp(1e300), math.ldexp(0.75, -1070))
    print(math.floor(-2.5), math.ceil(2.1), round(2.675, 2), round(0.5), round(1.5), 1e308 * 10, float("nan") != float("nan"))
    print(math.nextafter(1.0, 2.0), math.ulp(1e-310), (2 ** 0.5).hex(), float.fromhex("0x1.8p-1074"))
    print("%.17g %.17g %.3e %a" % (math.pi, math.e, 6.02214076e23, math.tau))
    import cmath
    print(cmath.sqrt(-1), cmath.exp(1j * math.pi), cmath.phase(-1 - 0j))
    import random
    random.seed(12345)
    print([random.randrange(1000) for _ in range(8)], random.random(), random.gauss(0, 1))


def t_threading():
    import threading
    import queue
    from concurrent.futures import ThreadPoolExecutor
    lock = threading.Lock()
    counter = [0]

    def work(n):
        for _ in range(2000):
            with lock:
                counter[0] += n
    threads = [threading.Thread(target=work, args=(i,)) for i in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter[0])
    q = queue.Queue()

    def producer():
        for i in range(500):
            q.put(i * i)
        q.put(None)
    threading.Thread(target=producer).start()
    total = 0
    while (item := q.get()) is not None:
        total += item
    print(total)
    with ThreadPoolExecutor(max_workers=3) as pool:
        print(list(pool.map(lambda x: sum(range(x)), [10, 1000, 50000, 7])))
    ev, cond = threading.Event(), threading.Condition()
    state = []

    def waiter():
        with cond:
            cond.wait_for(lambda: state)
        ev.set()
    t = threading.Thread(target=waiter)
    t.start()
    with cond:
        state.append(1)
        cond.notify_all()
    print(ev.wait(30), threading.active_count() >= 1)
    t.join()


def t_compression():
    import bz2
    import lzma
    data = b"".join(b"%d %s\n" % (i, b"xyz" * (i % 13)) for i in range(4000))
    b = bz2.compress(data, 9)
    print(len(b), bz2.decompress(b) == data)
    x = lzma.compress(data, preset=6)
    print(len(x), lzma.decompress(x) == data)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])
    print(len(raw), lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}]) == data)
    import io
    import tarfile
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:xz") as tar:
        info = tarfile.TarInfo("data.txt")
        info.size, info.mtime = len(data), 1600000000
        tar.addfile(info, io.BytesIO(data))
    with tarfile.open(fileobj=io.BytesIO(buf.getvalue()), mode="r:xz") as tar:
        print([(m.name, m.size, m.mtime) for m in tar.getmembers()])


def t_unicode():
    import unicodedata
    s = "Grüße, ﬁnal café — 日本語 ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ǆ ǅ"
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = unicodedata.normalize(form, s)
        print(form, len(n), n.encode("utf-8").hex()[:60])
    print(s.upper(), s.lower(), s.casefold(), s.title())
    print([unicodedata.name(c, "?") for c in "ü☃𝔘"], unicodedata.category("ǅ"), unicodedata.east_asian_width("日"))
    for codec in ("utf-16-le", "utf-32", "latin-1", "cp1252", "shift_jis", "euc-kr", "gb18030", "koi8-r"):
        try:
            print(codec, s.encode(codec, errors="replace").hex()[:40])
        except LookupError as e:
            print(codec, e)
    print(sorted(["b", "A", "ä", "a", "Z", "é"]), "straße".isidentifier(), "١٢٣".isdigit(), int("١٢٣"))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        globals()["t_" + name]()
