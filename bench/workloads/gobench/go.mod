module xlat.invalid/bench/gobench

go 1.19
