# busybox sh workout for tests/arm64/run: pipes, redirections, here-documents,
# loops, functions, subshells, command substitution and arithmetic, with
# busybox's own applets.  Runs in an empty directory; prints only what is
# the same on every machine.
set -u
greet() { printf '%s-%s\n' "$1" "${2:-none}"; }
greet a b; greet c

i=0 sum=0
while [ $i -lt 50 ]; do i=$((i + 1)); sum=$((sum + i * i)); done
echo "sum=$sum i=$i $((7 / 2)) $((-7 % 3)) $((1 << 40)) $((0x1f ^ 5))"

for w in one two three four five six; do echo "$w"; done > words
sort < words | tr a-z A-Z | head -n 4
wc -l < words; cat words | wc -c
sed -n '2,4p' words | awk '{ n += length($0); print NR ": " $0 } END { print "chars", n }'

cat > data <<END
alpha 3 x
beta 1 y
gamma 2 x
delta 5 z
epsilon 4 y
END
sort -k2,2n data | cut -d' ' -f1,3
grep -c x data; grep -v -e y -e z data | wc -l
awk '{ s[$3] += $2 } END { for (k in s) print k, s[k] }' data | sort
(cd /; pwd); pwd >/dev/null
echo "sub: $(echo inner | rev 2>/dev/null || echo inner) $(( $(wc -l < data) * 10 ))"

{ echo to-stderr >&2; echo to-stdout; } 2>err.txt
cat err.txt
echo appended >> err.txt; wc -l < err.txt
ls nonexistent-file 2>/dev/null || echo "ls failed: $?"
false && echo no || echo "or-branch"
case "hello.tar.gz" in *.tar.gz) echo tarball;; *) echo other;; esac
x="a b  c"; set -- $x; echo "$# args: $2"
echo "${x#a }|${x%c}|${#x}"
seq 1 100 | awk '$1 % 7 == 0' | tr '\n' ' '; echo
printf 'line1\nline2\nline3\n' | while read -r l; do echo "[$l]"; done
yes xlat | head -n 1000 | md5sum
trap 'echo trapped' EXIT
exit 3
