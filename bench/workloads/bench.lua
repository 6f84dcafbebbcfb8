-- CPU-bound Lua workload for bench/run: recursion, tables, strings and
-- floating point.  Deterministic output; the argument scales the work.
--   lua bench.lua [SCALE]    (SCALE 1 takes about 0.7 s natively)
local scale = tonumber(arg and arg[1]) or 1
local function sized(n) return math.max(1, math.floor(n * scale)) end

-- Park-Miller generator: exact in doubles, the same on every ISA.
local seed = 42
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

-- Recursion.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end

-- Tables: sieve, sort with a comparator, hash tables keyed by strings.
local function sieve(n)
  local composite, count = {}, 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return count
end

local function sort_records(n)
  local records = {}
  for i = 1, n do
    records[i] = { key = random(1000000), name = "r" .. random(1000) }
  end
  table.sort(records, function(a, b)
    if a.key ~= b.key then return a.key < b.key end
    return a.name < b.name
  end)
  local checksum = 0
  for i = 1, n, 97 do checksum = (checksum * 31 + records[i].key) % 1000000007 end
  return checksum
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
  "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma" }

local function word_count(n)
  local counts, parts = {}, {}
  for i = 1, n do
    parts[#parts + 1] = words[random(#words) + 1]
    if #parts == 12 then
      local line = table.concat(parts, " ")
      for word in line:gmatch("%a+") do counts[word] = (counts[word] or 0) + 1 end
      parts = {}
    end
  end
  local keys = {}
  for word in pairs(counts) do keys[#keys + 1] = word end
  table.sort(keys)
  local out = {}
  for _, word in ipairs(keys) do out[#out + 1] = word .. "=" .. counts[word] end
  return table.concat(out, ",")
end

-- Strings: formatting, gsub, find, rep, byte/char.
local function strings(n)
  local acc = 0
  for i = 1, n do
    local s = string.format("%08d:%s:%x", i, ("ab"):rep(i % 7 + 1), i * 2654435761 % 4294967296)
    s = s:gsub("ab", "BA"):upper()
    local a = s:find("BA", 1, true) or 0
    acc = (acc + #s * 7 + a + s:byte(1 + i % #s)) % 1000000007
  end
  local rev = {}
  for i = 1, 2000 do rev[i] = string.char(65 + (i * 7) % 26) end
  local text = table.concat(rev)
  return acc, text:reverse():sub(1, 16)
end

-- Floating point: n-body (only + - * / and sqrt, which round the same everywhere).
local function nbody(steps)
  local pi, days = 3.141592653589793, 365.24
  local solar_mass = 4 * pi * pi
  local bodies = {
    { x = 0, y = 0, z = 0, vx = 0, vy = 0, vz = 0, mass = solar_mass },
    { x = 4.84143144246472090e+00, y = -1.16032004402742839e+00, z = -1.03622044471123109e-01,
      vx = 1.66007664274403694e-03 * days, vy = 7.69901118419740425e-03 * days,
      vz = -6.90460016972063023e-05 * days, mass = 9.54791938424326609e-04 * solar_mass },
    { x = 8.34336671824457987e+00, y = 4.12479856412430479e+00, z = -4.03523417114321381e-01,
      vx = -2.76742510726862411e-03 * days, vy = 4.99852801234917238e-03 * days,
      vz = 2.30417297573763929e-05 * days, mass = 2.85885980666130812e-04 * solar_mass },
    { x = 1.28943695621391310e+01, y = -1.51111514016986312e+01, z = -2.23307578892655734e-01,
      vx = 2.96460137564761618e-03 * days, vy = 2.37847173959480950e-03 * days,
      vz = -2.96589568540237556e-05 * days, mass = 4.36624404335156298e-05 * solar_mass },
    { x = 1.53796971148509165e+01, y = -2.59193146099879641e+01, z = 1.79258772950371181e-01,
      vx = 2.68067772490389322e-03 * days, vy = 1.62824170038242295e-03 * days,
      vz = -9.51592254519715870e-05 * days, mass = 5.15138902046611451e-05 * solar_mass },
  }
  local n = #bodies
  local function energy()
    local e = 0
    for i = 1, n do
      local b = bodies[i]
      e = e + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
      for j = i + 1, n do
        local c = bodies[j]
        local dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
        e = e - b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
      end
    end
    return e
  end
  local e0 = energy()
  local dt = 0.01
  for _ = 1, steps do
    for i = 1, n do
      local b = bodies[i]
      for j = i + 1, n do
        local c = bodies[j]
        local dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * math.sqrt(d2))
        local bm, cm = b.mass * mag, c.mass * mag
        b.vx, b.vy, b.vz = b.vx - dx * cm, b.vy - dy * cm, b.vz - dz * cm
        c.vx, c.vy, c.vz = c.vx + dx * bm, c.vy + dy * bm, c.vz + dz * bm
      end
    end
    for i = 1, n do
      local b = bodies[i]
      b.x, b.y, b.z = b.x + dt * b.vx, b.y + dt * b.vy, b.z + dt * b.vz
    end
  end
  return e0, energy()
end

local function mandelbrot(size)
  local inside = 0
  for py = 0, size - 1 do
    local ci = 2.0 * py / size - 1.0
    for px = 0, size - 1 do
      local cr = 2.0 * px / size - 1.5
      local zr, zi, k = 0.0, 0.0, 0
      while k < 50 and zr * zr + zi * zi <= 4.0 do
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        k = k + 1
      end
      if k == 50 then inside = inside + 1 end
    end
  end
  return inside
end

-- Closures and coroutines.
local function generators(n)
  local co = coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i * i % 1009) end
  end)
  local sum = 0
  for _ = 1, n do sum = sum + co() end
  return sum
end

print(string.format("scale %g", scale))
print("fib = " .. fib(scale >= 0.5 and 27 or 23))
print("ackermann(2, 300) = " .. ackermann(2, 300))
print("primes: " .. sieve(sized(400000)))
print("sorted records checksum: " .. sort_records(sized(60000)))
print("word counts: " .. word_count(sized(120000)))
local acc, tail = strings(sized(60000))
print("strings: " .. acc .. " " .. tail)
local e0, e1 = nbody(sized(60000))
print(string.format("nbody energy: %.9f -> %.9f", e0, e1))
print("mandelbrot inside: " .. mandelbrot(sized(240)))
print("generators: " .. generators(sized(100000)))
