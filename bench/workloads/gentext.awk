# Generate a deterministic, text-like input of about `bytes` bytes (times
# `unit`, if given) for the compression workloads of bench/run:
#   awk -v bytes=4 -v unit=1048576 -f gentext.awk      (4 MiB)
# Words are drawn from a skewed distribution (frequent short words, rare long
# ones) by a Park-Miller generator, which is exact in awk's doubles, so every
# awk produces the same file.
BEGIN {
	if (unit) bytes = int(bytes * unit)
	split("the of and to in a is that for it as was with be by on not he this are " \
	      "or his from at which but have an they you were her she there been one all " \
	      "would their we him has when who will more no if out so said what up its " \
	      "about into than them can only other new some could time these two may then " \
	      "do first any my now such like our over man me even most made after also did " \
	      "many before must through back years where much your way well down should " \
	      "because each just those people how too little state good very make world " \
	      "still own see men work long get here between both life being under never day " \
	      "same another know while last might us great old year off come since against " \
	      "go came right used take three translator instruction register superblock " \
	      "interpreter emulator processor architecture compression benchmark", words, " ")
	nwords = length(words)
	seed = 20240607
	size = 0; line = ""; lineno = 0
	while (size < bytes) {
		seed = (seed * 16807) % 2147483647
		r = seed / 2147483647
		w = words[1 + int(nwords * r * r)]
		seed = (seed * 16807) % 2147483647
		if (seed % 17 == 0) w = w "," ; else if (seed % 29 == 0) w = w "."
		if (seed % 101 == 0) w = (seed % 100000) " " w
		if (length(line) + length(w) > 72) {
			lineno++
			if (lineno % 40 == 0) line = line "\n"
			print line
			size += length(line) + 1
			line = w
		} else {
			line = line (line == "" ? "" : " ") w
		}
	}
}
