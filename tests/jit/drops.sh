# Sourced by tests/jit/run and tests/jit/run-aarch64.
#
# check_drops NAME ERR: ERR is the stderr of a `-d stats` run of a guest
# that writes its own code without flushing.  Those writes must drop only
# the translations made from (or, on aarch64, looking into) the code
# written: no flush of the whole cache ("0 flushes, N dropped", N > 0) and
# far fewer drops than translations (dropping everything at each write
# drops nearly every translation).  The writes are seen as write faults
# on protected code pages, which -d stats counts.
check_drops() {
    stats=$(grep -m1 -E '^jit: [0-9]+ superblocks translated .* 0 flushes, [1-9][0-9]* dropped' "$2")
    made=$(echo "$stats" | sed -n 's/^jit: \([0-9]*\) superblocks.*/\1/p')
    dropped=$(echo "$stats" | sed -n 's/.* flushes, \([0-9]*\) dropped.*/\1/p')
    if [ -n "$made" ] && [ -n "$dropped" ] && [ $((dropped * 4)) -lt "$made" ]; then
        echo "PASS: jit/$1 (drops by code written)"
    else
        echo "FAIL: jit/$1 (drops by code written): $(grep -m1 flushes "$2")"
    fi
    if grep -q -E '^jit: [1-9][0-9]* inline jump-cache lookups, [0-9.]+% hits; [1-9][0-9]* code-page write faults' "$2"; then
        echo "PASS: jit/$1 (-d stats counts lookups and code-page write faults)"
    else
        echo "FAIL: jit/$1 (-d stats counts lookups and code-page write faults): $(grep -m1 'code-page' "$2")"
    fi
}
