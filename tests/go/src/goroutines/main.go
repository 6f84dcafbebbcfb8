// Goroutines and channels: a worker pool, a pipeline, select with
// several ready channels, sync.Mutex/WaitGroup/Once/Cond, and atomics,
// all with deterministic results.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

func workerPool() {
	jobs := make(chan int, 100)
	results := make(chan int, 1000)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for i := 0; i < 1000; i++ {
		jobs <- i
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("worker pool sum", sum)
}

func pipeline() {
	gen := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				c <- i
			}
			close(c)
		}()
		return c
	}
	stage := func(in <-chan int, f func(int) int) <-chan int {
		out := make(chan int)
		go func() {
			for v := range in {
				out <- f(v)
			}
			close(out)
		}()
		return out
	}
	c := stage(stage(stage(gen(5000), func(x int) int { return x * 3 }), func(x int) int { return x + 1 }),
		func(x int) int { return x % 1000 })
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("pipeline sum", sum)
}

func selects() {
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 500; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < 500; i++ {
			b <- -i
		}
	}()
	na, nb, sa, sb := 0, 0, 0, 0
	for na+nb < 1000 {
		select {
		case v := <-a:
			na++
			sa += v
		case v := <-b:
			nb++
			sb += v
		}
	}
	fmt.Println("select", na, nb, sa, sb)
}

func locks() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	m := map[int]int{}
	var once sync.Once
	onceRuns := 0
	var counter int64
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				m[i%100] += g
				mu.Unlock()
				atomic.AddInt64(&counter, 1)
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
			once.Do(func() { onceRuns++ })
		}(g)
	}
	wg.Wait()
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	total := 0
	for _, k := range keys {
		total += m[k]
	}
	fmt.Println("mutex map", len(keys), total, "atomic", atomic.LoadInt64(&counter), "once", onceRuns)

	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := 0
	for g := 0; g < 10; g++ {
		go func() {
			cmu.Lock()
			ready++
			cond.Broadcast()
			cmu.Unlock()
		}()
	}
	cmu.Lock()
	for ready < 10 {
		cond.Wait()
	}
	cmu.Unlock()
	fmt.Println("cond ready", ready)
}

func manyGoroutines() {
	var wg sync.WaitGroup
	ch := make(chan int, 10000)
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i % 7
		}(i)
	}
	wg.Wait()
	close(ch)
	s := 0
	for v := range ch {
		s += v
	}
	fmt.Println("10000 goroutines", s)
}

func main() {
	workerPool()
	pipeline()
	selects()
	locks()
	manyGoroutines()
	// A panic recovered in a goroutine, and a nil-pointer dereference
	// turned into a runtime panic (a SIGSEGV inside the Go runtime).
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		var p *int
		fmt.Println(*p)
	}()
	fmt.Println(<-done)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		a := []int{1, 2, 3}
		i := 5
		fmt.Println(a[i])
	}()
	fmt.Println(<-done)
}
