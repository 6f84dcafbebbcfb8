// Asynchronous preemption: with GOMAXPROCS=1 a goroutine spins in a loop
// without function calls (no cooperative preemption point), and the main
// goroutine must still run; the garbage collector must stop the world
// while such loops run.  Both need the runtime's SIGURG preemption.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var spins uint64
var stop uint32

//go:noinline
func spin() {
	var x uint64
	for atomic.LoadUint32(&stop) == 0 {
		x++
		if x&0xffffff == 0 {
			atomic.StoreUint64(&spins, x)
		}
	}
}

//go:noinline
func tight(n *uint64) {
	// No calls and no atomics inside: only async preemption stops it.
	x := *n
	for {
		x = x*6364136223846793005 + 1442695040888963407
		if x == 42 {
			break
		}
	}
	*n = x
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	var sink uint64
	go tight(&sink)
	start := time.Now()
	for i := 0; i < 5; i++ {
		time.Sleep(20 * time.Millisecond)
		runtime.Gosched()
	}
	fmt.Println("main ran 5 times beside two busy goroutines, within 30s:", time.Since(start) < 30*time.Second)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	fmt.Println("3 GCs with busy goroutines: done")
	garbage := 0
	for i := 0; i < 200000; i++ {
		b := make([]byte, 64+i%512)
		garbage += len(b)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated", garbage, "numgc>=3", ms.NumGC >= 3)
	atomic.StoreUint32(&stop, 1)
	fmt.Println("done")
}
