// The garbage collector under load: goroutines build and drop trees,
// maps and slices while finalizers run and weakly-held buffers are
// recycled through a sync.Pool; results are checksums.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

type node struct {
	left, right *node
	val         int
}

func build(depth, v int) *node {
	if depth == 0 {
		return &node{val: v}
	}
	return &node{build(depth-1, 2*v), build(depth-1, 2*v+1), v}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

var finalized int64

func main() {
	debug.SetGCPercent(20)
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 30; r++ {
				t := build(12, g+1)
				sums[g] += t.sum() % 1000003
				m := make(map[int][]byte)
				for i := 0; i < 500; i++ {
					m[i] = make([]byte, 100+i)
				}
				for i := 0; i < 500; i += 2 {
					delete(m, i)
				}
				sums[g] += len(m)
			}
		}(g)
	}
	for i := 0; i < 1000; i++ {
		p := new([128]byte)
		runtime.SetFinalizer(p, func(*[128]byte) { atomic.AddInt64(&finalized, 1) })
	}
	var pool = sync.Pool{New: func() interface{} { return make([]byte, 4096) }}
	for i := 0; i < 10000; i++ {
		b := pool.Get().([]byte)
		b[0] = byte(i)
		pool.Put(b)
	}
	wg.Wait()
	for i := 0; i < 5 && atomic.LoadInt64(&finalized) < 1000; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	total := 0
	for _, s := range sums {
		total += s
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("tree sums", sums)
	fmt.Println("total", total)
	fmt.Println("gc cycles > 5:", ms.NumGC > 5)
	fmt.Println("finalizers ran for most objects:", atomic.LoadInt64(&finalized) > 500)
}
