# The start-up-heavy workload of bench/run, run by the guest busybox sh:
#   busybox sh startup.sh ROUNDS
# Each round starts four short processes of the guest busybox.  $EMU is the
# emulator command for guest runs (empty natively): qemu-user does not run a
# guest binary that a guest execs unless binfmt_misc is set up, so the
# emulator is named explicitly and every process pays its full start-up.
n=${1:-100}
i=0
sum=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	$EMU "$BB" true || exit 1
	sum=$($EMU "$BB" expr "$sum" + "$i") || exit 1
	$EMU "$BB" echo "round $i sum $sum"
	$EMU "$BB" basename "/usr/lib/round-$i.txt" .txt
done
$EMU "$BB" sh -c 'echo nested shell; exit 3'
echo "status $?"
