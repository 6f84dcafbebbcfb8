module xlat.test/gotests

go 1.19
