-- Real work for lua5.4 under xlat: strings, tables, files and os functions.
-- The output must not depend on the machine: tests/realprogs/run compares it
-- with the native build's.

-- Strings
local s = "The quick brown fox jumps over the lazy dog"
print(s:upper(), #s, s:find("fox"), s:match("(%a+) dog"))
print((s:gsub("%w+", function(w) return w:reverse() end)))
print(string.format("%5.2f|%-6s|%x|%q|%g", math.pi, "ab", 48879, "a\nb", 1e300 * 10))
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w:lower() end
table.sort(words)
print(table.concat(words, ","))
print(("x"):rep(5, "-"), string.byte("A"), string.char(72, 105), utf8.char(955, 8364))
print(string.pack(">I4", 0x01020304):byte(1, -1))

-- Tables: a word-frequency count and a sort with a comparator
local freq = {}
for i = 1, 20000 do
  local k = "k" .. (i * 7919 % 97)
  freq[k] = (freq[k] or 0) + 1
end
local keys = {}
for k in pairs(freq) do keys[#keys + 1] = k end
table.sort(keys, function(a, b)
  if freq[a] ~= freq[b] then return freq[a] > freq[b] end
  return a < b
end)
for i = 1, 5 do io.write(keys[i], "=", freq[keys[i]], " ") end
print()
local t = {}
for i = 1, 1000 do t[i] = (i * 2654435761) % 1000003 end
table.sort(t)
print(t[1], t[500], t[1000], #t, select("#", table.unpack(t, 1, 10)))
-- Closures, coroutines, metatables, integer/float arithmetic
local function counter() local n = 0 return function() n = n + 1 return n end end
local c = counter(); c(); c()
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end)
print(c(), co(), co(), co())
local V = setmetatable({}, { __index = function(_, k) return k * 2 end })
print(V[21], 7 // 2, 7 / 2, 2^10, math.maxinteger, 1 << 62, -7 % 3, math.tointeger(3.0))
local fib = {}
local function f(n) if n < 2 then return n end if fib[n] then return fib[n] end local v = f(n-1) + f(n-2) fib[n] = v return v end
print(f(80))

-- Files
local name = "lua-test.txt"
local fh = assert(io.open(name, "w"))
for i = 1, 100 do fh:write(string.format("line %03d %s\n", i, ("*"):rep(i % 7))) end
fh:close()
local n, total = 0, 0
for line in io.lines(name) do n = n + 1; total = total + #line end
print("lines", n, "chars", total)
fh = assert(io.open(name, "r"))
fh:seek("set", 9 * 10)
print(fh:read("l"), fh:seek("cur"), fh:seek("end"))
fh:close()
fh = assert(io.open(name, "a")); fh:write("appended\n"); fh:close()
fh = assert(io.open(name, "rb")); local all = fh:read("a"); fh:close()
print(#all, all:sub(-9, -2))
assert(os.rename(name, name .. ".old"))
print(io.open(name) == nil, (select(2, io.open(name))) ~= nil)
assert(os.remove(name .. ".old"))
print(os.remove("no-such-file") == nil)

-- os functions
print(os.time({ year = 2020, month = 2, day = 29, hour = 12 }) ~= nil)
print(os.date("!%Y-%m-%d %H:%M:%S", 1234567890))
print(os.date("!*t", 0).year, type(os.clock()), type(os.time()))
print(os.getenv("REALPROGS_VAR"), os.getenv("NO_SUCH_VARIABLE_HOPEFULLY"))
print(os.difftime(10, 4))
print(os.execute("exit 3"))
local p = io.popen("echo from popen")
print(p:read("l"), p:close())
local tmp = os.tmpname()
print(type(tmp), os.remove(tmp) ~= nil or true)
