-- Lua 5.4 workout for tests/arm64/run: the aarch64 lua5.4 under xlat must
-- print exactly what the amd64 one prints.  Nothing machine-dependent.

-- integers, floats and their formatting
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
print(7 // 2, -7 // 2, 7 % -3, -7.5 % 2, 7 / 2, 3 | 5, 6 & 3, 1 << 62, -1 >> 60, ~0)
print(string.format("%.17g %.3f %g %e %a", math.pi, -1/3, 1e300 * 1e10, 2^-1074, 0.1))
print(math.sqrt(2), math.sin(1), math.exp(1), math.log(10, 2), math.fmod(-7, 3), math.ult(1, -1))
print(math.tointeger(3.0), math.type(1), math.type(1.0), 0/0 ~= 0/0, math.floor(-3.5), math.ceil(3.2))
print(tostring(1e15), tostring(2^63), 2^53 + 1, string.format("%d", -2^63))

-- strings and patterns
local s = "The quick brown fox jumps over the lazy dog 12345 times, grüße"
print(#s, s:upper(), s:rep(2, "|"):len(), s:sub(-6), s:byte(1, 3))
print(s:find("fox"), s:match("(%d+) (%a+)"), s:gsub("%w+", function(w) return #w end))
for k, v in string.gmatch("a=1, b=22, c=333", "(%w+)=(%w+)") do io.write(k, ":", v, " ") end
print()
print(("%5s|%-5s|%05d|%x|%q"):format("ab", "cd", 42, 255, "a\nb\0c"))
print(utf8.char(72, 228, 8364, 128512), utf8.len("grüße"), #utf8.char(128512))
for p, c in utf8.codes("hé✓") do io.write(p, "=", c, " ") end
print()

-- tables, sorting, closures
local t = {}
for i = 1, 2000 do t[i] = (i * 7919) % 2003 end
table.sort(t, function(a, b) return a > b end)
print(t[1], t[2000], #t, table.concat(t, ",", 1, 10))
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w:lower() end
table.sort(words)
print(table.concat(words, " "))
print(table.unpack({1, 2, 3}), select("#", nil, nil), select(-1, 1, 2, 3))
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
c1(); c1()
print(c1(), c2())

-- metatables
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, V) end
V.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
local a, b = setmetatable({x = 1, y = 2}, V), setmetatable({x = 3.5, y = -1}, V)
print(tostring(a + b), a == setmetatable({x = 1, y = 2}, V), rawequal(a, b))

-- coroutines
local gen = coroutine.wrap(function()
  for i = 1, 5 do coroutine.yield(i * i) end
  return "done"
end)
print(gen(), gen(), gen(), gen(), gen(), gen())
local co = coroutine.create(function(x) local y = coroutine.yield(x + 1); error("boom " .. y) end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 5))
print(coroutine.status(co))

-- errors
print(pcall(function() local x = nil; return x.y end))
print(select(2, pcall(error, {code = 7})).code, xpcall(function() error("e", 0) end, function(m) return "handled " .. m end))

-- a little computation: primes and a hash
local sieve, primes = {}, {}
for i = 2, 20000 do
  if not sieve[i] then
    primes[#primes + 1] = i
    for j = i * i, 20000, i do sieve[j] = true end
  end
end
print(#primes, primes[#primes])
local h = 0
for i = 1, 100000 do h = (h * 31 + i) & 0xffffffff end
print(h)

-- files and os (fixed inputs only)
local f = assert(io.open("lua.out", "w"))
for i = 1, 100 do f:write(i, "\t", i * i, "\n") end
f:close()
local sum = 0
for line in io.lines("lua.out") do
  local x, y = line:match("(%d+)\t(%d+)")
  sum = sum + tonumber(y)
end
print(sum, os.remove("lua.out"), io.open("lua.out") == nil)
print(os.time({year = 2024, month = 2, day = 28, hour = 12}), os.date("!%Y-%m-%d %H:%M:%S", 1700000000))
print(os.getenv("HOME") ~= nil, os.getenv("XLAT_NO_SUCH_VARIABLE"))
print(load("return 1 + ...")(41), string.dump(function() end) ~= nil)
